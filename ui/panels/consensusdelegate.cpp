// SPDX-License-Identifier: GPL-3.0-or-later
#include "panels/consensusdelegate.h"

#include "compare/consensusmodel.h"
#include "export/highlightstyle.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace Revmark {

namespace {

bool isCountCell(const QModelIndex &index)
{
    const int kind = index.data(ConsensusModel::RowKindRole).toInt();
    const bool verdict = index.data(ConsensusModel::ReviewIdRole).toString().isEmpty();
    return kind != ConsensusModel::GradeRow && (!verdict || kind == ConsensusModel::TotalsRow);
}

QString markText(Polarity polarity, int count)
{
    return (polarity == Polarity::Praise ? QStringLiteral("+") : QStringLiteral("−")) + QString::number(count);
}

qreal markWidth(const QFontMetrics &fm, Polarity polarity, int count)
{
    return fm.horizontalAdvance(markText(polarity, count)) + fm.height() * 0.5;
}

void drawMark(QPainter *painter, const QRectF &box, Polarity polarity, int count, HighlightStyle::Theme theme,
              const QColor &text)
{
    painter->setPen(Qt::NoPen);
    painter->setBrush(HighlightStyle::tint(polarity, theme));
    painter->drawRoundedRect(box, 2, 2);
    painter->setPen(text);
    painter->drawText(box, Qt::AlignCenter, markText(polarity, count));

    // The underline, as under the highlights: solid for praise, wavy for criticism.
    const qreal y = box.bottom() - 1.5;
    const qreal left = box.left() + 2;
    const qreal right = box.right() - 2;
    QPen pen(HighlightStyle::lineColor(polarity, theme), 1.5);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    if (polarity == Polarity::Praise) {
        // Whole pixels, so the line stays crisp at small sizes.
        painter->fillRect(QRectF(std::floor(left), std::floor(box.bottom()) - 2, std::ceil(right - left), 2),
                          HighlightStyle::lineColor(polarity, theme));
        return;
    }
    QPainterPath wave(QPointF(left, y));
    const qreal step = 2.0;
    bool up = true;
    for (qreal x = left + step; x <= right + 0.01; x += step, up = !up)
        wave.lineTo(x, up ? y - 1.5 : y);
    painter->drawPath(wave);
}

void drawVerdictMarker(QPainter *painter, const QRectF &box, const QString &key, HighlightStyle::Theme theme,
                       const QColor &text)
{
    const QPointF c = box.center();
    const qreal r = std::min(box.width(), box.height()) * 0.38;
    const QColor praise = HighlightStyle::lineColor(Polarity::Praise, theme);
    const QColor criticism = HighlightStyle::lineColor(Polarity::Criticism, theme);
    painter->setPen(QPen(text, 1));
    if (key == QLatin1String("consensus-praise")) {
        QPainterPath up;
        up.moveTo(c.x(), c.y() - r);
        up.lineTo(c.x() + r, c.y() + r * 0.8);
        up.lineTo(c.x() - r, c.y() + r * 0.8);
        up.closeSubpath();
        painter->setBrush(praise);
        painter->drawPath(up);
    } else if (key == QLatin1String("consensus-criticism")) {
        QPainterPath down;
        down.moveTo(c.x(), c.y() + r);
        down.lineTo(c.x() + r, c.y() - r * 0.8);
        down.lineTo(c.x() - r, c.y() - r * 0.8);
        down.closeSubpath();
        painter->setBrush(criticism);
        painter->drawPath(down);
    } else if (key == QLatin1String("split")) {
        QPainterPath left;
        left.moveTo(c.x(), c.y() - r);
        left.lineTo(c.x() - r, c.y());
        left.lineTo(c.x(), c.y() + r);
        left.closeSubpath();
        QPainterPath right;
        right.moveTo(c.x(), c.y() - r);
        right.lineTo(c.x() + r, c.y());
        right.lineTo(c.x(), c.y() + r);
        right.closeSubpath();
        painter->setBrush(criticism);
        painter->drawPath(left);
        painter->setBrush(praise);
        painter->drawPath(right);
    } else if (key == QLatin1String("one-voice")) {
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(text, 1.5));
        painter->drawEllipse(c, r * 0.8, r * 0.8);
    }
}

} // namespace

void ConsensusDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const bool counts = isCountCell(index);
    const bool verdict = !counts && index.data(ConsensusModel::RowKindRole).toInt() != ConsensusModel::GradeRow;
    if (!counts && !verdict) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const HighlightStyle::Theme theme = HighlightStyle::themeFor(option.palette);
    const bool selected = option.state & QStyle::State_Selected;
    const QColor text = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setFont(opt.font);
    const QFontMetrics fm(opt.font);
    const QRectF cell = QRectF(option.rect).adjusted(3, 3, -3, -3);

    if (verdict) {
        const QString key = index.data(ConsensusModel::VerdictKeyRole).toString();
        const QRectF marker(cell.left(), cell.top(), cell.height(), cell.height());
        drawVerdictMarker(painter, marker, key, theme, text);
        painter->setPen(text);
        const QRectF label = cell.adjusted(cell.height() + 4, 0, 0, 0);
        painter->drawText(label, Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(index.data().toString(), Qt::ElideRight, int(label.width())));
        painter->restore();
        return;
    }

    const int praise = index.data(ConsensusModel::PraiseRole).toInt();
    const int criticism = index.data(ConsensusModel::CriticismRole).toInt();
    // Light text on a dark tint and dark on a light one, whatever the selection.
    const QColor markTextColour = option.palette.color(QPalette::Text);
    const qreal height = std::min<qreal>(cell.height(), fm.height() + 4);
    const qreal top = cell.center().y() - height / 2;
    const qreal gap = 4;
    const qreal total = (praise > 0 ? markWidth(fm, Polarity::Praise, praise) : 0)
        + (criticism > 0 ? markWidth(fm, Polarity::Criticism, criticism) : 0) + (praise > 0 && criticism > 0 ? gap : 0);
    qreal x = cell.center().x() - total / 2;
    if (praise > 0) {
        const qreal w = markWidth(fm, Polarity::Praise, praise);
        drawMark(painter, QRectF(x, top, w, height), Polarity::Praise, praise, theme, markTextColour);
        x += w + gap;
    }
    if (criticism > 0)
        drawMark(painter, QRectF(x, top, markWidth(fm, Polarity::Criticism, criticism), height), Polarity::Criticism,
                 criticism, theme, markTextColour);
    painter->restore();
}

QSize ConsensusDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics fm(option.font);
    if (isCountCell(index)) {
        const int praise = index.data(ConsensusModel::PraiseRole).toInt();
        const int criticism = index.data(ConsensusModel::CriticismRole).toInt();
        const qreal width = markWidth(fm, Polarity::Praise, std::max(praise, 9))
            + markWidth(fm, Polarity::Criticism, std::max(criticism, 9)) + 4 + 8;
        size.setWidth(std::max(size.width(), int(std::ceil(width))));
    } else {
        size.setWidth(size.width() + fm.height() + 8);
    }
    size.setHeight(std::max(size.height(), fm.height() + 10));
    return size;
}

} // namespace Revmark
