// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/commands.h"

#include <utility>

namespace Revmark {

ProjectCommand::ProjectCommand(const QString &text, Action redo, Action undo, int mergeId, const QString &mergeKey)
    : m_redo(std::move(redo))
    , m_undo(std::move(undo))
    , m_mergeId(mergeId)
    , m_mergeKey(mergeKey)
{
    setText(text);
}

void ProjectCommand::redo()
{
    m_redo();
}

void ProjectCommand::undo()
{
    m_undo();
}

bool ProjectCommand::mergeWith(const QUndoCommand *other)
{
    // QUndoStack only offers commands of the same id(), and ids belong to ProjectCommand alone.
    const auto *next = static_cast<const ProjectCommand *>(other);
    if (m_mergeKey.isEmpty() || next->m_mergeKey != m_mergeKey)
        return false;
    m_redo = next->m_redo;
    return true;
}

} // namespace Revmark
