// SPDX-License-Identifier: GPL-3.0-or-later
#include "anchoring/anchoring.h"
#include "modelcompare.h"
#include "project/project.h"
#include "project/projectfile.h"
#include "model/qtcompat.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#endif

using namespace Revmark;
using Revmark::Test::compareAnnotation;
using Revmark::Test::compareReview;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(REVMARK_TEST_DATA "/projects/") + name;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray("<unreadable>");
    return file.readAll();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

QDateTime at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

// U+1F3AC clapper board, U+1F30A wave, U+1F342 leaf.
const QString Clapper = QString::fromUtf8("\xF0\x9F\x8E\xAC");
const QString Wave = QString::fromUtf8("\xF0\x9F\x8C\x8A");
const QString Leaf = QString::fromUtf8("\xF0\x9F\x8D\x82");

Annotation annotationOver(const QString &id, const QString &text, const QString &quote, Polarity polarity,
                          const QStringList &tags = {}, const QString &note = {})
{
    Annotation a;
    a.id = id;
    a.start = int(text.indexOf(quote));
    a.end = a.start + int(quote.size());
    a.polarity = polarity;
    a.tags = tags;
    a.note = note;
    a.created = at("2024-05-06T07:08:09Z");
    a.modified = at("2024-05-07T01:02:03Z");
    Anchoring::fillQuote(text, &a);
    return a;
}

// A project that uses every field, with text outside the BMP before, inside and around spans.
ProjectData richData()
{
    ProjectData data;
    data.title = QStringLiteral("Festival ") + Wave + QStringLiteral(" notes");
    data.tags = QStringList{QStringLiteral("performances"), QString::fromUtf8("mise-en-sc\xC3\xA8ne"), QStringLiteral("music"),
                 QStringLiteral("tone ") + Leaf};

    Review r1;
    r1.id = QStringLiteral("rev-one");
    r1.title = Clapper + QStringLiteral(" Salt Road");
    r1.author = QString::fromUtf8("Ana\xC3\xAFs K\xC3\xB6hler");
    r1.outlet = QStringLiteral("Quarterly Frame");
    r1.text = Clapper + Clapper + QStringLiteral(" Bright ") + Wave
        + QStringLiteral(" and bold.\n\nA tender ") + Leaf + QStringLiteral(" finale, then silence.");
    r1.sourcePath = QStringLiteral("/data/reviews/salt road.html");
    r1.format = SourceFormat::Html;
    r1.importedAt = at("2024-05-01T12:00:00Z");
    r1.grade = Grade{QString::fromUtf8("\xE2\x98\x85\xE2\x98\x85\xE2\x98\x85\xC2\xBD"), 70, false};
    r1.language = QStringLiteral("fr");
    r1.annotations = {
        annotationOver(QStringLiteral("a-emoji"), r1.text, Clapper + Clapper, Polarity::Praise),
        annotationOver(QStringLiteral("a-bright"), r1.text, QStringLiteral("Bright"), Polarity::Praise,
                       {QStringLiteral("performances"), QStringLiteral("tone ") + Leaf},
                       QStringLiteral("Line one.\nLine two\twith a tab.\n") + Wave),
        annotationOver(QStringLiteral("a-finale"), r1.text, QStringLiteral("tender ") + Leaf + QStringLiteral(" finale"),
                       Polarity::Criticism, {QString::fromUtf8("mise-en-sc\xC3\xA8ne")},
                       QStringLiteral("\"Quoted\" and \\ backslash")),
        annotationOver(QStringLiteral("a-end"), r1.text, QStringLiteral("silence."), Polarity::Criticism),
    };
    r1.annotations[3].created = QDateTime(); // never set: stays unset
    r1.annotations[3].modified = QDateTime();

    Review r2;
    r2.id = QStringLiteral("rev-two");
    r2.title = QStringLiteral("Plain");
    r2.text = QStringLiteral("Nothing outside the BMP here.");
    r2.format = SourceFormat::Markdown;
    r2.importedAt = at("2024-05-02T00:00:00Z");
    r2.grade = Grade{QString(), -1, true}; // the user said: no grade
    r2.annotations = {annotationOver(QStringLiteral("b-1"), r2.text, QStringLiteral("Nothing"), Polarity::Criticism,
                                     {QStringLiteral("music")})};

    Review r3;
    r3.id = QStringLiteral("rev-empty");
    r3.title = QStringLiteral("Empty text");

    data.reviews = {r1, r2, r3};
    return data;
}

void compareData(const QVector<Review> &actual, const QVector<Review> &expected)
{
    QCOMPARE(int(actual.size()), int(expected.size()));
    for (int i = 0; i < actual.size(); ++i) {
        compareReview(actual.at(i), expected.at(i));
        if (QTest::currentTestFailed())
            return;
    }
}

// Checks that in indented JSON the keys of every object appear in sorted order.
void checkKeysSorted(const QByteArray &json)
{
    QHash<int, QByteArray> lastKeyAtIndent;
    int checked = 0;
    for (const QByteArray &line : json.split('\n')) {
        int indent = 0;
        while (indent < line.size() && line.at(indent) == ' ')
            ++indent;
        const QByteArray trimmed = line.trimmed();
        // Leaving an object (or array) forgets the keys deeper than this line.
        for (auto it = lastKeyAtIndent.begin(); it != lastKeyAtIndent.end();) {
            if (it.key() > indent)
                it = lastKeyAtIndent.erase(it);
            else
                ++it;
        }
        if (!trimmed.startsWith('"'))
            continue;
        const int close = int(trimmed.indexOf("\": "));
        if (close < 0)
            continue; // a string inside an array
        const QByteArray key = trimmed.mid(1, close - 1);
        if (lastKeyAtIndent.contains(indent))
            QVERIFY2(lastKeyAtIndent.value(indent) < key,
                     (lastKeyAtIndent.value(indent) + " before " + key).constData());
        lastKeyAtIndent.insert(indent, key);
        ++checked;
    }
    QVERIFY(checked > 10);
}

QStringList entriesOf(const QString &dirPath)
{
    return QDir(dirPath).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

} // namespace

class TestProjectFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadValidFixture();
    void roundTrip();
    void storesCodePointOffsets();
    void emptyTagListStaysEmpty();
    void serializeIsDeterministic();
    void serializeSortsAnnotations();
    void resaveIsIdentical();

    void saveIntoMissingDirectoryFails();
    void saveBelowAFileFails();
    void saveIntoReadOnlyDirectoryFails();
    void failedSaveLeavesExistingFile_data();
    void failedSaveLeavesExistingFile();
    void saveReplacesExistingFile();

    void loadErrors_data();
    void loadErrors();
    void loadMissingFile();
    void loadDirectory();
    void loadEveryTruncation();
    void loadIntoSucceeds();
    void loadIntoFailureLeavesProject_data();
    void loadIntoFailureLeavesProject();

    void repairDuplicateIds();
    void repairMismatchedOffsets();
    void repairOffsetsOutOfRange();

    void orphansSurviveSaveAndLoad();
    void noOrphansKeyWhenThereAreNone();
    void orphansKeyMustBeAList();
    void gradeKeyOnlyWhenThereIsOne();
    void languageKeyOnlyWhenKnown();
    void setAsideSurvivesSaveAndLoadInCodePoints();
    void setAsideIsRepairedOrRefused_data();
    void setAsideIsRepairedOrRefused();
    void repairReanchorsFuzzyAndOrphans();

    void limits_data();
    void limits();
    void millionsOfAnnotationsAreRefused();
    void repairWorkIsBounded();

    void backupKeepsPreviousVersion();
    void failedBackupStillSaves();
    void whyNotWritable();
};

