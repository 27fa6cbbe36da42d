// SPDX-License-Identifier: GPL-3.0-or-later
// QdpxExporter and QdpxImporter: a REFI-QDA project written and read back (orphans as notes
// too), the schema, other tools' files (a codebook without sources, their own notes) and
// hostile archives and notes.
#include "interchange/qdpxexporter.h"
#include "interchange/qdpximporter.h"
#include "interchange/ziparchive.h"
#include "model/codepointmap.h"
#include "model/limits.h"
#include "project/project.h"
#include "project/projectfile.h"

#include "interchangefixture.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QXmlStreamReader>
#include <QtTest>

using namespace Revmark;

Q_DECLARE_METATYPE(Revmark::Annotation)

#ifndef REVMARK_QDPX_SCHEMA
#define REVMARK_QDPX_SCHEMA ""
#endif

namespace {

QString writeTemp(QTemporaryDir &dir, const QString &name, const QByteArray &data)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        return {};
    return path;
}

QByteArray zip(const QVector<QPair<QString, QByteArray>> &entries)
{
    QByteArray bytes;
    QString reason;
    if (!ZipArchive::write(entries, &bytes, &reason))
        qFatal("zip: %s", qPrintable(reason));
    return bytes;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const QByteArray SourceGuid = "7A1C0E52-9B3D-4F60-8E21-5D4C3B2A1F00";

// An orphan with every field set, as the orphan tests add it.
Annotation orphan(const char *id, Polarity polarity, const QString &quote, const QString &note, const QStringList &tags,
                  const QString &prefix = {}, const QString &suffix = {})
{
    Annotation a;
    a.id = QString::fromLatin1(id);
    a.polarity = polarity;
    a.quote = quote;
    a.note = note;
    a.tags = tags;
    a.prefix = prefix;
    a.suffix = suffix;
    a.created = QDateTime::fromString(QStringLiteral("2026-11-22T08:15:00Z"), Qt::ISODate);
    a.modified = QDateTime::fromString(QStringLiteral("2026-11-23T17:45:30Z"), Qt::ISODate);
    return a;
}

// The fixture with one more orphan in review index.
void fillWithOrphan(Project *project, int index, const Annotation &extra)
{
    InterchangeFixture::fill(project);
    QVector<Review> reviews = project->reviews();
    reviews[index].orphans.append(extra);
    project->reset(project->title(), project->tags(), reviews);
}

QByteArray exported(const Project &project)
{
    QByteArray qdpx;
    QString error;
    if (!QdpxExporter::toQdpx(project.data(), &qdpx, QStringLiteral("x.qdpx"), &error))
        qFatal("export: %s", qPrintable(error));
    return qdpx;
}

const QByteArray OrphanNoteGuid = "0B0B0B0B-0000-4000-8000-0000000000AA";

// A project from another program, or edited by one: one source with a selection coded Praise,
// then the Notes given (the source refers to OrphanNoteGuid and to an unknown note).
QByteArray qdeWithNotes(const QByteArray &notes)
{
    return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
           "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"x\"><CodeBook><Codes>"
           "<Code guid=\"11111111-1111-4111-8111-111111111111\" name=\"Praise\" isCodable=\"true\"/>"
           "</Codes></CodeBook><Sources>"
           "<TextSource guid=\"" + SourceGuid + "\" name=\"s\">"
           "<PlainTextContent>The light is lovely. The plot is thin.</PlainTextContent>"
           "<PlainTextSelection guid=\"66666666-6666-4666-8666-666666666666\" startPosition=\"0\" endPosition=\"20\">"
           "<Coding guid=\"77777777-7777-4777-8777-777777777777\"><CodeRef targetGUID=\"11111111-1111-4111-8111-111111111111\"/></Coding>"
           "</PlainTextSelection>"
           "<NoteRef targetGUID=\"" + OrphanNoteGuid + "\"/>"
           "<NoteRef targetGUID=\"0C0C0C0C-0000-4000-8000-0000000000CC\"/>"
           "</TextSource></Sources><Notes>" + notes + "</Notes></Project>";
}

QByteArray orphanNote(const QByteArray &description, const QByteArray &guid = OrphanNoteGuid)
{
    return "<Note guid=\"" + guid + "\" name=\"odd note\" creationDateTime=\"2026-11-01T12:00:00Z\">"
           "<Description>" + description + "</Description><PlainTextContent>For people</PlainTextContent></Note>";
}

// Imports a .qdpx named name, whose project.qde is qdeWithNotes(notes), into target (emptied first).
MergeResult importNotes(const QString &name, const QByteArray &notes, Project *target)
{
    QTemporaryDir dir;
    const QString path = writeTemp(dir, name, zip({{QStringLiteral("project.qde"), qdeWithNotes(notes)}}));
    target->reset(QString(), {}, {});
    return QdpxImporter::importInto(target, path);
}

QByteArray qdeWithSource(const QByteArray &plainTextPath)
{
    return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
           "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"x\"><Sources>"
           "<TextSource guid=\"" + SourceGuid + "\" name=\"s\" plainTextPath=\"" + plainTextPath + "\"/>"
           "</Sources></Project>";
}

} // namespace

class TestQdpx : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void structure();
    void validatesAgainstSchema();
    void archiveEntries();
    void roundTrip();
    void importIsOneUndoStep();
    void importIntoProjectWithSameReviews();
    void orphanRoundTrip_data();
    void orphanRoundTrip();
    void orphanNotesForPeople();
    void orphanWithoutNoteRef();
    void orphanMessage();
    void foreignNotesStayNotes();
    void unreadableOrphanNote_data();
    void unreadableOrphanNote();
    void orphanNoteDefaults();
    void otherToolSelections();
    void codebookOnly();
    void atlasTiCodebook();
    void hostile_data();
    void hostile();
    void bounds();
    void exportFileAtomic();
};

