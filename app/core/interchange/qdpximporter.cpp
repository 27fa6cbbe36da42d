// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/qdpximporter.h"

#include "anchoring/anchoring.h"
#include "import/importer.h"
#include "interchange/qdpxexporter.h"
#include "model/codepointmap.h"
#include "model/grade.h"
#include "model/limits.h"
#include "model/logging.h"
#include "project/project.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QXmlStreamReader>

namespace Revmark {

namespace {

struct Selection
{
    QString guid;
    qint64 start = -1;
    qint64 end = -1;
    QString description;
    QStringList codeGuids;
    QStringList noteGuids;
    QDateTime created;
    QDateTime modified;
};

struct Source
{
    QString guid;
    QString name;
    QString plainTextPath;
    QString content; // PlainTextContent
    bool hasContent = false;
    QDateTime created;
    QHash<QString, QString> variables; // variable guid -> text value
    QVector<Selection> selections;
    QStringList noteGuids; // NoteRefs of the source itself
};

struct Note
{
    QString guid;
    QString name;
    QString description;
    bool tooLong = false; // its Description was longer than Revmark reads
    QDateTime created;
    QDateTime modified;
};

QDateTime dateOf(const QXmlStreamAttributes &attributes, const char *name)
{
    QDateTime t = QDateTime::fromString(attributes.value(QLatin1String(name)).toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        return {};
    t = t.toUTC();
    t.setTime(QTime(t.time().hour(), t.time().minute(), t.time().second()));
    return t;
}

class XmlReader
{
    Q_DECLARE_TR_FUNCTIONS(Revmark::QdpxImporter)

public:
    QString title;
    QVector<QPair<QString, QString>> codes; // guid, name in document order
    QHash<QString, QString> variables;      // guid -> name
    QHash<QString, QString> notes;          // guid -> text
    QVector<Note> noteList;                 // every Note, in document order, with its Description
    QVector<Source> sources;

    // An empty string, or the reason the XML was refused.
    QString read(const QByteArray &xml)
    {
        QXmlStreamReader r(xml);
        QStringList stack;
        int elements = 0;
        QString noteGuid;
        while (!r.atEnd()) {
            const QXmlStreamReader::TokenType token = r.readNext();
            if (token == QXmlStreamReader::DTD)
                return tr("project.qde has a document type declaration (DTD); Revmark reads no DTDs or entities.");
            if (token == QXmlStreamReader::EntityReference)
                return tr("project.qde refers to an entity; Revmark reads no DTDs or entities.");
            if (token == QXmlStreamReader::EndElement) {
                stack.removeLast();
                continue;
            }
            // White space counts inside the texts read (a note may be "\n"); elsewhere it goes
            // nowhere, as only the text of Description, PlainTextContent and TextValue is kept.
            if (token == QXmlStreamReader::Characters) {
                if (r.text().size() > Limits::MaxReviewTextLength)
                    return tr("project.qde holds a text longer than Revmark reads.");
                const QString parent = stack.isEmpty() ? QString() : stack.constLast();
                const QString grand = stack.size() >= 2 ? stack.at(stack.size() - 2) : QString();
                if (parent == QLatin1String("Description") && grand == QLatin1String("PlainTextSelection")
                    && !sources.isEmpty() && !sources.constLast().selections.isEmpty())
                    sources.last().selections.last().description += r.text().toString();
                else if (parent == QLatin1String("PlainTextContent") && grand == QLatin1String("TextSource")
                         && !sources.isEmpty() && stack.size() >= 3 && stack.at(stack.size() - 3) == QLatin1String("Sources"))
                    sources.last().content += r.text().toString();
                else if (parent == QLatin1String("PlainTextContent") && grand == QLatin1String("Note") && !noteGuid.isEmpty())
                    notes[noteGuid] += r.text().toString();
                else if (parent == QLatin1String("Description") && grand == QLatin1String("Note") && stack.size() == 4
                         && !noteList.isEmpty())
                    appendBounded(&noteList.last(), r.text());
                else if (parent == QLatin1String("TextValue") && !sources.isEmpty() && stack.size() >= 3
                         && stack.at(stack.size() - 3) == QLatin1String("TextSource") && !m_variableRef.isEmpty())
                    sources.last().variables[m_variableRef] += r.text().toString();
                continue;
            }
            if (token != QXmlStreamReader::StartElement)
                continue;
            if (++elements > QdpxImporter::MaxElements)
                return tr("project.qde has more than %1 elements.").arg(QdpxImporter::MaxElements);
            const QString name = r.name().toString();
            const QString parent = stack.isEmpty() ? QString() : stack.constLast();
            stack.append(name);
            if (stack.size() > QdpxImporter::MaxDepth)
                return tr("project.qde nests elements deeper than %1.").arg(QdpxImporter::MaxDepth);
            const QXmlStreamAttributes a = r.attributes();
            const auto attr = [&a](const char *key) { return a.value(QLatin1String(key)).toString(); };
            if (stack.size() == 1) {
                if (name != QLatin1String("Project"))
                    return tr("project.qde is not a REFI-QDA project (its root is <%1>, not <Project>).").arg(name);
                title = attr("name");
            } else if (name == QLatin1String("Code")) {
                codes.append({attr("guid"), attr("name")});
            } else if (name == QLatin1String("Variable") && parent == QLatin1String("Variables")) {
                variables.insert(attr("guid"), attr("name"));
            } else if (name == QLatin1String("Note") && parent == QLatin1String("Notes")) {
                noteGuid = attr("guid");
                Note note;
                note.guid = noteGuid;
                note.name = attr("name").left(Limits::MaxFieldLength);
                note.created = dateOf(a, "creationDateTime");
                note.modified = dateOf(a, "modifiedDateTime");
                noteList.append(note);
            } else if (name == QLatin1String("TextSource") && parent == QLatin1String("Sources")) {
                Source source;
                source.guid = attr("guid");
                source.name = attr("name");
                source.plainTextPath = attr("plainTextPath");
                source.created = dateOf(a, "creationDateTime");
                sources.append(source);
            } else if (name == QLatin1String("PlainTextContent") && parent == QLatin1String("TextSource")
                       && !sources.isEmpty() && stack.size() == 4) {
                sources.last().hasContent = true;
            } else if (name == QLatin1String("PlainTextSelection") && parent == QLatin1String("TextSource")
                       && !sources.isEmpty()) {
                Selection selection;
                selection.guid = attr("guid");
                bool okStart = false;
                bool okEnd = false;
                selection.start = attr("startPosition").toLongLong(&okStart);
                selection.end = attr("endPosition").toLongLong(&okEnd);
                if (!okStart || !okEnd)
                    selection.start = selection.end = -1;
                selection.created = dateOf(a, "creationDateTime");
                selection.modified = dateOf(a, "modifiedDateTime");
                sources.last().selections.append(selection);
            } else if (name == QLatin1String("CodeRef") && parent == QLatin1String("Coding") && stack.size() >= 3
                       && stack.at(stack.size() - 3) == QLatin1String("PlainTextSelection") && !sources.isEmpty()
                       && !sources.constLast().selections.isEmpty()) {
                sources.last().selections.last().codeGuids.append(attr("targetGUID"));
            } else if (name == QLatin1String("NoteRef") && parent == QLatin1String("PlainTextSelection")
                       && !sources.isEmpty() && !sources.constLast().selections.isEmpty()) {
                sources.last().selections.last().noteGuids.append(attr("targetGUID"));
            } else if (name == QLatin1String("NoteRef") && parent == QLatin1String("TextSource") && stack.size() == 4
                       && !sources.isEmpty()) {
                sources.last().noteGuids.append(attr("targetGUID"));
            } else if (name == QLatin1String("VariableRef") && parent == QLatin1String("VariableValue")) {
                m_variableRef = attr("targetGUID");
            }
        }
        if (r.hasError())
            return tr("project.qde is not well-formed XML (%1, line %2).").arg(r.errorString()).arg(r.lineNumber());
        if (title.isNull() && codes.isEmpty() && sources.isEmpty())
            return tr("project.qde is not a REFI-QDA project.");
        return {};
    }

private:
    // A Description is kept whole up to the longest text Revmark reads; past that it is marked
    // too long (and left out with a message) rather than refusing the whole file.
    static void appendBounded(Note *note, QStringView text)
    {
        if (note->tooLong)
            return;
        if (note->description.size() + text.size() > Limits::MaxReviewTextLength) {
            // Only its beginning is kept: enough to tell whether it is marked.
            note->tooLong = true;
            note->description.truncate(64);
            return;
        }
        note->description += text.toString();
    }

    QString m_variableRef;
};

QString jsonString(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString().left(Limits::MaxFieldLength);
}

// A Note written by QdpxExporter for an orphan: its Description starts with the marker line.
bool isOrphanNote(const Note &note)
{
    const QString prefix = QdpxExporter::orphanMarker().section(QLatin1Char('/'), 0, 0) + QLatin1Char('/');
    return note.description.trimmed().startsWith(prefix);
}

// The orphan a marked Note holds; false with *reason (translated, a clause) when it cannot be
// read. Fields that are missing or of the wrong kind take defaults: no polarity (praise
// tagged "no-polarity" by AnnotationMerger), no tags, no note, the Note's id and dates.
bool readOrphanNote(const Note &note, IncomingAnnotation *in, QString *reason)
{
    if (note.tooLong) {
        *reason = QdpxImporter::tr("its details are longer than Revmark reads");
        return false;
    }
    const QString description = note.description.trimmed();
    const int newline = int(description.indexOf(QLatin1Char('\n')));
    QJsonParseError error{};
    const QJsonDocument document = newline < 0 ? QJsonDocument()
                                               : QJsonDocument::fromJson(description.mid(newline + 1).toUtf8(), &error);
    if (!document.isObject()) {
        *reason = QdpxImporter::tr("its details cannot be read");
        return false;
    }
    const QJsonObject o = document.object();
    Annotation &a = in->annotation;
    a.quote = jsonString(o, "quote");
    if (a.quote.isEmpty()) {
        *reason = QdpxImporter::tr("it has no quote");
        return false;
    }
    a.prefix = jsonString(o, "prefix");
    a.suffix = jsonString(o, "suffix");
    a.note = jsonString(o, "note");
    a.id = AnnotationMerger::normalizedId(o.value(QLatin1String("id")).toString());
    if (a.id.isEmpty())
        a.id = AnnotationMerger::normalizedId(note.guid);
    const QJsonArray tags = o.value(QLatin1String("tags")).toArray();
    for (const QJsonValue &value : tags) {
        const QString tag = value.toString().trimmed().left(Limits::MaxFieldLength);
        if (!tag.isEmpty() && !a.tags.contains(tag))
            a.tags.append(tag);
    }
    in->hasPolarity = polarityFromKey(o.value(QLatin1String("polarity")).toString(), &a.polarity);
    const auto date = [&o](const char *key, const QDateTime &fallback) {
        QDateTime t = QDateTime::fromString(o.value(QLatin1String(key)).toString(), Qt::ISODateWithMs);
        if (!t.isValid())
            return fallback;
        t = t.toUTC();
        t.setTime(QTime(t.time().hour(), t.time().minute(), t.time().second()));
        return t;
    };
    a.created = date("created", note.created);
    a.modified = date("modified", note.modified.isValid() ? note.modified : a.created);
    in->reviewId = o.value(QLatin1String("review")).toString().left(Limits::MaxFieldLength);
    return true;
}

// The orphans Revmark wrote as Notes: each goes to the review whose TextSource refers to it
// (NoteRef), else to the review its details name; AnnotationMerger re-anchors it like any
// import, so it stays an orphan unless its quote is in that text. Other Notes are left alone.
void readOrphans(const XmlReader &reader, const QString &fileName, QdpxContent *content)
{
    QHash<QString, QString> sourceOfNote; // note guid (normalised) -> source guid as written
    QHash<QString, QString> sourceGuids;  // source guid (normalised) -> as written
    for (const Source &source : reader.sources) {
        sourceGuids.insert(AnnotationMerger::normalizedId(source.guid), source.guid);
        for (const QString &note : source.noteGuids) {
            const QString id = AnnotationMerger::normalizedId(note);
            if (!id.isEmpty() && !sourceOfNote.contains(id))
                sourceOfNote.insert(id, source.guid);
        }
    }
    const QString shown = QDir::toNativeSeparators(fileName);
    constexpr int MaxMessages = 3;
    int unreadable = 0;
    for (const Note &note : reader.noteList) {
        if (!isOrphanNote(note))
            continue;
        IncomingAnnotation in;
        QString reason;
        if (!readOrphanNote(note, &in, &reason)) {
            if (++unreadable <= MaxMessages) {
                content->warnings.append(
                    QdpxImporter::tr("In “%1”, the note “%2” holds an orphaned annotation from Revmark, but %3; it was "
                                     "left out.")
                        .arg(shown, note.name.left(60), reason));
            }
            qCWarning(lcProject) << "REFI-QDA import:" << fileName << "orphan note" << note.guid << "unreadable";
            continue;
        }
        const QString id = AnnotationMerger::normalizedId(note.guid);
        const QString named = AnnotationMerger::normalizedId(in.reviewId);
        if (sourceOfNote.contains(id))
            in.reviewId = sourceOfNote.value(id);
        else if (sourceGuids.contains(named))
            in.reviewId = sourceGuids.value(named);
        content->annotations.append(in);
        ++content->orphanNotes;
    }
    if (unreadable > MaxMessages) {
        content->warnings.append(QdpxImporter::tr("%n more note(s) holding orphaned annotations could not be read.",
                                                  nullptr, unreadable - MaxMessages));
    }
}

} // namespace

bool QdpxImporter::isQdpx(const QString &path)
{
    return path.endsWith(QLatin1String(".qdpx"), Qt::CaseInsensitive);
}

QdpxContent QdpxImporter::parse(const QByteArray &qdpx, const QString &fileName, const ZipArchive::Bounds &bounds)
{
    QdpxContent content;
    const QString shown = QDir::toNativeSeparators(fileName);
    ZipArchive archive;
    QString reason;
    QByteArray xml;
    if (qdpx.isEmpty()) {
        content.error = tr("Could not import “%1”: the file is empty.").arg(shown);
        return content;
    }
    if (!archive.open(qdpx, bounds, &reason) || !archive.read(QStringLiteral("project.qde"), &xml, &reason)) {
        content.error = tr("Could not import “%1”: %2").arg(shown, reason);
        return content;
    }
    return parseXml(xml, &archive, fileName);
}

QdpxContent QdpxImporter::parseXml(const QByteArray &xml, const ZipArchive *archive, const QString &fileName)
{
    QdpxContent content;
    const QString shown = QDir::toNativeSeparators(fileName);
    const auto fail = [&](const QString &reason) {
        content.error = tr("Could not import “%1”: %2").arg(shown, reason);
        content.sources.clear();
        content.annotations.clear();
        return content;
    };
    XmlReader reader;
    const QString refused = reader.read(xml);
    if (!refused.isEmpty())
        return fail(refused);
    content.title = reader.title;

    QHash<QString, QString> codeNames; // guid (normalised) -> name
    QString praiseGuid;
    QString criticismGuid;
    for (const auto &code : std::as_const(reader.codes)) {
        const QString id = AnnotationMerger::normalizedId(code.first);
        const QString name = code.second.trimmed().left(Limits::MaxFieldLength);
        if (id.isEmpty() || name.isEmpty())
            continue;
        codeNames.insert(id, name);
        if (name.compare(QdpxExporter::praiseCode(), Qt::CaseInsensitive) == 0 && praiseGuid.isEmpty())
            praiseGuid = id;
        else if (name.compare(QdpxExporter::criticismCode(), Qt::CaseInsensitive) == 0 && criticismGuid.isEmpty())
            criticismGuid = id;
        else if (!content.tags.contains(name))
            content.tags.append(name);
    }
    QString authorGuid;
    QString outletGuid;
    for (auto it = reader.variables.cbegin(); it != reader.variables.cend(); ++it) {
        if (it.value().compare(QLatin1String("Author"), Qt::CaseInsensitive) == 0)
            authorGuid = it.key();
        else if (it.value().compare(QLatin1String("Outlet"), Qt::CaseInsensitive) == 0)
            outletGuid = it.key();
    }

    for (const Source &source : std::as_const(reader.sources)) {
        QString raw;
        if (source.hasContent) {
            raw = source.content;
        } else {
            const QLatin1String internal("internal://");
            const QString name = source.plainTextPath.mid(internal.size());
            if (!source.plainTextPath.startsWith(internal) || name.contains(QLatin1Char('/'))
                || !ZipArchive::isSafeName(name)) {
                return fail(tr("the source “%1” is outside the archive (%2); Revmark reads only sources inside it.")
                                .arg(source.name, source.plainTextPath));
            }
            QByteArray bytes;
            QString reason;
            if (!archive) {
                return fail(tr("the source “%1” is not in the file.").arg(source.name));
            }
            if (!archive->read(QStringLiteral("sources/") + name, &bytes, &reason))
                return fail(reason);
            raw = QString::fromUtf8(bytes);
            if (raw.startsWith(QChar(0xFEFF)))
                raw.remove(0, 1);
        }
        if (raw.size() > Limits::MaxReviewTextLength)
            return fail(Limits::reviewTextTooLong());
        Review review;
        review.id = source.guid; // AnnotationMerger makes it a Revmark id or a new one
        review.title = source.name.left(Limits::MaxFieldLength);
        review.author = source.variables.value(authorGuid).left(Limits::MaxFieldLength);
        review.outlet = source.variables.value(outletGuid).left(Limits::MaxFieldLength);
        review.text = Importer::canonicalText(raw);
        review.importedAt = source.created.isValid() ? source.created : QDateTime::currentDateTimeUtc();
        review.grade = GradeParser::find(review.text);
        if (review.text.isEmpty())
            continue; // nothing to read or mark
        content.sources.append(review);

        // Positions count code points of the text as the file has it; the canonical text may
        // differ (CRLF, blank lines), so the quote taken here leads re-anchoring there.
        const bool same = raw == review.text;
        const CodePointMap map(raw);
        for (const Selection &selection : source.selections) {
            if (selection.start < 0 || selection.end <= selection.start || selection.end > map.codePointLength())
                continue;
            IncomingAnnotation in;
            in.reviewId = source.guid;
            Annotation &a = in.annotation;
            a.id = AnnotationMerger::normalizedId(selection.guid);
            a.start = map.toUtf16(int(selection.start));
            a.end = map.toUtf16(int(selection.end));
            Anchoring::fillQuote(raw, &a);
            if (same) {
                in.startCodePoint = int(selection.start);
                in.endCodePoint = int(selection.end);
            }
            QStringList notes;
            if (!selection.description.trimmed().isEmpty())
                notes.append(selection.description);
            for (const QString &note : selection.noteGuids) {
                const QString text = reader.notes.value(note);
                if (!text.isEmpty())
                    notes.append(text);
            }
            a.note = notes.join(QLatin1String("\n\n")).left(Limits::MaxFieldLength);
            a.created = selection.created;
            a.modified = selection.modified.isValid() ? selection.modified : selection.created;
            bool praise = false;
            bool criticism = false;
            for (const QString &code : selection.codeGuids) {
                const QString id = AnnotationMerger::normalizedId(code);
                if (!praiseGuid.isEmpty() && id == praiseGuid)
                    praise = true;
                else if (!criticismGuid.isEmpty() && id == criticismGuid)
                    criticism = true;
                else if (codeNames.contains(id) && !a.tags.contains(codeNames.value(id)))
                    a.tags.append(codeNames.value(id));
            }
            in.hasPolarity = praise || criticism;
            a.polarity = criticism && !praise ? Polarity::Criticism : Polarity::Praise;
            content.annotations.append(in);
            if (praise && criticism) {
                // Marked as both: a praise and a criticism over the same words.
                in.annotation.id.clear();
                in.annotation.polarity = Polarity::Criticism;
                content.annotations.append(in);
            }
        }
    }
    readOrphans(reader, fileName, &content);
    content.ok = true;
    return content;
}

MergeResult QdpxImporter::merge(const ProjectData &project, const QdpxContent &content, const QString &fileName)
{
    MergeResult merged = AnnotationMerger::merge(project, content.sources, content.tags, content.annotations, fileName);
    merged.report.messages += content.warnings;
    return merged;
}

QdpxContent QdpxImporter::read(const QString &path)
{
    QdpxContent content;
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        content.error = tr("Could not import “%1”: %2").arg(shown, file.errorString());
        return content;
    }
    const QByteArray bytes = file.read(MaxFileSize + 1);
    if (bytes.size() > MaxFileSize) {
        content.error = tr("Could not import “%1”: it is larger than %2, the most Revmark reads from a REFI-QDA project.")
                            .arg(shown, Limits::formatSize(MaxFileSize));
        return content;
    }
    return parse(bytes, path);
}

MergeResult QdpxImporter::importInto(Project *project, const QString &path)
{
    const QdpxContent content = read(path);
    if (!content.ok) {
        MergeResult result;
        result.error = content.error;
        return result;
    }
    MergeResult merged = merge(project->data(), content, path);
    if (merged.ok)
        project->addImported(merged.content, tr("Import REFI-QDA Project"));
    qCDebug(lcProject) << "REFI-QDA import from" << path << ":" << merged.report.added() << "annotations";
    return merged;
}

} // namespace Revmark