void TestProjectFile::loadValidFixture()
{
    const ProjectLoadResult result = ProjectFile::load(fixture(QStringLiteral("valid-v1.revmark")));
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(result.error.isEmpty());
    QCOMPARE(result.warnings, QStringList());
    const ProjectData &data = result.data;
    QCOMPARE(data.title, QStringLiteral("Autumn festival"));
    QCOMPARE(data.tags, (QStringList{QStringLiteral("performances"), QStringLiteral("music"), QStringLiteral("pacing"),
                                     QStringLiteral("ending"), QStringLiteral("cinematography")}));
    QCOMPARE(data.reviews.size(), 2);

    const Review &r1 = data.reviews.at(0);
    QCOMPARE(r1.id, QStringLiteral("rev-harbour"));
    QCOMPARE(r1.title, QStringLiteral("Harbour Lights"));
    QCOMPARE(r1.author, QStringLiteral("Ines Valcourt"));
    QCOMPARE(r1.outlet, QStringLiteral("The Weekly Lens"));
    QCOMPARE(r1.format, SourceFormat::PlainText);
    QCOMPARE(r1.sourcePath, QStringLiteral("/home/reader/reviews/harbour.txt"));
    QCOMPARE(r1.importedAt, at("2024-03-01T09:30:00Z"));
    QCOMPARE(r1.textSha256(), QStringLiteral("9e901ba71e248b3ddc7dba93d5c7429d45705ca1d7a32fff8ecbc6d7f0398aa1"));
    QCOMPARE(r1.annotations.size(), 2);
    const Annotation &a1 = r1.annotations.at(0);
    QCOMPARE(a1.id, QStringLiteral("ann-1"));
    QCOMPARE(a1.start, 11);
    QCOMPARE(a1.end, 19);
    QCOMPARE(a1.polarity, Polarity::Praise);
    QCOMPARE(a1.note, QStringLiteral("Lovely word.\nKeep it for the summary."));
    QCOMPARE(a1.tags, QStringList{QStringLiteral("cinematography")});
    QCOMPARE(a1.created, at("2024-03-02T10:00:00Z"));
    QCOMPARE(a1.modified, at("2024-03-02T10:05:00Z"));
    // After the emoji, the file's code point offsets 57-76 are UTF-16 58-77.
    const Annotation &a2 = r1.annotations.at(1);
    QCOMPARE(a2.start, 58);
    QCOMPARE(a2.end, 77);
    QCOMPARE(r1.text.mid(a2.start, a2.length()), QStringLiteral("ending feels rushed"));
    QCOMPARE(a2.quote, QStringLiteral("ending feels rushed"));
    QCOMPARE(a2.polarity, Polarity::Criticism);
    QCOMPARE(a2.tags, (QStringList{QStringLiteral("pacing"), QStringLiteral("ending")}));

    const Review &r2 = data.reviews.at(1);
    QCOMPARE(r2.format, SourceFormat::Markdown);
    QCOMPARE(r2.outlet, QString());
    QCOMPARE(r2.annotations.size(), 1);
    QCOMPARE(r2.annotations.at(0).id, QStringLiteral("ann-1")); // ids are unique per review only
    QCOMPARE(r2.text.mid(r2.annotations.at(0).start, r2.annotations.at(0).length()), QStringLiteral("wonderful"));
}

void TestProjectFile::roundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const ProjectData data = richData();
    Project project;
    project.reset(data.title, data.tags, data.reviews);
    const QString path = dir.filePath(QStringLiteral("round trip.revmark"));
    QString error = QStringLiteral("untouched");
    QVERIFY2(ProjectFile::save(project, path, &error), qPrintable(error));

    const ProjectLoadResult result = ProjectFile::load(path);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.warnings, QStringList());
    QCOMPARE(result.data.title, data.title);
    QCOMPARE(result.data.tags, data.tags);
    compareData(result.data.reviews, data.reviews);
    if (QTest::currentTestFailed())
        return;
    // The spans read the same words as before.
    const Review &r1 = result.data.reviews.at(0);
    QCOMPARE(r1.text.mid(r1.annotations.at(2).start, r1.annotations.at(2).length()),
             QStringLiteral("tender ") + Leaf + QStringLiteral(" finale"));
    QVERIFY(!result.data.reviews.at(0).annotations.at(3).created.isValid());
}

void TestProjectFile::storesCodePointOffsets()
{
    const ProjectData data = richData();
    const QJsonDocument doc = QJsonDocument::fromJson(ProjectFile::serialize(data));
    QVERIFY(doc.isObject());
    const QJsonArray reviews = doc.object().value(QStringLiteral("reviews")).toArray();
    QCOMPARE(reviews.size(), 3);
    const QJsonArray annotations = reviews.at(0).toObject().value(QStringLiteral("annotations")).toArray();
    QCOMPARE(annotations.size(), 4);
    const Review &r1 = data.reviews.at(0);

    // The two emoji at the very start: UTF-16 0-4, code points 0-2.
    QCOMPARE(r1.annotations.at(0).start, 0);
    QCOMPARE(r1.annotations.at(0).end, 4);
    QCOMPARE(annotations.at(0).toObject().value(QStringLiteral("start")).toInt(), 0);
    QCOMPARE(annotations.at(0).toObject().value(QStringLiteral("end")).toInt(), 2);
    // "Bright" after two emoji: two less than its UTF-16 offsets.
    QCOMPARE(annotations.at(1).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("a-bright"));
    QCOMPARE(annotations.at(1).toObject().value(QStringLiteral("start")).toInt(), r1.annotations.at(1).start - 2);
    QCOMPARE(annotations.at(1).toObject().value(QStringLiteral("end")).toInt(), r1.annotations.at(1).end - 2);
    // "tender <leaf> finale": three emoji before it, one inside it.
    QCOMPARE(annotations.at(2).toObject().value(QStringLiteral("start")).toInt(), r1.annotations.at(2).start - 3);
    QCOMPARE(annotations.at(2).toObject().value(QStringLiteral("end")).toInt(), r1.annotations.at(2).end - 4);
    QCOMPARE(annotations.at(3).toObject().value(QStringLiteral("end")).toInt(),
             int(r1.text.toUcs4().size()));
    // Without pairs the two agree.
    const QJsonObject plain =
        reviews.at(1).toObject().value(QStringLiteral("annotations")).toArray().at(0).toObject();
    QCOMPARE(plain.value(QStringLiteral("start")).toInt(), 0);
    QCOMPARE(plain.value(QStringLiteral("end")).toInt(), 7);
    // The quote selector and the other fields are stored as documented.
    const QJsonObject bright = annotations.at(1).toObject();
    QCOMPARE(bright.value(QStringLiteral("quote")).toObject().value(QStringLiteral("exact")).toString(),
             QStringLiteral("Bright"));
    QCOMPARE(bright.value(QStringLiteral("polarity")).toString(), QStringLiteral("praise"));
    QCOMPARE(bright.value(QStringLiteral("created")).toString(), QStringLiteral("2024-05-06T07:08:09Z"));
    QCOMPARE(doc.object().value(QStringLiteral("version")).toInt(), 1);
    QCOMPARE(doc.object().value(QStringLiteral("format")).toString(), QStringLiteral("revmark-project"));
    QCOMPARE(reviews.at(0).toObject().value(QStringLiteral("source")).toObject().value(QStringLiteral("format")).toString(),
             QStringLiteral("html"));
}

void TestProjectFile::emptyTagListStaysEmpty()
{
    ProjectData data = richData();
    data.tags.clear();
    const ProjectLoadResult result = ProjectFile::parse(ProjectFile::serialize(data), QStringLiteral("x.revmark"));
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.data.tags, QStringList());
}

void TestProjectFile::serializeIsDeterministic()
{
    const ProjectData data = richData();
    const QByteArray first = ProjectFile::serialize(data);
    QCOMPARE(ProjectFile::serialize(data), first);
    Project project;
    project.reset(data.title, data.tags, data.reviews);
    QCOMPARE(ProjectFile::serialize(project), first);
    checkKeysSorted(first);

    // Two projects loaded from one file write the same bytes.
    Project a;
    Project b;
    QVERIFY(ProjectFile::loadInto(&a, fixture(QStringLiteral("valid-v1.revmark"))).ok);
    QVERIFY(ProjectFile::loadInto(&b, fixture(QStringLiteral("valid-v1.revmark"))).ok);
    QCOMPARE(ProjectFile::serialize(a), ProjectFile::serialize(b));
    checkKeysSorted(ProjectFile::serialize(a));
}

