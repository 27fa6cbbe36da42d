// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/commands/addannotationcommand.h"

#include "project/project.h"

#include <QCoreApplication>

namespace Revmark {

AddAnnotationCommand::AddAnnotationCommand(Project *project, const QString &reviewId, const Annotation &annotation)
    : m_project(project)
    , m_reviewId(reviewId)
    , m_annotation(annotation)
{
    setText(annotation.polarity == Polarity::Praise
                ? QCoreApplication::translate("Revmark::Commands", "Mark as Praise")
                : QCoreApplication::translate("Revmark::Commands", "Mark as Criticism"));
}

void AddAnnotationCommand::redo()
{
    m_project->insertAnnotationRaw(m_reviewId, m_annotation);
}

void AddAnnotationCommand::undo()
{
    m_project->takeAnnotationRaw(m_reviewId, m_annotation.id);
}

} // namespace Revmark
