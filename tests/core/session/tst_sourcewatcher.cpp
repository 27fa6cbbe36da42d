// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/importer.h"
#include "project/project.h"
#include "model/qtcompat.h"
#include "session/sourcewatcher.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Revmark;

namespace {

const QByteArray Original = "Harbour Lights\n\nA patient, luminous drama.\n\nThe ending feels rushed.\n";
const QByteArray Newer = "Harbour Lights\n\nA patient, luminous drama, seen twice.\n\nThe ending feels rushed.\n";

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// Replaces the file the way many editors (and QSaveFile) save: a new file renamed over the old.
bool replaceFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
}

QString reviewFrom(Project *project, const QString &path)
{
    const ImportResult result = Importer::importFile(path);
    if (!result.ok)
        return {};
    QVector<Review> reviews = project->reviews();
    reviews.append(result.review);
    project->reset(QString(), Project::defaultTags(), reviews);
    return result.review.id;
}

} // namespace

class TestSourceWatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void changeIsAnnounced();
    void sameCanonicalTextIsNoChange();
    void burstIsOneChange();
    void fileReplacedByRenameIsFollowed();
    void oldFileMovedToBackupIsLeft();
    void missingFileAndItsReturn();
    void announcedOnce();
    void checkModifiedSinceImport();
    void followsTheProject();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSourceWatcher::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestSourceWatcher::changeIsAnnounced()
{
    QVERIFY(writeFile(path(QStringLiteral("a.txt")), Original));
    Project project;
    const QString id = reviewFrom(&project, path(QStringLiteral("a.txt")));
    QVERIFY(!id.isEmpty());
    SourceWatcher watcher;
    watcher.setProject(&project);
    QVERIFY(watcher.watchedFiles().contains(path(QStringLiteral("a.txt"))));
    QSignalSpy changed(&watcher, &SourceWatcher::sourceChanged);

    QVERIFY(writeFile(path(QStringLiteral("a.txt")), Newer));
    QVERIFY(changed.wait());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toString(), id);
    // Announcing is all it does: the project is the user's to change.
    QVERIFY(!project.isModified());
    QCOMPARE(project.review(0).text, Importer::importData(Original, QStringLiteral("a.txt")).review.text);
}

void TestSourceWatcher::sameCanonicalTextIsNoChange()
{
    QVERIFY(writeFile(path(QStringLiteral("a.txt")), Original));
    QVERIFY(writeFile(path(QStringLiteral("b.txt")), Original));
    Project project;
    const QString a = reviewFrom(&project, path(QStringLiteral("a.txt")));
    const QString b = reviewFrom(&project, path(QStringLiteral("b.txt")));
    SourceWatcher watcher;
    watcher.setProject(&project);
    QSignalSpy changed(&watcher, &SourceWatcher::sourceChanged);

    // a: other bytes, the same canonical text (CRLF, trailing blanks, a BOM); b: a real change,
    // written after a, so by the time b is announced a has been read.
    QByteArray sameText = "\xEF\xBB\xBF" + Original;
    sameText.replace("\n", "  \r\n");
    QVERIFY(writeFile(path(QStringLiteral("a.txt")), sameText));
    QVERIFY(writeFile(path(QStringLiteral("b.txt")), Newer));
    QVERIFY(changed.wait());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toString(), b);
    QVERIFY(!watcher.check(a));
}

void TestSourceWatcher::burstIsOneChange()
{
    QVERIFY(writeFile(path(QStringLiteral("a.txt")), Original));
    QVERIFY(writeFile(path(QStringLiteral("b.txt")), Original));
    Project project;
    const QString a = reviewFrom(&project, path(QStringLiteral("a.txt")));
    const QString b = reviewFrom(&project, path(QStringLiteral("b.txt")));
    SourceWatcher watcher;
    watcher.setProject(&project);
    QSignalSpy changed(&watcher, &SourceWatcher::sourceChanged);

    // An editor writing in steps: truncate, write half, write the rest.
    QVERIFY(writeFile(path(QStringLiteral("a.txt")), QByteArray()));
    QVERIFY(writeFile(path(QStringLiteral("a.txt")), Newer.left(20)));
    QVERIFY(writeFile(path(QStringLiteral("a.txt")), Newer));
    QVERIFY(changed.wait());
    QCOMPARE(changed.at(0).at(0).toString(), a);
    // A later change of another file proves that the burst gave no second announcement.
    QVERIFY(writeFile(path(QStringLiteral("b.txt")), Newer));
    QTRY_COMPARE(changed.count(), 2);
    QCOMPARE(changed.at(1).at(0).toString(), b);
}