void TestProjectFile::serializeSortsAnnotations()
{
    ProjectData data = richData();
    QVector<Annotation> &annotations = data.reviews[0].annotations;
    std::reverse(annotations.begin(), annotations.end());
    // Same span twice: the id decides.
    Annotation twin = annotationOver(QStringLiteral("a-bright-0"), data.reviews.at(0).text, QStringLiteral("Bright"),
                                     Polarity::Criticism);
    annotations.prepend(twin);
    const QJsonDocument doc = QJsonDocument::fromJson(ProjectFile::serialize(data));
    const QJsonArray stored =
        doc.object().value(QStringLiteral("reviews")).toArray().at(0).toObject().value(QStringLiteral("annotations")).toArray();
    QStringList ids;
    for (const QJsonValue &v : stored)
        ids.append(v.toObject().value(QStringLiteral("id")).toString());
    QCOMPARE(ids, (QStringList{QStringLiteral("a-emoji"), QStringLiteral("a-bright"), QStringLiteral("a-bright-0"),
                               QStringLiteral("a-finale"), QStringLiteral("a-end")}));
    // The order given does not matter at all.
    ProjectData sorted = richData();
    sorted.reviews[0].annotations.insert(2, twin);
    QCOMPARE(ProjectFile::serialize(data), ProjectFile::serialize(sorted));
}

void TestProjectFile::resaveIsIdentical()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Project project;
    const ProjectLoadResult loaded = ProjectFile::loadInto(&project, fixture(QStringLiteral("valid-v1.revmark")));
    QVERIFY2(loaded.ok, qPrintable(loaded.error));
    const QString path = dir.filePath(QStringLiteral("again.revmark"));
    QString error;
    QVERIFY2(ProjectFile::save(project, path, &error), qPrintable(error));
    // The fixture is written in the canonical form, so saving it again gives the same bytes.
    QCOMPARE(readAll(path), readAll(fixture(QStringLiteral("valid-v1.revmark"))));
    Project again;
    QVERIFY(ProjectFile::loadInto(&again, path).ok);
    QCOMPARE(ProjectFile::serialize(again), ProjectFile::serialize(project));
}

void TestProjectFile::saveIntoMissingDirectoryFails()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Project project;
    const QString path = dir.filePath(QStringLiteral("no-such-folder/out.revmark"));
    QString error;
    QVERIFY(!ProjectFile::save(project, path, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(entriesOf(dir.path()), QStringList());
}

void TestProjectFile::saveBelowAFileFails()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeFile(dir.filePath(QStringLiteral("plain.txt")), "not a folder"));
    Project project;
    const QString path = dir.filePath(QStringLiteral("plain.txt/out.revmark"));
    QString error;
    QVERIFY(!ProjectFile::save(project, path, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QCOMPARE(readAll(dir.filePath(QStringLiteral("plain.txt"))), QByteArray("not a folder"));
}

void TestProjectFile::saveIntoReadOnlyDirectoryFails()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString locked = dir.filePath(QStringLiteral("locked"));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("locked")));
    const QString existing = locked + QStringLiteral("/existing.revmark");
    const QByteArray original("{\"format\": \"revmark-project\", \"version\": 1}\n");
    QVERIFY(writeFile(existing, original));
    QVERIFY(QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    struct Unlock
    {
        QString path;
        ~Unlock() { QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner); }
    } unlock{locked};
    {
        QFile probe(locked + QStringLiteral("/probe"));
        if (probe.open(QIODevice::WriteOnly)) {
            probe.close();
            probe.remove();
            QSKIP("Permissions are not enforced here (running as root?); see failedSaveLeavesExistingFile.");
        }
    }
    const QStringList before = entriesOf(locked);
    Project project;
    project.setTitle(QStringLiteral("Would replace"));
    QString error;
    const QString fresh = locked + QStringLiteral("/new.revmark");
    QVERIFY(!ProjectFile::save(project, fresh, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(fresh)), qPrintable(error));
    QVERIFY(!QFile::exists(fresh));

    error.clear();
    QVERIFY(!ProjectFile::save(project, existing, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(existing)), qPrintable(error));
    QCOMPARE(readAll(existing), original);
    QCOMPARE(entriesOf(locked), before);
}

void TestProjectFile::failedSaveLeavesExistingFile_data()
{
    QTest::addColumn<int>("extraReviewLength");
    // Small output stays in QSaveFile's write buffer until commit; large output is written at once.
    QTest::newRow("buffered") << 0;
    QTest::newRow("large") << 200000;
}

void TestProjectFile::failedSaveLeavesExistingFile()
{
#ifdef Q_OS_UNIX
    QFETCH(int, extraReviewLength);
    // A full disk, simulated with a file size limit (which holds for root too): writing the new
    // content fails, and the old file must survive whole, with no temporary left beside it.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("keep.revmark"));
    const QByteArray original("{\"format\": \"revmark-project\", \"version\": 1}\n");
    QVERIFY(writeFile(path, original));
    Project project;
    ProjectData data = richData();
    if (extraReviewLength > 0) {
        Review big;
        big.id = QStringLiteral("rev-big");
        big.text = QString(extraReviewLength, QLatin1Char('w'));
        data.reviews.append(big);
    }
    project.reset(data.title, data.tags, data.reviews);
    QVERIFY(ProjectFile::serialize(project).size() > 1024 + extraReviewLength);

    bool saved = true;
    QString error;
    {
        rlimit oldLimit{};
        QVERIFY(getrlimit(RLIMIT_FSIZE, &oldLimit) == 0);
        struct Restore
        {
            rlimit limit;
            void (*handler)(int);
            ~Restore()
            {
                setrlimit(RLIMIT_FSIZE, &limit);
                std::signal(SIGXFSZ, handler);
            }
        } restore{oldLimit, std::signal(SIGXFSZ, SIG_IGN)};
        rlimit small = oldLimit;
        small.rlim_cur = 256;
        QVERIFY(setrlimit(RLIMIT_FSIZE, &small) == 0);
        // Nothing may be logged until the limit is lifted again.
        saved = ProjectFile::save(project, path, &error);
    }
    QVERIFY(!saved);
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QCOMPARE(readAll(path), original);
    QCOMPARE(entriesOf(dir.path()), QStringList{QStringLiteral("keep.revmark")});
#else
    QSKIP("Needs RLIMIT_FSIZE");
#endif
}

void TestProjectFile::saveReplacesExistingFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("replace.revmark"));
    QVERIFY(writeFile(path, QByteArray(10000, 'x')));
    Project project;
    const ProjectData data = richData();
    project.reset(data.title, data.tags, data.reviews);
    QString error = QStringLiteral("stale");
    QVERIFY(ProjectFile::save(project, path, &error));
    QCOMPARE(readAll(path), ProjectFile::serialize(project));
    QCOMPARE(entriesOf(dir.path()), QStringList{QStringLiteral("replace.revmark")});
}

