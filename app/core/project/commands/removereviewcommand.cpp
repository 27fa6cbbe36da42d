// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/commands/removereviewcommand.h"

#include "project/project.h"

#include <QCoreApplication>

namespace Revmark {

RemoveReviewCommand::RemoveReviewCommand(Project *project, int index)
    : m_project(project)
    , m_index(index)
    , m_review(project->review(index))
{
    setText(QCoreApplication::translate("Revmark::Commands", "Remove Review “%1”").arg(m_review.title));
}

void RemoveReviewCommand::redo()
{
    m_project->takeReviewAt(m_index);
}

void RemoveReviewCommand::undo()
{
    m_project->insertReviewAt(m_index, m_review);
}

} // namespace Revmark
