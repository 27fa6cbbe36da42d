// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/project.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QTimer;

namespace Revmark {

class ProjectLock;
class RecoveryStore;
class SourceWatcher;
struct RecoveryEntry;

// What New, Open, Save, Save As or Restore did, for the window to show.
struct SessionResult
{
    bool ok = false;
    // Translated. When !ok: why it failed, naming the file (the project is unchanged). When ok:
    // empty, or something the user should still read (a file repaired while opening, a backup
    // that could not be kept).
    QString message;
};

// What a re-import of a review's source did.
struct ReimportResult
{
    bool ok = false;        // the file could be imported (else message says why; nothing changed)
    QString reviewId;
    bool onDisk = false;    // the source changed on disk (else the user chose the file)
    bool changed = false;   // one undo step was pushed
    int undoIndex = -1;     // the undo stack's index right after that step; -1 when !changed
    ReimportReport report;
    bool hasOrphans = false; // the review has orphans now
    QString message;        // translated: what happened, or why it failed, in one or two sentences
};

// The policy around the one open project, without widgets or dialogs: it owns the Project (one
// object for the session's life: New, Open and Restore reset it, so views connect once), the
// lock that marks its file open (ProjectLock), the autosave files (RecoveryStore) and their
// timer, and the SourceWatcher that re-imports changed sources.
// File access: a project whose file (or folder) is not writable, or whose file is open in
// another running Revmark, is read-only: save() refuses, saveAs() to another file works and
// ends the read-only state. saveAs() never writes over a file another Revmark has open.
// Autosave: the first change after a save, an open or an autosave starts a single-shot timer
// (autosaveInterval(), 30 s); when it fires a modified project is written to this session's
// recovery file, never the project file. The recovery file goes on save, on New/Open/Restore
// (the caller has had the user save or discard the changes) and on close(); destroying the
// session without close() (as a crash would) leaves it for the next start.
// Changed sources: when the watcher announces a review whose source now imports to another text,
// the review is re-imported (one undo step, unsaved changes or not) and sourceReimported() says
// how; a file that cannot be read any more is reported the same way and logged (lcSession).
class ProjectSession : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultAutosaveInterval = 30 * 1000;

    // recoveryDirectory: where autosave files go; empty means RecoveryStore::defaultDirectory().
    explicit ProjectSession(const QString &recoveryDirectory = QString(), QObject *parent = nullptr);
    ~ProjectSession() override;

    Project *project() const { return m_project; }
    SourceWatcher *sourceWatcher() const { return m_watcher; }
    RecoveryStore *recoveryStore() const { return m_recovery.get(); }

    // With a backup (default), each save keeps the replaced version as ProjectFile::backupPath().
    void setKeepBackup(bool keep) { m_keepBackup = keep; }
    bool keepBackup() const { return m_keepBackup; }

    // --- Lifecycle (unsaved changes must have been dealt with by the caller) ------------
    // An empty, untitled project with the default tags.
    void newProject();
    // Opens a project file; on failure the current project stays as it was. Sources changed
    // since their import are caught up with (sourceReimported() for each).
    SessionResult open(const QString &path);
    // Opens a copy of the project file at path as a new, untitled project (the bundled sample).
    SessionResult openCopy(const QString &path);
    // Saves to the project's file; fails when it has none or is read-only (use saveAs()).
    SessionResult save();
    // Saves to path, which becomes the project's file on success.
    SessionResult saveAs(const QString &path);
    // Opens a recovered state as modified; its file path is the original project's, so save()
    // writes there. The session takes the entry over and keeps autosaving into it.
    void restore(const RecoveryEntry &entry, const ProjectData &data);
    // Re-imports the review from path (its own source or a newer file) as one undo step.
    ReimportResult reimport(const QString &reviewId, const QString &path);
    // A normal end: the autosave file goes (the user saved, discarded or changed nothing).
    void close();

    // --- State ------------------------------------------------------------------------
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    // Translated: why the project is read-only; empty when it is not.
    QString readOnlyReason() const { return m_readOnlyReason; }
    // When the project was opened from or saved to its file (local time); invalid for a new one.
    QDateTime savedAt() const { return m_savedAt; }
    // When the recovery file was last written (local time); invalid when there is none.
    QDateTime autosavedAt() const { return m_autosavedAt; }

    // --- Autosave ---------------------------------------------------------------------
    void setAutosaveInterval(int milliseconds);
    int autosaveInterval() const;
    bool isAutosavePending() const;
    // Writes the recovery file now if the project changed since the last autosave (and removes
    // it if the project is no longer modified). Returns whether a file was written.
    bool autosave();
    // The recovery file of the current project; empty until it autosaved.
    QString recoveryFilePath() const;

    // While hold returns true (a modal dialog is working on the project), re-imports of changed
    // sources wait and are retried every half second.
    void setSourceChangesHeld(std::function<bool()> hold) { m_hold = std::move(hold); }

Q_SIGNALS:
    // New, Open, Restore put another project into project() (after Project::projectReset).
    void opened();
    // Read-only state, file path, saved or autosaved time changed.
    void stateChanged();
    // An autosave could not be written (translated reason); it is tried again later.
    void autosaveFailed(const QString &message);
    // A watched source changed and was re-imported, or could no longer be read. (Qualified, so
    // Qt 5's QSignalSpy and queued connections find the registered type by name.)
    void sourceReimported(const Revmark::ReimportResult &result);

private:
    void onSourceChanged(const QString &reviewId);
    ReimportResult reimportFrom(const QString &reviewId, const QString &path, bool onDisk);
    void startOver();
    void scheduleAutosave();
    void discardRecovery();
    void updateFileAccess();

    Project *m_project;
    SourceWatcher *m_watcher;
    QTimer *m_autosaveTimer;
    std::unique_ptr<RecoveryStore> m_recovery;
    std::unique_ptr<ProjectLock> m_lock; // of the project file, while this session has it open
    QString m_recoveryKey;
    QString m_readOnlyReason;
    QDateTime m_savedAt;
    QDateTime m_autosavedAt;
    bool m_changedSinceAutosave = false;
    bool m_keepBackup = true;
    std::function<bool()> m_hold;
    QStringList m_deferred;
};

} // namespace Revmark

Q_DECLARE_METATYPE(Revmark::ReimportResult)