void TestProjectFile::loadErrors_data()
{
    QTest::addColumn<QString>("fixtureName");
    QTest::addColumn<QByteArray>("content"); // written to a temporary file when fixtureName is empty
    QTest::addColumn<QStringList>("fragments");

    QTest::newRow("empty file") << QStringLiteral("empty.revmark") << QByteArray() << QStringList{QStringLiteral("empty")};
    QTest::newRow("only white space") << QString() << QByteArray(" \n\t\n") << QStringList{QStringLiteral("empty")};
    QTest::newRow("corrupt JSON") << QStringLiteral("corrupt.revmark") << QByteArray()
                                  << QStringList{QStringLiteral("not a valid project file")};
    QTest::newRow("truncated fixture") << QStringLiteral("truncated.revmark") << QByteArray()
                                       << QStringList{QStringLiteral("truncated")};
    QTest::newRow("valid file cut in half")
        << QString() << readAll(fixture(QStringLiteral("valid-v1.revmark"))).left(readAll(fixture(QStringLiteral("valid-v1.revmark"))).size() / 2)
        << QStringList{QStringLiteral("truncated")};
    QTest::newRow("binary garbage") << QString() << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)
                                    << QStringList{QStringLiteral("not a valid project file")};
    QTest::newRow("other JSON object") << QStringLiteral("not-revmark.revmark") << QByteArray()
                                       << QStringList{QStringLiteral("not a Revmark project file")};
    QTest::newRow("JSON array") << QStringLiteral("array.revmark") << QByteArray()
                                << QStringList{QStringLiteral("not a Revmark project file")};
    QTest::newRow("format key not text") << QString() << QByteArray("{\"format\": 1, \"version\": 1}")
                                         << QStringList{QStringLiteral("not a Revmark project file")};
    QTest::newRow("newer version") << QStringLiteral("newer-version.revmark") << QByteArray()
                                   << QStringList{QStringLiteral("newer version"), QStringLiteral("99")};
    QTest::newRow("version missing") << QString() << QByteArray("{\"format\": \"revmark-project\"}")
                                     << QStringList{QStringLiteral("version")};
    QTest::newRow("version as text") << QString() << QByteArray("{\"format\": \"revmark-project\", \"version\": \"1\"}")
                                     << QStringList{QStringLiteral("version")};
    QTest::newRow("version zero") << QString() << QByteArray("{\"format\": \"revmark-project\", \"version\": 0}")
                                  << QStringList{QStringLiteral("version")};
    QTest::newRow("version fraction") << QString() << QByteArray("{\"format\": \"revmark-project\", \"version\": 1.5}")
                                      << QStringList{QStringLiteral("version")};
    QTest::newRow("text is a number") << QStringLiteral("wrong-type-text.revmark") << QByteArray()
                                      << QStringList{QString::fromUtf8("\xE2\x80\x9Ctext\xE2\x80\x9D"),
                                                     QStringLiteral("review 1")};
    QTest::newRow("annotations not a list")
        << QStringLiteral("wrong-type-annotations.revmark") << QByteArray()
        << QStringList{QString::fromUtf8("\xE2\x80\x9C" "annotations\xE2\x80\x9D"), QStringLiteral("not a list")};
    QTest::newRow("start is a string") << QStringLiteral("wrong-type-start.revmark") << QByteArray()
                                       << QStringList{QString::fromUtf8("\xE2\x80\x9Cstart\xE2\x80\x9D"),
                                                      QStringLiteral("annotation 1 of review 1")};
    QTest::newRow("reviews not a list")
        << QString() << QByteArray("{\"format\": \"revmark-project\", \"version\": 1, \"reviews\": {}}")
        << QStringList{QString::fromUtf8("\xE2\x80\x9Creviews\xE2\x80\x9D")};
    QTest::newRow("review not an object")
        << QString() << QByteArray("{\"format\": \"revmark-project\", \"version\": 1, \"reviews\": [\"text\"]}")
        << QStringList{QStringLiteral("review 1")};
    QTest::newRow("review without text")
        << QString() << QByteArray("{\"format\": \"revmark-project\", \"version\": 1, \"reviews\": [{\"id\": \"r\"}]}")
        << QStringList{QString::fromUtf8("\xE2\x80\x9Ctext\xE2\x80\x9D")};
    QTest::newRow("tags hold a number")
        << QString() << QByteArray("{\"format\": \"revmark-project\", \"version\": 1, \"tags\": [\"a\", 2]}")
        << QStringList{QString::fromUtf8("\xE2\x80\x9Ctags\xE2\x80\x9D")};
    QTest::newRow("unknown polarity")
        << QString()
        << QByteArray("{\"format\": \"revmark-project\", \"version\": 1, \"reviews\": [{\"text\": \"Fine film.\", "
                      "\"annotations\": [{\"start\": 0, \"end\": 4, \"polarity\": \"meh\"}]}]}")
        << QStringList{QStringLiteral("meh")};
    QTest::newRow("start is fractional")
        << QString()
        << QByteArray("{\"format\": \"revmark-project\", \"version\": 1, \"reviews\": [{\"text\": \"Fine film.\", "
                      "\"annotations\": [{\"start\": 0.5, \"end\": 4, \"polarity\": \"praise\"}]}]}")
        << QStringList{QString::fromUtf8("\xE2\x80\x9Cstart\xE2\x80\x9D")};
    QTest::newRow("start is huge")
        << QString()
        << QByteArray("{\"format\": \"revmark-project\", \"version\": 1, \"reviews\": [{\"text\": \"Fine film.\", "
                      "\"annotations\": [{\"start\": 1e300, \"end\": 4, \"polarity\": \"praise\"}]}]}")
        << QStringList{QString::fromUtf8("\xE2\x80\x9Cstart\xE2\x80\x9D")};
    QTest::newRow("language is a number")
        << QString()
        << QByteArray("{\"format\": \"revmark-project\", \"version\": 1, \"reviews\": [{\"text\": \"Fine film.\", "
                      "\"language\": 7}]}")
        << QStringList{QString::fromUtf8("\xE2\x80\x9Clanguage\xE2\x80\x9D")};
    QTest::newRow("language is not a code")
        << QString()
        << QByteArray("{\"format\": \"revmark-project\", \"version\": 1, \"reviews\": [{\"text\": \"Fine film.\", "
                      "\"language\": \"English\"}]}")
        << QStringList{QString::fromUtf8("\xE2\x80\x9Clanguage\xE2\x80\x9D")};
    QTest::newRow("grade not an object")
        << QString()
        << QByteArray("{\"format\": \"revmark-project\", \"version\": 1, \"reviews\": [{\"text\": \"Fine film.\", "
                      "\"grade\": \"B\"}]}")
        << QStringList{QString::fromUtf8("\xE2\x80\x9Cgrade\xE2\x80\x9D")};
    QTest::newRow("grade value out of range")
        << QString()
        << QByteArray("{\"format\": \"revmark-project\", \"version\": 1, \"reviews\": [{\"text\": \"Fine film.\", "
                      "\"grade\": {\"raw\": \"7/5\", \"value\": 140}}]}")
        << QStringList{QString::fromUtf8("\xE2\x80\x9C" "value\xE2\x80\x9D"), QStringLiteral("100")};
    QTest::newRow("grade value is text")
        << QString()
        << QByteArray("{\"format\": \"revmark-project\", \"version\": 1, \"reviews\": [{\"text\": \"Fine film.\", "
                      "\"grade\": {\"raw\": \"B\", \"value\": \"80\"}}]}")
        << QStringList{QString::fromUtf8("\xE2\x80\x9C" "value\xE2\x80\x9D")};
    QTest::newRow("grade raw is a number")
        << QString()
        << QByteArray("{\"format\": \"revmark-project\", \"version\": 1, \"reviews\": [{\"text\": \"Fine film.\", "
                      "\"grade\": {\"raw\": 4, \"value\": 80}}]}")
        << QStringList{QString::fromUtf8("\xE2\x80\x9Craw\xE2\x80\x9D")};
    QTest::newRow("grade corrected is text")
        << QString()
        << QByteArray("{\"format\": \"revmark-project\", \"version\": 1, \"reviews\": [{\"text\": \"Fine film.\", "
                      "\"grade\": {\"raw\": \"B\", \"value\": 80, \"corrected\": \"yes\"}}]}")
        << QStringList{QString::fromUtf8("\xE2\x80\x9C" "corrected\xE2\x80\x9D")};
    QTest::newRow("quote not an object")
        << QString()
        << QByteArray("{\"format\": \"revmark-project\", \"version\": 1, \"reviews\": [{\"text\": \"Fine film.\", "
                      "\"annotations\": [{\"start\": 0, \"end\": 4, \"polarity\": \"praise\", \"quote\": \"Fine\"}]}]}")
        << QStringList{QString::fromUtf8("\xE2\x80\x9Cquote\xE2\x80\x9D")};
}

void TestProjectFile::loadErrors()
{
    QFETCH(QString, fixtureName);
    QFETCH(QByteArray, content);
    QFETCH(QStringList, fragments);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString path;
    if (fixtureName.isEmpty()) {
        path = dir.filePath(QStringLiteral("generated.revmark"));
        QVERIFY(writeFile(path, content));
    } else {
        path = fixture(fixtureName);
        QVERIFY2(QFile::exists(path), qPrintable(path));
    }
    const ProjectLoadResult result = ProjectFile::load(path);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QDir::toNativeSeparators(path)), qPrintable(result.error));
    for (const QString &fragment : fragments)
        QVERIFY2(result.error.contains(fragment), qPrintable(result.error + QStringLiteral(" lacks ") + fragment));
    QVERIFY(result.data.reviews.isEmpty());
    QVERIFY(result.data.title.isEmpty());
}

