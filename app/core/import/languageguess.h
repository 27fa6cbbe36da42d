// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Revmark {

// Guesses the language of a review's text by counting very common function words ("the",
// "and"; "le", "et"; "der", "und") of English, French and German. Cheap (one pass over the
// first 20,000 characters), deterministic, no data files.
namespace LanguageGuess {
// "en", "fr" or "de"; empty when the text is too short to tell (fewer than 4 function words)
// or no language clearly leads (the best must count at least 1.5 times the second).
QString guess(const QString &text);
// The languages Revmark has cue sets and grade forms for, in menu order: "en", "fr", "de".
QStringList supportedLanguages();
} // namespace LanguageGuess

} // namespace Revmark
