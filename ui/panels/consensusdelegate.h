// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Revmark {

// Draws the cells of a ConsensusModel. A count cell shows its praise and its criticism as two
// small marks with the highlights' cues (export/highlightstyle.h): praise a "+n" on the praise
// tint with a solid underline, criticism a "−n" on the criticism tint with a wavy underline;
// an empty cell stays blank. A verdict cell draws a shape before the verdict's name, so the
// verdict never rests on colour: ▲ consensus praise, ▼ consensus criticism, a diamond split in
// two halves for split, a ring for one voice, nothing for none. Colours follow the light or
// dark palette.
class ConsensusDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Revmark
