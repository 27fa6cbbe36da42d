// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compare/consensus.h"

#include <QRectF>
#include <QSizeF>

class QFont;
class QPainter;
class QPointF;

namespace Revmark {

// The consensus as a diverging bar chart, drawn with QPainter on any device (a widget, an
// image, a PDF page as vectors). One row per aspect of the summary, in its order: the aspect's
// name on the left, then a bar whose criticism runs left of a shared axis and whose praise runs
// right of it, each side stacked by review in the summary's review order (nearest the axis
// first), one outlined segment per review; the counts at the bar's ends; the verdict's name on
// the right. A legend line sits above the rows. Criticism differs from praise by more than
// colour: it lies left of the axis and is hatched, praise is solid; the colours are
// HighlightStyle's tints and line colours of the light or the dark theme. The background is
// left to the caller. Text uses the painter's font, measured on the painter's device.
class ConsensusChart
{
public:
    // A comfortable size for the summary in this font, in the font's device units (pixels of
    // the screen for a default QFont). paint() fits any other size: bars scale to the space.
    static QSizeF preferredSize(const ConsensusSummary &summary, const QFont &font);
    static void paint(QPainter *painter, const QRectF &rect, const ConsensusSummary &summary, bool dark);

    // The aspect (index into summary.aspects) whose row is at point when the chart is painted
    // into rect with font on a screen; -1 outside every row.
    static int aspectAt(const QRectF &rect, const ConsensusSummary &summary, const QFont &font, const QPointF &point);
    // Where aspect's row lies in that case (empty for a bad index).
    static QRectF aspectRect(const QRectF &rect, const ConsensusSummary &summary, const QFont &font, int aspect);
    // The review (index into summary.reviews) whose segment of a bar is at point in that case,
    // or -1 off every segment.
    static int reviewAt(const QRectF &rect, const ConsensusSummary &summary, const QFont &font, const QPointF &point);
};

} // namespace Revmark
