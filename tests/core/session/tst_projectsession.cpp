// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/importer.h"
#include "model/qtcompat.h"
#include "project/project.h"
#include "project/projectfile.h"
#include "project/recoverystore.h"
#include "session/projectsession.h"
#include "session/sourcewatcher.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Revmark;

namespace {

const QByteArray Original = "Harbour Lights\n\nA patient, luminous drama.\n\nThe ending feels rushed.\n";
const QByteArray Newer = "Harbour Lights\n\nA patient, luminous drama.\n\nSeen twice, and better for it.\n\nThe ending feels rushed.\n";

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// Marks the first occurrence of words in the review as praise; returns the id.
QString mark(Project *project, const QString &reviewId, const QString &words)
{
    const Review *review = project->findReview(reviewId);
    const int at = review ? int(review->text.indexOf(words)) : -1;
    return at < 0 ? QString() : project->addAnnotation(reviewId, at, at + int(words.size()), Polarity::Praise);
}

} // namespace

// ProjectSession without a window: the lifecycle of the one Project, file access, autosave and
// recovery, re-import, and that every edit it makes stays one undo step.
class TestProjectSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void oneProjectForTheSession();
    void saveAsAndOpen();
    void openFailureKeepsTheProject();
    void saveNeedsAFile();
    void lockedProjectIsReadOnly();
    void unwritableProjectIsReadOnly();
    void autosaveAfterTheFirstChange();
    void autosaveRemovedWhenUndoneToSaved();
    void recoverAndRestore();
    void closeRemovesRecovery();
    void reimportIsOneUndoStep();
    void reimportSameText();
    void failedReimportChangesNothing();
    void changedSourceIsReimported();
    void unreadableChangedSourceIsReported();
    void sourceChangesWaitWhileHeld();
    void openCatchesUpWithChangedSources();

private:
    std::unique_ptr<ProjectSession> newSession();
    QString path(const QString &name) const { return m_dir->filePath(name); }
    // A project with one review imported from a.txt (Original), saved as festival.revmark.
    QString savedProjectWithSource(ProjectSession *session);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestProjectSession::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

std::unique_ptr<ProjectSession> TestProjectSession::newSession()
{
    auto session = std::make_unique<ProjectSession>(path(QStringLiteral("recovery")));
    session->setAutosaveInterval(20);
    return session;
}

QString TestProjectSession::savedProjectWithSource(ProjectSession *session)
{
    if (!writeFile(path(QStringLiteral("a.txt")), Original))
        return {};
    const ImportResult imported = Importer::importFile(path(QStringLiteral("a.txt")));
    if (!imported.ok)
        return {};
    session->project()->addReviews({imported.review});
    if (mark(session->project(), imported.review.id, QStringLiteral("luminous")).isEmpty())
        return {};
    if (!session->saveAs(path(QStringLiteral("festival.revmark"))).ok)
        return {};
    return imported.review.id;
}

void TestProjectSession::oneProjectForTheSession()
{
    auto session = newSession();
    Project *project = session->project();
    QSignalSpy opened(session.get(), &ProjectSession::opened);
    QSignalSpy reset(project, &Project::projectReset);
    QVERIFY(!savedProjectWithSource(session.get()).isEmpty());
    session->newProject();
    QCOMPARE(session->project(), project);
    QCOMPARE(project->reviewCount(), 0);
    QVERIFY(project->filePath().isEmpty());
    QVERIFY(!project->isModified());
    QCOMPARE(project->undoStack()->count(), 0);
    QVERIFY(session->open(path(QStringLiteral("festival.revmark"))).ok);
    QCOMPARE(session->project(), project);
    QCOMPARE(project->reviewCount(), 1);
    QCOMPARE(opened.count(), 2);
    QCOMPARE(reset.count(), 2);
}

