// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/qtcompat.h"
#include "model/review.h"

namespace Revmark {

class Project;

// Appends reviews as new columns.
class AddReviewsCommand : public QUndoCommand
{
public:
    AddReviewsCommand(Project *project, const QVector<Review> &reviews);
    void undo() override;
    void redo() override;

private:
    Project *m_project;
    QVector<Review> m_reviews;
    int m_firstIndex = 0;
};

} // namespace Revmark
