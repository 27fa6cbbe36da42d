// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/annotation.h"
#include "model/qtcompat.h"

namespace Revmark {

class Project;

// Adds one annotation to a review.
class AddAnnotationCommand : public QUndoCommand
{
public:
    AddAnnotationCommand(Project *project, const QString &reviewId, const Annotation &annotation);
    void undo() override;
    void redo() override;

private:
    Project *m_project;
    QString m_reviewId;
    Annotation m_annotation;
};

} // namespace Revmark
