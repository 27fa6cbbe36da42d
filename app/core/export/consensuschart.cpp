// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/consensuschart.h"

#include "export/highlightstyle.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace Revmark {

namespace {

QString praiseLegend()
{
    return QCoreApplication::translate("Revmark", "Praise");
}

QString criticismLegend()
{
    return QCoreApplication::translate("Revmark", "Criticism");
}

// Every position of the chart follows from the font's metrics and the rectangle, so painting,
// hit-testing and the preferred size agree.
struct Layout
{
    qreal padding = 0;
    qreal rowHeight = 0;
    qreal barHeight = 0;
    qreal legendHeight = 0;
    qreal labelWidth = 0;
    qreal countWidth = 0;
    qreal verdictWidth = 0;
    qreal minHalf = 0;
    int maxCount = 1;

    Layout(const ConsensusSummary &summary, const QFontMetricsF &fm)
    {
        const qreal em = fm.horizontalAdvance(QLatin1Char('M'));
        padding = em * 0.5;
        rowHeight = fm.height() * 1.6;
        barHeight = fm.height() * 0.95;
        legendHeight = rowHeight * 1.2;
        for (const ConsensusSummary::Aspect &aspect : summary.aspects) {
            labelWidth = std::max(labelWidth, fm.horizontalAdvance(aspectName(aspect.tag)));
            verdictWidth = std::max(verdictWidth, fm.horizontalAdvance(verdictName(aspect.verdict)));
            maxCount = std::max({maxCount, aspect.total.praise, aspect.total.criticism});
        }
        labelWidth = std::min(labelWidth, em * 14) + em;
        verdictWidth = std::min(verdictWidth, em * 12) + em;
        countWidth = fm.horizontalAdvance(QString::number(maxCount)) + em * 0.6;
        minHalf = em * 8;
    }

    qreal rowsTop(const QRectF &rect) const { return rect.top() + padding + legendHeight; }
    QRectF row(const QRectF &rect, int index) const
    {
        return QRectF(rect.left(), rowsTop(rect) + index * rowHeight, rect.width(), rowHeight);
    }
    qreal barLeft(const QRectF &rect) const { return rect.left() + padding + labelWidth + countWidth; }
    qreal barRight(const QRectF &rect) const
    {
        return std::max(barLeft(rect), rect.right() - padding - verdictWidth - countWidth);
    }
};

QFontMetricsF metricsOf(QPainter *painter)
{
    return painter->device() ? QFontMetricsF(painter->font(), painter->device()) : QFontMetricsF(painter->font());
}

void drawSegment(QPainter *painter, const QRectF &box, Polarity polarity, HighlightStyle::Theme theme, qreal line)
{
    const QColor edge = HighlightStyle::lineColor(polarity, theme);
    painter->setPen(QPen(edge, line));
    painter->setBrush(HighlightStyle::tint(polarity, theme));
    painter->drawRect(box);
    if (polarity == Polarity::Criticism) {
        // The hatch is what tells criticism apart without colour (and in black-and-white print).
        QBrush hatch(edge, Qt::BDiagPattern);
        painter->setPen(Qt::NoPen);
        painter->setBrush(hatch);
        painter->drawRect(box);
    }
}

} // namespace

QSizeF ConsensusChart::preferredSize(const ConsensusSummary &summary, const QFont &font)
{
    const QFontMetricsF fm(font);
    const Layout layout(summary, fm);
    const qreal width = layout.padding * 2 + layout.labelWidth + layout.countWidth * 2 + layout.minHalf * 2
        + layout.verdictWidth;
    const qreal height = layout.padding * 2 + layout.legendHeight + layout.rowHeight * summary.aspects.size();
    return QSizeF(width, height);
}

