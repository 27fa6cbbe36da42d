// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/commands/changereviewcontentcommand.h"

#include "project/project.h"

namespace Revmark {

ChangeReviewContentCommand::ChangeReviewContentCommand(Project *project, const QString &reviewId,
                                                       const ReviewContent &before, const ReviewContent &after,
                                                       const QString &text)
    : m_project(project)
    , m_reviewId(reviewId)
    , m_before(before)
    , m_after(after)
{
    setText(text);
}

void ChangeReviewContentCommand::redo()
{
    m_project->setReviewContentRaw(m_reviewId, m_after);
}

void ChangeReviewContentCommand::undo()
{
    m_project->setReviewContentRaw(m_reviewId, m_before);
}

} // namespace Revmark
