// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/qtcompat.h"
#include "model/review.h"

namespace Revmark {

class Project;

// Removes a review with its annotations; undo puts it back in its column.
class RemoveReviewCommand : public QUndoCommand
{
public:
    RemoveReviewCommand(Project *project, int index);
    void undo() override;
    void redo() override;

private:
    Project *m_project;
    int m_index;
    Review m_review;
};

} // namespace Revmark