void TestSourceWatcher::fileReplacedByRenameIsFollowed()
{
    QVERIFY(writeFile(path(QStringLiteral("a.txt")), Original));
    Project project;
    const QString id = reviewFrom(&project, path(QStringLiteral("a.txt")));
    SourceWatcher watcher;
    watcher.setProject(&project);
    QSignalSpy changed(&watcher, &SourceWatcher::sourceChanged);

    QVERIFY(replaceFile(path(QStringLiteral("a.txt")), Newer));
    QVERIFY(changed.wait());
    QCOMPARE(changed.at(0).at(0).toString(), id);
    // The new file is watched in turn: a plain write to it is seen too.
    QTRY_VERIFY(watcher.watchedFiles().contains(path(QStringLiteral("a.txt"))));
    QVERIFY(writeFile(path(QStringLiteral("a.txt")), Original + "A third paragraph.\n"));
    QTRY_COMPARE(changed.count(), 2);
    QVERIFY(replaceFile(path(QStringLiteral("a.txt")), Original + "A fourth paragraph.\n"));
    QTRY_COMPARE(changed.count(), 3);
}

void TestSourceWatcher::oldFileMovedToBackupIsLeft()
{
    // Some editors move the old file to a backup and write a new one in its place: the new
    // file is the source from then on, not the backup the old watch still follows.
    QVERIFY(writeFile(path(QStringLiteral("a.txt")), Original));
    Project project;
    const QString id = reviewFrom(&project, path(QStringLiteral("a.txt")));
    SourceWatcher watcher;
    watcher.setProject(&project);
    QSignalSpy changed(&watcher, &SourceWatcher::sourceChanged);

    QVERIFY(QFile::rename(path(QStringLiteral("a.txt")), path(QStringLiteral("a.txt~"))));
    QVERIFY(writeFile(path(QStringLiteral("a.txt")), Newer));
    QVERIFY(changed.wait());
    QCOMPARE(changed.at(0).at(0).toString(), id);
    QVERIFY(writeFile(path(QStringLiteral("a.txt")), Newer + "Once more.\n"));
    QTRY_COMPARE(changed.count(), 2);
}

void TestSourceWatcher::missingFileAndItsReturn()
{
    QVERIFY(writeFile(path(QStringLiteral("a.txt")), Original));
    Project project;
    const QString id = reviewFrom(&project, path(QStringLiteral("a.txt")));
    SourceWatcher watcher;
    watcher.setProject(&project);
    QSignalSpy changed(&watcher, &SourceWatcher::sourceChanged);
    QSignalSpy missing(&watcher, &SourceWatcher::sourceMissing);

    QVERIFY(QFile::remove(path(QStringLiteral("a.txt"))));
    QVERIFY(missing.wait());
    QCOMPARE(missing.count(), 1);
    QCOMPARE(missing.at(0).at(0).toString(), id);
    QCOMPARE(changed.count(), 0);
    QVERIFY(!watcher.check(id));
    QVERIFY(!project.isModified());

    // It comes back, changed.
    QVERIFY(writeFile(path(QStringLiteral("a.txt")), Newer));
    QVERIFY(changed.wait());
    QCOMPARE(changed.at(0).at(0).toString(), id);
    QCOMPARE(missing.count(), 1);
    QTRY_VERIFY(watcher.watchedFiles().contains(path(QStringLiteral("a.txt"))));
}

