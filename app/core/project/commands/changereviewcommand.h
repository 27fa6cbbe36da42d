// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/qtcompat.h"

#include <QString>

namespace Revmark {

class Project;

// Changes a review's title, author and outlet.
class ChangeReviewCommand : public QUndoCommand
{
public:
    ChangeReviewCommand(Project *project, const QString &reviewId, const QString &title,
                        const QString &author, const QString &outlet);
    void undo() override;
    void redo() override;

private:
    void apply(const QString &title, const QString &author, const QString &outlet);

    Project *m_project;
    QString m_reviewId;
    QString m_oldTitle, m_oldAuthor, m_oldOutlet;
    QString m_newTitle, m_newAuthor, m_newOutlet;
};

} // namespace Revmark
