// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Revmark {

// QUndoCommand::id() values; commands with the same id may merge (see mergeWith()).
enum CommandId {
    ChangeAnnotationNoteId = 1,
};

} // namespace Revmark
