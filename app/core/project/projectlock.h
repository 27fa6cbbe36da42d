// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

class QLockFile;

namespace Revmark {

// The mark that a project file is open in a running Revmark: a QLockFile at
// ProjectFile::lockFilePath() beside it. A lock counts as stale only when its process is gone
// (a project may stay open for days). While a ProjectLock holds it, other Revmarks open that
// project read-only and refuse to save over it.
class ProjectLock
{
    Q_DECLARE_TR_FUNCTIONS(Revmark::ProjectLock)

public:
    // Tries once, without waiting, to take the lock of the project file at path (absolute).
    explicit ProjectLock(const QString &path);
    ~ProjectLock();
    ProjectLock(const ProjectLock &) = delete;
    ProjectLock &operator=(const ProjectLock &) = delete;

    QString path() const { return m_path; }
    bool isHeld() const { return m_held; }
    // Another running Revmark holds it (as opposed to the lock file not being creatable).
    bool isHeldElsewhere() const { return m_elsewhere; }
    // Empty when held; else a translated sentence saying why not, for a read-only notice:
    // another Revmark has the project open (which process, on which computer), or the lock file
    // could not be created.
    QString whyNotHeld() const { return m_whyNot; }

    // Whether another running Revmark has the project at path open. Takes nothing.
    static bool isHeldElsewhere(const QString &path);

private:
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
    bool m_held = false;
    bool m_elsewhere = false;
    QString m_whyNot;
};

} // namespace Revmark
