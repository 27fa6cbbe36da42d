// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/projectlock.h"

#include "project/projectfile.h"

#include <QLockFile>

namespace Revmark {

ProjectLock::ProjectLock(const QString &path)
    : m_path(path)
    , m_lock(std::make_unique<QLockFile>(ProjectFile::lockFilePath(path)))
{
    // A project may stay open for days: only a dead process makes the lock stale.
    m_lock->setStaleLockTime(0);
    m_held = m_lock->tryLock(0);
    if (m_held)
        return;
    m_elsewhere = m_lock->error() == QLockFile::LockFailedError;
    if (m_elsewhere) {
        qint64 pid = 0;
        QString host;
        QString application;
        m_lock->getLockInfo(&pid, &host, &application);
        m_whyNot = tr("It is open in another Revmark window (process %1 on %2).")
                       .arg(pid)
                       .arg(host.isEmpty() ? tr("this computer") : host);
    } else {
        m_whyNot = tr("Its lock file could not be created.");
    }
}

ProjectLock::~ProjectLock() = default;

bool ProjectLock::isHeldElsewhere(const QString &path)
{
    QLockFile probe(ProjectFile::lockFilePath(path));
    probe.setStaleLockTime(0);
    if (probe.tryLock(0)) {
        probe.unlock();
        return false;
    }
    return probe.error() == QLockFile::LockFailedError;
}

} // namespace Revmark
