// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/annotation.h"
#include "model/qtcompat.h"

#include <QHash>
#include <QStringList>

namespace Revmark {

class Project;

// Replaces the project's tag list; annotations and orphans whose tags were renamed or removed
// change with it, in the same step.
class SetTagListCommand : public QUndoCommand
{
public:
    SetTagListCommand(Project *project, const QStringList &tags, const QHash<QString, QString> &renames);
    void undo() override;
    void redo() override;

private:
    struct Change
    {
        QString reviewId;
        Annotation before;
        Annotation after;
        bool orphan; // in Review::orphans rather than Review::annotations
    };

    void apply(const Change &change, const Annotation &annotation);

    Project *m_project;
    QStringList m_oldTags;
    QStringList m_newTags;
    QVector<Change> m_changes;
};

} // namespace Revmark