void TestQdpx::structure()
{
    Project project;
    InterchangeFixture::fill(&project);
    const QByteArray xml = QdpxExporter::projectXml(project.data());
    const QRegularExpression guidPattern(QStringLiteral("^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$"));
    QXmlStreamReader r(xml);
    QHash<QString, QString> codes; // guid -> name
    QStringList codeRefs;
    int sources = 0;
    int selections = 0;
    QStringList notes;
    QString currentElement;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isCharacters() && currentElement == QLatin1String("Description"))
            notes.append(r.text().toString());
        if (!r.isStartElement())
            continue;
        currentElement = r.name().toString();
        QCOMPARE(r.namespaceUri().toString(), QStringLiteral("urn:QDA-XML:project:1.0"));
        const QXmlStreamAttributes a = r.attributes();
        if (a.hasAttribute(QLatin1String("guid")))
            QVERIFY2(guidPattern.match(a.value(QLatin1String("guid")).toString()).hasMatch(), qPrintable(a.value(QLatin1String("guid")).toString()));
        if (r.name() == QLatin1String("Project")) {
            QCOMPARE(a.value(QLatin1String("name")).toString(), QStringLiteral("Fixture"));
        } else if (r.name() == QLatin1String("Code")) {
            codes.insert(a.value(QLatin1String("guid")).toString(), a.value(QLatin1String("name")).toString());
        } else if (r.name() == QLatin1String("CodeRef")) {
            codeRefs.append(a.value(QLatin1String("targetGUID")).toString());
        } else if (r.name() == QLatin1String("TextSource")) {
            const Review &review = project.review(sources++);
            QCOMPARE(a.value(QLatin1String("guid")).toString(), review.id.toUpper());
            QCOMPARE(a.value(QLatin1String("plainTextPath")).toString(),
                     QStringLiteral("internal://") + review.id.toUpper() + QStringLiteral(".txt"));
            QCOMPARE(a.value(QLatin1String("name")).toString(), review.title);
        } else if (r.name() == QLatin1String("PlainTextSelection")) {
            ++selections;
            const QString id = a.value(QLatin1String("guid")).toString().toLower();
            const Review &review = project.review(sources - 1);
            const Annotation *annotation = project.findAnnotation(review.id, id);
            QVERIFY(annotation);
            const CodePointMap map(review.text);
            QCOMPARE(a.value(QLatin1String("startPosition")).toInt(), map.toCodePoint(annotation->start));
            QCOMPARE(a.value(QLatin1String("endPosition")).toInt(), map.toCodePoint(annotation->end));
        }
    }
    QVERIFY2(!r.hasError(), qPrintable(r.errorString()));
    QCOMPARE(sources, project.reviewCount());
    QCOMPARE(selections, project.annotationCount());
    QStringList names = codes.values();
    names.sort();
    QStringList expected = project.tags() + QStringList{QStringLiteral("Praise"), QStringLiteral("Criticism")};
    expected.sort();
    QCOMPARE(names, expected);
    for (const QString &ref : std::as_const(codeRefs))
        QVERIFY2(codes.contains(ref), qPrintable(ref));
    QVERIFY(notes.contains(InterchangeFixture::text("Gorgeous, \"painterly\" light,\nsee the opening.")));
}

