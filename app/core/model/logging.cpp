// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/logging.h"

namespace Revmark {
Q_LOGGING_CATEGORY(lcImport, "revmark.import", QtInfoMsg)
Q_LOGGING_CATEGORY(lcProject, "revmark.project", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAnchoring, "revmark.anchoring", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCues, "revmark.cues", QtInfoMsg)
Q_LOGGING_CATEGORY(lcExport, "revmark.export", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSession, "revmark.session", QtInfoMsg)
} // namespace Revmark
