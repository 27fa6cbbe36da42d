// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/projectfile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QVector>

#include <memory>

class QLockFile;

namespace Revmark {

// One recovery file: the unsaved state of one project, autosaved by one session.
struct RecoveryEntry
{
    QString key;         // names the file in the store: "<key>.revmark-recovery"
    QString filePath;    // the recovery file
    QString projectPath; // absolute path of the project it belongs to; empty for an untitled one
    QString projectName; // the project's display name when it was written
    QDateTime writtenAt; // UTC
};

// What restoring an entry would change compared with the project file on disk.
struct RecoverySummary
{
    Q_DECLARE_TR_FUNCTIONS(Revmark::RecoveryStore)

public:
    bool projectFileMissing = false; // untitled, or the file is gone or unreadable
    bool projectFileNewer = false;   // the project file was written after the autosave
    bool titleChanged = false;
    bool tagsChanged = false;
    int reviewsAdded = 0;
    int reviewsRemoved = 0;
    int reviewsChanged = 0; // metadata or text
    int annotationsAdded = 0;
    int annotationsRemoved = 0;
    int annotationsChanged = 0; // span, polarity, tags or note
    int reviews = 0;            // in the recovered state
    int annotations = 0;

    bool hasChanges() const;
    // One translated sentence, e.g. "3 annotations added, 1 changed; 1 review added."
    QString text() const;
};

// Recovery files for autosave: one per open project and session, in directory() (by default
// QStandardPaths::AppDataLocation + "/recovery"), never beside or over the project file.
// A recovery file is a complete Revmark project (format in docs/project-format.md) with an
// extra "recovery" object saying which project it belongs to and when it was written; it is
// written atomically (SaveFile) and read back through ProjectFile::parse(), with the same
// validation and limits. While a session owns an entry it holds "<key>.lock" (QLockFile, stale
// when its process is gone), so two running instances never offer each other's live work:
// abandonedEntries() lists only entries whose owner is no longer running.
// Not thread-safe; one store per window or process.
class RecoveryStore
{
    Q_DECLARE_TR_FUNCTIONS(Revmark::RecoveryStore)

public:
    // An empty directory means defaultDirectory().
    explicit RecoveryStore(const QString &directory = QString());
    // Releases this session's locks but deletes nothing: what was written stays recoverable.
    ~RecoveryStore();
    RecoveryStore(const RecoveryStore &) = delete;
    RecoveryStore &operator=(const RecoveryStore &) = delete;

    static QString defaultDirectory();
    QString directory() const { return m_directory; }

    // A fresh key for a project at projectPath (empty for untitled): a hash of the absolute
    // path, so entries of one project are recognisable, and a random part, so a later session
    // never overwrites work another one left.
    static QString newKey(const QString &projectPath);

    // Writes data as the recovery for key (taking the key's lock on first use). On failure
    // *error names the file and the reason and the previous recovery file is untouched.
    bool write(const QString &key, const ProjectData &data, const QString &projectPath, QString *error);
    // Whether this store holds the lock of key (it wrote or adopted it).
    bool owns(const QString &key) const { return m_locks.contains(key); }
    // Removes the recovery file of key, if its owner is this store or no longer running, and
    // releases the lock. Returns false (deleting nothing) when another live session owns it.
    bool discard(const QString &key);
    // Takes over an abandoned entry: this store now owns it and write(key) continues it.
    bool adopt(const QString &key);

    // Entries whose writer is no longer running, newest first. Unreadable files are listed too
    // (with an empty project name) so the user can discard them.
    QVector<RecoveryEntry> abandonedEntries() const;
    // Reads an entry's project, with ProjectFile's validation.
    static ProjectLoadResult load(const RecoveryEntry &entry);
    // Compares a recovered state with the project file at entry.projectPath.
    static RecoverySummary summarize(const RecoveryEntry &entry, const ProjectData &recovered);

    // The recovery file and lock file of key.
    QString filePath(const QString &key) const;
    QString lockPath(const QString &key) const;

private:
    bool lock(const QString &key);

    QString m_directory;
    QHash<QString, std::shared_ptr<QLockFile>> m_locks;
};

} // namespace Revmark