void TestQdpx::validatesAgainstSchema()
{
    const QString schema = QStringLiteral(REVMARK_QDPX_SCHEMA);
    if (schema.isEmpty() || !QFile::exists(schema))
        QSKIP("Project-mrt2019.xsd is not where REVMARK_QDPX_SCHEMA says; the structural tests still ran");
    const QString xmllint = QStandardPaths::findExecutable(QStringLiteral("xmllint"));
    if (xmllint.isEmpty())
        QSKIP("xmllint (libxml2-utils) is not installed");
    QTemporaryDir dir;
    Project project;
    InterchangeFixture::fill(&project);
    Project empty;
    empty.reset(QString(), {}, {});
    // Orphans as notes, with everything that could break the XML or the schema in them.
    Project orphans;
    fillWithOrphan(&orphans, 0,
                   orphan("not-a-uuid", Polarity::Praise, InterchangeFixture::text("<b>&amp; \"“🎻”\"\r\n]]> end"),
                          InterchangeFixture::text("a\rb\n\tc 😴 &lt;"), {QStringLiteral("a&b"), QStringLiteral("<c>")},
                          QStringLiteral("x]]>"), QStringLiteral("\"")));
    const QByteArray orphansXml = QdpxExporter::projectXml(orphans.data());
    QCOMPARE(orphansXml.count("<Note "), 2);
    const QVector<QPair<QString, QByteArray>> cases{
        {QStringLiteral("fixture.qde"), QdpxExporter::projectXml(project.data())},
        {QStringLiteral("empty.qde"), QdpxExporter::projectXml(empty.data())},
        {QStringLiteral("orphans.qde"), orphansXml},
    };
    for (const auto &c : cases) {
        const QString path = writeTemp(dir, c.first, c.second);
        QProcess process;
        process.start(xmllint, {QStringLiteral("--noout"), QStringLiteral("--nonet"), QStringLiteral("--schema"), schema, path});
        QVERIFY(process.waitForFinished(60000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    }
}

void TestQdpx::archiveEntries()
{
    Project project;
    InterchangeFixture::fill(&project);
    QByteArray qdpx;
    QString error;
    QVERIFY(QdpxExporter::toQdpx(project.data(), &qdpx, QStringLiteral("x.qdpx"), &error));
    ZipArchive archive;
    QVERIFY2(archive.open(qdpx, &error), qPrintable(error));
    QStringList expected{QStringLiteral("project.qde")};
    for (const Review &review : project.reviews())
        expected.append(QStringLiteral("sources/") + review.id.toUpper() + QStringLiteral(".txt"));
    QCOMPARE(archive.names(), expected);
    QByteArray text;
    QVERIFY(archive.read(expected.at(1), &text, &error));
    QCOMPARE(QString::fromUtf8(text), project.review(0).text);
}

void TestQdpx::roundTrip()
{
    Project project;
    InterchangeFixture::fill(&project);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fixture.qdpx"));
    QString error;
    QVERIFY2(QdpxExporter::exportFile(project.data(), path, &error), qPrintable(error));

    Project target;
    target.reset(QString(), {}, {});
    const MergeResult result = QdpxImporter::importInto(&target, path);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(target.tags(), project.tags());
    QCOMPARE(result.report.newReviews, project.reviewCount());
    QCOMPARE(result.report.placed, project.annotationCount());
    QCOMPARE(result.report.withoutPolarity, 0);
    InterchangeFixture::compareAnnotations(target, project);
    for (int i = 0; i < project.reviewCount(); ++i) {
        QCOMPARE(target.review(i).id, project.review(i).id);
        QCOMPARE(target.review(i).title, project.review(i).title);
        QCOMPARE(target.review(i).author, project.review(i).author);
        QCOMPARE(target.review(i).outlet, project.review(i).outlet);
        QCOMPARE(target.review(i).grade.value, project.review(i).grade.value);
    }
}

void TestQdpx::importIsOneUndoStep()
{
    Project project;
    InterchangeFixture::fill(&project);
    QTemporaryDir dir;
    QByteArray qdpx;
    QString error;
    QVERIFY(QdpxExporter::toQdpx(project.data(), &qdpx, QStringLiteral("x.qdpx"), &error));
    const QString path = writeTemp(dir, QStringLiteral("x.qdpx"), qdpx);
    Project target;
    const QStringList tags = target.tags();
    QVERIFY(QdpxImporter::importInto(&target, path).ok);
    QCOMPARE(target.undoStack()->count(), 1);
    QCOMPARE(target.reviewCount(), 3);
    target.undoStack()->undo();
    QCOMPARE(target.reviewCount(), 0);
    QCOMPARE(target.tags(), tags);
    target.undoStack()->redo();
    QCOMPARE(target.annotationCount(), project.annotationCount());
}

void TestQdpx::importIntoProjectWithSameReviews()
{
    // The reviews are there already (same ids): the selections join them, no column is added,
    // and importing again adds nothing.
    Project project;
    InterchangeFixture::fill(&project);
    QTemporaryDir dir;
    QByteArray qdpx;
    QString error;
    QVERIFY(QdpxExporter::toQdpx(project.data(), &qdpx, QStringLiteral("x.qdpx"), &error));
    const QString path = writeTemp(dir, QStringLiteral("x.qdpx"), qdpx);
    Project target;
    InterchangeFixture::fillReviewsOnly(&target, project);
    MergeResult result = QdpxImporter::importInto(&target, path);
    QVERIFY(result.ok);
    QCOMPARE(result.report.newReviews, 0);
    InterchangeFixture::compareAnnotations(target, project);
    InterchangeFixture::compareOrphans(target, project);
    result = QdpxImporter::importInto(&target, path);
    QVERIFY(result.ok);
    QCOMPARE(result.report.added(), 0);
    // The orphan too: it is there already.
    QCOMPARE(result.report.duplicates, project.annotationCount() + QdpxExporter::orphanCount(project.data()));
}

void TestQdpx::orphanRoundTrip_data()
{
    QTest::addColumn<int>("review");
    QTest::addColumn<Annotation>("extra");
    using InterchangeFixture::text;
    QTest::newRow("praise, plain") << 0
                                   << orphan("1a1a1a1a-0000-4000-8000-000000000001", Polarity::Praise,
                                             text("the cut scene in the lighthouse"), text("Kept for the essay"),
                                             {QStringLiteral("cinematography")}, text("Also "), text(" was"));
    QTest::newRow("emoji, quotes, newlines")
        << 1
        << orphan("1a1a1a1a-0000-4000-8000-000000000002", Polarity::Criticism,
                  text("a \"so-called\" “twist” 🎻\nthat fizzles"), text("Line one\r\nline two\nline \"three\" 😴\r"),
                  {QStringLiteral("story"), text("ending 🎬")}, text("\n"), text("…\n"));
    QTest::newRow("no note, no tags, no context")
        << 2 << orphan("1a1a1a1a-0000-4000-8000-000000000003", Polarity::Praise, text("gone"), {}, {});
    QTest::newRow("looks like markup and JSON")
        << 0
        << orphan("1a1a1a1a-0000-4000-8000-000000000004", Polarity::Criticism, text("<Note> & {\"quote\": 1} ]]>"),
                  QdpxExporter::orphanMarker() + text("\n{\"quote\": \"\"}"), {text("a&b"), text("<c>")}, text("&amp;"),
                  text("</Description>"));
    QTest::newRow("right-to-left") << 1
                                   << orphan("1a1a1a1a-0000-4000-8000-000000000005", Polarity::Praise,
                                             text("\xD7\x94\xD7\xA2\xD7\xA8\xD7\x94 \xD7\x90\xD7\x97\xD7\xA8\xD7\xAA"),
                                             text("RTL \xE2\x80\x8F mark"), {QStringLiteral("direction")});
}

void TestQdpx::orphanRoundTrip()
{
    // Into an empty project (the reviews come from the file) and into one with the reviews:
    // every orphan comes back an orphan of its review with every field, in one undo step.
    QFETCH(int, review);
    QFETCH(Annotation, extra);
    Project project;
    fillWithOrphan(&project, review, extra);
    QTemporaryDir dir;
    const QString path = writeTemp(dir, QStringLiteral("orphans.qdpx"), exported(project));

    Project target;
    target.reset(QString(), {}, {});
    MergeResult result = QdpxImporter::importInto(&target, path);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.report.orphaned, 2);
    QCOMPARE(result.report.placed, project.annotationCount());
    QCOMPARE(result.report.withoutPolarity, 0);
    QCOMPARE(target.undoStack()->count(), 1);
    InterchangeFixture::compareAnnotations(target, project);
    InterchangeFixture::compareOrphans(target, project);
    QCOMPARE(target.review(review).orphans.constLast().id, extra.id);
    for (const QString &tag : extra.tags)
        QVERIFY2(target.tags().contains(tag), qPrintable(tag));
    // Saved and loaded, nothing changes.
    const ProjectLoadResult loaded = ProjectFile::parse(ProjectFile::serialize(target), QStringLiteral("t.revmark"));
    QVERIFY2(loaded.ok, qPrintable(loaded.error));

    Project same;
    InterchangeFixture::fillReviewsOnly(&same, project);
    result = QdpxImporter::importInto(&same, path);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.report.newReviews, 0);
    InterchangeFixture::compareOrphans(same, project);
    same.undoStack()->undo();
    for (const Review &r : same.reviews())
        QVERIFY(r.orphans.isEmpty());
}

