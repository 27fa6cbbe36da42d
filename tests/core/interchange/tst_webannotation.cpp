// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/webannotation.h"
#include "model/codepointmap.h"
#include "project/project.h"

#include "interchangefixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace Revmark;

namespace {

QString writeTemp(QTemporaryDir &dir, const QString &name, const QByteArray &data)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        return {};
    return path;
}

QJsonObject firstItem(const QByteArray &json)
{
    return QJsonDocument::fromJson(json)
        .object()
        .value(QStringLiteral("first"))
        .toObject()
        .value(QStringLiteral("items"))
        .toArray()
        .first()
        .toObject();
}

} // namespace

class TestWebAnnotation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void collectionShape();
    void annotationShape();
    void roundTrip();
    void importIsOneUndoStep();
    void importTwiceAddsNothing();
    void reanchorOntoChangedText();
    void hypothesis();
    void noPolarityBecomesTaggedPraise();
    void matchByFileWhenIdIsUnknown();
    void badInput_data();
    void badInput();
    void noReviews();
};

void TestWebAnnotation::collectionShape()
{
    Project project;
    InterchangeFixture::fill(&project);
    const QJsonObject root = QJsonDocument::fromJson(WebAnnotation::toJson(project.data())).object();
    QCOMPARE(root.value(QStringLiteral("@context")).toString(), QStringLiteral("http://www.w3.org/ns/anno.jsonld"));
    QCOMPARE(root.value(QStringLiteral("type")).toString(), QStringLiteral("AnnotationCollection"));
    QCOMPARE(root.value(QStringLiteral("label")).toString(), QStringLiteral("Fixture"));
    const QJsonObject page = root.value(QStringLiteral("first")).toObject();
    QCOMPARE(page.value(QStringLiteral("type")).toString(), QStringLiteral("AnnotationPage"));
    int count = 0;
    for (const Review &review : project.reviews())
        count += int(review.annotations.size() + review.orphans.size());
    QCOMPARE(page.value(QStringLiteral("items")).toArray().size(), count);
    QCOMPARE(root.value(QStringLiteral("total")).toInt(), count);
}

void TestWebAnnotation::annotationShape()
{
    Project project;
    InterchangeFixture::fill(&project);
    const Review &review = project.review(0);
    const Annotation &a = review.annotations.first();
    const QJsonObject item = firstItem(WebAnnotation::toJson(project.data()));
    QCOMPARE(item.value(QStringLiteral("type")).toString(), QStringLiteral("Annotation"));
    QCOMPARE(item.value(QStringLiteral("id")).toString(), QStringLiteral("urn:uuid:") + a.id);
    QCOMPARE(item.value(QStringLiteral("created")).toString(), a.created.toString(Qt::ISODate));
    QCOMPARE(item.value(QStringLiteral("modified")).toString(), a.modified.toString(Qt::ISODate));
    const QJsonArray motivation = item.value(QStringLiteral("motivation")).toArray();
    QCOMPARE(motivation, (QJsonArray{QStringLiteral("assessing"), QStringLiteral("tagging")}));
    QHash<QString, QStringList> bodies;
    for (const QJsonValue &body : item.value(QStringLiteral("body")).toArray()) {
        QCOMPARE(body.toObject().value(QStringLiteral("type")).toString(), QStringLiteral("TextualBody"));
        bodies[body.toObject().value(QStringLiteral("purpose")).toString()].append(
            body.toObject().value(QStringLiteral("value")).toString());
    }
    QCOMPARE(bodies.value(QStringLiteral("assessing")), QStringList{polarityKey(a.polarity)});
    QCOMPARE(bodies.value(QStringLiteral("tagging")), a.tags);
    QCOMPARE(bodies.value(QStringLiteral("commenting")).value(0), a.note);
    const QJsonObject target = item.value(QStringLiteral("target")).toObject();
    const QJsonObject source = target.value(QStringLiteral("source")).toObject();
    QCOMPARE(source.value(QStringLiteral("id")).toString(), QStringLiteral("urn:uuid:") + review.id);
    QCOMPARE(source.value(QStringLiteral("title")).toString(), review.title);
    const QJsonArray selectors = target.value(QStringLiteral("selector")).toArray();
    QCOMPARE(selectors.size(), 2);
    const QJsonObject quote = selectors.at(0).toObject();
    QCOMPARE(quote.value(QStringLiteral("type")).toString(), QStringLiteral("TextQuoteSelector"));
    QCOMPARE(quote.value(QStringLiteral("exact")).toString(), a.quote);
    QCOMPARE(quote.value(QStringLiteral("prefix")).toString(), a.prefix);
    QCOMPARE(quote.value(QStringLiteral("suffix")).toString(), a.suffix);
    const QJsonObject position = selectors.at(1).toObject();
    QCOMPARE(position.value(QStringLiteral("type")).toString(), QStringLiteral("TextPositionSelector"));
    const CodePointMap map(review.text);
    QCOMPARE(position.value(QStringLiteral("start")).toInt(), map.toCodePoint(a.start));
    QCOMPARE(position.value(QStringLiteral("end")).toInt(), map.toCodePoint(a.end));
    // Code points, not UTF-16: the emoji before it counts once.
    QCOMPARE(position.value(QStringLiteral("start")).toInt(), a.start - 1);

    // A review with a known original file names it as a file: URI.
    QVector<Review> reviews = project.reviews();
    reviews[0].sourcePath = QStringLiteral("/home/ana/reviews/quiet harbour.txt");
    project.reset(project.title(), project.tags(), reviews);
    const QJsonObject withFile = firstItem(WebAnnotation::toJson(project.data()));
    QCOMPARE(withFile.value(QStringLiteral("target")).toObject().value(QStringLiteral("source")).toObject()
                 .value(QStringLiteral("via")).toString(),
             QStringLiteral("file:///home/ana/reviews/quiet%20harbour.txt"));
}

