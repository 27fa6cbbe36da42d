// SPDX-License-Identifier: GPL-3.0-or-later
#include "columns/reviewview.h"

#include "columns/cuehighlighter.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QContextMenuEvent>
#include <QMenu>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QTextBlock>
#include <QTimer>
#include <QToolTip>

#include <algorithm>
#include <limits>

namespace Revmark {

namespace {

// The find marks: a yellow that no annotation, suggestion or cue uses, laid over the text by
// multiplying (light palettes) or screening (dark ones), so it shows over annotation tints too
// and never lowers the text's contrast much: black on the light fills stays above 14:1, light
// text on the screened dark ones above 5:1. The current match adds a solid outline in the text
// colour.
struct FindColors
{
    QColor fill;
    QColor currentFill;
    QColor outline;
    QColor currentOutline;
    QPainter::CompositionMode mode;
};

FindColors findColors(const QPalette &palette)
{
    if (HighlightStyle::themeFor(palette) == HighlightStyle::Theme::Light)
        return {QColor(0xff, 0xf3, 0x8a), QColor(0xff, 0xd2, 0x3f), QColor(0x9a, 0x7d, 0x00),
                palette.color(QPalette::Text), QPainter::CompositionMode_Multiply};
    return {QColor(0x4a, 0x45, 0x12), QColor(0x5a, 0x50, 0x00), QColor(0xc9, 0xb3, 0x2a),
            palette.color(QPalette::Text), QPainter::CompositionMode_Screen};
}

} // namespace

ReviewView::ReviewView(QWidget *parent)
    : QTextEdit(parent)
{
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setUndoRedoEnabled(false);
    setAcceptRichText(false);
    setFrameShape(QFrame::NoFrame);
    setLineWrapMode(QTextEdit::WidgetWidth);
    // Drops go to the main window (adding reviews), not into the text.
    setAcceptDrops(false);
    viewport()->setAcceptDrops(false);
    viewport()->setCursor(Qt::IBeamCursor);
    // The cursor changes over the ends of the current highlight, before any button is pressed.
    viewport()->setMouseTracking(true);
    document()->setDocumentMargin(18);
    applyTypography();
}

void ReviewView::setReviewText(const QString &text)
{
    // Compared with the text last set: toPlainText() turns no-break spaces into plain spaces, so a
    // review holding one would be reset, and scrolled to the top, on every annotation change.
    if (text == m_text && m_textSet)
        return;
    m_text = text;
    m_textSet = true;
    setPlainText(text);
    applyTypography();
    updateHighlights();
}

void ReviewView::applyTypography()
{
    // Reading comes first: a slightly larger face and generous leading and paragraph spacing.
    // A font set on the view (the reading font and zoom, ZoomController) is used as it is.
    QFont f = font();
    if (!testAttribute(Qt::WA_SetFont))
        f.setPointSizeF(QApplication::font().pointSizeF() * 1.15);
    document()->setDefaultFont(f);
    QTextCursor cursor(document());
    cursor.select(QTextCursor::Document);
    QTextBlockFormat block;
    block.setLineHeight(145, QTextBlockFormat::ProportionalHeight);
    cursor.mergeBlockFormat(block);
}

void ReviewView::setAnnotations(const QVector<Annotation> &annotations)
{
    m_annotations = annotations;
    m_segments = HighlightSegments::compute(m_annotations);
    updateHighlights();
}

void ReviewView::setCurrentAnnotation(const QString &annotationId)
{
    if (m_currentId == annotationId)
        return;
    m_currentId = annotationId;
    updateHighlights();
}

void ReviewView::setSetAside(const QVector<TextRange> &ranges)
{
    if (ranges == m_setAside)
        return;
    m_setAside = ranges;
    updateHighlights();
    viewport()->update();
}

TextRange ReviewView::passageAt(int position, bool *setAside) const
{
    for (const TextRange &range : m_setAside) {
        if (range.contains(position) || (position == range.end && position > range.start)) {
            *setAside = true;
            return range;
        }
    }
    *setAside = false;
    // Whole lines: what is set aside is page furniture, which comes in lines.
    const QTextCursor cursor = textCursor();
    int start = position;
    int end = position;
    if (cursor.hasSelection()) {
        start = cursor.selectionStart();
        end = cursor.selectionEnd();
    }
    const QTextBlock first = document()->findBlock(start);
    const QTextBlock last = document()->findBlock(std::max(start, end - (end > start ? 1 : 0)));
    if (!first.isValid() || !last.isValid())
        return {};
    return {first.position(), last.position() + last.length() - 1};
}

void ReviewView::updateHighlights()
{
    const HighlightStyle::Theme theme = HighlightStyle::themeFor(palette());
    const int length = document()->characterCount() - 1;
    QList<QTextEdit::ExtraSelection> selections;
    selections.reserve(m_segments.size() + m_setAside.size());
    // First, so annotations still show over them; plain weight and a dimmed colour hide cues.
    const QColor text = palette().color(QPalette::Text);
    const QColor base = palette().color(QPalette::Base);
    const QColor dimmed = QColor::fromRgbF(text.redF() * 0.45 + base.redF() * 0.55, text.greenF() * 0.45 + base.greenF() * 0.55,
                                           text.blueF() * 0.45 + base.blueF() * 0.55);
    for (const TextRange &range : std::as_const(m_setAside)) {
        if (range.end > length)
            break;
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(document());
        selection.cursor.setPosition(range.start);
        selection.cursor.setPosition(range.end, QTextCursor::KeepAnchor);
        selection.format.setForeground(dimmed);
        selection.format.setFontWeight(QFont::Normal);
        selection.format.setFontItalic(false);
        selections.append(selection);
    }
    for (const HighlightSegment &segment : std::as_const(m_segments)) {
        if (segment.end > length)
            break;
        bool strong = false;
        for (int index : segment.annotations) {
            const QString &id = m_annotations.at(index).id;
            strong = strong || id == m_currentId || id == m_flashId;
        }
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(document());
        selection.cursor.setPosition(segment.start);
        selection.cursor.setPosition(segment.end, QTextCursor::KeepAnchor);
        selection.format = HighlightStyle::format(segment, theme, strong);
        selections.append(selection);
    }
    setExtraSelections(selections);
}

bool ReviewView::selectedRange(int *start, int *end) const
{
    const QTextCursor cursor = textCursor();
    if (!cursor.hasSelection())
        return false;
    *start = cursor.selectionStart();
    *end = cursor.selectionEnd();
    return true;
}

void ReviewView::revealPosition(int position)
{
    QTextCursor cursor(document());
    cursor.setPosition(qBound(0, position, document()->characterCount() - 1));
    const QRect rect = cursorRect(cursor);
    // Put the span a third of the way down, where the eye lands, not at the very edge.
    QScrollBar *bar = verticalScrollBar();
    bar->setValue(bar->value() + rect.top() - viewport()->height() / 3);
}

void ReviewView::revealAnnotation(const QString &annotationId)
{
    for (const Annotation &a : std::as_const(m_annotations)) {
        if (a.id != annotationId)
            continue;
        revealPosition(a.start);
        m_flashId = annotationId;
        updateHighlights();
        QTimer::singleShot(700, this, [this, annotationId] {
            if (m_flashId == annotationId) {
                m_flashId.clear();
                updateHighlights();
            }
        });
        return;
    }
}

QString ReviewView::annotationAt(int position) const
{
    // The shortest covering span is the one the user most likely means.
    QString id;
    int shortest = std::numeric_limits<int>::max();
    for (const Annotation &a : m_annotations) {
        if (a.start > position)
            break;
        if (a.covers(position) && a.length() < shortest) {
            shortest = a.length();
            id = a.id;
        }
    }
    return id;
}

#ifdef REVMARK_HAVE_SYNTAX
void ReviewView::setCueSet(const QString &cueSet)
{
    if (cueSet == this->cueSet())
        return;
    // The highlighter's destructor takes its formats out of the blocks again.
    delete m_cues;
    if (!cueSet.isEmpty())
        m_cues = new CueHighlighter(document(), cueSet, palette());
}

QString ReviewView::cueSet() const
{
    return m_cues ? m_cues->cueSet() : QString();
}
#endif

void ReviewView::setSuggestions(const QVector<SuggestionMark> &suggestions, int current)
{
    m_suggestions = suggestions;
    m_currentSuggestion = current >= 0 && current < suggestions.size() ? current : -1;
    viewport()->update();
}

int ReviewView::suggestionAt(int position) const
{
    for (int i = 0; i < m_suggestions.size(); ++i) {
        if (position >= m_suggestions.at(i).start && position < m_suggestions.at(i).end)
            return i;
    }
    return -1;
}

QVector<QRectF> ReviewView::rangeRects(int start, int end) const
{
    QVector<QRectF> rects;
    end = qMin(end, document()->characterCount() - 1);
    if (start >= end)
        return rects;
    const QPointF scroll(horizontalScrollBar()->value(), verticalScrollBar()->value());
    const QAbstractTextDocumentLayout *documentLayout = document()->documentLayout();
    for (QTextBlock block = document()->findBlock(start); block.isValid() && block.position() < end;
         block = block.next()) {
        const QTextLayout *layout = block.layout();
        if (!layout)
            continue;
        const QPointF origin = documentLayout->blockBoundingRect(block).topLeft() - scroll;
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            const int lineStart = block.position() + line.textStart();
            const int from = qMax(start, lineStart);
            const int to = qMin(end, lineStart + line.textLength());
            if (from >= to)
                continue;
            const qreal x1 = line.cursorToX(from - block.position());
            const qreal x2 = line.cursorToX(to - block.position());
            rects.append(QRectF(origin.x() + qMin(x1, x2), origin.y() + line.y(), qAbs(x2 - x1), line.height()));
        }
    }
    return rects;
}