void TestQdpx::orphanNotesForPeople()
{
    // Another program shows a memo named after the orphan, attached to its document, that
    // reads as text; Revmark's details are in the Description after the marker line.
    Project project;
    fillWithOrphan(&project, 0,
                   orphan("1a1a1a1a-0000-4000-8000-000000000009", Polarity::Praise,
                          InterchangeFixture::text("an extraordinarily long quotation that goes on well past sixty "
                                                   "characters and then some"),
                          QStringLiteral("Why it mattered"), {QStringLiteral("music"), QStringLiteral("story")}));
    QXmlStreamReader r(QdpxExporter::projectXml(project.data()));
    QHash<QString, QStringList> noteRefs; // source guid -> note guids
    QHash<QString, QString> names;        // note guid -> name
    QHash<QString, QString> texts;        // note guid -> PlainTextContent
    QHash<QString, QString> details;      // note guid -> Description
    QString source;
    QString note;
    while (!r.atEnd()) {
        r.readNext();
        if (!r.isStartElement())
            continue;
        const QXmlStreamAttributes a = r.attributes();
        if (r.name() == QLatin1String("TextSource")) {
            source = a.value(QLatin1String("guid")).toString();
        } else if (r.name() == QLatin1String("NoteRef")) {
            noteRefs[source].append(a.value(QLatin1String("targetGUID")).toString());
        } else if (r.name() == QLatin1String("Note")) {
            note = a.value(QLatin1String("guid")).toString();
            names.insert(note, a.value(QLatin1String("name")).toString());
            if (note.startsWith(QLatin1String("1A1A")))
                QCOMPARE(a.value(QLatin1String("creationDateTime")).toString(), QStringLiteral("2026-11-22T08:15:00Z"));
        } else if (r.name() == QLatin1String("Description") && !note.isEmpty()) {
            details.insert(note, r.readElementText());
        } else if (r.name() == QLatin1String("PlainTextContent") && !note.isEmpty()) {
            texts.insert(note, r.readElementText());
        }
    }
    QVERIFY2(!r.hasError(), qPrintable(r.errorString()));
    const QString guid = QStringLiteral("1A1A1A1A-0000-4000-8000-000000000009");
    const QString fixtureGuid = QStringLiteral("0E0E0E0E-0000-4000-8000-00000000000F");
    QCOMPARE(noteRefs.value(project.review(0).id.toUpper()), QStringList{guid});
    QCOMPARE(noteRefs.value(project.review(2).id.toUpper()), QStringList{fixtureGuid});
    QCOMPARE(names.value(guid), InterchangeFixture::text("Orphaned praise: “an extraordinarily long quotation that goes "
                                                         "on well past si…”"));
    QCOMPARE(names.value(fixtureGuid), InterchangeFixture::text("Orphaned criticism: “a cameo that was cut”"));
    const QString text = texts.value(guid);
    for (const QString &part : {project.review(0).title, QStringLiteral("music, story"), QStringLiteral("Why it mattered"),
                                QStringLiteral("Praise"), QStringLiteral("2026-11-23T17:45:30Z"),
                                project.review(0).orphans.constLast().quote})
        QVERIFY2(text.contains(part), qPrintable(part + QStringLiteral(" in ") + text));
    QVERIFY2(texts.value(fixtureGuid).contains(InterchangeFixture::text("“…Also a cameo that was cut.…”")),
             qPrintable(texts.value(fixtureGuid)));
    QVERIFY(details.value(guid).startsWith(QdpxExporter::orphanMarker() + QLatin1Char('\n')));
    QVERIFY(!text.contains(QdpxExporter::orphanMarker()));
}

