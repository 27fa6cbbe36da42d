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
// - x/5, x/10, x/100, x/4, "x out of N": 100 * x / N (x may have a decimal point or comma);
// - percentages "85%": the number;
// - stars: ★ = 1, ½ = 0.5, ☆ = 0 counted out of 5 (or out of the number of ★☆ shown when that is
//   4); "4 stars", "four stars", "3.5 stars": out of 5 unless followed by "/4" or "out of four";
// - letter grades (A+ .. F, after a label such as "Grade:", "Rating:", "Score:" when found in
//   running text; parse() also takes a bare letter): A+ 100, A 95, A- 90, B+ 87, B 83, B- 80,
//   C+ 77, C 73, C- 70, D+ 67, D 63, D- 60, F 0 (and E 30).
// Values above the scale (7/5) are not ratings.
namespace GradeParser {
// The grade a whole string denotes (surrounding spaces and a label allowed); value -1 when it is
// not a rating. raw is the trimmed input.
Grade parse(const QString &raw);
// The first rating in a review's text; start/end (UTF-16) receive its span when found.
// raw is the rating as written in the text (without the label).
Grade find(const QString &text, int *start = nullptr, int *end = nullptr);
} // namespace GradeParser

} // namespace Revmark
