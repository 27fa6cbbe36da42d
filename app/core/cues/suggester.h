// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/annotation.h"
#include "cues/cue.h"
#include "cues/cuerepository.h"

#ifdef REVMARK_HAVE_SYNTAX

#include <QString>
#include <QStringList>
#include <QVector>

namespace Revmark {

// A proposed annotation: a sentence or clause whose cues add up to a clear polarity.
// Never stored in a project; the user accepts it (it becomes an annotation) or rejects it.
struct Suggestion
{
    int start = 0; // UTF-16 offsets into the text: a sentence or clause, trimmed
    int end = 0;
    Polarity polarity = Polarity::Praise;
    double score = 0;  // > 0; higher = more confident
    QStringList cues;  // the cue texts that drove it, in text order, e.g. {"not", "bad"}
    // What it is about: one of the project's tags when tags were given, else one of
    // Suggester::builtInAspects(); empty when unsure or when it judges the whole work.
    QString aspect;
};

// Turns cues into suggestions. The scoring is described in docs/suggestions.md and in
// suggester.cpp; in short: the text is cut into sentences and those into clauses (at contrast
// markers and semicolons); in each clause praise cues count +1 and criticism cues -1, an
// intensifier just before a cue strengthens it, a hedge weakens it, a negator flips the next
// cue within a few words; a concessive clause ("although X, Y") weighs less than its main
// clause. A clause whose net score passes the threshold becomes a suggestion; neighbouring
// clauses of the same polarity in one sentence are joined.
// Uses CueDetector (for negator phrases such as "not bad"), so GUI thread only, as the repository.
namespace Suggester {
// Sorted by start, no overlaps. cues must come from CueDetector::detect(text) (any cue set;
// negator phrases are read with the built-in one). tags: the project's tags; each suggestion's
// aspect is one of them (or empty); with none, one of builtInAspects() (or empty).
QVector<Suggestion> suggest(const QString &text, const QVector<Cue> &cues, const QStringList &tags = {});
// Detects with the named cue set first; empty when there is no such cue set.
QVector<Suggestion> suggest(const QString &text, const QString &cueSet = CueRepository::defaultCueSetName(),
                            const QStringList &tags = {});
// The aspects known without project tags: performances, direction, story, ... (docs/suggestions.md).
QStringList builtInAspects();
} // namespace Suggester

} // namespace Revmark

#endif // REVMARK_HAVE_SYNTAX