void TestWebAnnotation::roundTrip()
{
    Project project;
    InterchangeFixture::fill(&project);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("annotations.jsonld"));
    QString error;
    QVERIFY2(WebAnnotation::exportFile(project.data(), path, &error), qPrintable(error));

    Project target;
    InterchangeFixture::fillReviewsOnly(&target, project);
    const MergeResult result = WebAnnotation::importInto(&target, path);
    QVERIFY2(result.ok, qPrintable(result.error));
    InterchangeFixture::compareAnnotations(target, project);
    // The orphan stays an orphan: its words are still not in the text.
    QCOMPARE(target.review(2).orphans.size(), 1);
    QCOMPARE(target.review(2).orphans.first().id, project.review(2).orphans.first().id);
    QCOMPARE(target.review(2).orphans.first().note, project.review(2).orphans.first().note);
    QCOMPARE(result.report.orphaned, 1);
    QCOMPARE(result.report.placed, project.annotationCount());
    QCOMPARE(result.report.moved, 0);
    QCOMPARE(result.report.newTags, 0);
}

void TestWebAnnotation::importIsOneUndoStep()
{
    Project project;
    InterchangeFixture::fill(&project);
    QTemporaryDir dir;
    const QString path = writeTemp(dir, QStringLiteral("a.jsonld"), WebAnnotation::toJson(project.data()));
    Project target;
    InterchangeFixture::fillReviewsOnly(&target, project);
    QVERIFY(WebAnnotation::importInto(&target, path).ok);
    QCOMPARE(target.undoStack()->count(), 1);
    QVERIFY(target.isModified());
    target.undoStack()->undo();
    QCOMPARE(target.annotationCount(), 0);
    QCOMPARE(target.review(2).orphans.size(), 0);
    target.undoStack()->redo();
    InterchangeFixture::compareAnnotations(target, project);
}

void TestWebAnnotation::importTwiceAddsNothing()
{
    Project project;
    InterchangeFixture::fill(&project);
    QTemporaryDir dir;
    const QString path = writeTemp(dir, QStringLiteral("a.jsonld"), WebAnnotation::toJson(project.data()));
    const int before = project.annotationCount();
    const MergeResult result = WebAnnotation::importInto(&project, path);
    QVERIFY(result.ok);
    QCOMPARE(result.report.added(), 0);
    QCOMPARE(result.report.duplicates, before + 1);
    QCOMPARE(project.annotationCount(), before);
    QCOMPARE(project.undoStack()->count(), 0);
}

