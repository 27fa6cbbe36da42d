// SPDX-License-Identifier: GPL-3.0-or-later
#include "anchoring/anchoring.h"
#include "project/projectfile.h"
#include "project/recoverystore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Revmark;

namespace {

Annotation annotationOver(const QString &id, const QString &text, const QString &quote, Polarity polarity)
{
    Annotation a;
    a.id = id;
    a.start = int(text.indexOf(quote));
    a.end = a.start + int(quote.size());
    a.polarity = polarity;
    a.created = QDateTime::fromString(QStringLiteral("2026-11-20T09:00:00Z"), Qt::ISODate);
    a.modified = a.created;
    Anchoring::fillQuote(text, &a);
    return a;
}

ProjectData savedData()
{
    ProjectData data;
    data.title = QStringLiteral("Festival");
    data.tags = QStringList{QStringLiteral("story"), QStringLiteral("music")};
    Review r1;
    r1.id = QStringLiteral("r1");
    r1.title = QStringLiteral("First");
    r1.text = QStringLiteral("The score soars. The plot sags. The end lingers.");
    r1.annotations = {annotationOver(QStringLiteral("a1"), r1.text, QStringLiteral("The score soars"), Polarity::Praise),
                      annotationOver(QStringLiteral("a2"), r1.text, QStringLiteral("The plot sags"), Polarity::Criticism),
                      annotationOver(QStringLiteral("a3"), r1.text, QStringLiteral("The end lingers"), Polarity::Praise)};
    Review r2;
    r2.id = QStringLiteral("r2");
    r2.title = QStringLiteral("Second");
    r2.text = QStringLiteral("Nothing much.");
    r2.annotations = {annotationOver(QStringLiteral("b1"), r2.text, QStringLiteral("Nothing"), Polarity::Criticism)};
    data.reviews = {r1, r2};
    return data;
}

} // namespace

class TestRecoveryStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keys();
    void liveEntriesAreNotOffered();
    void abandonedEntryLoadsAndDiscards();
    void adoptContinuesAnEntry();
    void discardRefusesALiveEntry();
    void summaryComparesWithProjectFile();
    void summaryOfUntitledProject();
    void damagedRecoveryFileIsListedAndRefused();
    void listingFindsRecoveryMemberAnywhere_data();
    void listingFindsRecoveryMemberAnywhere();
    void defaultDirectoryIsInAppData();
};

void TestRecoveryStore::keys()
{
    const QString a = RecoveryStore::newKey(QStringLiteral("/tmp/x.revmark"));
    const QString b = RecoveryStore::newKey(QStringLiteral("/tmp/x.revmark"));
    QVERIFY(a != b);
    QCOMPARE(a.section(QLatin1Char('-'), 0, 0), b.section(QLatin1Char('-'), 0, 0));
    QVERIFY(RecoveryStore::newKey({}).startsWith(QStringLiteral("untitled-")));
}

void TestRecoveryStore::liveEntriesAreNotOffered()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto writer = std::make_unique<RecoveryStore>(dir.path());
    const QString key = RecoveryStore::newKey(dir.filePath(QStringLiteral("p.revmark")));
    QString error;
    QVERIFY2(writer->write(key, savedData(), dir.filePath(QStringLiteral("p.revmark")), &error), qPrintable(error));
    QVERIFY(writer->owns(key));
    QVERIFY(QFile::exists(writer->filePath(key)));
    // Another instance (a second store; the lock is the same whether in this process or not)
    // does not offer work that is still being edited.
    RecoveryStore other(dir.path());
    QVERIFY(other.abandonedEntries().isEmpty());
    // Nor does the writer offer its own.
    QVERIFY(writer->abandonedEntries().isEmpty());
    // Once the writer is gone without discarding (a crash), the work is offered.
    writer.reset();
    QCOMPARE(other.abandonedEntries().size(), 1);
}

