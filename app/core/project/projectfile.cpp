// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/projectfile.h"

#include "anchoring/anchoring.h"
#include "model/codepointmap.h"
#include "model/logging.h"
#include "project/jsonscanner.h"
#include "project/project.h"
#include "project/projectreader.h"
#include "project/projectwriter.h"
#include "project/savefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>

#include <algorithm>
#include <utility>

namespace Revmark {

namespace {

QString tooLarge(const QString &name, const ProjectLimits &limits)
{
    return ProjectFile::tr("Could not open “%1”: %2").arg(name, Limits::projectFileTooLarge(limits.maxFileSize));
}

} // namespace

QByteArray ProjectFile::serialize(const Project &project)
{
    return serialize(project.data());
}

QByteArray ProjectFile::serialize(const ProjectData &data, const QJsonObject &extra)
{
    return ProjectWriter::write(data, extra);
}

bool ProjectFile::save(const Project &project, const QString &path, QString *error)
{
    return save(project.data(), path, false, error);
}

bool ProjectFile::save(const ProjectData &data, const QString &path, bool keepBackup, QString *error,
                       QString *warning)
{
    if (warning)
        warning->clear();
    // Serialised first: a failure below must not depend on how long that takes.
    const QByteArray bytes = serialize(data);
    QString backupProblem;
    if (keepBackup && QFileInfo(path).isFile()) {
        // A copy, not a rename: were the save to fail after it, the project file must still be
        // there. Through SaveFile, so a crash mid-copy leaves the older backup whole.
        QFile old(path);
        if (!old.open(QIODevice::ReadOnly)) {
            backupProblem = old.errorString();
        } else {
            const QByteArray previous = old.readAll();
            old.close();
            SaveFile backup(backupPath(path));
            if (!backup.write(previous))
                backupProblem = backup.errorString();
        }
    }
    SaveFile file(path);
    if (!file.write(bytes)) {
        qCWarning(lcProject, "could not save %s: %s", qUtf8Printable(QDir::toNativeSeparators(path)),
                  qUtf8Printable(file.errorString()));
        if (error)
            *error = file.errorString();
        return false;
    }
    qCDebug(lcProject, "saved %s (%lld bytes, %lld review(s))", qUtf8Printable(QDir::toNativeSeparators(path)),
            qint64(bytes.size()), qint64(data.reviews.size()));
    if (!backupProblem.isEmpty()) {
        qCWarning(lcProject, "saved %s but could not keep its backup: %s",
                  qUtf8Printable(QDir::toNativeSeparators(path)), qUtf8Printable(backupProblem));
    }
    if (!backupProblem.isEmpty() && warning) {
        *warning = tr("Saved “%1”, but its previous version could not be kept as a backup in “%2”, so "
                      "the older backup there (if any) is unchanged. %3")
                       .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(backupPath(path)),
                            backupProblem);
    }
    return true;
}

QString ProjectFile::backupPath(const QString &path)
{
    return path + QLatin1Char('~');
}

QString ProjectFile::lockFilePath(const QString &path)
{
    const QFileInfo info(path);
    return info.absoluteDir().filePath(QLatin1Char('.') + info.fileName() + QStringLiteral(".lock"));
}

QString ProjectFile::whyNotWritable(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists() && !info.isWritable())
        return tr("The file “%1” is read-only.").arg(QDir::toNativeSeparators(path));
    // An atomic save writes a temporary file beside the project and renames it over: that
    // needs a writable folder even when the file itself is writable.
    const QFileInfo folder(info.absolutePath());
    if (!folder.isDir() || !folder.isWritable())
        return tr("The folder “%1” is read-only, so the project cannot be saved there.")
            .arg(QDir::toNativeSeparators(info.absolutePath()));
    return {};
}

namespace {

ProjectLoadResult logged(ProjectLoadResult result, const QString &fileName, qint64 bytes)
{
    if (!result.ok) {
        qCWarning(lcProject, "refused %s (%lld bytes): %s", qUtf8Printable(QDir::toNativeSeparators(fileName)), bytes,
                  qUtf8Printable(result.error));
        return result;
    }
    if (lcProject().isDebugEnabled()) {
        qint64 annotations = 0;
        for (const Review &r : std::as_const(result.data.reviews))
            annotations += r.annotations.size() + r.orphans.size();
        qCDebug(lcProject, "read %s (%lld bytes): %lld review(s), %lld annotation(s), %lld repair(s)",
                qUtf8Printable(QDir::toNativeSeparators(fileName)), bytes, qint64(result.data.reviews.size()),
                annotations, qint64(result.warnings.size()));
    }
    for (const QString &warning : std::as_const(result.warnings))
        qCInfo(lcProject, "repaired in %s: %s", qUtf8Printable(QDir::toNativeSeparators(fileName)),
               qUtf8Printable(warning));
    return result;
}

} // namespace

ProjectLoadResult ProjectFile::load(const QString &path, const ProjectLimits &limits)
{
    const QString name = QDir::toNativeSeparators(path);
    ProjectLoadResult result;
    const QFileInfo info(path);
    const auto refuse = [&](const QString &error) {
        qCWarning(lcProject, "refused %s: %s", qUtf8Printable(name), qUtf8Printable(error));
        result.error = error;
        return result;
    };
    if (info.isDir())
        return refuse(tr("Could not open “%1”: it is a folder, not a project file.").arg(name));
    if (info.exists() && info.size() > limits.maxFileSize)
        return refuse(tooLarge(name, limits));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(tr("Could not open “%1”: %2").arg(name, file.errorString()));
    // Read at most one byte past the limit: the file may have grown since it was measured. Into
    // a buffer with the parser's padding after the bytes, which it then need not copy.
    const qint64 capacity = qMin(info.size(), limits.maxFileSize) + 1;
    QByteArray json(capacity + ProjectReader::Padding, Qt::Uninitialized);
    qint64 size = 0;
    for (qint64 n = 0; size < capacity && (n = file.read(json.data() + size, capacity - size)) > 0;)
        size += n;
    json.truncate(size); // keeps the allocation, so the padding stays readable
    bool padded = true;
    if (size == capacity && size <= limits.maxFileSize) { // it has grown since
        json += file.read(limits.maxFileSize + 1 - size);
        size = json.size();
        padded = false;
    }
    if (size > limits.maxFileSize)
        return refuse(tooLarge(name, limits));
    return logged(ProjectReader::parse(std::move(json), path, limits, padded), path, size);
}

ProjectLoadResult ProjectFile::parse(const QByteArray &json, const QString &fileName, const ProjectLimits &limits)
{
    return logged(ProjectReader::parse(json, fileName, limits), fileName, json.size());
}

ProjectLoadResult ProjectFile::loadInto(Project *project, const QString &path)
{
    ProjectLoadResult result = load(path);
    if (result.ok) {
        project->reset(result.data.title, result.data.tags, result.data.reviews);
        project->setFilePath(QFileInfo(path).absoluteFilePath());
    }
    return result;
}

} // namespace Revmark