void TestQdpx::orphanWithoutNoteRef()
{
    // A program that keeps the notes but drops their links: the orphan still finds its review
    // by the id in its details (not the only review, and its quote is in none of them).
    Project project;
    fillWithOrphan(&project, 1,
                   orphan("1a1a1a1a-0000-4000-8000-00000000000a", Polarity::Criticism, QStringLiteral("a lost line"),
                          QStringLiteral("n"), {}));
    QString xmlText = QString::fromUtf8(QdpxExporter::projectXml(project.data()));
    xmlText.remove(QRegularExpression(QStringLiteral("<NoteRef [^>]*/>")));
    QVERIFY(!xmlText.contains(QLatin1String("NoteRef")));
    QVector<QPair<QString, QByteArray>> entries{{QStringLiteral("project.qde"), xmlText.toUtf8()}};
    for (const Review &review : project.reviews())
        entries.append({QStringLiteral("sources/") + review.id.toUpper() + QStringLiteral(".txt"), review.text.toUtf8()});
    QTemporaryDir dir;
    const QString path = writeTemp(dir, QStringLiteral("nolinks.qdpx"), zip(entries));
    Project target;
    target.reset(QString(), {}, {});
    const MergeResult result = QdpxImporter::importInto(&target, path);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.report.unmatched, 0);
    InterchangeFixture::compareOrphans(target, project);
}

void TestQdpx::orphanMessage()
{
    Project project;
    InterchangeFixture::fill(&project);
    // No translation is loaded here: the plural reads "annotation(s)".
    QCOMPARE(QdpxExporter::orphanCount(project.data()), 1);
    QVERIFY(QdpxExporter::orphansWritten(project.data()).startsWith(QLatin1String("1 orphaned annotation")));
    fillWithOrphan(&project, 0, orphan("1a1a1a1a-0000-4000-8000-00000000000b", Polarity::Praise, QStringLiteral("q"), {}, {}));
    QCOMPARE(QdpxExporter::orphanCount(project.data()), 2);
    const QString message = QdpxExporter::orphansWritten(project.data());
    QVERIFY2(message.startsWith(QLatin1String("2 orphaned annotation")) && message.endsWith(QLatin1String("written as notes.")),
             qPrintable(message));
    Project none;
    InterchangeFixture::fillReviewsOnly(&none, project);
    QCOMPARE(QdpxExporter::orphanCount(none.data()), 0);
    QVERIFY(QdpxExporter::orphansWritten(none.data()).isEmpty());
    QVERIFY(!QdpxExporter::projectXml(none.data()).contains("<Notes"));
}

void TestQdpx::foreignNotesStayNotes()
{
    // Memos of other programs, attached to the source or not, one even mentioning Revmark's
    // marker further down, stay out of the annotations; the one Revmark orphan beside them is read.
    const QByteArray marker = QdpxExporter::orphanMarker().toUtf8();
    const QByteArray notes =
        orphanNote(marker + "\n{\"quote\": \"a vanished scene\", \"polarity\": \"criticism\", \"note\": \"kept\"}")
        + "<Note guid=\"0C0C0C0C-0000-4000-8000-0000000000CC\" name=\"memo\">"
          "<Description>Interview memo. See " + marker + " for nothing.</Description>"
          "<PlainTextContent>" + marker + "\n{\"quote\": \"not this\"}</PlainTextContent></Note>"
          "<Note guid=\"0D0D0D0D-0000-4000-8000-0000000000DD\" name=\"loose\"><PlainTextContent>free text</PlainTextContent></Note>";
    Project target;
    const MergeResult result = importNotes(QStringLiteral("memos.qdpx"), notes, &target);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(target.reviewCount(), 1);
    QCOMPARE(target.review(0).annotations.size(), 1);
    QCOMPARE(target.review(0).orphans.size(), 1);
    const Annotation &o = target.review(0).orphans.first();
    QCOMPARE(o.quote, QStringLiteral("a vanished scene"));
    QCOMPARE(o.polarity, Polarity::Criticism);
    QCOMPARE(o.note, QStringLiteral("kept"));
    QCOMPARE(o.id, QStringLiteral("0b0b0b0b-0000-4000-8000-0000000000aa")); // the note's, as none is given
    QCOMPARE(result.report.orphaned, 1);
    QCOMPARE(result.report.messages, QStringList());
}

void TestQdpx::unreadableOrphanNote_data()
{
    QTest::addColumn<QByteArray>("description");
    QTest::addColumn<QString>("reason");
    const QByteArray marker = QdpxExporter::orphanMarker().toUtf8();
    QTest::newRow("marker alone") << marker << QStringLiteral("cannot be read");
    QTest::newRow("not JSON") << marker + "\n{quote: unquoted" << QStringLiteral("cannot be read");
    QTest::newRow("a list") << marker + "\n[\"quote\"]" << QStringLiteral("cannot be read");
    QTest::newRow("no quote") << marker + "\n{\"polarity\": \"praise\", \"note\": \"n\"}" << QStringLiteral("no quote");
    QTest::newRow("quote not a string") << marker + "\n{\"quote\": 42}" << QStringLiteral("no quote");
    QTest::newRow("empty quote") << marker + "\n{\"quote\": \"\"}" << QStringLiteral("no quote");
    // Two CDATA sections, each within what one text may be, together past it.
    const QByteArray half(Limits::MaxReviewTextLength / 2 + 16, 'x');
    QTest::newRow("huge") << marker + "\n<![CDATA[{\"quote\": \"" + half + "]]><![CDATA[" + half + "\"}]]>"
                          << QStringLiteral("longer than Revmark reads");
}

void TestQdpx::unreadableOrphanNote()
{
    // Left out with a message naming the file and the note; the rest of the file is imported.
    QFETCH(QByteArray, description);
    QFETCH(QString, reason);
    const QByteArray marker = QdpxExporter::orphanMarker().toUtf8();
    const QByteArray good = orphanNote(marker + "\n{\"quote\": \"a fine orphan\", \"polarity\": \"praise\"}",
                                       "0E0E0E0E-0000-4000-8000-0000000000EE");
    Project target;
    const MergeResult result = importNotes(QStringLiteral("odd.qdpx"), orphanNote(description) + good, &target);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(target.reviewCount(), 1);
    QCOMPARE(target.review(0).annotations.size(), 1);
    QCOMPARE(target.review(0).orphans.size(), 1);
    QCOMPARE(target.review(0).orphans.first().quote, QStringLiteral("a fine orphan"));
    QCOMPARE(result.report.messages.size(), 1);
    const QString message = result.report.messages.first();
    QVERIFY2(message.contains(QStringLiteral("odd.qdpx")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("“odd note”")), qPrintable(message));
    QVERIFY2(message.contains(reason), qPrintable(message));
    QVERIFY2(result.report.summary().endsWith(message), qPrintable(result.report.summary()));
}

