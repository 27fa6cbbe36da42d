// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Revmark {

// A review's rating: the form found in the text (or typed by the user) and its value on a
// 0..100 scale. value -1 means "no grade". A grade the user corrected is never overwritten by
// import or detection.
struct Grade
{
    QString raw;            // as found or typed: "B-", "3.5/5", "★★★½", "85%"
    int value = -1;         // 0..100, -1 = no grade
    bool corrected = false; // the user set it
    bool isValid() const { return value >= 0; }

    friend bool operator==(const Grade &a, const Grade &b)
    {
        return a.raw == b.raw && a.value == b.value && a.corrected == b.corrected;
    }
    friend bool operator!=(const Grade &a, const Grade &b) { return !(a == b); }
};

// Recognises ratings and normalises them to 0..100 (rounded to the nearest integer), with the
// scale of tests/data/cues/labelled/README.md:
// - x/N for N = 4, 5, 10, 20, 100 and "x out of N": 100 * x / N (x may have a decimal point or
//   comma); other denominators are dates or scores ("12/10", "24/7"), not ratings;
// - percentages "85%": the number;
// - stars: ★ = 1, ½ = 0.5, ☆ = 0, out of 5 unless "/4" or "out of four" follows; "4 stars",
//   "Three stars", "3.5 stars", "three and a half stars" likewise;
// - letter grades A+ 100, A 95, A- 90, B+ 85, B 80, B- 75, C+ 70, C 65, C- 60, D+ 55, D 50,
//   D- 45, F 20 (upper case only; "-" may also be a minus sign or an en dash).
// Values above the scale (7/5, 120%) are not ratings.
// French and German forms in every language: labels "Note", "Notre note", "Appréciation",
// "Bewertung", "Wertung", "Fazit", "Urteil", "Gesamtnote"; "x sur N", "x von N", "x aus N" (with or
// without "étoiles", "Sterne(n)", "points", "Punkte(n)"; in running text only with one of those
// words and digits); "4 étoiles", "vier Sterne", "trois étoiles et demie".
// German school grades only when language is "de", and only after "Note", "Schulnote" or
// "Gesamtnote" (or alone, for parse()): a digit 1..6 not followed by "/", "von", "aus" (those
// are fractions: "Note: 4/5" is 80), 1 = 100, 2 = 80, 3 = 60, 4 = 40, 5 = 20, 6 = 0, "+" adds 5,
// "-" takes 5 away, kept within 0..100 ("1+" = 100, "6-" = 0); a decimal "2,3" lies on the same
// line (74).
// find() accepts a rating in running text only in unambiguous forms (x/N, x out of N, star
// glyphs, "4 stars" in digits); percentages, letters and spelled-out star counts only after a
// label ("Grade:", "Rating:", "Score:", "Overall:", "Verdict:") or alone on their line, so
// "50% longer" or "the two stars of the film" are not grades.
namespace GradeParser {
// The grade a whole string denotes (surrounding spaces and a label allowed); value -1 when it is
// not a rating. raw is the trimmed input.
Grade parse(const QString &raw, const QString &language = QString());
// The first rating in a review's text; start/end (UTF-16) receive its span when found.
// raw is the rating as written in the text (without the label).
Grade find(const QString &text, int *start = nullptr, int *end = nullptr);
// The same for a review in language (Review::language, "de" reads school grades).
Grade find(const QString &text, const QString &language, int *start = nullptr, int *end = nullptr);
} // namespace GradeParser

} // namespace Revmark
