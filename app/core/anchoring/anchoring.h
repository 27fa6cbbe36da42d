// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/annotation.h"

#include <QString>
#include <QtGlobal>

namespace Revmark {

// How an annotation was placed in a (new) text by Anchoring::locate(), best first.
enum class AnchorStatus {
    Unchanged, // its start/end still read its quote
    Exact,     // moved to an exact occurrence of its quote
    Fuzzy,     // moved to an approximate occurrence (case, white space or a few characters differ)
    Orphan,    // nowhere to be found: kept aside, see Review::orphans
};

struct AnchorMatch
{
    AnchorStatus status = AnchorStatus::Orphan;
    int start = 0; // UTF-16, valid unless status is Orphan
    int end = 0;
};

// Counts of a re-anchoring run (a re-import, or the repair done by the loader).
struct ReanchorReport
{
    int unchanged = 0;
    int exact = 0;
    int fuzzy = 0;
    int orphaned = 0;

    void add(AnchorStatus status);
    int total() const { return unchanged + exact + fuzzy + orphaned; }
    // True when something moved or was orphaned.
    bool changedAnything() const { return exact + fuzzy + orphaned > 0; }
};

// Where an annotation sits in its text: snapping user selections, and the quote selector
// (exact text plus context) that lets a span be found again.
class Anchoring
{
public:
    // Code points of context kept before and after a quote.
    static constexpr int ContextLength = 32;

    // Extends [start, end) to whole words, then trims white space and punctuation from both
    // ends. Never splits a surrogate pair. Returns false, leaving the range alone, when
    // nothing but white space and punctuation is selected.
    static bool snapToWords(const QString &text, int *start, int *end);

    // Sets quote, prefix and suffix of the annotation from its start/end in text.
    static void fillQuote(const QString &text, Annotation *annotation);

    // True when text at the annotation's start/end still reads its quote.
    static bool isAnchored(const QString &text, const Annotation &annotation);

    // --- The re-anchoring cascade ------------------------------------------------------
    // A stored quote at least this long (UTF-16 units) is distinctive enough on its own: any
    // occurrence of it is credible, whatever surrounds it.
    static constexpr int DistinctiveQuoteLength = 24;
    // Otherwise an occurrence is credible only when at least this many UTF-16 units of the
    // stored prefix (just before the span) or of the stored suffix (just after it) agree with the
    // text around it: about a word and its separators, more than the " is " or ", " that any
    // other occurrence of a short word shares by chance.
    static constexpr int MinContextAgreement = 8;
    // Minimum similarity of a fuzzy match: 1 - editDistance / quoteLength, both counted in
    // UTF-16 units of the normalised quote (white space runs collapsed to one space, case
    // folded). So at most a quarter of the quote may differ; quotes shorter than 4 units only
    // match with distance 0 (a case or white space change).
    static constexpr double FuzzyThreshold = 0.75;
    // Normalised quotes longer than this are not searched approximately (they can only be
    // found exactly or become orphans).
    static constexpr int MaxFuzzyQuoteLength = 4096;
    // Bound on the fuzzy search: (normalised text units scanned) × ceil(quoteLength / 64)
    // bit-parallel steps. A longer text is searched only in a window of that many units (divided
    // by the number of 64-unit blocks of the quote) centred on the annotation's old start. With
    // 2^27 the search takes well under a second even for a 20 MB text.
    static constexpr qint64 MaxFuzzyWork = qint64(1) << 27;
    // At most this many equally good fuzzy candidates, the nearest to the old start, are
    // compared by context; the rest lose.
    static constexpr int MaxFuzzyCandidates = 256;

    // Where the annotation (start/end from an older text, its quote, prefix and suffix) belongs
    // in text, trying in order:
    //  1. its positions, when text[start, end) still reads the quote (always the case when the
    //     text did not change) -> Unchanged;
    //  2. the exact quote: among its credible occurrences (below) the one whose surroundings best
    //     match prefix and suffix (length of the common run before plus after), the nearest to
    //     the old start on a tie -> Exact;
    //  3. an approximate occurrence in the normalised text (white space collapsed, case folded)
    //     with similarity >= FuzzyThreshold, again only a credible one (context compared in the
    //     normalised text): least edit distance first, then best context, then nearest; its ends
    //     are where the text around best matches prefix and suffix (each matching unit making
    //     up for one edit), so words inserted near an end stay inside; the span is snapped to
    //     whole words (snapToWords) -> Fuzzy;
    //  4. otherwise Orphan.
    // An occurrence is credible when the stored quote has at least DistinctiveQuoteLength units,
    // or the annotation stores no context at all (neither prefix nor suffix: nothing to weigh),
    // or at least MinContextAgreement units of prefix or of suffix agree with the text next to
    // it, or the text before it is exactly the stored prefix or the text after it exactly the
    // stored suffix (a span at the very start or end of its text, found at the same place).
    // Context is compared in both steps as in the normalised text (units counted there). So
    // a short quote whose passage was deleted does not jump silently to the same words in an
    // unrelated sentence: it becomes an orphan, which the user sees and can place by hand.
    // Never returns a span that splits a surrogate pair. Work is O(text length × (1 + quote
    // length / 64)), capped by MaxFuzzyWork; texts must be canonical (no '\r').
    static AnchorMatch locate(const QString &text, const Annotation &annotation);

    // Runs locate() and, unless the result is Orphan, moves the annotation there and refreshes
    // quote, prefix and suffix from text (created/modified stay: this is not a user edit). An
    // orphan is left untouched.
    static AnchorStatus place(const QString &text, Annotation *annotation);
};

} // namespace Revmark