void ReviewView::setFindMatches(const QVector<TextMatch> &matches, int current)
{
    current = current >= 0 && current < matches.size() ? current : -1;
    if (matches.constData() == m_findMatches.constData() && current == m_currentFindMatch)
        return;
    m_findMatches = matches;
    m_currentFindMatch = current;
    // Marking a viewport out of sight for repainting is not free, and hundreds of columns are
    // out of sight: those draw the marks when they come into view.
    if (!viewport()->visibleRegion().isEmpty())
        viewport()->update();
}

bool ReviewView::isRangeVisible(int start, int end) const
{
    const QVector<QRectF> rects = rangeRects(start, qMax(end, start + 1));
    if (rects.isEmpty())
        return false;
    const QRectF area = viewport()->rect();
    return std::all_of(rects.cbegin(), rects.cend(), [&area](const QRectF &r) {
        return r.top() >= area.top() && r.bottom() <= area.bottom();
    });
}

void ReviewView::visibleFindMatches(int *first, int *last) const
{
    // Matches are in text order and do not overlap, so their ends are sorted too.
    const int top = cursorForPosition(QPoint(0, 0)).position();
    const int bottom = cursorForPosition(QPoint(viewport()->width(), viewport()->height())).position();
    const auto begin = std::lower_bound(m_findMatches.cbegin(), m_findMatches.cend(), top,
                                        [](const TextMatch &m, int position) { return m.end < position; });
    const auto end = std::upper_bound(begin, m_findMatches.cend(), bottom,
                                      [](int position, const TextMatch &m) { return position < m.start; });
    *first = int(begin - m_findMatches.cbegin());
    *last = int(end - m_findMatches.cbegin());
}

