// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/projectfile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Revmark {

// The project's annotations as CSV (RFC 4180) for spreadsheets: a header row, then one row per
// annotation, reviews in column order and annotations in text order, each review's orphans after
// its annotations (start and end empty). Columns: review_id, review, author, outlet, grade,
// grade_value, annotation_id, polarity, tags, start, end, quote, prefix, suffix, note, created,
// modified. tags are joined by "; "; start and end count code points as in the project file;
// review is the review's title; grade is the rating as written, grade_value its 0-100 value
// (empty without a grade). Fields with a comma, quote, CR or LF are quoted, quotes doubled;
// lines end in CRLF. UTF-8, with a BOM unless told otherwise (spreadsheets then read accents).
class CsvExporter
{
    Q_DECLARE_TR_FUNCTIONS(Revmark::CsvExporter)

public:
    struct Options
    {
        bool byteOrderMark = true;
    };

    static QByteArray toCsv(const ProjectData &data, const Options &options);
    static QByteArray toCsv(const ProjectData &data) { return toCsv(data, Options()); }
    // Writes toCsv() to path atomically; on failure *error names the file and the reason and an
    // existing file is untouched.
    static bool exportCsv(const ProjectData &data, const QString &path, const Options &options, QString *error);
    // One field as RFC 4180 wants it (quoted when needed).
    static QString field(const QString &value);
};

} // namespace Revmark
