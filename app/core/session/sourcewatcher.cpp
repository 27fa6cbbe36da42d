// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/sourcewatcher.h"

#include "import/importer.h"
#include "project/project.h"

#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QPair>
#include <QSet>
#include <QTimer>

namespace Revmark {

namespace {

QString watchKey(const QString &sourcePath)
{
    return sourcePath.isEmpty() ? QString() : QFileInfo(sourcePath).absoluteFilePath();
}

// What a folder notification is compared with: a file whose time and size are the same was not
// replaced (a project saved next to its sources must not re-read them all).
QPair<qint64, qint64> stampOf(const QString &path)
{
    const QFileInfo info(path);
    return info.isFile() ? qMakePair(info.lastModified().toMSecsSinceEpoch(), info.size()) : qMakePair(qint64(-1), qint64(-1));
}

} // namespace

SourceWatcher::SourceWatcher(QObject *parent)
    : QObject(parent)
    , m_watcher(new QFileSystemWatcher(this))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(SettleMilliseconds);
    connect(m_timer, &QTimer::timeout, this, &SourceWatcher::settle);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &SourceWatcher::onFileChanged);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &SourceWatcher::onDirectoryChanged);
}

SourceWatcher::~SourceWatcher() = default;

void SourceWatcher::setProject(Project *project)
{
    if (m_project)
        m_project->disconnect(this);
    m_project = project;
    m_announced.clear();
    m_pending.clear();
    m_missing.clear();
    m_stamps.clear();
    m_rewatch.clear();
    m_timer->stop();
    if (project) {
        connect(project, &Project::projectReset, this, &SourceWatcher::resync);
        connect(project, &Project::reviewInserted, this, &SourceWatcher::watchInserted);
        connect(project, &Project::reviewRemoved, this, [this](const QString &reviewId) {
            m_announced.remove(reviewId);
            resync();
        });
        // A re-import from another file changes the path.
        connect(project, &Project::reviewPropertiesChanged, this, &SourceWatcher::resync);
    }
    resync();
}

QStringList SourceWatcher::watchedFiles() const
{
    return m_watcher->files();
}

// Adding reviews one by one (an import of many files) must not rebuild the whole map each time.
void SourceWatcher::watchInserted(int index)
{
    if (!m_project || index < 0 || index >= m_project->reviewCount())
        return;
    const Review &review = m_project->review(index);
    const QString path = watchKey(review.sourcePath);
    if (path.isEmpty())
        return;
    m_reviewsByPath[path].append(review.id);
    if (!m_stamps.contains(path))
        m_stamps.insert(path, stampOf(path));
    QStringList added;
    if (QFileInfo(path).isFile() && !m_watcher->files().contains(path))
        added.append(path);
    const QString directory = QFileInfo(path).absolutePath();
    if (QFileInfo(directory).isDir() && !m_watcher->directories().contains(directory))
        added.append(directory);
    if (!added.isEmpty())
        m_watcher->addPaths(added);
}

void SourceWatcher::resync()
{
    m_reviewsByPath.clear();
    QSet<QString> directories;
    if (m_project) {
        for (const Review &review : m_project->reviews()) {
            const QString path = watchKey(review.sourcePath);
            if (path.isEmpty())
                continue;
            m_reviewsByPath[path].append(review.id);
            // The folder is watched even when the file is missing now: it may come (back).
            const QString directory = QFileInfo(path).absolutePath();
            if (QFileInfo(directory).isDir())
                directories.insert(directory);
        }
    }
    QStringList stale;
    for (const QString &path : m_watcher->files()) {
        if (!m_reviewsByPath.contains(path))
            stale.append(path);
    }
    for (const QString &directory : m_watcher->directories()) {
        if (!directories.contains(directory))
            stale.append(directory);
    }
    if (!stale.isEmpty())
        m_watcher->removePaths(stale);

    const QStringList watchedFiles = m_watcher->files();
    // A set: a list lookup per review made adding a thousand reviews cubic.
    const QSet<QString> files(watchedFiles.cbegin(), watchedFiles.cend());
    QStringList added;
    for (auto it = m_reviewsByPath.cbegin(); it != m_reviewsByPath.cend(); ++it) {
        if (!m_stamps.contains(it.key()))
            m_stamps.insert(it.key(), stampOf(it.key()));
        if (!files.contains(it.key()) && QFileInfo(it.key()).isFile())
            added.append(it.key());
    }
    const QStringList watchedDirectories = m_watcher->directories();
    for (const QString &directory : std::as_const(directories)) {
        if (!watchedDirectories.contains(directory))
            added.append(directory);
    }
    if (!added.isEmpty())
        m_watcher->addPaths(added);
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (m_reviewsByPath.contains(*it))
            ++it;
        else
            it = m_pending.erase(it);
    }
    for (auto it = m_stamps.begin(); it != m_stamps.end();) {
        if (m_reviewsByPath.contains(it.key()))
            ++it;
        else
            it = m_stamps.erase(it);
    }
}

