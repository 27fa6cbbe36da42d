// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compare/consensus.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Revmark {

// Writes a ConsensusSummary out as what `revmark --summary` prints; docs/compare.md shows each
// format. Every format ends with a line end.
// - Text: for a terminal. The reviews (number, title, author, outlet, grade, praise, criticism,
//   a total line), then the aspects (name, verdict name, a column per review numbered as in the
//   first table), in aligned columns; headings and verdict names are translated.
// - Markdown: the same two tables as GitHub-flavoured Markdown tables under headings; cell text
//   is escaped so it renders as written.
// - Csv: one header line, then one line per aspect: aspect (empty for untagged annotations),
//   verdict key, and a praise and a criticism column per review. RFC 4180 quoting, '\n' line
//   ends, keys not translated.
// - Json: one object, keys in the order of docs/compare.md, indented by two spaces:
//   {"title", "reviews": [{"index", "id", "title", "author", "outlet", "grade": {"raw",
//   "value"} or null, "praise", "criticism"}], "aspects": [{"tag" (null when untagged),
//   "verdict", "cells": [{"review", "praise", "criticism"}, one per review]}]}.
// Text and Markdown name aspects as the compare view and the PDF do (aspectName(): "Story",
// "(no tag)"); CSV and JSON give the tag as saved. In text and Markdown a cell reads "+2 -1" (2 praise, 1 criticism), "+2" or "-1", and is
// empty when the review does not mention the aspect.
class SummaryFormatter
{
    Q_DECLARE_TR_FUNCTIONS(Revmark::SummaryFormatter)

public:
    enum class Format { Text, Markdown, Csv, Json };

    // "text", "markdown", "csv", "json": the values of --format.
    static QStringList formatKeys();
    static bool formatFromKey(const QString &key, Format *format);

    static QString format(const ConsensusSummary &summary, Format format);

    // The pieces the PDF summary page shares with the text formats.
    // "B- (75)": the grade as written and its 0-100 value; "—" without a grade.
    static QString gradeText(const Grade &grade);
    // A short name for a review: its author, else its outlet, else its title, else "Review n".
    static QString reviewLabel(const ConsensusSummary::ReviewEntry &review);
    // A review's title for tables: the title, else its label.
    static QString reviewTitle(const ConsensusSummary::ReviewEntry &review);
};

} // namespace Revmark