void TestProjectFile::loadMissingFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("gone.revmark"));
    const ProjectLoadResult result = ProjectFile::load(path);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QDir::toNativeSeparators(path)), qPrintable(result.error));
    QVERIFY(!QFile::exists(path));
}

void TestProjectFile::loadDirectory()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("folder.revmark"));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder.revmark")));
    const ProjectLoadResult result = ProjectFile::load(path);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QDir::toNativeSeparators(path)), qPrintable(result.error));
    QVERIFY2(result.error.contains(QStringLiteral("folder")), qPrintable(result.error));
}

void TestProjectFile::loadEveryTruncation()
{
    // Any cut before the closing brace is an error naming the file, never a crash or a partial load.
    const QByteArray full = readAll(fixture(QStringLiteral("valid-v1.revmark")));
    const int lastBrace = int(full.lastIndexOf('}'));
    QVERIFY(lastBrace > 100);
    for (int cut = 0; cut < lastBrace; cut += 7) {
        const ProjectLoadResult result = ProjectFile::parse(full.left(cut), QStringLiteral("cut.revmark"));
        QVERIFY2(!result.ok, qPrintable(QString::number(cut)));
        QVERIFY2(result.error.contains(QStringLiteral("cut.revmark")), qPrintable(result.error));
    }
    QVERIFY(ProjectFile::parse(full.left(lastBrace + 1), QStringLiteral("cut.revmark")).ok);
}

void TestProjectFile::loadIntoSucceeds()
{
    Project project;
    project.addReviews({Review{}});
    QVERIFY(project.isModified());
    QSignalSpy reset(&project, &Project::projectReset);
    const ProjectLoadResult result = ProjectFile::loadInto(&project, fixture(QStringLiteral("valid-v1.revmark")));
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(project.filePath(), QFileInfo(fixture(QStringLiteral("valid-v1.revmark"))).absoluteFilePath());
    QCOMPARE(project.title(), QStringLiteral("Autumn festival"));
    QCOMPARE(project.reviewCount(), 2);
    QCOMPARE(project.annotationCount(), 3);
    QCOMPARE(project.undoStack()->count(), 0);
    QVERIFY(!project.isModified());
}

void TestProjectFile::loadIntoFailureLeavesProject_data()
{
    QTest::addColumn<QString>("fixtureName");
    QTest::newRow("missing") << QStringLiteral("does-not-exist.revmark");
    QTest::newRow("empty") << QStringLiteral("empty.revmark");
    QTest::newRow("corrupt") << QStringLiteral("corrupt.revmark");
    QTest::newRow("truncated") << QStringLiteral("truncated.revmark");
    QTest::newRow("not revmark") << QStringLiteral("not-revmark.revmark");
    QTest::newRow("newer version") << QStringLiteral("newer-version.revmark");
    QTest::newRow("text is a number") << QStringLiteral("wrong-type-text.revmark");
    QTest::newRow("annotations not a list") << QStringLiteral("wrong-type-annotations.revmark");
    QTest::newRow("start is a string") << QStringLiteral("wrong-type-start.revmark");
    QTest::newRow("directory") << QString();
}

void TestProjectFile::loadIntoFailureLeavesProject()
{
    QFETCH(QString, fixtureName);
    const QString path = fixtureName.isEmpty() ? QStringLiteral(REVMARK_TEST_DATA "/projects") : fixture(fixtureName);

    Project project;
    const ProjectData data = richData();
    project.reset(data.title, data.tags, data.reviews);
    project.setFilePath(QStringLiteral("/somewhere/current.revmark"));
    project.setAnnotationNote(QStringLiteral("rev-two"), QStringLiteral("b-1"), QStringLiteral("unsaved edit"));
    project.setTags({QStringLiteral("music")});
    project.undoStack()->undo();
    const QByteArray before = ProjectFile::serialize(project);
    QSignalSpy reset(&project, &Project::projectReset);
    QSignalSpy modified(&project, &Project::modifiedChanged);

    const ProjectLoadResult result = ProjectFile::loadInto(&project, path);
    QVERIFY(!result.ok);
    QVERIFY(!result.error.isEmpty());
    QCOMPARE(ProjectFile::serialize(project), before);
    QCOMPARE(project.filePath(), QStringLiteral("/somewhere/current.revmark"));
    QCOMPARE(project.undoStack()->count(), 2);
    QCOMPARE(project.undoStack()->index(), 1);
    QVERIFY(project.isModified());
    QCOMPARE(reset.count(), 0);
    QCOMPARE(modified.count(), 0);
}

void TestProjectFile::repairDuplicateIds()
{
    const ProjectLoadResult result = ProjectFile::load(fixture(QStringLiteral("duplicate-ids.revmark")));
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.warnings.size(), 1);
    QVERIFY2(result.warnings.at(0).contains(QStringLiteral("duplicate")), qPrintable(result.warnings.at(0)));
    QVERIFY2(result.warnings.at(0).contains(QStringLiteral("annotation 2")), qPrintable(result.warnings.at(0)));
    const Review &review = result.data.reviews.at(0);
    QCOMPARE(review.annotations.size(), 2);
    // The first keeps its id, the second gets a new one; nothing else changes.
    QCOMPARE(review.annotations.at(0).id, QStringLiteral("ann-dup"));
    QCOMPARE(review.annotations.at(0).note, QStringLiteral("first"));
    QVERIFY(!review.annotations.at(1).id.isEmpty());
    QVERIFY(review.annotations.at(1).id != QStringLiteral("ann-dup"));
    QCOMPARE(review.annotations.at(1).note, QStringLiteral("second"));
    QCOMPARE(review.annotations.at(1).quote, QStringLiteral("patient"));

    // Loaded into a project, both can be edited separately.
    Project project;
    QVERIFY(ProjectFile::loadInto(&project, fixture(QStringLiteral("duplicate-ids.revmark"))).ok);
    const QString newId = project.review(0).annotations.at(0).id == QStringLiteral("ann-dup")
        ? project.review(0).annotations.at(1).id
        : project.review(0).annotations.at(0).id;
    project.setAnnotationNote(QStringLiteral("rev-dup"), newId, QStringLiteral("changed"));
    QCOMPARE(project.findAnnotation(QStringLiteral("rev-dup"), QStringLiteral("ann-dup"))->note, QStringLiteral("first"));
}

void TestProjectFile::repairMismatchedOffsets()
{
    const ProjectLoadResult result = ProjectFile::load(fixture(QStringLiteral("offsets-mismatch.revmark")));
    QVERIFY2(result.ok, qPrintable(result.error));
    // The move, then the counts.
    QCOMPARE(result.warnings.size(), 2);
    QVERIFY2(result.warnings.at(0).contains(QStringLiteral("quote")), qPrintable(result.warnings.at(0)));
    QVERIFY2(result.warnings.at(1).contains(QStringLiteral("1 were moved to their exact quote")),
             qPrintable(result.warnings.at(1)));
    const Review &review = result.data.reviews.at(0);
    QCOMPARE(review.annotations.size(), 1);
    const Annotation &a = review.annotations.at(0);
    QCOMPARE(a.id, QStringLiteral("ann-shifted"));
    QCOMPARE(a.start, 58);
    QCOMPARE(a.end, 77);
    QVERIFY(Anchoring::isAnchored(review.text, a));
    QCOMPARE(a.suffix, QStringLiteral("."));
    QCOMPARE(a.tags, QStringList{QStringLiteral("ending")});
}