void TestQdpx::orphanNoteDefaults()
{
    // Details of the wrong kind or missing take defaults: no polarity (praise tagged
    // no-polarity), tags that are strings only, a new id for one that is no UUID, the note's
    // dates, a review named that does not exist (the NoteRef decides). Each is still imported.
    const QByteArray marker = QdpxExporter::orphanMarker().toUtf8();
    const QByteArray notes =
        orphanNote(marker + "\n{\"quote\": \"q1\", \"polarity\": \"lukewarm\", \"tags\": [\"ok\", 3, null, \" \", \"ok\"], "
                            "\"id\": \"not-a-uuid\", \"created\": \"yesterday\", \"review\": \"nowhere\", \"note\": {}}")
        + orphanNote(marker + "\n{\"quote\": \"q2\", \"tags\": \"solo\", \"prefix\": 1}", "0F0F0F0F-0000-4000-8000-0000000000FF");
    Project target;
    const MergeResult result = importNotes(QStringLiteral("defaults.qdpx"), notes, &target);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.report.withoutPolarity, 2);
    QCOMPARE(result.report.orphaned, 2);
    const Review &review = target.review(0);
    QCOMPARE(review.orphans.size(), 2);
    const Annotation &first = review.orphans.at(0);
    QCOMPARE(first.quote, QStringLiteral("q1"));
    QCOMPARE(first.id, QStringLiteral("0b0b0b0b-0000-4000-8000-0000000000aa"));
    QCOMPARE(first.polarity, Polarity::Praise);
    QCOMPARE(first.tags, (QStringList{QStringLiteral("ok"), AnnotationMerger::noPolarityTag()}));
    QCOMPARE(first.note, QString());
    QCOMPARE(first.created, QDateTime::fromString(QStringLiteral("2026-11-01T12:00:00Z"), Qt::ISODate));
    QCOMPARE(first.modified, first.created);
    const Annotation &second = review.orphans.at(1);
    QCOMPARE(second.quote, QStringLiteral("q2"));
    QCOMPARE(second.tags, QStringList{AnnotationMerger::noPolarityTag()});
    QCOMPARE(second.prefix, QString());
    QVERIFY(target.tags().contains(QStringLiteral("ok")));
}

void TestQdpx::otherToolSelections()
{
    // As other programs write them: braces in GUIDs, CRLF in the source, the text inline, a
    // selection with both polarity codes, one with none, a memo as a Note.
    const QByteArray qde = QByteArrayLiteral(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"Study\">"
        "<CodeBook><Codes>"
        "<Code guid=\"{11111111-1111-4111-8111-111111111111}\" name=\"praise\" isCodable=\"true\"/>"
        "<Code guid=\"{22222222-2222-4222-8222-222222222222}\" name=\"criticism\" isCodable=\"true\"/>"
        "<Code guid=\"{33333333-3333-4333-8333-333333333333}\" name=\"Acting\" isCodable=\"true\">"
        "<Code guid=\"{44444444-4444-4444-8444-444444444444}\" name=\"Lead\" isCodable=\"true\"/></Code>"
        "</Codes></CodeBook>"
        "<Sources><TextSource guid=\"{55555555-5555-4555-8555-555555555555}\" name=\"Interview 1\">"
        "<PlainTextContent>The lead is magnetic.&#13;\nThe plot is thin.&#13;\nIt looks cheap.</PlainTextContent>"
        "<PlainTextSelection guid=\"{66666666-6666-4666-8666-666666666666}\" startPosition=\"0\" endPosition=\"21\">"
        "<Coding guid=\"{77777777-7777-4777-8777-777777777777}\"><CodeRef targetGUID=\"{11111111-1111-4111-8111-111111111111}\"/></Coding>"
        "<Coding guid=\"{88888888-8888-4888-8888-888888888888}\"><CodeRef targetGUID=\"{44444444-4444-4444-8444-444444444444}\"/></Coding>"
        "<NoteRef targetGUID=\"{99999999-9999-4999-8999-999999999999}\"/>"
        "</PlainTextSelection>"
        "<PlainTextSelection guid=\"{aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa}\" startPosition=\"23\" endPosition=\"40\">"
        "<Coding guid=\"{bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb}\"><CodeRef targetGUID=\"{11111111-1111-4111-8111-111111111111}\"/></Coding>"
        "<Coding guid=\"{cccccccc-cccc-4ccc-8ccc-cccccccccccc}\"><CodeRef targetGUID=\"{22222222-2222-4222-8222-222222222222}\"/></Coding>"
        "</PlainTextSelection>"
        "<PlainTextSelection guid=\"{dddddddd-dddd-4ddd-8ddd-dddddddddddd}\" startPosition=\"42\" endPosition=\"56\"/>"
        "</TextSource></Sources>"
        "<Notes><Note guid=\"{99999999-9999-4999-8999-999999999999}\" name=\"memo\">"
        "<PlainTextContent>Everyone says so.</PlainTextContent></Note></Notes>"
        "</Project>");
    QTemporaryDir dir;
    const QString path = writeTemp(dir, QStringLiteral("study.qdpx"), zip({{QStringLiteral("project.qde"), qde}}));
    Project target;
    target.reset(QString(), {}, {});
    const MergeResult result = QdpxImporter::importInto(&target, path);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(target.tags(), (QStringList{QStringLiteral("Acting"), QStringLiteral("Lead"), AnnotationMerger::noPolarityTag()}));
    QCOMPARE(target.reviewCount(), 1);
    const Review &review = target.review(0);
    QCOMPARE(review.id, QStringLiteral("55555555-5555-4555-8555-555555555555"));
    QCOMPARE(review.title, QStringLiteral("Interview 1"));
    QCOMPARE(review.text, QStringLiteral("The lead is magnetic.\nThe plot is thin.\nIt looks cheap."));
    // Four annotations, none dropped: the praise, the pair for "both", the uncoded one.
    QCOMPARE(review.annotations.size() + review.orphans.size(), 4);
    QCOMPARE(review.orphans.size(), 0);
    const Annotation *lead = target.findAnnotation(review.id, QStringLiteral("66666666-6666-4666-8666-666666666666"));
    QVERIFY(lead);
    QCOMPARE(lead->quote, QStringLiteral("The lead is magnetic.").left(21));
    QCOMPARE(lead->polarity, Polarity::Praise);
    QCOMPARE(lead->tags, QStringList{QStringLiteral("Lead")});
    QCOMPARE(lead->note, QStringLiteral("Everyone says so."));
    int praise = 0;
    int criticism = 0;
    for (const Annotation &a : review.annotations) {
        QCOMPARE(review.text.mid(a.start, a.length()), a.quote);
        if (a.quote == QLatin1String("The plot is thin."))
            ++(a.polarity == Polarity::Praise ? praise : criticism);
        if (a.quote == QLatin1String("It looks cheap"))
            QCOMPARE(a.tags, QStringList{AnnotationMerger::noPolarityTag()});
    }
    QCOMPARE(praise, 1);
    QCOMPARE(criticism, 1);
    QCOMPARE(result.report.withoutPolarity, 1);
}

