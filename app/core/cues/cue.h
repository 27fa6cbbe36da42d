// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVector>

#ifdef REVMARK_HAVE_SYNTAX

namespace Revmark {

// The kinds of evaluative cue; each is an attribute (itemData) name of a cue definition:
// "Praise", "Criticism", "Intensifier", "Hedge", "Contrast", "Negator", "Rating".
enum class CueKind { Praise, Criticism, Intensifier, Hedge, Contrast, Negator, Rating };

// "praise", "criticism", "intensifier", "hedge", "contrast", "negator", "rating".
QString cueKindKey(CueKind kind);
// The attribute name in a definition ("Praise", ...).
QString cueKindAttribute(CueKind kind);
// Returns false for a name that is not one of the seven attribute names.
bool cueKindFromAttribute(const QString &name, CueKind *kind);

// One cue found in a text: [start, end) as UTF-16 offsets into that text.
struct Cue
{
    int start = 0;
    int end = 0;
    CueKind kind = CueKind::Praise;

    friend bool operator==(const Cue &a, const Cue &b)
    {
        return a.start == b.start && a.end == b.end && a.kind == b.kind;
    }
};

} // namespace Revmark

#endif // REVMARK_HAVE_SYNTAX
