// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/recoverystore.h"

#include "model/limits.h"
#include "project/jsonscanner.h"
#include "project/savefile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QRandomGenerator>
#include <QSet>
#include <QStandardPaths>

#include <algorithm>

namespace Revmark {

namespace {

const QString Suffix = QStringLiteral(".revmark-recovery");
const QString LockSuffix = QStringLiteral(".lock");
const QString RecoveryKey = QStringLiteral("recovery");

std::shared_ptr<QLockFile> makeLock(const QString &path)
{
    auto lock = std::make_shared<QLockFile>(path);
    // Staleness by process only: an editing session may hold its lock for days.
    lock->setStaleLockTime(0);
    return lock;
}

// The "recovery" member is found by a scan that stops as soon as it has been read, wherever it
// stands among the members: the listing never parses whole projects (a damaged or hostile file
// in the folder must not cost gigabytes at start-up), and no more than the project limit is read.
QJsonObject readRecoveryObject(QIODevice *file)
{
    return QJsonDocument::fromJson(JsonScanner::topLevelMember(file, RecoveryKey.toLatin1(), Limits::MaxProjectFileSize))
        .object();
}

bool sameAnnotation(const Annotation &a, const Annotation &b)
{
    return a.start == b.start && a.end == b.end && a.polarity == b.polarity && a.tags == b.tags && a.note == b.note;
}

} // namespace

bool RecoverySummary::hasChanges() const
{
    return projectFileMissing || titleChanged || tagsChanged || reviewsAdded || reviewsRemoved || reviewsChanged
        || annotationsAdded || annotationsRemoved || annotationsChanged;
}

QString RecoverySummary::text() const
{
    if (projectFileMissing) {
        //: Recovery: what an autosave of a project without a saved file holds
        return tr("%1 and %2, not saved in any project file.")
            .arg(tr("%n review(s)", nullptr, reviews), tr("%n annotation(s)", nullptr, annotations));
    }
    QStringList parts;
    if (annotationsAdded)
        parts.append(tr("%n annotation(s) added", nullptr, annotationsAdded));
    if (annotationsChanged)
        parts.append(tr("%n annotation(s) changed", nullptr, annotationsChanged));
    if (annotationsRemoved)
        parts.append(tr("%n annotation(s) removed", nullptr, annotationsRemoved));
    if (reviewsAdded)
        parts.append(tr("%n review(s) added", nullptr, reviewsAdded));
    if (reviewsChanged)
        parts.append(tr("%n review(s) changed", nullptr, reviewsChanged));
    if (reviewsRemoved)
        parts.append(tr("%n review(s) removed", nullptr, reviewsRemoved));
    if (titleChanged)
        parts.append(tr("project title changed"));
    if (tagsChanged)
        parts.append(tr("tag list changed"));
    QString text = parts.isEmpty() ? tr("The same as the saved project file.")
                                   //: Recovery: list of changes, e.g. "2 annotations added, 1 review removed"
                                   : tr("%1.").arg(parts.join(tr(", ")));
    if (projectFileNewer)
        text = tr("%1 The project file was saved after this autosave.").arg(text);
    return text;
}

RecoveryStore::RecoveryStore(const QString &directory)
    : m_directory(directory.isEmpty() ? defaultDirectory() : directory)
{
}

RecoveryStore::~RecoveryStore() = default;

QString RecoveryStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery");
}

QString RecoveryStore::newKey(const QString &projectPath)
{
    const QString stem = projectPath.isEmpty()
        ? QStringLiteral("untitled")
        : QString::fromLatin1(QCryptographicHash::hash(QFileInfo(projectPath).absoluteFilePath().toUtf8(),
                                                       QCryptographicHash::Sha1)
                                  .toHex()
                                  .left(16));
    const quint64 random = QRandomGenerator::global()->generate64();
    return stem + QLatin1Char('-') + QString::number(random, 36);
}

QString RecoveryStore::filePath(const QString &key) const
{
    return m_directory + QLatin1Char('/') + key + Suffix;
}

QString RecoveryStore::lockPath(const QString &key) const
{
    return m_directory + QLatin1Char('/') + key + LockSuffix;
}

bool RecoveryStore::lock(const QString &key)
{
    if (m_locks.contains(key))
        return true;
    if (!QDir().mkpath(m_directory))
        return false;
    std::shared_ptr<QLockFile> lock = makeLock(lockPath(key));
    if (!lock->tryLock(0))
        return false;
    m_locks.insert(key, lock);
    return true;
}

