// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#ifdef REVMARK_HAVE_SYNTAX

namespace KSyntaxHighlighting {
class Repository;
}

namespace Revmark {
namespace CueRepository {

// The KSyntaxHighlighting repository that holds the cue sets: the built-in "Review Cues"
// (resources/syntax/review-cues.xml, compiled in) plus any definition in KSyntaxHighlighting's
// user data folder ($XDG_DATA_HOME/org.kde.syntax-highlighting/syntax/) whose section is
// cueSetSection(). Also holds KSyntaxHighlighting's own definitions (HTML, Markdown) and themes.
// Created on first use; GUI thread only; lives until the process ends.
KSyntaxHighlighting::Repository &repository();

// Name of the built-in cue set.
QString defaultCueSetName();
// The section a definition must declare to be offered as a cue set.
QString cueSetSection();
// Names of all cue sets, the built-in one first, then the user's sorted by name.
QStringList cueSetNames();

} // namespace CueRepository
} // namespace Revmark

#endif // REVMARK_HAVE_SYNTAX