void TestQdpx::codebookOnly()
{
    const QString path = QStringLiteral(REVMARK_TEST_DATA "/interchange/codebook-only.qdpx");
    // Into a project with reviews: the codes join the tags, nothing else changes.
    Project project;
    InterchangeFixture::fill(&project);
    const QStringList before = project.tags();
    const int annotations = project.annotationCount();
    MergeResult result = QdpxImporter::importInto(&project, path);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(project.tags(), (before + QStringList{QStringLiteral("Sound"), QStringLiteral("Score"),
                                                   QStringLiteral("Foley"), QStringLiteral("Casting")}));
    QCOMPARE(project.reviewCount(), 3);
    QCOMPARE(project.annotationCount(), annotations);
    QCOMPARE(result.report.newTags, 4);
    // Into an empty project: exactly the codes.
    Project empty;
    empty.reset(QString(), {}, {});
    result = QdpxImporter::importInto(&empty, path);
    QVERIFY(result.ok);
    QCOMPARE(empty.tags(), (QStringList{QStringLiteral("Sound"), QStringLiteral("Score"), QStringLiteral("Foley"),
                                        QStringLiteral("Casting")}));
    // The fixture is the zip of codebook-only.qde.
    const QdpxContent content = QdpxImporter::read(path);
    QVERIFY(content.ok);
    QCOMPARE(QdpxImporter::parseXml(readFile(QStringLiteral(REVMARK_TEST_DATA "/interchange/codebook-only.qde")),
                                    nullptr, QStringLiteral("codebook-only.qde"))
                 .tags,
             content.tags);
}

void TestQdpx::atlasTiCodebook()
{
    const QString schema = QStringLiteral(REVMARK_QDPX_SCHEMA);
    const QString path = schema.section(QLatin1Char('/'), 0, -2) + QStringLiteral("/atlasti-23-codebook-only.qdpx");
    if (schema.isEmpty() || !QFile::exists(path))
        QSKIP("The ATLAS.ti reference file is not beside the schema; codebookOnly covers the same shape");
    Project project;
    project.reset(QString(), {}, {});
    const MergeResult result = QdpxImporter::importInto(&project, path);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(project.tags().size(), 3);
    QCOMPARE(project.tags().first(), QStringLiteral("Commits"));
    QCOMPARE(project.reviewCount(), 0);
}