void TestProjectSession::saveAsAndOpen()
{
    auto session = newSession();
    const QString reviewId = savedProjectWithSource(session.get());
    QVERIFY(!reviewId.isEmpty());
    Project *project = session->project();
    QCOMPARE(project->filePath(), QFileInfo(path(QStringLiteral("festival.revmark"))).absoluteFilePath());
    QCOMPARE(project->title(), QStringLiteral("festival"));
    QVERIFY(!project->isModified());
    QVERIFY(session->savedAt().isValid());
    QVERIFY(!session->isReadOnly());
    // The lock beside it marks it open.
    QVERIFY(QFile::exists(path(QStringLiteral(".festival.revmark.lock"))));

    // Undo after a save makes the project modified; save() writes to its file again.
    project->undoStack()->undo();
    QVERIFY(project->isModified());
    QCOMPARE(project->annotationCount(), 0);
    const SessionResult saved = session->save();
    QVERIFY2(saved.ok, qPrintable(saved.message));
    QVERIFY(!project->isModified());
    QCOMPARE(ProjectFile::load(project->filePath()).data.reviews.value(0).annotations.size(), 0);
    // With the backup on, the replaced version stays beside it.
    QCOMPARE(ProjectFile::load(ProjectFile::backupPath(project->filePath())).data.reviews.value(0).annotations.size(),
             1);

    // Redo is still there after saving, and opening again starts a fresh history.
    project->undoStack()->redo();
    QCOMPARE(project->annotationCount(), 1);
    session->newProject();
    const SessionResult opened = session->open(path(QStringLiteral("festival.revmark")));
    QVERIFY2(opened.ok, qPrintable(opened.message));
    QVERIFY(opened.message.isEmpty());
    QCOMPARE(project->annotationCount(), 0);
    QVERIFY(!project->undoStack()->canUndo());
    QVERIFY(mark(project, reviewId, QStringLiteral("rushed")).size() > 0);
    project->undoStack()->undo();
    QCOMPARE(project->annotationCount(), 0);
    QVERIFY(!project->isModified());
}

void TestProjectSession::openFailureKeepsTheProject()
{
    auto session = newSession();
    QVERIFY(!savedProjectWithSource(session.get()).isEmpty());
    const QString broken = path(QStringLiteral("broken.revmark"));
    QVERIFY(writeFile(broken, "{ not json"));
    QSignalSpy opened(session.get(), &ProjectSession::opened);
    const SessionResult result = session->open(broken);
    QVERIFY(!result.ok);
    QVERIFY2(result.message.contains(QStringLiteral("broken.revmark")), qPrintable(result.message));
    QCOMPARE(opened.count(), 0);
    QCOMPARE(session->project()->reviewCount(), 1);
    QCOMPARE(session->project()->filePath(), QFileInfo(path(QStringLiteral("festival.revmark"))).absoluteFilePath());
    // Undo still works on what was open.
    session->project()->undoStack()->undo();
    QCOMPARE(session->project()->annotationCount(), 0);
}

void TestProjectSession::saveNeedsAFile()
{
    auto session = newSession();
    const SessionResult result = session->save();
    QVERIFY(!result.ok);
    QVERIFY(!result.message.isEmpty());
    // A failed Save As names the file and changes nothing.
    const QString nowhere = path(QStringLiteral("no/such/folder/x.revmark"));
    const SessionResult failed = session->saveAs(nowhere);
    QVERIFY(!failed.ok);
    QVERIFY2(failed.message.contains(QStringLiteral("x.revmark")), qPrintable(failed.message));
    QVERIFY(session->project()->filePath().isEmpty());
}

void TestProjectSession::lockedProjectIsReadOnly()
{
    auto first = newSession();
    QVERIFY(!savedProjectWithSource(first.get()).isEmpty());
    auto second = newSession();
    QVERIFY(second->open(path(QStringLiteral("festival.revmark"))).ok);
    QVERIFY(second->isReadOnly());
    QVERIFY2(second->readOnlyReason().contains(QStringLiteral("another Revmark")), qPrintable(second->readOnlyReason()));
    QVERIFY(!first->isReadOnly());

    // Edits are fine and undoable; saving over the other session's file is refused.
    const QString reviewId = second->project()->review(0).id;
    QVERIFY(!mark(second->project(), reviewId, QStringLiteral("rushed")).isEmpty());
    const SessionResult save = second->save();
    QVERIFY(!save.ok);
    const SessionResult over = second->saveAs(path(QStringLiteral("festival.revmark")));
    QVERIFY(!over.ok);
    QVERIFY2(over.message.contains(QStringLiteral("another Revmark")), qPrintable(over.message));
    QCOMPARE(ProjectFile::load(path(QStringLiteral("festival.revmark"))).data.reviews.value(0).annotations.size(), 1);
    // Saving elsewhere ends the read-only state.
    QSignalSpy state(second.get(), &ProjectSession::stateChanged);
    QVERIFY(second->saveAs(path(QStringLiteral("copy.revmark"))).ok);
    QVERIFY(!second->isReadOnly());
    QVERIFY(state.count() >= 1);
    QCOMPARE(ProjectFile::load(path(QStringLiteral("copy.revmark"))).data.reviews.value(0).annotations.size(), 2);
    second->project()->undoStack()->undo();
    QCOMPARE(second->project()->annotationCount(), 1);

    // When the first session goes, the file is free again.
    first.reset();
    auto third = newSession();
    QVERIFY(third->open(path(QStringLiteral("festival.revmark"))).ok);
    QVERIFY(!third->isReadOnly());
}