void SourceWatcher::onFileChanged(const QString &path)
{
    m_pending.insert(path);
    m_timer->start();
}

void SourceWatcher::onDirectoryChanged(const QString &directory)
{
    // Only the folder says when a file that was replaced or deleted exists again, and a file
    // replaced by a rename may be reported nowhere else (an editor that moves the old file to a
    // backup leaves the watch on the backup). Such a file is watched anew.
    const QStringList watched = m_watcher->files();
    const QDir dir(directory);
    bool any = false;
    for (auto it = m_reviewsByPath.cbegin(); it != m_reviewsByPath.cend(); ++it) {
        const QFileInfo info(it.key());
        if (info.absolutePath() != dir.absolutePath())
            continue;
        if (watched.contains(it.key()) != info.isFile() || m_missing.contains(it.key())
            || m_stamps.value(it.key()) != stampOf(it.key())) {
            m_pending.insert(it.key());
            m_rewatch.insert(it.key());
            any = true;
        }
    }
    if (any)
        m_timer->start();
}

void SourceWatcher::settle()
{
    if (!m_project)
        return;
    const QSet<QString> pending = m_pending;
    m_pending.clear();
    const QStringList watched = m_watcher->files();
    for (const QString &path : pending) {
        const bool exists = QFileInfo(path).isFile();
        m_stamps.insert(path, stampOf(path));
        if (exists && watched.contains(path) && m_rewatch.contains(path))
            m_watcher->removePath(path);
        if (exists && (!watched.contains(path) || m_rewatch.contains(path)))
            m_watcher->addPath(path);
        m_rewatch.remove(path);
        if (!exists) {
            if (!m_missing.contains(path)) {
                m_missing.insert(path);
                for (const QString &reviewId : m_reviewsByPath.value(path))
                    Q_EMIT sourceMissing(reviewId);
            }
            continue;
        }
        m_missing.remove(path);
        // A slot may change the project (re-import), so look the reviews up again each time.
        const QStringList reviewIds = m_reviewsByPath.value(path);
        for (const QString &reviewId : reviewIds)
            check(reviewId);
    }
}

bool SourceWatcher::check(const QString &reviewId)
{
    const Review *review = m_project ? m_project->findReview(reviewId) : nullptr;
    if (!review || review->sourcePath.isEmpty())
        return false;
    // A file caught half written may not import at all (empty); its next change will be read.
    const ImportResult result = Importer::importFile(review->sourcePath);
    if (!result.ok)
        return false;
    if (result.review.text == review->text)
        return false;
    const auto announced = m_announced.constFind(reviewId);
    if (announced != m_announced.constEnd() && *announced == result.review.text)
        return false;
    m_announced.insert(reviewId, result.review.text);
    Q_EMIT sourceChanged(reviewId);
    return true;
}

void SourceWatcher::checkModifiedSinceImport()
{
    if (!m_project)
        return;
    QStringList ids;
    for (const Review &review : m_project->reviews()) {
        if (review.sourcePath.isEmpty() || !review.importedAt.isValid())
            continue;
        const QFileInfo info(review.sourcePath);
        if (info.isFile() && info.lastModified() > review.importedAt)
            ids.append(review.id);
    }
    for (const QString &id : std::as_const(ids))
        check(id);
}

} // namespace Revmark
