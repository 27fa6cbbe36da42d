// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/qdpxexporter.h"

#include "interchange/ziparchive.h"
#include "model/codepointmap.h"
#include "model/logging.h"
#include "project/savefile.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QXmlStreamWriter>

namespace Revmark {

namespace {

// Namespace of the name-based (version 5) GUIDs of codes, codings and variables, so that the
// same project always exports the same GUIDs.
const QUuid GuidNamespace(QStringLiteral("{6f1c2a9e-3b7d-4e58-9a04-d2c8b5e71f36}"));

QString guid(const QUuid &uuid)
{
    return uuid.toString(QUuid::WithoutBraces).toUpper();
}

QString guid(const QString &id)
{
    return id.toUpper();
}

QString isoDate(const QDateTime &dateTime)
{
    return dateTime.toUTC().toString(Qt::ISODate);
}

// Writes text with every CR as a character reference: XML readers turn a literal CR into LF.
void writeKeepingCr(QXmlStreamWriter &w, const QString &text)
{
    const QStringList lines = text.split(QLatin1Char('\r'));
    for (int i = 0; i < lines.size(); ++i) {
        if (i > 0)
            w.writeEntityReference(QStringLiteral("#13"));
        w.writeCharacters(lines.at(i));
    }
}

// Quotes in a name or a line: on one line, elided past length.
QString shortQuote(const QString &quote, int length)
{
    QString line = quote.simplified();
    if (line.size() > length)
        line = line.left(length - 1) + QChar(0x2026);
    return line;
}

// The orphan as the JSON object after the marker line; never translated, read by
// QdpxImporter. JSON escapes CR, LF and every other control character, so it survives XML.
QString orphanDetails(const Review &review, const Annotation &a)
{
    QJsonObject o{{QStringLiteral("id"), a.id},
                  {QStringLiteral("review"), review.id},
                  {QStringLiteral("polarity"), polarityKey(a.polarity)},
                  {QStringLiteral("tags"), QJsonArray::fromStringList(a.tags)},
                  {QStringLiteral("note"), a.note},
                  {QStringLiteral("quote"), a.quote},
                  {QStringLiteral("prefix"), a.prefix},
                  {QStringLiteral("suffix"), a.suffix}};
    if (a.created.isValid())
        o.insert(QStringLiteral("created"), isoDate(a.created));
    if (a.modified.isValid())
        o.insert(QStringLiteral("modified"), isoDate(a.modified));
    return QdpxExporter::orphanMarker() + QLatin1Char('\n')
        + QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// What another QDA program shows of the orphan: a readable memo in the user's language.
QString orphanText(const Review &review, const Annotation &a)
{
    QStringList lines;
    lines.append(QdpxExporter::tr("Revmark could no longer find this passage in “%1”; it is kept here as an "
                                  "orphaned annotation.")
                     .arg(review.title.isEmpty() ? review.label() : review.title));
    lines.append(QdpxExporter::tr("Quote: “%1”").arg(a.quote));
    if (!a.prefix.isEmpty() || !a.suffix.isEmpty())
        lines.append(QdpxExporter::tr("In context: “…%1%2%3…”").arg(a.prefix, a.quote, a.suffix));
    lines.append(QdpxExporter::tr("Polarity: %1").arg(polarityName(a.polarity)));
    if (!a.tags.isEmpty())
        lines.append(QdpxExporter::tr("Tags: %1").arg(a.tags.join(QLatin1String(", "))));
    if (!a.note.isEmpty())
        lines.append(QdpxExporter::tr("Note: %1").arg(a.note));
    if (a.created.isValid())
        lines.append(QdpxExporter::tr("Created: %1").arg(isoDate(a.created)));
    if (a.modified.isValid())
        lines.append(QdpxExporter::tr("Modified: %1").arg(isoDate(a.modified)));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QUuid QdpxExporter::codeGuid(const QString &name)
{
    return QUuid::createUuidV5(GuidNamespace, QStringLiteral("code:") + name);
}

QString QdpxExporter::orphanNoteGuid(const QString &orphanId)
{
    const QUuid id(QLatin1Char('{') + orphanId + QLatin1Char('}'));
    return guid(id.isNull() ? QUuid::createUuidV5(GuidNamespace, QStringLiteral("orphan:") + orphanId) : id);
}

QString QdpxExporter::orphanNoteName(const Annotation &orphan)
{
    const QString quote = shortQuote(orphan.quote, 60);
    return orphan.polarity == Polarity::Praise ? tr("Orphaned praise: “%1”").arg(quote)
                                               : tr("Orphaned criticism: “%1”").arg(quote);
}

int QdpxExporter::orphanCount(const ProjectData &data)
{
    int count = 0;
    for (const Review &review : data.reviews)
        count += int(review.orphans.size());
    return count;
}

QString QdpxExporter::orphansWritten(const ProjectData &data)
{
    const int count = orphanCount(data);
    return count > 0 ? tr("%n orphaned annotation(s) written as notes.", nullptr, count) : QString();
}

QByteArray QdpxExporter::projectXml(const ProjectData &data)
{
    const QString ns = QStringLiteral("urn:QDA-XML:project:1.0");
    const QString authorGuid = guid(QUuid::createUuidV5(GuidNamespace, QStringLiteral("variable:Author")));
    const QString outletGuid = guid(QUuid::createUuidV5(GuidNamespace, QStringLiteral("variable:Outlet")));
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    w.setAutoFormatting(true);
    w.setAutoFormattingIndent(2);
    w.writeStartDocument();
    w.writeDefaultNamespace(ns);
    w.writeStartElement(ns, QStringLiteral("Project"));
    w.writeAttribute(QStringLiteral("name"), data.title.isEmpty() ? QStringLiteral("Revmark") : data.title);
    w.writeAttribute(QStringLiteral("origin"), QStringLiteral("Revmark " REVMARK_VERSION));

    w.writeStartElement(ns, QStringLiteral("CodeBook"));
    w.writeStartElement(ns, QStringLiteral("Codes"));
    const auto code = [&](const QString &name, const char *color) {
        w.writeEmptyElement(ns, QStringLiteral("Code"));
        w.writeAttribute(QStringLiteral("guid"), guid(codeGuid(name)));
        w.writeAttribute(QStringLiteral("name"), name);
        w.writeAttribute(QStringLiteral("isCodable"), QStringLiteral("true"));
        if (color)
            w.writeAttribute(QStringLiteral("color"), QLatin1String(color));
    };
    // The highlight colours of the light theme.
    code(praiseCode(), "#2f6fd0");
    code(criticismCode(), "#e0701a");
    for (const QString &tag : data.tags) {
        if (tag.compare(praiseCode(), Qt::CaseInsensitive) != 0 && tag.compare(criticismCode(), Qt::CaseInsensitive) != 0)
            code(tag, nullptr);
    }
    w.writeEndElement(); // Codes
    w.writeEndElement(); // CodeBook

    w.writeStartElement(ns, QStringLiteral("Variables"));
    for (const auto &variable : {qMakePair(authorGuid, QStringLiteral("Author")), qMakePair(outletGuid, QStringLiteral("Outlet"))}) {
        w.writeEmptyElement(ns, QStringLiteral("Variable"));
        w.writeAttribute(QStringLiteral("guid"), variable.first);
        w.writeAttribute(QStringLiteral("name"), variable.second);
        w.writeAttribute(QStringLiteral("typeOfVariable"), QStringLiteral("Text"));
    }
    w.writeEndElement(); // Variables

    if (!data.reviews.isEmpty()) {
        w.writeStartElement(ns, QStringLiteral("Sources"));
        for (const Review &review : data.reviews) {
            const CodePointMap map(review.text);
            w.writeStartElement(ns, QStringLiteral("TextSource"));
            w.writeAttribute(QStringLiteral("guid"), guid(review.id));
            w.writeAttribute(QStringLiteral("name"), review.title.isEmpty() ? review.label() : review.title);
            w.writeAttribute(QStringLiteral("plainTextPath"),
                             QStringLiteral("internal://") + guid(review.id) + QStringLiteral(".txt"));
            if (review.importedAt.isValid())
                w.writeAttribute(QStringLiteral("creationDateTime"), isoDate(review.importedAt));
            for (const Annotation &a : review.annotations) {
                w.writeStartElement(ns, QStringLiteral("PlainTextSelection"));
                w.writeAttribute(QStringLiteral("guid"), guid(a.id));
                w.writeAttribute(QStringLiteral("name"), a.quote.left(80));
                w.writeAttribute(QStringLiteral("startPosition"), QString::number(map.toCodePoint(a.start)));
                w.writeAttribute(QStringLiteral("endPosition"), QString::number(map.toCodePoint(a.end)));
                if (a.created.isValid())
                    w.writeAttribute(QStringLiteral("creationDateTime"), isoDate(a.created));
                if (a.modified.isValid())
                    w.writeAttribute(QStringLiteral("modifiedDateTime"), isoDate(a.modified));
                if (!a.note.isEmpty()) {
                    w.writeStartElement(ns, QStringLiteral("Description"));
                    writeKeepingCr(w, a.note);
                    w.writeEndElement(); // Description
                }
                QStringList codes{a.polarity == Polarity::Praise ? praiseCode() : criticismCode()};
                for (const QString &tag : a.tags) {
                    // A tag spelt like a polarity code is that code's (see the codebook above).
                    if (tag.compare(praiseCode(), Qt::CaseInsensitive) != 0
                        && tag.compare(criticismCode(), Qt::CaseInsensitive) != 0)
                        codes.append(tag);
                }
                for (const QString &name : std::as_const(codes)) {
                    w.writeStartElement(ns, QStringLiteral("Coding"));
                    w.writeAttribute(QStringLiteral("guid"),
                                     guid(QUuid::createUuidV5(GuidNamespace, a.id + QLatin1Char('/') + name)));
                    w.writeEmptyElement(ns, QStringLiteral("CodeRef"));
                    w.writeAttribute(QStringLiteral("targetGUID"), guid(codeGuid(name)));
                    w.writeEndElement(); // Coding
                }
                w.writeEndElement(); // PlainTextSelection
            }
            // The review's orphans, as notes attached to it (see Notes below).
            for (const Annotation &a : review.orphans) {
                w.writeEmptyElement(ns, QStringLiteral("NoteRef"));
                w.writeAttribute(QStringLiteral("targetGUID"), orphanNoteGuid(a.id));
            }
            for (const auto &value : {qMakePair(authorGuid, review.author), qMakePair(outletGuid, review.outlet)}) {
                if (value.second.isEmpty())
                    continue;
                w.writeStartElement(ns, QStringLiteral("VariableValue"));
                w.writeEmptyElement(ns, QStringLiteral("VariableRef"));
                w.writeAttribute(QStringLiteral("targetGUID"), value.first);
                w.writeTextElement(ns, QStringLiteral("TextValue"), value.second);
                w.writeEndElement(); // VariableValue
            }
            w.writeEndElement(); // TextSource
        }
        w.writeEndElement(); // Sources
    }

    // Orphans have no place in their text, so no selection: each is a note (a memo to other
    // programs) holding everything it has, readable for people and, in its Description after
    // the marker line, for Revmark.
    if (orphanCount(data) > 0) {
        w.writeStartElement(ns, QStringLiteral("Notes"));
        for (const Review &review : data.reviews) {
            for (const Annotation &a : review.orphans) {
                w.writeStartElement(ns, QStringLiteral("Note"));
                w.writeAttribute(QStringLiteral("guid"), orphanNoteGuid(a.id));
                w.writeAttribute(QStringLiteral("name"), orphanNoteName(a));
                if (a.created.isValid())
                    w.writeAttribute(QStringLiteral("creationDateTime"), isoDate(a.created));
                if (a.modified.isValid())
                    w.writeAttribute(QStringLiteral("modifiedDateTime"), isoDate(a.modified));
                w.writeTextElement(ns, QStringLiteral("Description"), orphanDetails(review, a));
                w.writeStartElement(ns, QStringLiteral("PlainTextContent"));
                writeKeepingCr(w, orphanText(review, a));
                w.writeEndElement(); // PlainTextContent
                w.writeEndElement(); // Note
            }
        }
        w.writeEndElement(); // Notes
    }
    w.writeEndElement(); // Project
    w.writeEndDocument();
    return xml;
}

bool QdpxExporter::toQdpx(const ProjectData &data, QByteArray *qdpx, const QString &fileName, QString *error)
{
    QVector<QPair<QString, QByteArray>> entries{{QStringLiteral("project.qde"), projectXml(data)}};
    for (const Review &review : data.reviews)
        entries.append({QStringLiteral("sources/") + guid(review.id) + QStringLiteral(".txt"), review.text.toUtf8()});
    QString reason;
    if (!ZipArchive::write(entries, qdpx, &reason)) {
        *error = tr("Could not write “%1”: %2").arg(QDir::toNativeSeparators(fileName), reason);
        return false;
    }
    return true;
}

bool QdpxExporter::exportFile(const ProjectData &data, const QString &path, QString *error)
{
    QByteArray qdpx;
    if (!toQdpx(data, &qdpx, path, error))
        return false;
    SaveFile file(path);
    if (!file.write(qdpx)) {
        *error = file.errorString();
        qCWarning(lcExport) << "REFI-QDA export failed:" << file.errorString();
        return false;
    }
    return true;
}

} // namespace Revmark