void ConsensusChart::paint(QPainter *painter, const QRectF &rect, const ConsensusSummary &summary, bool dark)
{
    const HighlightStyle::Theme theme = dark ? HighlightStyle::Theme::Dark : HighlightStyle::Theme::Light;
    const QColor text = dark ? QColor(0xe8, 0xe8, 0xe8) : QColor(0x1f, 0x1f, 0x1f);
    const QFontMetricsF fm = metricsOf(painter);
    const Layout layout(summary, fm);
    const qreal line = std::max<qreal>(1.0, fm.height() / 18.0);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setClipRect(rect);

    const qreal left = layout.barLeft(rect);
    const qreal right = layout.barRight(rect);
    const qreal axis = (left + right) / 2;
    const qreal scale = (axis - left) / layout.maxCount;

    // Legend: a swatch and its word each, criticism first as it lies on the left.
    {
        const qreal swatch = fm.height() * 0.9;
        const qreal y = rect.top() + layout.padding + (layout.legendHeight - swatch) / 2;
        qreal x = rect.left() + layout.padding;
        const auto entry = [&](Polarity polarity, const QString &word) {
            drawSegment(painter, QRectF(x, y, swatch * 1.6, swatch), polarity, theme, line);
            x += swatch * 1.6 + fm.horizontalAdvance(QLatin1Char(' '));
            painter->setPen(text);
            painter->drawText(QRectF(x, y - swatch, fm.horizontalAdvance(word) + 1, swatch * 3),
                              Qt::AlignLeft | Qt::AlignVCenter, word);
            x += fm.horizontalAdvance(word) + fm.horizontalAdvance(QLatin1Char('M')) * 1.5;
        };
        entry(Polarity::Criticism, criticismLegend() + QStringLiteral(" ◀"));
        entry(Polarity::Praise, QStringLiteral("▶ ") + praiseLegend());
    }

    for (int i = 0; i < summary.aspects.size(); ++i) {
        const ConsensusSummary::Aspect &aspect = summary.aspects.at(i);
        const QRectF row = layout.row(rect, i);
        const qreal top = row.top() + (row.height() - layout.barHeight) / 2;

        painter->setPen(text);
        const QRectF labelBox(rect.left() + layout.padding, row.top(), layout.labelWidth - fm.horizontalAdvance(QLatin1Char('M')) * 0.5,
                              row.height());
        painter->drawText(labelBox, Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(aspectName(aspect.tag), Qt::ElideRight, labelBox.width()));

        qreal praiseEnd = axis;
        qreal criticismEnd = axis;
        for (const Tally &cell : aspect.cells) {
            if (cell.criticism > 0) {
                const qreal width = cell.criticism * scale;
                drawSegment(painter, QRectF(criticismEnd - width, top, width, layout.barHeight), Polarity::Criticism,
                            theme, line);
                criticismEnd -= width;
            }
            if (cell.praise > 0) {
                const qreal width = cell.praise * scale;
                drawSegment(painter, QRectF(praiseEnd, top, width, layout.barHeight), Polarity::Praise, theme, line);
                praiseEnd += width;
            }
        }

        painter->setPen(text);
        const qreal gap = fm.horizontalAdvance(QLatin1Char('M')) * 0.3;
        if (aspect.total.criticism > 0)
            painter->drawText(QRectF(criticismEnd - layout.countWidth, row.top(), layout.countWidth - gap, row.height()),
                              Qt::AlignRight | Qt::AlignVCenter, QString::number(aspect.total.criticism));
        if (aspect.total.praise > 0)
            painter->drawText(QRectF(praiseEnd + gap, row.top(), layout.countWidth, row.height()),
                              Qt::AlignLeft | Qt::AlignVCenter, QString::number(aspect.total.praise));
        const QRectF verdictBox(rect.right() - layout.padding - layout.verdictWidth + fm.horizontalAdvance(QLatin1Char('M')) * 0.5,
                                row.top(), layout.verdictWidth - fm.horizontalAdvance(QLatin1Char('M')) * 0.5, row.height());
        painter->drawText(verdictBox, Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(verdictName(aspect.verdict), Qt::ElideRight, verdictBox.width()));
    }

    // The axis last, over the segments' edges, so it reads as one line.
    if (!summary.aspects.isEmpty()) {
        QColor axisColor = text;
        axisColor.setAlphaF(0.7);
        painter->setPen(QPen(axisColor, line));
        painter->drawLine(QPointF(axis, layout.rowsTop(rect)),
                          QPointF(axis, layout.rowsTop(rect) + layout.rowHeight * summary.aspects.size()));
    }
    painter->restore();
}

int ConsensusChart::aspectAt(const QRectF &rect, const ConsensusSummary &summary, const QFont &font, const QPointF &point)
{
    const Layout layout(summary, QFontMetricsF(font));
    if (!rect.contains(point) || point.y() < layout.rowsTop(rect))
        return -1;
    const int index = int((point.y() - layout.rowsTop(rect)) / layout.rowHeight);
    return index < summary.aspects.size() ? index : -1;
}

int ConsensusChart::reviewAt(const QRectF &rect, const ConsensusSummary &summary, const QFont &font, const QPointF &point)
{
    const int aspect = aspectAt(rect, summary, font, point);
    if (aspect < 0)
        return -1;
    const QFontMetricsF fm(font);
    const Layout layout(summary, fm);
    const QRectF row = layout.row(rect, aspect);
    const qreal top = row.top() + (row.height() - layout.barHeight) / 2;
    if (point.y() < top || point.y() > top + layout.barHeight)
        return -1;
    // The same walk as paint(): out from the axis, review by review.
    const qreal left = layout.barLeft(rect);
    const qreal axis = (left + layout.barRight(rect)) / 2;
    const qreal scale = (axis - left) / layout.maxCount;
    const QVector<Tally> &cells = summary.aspects.at(aspect).cells;
    qreal praiseEnd = axis;
    qreal criticismEnd = axis;
    for (int review = 0; review < cells.size(); ++review) {
        const qreal criticismStart = criticismEnd - cells.at(review).criticism * scale;
        const qreal praiseStart = praiseEnd + cells.at(review).praise * scale;
        if ((point.x() >= criticismStart && point.x() < criticismEnd) || (point.x() >= praiseEnd && point.x() < praiseStart))
            return review;
        criticismEnd = criticismStart;
        praiseEnd = praiseStart;
    }
    return -1;
}

QRectF ConsensusChart::aspectRect(const QRectF &rect, const ConsensusSummary &summary, const QFont &font, int aspect)
{
    if (aspect < 0 || aspect >= summary.aspects.size())
        return {};
    return Layout(summary, QFontMetricsF(font)).row(rect, aspect);
}

} // namespace Revmark
