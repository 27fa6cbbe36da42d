// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// One logging category per area of the core, switched with QT_LOGGING_RULES, for example
//   QT_LOGGING_RULES="revmark.import.debug=true;revmark.anchoring.debug=true" revmark
// Debug output is off by default; warnings are on. Messages for users never go through these:
// they come back from the core as translated text.
namespace Revmark {
Q_DECLARE_LOGGING_CATEGORY(lcImport)    // revmark.import: decoding, extraction, metadata guesses
Q_DECLARE_LOGGING_CATEGORY(lcProject)   // revmark.project: loading, saving, limits, undo batches
Q_DECLARE_LOGGING_CATEGORY(lcAnchoring) // revmark.anchoring: how each annotation was re-placed
Q_DECLARE_LOGGING_CATEGORY(lcCues)      // revmark.cues: cue sets, detection, suggestions
Q_DECLARE_LOGGING_CATEGORY(lcExport)    // revmark.export: PDF, printing and other exports
Q_DECLARE_LOGGING_CATEGORY(lcSession)   // revmark.session: autosave, recovery, locks, watching, re-import
} // namespace Revmark