void TestRecoveryStore::abandonedEntryLoadsAndDiscards()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString project = dir.filePath(QStringLiteral("festival.revmark"));
    const QString key = RecoveryStore::newKey(project);
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    {
        RecoveryStore writer(dir.filePath(QStringLiteral("recovery")));
        QString error;
        QVERIFY2(writer.write(key, savedData(), project, &error), qPrintable(error));
    }
    RecoveryStore store(dir.filePath(QStringLiteral("recovery")));
    const QVector<RecoveryEntry> entries = store.abandonedEntries();
    QCOMPARE(entries.size(), 1);
    const RecoveryEntry &entry = entries.at(0);
    QCOMPARE(entry.key, key);
    QCOMPARE(entry.projectPath, QFileInfo(project).absoluteFilePath());
    QCOMPARE(entry.projectName, QStringLiteral("Festival"));
    QVERIFY(entry.writtenAt >= before && entry.writtenAt <= QDateTime::currentDateTimeUtc().addSecs(1));
    // Nothing is written beside the project.
    QVERIFY(!QFile::exists(project));

    const ProjectLoadResult loaded = RecoveryStore::load(entry);
    QVERIFY2(loaded.ok, qPrintable(loaded.error));
    QCOMPARE(ProjectFile::serialize(loaded.data), ProjectFile::serialize(savedData()));
    // A recovery file is itself a project file Revmark opens.
    QVERIFY(ProjectFile::load(entry.filePath).ok);

    QVERIFY(store.discard(entry.key));
    QVERIFY(!QFile::exists(entry.filePath));
    QVERIFY(!QFile::exists(store.lockPath(entry.key)));
    QVERIFY(store.abandonedEntries().isEmpty());
}

void TestRecoveryStore::adoptContinuesAnEntry()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString key = RecoveryStore::newKey({});
    QString error;
    {
        RecoveryStore crashed(dir.path());
        QVERIFY(crashed.write(key, savedData(), {}, &error));
    }
    RecoveryStore restorer(dir.path());
    QVERIFY(restorer.adopt(key));
    QVERIFY(restorer.owns(key));
    RecoveryStore third(dir.path());
    QVERIFY(third.abandonedEntries().isEmpty());
    ProjectData changed = savedData();
    changed.title = QStringLiteral("Changed");
    QVERIFY(restorer.write(key, changed, {}, &error));
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.revmark-recovery")}, QDir::Files).size(), 1);
    QVERIFY(!restorer.adopt(QStringLiteral("no-such-key")));
}

void TestRecoveryStore::discardRefusesALiveEntry()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    RecoveryStore writer(dir.path());
    const QString key = RecoveryStore::newKey({});
    QString error;
    QVERIFY(writer.write(key, savedData(), {}, &error));
    RecoveryStore other(dir.path());
    QVERIFY(!other.discard(key));
    QVERIFY(QFile::exists(writer.filePath(key)));
    QVERIFY(writer.discard(key));
    QVERIFY(!QFile::exists(writer.filePath(key)));
    QVERIFY(!writer.owns(key));
}

void TestRecoveryStore::summaryComparesWithProjectFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString project = dir.filePath(QStringLiteral("festival.revmark"));
    QString error;
    QVERIFY(ProjectFile::save(savedData(), project, false, &error));

    ProjectData now = savedData();
    Review &r1 = now.reviews[0];
    r1.annotations.removeAt(2);                       // a3 removed
    r1.annotations[1].note = QStringLiteral("Harsh"); // a2 changed
    r1.annotations.append(annotationOver(QStringLiteral("a4"), r1.text, QStringLiteral("lingers"), Polarity::Praise));
    now.reviews.removeAt(1); // r2 and its annotation removed
    Review r3;
    r3.id = QStringLiteral("r3");
    r3.text = QStringLiteral("Brand new.");
    r3.annotations = {annotationOver(QStringLiteral("c1"), r3.text, QStringLiteral("Brand"), Polarity::Praise)};
    now.reviews.append(r3);
    now.tags.append(QStringLiteral("pacing"));

    RecoveryEntry entry;
    entry.projectPath = project;
    entry.writtenAt = QDateTime::currentDateTimeUtc().addSecs(60);
    const RecoverySummary summary = RecoveryStore::summarize(entry, now);
    QVERIFY(!summary.projectFileMissing);
    QVERIFY(!summary.projectFileNewer);
    QCOMPARE(summary.annotationsAdded, 2);   // a4, c1
    QCOMPARE(summary.annotationsChanged, 1); // a2
    QCOMPARE(summary.annotationsRemoved, 2); // a3, b1
    QCOMPARE(summary.reviewsAdded, 1);
    QCOMPARE(summary.reviewsRemoved, 1);
    QCOMPARE(summary.reviewsChanged, 0);
    QVERIFY(summary.tagsChanged);
    QVERIFY(!summary.titleChanged);
    QVERIFY(summary.hasChanges());
    const QString text = summary.text();
    QVERIFY2(text.contains(QStringLiteral("2 annotation")) && text.contains(QStringLiteral("added"))
                 && text.contains(QStringLiteral("removed")) && text.contains(QStringLiteral("tag list")),
             qPrintable(text));

    // Saved after the autosave: the summary says so.
    entry.writtenAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
    const RecoverySummary older = RecoveryStore::summarize(entry, now);
    QVERIFY(older.projectFileNewer);
    QVERIFY2(older.text().contains(QStringLiteral("saved after")), qPrintable(older.text()));

    // The same content: nothing to restore.
    const RecoverySummary same = RecoveryStore::summarize(entry, savedData());
    QVERIFY(!same.hasChanges());
}

