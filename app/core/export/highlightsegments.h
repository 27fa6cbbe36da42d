// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/annotation.h"

#include <QVector>

namespace Revmark {

// A maximal run of text covered by the same set of annotations.
struct HighlightSegment
{
    int start = 0;
    int end = 0;
    int praise = 0;    // how many praise annotations cover the run
    int criticism = 0; // how many criticism annotations cover the run
    QVector<int> annotations; // indices into the annotation list given to compute(), ascending

    bool isMixed() const { return praise > 0 && criticism > 0; }
    int depth() const { return praise + criticism; }
};

// Splits a text at every annotation boundary. The one place that decides what each run of an
// annotated text shows, used by the review view and by export alike, so overlaps look the same
// everywhere. Runs not covered by any annotation are left out; the result is ordered by start.
class HighlightSegments
{
public:
    static QVector<HighlightSegment> compute(const QVector<Annotation> &annotations);
};

} // namespace Revmark
