// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/charttextobject.h"

#include "export/consensuschart.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>

namespace Revmark {

ChartTextObject::ChartTextObject(const ConsensusSummary &summary, const QFont &font, QObject *parent)
    : QObject(parent)
    , m_summary(summary)
    , m_font(font)
{
}

void ChartTextObject::insert(QTextCursor &cursor)
{
    QTextCharFormat format;
    format.setObjectType(ObjectType);
    cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
}

void ChartTextObject::registerWith(QTextDocument *document)
{
    document->documentLayout()->registerHandler(ObjectType, this);
}

QFont ChartTextObject::deviceFont(QTextDocument *document) const
{
    QPaintDevice *device = document->documentLayout()->paintDevice();
    return device ? QFont(m_font, device) : m_font;
}

QSizeF ChartTextObject::intrinsicSize(QTextDocument *document, int position, const QTextFormat &format)
{
    Q_UNUSED(position)
    Q_UNUSED(format)
    // Layout units are the layout device's pixels, like the page size PdfExporter sets.
    const QSizeF page = document->pageSize();
    const qreal width = page.width() > 0 ? page.width() : document->textWidth();
    if (width <= 0)
        return {};
    const qreal preferred = ConsensusChart::preferredSize(m_summary, deviceFont(document)).height();
    const qreal height = page.height() > 0 ? std::min(preferred, 0.9 * page.height()) : preferred;
    // A hair narrower than the line, so the object never wraps onto a line of its own.
    return QSizeF(width - 1, height);
}

void ChartTextObject::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int position,
                                 const QTextFormat &format)
{
    Q_UNUSED(position)
    Q_UNUSED(format)
    if (rect.isEmpty())
        return;
    painter->save();
    painter->setFont(deviceFont(document));
    // Paper is light whatever the screen's palette.
    ConsensusChart::paint(painter, rect, m_summary, false);
    painter->restore();
}

} // namespace Revmark