void TestProjectSession::unwritableProjectIsReadOnly()
{
    {
        auto session = newSession();
        QVERIFY(!savedProjectWithSource(session.get()).isEmpty());
        session->close();
    }
    const QString file = path(QStringLiteral("festival.revmark"));
    QVERIFY(QFile::setPermissions(file, QFileDevice::ReadOwner));
    struct Restore
    {
        QString path;
        ~Restore() { QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner); }
    } restore{file};
    {
        QFile probe(file);
        if (probe.open(QIODevice::WriteOnly | QIODevice::Append))
            QSKIP("Permissions are not enforced here (running as root?).");
    }
    auto session = newSession();
    QVERIFY(session->open(file).ok);
    QVERIFY(session->isReadOnly());
    QVERIFY(!session->save().ok);
    QVERIFY(session->saveAs(path(QStringLiteral("writable.revmark"))).ok);
    QVERIFY(!session->isReadOnly());
}

void TestProjectSession::autosaveAfterTheFirstChange()
{
    auto session = newSession();
    const QString reviewId = savedProjectWithSource(session.get());
    QVERIFY(!reviewId.isEmpty());
    QVERIFY(!session->isAutosavePending());
    QVERIFY(session->recoveryFilePath().isEmpty());
    QVERIFY(!mark(session->project(), reviewId, QStringLiteral("rushed")).isEmpty());
    QVERIFY(session->isAutosavePending());
    QSignalSpy state(session.get(), &ProjectSession::stateChanged);
    QTRY_VERIFY(!session->recoveryFilePath().isEmpty());
    QVERIFY(QFile::exists(session->recoveryFilePath()));
    QVERIFY(session->recoveryFilePath().startsWith(path(QStringLiteral("recovery"))));
    QVERIFY(session->autosavedAt().isValid());
    QVERIFY(state.count() >= 1);
    // The project file itself is untouched.
    QCOMPARE(ProjectFile::load(session->project()->filePath()).data.reviews.value(0).annotations.size(), 1);
    // Nothing new since: no second write.
    QVERIFY(!session->autosave());
    // Saving removes the recovery file.
    const QString recovery = session->recoveryFilePath();
    QVERIFY(session->save().ok);
    QVERIFY(!QFile::exists(recovery));
    QVERIFY(session->recoveryFilePath().isEmpty());
    QVERIFY(!session->isAutosavePending());
}

void TestProjectSession::autosaveRemovedWhenUndoneToSaved()
{
    auto session = newSession();
    const QString reviewId = savedProjectWithSource(session.get());
    QVERIFY(!mark(session->project(), reviewId, QStringLiteral("rushed")).isEmpty());
    QVERIFY(session->autosave());
    const QString recovery = session->recoveryFilePath();
    QVERIFY(QFile::exists(recovery));
    session->project()->undoStack()->undo();
    QVERIFY(!session->project()->isModified());
    QTRY_VERIFY(!QFile::exists(recovery));
    QVERIFY(session->recoveryFilePath().isEmpty());
}

void TestProjectSession::recoverAndRestore()
{
    QString recovery;
    QString reviewId;
    {
        auto crashed = newSession();
        reviewId = savedProjectWithSource(crashed.get());
        QVERIFY(!mark(crashed->project(), reviewId, QStringLiteral("rushed")).isEmpty());
        QVERIFY(crashed->autosave());
        recovery = crashed->recoveryFilePath();
        // Destroyed without close(): the crash.
    }
    QVERIFY(QFile::exists(recovery));
    auto session = newSession();
    const QVector<RecoveryEntry> entries = session->recoveryStore()->abandonedEntries();
    QCOMPARE(entries.size(), 1);
    const ProjectLoadResult loaded = RecoveryStore::load(entries.at(0));
    QVERIFY(loaded.ok);
    QSignalSpy opened(session.get(), &ProjectSession::opened);
    session->restore(entries.at(0), loaded.data);
    QCOMPARE(opened.count(), 1);
    Project *project = session->project();
    QVERIFY(project->isModified());
    QCOMPARE(project->annotationCount(), 2);
    QCOMPARE(project->filePath(), QFileInfo(path(QStringLiteral("festival.revmark"))).absoluteFilePath());
    QCOMPARE(session->recoveryFilePath(), recovery);
    QVERIFY(session->autosavedAt().isValid());
    QVERIFY(session->recoveryStore()->abandonedEntries().isEmpty());
    // A change after restoring goes on into the same recovery file, and can be undone.
    QVERIFY(!mark(project, reviewId, QStringLiteral("drama")).isEmpty());
    QTRY_COMPARE(RecoveryStore::load(entries.at(0)).data.reviews.value(0).annotations.size(), 3);
    project->undoStack()->undo();
    QCOMPARE(project->annotationCount(), 2);
    // Saving writes the project file and removes the recovery.
    QVERIFY(session->save().ok);
    QVERIFY(!QFile::exists(recovery));
    QCOMPARE(ProjectFile::load(project->filePath()).data.reviews.value(0).annotations.size(), 2);
}