void TestWebAnnotation::reanchorOntoChangedText()
{
    Project project;
    InterchangeFixture::fill(&project);
    const QByteArray json = WebAnnotation::toJson(project.data());
    // The same review with words inserted before the spans and the last sentence gone.
    QVector<Review> reviews = project.reviews();
    for (Review &r : reviews) {
        r.annotations.clear();
        r.orphans.clear();
    }
    reviews[2].text = InterchangeFixture::text("Review by Ola Nowak\n\nFrankly, the ending is earned.\nThe pacing, however, is uneven.");
    reviews[0].text.insert(reviews[0].text.indexOf(QLatin1String("The harbour")), QStringLiteral("In short: "));
    Project target;
    target.reset(project.title(), project.tags(), reviews);
    QTemporaryDir dir;
    const QString path = writeTemp(dir, QStringLiteral("a.jsonld"), json);
    const MergeResult result = WebAnnotation::importInto(&target, path);
    QVERIFY2(result.ok, qPrintable(result.error));
    // Never dropped: every annotation landed or became an orphan.
    int total = 0;
    for (const Review &r : project.reviews())
        total += int(r.annotations.size() + r.orphans.size());
    int landed = 0;
    for (const Review &r : target.reviews())
        landed += int(r.annotations.size() + r.orphans.size());
    QCOMPARE(landed, total);
    QCOMPARE(result.report.added(), total);
    // Review A's spans moved by the inserted words and still read their quotes.
    const Review &a = target.review(0);
    QCOMPARE(a.annotations.size(), project.review(0).annotations.size());
    for (const Annotation &annotation : a.annotations)
        QCOMPARE(a.text.mid(annotation.start, annotation.length()), annotation.quote);
    QVERIFY(result.report.moved >= 4);
    // "The ending is earned" is found approximately ("the ending is earned"); "it stalls twice"
    // is gone: an orphan with its note.
    const Review &c = target.review(2);
    QCOMPARE(c.annotations.size(), 1);
    QCOMPARE(c.annotations.first().quote, QStringLiteral("the ending is earned"));
    QCOMPARE(c.orphans.size(), 2);
    bool stalls = false;
    for (const Annotation &orphan : c.orphans)
        stalls = stalls || (orphan.quote == QLatin1String("it stalls twice") && orphan.note == InterchangeFixture::text("😴 zzz"));
    QVERIFY(stalls);
}

void TestWebAnnotation::hypothesis()
{
    Project project;
    InterchangeFixture::fill(&project);
    Project target;
    InterchangeFixture::fillReviewsOnly(&target, project);
    const int tagCount = int(target.tags().size());
    const QString path = QStringLiteral(REVMARK_TEST_DATA "/interchange/hypothesis.json");
    const MergeResult result = WebAnnotation::importInto(&target, path);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.report.added(), 3);
    QCOMPARE(result.report.withoutPolarity, 3);
    QCOMPARE(result.report.orphaned, 1);
    // Found by quote in the right review although the web page's positions and URI mean nothing here.
    const Review &a = target.review(0);
    QCOMPARE(a.annotations.size(), 1);
    QCOMPARE(a.annotations.first().quote, QStringLiteral("the score swells where it should"));
    QCOMPARE(a.annotations.first().note, QStringLiteral("Agreed, the **score** is the best part."));
    QCOMPARE(a.annotations.first().tags, (QStringList{QStringLiteral("music"), AnnotationMerger::noPolarityTag()}));
    QCOMPARE(a.annotations.first().modified, QDateTime::fromString(QStringLiteral("2026-03-02T08:15:07Z"), Qt::ISODate));
    const Review &b = target.review(1);
    QCOMPARE(b.annotations.size(), 1);
    QCOMPARE(b.annotations.first().quote, QStringLiteral("the editing is sloppy"));
    QVERIFY(b.annotations.first().tags.contains(QStringLiteral("editing")));
    QVERIFY(target.tags().contains(QStringLiteral("editing")));
    QVERIFY(target.tags().contains(AnnotationMerger::noPolarityTag()));
    QCOMPARE(int(target.tags().size()), tagCount + 2);
    // The page note with a quote found nowhere is an orphan, never dropped.
    int orphans = 0;
    for (const Review &r : target.reviews())
        orphans += int(r.orphans.size());
    QCOMPARE(orphans, 1);
}

