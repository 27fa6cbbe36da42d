// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QSet>
#include <QString>

class QFileSystemWatcher;
class QTimer;

namespace Revmark {

class Project;

// Watches the source files (Review::sourcePath) of the reviews of one project and says when one
// of them now holds another text than its review. Follows the project: reviews added, removed,
// re-imported from another file, a whole new content. Editors that save by writing a new file
// and renaming it over the old one are followed (the path is watched again once it exists
// again; the folder is watched to notice that). Bursts of notifications (an editor writing in
// several steps, a save followed by a touch) are coalesced: the changed paths are read once
// notifications have stopped for SettleMilliseconds. Reading means Importer::importFile, so a change that
// imports to the same canonical text (line ends, trailing blanks, an encoding change) is no
// change. The same new text is announced once; after the user undoes a re-import, the file has
// to change again to be announced again. Never changes the project itself.
class SourceWatcher : public QObject
{
    Q_OBJECT

public:
    static constexpr int SettleMilliseconds = 250;

    explicit SourceWatcher(QObject *parent = nullptr);
    ~SourceWatcher() override;

    // nullptr to stop watching. Forgets what was announced for the previous project.
    void setProject(Project *project);
    Project *project() const { return m_project; }

    // The files currently watched (absolute paths; sources that do not exist are not watched
    // until their folder shows them appearing).
    QStringList watchedFiles() const;

    // Reads the review's source now and emits sourceChanged() when its text differs (and was
    // not announced already). Returns whether it did.
    bool check(const QString &reviewId);
    // check() for every review whose source file was modified after the review was imported
    // (for a project just opened: the files may have changed while Revmark was closed).
    void checkModifiedSinceImport();

Q_SIGNALS:
    // The review's source file now imports to a text other than the review's.
    void sourceChanged(const QString &reviewId);
    // A watched source file was deleted or moved away (emitted once until it reappears).
    void sourceMissing(const QString &reviewId);

private:
    void resync();
    void watchInserted(int index);
    void onFileChanged(const QString &path);
    void onDirectoryChanged(const QString &directory);
    void settle();

    QPointer<Project> m_project;
    QFileSystemWatcher *m_watcher;
    QTimer *m_timer;
    // Source path -> ids of the reviews read from it.
    QHash<QString, QStringList> m_reviewsByPath;
    QSet<QString> m_pending;
    QSet<QString> m_missing;
    // Paths whose watch may sit on a file that is no longer theirs (moved away, replaced).
    QSet<QString> m_rewatch;
    // Path -> modification time (ms) and size when last looked at.
    QHash<QString, QPair<qint64, qint64>> m_stamps;
    // Review id -> the new text last announced, so one change is announced once.
    QHash<QString, QString> m_announced;
};

} // namespace Revmark
