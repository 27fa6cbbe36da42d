// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#ifdef REVMARK_HAVE_SYNTAX

#include <QString>
#include <QStringList>
#include <QStringView>

namespace Revmark {

// The parts of the suggestion scoring that read the words of a sentence rather than its cues
// (docs/suggestions.md): page furniture that is never suggested, constructions that decide a
// sentence's polarity by their shape (irony, formulaic thanks, figurative put-downs, "minor
// gripes about a major film"), narrative sentences, polarity that depends on the aspect, and
// the aspect itself. Pure functions, any thread.
namespace SuggestionRules {

// What kind of review a text is, guessed from its words; it picks the aspect vocabularies.
enum class Domain { Unknown, Film, Book, Product, Restaurant, App };
Domain guessDomain(const QString &text);

// True when text[start, end) is a line of its own that reads as a title, byline, date,
// navigation or "related" link: no final punctuation, "By ...", "Related", "More reviews",
// "Share", "Posted ...", "Tags: ..."; or a headline with a colon in the text's first line.
bool isPageFurniture(const QString &text, int start, int end);

// +1 (praise) or -1 (criticism) when the sentence's shape decides it whatever its words:
// an evaluative word followed by a colon or comma and a complaint ("Marvellous: another twist
// nobody needed."), formulaic thanks ("Thanks for nothing."), "better and cheaper elsewhere",
// "minor gripes about a major film". 0 when no such construction is found.
int constructionPolarity(QStringView sentence);

// True for plot summary: a plot verb or a narrative frame ("sets things moving", "dies",
// "follows", "is set in") in a sentence that names no aspect of the work as its subject.
bool isNarrative(QStringView sentence);

// +1 or -1 when the polar word cue (lower-cased) reads the other way for the thing it
// describes in this sentence ("chewy" crust, "barely audible" fan, "huge" portions), else 0.
int domainPolarity(QStringView cue, QStringView sentence);

// True when the praise word at [start, end) of the sentence is the yardstick of a figurative
// put-down: "as thrilling as a tax form", "as creamy as dishwater".
bool isFigurativePutDown(QStringView sentence, int start, int end);

// The built-in aspect names, in the order docs/suggestions.md lists them.
QStringList builtInAspects();

// The aspect a sentence is about: with tags, one of them (as written there) or empty; without,
// one of builtInAspects() or empty. Empty when no aspect word is found (a verdict on the whole).
QString aspectOf(QStringView sentence, Domain domain, const QStringList &tags = {});

} // namespace SuggestionRules
} // namespace Revmark

#endif // REVMARK_HAVE_SYNTAX
