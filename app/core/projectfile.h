// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review.h"

#include <QByteArray>
#include <QCoreApplication>
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
    static constexpr qint64 MaxFileSize = qint64(1) << 30;

    static QByteArray serialize(const Project &project);
    static QByteArray serialize(const ProjectData &data);
    // On failure *error names the file and the reason; the file on disk is untouched.
    static bool save(const Project &project, const QString &path, QString *error);

    static ProjectLoadResult load(const QString &path);
    // fileName is used in messages only.
    static ProjectLoadResult parse(const QByteArray &json, const QString &fileName);
    // Loads into project (reset, file path set, undo history cleared) only when the file is good.
    static ProjectLoadResult loadInto(Project *project, const QString &path);
};

} // namespace Revmark
