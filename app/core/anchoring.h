// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation.h"

#include <QString>

namespace Revmark {

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

    // Finds the annotation's quote again when its offsets no longer match: the occurrence whose
    // context matches best, the nearest to the old start on a tie. Updates start/end and the
    // context and returns true; returns false when the quote is nowhere in text.
    static bool reanchor(const QString &text, Annotation *annotation);
};

} // namespace Revmark
