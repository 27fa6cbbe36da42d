// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/commands/removeannotationcommand.h"

#include "project/project.h"

#include <QCoreApplication>

namespace Revmark {

RemoveAnnotationCommand::RemoveAnnotationCommand(Project *project, const QString &reviewId,
                                                 const Annotation &annotation)
    : m_project(project)
    , m_reviewId(reviewId)
    , m_annotation(annotation)
{
    setText(QCoreApplication::translate("Revmark::Commands", "Delete Annotation"));
}

void RemoveAnnotationCommand::redo()
{
    m_project->takeAnnotationRaw(m_reviewId, m_annotation.id);
}

void RemoveAnnotationCommand::undo()
{
    m_project->insertAnnotationRaw(m_reviewId, m_annotation);
}

} // namespace Revmark
