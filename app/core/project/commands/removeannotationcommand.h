// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/annotation.h"
#include "model/qtcompat.h"

namespace Revmark {

class Project;

// Deletes one annotation; undo restores it unchanged (same id, times, note).
class RemoveAnnotationCommand : public QUndoCommand
{
public:
    RemoveAnnotationCommand(Project *project, const QString &reviewId, const Annotation &annotation);
    void undo() override;
    void redo() override;

private:
    Project *m_project;
    QString m_reviewId;
    Annotation m_annotation;
};

} // namespace Revmark
