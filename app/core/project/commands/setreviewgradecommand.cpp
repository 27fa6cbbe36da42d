// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/commands/setreviewgradecommand.h"

#include "project/project.h"

#include <QCoreApplication>

namespace Revmark {

SetReviewGradeCommand::SetReviewGradeCommand(Project *project, const QString &reviewId, const Grade &grade)
    : m_project(project)
    , m_reviewId(reviewId)
    , m_new(grade)
{
    m_old = project->findReview(reviewId)->grade;
    setText(QCoreApplication::translate("Revmark::Commands", "Change Grade"));
}

void SetReviewGradeCommand::redo()
{
    m_project->setReviewGradeRaw(m_reviewId, m_new);
}

void SetReviewGradeCommand::undo()
{
    m_project->setReviewGradeRaw(m_reviewId, m_old);
}

} // namespace Revmark
