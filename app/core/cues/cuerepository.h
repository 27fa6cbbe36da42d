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
// Names of the cue sets to choose from (View › Cue Set): the built-in one first, then the
// user's sorted by name. The built-in sets of other languages are not listed: choosing the
// built-in set means each review's own language (cueSetFor).
QStringList cueSetNames();

// The built-in cue set for a review language: "Review Cues (French)" for "fr", "Review Cues
// (German)" for "de" (resources/syntax/review-cues-fr.xml, -de.xml), defaultCueSetName() for
// "en", an unknown language ("") and any other.
QString builtInCueSetName(const QString &language);
// Whether name is the built-in set of some language.
bool isBuiltInCueSet(const QString &name);
// The cue set for a review in language when the user chose `chosen`: a built-in choice follows
// the review's language, a set of the user's own is used as chosen. Empty stays empty (cues off).
QString cueSetFor(const QString &chosen, const QString &language);

} // namespace CueRepository
} // namespace Revmark

#endif // REVMARK_HAVE_SYNTAX
