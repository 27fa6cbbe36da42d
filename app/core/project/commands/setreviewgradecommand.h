// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/grade.h"
#include "model/qtcompat.h"

#include <QString>

namespace Revmark {

class Project;

// Sets a review's grade (the user's correction of the detected one).
class SetReviewGradeCommand : public QUndoCommand
{
public:
    SetReviewGradeCommand(Project *project, const QString &reviewId, const Grade &grade);
    void undo() override;
    void redo() override;

private:
    Project *m_project;
    QString m_reviewId;
    Grade m_old;
    Grade m_new;
};

} // namespace Revmark
