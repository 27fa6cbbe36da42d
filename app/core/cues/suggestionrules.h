// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#ifdef REVMARK_HAVE_SYNTAX

#include <QString>
#include <QStringList>
#include <QStringView>
#include <QPair>
#include <QVector>

namespace Revmark {

// The parts of the suggestion scoring that read the words of a sentence rather than its cues
// (docs/suggestions.md): page furniture that is never suggested, constructions that decide a
// sentence's polarity by their shape (irony, formulaic thanks, figurative put-downs, "minor
// gripes about a major film"), narrative sentences, polarity that depends on the aspect, and
// the aspect itself. Pure functions, any thread.
namespace SuggestionRules {

// What kind of review a text is, guessed from its words; it picks the aspect vocabularies.
// Television counts as film; Game, Music (albums, concerts), Stage (theatre) and Hotel share the
// vocabularies of their neighbours (a game's controls are usability as an app's are).
enum class Domain { Unknown, Film, Book, Product, Restaurant, App, Game, Music, Stage, Hotel };
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

// True for a verdict deferred ("only time will tell", "it remains to be seen whether it is any
// good", "the jury is still out"): the words of judgement in it judge nothing yet.
bool isUndecided(QStringView sentence);

// True for plot retold with a character's name, "he" or "she" as the subject of a plot verb in the present tense
// ("Ines takes a job at a comfortable hotel", "Badly hurt, Cole turns a kindness into a strong
// friendship"), in a film or book review (English: the domain is guessed from English words), when the sentence names no
// part of the work (scene, role, chapter ...) and the verb is not what actors or authors are
// judged by (plays, gives, writes ...). Its adjectives describe the story's world, not the work.
bool isRetoldByName(QStringView sentence, Domain domain);

// +1 or -1 when the polar word cue (lower-cased) reads the other way for the thing it
// describes in this sentence ("chewy" crust, "barely audible" fan, "huge" portions); NotPolar
// when it judges nothing there ("wooden boats": what they are made of); else 0.
constexpr int NotPolar = 2;
int domainPolarity(QStringView cue, QStringView sentence);

// True when the praise word at [start, end) of the sentence is the yardstick of a figurative
// put-down: "as thrilling as a tax form", "as creamy as dishwater".
bool isFigurativePutDown(QStringView sentence, int start, int end);

// The concessions set off by commas inside the sentence text[start, end): ", though lovely,",
// ", while clever,", ", albeit well staged," (at most five words, then a main clause), each as
// the position of its concessive word and the position just after its closing comma.
QVector<QPair<int, int>> concessionAsides(const QString &text, int start, int end);

// True for a short verdict on the whole granted before a contrast: at most four words, ending
// with a comma, naming no aspect ("Flawed,", "Ember Hollow is flawed,", "Not their best,",
// "Uneven, then,"); "The food is bad," names an aspect and stands.
bool isShortConcession(QStringView clause);

// True when the text just after a negator names a function that fails: "(don't) refresh",
// "(won't) load", "(doesn't) always sync" ("work", "open", "charge", "connect" ...).
bool isFailedFunction(QStringView after);

// The built-in aspect names, in the order docs/suggestions.md lists them.
QStringList builtInAspects();

// The aspect a sentence is about: with tags, one of them (as written there) or empty; without,
// one of builtInAspects() or empty. Empty when no aspect word is found (a verdict on the whole).
QString aspectOf(QStringView sentence, Domain domain, const QStringList &tags = {});

} // namespace SuggestionRules
} // namespace Revmark

#endif // REVMARK_HAVE_SYNTAX