void TestSourceWatcher::announcedOnce()
{
    QVERIFY(writeFile(path(QStringLiteral("a.txt")), Original));
    Project project;
    const QString id = reviewFrom(&project, path(QStringLiteral("a.txt")));
    SourceWatcher watcher;
    watcher.setProject(&project);
    QSignalSpy changed(&watcher, &SourceWatcher::sourceChanged);
    QVERIFY(writeFile(path(QStringLiteral("a.txt")), Newer));
    QVERIFY(changed.wait());

    // Asked again about the same new text: already said.
    QVERIFY(!watcher.check(id));
    // Re-imported, then the re-import undone: the user chose the old text; not announced again
    // until the file changes again.
    project.reimportReview(id, Importer::importFile(path(QStringLiteral("a.txt"))).review);
    QVERIFY(!watcher.check(id));
    project.undoStack()->undo();
    QVERIFY(!watcher.check(id));
    QVERIFY(writeFile(path(QStringLiteral("a.txt")), Original + "Another thought.\n"));
    QTRY_COMPARE(changed.count(), 2);
    QCOMPARE(changed.count(), 2);
}

void TestSourceWatcher::checkModifiedSinceImport()
{
    QVERIFY(writeFile(path(QStringLiteral("old.txt")), Original));
    QVERIFY(writeFile(path(QStringLiteral("new.txt")), Original));
    Project project;
    const QString oldId = reviewFrom(&project, path(QStringLiteral("old.txt")));
    reviewFrom(&project, path(QStringLiteral("new.txt")));
    // Both files changed while the project was closed; "old" was imported long before, "new"
    // after the change (so its text is not compared at all).
    QVERIFY(writeFile(path(QStringLiteral("old.txt")), Newer));
    QVERIFY(writeFile(path(QStringLiteral("new.txt")), Newer));
    QVector<Review> reviews = project.reviews();
    reviews[0].importedAt = QDateTime::currentDateTimeUtc().addDays(-3);
    reviews[1].importedAt = QDateTime::currentDateTimeUtc().addDays(1);
    project.reset(QString(), Project::defaultTags(), reviews);

    SourceWatcher watcher;
    watcher.setProject(&project);
    QSignalSpy changed(&watcher, &SourceWatcher::sourceChanged);
    watcher.checkModifiedSinceImport();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toString(), oldId);
}

void TestSourceWatcher::followsTheProject()
{
    QVERIFY(writeFile(path(QStringLiteral("a.txt")), Original));
    QVERIFY(writeFile(path(QStringLiteral("b.txt")), Original));
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("v2")));
    QVERIFY(writeFile(path(QStringLiteral("v2/a.txt")), Newer));
    Project project;
    const QString a = reviewFrom(&project, path(QStringLiteral("a.txt")));
    const QString b = reviewFrom(&project, path(QStringLiteral("b.txt")));
    SourceWatcher watcher;
    watcher.setProject(&project);
    QCOMPARE(watcher.watchedFiles().size(), 2);

    project.removeReview(b);
    QCOMPARE(watcher.watchedFiles(), QStringList{path(QStringLiteral("a.txt"))});
    project.undoStack()->undo();
    QCOMPARE(watcher.watchedFiles().size(), 2);
    {
        // A review inserted after the watch began is reported like the others.
        QSignalSpy insertedChanged(&watcher, &SourceWatcher::sourceChanged);
        QVERIFY(writeFile(path(QStringLiteral("b.txt")), Newer));
        QVERIFY(insertedChanged.wait());
        QCOMPARE(insertedChanged.at(0).at(0).toString(), b);
    }

    // Re-imported from another file: that file is watched instead.
    project.reimportReview(a, Importer::importFile(path(QStringLiteral("v2/a.txt"))).review);
    QVERIFY(watcher.watchedFiles().contains(path(QStringLiteral("v2/a.txt"))));
    QVERIFY(!watcher.watchedFiles().contains(path(QStringLiteral("a.txt"))));
    QSignalSpy changed(&watcher, &SourceWatcher::sourceChanged);
    QVERIFY(writeFile(path(QStringLiteral("v2/a.txt")), Newer + "More.\n"));
    QVERIFY(changed.wait());
    QCOMPARE(changed.at(0).at(0).toString(), a);

    watcher.setProject(nullptr);
    QVERIFY(watcher.watchedFiles().isEmpty());
}

QTEST_GUILESS_MAIN(TestSourceWatcher)
#include "tst_sourcewatcher.moc"
