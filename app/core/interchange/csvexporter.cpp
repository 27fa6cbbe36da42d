// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/csvexporter.h"

#include "model/codepointmap.h"
#include "model/logging.h"
#include "project/savefile.h"

#include <QStringList>

namespace Revmark {

namespace {

QString isoDate(const QDateTime &dateTime)
{
    return dateTime.isValid() ? dateTime.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace

QString CsvExporter::field(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n'))
        && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QByteArray CsvExporter::toCsv(const ProjectData &data, const Options &options)
{
    static const char *const header[] = {"review_id", "review", "author", "outlet", "grade", "grade_value",
                                         "annotation_id", "polarity", "tags", "start", "end", "quote",
                                         "prefix", "suffix", "note", "created", "modified"};
    QString csv;
    QStringList row;
    for (const char *name : header)
        row.append(QLatin1String(name));
    const QLatin1String lineEnd("\r\n");
    csv += row.join(QLatin1Char(',')) + lineEnd;
    for (const Review &review : data.reviews) {
        const CodePointMap map(review.text);
        const auto addRow = [&](const Annotation &a, bool placed) {
            row = QStringList{review.id,
                   review.title,
                   review.author,
                   review.outlet,
                   review.grade.isValid() ? review.grade.raw : QString(),
                   review.grade.isValid() ? QString::number(review.grade.value) : QString(),
                   a.id,
                   polarityKey(a.polarity),
                   a.tags.join(QLatin1String("; ")),
                   placed ? QString::number(map.toCodePoint(a.start)) : QString(),
                   placed ? QString::number(map.toCodePoint(a.end)) : QString(),
                   a.quote,
                   a.prefix,
                   a.suffix,
                   a.note,
                   isoDate(a.created),
                   isoDate(a.modified)};
            for (QString &value : row)
                value = field(value);
            csv += row.join(QLatin1Char(',')) + lineEnd;
        };
        for (const Annotation &annotation : review.annotations)
            addRow(annotation, true);
        for (const Annotation &orphan : review.orphans)
            addRow(orphan, false);
    }
    QByteArray bytes;
    if (options.byteOrderMark)
        bytes = QByteArrayLiteral("\xEF\xBB\xBF");
    return bytes + csv.toUtf8();
}

bool CsvExporter::exportCsv(const ProjectData &data, const QString &path, const Options &options, QString *error)
{
    SaveFile file(path);
    if (!file.write(toCsv(data, options))) {
        if (error)
            *error = file.errorString();
        qCWarning(lcExport) << "CSV export failed:" << file.errorString();
        return false;
    }
    qCDebug(lcExport) << "CSV written to" << path;
    return true;
}

} // namespace Revmark