void TestProjectFile::repairOffsetsOutOfRange()
{
    const ProjectLoadResult result = ProjectFile::load(fixture(QStringLiteral("offsets-out-of-range.revmark")));
    QVERIFY2(result.ok, qPrintable(result.error));
    const Review &review = result.data.reviews.at(0);
    QStringList ids;
    for (const Annotation &a : review.annotations) {
        ids.append(a.id);
        QVERIFY(Anchoring::isAnchored(review.text, a));
    }
    // Found again by quote: "luminous" and the inverted "drama"; neither "a masterpiece" (not in
    // the text) nor the one without any quote can be placed.
    QCOMPARE(ids, (QStringList{QStringLiteral("ann-far"), QStringLiteral("ann-inverted")}));
    QCOMPARE(review.annotations.at(0).start, 11);
    QCOMPARE(review.annotations.at(1).start, 20);
    // One per repaired annotation, then the counts; the two that cannot be placed are kept as orphans.
    QCOMPARE(result.warnings.size(), 5);
    QCOMPARE(review.orphans.size(), 2);
    const QString all = result.warnings.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("a masterpiece")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("could not be placed")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("annotation 3 of review 1")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("annotation 4 of review 1")), qPrintable(all));
    // No tags key: a default list.
    QCOMPARE(result.data.tags, Project::defaultTags());
}

void TestProjectFile::orphansSurviveSaveAndLoad()
{
    ProjectData data = richData();
    Annotation orphan = annotationOver(QStringLiteral("o-1"), QStringLiteral("Gone: the old ending ") + Wave + QStringLiteral(" now."),
                                       QStringLiteral("the old ending ") + Wave, Polarity::Criticism,
                                       {QStringLiteral("music")}, QStringLiteral("was here"));
    orphan.start = orphan.end = 0;
    Annotation second = orphan;
    second.id = QStringLiteral("o-0");
    second.polarity = Polarity::Praise;
    data.reviews[1].orphans = {orphan, second};
    const QByteArray json = ProjectFile::serialize(data);
    QVERIFY(json.contains("\"orphans\""));
    checkKeysSorted(json);
    const ProjectLoadResult result = ProjectFile::parse(json, QStringLiteral("orphans.revmark"));
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.warnings, QStringList());
    compareData(result.data.reviews, data.reviews);
    const QVector<Annotation> &loaded = result.data.reviews.at(1).orphans;
    QCOMPARE(loaded.size(), 2);
    // Kept in their order, field by field, without offsets.
    compareAnnotation(loaded.at(0), orphan);
    compareAnnotation(loaded.at(1), second);
    QVERIFY(result.data.reviews.at(0).orphans.isEmpty());
    QCOMPARE(ProjectFile::serialize(result.data), json);

    // Through a project and a file on disk.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("orphans.revmark"));
    Project project;
    project.reset(data.title, data.tags, data.reviews);
    QString error;
    QVERIFY2(ProjectFile::save(project, path, &error), qPrintable(error));
    Project loadedProject;
    QVERIFY(ProjectFile::loadInto(&loadedProject, path).ok);
    QCOMPARE(ProjectFile::serialize(loadedProject), json);
    const Review *two = loadedProject.findReview(QStringLiteral("rev-two"));
    QVERIFY(two && two->orphanIndex(QStringLiteral("o-1")) >= 0);
    QCOMPARE(two->orphans.at(two->orphanIndex(QStringLiteral("o-1"))).note, QStringLiteral("was here"));
}

void TestProjectFile::noOrphansKeyWhenThereAreNone()
{
    const QByteArray json = ProjectFile::serialize(richData());
    QVERIFY(!json.contains("orphans"));
    // An existing file saves to the same bytes.
    const QByteArray original = readAll(fixture(QStringLiteral("valid-v1.revmark")));
    const ProjectLoadResult result = ProjectFile::parse(original, QStringLiteral("valid-v1.revmark"));
    QVERIFY(result.ok);
    QCOMPARE(ProjectFile::serialize(result.data), original);
}

void TestProjectFile::orphansKeyMustBeAList()
{
    QJsonObject root = QJsonDocument::fromJson(ProjectFile::serialize(richData())).object();
    QJsonArray reviews = root.value(QStringLiteral("reviews")).toArray();
    QJsonObject review = reviews.at(1).toObject();
    review.insert(QStringLiteral("orphans"), QStringLiteral("not a list"));
    reviews[1] = review;
    root.insert(QStringLiteral("reviews"), reviews);
    ProjectLoadResult result = ProjectFile::parse(QJsonDocument(root).toJson(), QStringLiteral("bad.revmark"));
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QStringLiteral("orphans")), qPrintable(result.error));

    // An orphan without a polarity is refused like an annotation without one.
    QJsonObject orphan;
    orphan.insert(QStringLiteral("id"), QStringLiteral("o"));
    review.insert(QStringLiteral("orphans"), QJsonArray{orphan});
    reviews[1] = review;
    root.insert(QStringLiteral("reviews"), reviews);
    result = ProjectFile::parse(QJsonDocument(root).toJson(), QStringLiteral("bad.revmark"));
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QStringLiteral("polarity")), qPrintable(result.error));
}

void TestProjectFile::repairReanchorsFuzzyAndOrphans()
{
    // A hand-edited text: the offsets of all four annotations no longer match.
    const QString oldText = QStringLiteral("Intro. The cast shines. The sets wobble badly. The ending rushes past.");
    ProjectData data;
    data.title = QStringLiteral("Hand edit");
    data.tags = Project::defaultTags();
    Review r;
    r.id = QStringLiteral("rev");
    r.text = oldText;
    r.annotations = {annotationOver(QStringLiteral("a-same"), oldText, QStringLiteral("Intro"), Polarity::Praise),
                     annotationOver(QStringLiteral("a-cast"), oldText, QStringLiteral("The cast shines"), Polarity::Praise),
                     annotationOver(QStringLiteral("a-sets"), oldText, QStringLiteral("The sets wobble badly"),
                                    Polarity::Criticism),
                     annotationOver(QStringLiteral("a-end"), oldText, QStringLiteral("The ending rushes past"),
                                    Polarity::Criticism, {QStringLiteral("ending")}, QStringLiteral("keep"))};
    data.reviews = {r};
    QByteArray json = ProjectFile::serialize(data);
    const QString newText = QStringLiteral("Intro. Added words. The cast shines. The SETS wobble  badly. Fin.");
    json.replace(oldText.toUtf8(), newText.toUtf8());

    const ProjectLoadResult result = ProjectFile::parse(json, QStringLiteral("edited.revmark"));
    QVERIFY2(result.ok, qPrintable(result.error));
    const Review &review = result.data.reviews.at(0);
    QCOMPARE(review.text, newText);
    QStringList ids;
    for (const Annotation &a : review.annotations) {
        ids.append(a.id);
        QVERIFY(Anchoring::isAnchored(newText, a));
    }
    QCOMPARE(ids, (QStringList{QStringLiteral("a-same"), QStringLiteral("a-cast"), QStringLiteral("a-sets")}));
    QCOMPARE(review.annotations.at(2).quote, QStringLiteral("The SETS wobble  badly"));
    QCOMPARE(review.orphans.size(), 1);
    QCOMPARE(review.orphans.at(0).id, QStringLiteral("a-end"));
    QCOMPARE(review.orphans.at(0).note, QStringLiteral("keep"));
    QCOMPARE(review.orphans.at(0).quote, QStringLiteral("The ending rushes past"));

    // One warning per repaired annotation, then the counts.
    QCOMPARE(result.warnings.size(), 4);
    QVERIFY2(result.warnings.at(0).contains(QStringLiteral("annotation 2 of review 1")), qPrintable(result.warnings.at(0)));
    QVERIFY2(result.warnings.at(0).contains(QStringLiteral("moved to where the quote is")), qPrintable(result.warnings.at(0)));
    QVERIFY2(result.warnings.at(1).contains(QStringLiteral("similar text")), qPrintable(result.warnings.at(1)));
    QVERIFY2(result.warnings.at(2).contains(QStringLiteral("orphan")), qPrintable(result.warnings.at(2)));
    QCOMPARE(result.warnings.at(3),
             QStringLiteral("In review 1, of 4 annotations 1 were moved to their exact quote, 1 to similar text, and 1 "
                            "could not be placed and were kept as orphans."));

    // Saved again, the orphan is written and the file now loads without repairs.
    const QByteArray repaired = ProjectFile::serialize(result.data);
    QVERIFY(repaired.contains("\"orphans\""));
    const ProjectLoadResult again = ProjectFile::parse(repaired, QStringLiteral("repaired.revmark"));
    QVERIFY(again.ok);
    QCOMPARE(again.warnings, QStringList());
    QCOMPARE(ProjectFile::serialize(again.data), repaired);
}

