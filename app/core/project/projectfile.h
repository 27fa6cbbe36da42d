// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/limits.h"
#include "model/review.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Revmark {

class Project;

// What a project file holds, as read.
struct ProjectData
{
    QString title;
    QStringList tags;
    QVector<Review> reviews;
};

// Bounds on what a loader accepts, so a hostile or broken file gives a clear error (naming the
// file and the limit) instead of exhausting memory or time. The defaults are far above any real
// project; tests pass small numbers.
struct ProjectLimits
{
    qint64 maxFileSize = Limits::MaxProjectFileSize; // bytes
    int maxReviews = 2000;
    int maxAnnotations = 200000; // per project, annotations and orphans together
    int maxTextLength = Limits::MaxReviewTextLength;   // UTF-16 units of one review's text
    int maxStringLength = Limits::MaxFieldLength; // UTF-16 units of any other string (title, note, quote, tag…)
    // Re-anchoring annotations whose offsets do not match their quote costs up to
    // text length × quote length / 64 steps each (Anchoring::locate); once this many steps are
    // spent, the remaining mismatched annotations are kept as orphans without searching.
    qint64 maxRepairWork = qint64(1) << 31;
    // Threads that read reviews at once; 0: one per core (at most 4) for a large project, one
    // for a small one. The result is the same whatever the number.
    int readerThreads = 0;

    // JSON values (objects, arrays, members, items) allowed before the document is built:
    // generous for maxReviews and maxAnnotations, and what bounds the parser's memory.
    qint64 maxJsonValues() const { return 40 * qint64(maxAnnotations) + 200 * qint64(maxReviews) + 4096; }
    // JSON objects allowed: an annotation is two (itself and its quote), a review two (itself
    // and its source), plus the top level.
    qint64 maxJsonObjects() const { return 2 * qint64(maxAnnotations) + 2 * qint64(maxReviews) + 16; }
};

struct ProjectLoadResult
{
    bool ok = false;
    ProjectData data;
    QString error;       // translated, names the file and the reason (when !ok)
    QStringList warnings; // translated; what was repaired while loading (when ok)
};

// Reads and writes *.revmark files: one JSON document, format described in
// docs/project-format.md. Writing is deterministic (sorted keys, annotations in text order)
// and atomic. Reading never changes anything when it fails and never crashes on any input.
class ProjectFile
{
    Q_DECLARE_TR_FUNCTIONS(Revmark::ProjectFile)

public:
    static constexpr int FormatVersion = 1;

    static QByteArray serialize(const Project &project);
    // extra: further top-level members, for containers that embed a project (RecoveryStore).
    // As QJsonDocument::toJson(QJsonDocument::Indented) writes the same values, byte for byte.
    static QByteArray serialize(const ProjectData &data, const QJsonObject &extra = QJsonObject());
    // On failure *error names the file and the reason; the file on disk is untouched.
    static bool save(const Project &project, const QString &path, QString *error);
    // With keepBackup, an existing file at path is first copied to backupPath(path) (atomically,
    // replacing an older backup). When only the backup fails, the project is still saved, the
    // old backup is left as it was, and *warning (if given) says so; returns true.
    static bool save(const ProjectData &data, const QString &path, bool keepBackup, QString *error,
                     QString *warning = nullptr);
    // "<path>~": the previous version kept by save(keepBackup = true).
    static QString backupPath(const QString &path);

    static ProjectLoadResult load(const QString &path, const ProjectLimits &limits = ProjectLimits());
    // fileName is used in messages only.
    static ProjectLoadResult parse(const QByteArray &json, const QString &fileName,
                                   const ProjectLimits &limits = ProjectLimits());
    // Loads into project (reset, file path set, undo history cleared) only when the file is good.
    static ProjectLoadResult loadInto(Project *project, const QString &path);

    // --- Access -------------------------------------------------------------------------
    // The lock file that marks a project open in a running Revmark: ".<file name>.lock" beside
    // it (hidden, so it does not litter the folder listing). Used with QLockFile.
    static QString lockFilePath(const QString &path);
    // Empty when Revmark can save over path with an atomic write (the file, if it exists, is
    // writable and so is its folder); else a translated reason for a read-only notice.
    static QString whyNotWritable(const QString &path);
};

} // namespace Revmark
