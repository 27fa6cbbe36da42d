// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/commands/movereviewcommand.h"

#include "project/project.h"

#include <QCoreApplication>

namespace Revmark {

MoveReviewCommand::MoveReviewCommand(Project *project, int from, int to)
    : m_project(project)
    , m_from(from)
    , m_to(to)
{
    setText(QCoreApplication::translate("Revmark::Commands", "Move Review"));
}

void MoveReviewCommand::redo()
{
    m_project->moveReviewRaw(m_from, m_to);
}

void MoveReviewCommand::undo()
{
    m_project->moveReviewRaw(m_to, m_from);
}

} // namespace Revmark
