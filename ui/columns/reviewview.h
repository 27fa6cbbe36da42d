// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/annotation.h"
#include "model/review.h"
#include "compare/reviewsearch.h"
#include "export/highlightsegments.h"
#include "export/highlightstyle.h"

#include <QPointer>
#include <QTextEdit>

class QPainter;

namespace Revmark {

class CueHighlighter;

// A suggested annotation as the view draws it: an outline in the polarity's colour over the
// text, never a fill, so it cannot be mistaken for an annotation.
struct SuggestionMark
{
    int start = 0;
    int end = 0;
    Polarity polarity = Polarity::Praise;
    QString toolTip; // rich text
};

// The read-only text of one review with its annotations drawn as highlights. The document
// text is never modified by highlighting (extra selections only), so positions in the view are
// the UTF-16 offsets the model uses. Text is selectable with mouse and keyboard. A font set with
// setFont() (the reading font and zoom) is the text's font as it is; else the application's, a
// little larger.
class ReviewView : public QTextEdit
{
    Q_OBJECT

public:
    explicit ReviewView(QWidget *parent = nullptr);

    // Replaces the text (only when it differs, so scrolling survives metadata edits).
    void setReviewText(const QString &text);
    void setAnnotations(const QVector<Annotation> &annotations);
    // The annotation drawn stronger; empty for none.
    void setCurrentAnnotation(const QString &annotationId);
    QString currentAnnotation() const { return m_currentId; }

    // The selected range, or false when nothing is selected.
    bool selectedRange(int *start, int *end) const;
    // Scrolls so that the annotation is in view and briefly draws it stronger still.
    void revealAnnotation(const QString &annotationId);
    // Id of the innermost annotation at a document position, or empty.
    QString annotationAt(int position) const;
#ifdef REVMARK_HAVE_SYNTAX
    // Draws the cues of this cue set (View › Show Cues); empty removes them. Cues only change
    // text colour and weight; annotations, the text and the selection are left alone.
    void setCueSet(const QString &cueSet);
    QString cueSet() const;
#endif

    // The suggestions drawn as outlines; current is the index of the one drawn stronger, or -1.
    void setSuggestions(const QVector<SuggestionMark> &suggestions, int current = -1);
    const QVector<SuggestionMark> &suggestions() const { return m_suggestions; }
    int currentSuggestion() const { return m_currentSuggestion; }
    // Index of the suggestion at a document position, or -1.
    int suggestionAt(int position) const;
    // Scrolls so that this position is a third of the way down the view.
    void revealPosition(int position);
    // The outline of [start, end) in viewport coordinates, one rectangle per line.
    QVector<QRectF> rangeRects(int start, int end) const;

    // The find bar's matches (in text order), drawn as a yellow box with a thin outline and no
    // underline, so they never look like an annotation (tint + underline) or a suggestion (dashed
    // outline in a polarity's colour); the yellow is blended over the text (multiplied, or
    // screened on dark palettes), so it shows over annotation tints as well. current is the
    // index of the one drawn stronger (a deeper fill, none while it is selected, and a solid
    // outline in the text colour), or -1. Empty removes them.
    void setFindMatches(const QVector<TextMatch> &matches, int current = -1);
    const QVector<TextMatch> &findMatches() const { return m_findMatches; }
    int currentFindMatch() const { return m_currentFindMatch; }
    // Whether [start, end) is inside the visible part of the view.
    bool isRangeVisible(int start, int end) const;

    // The passages set aside as the web page's (Review::setAside): drawn in a dimmed colour,
    // without cue colours or weight, with a bar in the left margin. The context menu offers
    // "Include This Passage" on them and "Set Aside This Passage" elsewhere (the selection,
    // widened to whole lines, or the line clicked).
    void setSetAside(const QVector<TextRange> &ranges);
    const QVector<TextRange> &setAside() const { return m_setAside; }
    // The passage the context menu at this position would include or set aside, and which.
    TextRange passageAt(int position, bool *setAside) const;

    // Offered above Copy and Select All in the context menu.
    void setContextActions(const QList<QAction *> &actions) { m_contextActions = actions; }

Q_SIGNALS:
    // The user clicked on a highlight (without selecting text); empty id: clicked plain text.
    void annotationClicked(const QString &annotationId);
    // Emitted after annotationClicked: the index of the suggestion clicked, or -1.
    void suggestionClicked(int index);
    // The user dragged an end of the current annotation (the mouse cursor turns into a
    // horizontal resize arrow within a few pixels of either end) and let go: the wanted range.
    void spanAdjusted(const QString &annotationId, int start, int end);
    // The user chose Set Aside This Passage (setAside true) or Include This Passage.
    void setAsideRequested(const Revmark::TextRange &passage, bool setAside);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void applyTypography();
    void updateHighlights();
    // The find matches that may show in the viewport, as indexes [first, last).
    void visibleFindMatches(int *first, int *last) const;
    void paintFindMatches(QPainter *painter, const QRectF &exposed, bool fills) const;
    // Which end of the current annotation is within reach of pos: 0 none, 1 start, 2 end.
    int spanHandleAt(const QPoint &pos) const;
    const Annotation *currentAnnotationData() const;

    QVector<Annotation> m_annotations;
    QVector<HighlightSegment> m_segments;
    QString m_text; // as last given to setReviewText()
    bool m_textSet = false;
    QString m_currentId;
    QString m_flashId;
    QPoint m_pressPos;
    int m_dragHandle = 0;      // the end being dragged (spanHandleAt), 0 while none
    int m_dragPosition = -1;   // where the dragged end is now
    QList<QAction *> m_contextActions;
    QVector<SuggestionMark> m_suggestions;
    int m_currentSuggestion = -1;
    QVector<TextMatch> m_findMatches;
    QVector<TextRange> m_setAside;
    int m_currentFindMatch = -1;
#ifdef REVMARK_HAVE_SYNTAX
    QPointer<CueHighlighter> m_cues;
#endif
};

} // namespace Revmark