void ReviewView::paintFindMatches(QPainter *painter, const QRectF &exposed, bool fills) const
{
    const FindColors colors = findColors(palette());
    if (fills)
        painter->setCompositionMode(colors.mode);
    int first = 0;
    int last = 0;
    visibleFindMatches(&first, &last);
    const QTextCursor cursor = textCursor();
    for (int i = first; i < last; ++i) {
        const TextMatch &match = m_findMatches.at(i);
        const bool current = i == m_currentFindMatch;
        const bool selected = cursor.selectionStart() == match.start && cursor.selectionEnd() == match.end;
        const QVector<QRectF> lines = rangeRects(match.start, match.end);
        for (const QRectF &line : lines) {
            const QRectF box = line.adjusted(-1, 0, 1, 0);
            if (!box.intersects(exposed))
                continue;
            if (fills) {
                // The selected current match already stands out; yellow over the selection
                // colour would only muddy its text.
                if (!(current && selected))
                    painter->fillRect(box, current ? colors.currentFill : colors.fill);
            } else {
                QPen pen(current ? colors.currentOutline : colors.outline, current ? 2.0 : 1.0);
                pen.setCosmetic(true);
                painter->setPen(pen);
                painter->setBrush(Qt::NoBrush);
                painter->drawRoundedRect(box, 2, 2);
            }
        }
    }
}

