// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/commands/addreviewscommand.h"

#include "project/project.h"

#include <QCoreApplication>

#include <utility>

namespace Revmark {

AddReviewsCommand::AddReviewsCommand(Project *project, const QVector<Review> &reviews)
    : m_project(project)
    , m_reviews(reviews)
{
    setText(QCoreApplication::translate("Revmark::Commands", "Add %n Review(s)", nullptr, int(reviews.size())));
}

void AddReviewsCommand::redo()
{
    m_firstIndex = m_project->reviewCount();
    for (const Review &review : std::as_const(m_reviews))
        m_project->insertReviewAt(m_project->reviewCount(), review);
}

void AddReviewsCommand::undo()
{
    for (int i = int(m_reviews.size()) - 1; i >= 0; --i)
        m_project->takeReviewAt(m_firstIndex + i);
}

} // namespace Revmark
