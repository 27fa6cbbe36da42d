// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compare/consensus.h"

#include <QFont>
#include <QObject>
#include <QTextObjectInterface>

class QTextCursor;

namespace Revmark {

// The consensus chart inside an export's QTextDocument: an object character the document
// layout sizes and paints through this handler, so the chart flows and paginates with the text
// and reaches a PDF as vector drawing and text, not as an image. It is as wide as the page's
// text and as tall as the chart wants in the given font (at most 90% of a page).
class ChartTextObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    static constexpr int ObjectType = QTextFormat::UserObject + 1;

    ChartTextObject(const ConsensusSummary &summary, const QFont &font, QObject *parent = nullptr);

    // Inserts the object character at cursor.
    static void insert(QTextCursor &cursor);
    // Makes document's layout draw the characters insert() placed with this handler.
    void registerWith(QTextDocument *document);

    QSizeF intrinsicSize(QTextDocument *document, int position, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int position,
                    const QTextFormat &format) override;

private:
    // The font for the layout's device: its metrics are those the chart is painted with.
    QFont deviceFont(QTextDocument *document) const;

    ConsensusSummary m_summary;
    QFont m_font;
};

} // namespace Revmark