void ReviewView::paintEvent(QPaintEvent *event)
{
    QTextEdit::paintEvent(event);
    if (const Annotation *a = m_dragHandle != 0 ? currentAnnotationData() : nullptr) {
        // The range the drag would give, outlined in the annotation's colour until release.
        const int fixed = m_dragHandle == 1 ? a->end : a->start;
        QPainter painter(viewport());
        QPen pen(HighlightStyle::lineColor(a->polarity, HighlightStyle::themeFor(palette())), 2.0);
        pen.setCosmetic(true);
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        for (const QRectF &line : rangeRects(qMin(fixed, m_dragPosition), qMax(fixed, m_dragPosition)))
            painter.drawRect(line.adjusted(-1, 0, 1, 0));
    }
    if (!m_setAside.isEmpty()) {
        // A bar in the margin beside each passage set aside: dimmed text alone is easy to miss.
        QPainter bars(viewport());
        const int length = document()->characterCount() - 1;
        for (const TextRange &range : std::as_const(m_setAside)) {
            const QVector<QRectF> lines = range.end <= length ? rangeRects(range.start, range.end) : QVector<QRectF>();
            if (lines.isEmpty())
                continue;
            const QRectF bar(document()->documentMargin() / 2 - 1.5, lines.first().top(), 3,
                             lines.last().bottom() - lines.first().top());
            if (bar.intersects(event->rect()))
                bars.fillRect(bar, palette().color(QPalette::Mid));
        }
    }
    if (m_suggestions.isEmpty() && m_findMatches.isEmpty())
        return;
    if (!m_findMatches.isEmpty()) {
        QPainter fills(viewport());
        paintFindMatches(&fills, event->rect(), true);
    }
    const HighlightStyle::Theme theme = HighlightStyle::themeFor(palette());
    QPainter painter(viewport());
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setBrush(Qt::NoBrush);
    const QRectF exposed = event->rect();
    paintFindMatches(&painter, exposed, false);
    for (int i = 0; i < m_suggestions.size(); ++i) {
        const SuggestionMark &mark = m_suggestions.at(i);
        const bool current = i == m_currentSuggestion;
        // Dashed and unfilled: a proposal, next to the filled, underlined annotations.
        QPen pen(HighlightStyle::lineColor(mark.polarity, theme), current ? 2.0 : 1.2,
                 current ? Qt::SolidLine : Qt::DashLine);
        pen.setCosmetic(true);
        painter.setPen(pen);
        // One outline around the whole span: each line's box reaches down to the next line, and
        // the union of the boxes is drawn, not a stack of boxes.
        QVector<QRectF> lines = rangeRects(mark.start, mark.end);
        QPainterPath outline;
        outline.setFillRule(Qt::WindingFill);
        for (int l = 0; l < lines.size(); ++l) {
            QRectF box = lines.at(l).adjusted(-2, -1, 2, 1);
            if (l + 1 < lines.size() && lines.at(l + 1).top() - lines.at(l).bottom() < lines.at(l).height())
                box.setBottom(lines.at(l + 1).top() - 1);
            outline.addRect(box);
        }
        if (outline.boundingRect().intersects(exposed))
            painter.drawPath(outline.simplified());
    }
}

const Annotation *ReviewView::currentAnnotationData() const
{
    for (const Annotation &a : m_annotations) {
        if (a.id == m_currentId)
            return &a;
    }
    return nullptr;
}

int ReviewView::spanHandleAt(const QPoint &pos) const
{
    const Annotation *a = currentAnnotationData();
    if (!a)
        return 0;
    // Within a few pixels of the caret position at either end, on that line.
    const auto near = [this, &pos](int position) {
        QTextCursor cursor(document());
        cursor.setPosition(qBound(0, position, document()->characterCount() - 1));
        const QRect caret = cursorRect(cursor);
        return qAbs(pos.x() - caret.center().x()) <= 5 && pos.y() >= caret.top() - 2 && pos.y() <= caret.bottom() + 2;
    };
    if (near(a->end))
        return 2;
    return near(a->start) ? 1 : 0;
}

