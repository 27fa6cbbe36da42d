// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/review.h"

#include <QString>
#include <QVector>

namespace Revmark {

// What Boilerplate::detect() found in a canonical review text.
struct BoilerplateResult
{
    // Lines that belong to the web page around the review, not to the review: [start, end) in
    // UTF-16 units of the text, whole lines, sorted; neighbours separated only by line breaks are
    // one range (a biography is one passage to include or set aside).
    QVector<TextRange> ranges;
    // The headline, when the text opens with short lines (site name, navigation) before it.
    QString headline;
    // The site's name, when the first of those lines reads as one.
    QString siteName;
    // The name under an "About the author" heading (or opening its biography), or on a
    // "Written by ..." line near the end.
    QString author;
};

// Recognises site boilerplate in a review's canonical text (Importer::canonicalText) by the
// shape of its lines and by phrases, for texts copied from web pages as plain text as well as
// for what HtmlExtractor left:
// - before the headline: site names and navigation (short lines without sentence punctuation,
//   lines of menu words or separated by "|", "›", "»", "/"), when the text opens with two or
//   more such lines before the first paragraph; bylines, dates and ratings are never set aside;
// - anywhere, on lines of at most 30 words: calls to follow the coverage or read more, "related"
//   / "more articles" / "no more articles" / "you may also like" lists (with the short lines of
//   the list after such a heading), share and social lines, cookie and privacy notices,
//   newsletter sign-ups, comment counts, tags and categories, copyright lines;
// - at the end: an "About the author" block and everything after it, a biography ("Name has
//   written for ...", "Name is a critic ...", "follow her on ..."), and lines that repeat an
//   earlier line (the standfirst and headline printed again after the article).
// Pure and bounded: linear in the text apart from the repeated-line lookup (a hash).
class Boilerplate
{
public:
    static BoilerplateResult detect(const QString &text);
};

} // namespace Revmark
