// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/annotation.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QWidget;

namespace Revmark {

class ActionRegistry;
class AnnotationSelection;
class ColumnsArea;
class Project;
class TagPalette;

// The Annotation menu's commands, registered in the window's ActionRegistry:
// - "actionPraise" (Ctrl+1), "actionCriticism" (Ctrl+2): mark the current column's selection
//   (the Project snaps it to words), clear the selection and make the new annotation current;
//   with no selection they relabel the current annotation;
// - "actionNote" (Ctrl+3): from the text to the current annotation's note (noteRequested), and
//   from the note editor back to the text (returnToText);
// - "actionDeleteAnnotation" (Delete, only while the columns have focus, so it keeps working in
//   the note editor);
// - "actionQuickTag1" … "actionQuickTag9" (Alt+1 … Alt+9): toggle the project's first nine tags
//   on the current annotation, one undo step each;
// - "actionTagPalette" (Ctrl+T): the TagPalette beside the current annotation;
// - adjusting the current annotation's span, only while the columns have focus, one undo step
//   each (Project::setAnnotationRange, snapped to words, so a step covers at least a word):
//   "actionSpanEndLeft"/"actionSpanEndRight" (Shift+Alt+Left/Right) and
//   "actionSpanEndWordLeft"/"actionSpanEndWordRight" (Ctrl+Shift+Alt+Left/Right) move the end
//   that moves: the end at first, the start after "actionSpanMoveStart" (Alt+Home), the end
//   again after "actionSpanMoveEnd" (Alt+End) or when another annotation becomes current.
class AnnotationActions : public QObject
{
    Q_OBJECT

public:
    AnnotationActions(Project *project, ColumnsArea *columns, AnnotationSelection *selection,
                      ActionRegistry *actions, QWidget *window);

    // Returns the id of the annotation marked or relabelled, or empty.
    QString markSelection(Polarity polarity);
    // deleteBlocked: something else is current (a suggestion) and Delete means that.
    void updateActions(bool deleteBlocked);
    // Keyboard focus to the text of the current annotation's column, the caret at its start
    // and the span in view; without a current annotation, to the current column.
    void returnToText();
    // Asked by Praise / Criticism when no text is selected, before relabelling: accepts a current
    // suggestion with that polarity and returns the new annotation's id, else empty.
    void setSuggestionAcceptor(std::function<QString(Polarity)> acceptor) { m_acceptSuggestion = std::move(acceptor); }
    // Whether the span keys move the start (else the end) of the current annotation.
    bool movesStart() const { return m_movesStart; }

Q_SIGNALS:
    // A passing message for the status bar.
    void message(const QString &text, int milliseconds);
    // Edit Note with an annotation current: its note editor should get the focus.
    void noteRequested(const QString &reviewId, const QString &annotationId);

private:
    void toggleQuickTag(int index);
    void showTagPalette();
    // Moves the moving end of the current annotation by one step (a character, or a word with
    // byWord) in direction (-1 or 1), going on until the snapped range differs.
    void moveSpanEnd(int direction, bool byWord);

    QPointer<Project> m_project;
    ColumnsArea *m_columns;
    AnnotationSelection *m_selection;
    ActionRegistry *m_actions;
    QWidget *m_window;
    TagPalette *m_palette = nullptr;
    bool m_movesStart = false;
    QString m_lastCurrent;
    std::function<QString(Polarity)> m_acceptSuggestion;
};

} // namespace Revmark