void TestProjectSession::closeRemovesRecovery()
{
    auto session = newSession();
    const QString reviewId = savedProjectWithSource(session.get());
    QVERIFY(!mark(session->project(), reviewId, QStringLiteral("rushed")).isEmpty());
    QVERIFY(session->autosave());
    const QString recovery = session->recoveryFilePath();
    session->close();
    QVERIFY(!QFile::exists(recovery));
    QVERIFY(!session->isAutosavePending());
    // New and Open discard it too (the caller asked about the changes).
    QVERIFY(!mark(session->project(), reviewId, QStringLiteral("drama")).isEmpty());
    QVERIFY(session->autosave());
    const QString second = session->recoveryFilePath();
    QVERIFY(QFile::exists(second));
    session->newProject();
    QVERIFY(!QFile::exists(second));
    QVERIFY(!session->isAutosavePending());
}

void TestProjectSession::reimportIsOneUndoStep()
{
    auto session = newSession();
    const QString reviewId = savedProjectWithSource(session.get());
    Project *project = session->project();
    QVERIFY(!mark(project, reviewId, QStringLiteral("feels rushed")).isEmpty());
    const QString newer = path(QStringLiteral("b.text"));
    QVERIFY(writeFile(newer, Newer));
    const int before = project->undoStack()->index();
    const ReimportResult result = session->reimport(reviewId, newer);
    QVERIFY2(result.ok, qPrintable(result.message));
    QVERIFY(result.changed);
    QVERIFY(!result.onDisk);
    QCOMPARE(result.undoIndex, before + 1);
    QCOMPARE(project->undoStack()->index(), before + 1);
    QCOMPARE(result.report.unchanged + result.report.exact + result.report.fuzzy, 2);
    QCOMPARE(result.report.orphaned, 0);
    QVERIFY2(result.message.contains(QStringLiteral("re-imported")), qPrintable(result.message));
    QCOMPARE(project->findReview(reviewId)->sourcePath, QFileInfo(newer).absoluteFilePath());
    project->undoStack()->undo();
    QCOMPARE(project->undoStack()->index(), before);
    QCOMPARE(project->findReview(reviewId)->sourcePath, QFileInfo(path(QStringLiteral("a.txt"))).absoluteFilePath());
    QVERIFY(project->findReview(reviewId)->text.contains(QStringLiteral("A patient, luminous drama.")));
    QCOMPARE(project->annotationCount(), 2);
}

void TestProjectSession::reimportSameText()
{
    auto session = newSession();
    const QString reviewId = savedProjectWithSource(session.get());
    const int before = session->project()->undoStack()->index();
    const ReimportResult result = session->reimport(reviewId, path(QStringLiteral("a.txt")));
    QVERIFY(result.ok);
    QVERIFY(!result.changed);
    QCOMPARE(result.undoIndex, -1);
    QCOMPARE(session->project()->undoStack()->index(), before);
    QVERIFY2(result.message.contains(QStringLiteral("nothing changed")), qPrintable(result.message));
}

void TestProjectSession::failedReimportChangesNothing()
{
    auto session = newSession();
    const QString reviewId = savedProjectWithSource(session.get());
    const QByteArray before = ProjectFile::serialize(*session->project());
    const int index = session->project()->undoStack()->index();
    const QString empty = path(QStringLiteral("empty.txt"));
    QVERIFY(writeFile(empty, QByteArray()));
    for (const QString &file : {empty, path(QStringLiteral("missing.txt"))}) {
        const ReimportResult result = session->reimport(reviewId, file);
        QVERIFY(!result.ok);
        QVERIFY(!result.changed);
        QVERIFY2(result.message.contains(QFileInfo(file).fileName()), qPrintable(result.message));
        QCOMPARE(ProjectFile::serialize(*session->project()), before);
        QCOMPARE(session->project()->undoStack()->index(), index);
    }
    QVERIFY(!session->reimport(QStringLiteral("no-such-review"), path(QStringLiteral("a.txt"))).ok);
    // Undo still takes back the annotation.
    session->project()->undoStack()->undo();
    QCOMPARE(session->project()->annotationCount(), 0);
}

