// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/qtcompat.h"

namespace Revmark {

class Project;

// Moves a review to another column position.
class MoveReviewCommand : public QUndoCommand
{
public:
    MoveReviewCommand(Project *project, int from, int to);
    void undo() override;
    void redo() override;

private:
    Project *m_project;
    int m_from;
    int m_to;
};

} // namespace Revmark