// Files without grades stay as they were; a grade is written with its three keys.
void TestProjectFile::gradeKeyOnlyWhenThereIsOne()
{
    Review review;
    review.id = QStringLiteral("r");
    review.text = QStringLiteral("Fine film.\n\n8/10");
    Project project;
    project.reset(QStringLiteral("t"), {}, {review});
    QVERIFY(!ProjectFile::serialize(project).contains("\"grade\""));
    project.setReviewGrade(QStringLiteral("r"), Grade{QStringLiteral("8/10"), 80, false});
    const QByteArray json = ProjectFile::serialize(project);
    QVERIFY(json.contains("\"grade\": {\n                \"corrected\": false,\n                \"raw\": \"8/10\",\n"
                          "                \"value\": 80\n            }"));
    // Read back: a missing "corrected" reads as false, a null value as no grade.
    const ProjectLoadResult result = ProjectFile::parse(
        "{\"format\": \"revmark-project\", \"version\": 1, \"reviews\": [{\"text\": \"Fine.\", "
        "\"grade\": {\"raw\": \"\", \"value\": null}}]}",
        QStringLiteral("g.revmark"));
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.data.reviews.at(0).grade, Grade());
}

// "language" is written only when known; files without it (all older ones) and a null read as
// unknown, and a known one comes back.
void TestProjectFile::languageKeyOnlyWhenKnown()
{
    Review review;
    review.id = QStringLiteral("r");
    review.text = QStringLiteral("Un film solide.");
    Project project;
    project.reset(QStringLiteral("t"), {}, {review});
    QVERIFY(!ProjectFile::serialize(project).contains("\"language\""));
    project.setReviewLanguage(QStringLiteral("r"), QStringLiteral("fr"));
    const QByteArray json = ProjectFile::serialize(project);
    QVERIFY(json.contains("\"language\": \"fr\""));
    ProjectLoadResult result = ProjectFile::parse(json, QStringLiteral("l.revmark"));
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.data.reviews.at(0).language, QStringLiteral("fr"));
    for (const QByteArray &value : {QByteArray(), QByteArray(", \"language\": null")}) {
        result = ProjectFile::parse("{\"format\": \"revmark-project\", \"version\": 1, \"reviews\": [{\"text\": \"Fine.\""
                                        + value + "}]}",
                                    QStringLiteral("l.revmark"));
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.data.reviews.at(0).language, QString());
    }
}

void TestProjectFile::limits_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("limit"); // which limit is set small: see limits()
    QTest::addColumn<QStringList>("fragments");

    const QByteArray head("{\"format\": \"revmark-project\", \"version\": 1, ");
    const QByteArray annotation("{\"start\": 0, \"end\": 4, \"polarity\": \"praise\"}");
    QTest::newRow("file size") << head + "\"title\": \"" + QByteArray(3000, 'x') + "\"}" << 0
                               << QStringList{QStringLiteral("larger than")};
    QTest::newRow("reviews") << head + "\"reviews\": [{\"text\": \"a\"}, {\"text\": \"b\"}, {\"text\": \"c\"}]}" << 1
                             << QStringList{QStringLiteral("more than 2 reviews")};
    QTest::newRow("annotations in one review")
        << head + "\"reviews\": [{\"text\": \"Fine film.\", \"annotations\": [" + annotation + ", " + annotation
            + ", " + annotation + "]}]}"
        << 2 << QStringList{QStringLiteral("more than 2 annotations")};
    QTest::newRow("annotations and orphans over reviews")
        << head + "\"reviews\": [{\"text\": \"Fine film.\", \"annotations\": [" + annotation
            + "]}, {\"text\": \"Fine film.\", \"orphans\": [{\"polarity\": \"praise\"}, {\"polarity\": \"praise\"}]}]}"
        << 2 << QStringList{QStringLiteral("more than 2 annotations")};
    QTest::newRow("review text") << head + "\"reviews\": [{\"text\": \"" + QByteArray(101, 'w') + "\"}]}" << 3
                                 << QStringList{QStringLiteral("review 1"), QString::fromUtf8("\xE2\x80\x9Ctext\xE2\x80\x9D"),
                                                QStringLiteral("100 characters")};
    QTest::newRow("note") << head + "\"reviews\": [{\"text\": \"Fine film.\", \"annotations\": [{\"start\": 0, "
                                    "\"end\": 4, \"polarity\": \"praise\", \"note\": \""
            + QByteArray(51, 'n') + "\"}]}]}"
                          << 4 << QStringList{QString::fromUtf8("\xE2\x80\x9Cnote\xE2\x80\x9D"), QStringLiteral("50 characters")};
    QTest::newRow("tag") << head + "\"tags\": [\"" + QByteArray(51, 't') + "\"]}" << 4
                         << QStringList{QString::fromUtf8("\xE2\x80\x9Ctags\xE2\x80\x9D"), QStringLiteral("50 characters")};
    QByteArray manyTags = head + "\"tags\": [";
    for (int i = 0; i < 5000; ++i)
        manyTags += "\"\",";
    manyTags += "\"\"]}";
    QTest::newRow("values") << manyTags << 5 << QStringList{QStringLiteral("entries")};
    QByteArray manyObjects = head + "\"reviews\": [{\"text\": \"Fine film.\", \"orphans\": [";
    for (int i = 0; i < 30; ++i)
        manyObjects += "{\"polarity\": \"praise\", \"quote\": {}},";
    manyObjects.chop(1);
    manyObjects += "]}]}";
    QTest::newRow("objects") << manyObjects << 5 << QStringList{QStringLiteral("entries"), QStringLiteral("10 annotations")};
}

void TestProjectFile::limits()
{
    QFETCH(QByteArray, json);
    QFETCH(int, limit);
    QFETCH(QStringList, fragments);
    ProjectLimits limits;
    switch (limit) {
    case 0: limits.maxFileSize = 2000; break;
    case 1: limits.maxReviews = 2; break;
    case 2: limits.maxAnnotations = 2; break;
    case 3: limits.maxTextLength = 100; break;
    case 4: limits.maxStringLength = 50; break;
    case 5: limits.maxAnnotations = 10; limits.maxReviews = 1; break;
    }
    // Within the default limits the same file loads.
    QVERIFY2(ProjectFile::parse(json, QStringLiteral("big.revmark")).ok,
             qPrintable(ProjectFile::parse(json, QStringLiteral("big.revmark")).error));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("big.revmark"));
    QVERIFY(writeFile(path, json));
    const ProjectLoadResult result = ProjectFile::load(path, limits);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QDir::toNativeSeparators(path)), qPrintable(result.error));
    for (const QString &fragment : fragments)
        QVERIFY2(result.error.contains(fragment), qPrintable(result.error + QStringLiteral(" lacks ") + fragment));
    QVERIFY(result.data.reviews.isEmpty());
}

void TestProjectFile::millionsOfAnnotationsAreRefused()
{
    // A million small annotations with the default limits: a clear error, found by the scan
    // before any JSON is built, not a project that takes gigabytes and minutes.
    QByteArray json("{\"format\": \"revmark-project\", \"version\": 1, \"reviews\": [{\"text\": \"Fine film.\", "
                    "\"annotations\": [");
    const QByteArray annotation("{\"start\":0,\"end\":4,\"polarity\":\"praise\"},");
    json.reserve(json.size() + 1000000 * annotation.size() + 8);
    for (int i = 0; i < 1000000; ++i)
        json += annotation;
    json.chop(1);
    json += "]}]}";
    const ProjectLoadResult result = ProjectFile::parse(json, QStringLiteral("million.revmark"));
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QStringLiteral("million.revmark")), qPrintable(result.error));
    QVERIFY2(result.error.contains(QString::number(ProjectLimits().maxAnnotations)), qPrintable(result.error));
}