void TestProjectSession::changedSourceIsReimported()
{
    auto session = newSession();
    const QString reviewId = savedProjectWithSource(session.get());
    QSignalSpy reimported(session.get(), &ProjectSession::sourceReimported);
    const int before = session->project()->undoStack()->index();
    QVERIFY(writeFile(path(QStringLiteral("a.txt")), Newer));
    QVERIFY(reimported.wait(5000));
    const auto result = reimported.at(0).at(0).value<ReimportResult>();
    QVERIFY(result.ok);
    QVERIFY(result.onDisk);
    QVERIFY(result.changed);
    QCOMPARE(result.reviewId, reviewId);
    QVERIFY2(result.message.contains(QStringLiteral("changed on disk")), qPrintable(result.message));
    QVERIFY(session->project()->findReview(reviewId)->text.contains(QStringLiteral("Seen twice")));
    // An ordinary edit: modified, autosaved, one undo step.
    QVERIFY(session->project()->isModified());
    QCOMPARE(session->project()->undoStack()->index(), before + 1);
    session->project()->undoStack()->undo();
    QVERIFY(!session->project()->findReview(reviewId)->text.contains(QStringLiteral("Seen twice")));
    QVERIFY(!session->project()->isModified());
}

void TestProjectSession::unreadableChangedSourceIsReported()
{
    auto session = newSession();
    const QString reviewId = savedProjectWithSource(session.get());
    const QByteArray before = ProjectFile::serialize(*session->project());
    const int index = session->project()->undoStack()->index();
    // Emptied between the watcher's announcement and the session's read of it.
    session->setSourceChangesHeld([this] {
        writeFile(path(QStringLiteral("a.txt")), QByteArray());
        return false;
    });
    QSignalSpy reimported(session.get(), &ProjectSession::sourceReimported);
    QVERIFY(writeFile(path(QStringLiteral("a.txt")), Newer));
    QVERIFY(reimported.wait(5000));
    const auto result = reimported.at(0).at(0).value<ReimportResult>();
    QVERIFY(!result.ok);
    QVERIFY(result.onDisk);
    QVERIFY(!result.changed);
    QCOMPARE(result.reviewId, reviewId);
    QVERIFY2(result.message.contains(QStringLiteral("could not be read")), qPrintable(result.message));
    QVERIFY2(result.message.contains(QStringLiteral("a.txt")), qPrintable(result.message));
    QCOMPARE(ProjectFile::serialize(*session->project()), before);
    QCOMPARE(session->project()->undoStack()->index(), index);
}

void TestProjectSession::sourceChangesWaitWhileHeld()
{
    auto session = newSession();
    const QString reviewId = savedProjectWithSource(session.get());
    bool held = true;
    session->setSourceChangesHeld([&held] { return held; });
    QSignalSpy reimported(session.get(), &ProjectSession::sourceReimported);
    QVERIFY(writeFile(path(QStringLiteral("a.txt")), Newer));
    QSignalSpy announced(session->sourceWatcher(), &SourceWatcher::sourceChanged);
    QVERIFY(announced.wait(5000));
    QVERIFY(!reimported.wait(700));
    QVERIFY(!session->project()->findReview(reviewId)->text.contains(QStringLiteral("Seen twice")));
    held = false;
    QVERIFY(reimported.wait(5000));
    QVERIFY(session->project()->findReview(reviewId)->text.contains(QStringLiteral("Seen twice")));
}

void TestProjectSession::openCatchesUpWithChangedSources()
{
    {
        auto session = newSession();
        QVERIFY(!savedProjectWithSource(session.get()).isEmpty());
        session->close();
    }
    // Changed while no Revmark had the project open, a little later than the import.
    QFile source(path(QStringLiteral("a.txt")));
    QVERIFY(writeFile(source.fileName(), Newer));
    QVERIFY(source.open(QIODevice::ReadWrite));
    QVERIFY(source.setFileTime(QDateTime::currentDateTimeUtc().addSecs(60), QFileDevice::FileModificationTime));
    source.close();
    auto session = newSession();
    QSignalSpy reimported(session.get(), &ProjectSession::sourceReimported);
    QVERIFY(session->open(path(QStringLiteral("festival.revmark"))).ok);
    QCOMPARE(reimported.count(), 1);
    QVERIFY(session->project()->review(0).text.contains(QStringLiteral("Seen twice")));
    QVERIFY(session->project()->isModified());
    session->project()->undoStack()->undo();
    QVERIFY(!session->project()->isModified());
}

QTEST_GUILESS_MAIN(TestProjectSession)
#include "tst_projectsession.moc"