void ReviewView::mousePressEvent(QMouseEvent *event)
{
    m_pressPos = event->pos();
    if (event->button() == Qt::LeftButton && !(event->modifiers() & Qt::ShiftModifier)) {
        m_dragHandle = spanHandleAt(event->pos());
        if (m_dragHandle != 0) {
            // The drag adjusts the highlight; the text selection stays out of it.
            m_dragPosition = cursorForPosition(event->pos()).position();
            event->accept();
            return;
        }
    }
    QTextEdit::mousePressEvent(event);
}

void ReviewView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragHandle != 0) {
        m_dragPosition = cursorForPosition(event->pos()).position();
        viewport()->update();
        event->accept();
        return;
    }
    if (event->buttons() == Qt::NoButton)
        viewport()->setCursor(spanHandleAt(event->pos()) != 0 ? Qt::SizeHorCursor : Qt::IBeamCursor);
    QTextEdit::mouseMoveEvent(event);
}

void ReviewView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_dragHandle != 0) {
        const int handle = m_dragHandle;
        m_dragHandle = 0;
        viewport()->update();
        event->accept();
        const Annotation *a = currentAnnotationData();
        const int position = cursorForPosition(event->pos()).position();
        if (!a || position == (handle == 1 ? a->start : a->end))
            return;
        const int fixed = handle == 1 ? a->end : a->start;
        Q_EMIT spanAdjusted(a->id, qMin(fixed, position), qMax(fixed, position));
        return;
    }
    QTextEdit::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton || textCursor().hasSelection()
        || (event->pos() - m_pressPos).manhattanLength() > QApplication::startDragDistance())
        return;
    const int position = cursorForPosition(event->pos()).position();
    Q_EMIT annotationClicked(annotationAt(position));
    Q_EMIT suggestionClicked(suggestionAt(position));
}

bool ReviewView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int position = cursorForPosition(help->pos()).position();
        const int suggestion = suggestionAt(position);
        if (suggestion >= 0) {
            QToolTip::showText(help->globalPos(), m_suggestions.at(suggestion).toolTip, viewport());
            return true;
        }
        const QString id = annotationAt(position);
        for (const Annotation &a : std::as_const(m_annotations)) {
            if (a.id != id)
                continue;
            QString tip = QStringLiteral("<b>%1</b>").arg(polarityName(a.polarity).toHtmlEscaped());
            if (!a.tags.isEmpty())
                tip += QStringLiteral(" · ") + a.tags.join(QStringLiteral(", ")).toHtmlEscaped();
            if (!a.note.isEmpty())
                tip += QStringLiteral("<br>") + a.note.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
            QToolTip::showText(help->globalPos(), tip, viewport());
            return true;
        }
        bool aside = false;
        passageAt(position, &aside);
        if (aside) {
            QToolTip::showText(help->globalPos(),
                               tr("Set aside as part of the web page, not the review: left out of cues, suggestions, "
                                  "find and export. Right-click to include it."),
                               viewport());
            return true;
        }
        QToolTip::hideText();
        return true;
    }
    return QTextEdit::viewportEvent(event);
}

void ReviewView::contextMenuEvent(QContextMenuEvent *event)
{
    // Right-clicking a highlight makes it current, so the menu's actions apply to it.
    if (!textCursor().hasSelection())
        Q_EMIT annotationClicked(annotationAt(cursorForPosition(event->pos()).position()));
    QMenu *menu = createStandardContextMenu(event->pos());
    QAction *first = menu->actions().value(0);
    menu->insertActions(first, m_contextActions);
    menu->insertSeparator(first);
    bool aside = false;
    const TextRange passage = passageAt(cursorForPosition(event->pos()).position(), &aside);
    if (passage.end > passage.start) {
        QAction *toggle = new QAction(aside ? tr("Include This Passage") : tr("Set Aside This Passage"), menu);
        toggle->setObjectName(aside ? QStringLiteral("includePassageAction") : QStringLiteral("setAsidePassageAction"));
        connect(toggle, &QAction::triggered, this, [this, passage, aside] { Q_EMIT setAsideRequested(passage, !aside); });
        menu->insertAction(first, toggle);
        menu->insertSeparator(first);
    }
    menu->exec(event->globalPos());
    delete menu;
}

void ReviewView::changeEvent(QEvent *event)
{
    QTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        updateHighlights();
#ifdef REVMARK_HAVE_SYNTAX
        if (m_cues)
            m_cues->updateTheme(palette());
#endif
    }
    else if (event->type() == QEvent::FontChange)
        applyTypography();
}

} // namespace Revmark