void TestProjectFile::repairWorkIsBounded()
{
    // Every annotation's offsets disagree with its quote; with a budget for two searches, the
    // first two are found again and the rest are kept as orphans without a search.
    QByteArray json("{\"format\": \"revmark-project\", \"version\": 1, \"reviews\": [{\"text\": \"One two three "
                    "four five six.\", \"annotations\": [");
    const char *words[] = {"two", "three", "four", "five", "six"};
    for (int i = 0; i < 5; ++i) {
        json += QByteArray("{\"id\": \"a") + QByteArray::number(i) + "\", \"start\": 0, \"end\": 3, \"polarity\": "
                "\"praise\", \"quote\": {\"exact\": \"" + words[i] + "\"}}";
        json += i < 4 ? "," : "]}]}";
    }
    ProjectLimits limits;
    // Each search may cost the text's length twice (exact, then fuzzy with a 3-unit quote), plus one.
    limits.maxRepairWork = 2 * (2 * 28 + 1);
    const ProjectLoadResult result = ProjectFile::parse(json, QStringLiteral("mismatched.revmark"), limits);
    QVERIFY2(result.ok, qPrintable(result.error));
    const Review &review = result.data.reviews.at(0);
    QCOMPARE(review.annotations.size(), 2);
    QCOMPARE(review.orphans.size(), 3);
    QCOMPARE(review.annotations.at(0).quote, QStringLiteral("two"));
    QCOMPARE(review.orphans.at(2).quote, QStringLiteral("six"));
    QVERIFY2(result.warnings.constLast().contains(QStringLiteral("3 annotation")), qPrintable(result.warnings.constLast()));
    // With the default budget all five are found.
    QCOMPARE(ProjectFile::parse(json, QStringLiteral("mismatched.revmark")).data.reviews.at(0).annotations.size(), 5);
}

void TestProjectFile::backupKeepsPreviousVersion()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("kept.revmark"));
    QCOMPARE(ProjectFile::backupPath(path), path + QLatin1Char('~'));
    ProjectData first = richData();
    QString error;
    QString warning = QStringLiteral("stale");
    // A new file has no previous version.
    QVERIFY(ProjectFile::save(first, path, true, &error, &warning));
    QVERIFY(warning.isEmpty());
    QVERIFY(!QFile::exists(ProjectFile::backupPath(path)));

    ProjectData second = first;
    second.title = QStringLiteral("Second");
    QVERIFY(ProjectFile::save(second, path, true, &error, &warning));
    QCOMPARE(readAll(path), ProjectFile::serialize(second));
    QCOMPARE(readAll(ProjectFile::backupPath(path)), ProjectFile::serialize(first));

    // One level: the backup is always the version just before.
    ProjectData third = first;
    third.title = QStringLiteral("Third");
    QVERIFY(ProjectFile::save(third, path, true, &error, &warning));
    QCOMPARE(readAll(ProjectFile::backupPath(path)), ProjectFile::serialize(second));
    QCOMPARE(entriesOf(dir.path()), (QStringList{QStringLiteral("kept.revmark"), QStringLiteral("kept.revmark~")}));

    // Without the option the backup is left alone.
    QVERIFY(ProjectFile::save(first, path, false, &error, &warning));
    QCOMPARE(readAll(ProjectFile::backupPath(path)), ProjectFile::serialize(second));
}

void TestProjectFile::failedBackupStillSaves()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("saved.revmark"));
    const QByteArray original("{\"format\": \"revmark-project\", \"version\": 1}\n");
    QVERIFY(writeFile(path, original));
    // Something that cannot be replaced by a file where the backup goes.
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("saved.revmark~")));
    QVERIFY(writeFile(ProjectFile::backupPath(path) + QStringLiteral("/inside"), "untouched"));
    const ProjectData data = richData();
    QString error;
    QString warning;
    QVERIFY(ProjectFile::save(data, path, true, &error, &warning));
    QCOMPARE(readAll(path), ProjectFile::serialize(data));
    QVERIFY2(warning.contains(QDir::toNativeSeparators(path)), qPrintable(warning));
    QVERIFY2(warning.contains(QStringLiteral("backup")), qPrintable(warning));
    QCOMPARE(readAll(ProjectFile::backupPath(path) + QStringLiteral("/inside")), QByteArray("untouched"));
}

void TestProjectFile::whyNotWritable()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("p.revmark"));
    QCOMPARE(ProjectFile::lockFilePath(path), dir.filePath(QStringLiteral(".p.revmark.lock")));
    QCOMPARE(ProjectFile::whyNotWritable(path), QString()); // not there yet: can be created
    QVERIFY(writeFile(path, "{}"));
    QCOMPARE(ProjectFile::whyNotWritable(path), QString());
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner));
    {
        QFile probe(path);
        if (probe.open(QIODevice::WriteOnly | QIODevice::Append))
            QSKIP("Permissions are not enforced here (running as root?).");
    }
    QVERIFY2(ProjectFile::whyNotWritable(path).contains(QStringLiteral("read-only")),
             qPrintable(ProjectFile::whyNotWritable(path)));
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    const QString folder = dir.filePath(QStringLiteral("sub"));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("sub")));
    QVERIFY(writeFile(folder + QStringLiteral("/q.revmark"), "{}"));
    QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    const QString reason = ProjectFile::whyNotWritable(folder + QStringLiteral("/q.revmark"));
    QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    QVERIFY2(reason.contains(QStringLiteral("folder")), qPrintable(reason));
}

// Passages set aside are saved in code points like annotations, only when there are any.
void TestProjectFile::setAsideSurvivesSaveAndLoadInCodePoints()
{
    ProjectData data = richData();
    QVERIFY(!ProjectFile::serialize(data).contains("setAside"));
    Review &review = data.reviews[0];
    review.text = Clapper + QStringLiteral(" Site\n\nThe review.\n\nMore articles");
    review.annotations.clear();
    review.setAside = {{0, 7}, {int(review.text.size()) - 13, int(review.text.size())}};
    const QByteArray json = ProjectFile::serialize(data);
    const QJsonObject saved = QJsonDocument::fromJson(json).object().value(QStringLiteral("reviews")).toArray().at(0).toObject();
    const QJsonArray ranges = saved.value(QStringLiteral("setAside")).toArray();
    QCOMPARE(ranges.size(), 2);
    QCOMPARE(ranges.at(0).toObject().value(QStringLiteral("start")).toInt(), 0);
    QCOMPARE(ranges.at(0).toObject().value(QStringLiteral("end")).toInt(), 6); // the emoji is one code point
    checkKeysSorted(json);

    const ProjectLoadResult result = ProjectFile::parse(json, QStringLiteral("aside.revmark"));
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.data.reviews.at(0).setAside, review.setAside);
    QCOMPARE(ProjectFile::serialize(result.data), json);
}

void TestProjectFile::setAsideIsRepairedOrRefused_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("ranges");
    QTest::newRow("absent") << QByteArray() << true << 0;
    QTest::newRow("null") << QByteArray("null") << true << 0;
    QTest::newRow("out of range dropped") << QByteArray("[{\"start\": 2, \"end\": 90000}]") << true << 0;
    QTest::newRow("overlapping merged") << QByteArray("[{\"start\": 4, \"end\": 9}, {\"start\": 0, \"end\": 5}]") << true << 1;
    QTest::newRow("not a list") << QByteArray("\"all\"") << false << 0;
    QTest::newRow("not objects") << QByteArray("[[0, 4]]") << false << 0;
    QTest::newRow("not numbers") << QByteArray("[{\"start\": \"0\", \"end\": 4}]") << false << 0;
}

void TestProjectFile::setAsideIsRepairedOrRefused()
{
    QFETCH(QByteArray, value);
    QFETCH(bool, ok);
    QFETCH(int, ranges);
    QByteArray json = ProjectFile::serialize(richData());
    if (!value.isEmpty()) {
        const QByteArray key("\"text\": ");
        json.insert(json.indexOf(key), QByteArray("\"setAside\": ") + value + ",\n            ");
    }
    const ProjectLoadResult result = ProjectFile::parse(json, QStringLiteral("aside.revmark"));
    QCOMPARE(result.ok, ok);
    if (ok)
        QCOMPARE(result.data.reviews.at(0).setAside.size(), ranges);
    else
        QVERIFY2(result.error.contains(QStringLiteral("setAside")) || result.error.contains(QStringLiteral("passage")),
                 qPrintable(result.error));
}

QTEST_GUILESS_MAIN(TestProjectFile)
#include "tst_projectfile.moc"