bool RecoveryStore::write(const QString &key, const ProjectData &data, const QString &projectPath, QString *error)
{
    const QString path = filePath(key);
    if (!lock(key)) {
        if (error) {
            *error = tr("Could not write the recovery file “%1”: its folder cannot be created or another "
                        "Revmark is using it.")
                         .arg(QDir::toNativeSeparators(path));
        }
        return false;
    }
    QJsonObject recovery;
    recovery.insert(QStringLiteral("projectPath"),
                    projectPath.isEmpty() ? QString() : QFileInfo(projectPath).absoluteFilePath());
    recovery.insert(QStringLiteral("projectName"),
                    !data.title.isEmpty()        ? data.title
                        : projectPath.isEmpty() ? QString()
                                                : QFileInfo(projectPath).completeBaseName());
    recovery.insert(QStringLiteral("written"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    SaveFile file(path);
    if (!file.write(ProjectFile::serialize(data, QJsonObject{{RecoveryKey, recovery}}))) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

bool RecoveryStore::discard(const QString &key)
{
    std::shared_ptr<QLockFile> held = m_locks.value(key);
    if (!held) {
        held = makeLock(lockPath(key));
        if (!held->tryLock(0) && QFileInfo::exists(lockPath(key)))
            return false;
    }
    QFile::remove(filePath(key));
    held->unlock();
    m_locks.remove(key);
    return !QFileInfo::exists(filePath(key));
}

bool RecoveryStore::adopt(const QString &key)
{
    return QFileInfo::exists(filePath(key)) && lock(key);
}

QVector<RecoveryEntry> RecoveryStore::abandonedEntries() const
{
    QVector<RecoveryEntry> entries;
    const QDir dir(m_directory);
    const QStringList names = dir.entryList({QLatin1Char('*') + Suffix}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        const QString key = name.left(name.size() - Suffix.size());
        if (m_locks.contains(key))
            continue;
        // Held by a live session: not ours to offer. A lock whose process is gone is stale and
        // tryLock() takes it over; it is released at once, the file stays.
        QLockFile probe(lockPath(key));
        probe.setStaleLockTime(0);
        if (!probe.tryLock(0))
            continue;
        probe.unlock();

        RecoveryEntry entry;
        entry.key = key;
        entry.filePath = dir.filePath(name);
        entry.writtenAt = QFileInfo(entry.filePath).lastModified().toUTC();
        QFile file(entry.filePath);
        if (file.open(QIODevice::ReadOnly)) {
            const QJsonObject recovery = readRecoveryObject(&file);
            entry.projectPath = recovery.value(QLatin1String("projectPath")).toString();
            entry.projectName = recovery.value(QLatin1String("projectName")).toString();
            const QDateTime written =
                QDateTime::fromString(recovery.value(QLatin1String("written")).toString(), Qt::ISODate);
            if (written.isValid())
                entry.writtenAt = written.toUTC();
        }
        entries.append(entry);
    }
    std::sort(entries.begin(), entries.end(),
              [](const RecoveryEntry &a, const RecoveryEntry &b) { return a.writtenAt > b.writtenAt; });
    return entries;
}

ProjectLoadResult RecoveryStore::load(const RecoveryEntry &entry)
{
    return ProjectFile::load(entry.filePath);
}

RecoverySummary RecoveryStore::summarize(const RecoveryEntry &entry, const ProjectData &recovered)
{
    RecoverySummary summary;
    summary.reviews = int(recovered.reviews.size());
    for (const Review &r : recovered.reviews)
        summary.annotations += int(r.annotations.size() + r.orphans.size());
    const ProjectLoadResult saved =
        entry.projectPath.isEmpty() ? ProjectLoadResult() : ProjectFile::load(entry.projectPath);
    if (!saved.ok) {
        summary.projectFileMissing = true;
        return summary;
    }
    const QDateTime savedAt = QFileInfo(entry.projectPath).lastModified().toUTC();
    summary.projectFileNewer = entry.writtenAt.isValid() && savedAt > entry.writtenAt;
    summary.titleChanged = saved.data.title != recovered.title;
    summary.tagsChanged = saved.data.tags != recovered.tags;

    // Annotations by review and id, orphans included: they are annotations the user made.
    using AnnotationMap = QHash<QString, Annotation>;
    const auto annotationsOf = [](const Review &r) {
        AnnotationMap map;
        for (const Annotation &a : r.annotations)
            map.insert(a.id, a);
        for (const Annotation &a : r.orphans)
            map.insert(a.id, a);
        return map;
    };
    QHash<QString, const Review *> savedReviews;
    for (const Review &r : saved.data.reviews)
        savedReviews.insert(r.id, &r);
    QSet<QString> seen;
    for (const Review &r : recovered.reviews) {
        const AnnotationMap now = annotationsOf(r);
        const Review *before = savedReviews.value(r.id);
        if (!before) {
            ++summary.reviewsAdded;
            summary.annotationsAdded += int(now.size());
            continue;
        }
        seen.insert(r.id);
        if (before->title != r.title || before->author != r.author || before->outlet != r.outlet
            || before->text != r.text)
            ++summary.reviewsChanged;
        const AnnotationMap then = annotationsOf(*before);
        for (auto it = now.cbegin(); it != now.cend(); ++it) {
            const auto old = then.constFind(it.key());
            if (old == then.cend())
                ++summary.annotationsAdded;
            else if (!sameAnnotation(*old, *it))
                ++summary.annotationsChanged;
        }
        for (auto it = then.cbegin(); it != then.cend(); ++it) {
            if (!now.contains(it.key()))
                ++summary.annotationsRemoved;
        }
    }
    for (const Review &r : saved.data.reviews) {
        if (!seen.contains(r.id)) {
            ++summary.reviewsRemoved;
            summary.annotationsRemoved += int(r.annotations.size() + r.orphans.size());
        }
    }
    return summary;
}

} // namespace Revmark
