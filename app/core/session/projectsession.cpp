// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/projectsession.h"

#include "import/importer.h"
#include "model/logging.h"
#include "model/qtcompat.h"
#include "project/projectfile.h"
#include "project/projectlock.h"
#include "project/recoverystore.h"
#include "session/sourcewatcher.h"

#include <QDir>
#include <QFileInfo>
#include <QTimer>

#include <utility>

namespace Revmark {

ProjectSession::ProjectSession(const QString &recoveryDirectory, QObject *parent)
    : QObject(parent)
    , m_project(new Project(this))
    , m_watcher(new SourceWatcher(this))
    , m_autosaveTimer(new QTimer(this))
    , m_recovery(std::make_unique<RecoveryStore>(recoveryDirectory))
{
    qRegisterMetaType<ReimportResult>();
    m_autosaveTimer->setObjectName(QStringLiteral("autosaveTimer"));
    m_autosaveTimer->setSingleShot(true);
    m_autosaveTimer->setInterval(DefaultAutosaveInterval);
    connect(m_autosaveTimer, &QTimer::timeout, this, &ProjectSession::autosave);
    connect(m_project->undoStack(), &QUndoStack::indexChanged, this, &ProjectSession::scheduleAutosave);
    connect(m_project, &Project::filePathChanged, this, &ProjectSession::stateChanged);
    m_watcher->setProject(m_project);
    connect(m_watcher, &SourceWatcher::sourceChanged, this, &ProjectSession::onSourceChanged);
}

// Deliberately no discardRecovery(): a session destroyed without close() is the crash case, and
// what was autosaved must stay for the next start.
ProjectSession::~ProjectSession()
{
    // The undo stack signals while it is destroyed with the other children, after the timer it
    // would restart is gone.
    disconnect(m_project->undoStack(), nullptr, this, nullptr);
}

// --- Lifecycle ---------------------------------------------------------------------------------

void ProjectSession::startOver()
{
    // The previous project's changes were saved or discarded by the user, or there were none:
    // its recovery file has served. Resetting the project counted as a change; it is none.
    discardRecovery();
    m_changedSinceAutosave = false;
    m_autosaveTimer->stop();
    updateFileAccess();
    Q_EMIT opened();
    Q_EMIT stateChanged();
}

void ProjectSession::newProject()
{
    m_project->reset(QString(), Project::defaultTags(), {});
    m_project->setFilePath(QString());
    m_savedAt = {};
    startOver();
}

SessionResult ProjectSession::open(const QString &path)
{
    SessionResult result;
    const ProjectLoadResult loaded = ProjectFile::loadInto(m_project, path);
    if (!loaded.ok) {
        qCInfo(lcSession) << "could not open" << path;
        result.message = loaded.error;
        return result;
    }
    result.ok = true;
    m_savedAt = QFileInfo(path).lastModified();
    startOver();
    if (!loaded.warnings.isEmpty())
        result.message = tr("“%1” was repaired while opening:\n%2")
                             .arg(QDir::toNativeSeparators(path), loaded.warnings.join(QLatin1Char('\n')));
    // Sources edited while the project was closed are caught up with, as if it had been open.
    m_watcher->checkModifiedSinceImport();
    return result;
}

SessionResult ProjectSession::openCopy(const QString &path)
{
    SessionResult result;
    const ProjectLoadResult loaded = ProjectFile::load(path);
    m_project->reset(loaded.ok ? loaded.data.title : QString(),
                     loaded.ok ? loaded.data.tags : Project::defaultTags(), loaded.data.reviews);
    m_project->setFilePath(QString());
    m_savedAt = {};
    startOver();
    result.ok = loaded.ok;
    result.message = loaded.error;
    return result;
}

SessionResult ProjectSession::save()
{
    if (m_project->filePath().isEmpty() || isReadOnly()) {
        SessionResult result;
        result.message = m_project->filePath().isEmpty()
            ? tr("The project has no file yet: save it under a name.")
            : tr("Could not save “%1”: %2").arg(QDir::toNativeSeparators(m_project->filePath()), m_readOnlyReason);
        return result;
    }
    return saveAs(m_project->filePath());
}

SessionResult ProjectSession::saveAs(const QString &path)
{
    SessionResult result;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    // Another Revmark has that file open: saving over it would undo its user's work.
    if ((absolute != m_project->filePath() || !m_lock || !m_lock->isHeld())
        && ProjectLock::isHeldElsewhere(absolute)) {
        result.message = tr("Could not save “%1”: it is open in another Revmark window. Close it there or choose "
                            "another name.")
                             .arg(QDir::toNativeSeparators(absolute));
        return result;
    }
    if (m_project->title().isEmpty())
        m_project->setTitle(QFileInfo(path).completeBaseName());
    QString error;
    if (!ProjectFile::save(m_project->data(), path, m_keepBackup, &error, &result.message)) {
        qCInfo(lcSession) << "could not save" << path;
        result.message = error;
        return result;
    }
    result.ok = true;
    m_project->setFilePath(absolute);
    m_project->undoStack()->setClean();
    m_savedAt = QDateTime::currentDateTime();
    // Saved: the autosave has served, and the next one is keyed by this file.
    discardRecovery();
    m_changedSinceAutosave = false;
    m_autosaveTimer->stop();
    updateFileAccess();
    Q_EMIT stateChanged();
    return result;
}

void ProjectSession::restore(const RecoveryEntry &entry, const ProjectData &data)
{
    m_project->reset(data.title, data.tags, data.reviews);
    m_project->setFilePath(entry.projectPath);
    m_savedAt = {};
    startOver();
    // Modified from the start: the restored changes are not in the project file yet.
    m_project->undoStack()->resetClean();
    m_changedSinceAutosave = false;
    m_autosaveTimer->stop();
    if (m_recovery->adopt(entry.key)) {
        m_recoveryKey = entry.key;
        m_autosavedAt = entry.writtenAt.toLocalTime();
    }
    qCInfo(lcSession) << "restored recovery" << entry.key << "for" << entry.projectPath;
    Q_EMIT stateChanged();
}

void ProjectSession::close()
{
    m_autosaveTimer->stop();
    discardRecovery();
}

// --- Re-import ---------------------------------------------------------------------------------

ReimportResult ProjectSession::reimport(const QString &reviewId, const QString &path)
{
    return reimportFrom(reviewId, path, false);
}

ReimportResult ProjectSession::reimportFrom(const QString &reviewId, const QString &path, bool onDisk)
{
    ReimportResult result;
    result.reviewId = reviewId;
    result.onDisk = onDisk;
    const Review *review = m_project->findReview(reviewId);
    if (!review) {
        result.message = tr("The review is no longer in the project.");
        return result;
    }
    const QString title = review->title.isEmpty() ? tr("Untitled review") : review->title;
    const ImportResult imported = Importer::importFile(path);
    if (!imported.ok) {
        qCWarning(lcSession) << "re-import of" << reviewId << "from" << path << "failed:" << imported.error;
        result.message = onDisk ? tr("“%1” changed on disk but could not be read again: %2").arg(title, imported.error)
                                : imported.error;
        return result;
    }
    result.ok = true;
    const int before = m_project->undoStack()->index();
    result.report = m_project->reimportReview(reviewId, imported.review);
    result.changed = m_project->undoStack()->index() != before;
    result.undoIndex = result.changed ? m_project->undoStack()->index() : -1;
    review = m_project->findReview(reviewId);
    result.hasOrphans = review && !review->orphans.isEmpty();
    const ReimportReport &report = result.report;
    qCDebug(lcSession) << "re-imported" << reviewId << "from" << path << "unchanged" << report.unchanged << "exact"
                       << report.exact << "fuzzy" << report.fuzzy << "orphaned" << report.orphaned << "restored"
                       << report.restored;
    if (!result.changed) {
        result.message = tr("“%1” re-imported: the file holds the same text, nothing changed.").arg(title);
    } else if (report.total() == 0 && report.restored == 0) {
        result.message = onDisk
            ? tr("“%1” changed on disk and was read again; it has no annotations to move.").arg(title)
            : tr("“%1” re-imported; it has no annotations to move.").arg(title);
    } else {
        //: Counts of a re-import: how the review's annotations were placed in its new text.
        QString counts = tr("%n annotation(s) unchanged, %1 moved, %2 re-placed by fuzzy match, %3 orphaned",
                            nullptr, report.unchanged)
                             .arg(report.exact)
                             .arg(report.fuzzy)
                             .arg(report.orphaned);
        if (report.restored > 0)
            counts = tr("%1; %n earlier orphan(s) placed again", nullptr, report.restored).arg(counts);
        result.message = onDisk ? tr("“%1” changed on disk: %2").arg(title, counts)
                                : tr("“%1” re-imported: %2").arg(title, counts);
    }
    return result;
}

void ProjectSession::onSourceChanged(const QString &reviewId)
{
    if (m_hold && m_hold()) {
        if (!m_deferred.contains(reviewId))
            m_deferred.append(reviewId);
        QTimer::singleShot(500, this, [this] {
            const QStringList ids = std::exchange(m_deferred, {});
            for (const QString &id : ids)
                onSourceChanged(id);
        });
        return;
    }
    const Review *review = m_project->findReview(reviewId);
    if (!review)
        return;
    const ReimportResult result = reimportFrom(reviewId, review->sourcePath, true);
    // The same text after all (the watcher read it a moment ago): nothing to say.
    if (result.ok && !result.changed)
        return;
    Q_EMIT sourceReimported(result);
}

// --- Autosave, recovery and file access --------------------------------------------------------

void ProjectSession::setAutosaveInterval(int milliseconds)
{
    m_autosaveTimer->setInterval(milliseconds);
}

int ProjectSession::autosaveInterval() const
{
    return m_autosaveTimer->interval();
}

bool ProjectSession::isAutosavePending() const
{
    return m_autosaveTimer->isActive();
}

void ProjectSession::scheduleAutosave()
{
    m_changedSinceAutosave = true;
    // Started by the first change only, so steady editing cannot postpone it forever.
    if (!m_autosaveTimer->isActive())
        m_autosaveTimer->start();
}

bool ProjectSession::autosave()
{
    m_autosaveTimer->stop();
    if (!m_project->isModified()) {
        // Undone back to the saved state: nothing left to recover.
        if (!m_recoveryKey.isEmpty()) {
            discardRecovery();
            Q_EMIT stateChanged();
        }
        return false;
    }
    if (!m_changedSinceAutosave)
        return false;
    if (m_recoveryKey.isEmpty())
        m_recoveryKey = RecoveryStore::newKey(m_project->filePath());
    QString error;
    if (!m_recovery->write(m_recoveryKey, m_project->data(), m_project->filePath(), &error)) {
        qCWarning(lcSession) << "autosave failed:" << error;
        // Quietly, and again later: a dialog every 30 s would be worse than the problem.
        m_autosaveTimer->start();
        Q_EMIT autosaveFailed(error);
        return false;
    }
    m_changedSinceAutosave = false;
    m_autosavedAt = QDateTime::currentDateTime();
    qCDebug(lcSession) << "autosaved to" << m_recovery->filePath(m_recoveryKey);
    Q_EMIT stateChanged();
    return true;
}

QString ProjectSession::recoveryFilePath() const
{
    return m_recoveryKey.isEmpty() ? QString() : m_recovery->filePath(m_recoveryKey);
}

void ProjectSession::discardRecovery()
{
    if (!m_recoveryKey.isEmpty())
        m_recovery->discard(m_recoveryKey);
    m_recoveryKey.clear();
    m_autosavedAt = {};
}

void ProjectSession::updateFileAccess()
{
    const QString path = m_project->filePath();
    m_readOnlyReason.clear();
    // Saved again to the same file, a lock we hold stays ours; one held elsewhere is tried again.
    if (!m_lock || m_lock->path() != path || !m_lock->isHeld()) {
        m_lock.reset();
        if (!path.isEmpty())
            m_lock = std::make_unique<ProjectLock>(path);
    }
    if (m_lock && m_lock->isHeldElsewhere())
        m_readOnlyReason = m_lock->whyNotHeld();
    if (m_readOnlyReason.isEmpty() && !path.isEmpty())
        m_readOnlyReason = ProjectFile::whyNotWritable(path);
    // An unwritable folder says more than the lock file it also prevents.
    if (m_readOnlyReason.isEmpty() && m_lock && !m_lock->isHeld())
        m_readOnlyReason = m_lock->whyNotHeld();
    if (!m_readOnlyReason.isEmpty())
        qCInfo(lcSession) << "read-only:" << path << m_readOnlyReason;
}

} // namespace Revmark