void TestQdpx::hostile_data()
{
    QTest::addColumn<QByteArray>("qdpx");
    QTest::addColumn<QString>("reason");
    const QByteArray goodQde = QdpxExporter::projectXml({QStringLiteral("x"), {}, {}});
    QTest::newRow("not a zip") << QByteArray("PK\x03\x04 hello") << QStringLiteral("not a readable zip archive");
    QTest::newRow("empty file") << QByteArray() << QStringLiteral("the file is empty");
    QByteArray good;
    {
        Project project;
        InterchangeFixture::fill(&project);
        QString error;
        QdpxExporter::toQdpx(project.data(), &good, QStringLiteral("x"), &error);
    }
    QTest::newRow("truncated") << good.left(good.size() / 2) << QStringLiteral("not a readable zip archive");
    QTest::newRow("zip-slip ../") << zip({{QStringLiteral("project.qde"), goodQde}, {QStringLiteral("../../evil.txt"), "x"}})
                                  << QStringLiteral("points outside");
    QTest::newRow("zip-slip absolute") << zip({{QStringLiteral("project.qde"), goodQde}, {QStringLiteral("/tmp/evil.txt"), "x"}})
                                       << QStringLiteral("points outside");
    QTest::newRow("zip-slip backslash") << zip({{QStringLiteral("project.qde"), goodQde}, {QStringLiteral("..\\evil.txt"), "x"}})
                                        << QStringLiteral("points outside");
    QTest::newRow("no project.qde") << zip({{QStringLiteral("other.xml"), goodQde}}) << QStringLiteral("no entry “project.qde”");
    QTest::newRow("DTD with external entity")
        << zip({{QStringLiteral("project.qde"),
                 "<?xml version=\"1.0\"?><!DOCTYPE Project [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                 "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"&xxe;\"/>"}})
        << QStringLiteral("DTD");
    QTest::newRow("billion laughs")
        << zip({{QStringLiteral("project.qde"),
                 "<?xml version=\"1.0\"?><!DOCTYPE Project [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;\">"
                 "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;\">]><Project name=\"&c;&c;&c;\"/>"}})
        << QStringLiteral("DTD");
    QTest::newRow("undeclared entity")
        << zip({{QStringLiteral("project.qde"), "<?xml version=\"1.0\"?><Project name=\"&ent;\"/>"}})
        << QStringLiteral("project.qde");
    QTest::newRow("source outside: file URI")
        << zip({{QStringLiteral("project.qde"), qdeWithSource("file:///etc/passwd")}}) << QStringLiteral("outside the archive");
    QTest::newRow("source outside: relative")
        << zip({{QStringLiteral("project.qde"), qdeWithSource("internal://../../etc/passwd")}})
        << QStringLiteral("outside the archive");
    QTest::newRow("source outside: absolute")
        << zip({{QStringLiteral("project.qde"), qdeWithSource("/etc/passwd")}}) << QStringLiteral("outside the archive");
    QTest::newRow("source missing")
        << zip({{QStringLiteral("project.qde"), qdeWithSource("internal://missing.txt")}})
        << QStringLiteral("no entry “sources/missing.txt”");
    QTest::newRow("not a project") << zip({{QStringLiteral("project.qde"), "<html><body/></html>"}})
                                   << QStringLiteral("not a REFI-QDA project");
    QTest::newRow("malformed XML") << zip({{QStringLiteral("project.qde"), "<Project name=\"x\"><CodeBook>"}})
                                   << QStringLiteral("not well-formed");
    QByteArray deep = "<Project name=\"x\">";
    for (int i = 0; i < 100; ++i)
        deep += "<Description>";
    QTest::newRow("too deep") << zip({{QStringLiteral("project.qde"), deep}}) << QStringLiteral("deeper than");
}

void TestQdpx::hostile()
{
    QFETCH(QByteArray, qdpx);
    QFETCH(QString, reason);
    Project project;
    InterchangeFixture::fill(&project);
    const QByteArray before = ProjectFile::serialize(project);
    QTemporaryDir dir;
    const QString path = writeTemp(dir, QStringLiteral("hostile.qdpx"), qdpx);
    const MergeResult result = QdpxImporter::importInto(&project, path);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QStringLiteral("hostile.qdpx")), qPrintable(result.error));
    QVERIFY2(result.error.contains(reason), qPrintable(result.error));
    QCOMPARE(ProjectFile::serialize(project), before);
    QCOMPARE(project.undoStack()->count(), 0);
    // Nothing was written beside the archive or above it.
    QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), QStringList{QStringLiteral("hostile.qdpx")});
}

void TestQdpx::bounds()
{
    // Checked from the central directory before anything is inflated.
    const QByteArray qde = QdpxExporter::projectXml({QStringLiteral("x"), {}, {}});
    QVector<QPair<QString, QByteArray>> many{{QStringLiteral("project.qde"), qde}};
    for (int i = 0; i < 5; ++i)
        many.append({QStringLiteral("sources/%1.txt").arg(i), "text"});
    ZipArchive::Bounds bounds;
    bounds.maxEntries = 4;
    QdpxContent content = QdpxImporter::parse(zip(many), QStringLiteral("many.qdpx"), bounds);
    QVERIFY(!content.ok);
    QVERIFY2(content.error.contains(QStringLiteral("6 entries")), qPrintable(content.error));
    QVERIFY(content.error.contains(QStringLiteral("many.qdpx")));

    // A bomb: a little deflated data that unpacks to much more than the bound.
    bounds = ZipArchive::Bounds();
    bounds.maxEntrySize = 100000;
    const QVector<QPair<QString, QByteArray>> bomb{{QStringLiteral("project.qde"), qde},
                                                   {QStringLiteral("sources/big.txt"), QByteArray(1000000, 'a')}};
    const QByteArray packed = zip(bomb);
    QVERIFY(packed.size() < 20000);
    content = QdpxImporter::parse(packed, QStringLiteral("bomb.qdpx"), bounds);
    QVERIFY(!content.ok);
    QVERIFY2(content.error.contains(QStringLiteral("unpacks to more than")), qPrintable(content.error));
    bounds = ZipArchive::Bounds();
    bounds.maxTotalSize = 500000;
    content = QdpxImporter::parse(packed, QStringLiteral("bomb.qdpx"), bounds);
    QVERIFY(!content.ok);
    QVERIFY2(content.error.contains(QStringLiteral("unpacks to more than")), qPrintable(content.error));
}

void TestQdpx::exportFileAtomic()
{
    Project project;
    InterchangeFixture::fill(&project);
    QTemporaryDir dir;
    const QString path = writeTemp(dir, QStringLiteral("keep.qdpx"), "old");
    QString error;
    QVERIFY(!QdpxExporter::exportFile(project.data(), dir.filePath(QStringLiteral("missing/x.qdpx")), &error));
    QVERIFY2(error.contains(QStringLiteral("x.qdpx")), qPrintable(error));
    QVERIFY(QdpxExporter::exportFile(project.data(), path, &error));
    QVERIFY(readFile(path).startsWith("PK"));
}

QTEST_GUILESS_MAIN(TestQdpx)
#include "tst_qdpx.moc"
