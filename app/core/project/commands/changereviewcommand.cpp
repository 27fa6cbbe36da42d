// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/commands/changereviewcommand.h"

#include "project/project.h"

#include <QCoreApplication>

namespace Revmark {

ChangeReviewCommand::ChangeReviewCommand(Project *project, const QString &reviewId, const QString &title,
                                         const QString &author, const QString &outlet)
    : m_project(project)
    , m_reviewId(reviewId)
    , m_newTitle(title)
    , m_newAuthor(author)
    , m_newOutlet(outlet)
{
    const Review *review = project->findReview(reviewId);
    m_oldTitle = review->title;
    m_oldAuthor = review->author;
    m_oldOutlet = review->outlet;
    setText(QCoreApplication::translate("Revmark::Commands", "Change Review Properties"));
}

void ChangeReviewCommand::redo()
{
    apply(m_newTitle, m_newAuthor, m_newOutlet);
}

void ChangeReviewCommand::undo()
{
    apply(m_oldTitle, m_oldAuthor, m_oldOutlet);
}

void ChangeReviewCommand::apply(const QString &title, const QString &author, const QString &outlet)
{
    m_project->setReviewMetadataRaw(m_project->reviewIndex(m_reviewId), title, author, outlet);
}

} // namespace Revmark
