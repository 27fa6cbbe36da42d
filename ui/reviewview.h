// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation.h"
#include "highlightsegments.h"
#include "highlightstyle.h"

#include <QTextEdit>

namespace Revmark {

// The read-only text of one review with its annotations drawn as highlights. The document
// text is never modified by highlighting (extra selections only), so positions in the view are
// the UTF-16 offsets the model uses. Text is selectable with mouse and keyboard.
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
    // Offered above Copy and Select All in the context menu.
    void setContextActions(const QList<QAction *> &actions) { m_contextActions = actions; }

Q_SIGNALS:
    // The user clicked on a highlight (without selecting text); empty id: clicked plain text.
    void annotationClicked(const QString &annotationId);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyTypography();
    void updateHighlights();

    QVector<Annotation> m_annotations;
    QVector<HighlightSegment> m_segments;
    QString m_currentId;
    QString m_flashId;
    QPoint m_pressPos;
    QList<QAction *> m_contextActions;
};

} // namespace Revmark