void TestRecoveryStore::summaryOfUntitledProject()
{
    RecoveryEntry entry;
    const RecoverySummary summary = RecoveryStore::summarize(entry, savedData());
    QVERIFY(summary.projectFileMissing);
    QCOMPARE(summary.reviews, 2);
    QCOMPARE(summary.annotations, 4);
    QVERIFY2(summary.text().contains(QStringLiteral("not saved")), qPrintable(summary.text()));
}

void TestRecoveryStore::damagedRecoveryFileIsListedAndRefused()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("broken.revmark-recovery"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": \"revmark-project\", \"version\": 1, \"reviews\": [");
    }
    RecoveryStore store(dir.path());
    const QVector<RecoveryEntry> entries = store.abandonedEntries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.at(0).key, QStringLiteral("broken"));
    const ProjectLoadResult result = RecoveryStore::load(entries.at(0));
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QDir::toNativeSeparators(path)), qPrintable(result.error));
    QVERIFY(store.discard(QStringLiteral("broken")));
    QVERIFY(!QFile::exists(path));
}

void TestRecoveryStore::listingFindsRecoveryMemberAnywhere_data()
{
    QTest::addColumn<QByteArray>("json");

    // Files written by hand in member orders Qt never writes (it sorts keys, so "recovery"
    // comes before "reviews"): the listing must not depend on that order.
    const QByteArray recovery = R"("recovery": {"projectName": "Festival", "projectPath": "/somewhere/festival.revmark",
                                   "written": "2026-11-20T09:00:00Z"})";
    const QByteArray review = R"({"id": "r1", "title": "Long", "text": ")" + QByteArray(100 * 1024, 'a') + R"("})";
    QTest::newRow("after a long review")
        << QByteArray(R"({"format": "revmark-project", "version": 1, "reviews": [)" + review + "], " + recovery + "}");
    QTest::newRow("after a tag named like it")
        << QByteArray(R"({"tags": ["recovery", "music"], "reviews": [{"id": "r2", "title": "Fake", "text": "x"}],)"
                      R"( "title": "recovery", )" + recovery + R"(, "format": "revmark-project", "version": 1})");
    QTest::newRow("after a nested member of that name")
        << QByteArray(R"({"format": "revmark-project", "version": 1, "reviews": [{"id": "r3", "text": "x",)"
                      R"( "recovery": {"projectName": "Fake"}}], )" + recovery + "}");
}

void TestRecoveryStore::listingFindsRecoveryMemberAnywhere()
{
    QFETCH(QByteArray, json);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("handmade.revmark-recovery"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(json), qint64(json.size()));
    }
    // Still a project Revmark opens: unknown members are ignored.
    const ProjectLoadResult loaded = ProjectFile::load(path);
    QVERIFY2(loaded.ok, qPrintable(loaded.error));
    RecoveryStore store(dir.path());
    const QVector<RecoveryEntry> entries = store.abandonedEntries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.at(0).projectName, QStringLiteral("Festival"));
    QCOMPARE(entries.at(0).projectPath, QStringLiteral("/somewhere/festival.revmark"));
    QCOMPARE(entries.at(0).writtenAt, QDateTime::fromString(QStringLiteral("2026-11-20T09:00:00Z"), Qt::ISODate));
}

void TestRecoveryStore::defaultDirectoryIsInAppData()
{
    QVERIFY(RecoveryStore::defaultDirectory().endsWith(QStringLiteral("/recovery")));
    QVERIFY(RecoveryStore().directory() == RecoveryStore::defaultDirectory());
}

QTEST_GUILESS_MAIN(TestRecoveryStore)
#include "tst_recoverystore.moc"
