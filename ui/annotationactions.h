// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/annotation.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace Revmark {

class ActionRegistry;
class AnnotationSelection;
class ColumnsArea;
class Project;

// The Annotation menu's commands: registers "actionPraise" (Ctrl+1), "actionCriticism"
// (Ctrl+2), "actionNote" (Ctrl+3) and "actionDeleteAnnotation" (Delete, only while the columns
// have focus, so it keeps working in the note editor) in the window's ActionRegistry. Marking
// adds an annotation over the current column's selection (the Project snaps it to words) and
// makes it current; with no selection it relabels the current annotation.
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

Q_SIGNALS:
    // A passing message for the status bar.
    void message(const QString &text, int milliseconds);
    // Edit Note with an annotation current: its note editor should get the focus.
    void noteRequested(const QString &reviewId, const QString &annotationId);

private:
    QPointer<Project> m_project;
    ColumnsArea *m_columns;
    AnnotationSelection *m_selection;
    ActionRegistry *m_actions;
};

} // namespace Revmark