void TestWebAnnotation::noPolarityBecomesTaggedPraise()
{
    Project project;
    InterchangeFixture::fill(&project);
    Project target;
    InterchangeFixture::fillReviewsOnly(&target, project);
    const QByteArray json = R"({"@context": "http://www.w3.org/ns/anno.jsonld", "type": "Annotation",
        "body": {"type": "TextualBody", "value": "plain comment"},
        "target": {"source": "urn:uuid:a1b2c3d4-0000-4000-8000-000000000002",
                   "selector": {"type": "TextQuoteSelector", "exact": "The cast is superb"}}})";
    const WebAnnotation::ReadResult read = WebAnnotation::parse(json, QStringLiteral("one.jsonld"));
    QVERIFY2(read.ok, qPrintable(read.error));
    QCOMPARE(read.annotations.size(), 1);
    QVERIFY(!read.annotations.first().hasPolarity);
    const MergeResult merged = AnnotationMerger::merge(target.data(), {}, {}, read.annotations, QStringLiteral("one.jsonld"));
    QVERIFY(merged.ok);
    target.addImported(merged.content, QStringLiteral("Import"));
    const Review &b = target.review(1);
    QCOMPARE(b.annotations.size(), 1);
    QCOMPARE(b.annotations.first().polarity, Polarity::Praise);
    QCOMPARE(b.annotations.first().tags, QStringList{AnnotationMerger::noPolarityTag()});
    QCOMPARE(b.annotations.first().note, QStringLiteral("plain comment"));
    QVERIFY(merged.report.summary().contains(AnnotationMerger::noPolarityTag()));
}

void TestWebAnnotation::matchByFileWhenIdIsUnknown()
{
    Project project;
    InterchangeFixture::fill(&project);
    QVector<Review> reviews = project.reviews();
    reviews[1].sourcePath = QStringLiteral("/data/rtl.txt");
    Project target;
    target.reset(project.title(), project.tags(), {});
    Review copy = reviews[1];
    copy.annotations.clear();
    copy.id = QStringLiteral("ffffffff-0000-4000-8000-000000000099");
    target.reset(project.title(), project.tags(), {reviews[0], copy});
    const QByteArray json = R"([{"type": "Annotation",
        "body": [{"type": "TextualBody", "purpose": "assessing", "value": "criticism"}],
        "target": {"source": {"id": "urn:uuid:12345678-0000-4000-8000-000000000000", "via": "file:///data/rtl.txt"},
                   "selector": [{"type": "TextQuoteSelector", "exact": "is superb"},
                                {"type": "TextPositionSelector", "start": 0, "end": 4}]}}])";
    const WebAnnotation::ReadResult read = WebAnnotation::parse(json, QStringLiteral("x.json"));
    QVERIFY(read.ok);
    const MergeResult merged = AnnotationMerger::merge(target.data(), {}, {}, read.annotations, QStringLiteral("x.json"));
    QVERIFY(merged.ok);
    QCOMPARE(merged.content.annotations.value(copy.id).size(), 1);
    QCOMPARE(merged.content.annotations.value(copy.id).first().polarity, Polarity::Criticism);
    QCOMPARE(merged.content.annotations.value(copy.id).first().quote, QStringLiteral("is superb"));
}

void TestWebAnnotation::badInput_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("reason");
    QTest::newRow("not JSON") << QByteArray("{\"type\": ") << QStringLiteral("not valid JSON");
    QTest::newRow("other JSON") << QByteArray("{\"format\": \"revmark-project\"}")
                                << QStringLiteral("neither a W3C Web Annotation");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("not valid JSON");
    QTest::newRow("number") << QByteArray("42") << QStringLiteral("not valid JSON");
}

void TestWebAnnotation::badInput()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, reason);
    Project project;
    InterchangeFixture::fill(&project);
    const QByteArray before = ProjectFile::serialize(project);
    QTemporaryDir dir;
    const QString path = writeTemp(dir, QStringLiteral("bad.jsonld"), json);
    const MergeResult result = WebAnnotation::importInto(&project, path);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QStringLiteral("bad.jsonld")), qPrintable(result.error));
    QVERIFY2(result.error.contains(reason), qPrintable(result.error));
    QCOMPARE(ProjectFile::serialize(project), before);
    QCOMPARE(project.undoStack()->count(), 0);
}

void TestWebAnnotation::noReviews()
{
    Project project;
    InterchangeFixture::fill(&project);
    QTemporaryDir dir;
    const QString path = writeTemp(dir, QStringLiteral("a.jsonld"), WebAnnotation::toJson(project.data()));
    Project empty;
    const MergeResult result = WebAnnotation::importInto(&empty, path);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QStringLiteral("a.jsonld")), qPrintable(result.error));
    QCOMPARE(empty.undoStack()->count(), 0);
}

QTEST_GUILESS_MAIN(TestWebAnnotation)
#include "tst_webannotation.moc"
