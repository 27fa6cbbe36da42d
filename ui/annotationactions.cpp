// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationactions.h"

#include "actionregistry.h"
#include "annotationselection.h"
#include "columns/columnsarea.h"
#include "columns/reviewcolumn.h"
#include "columns/reviewview.h"
#include "project/project.h"

#include <QAction>
#include <QTextCursor>
#include <QWidget>

namespace Revmark {

AnnotationActions::AnnotationActions(Project *project, ColumnsArea *columns, AnnotationSelection *selection,
                                     ActionRegistry *actions, QWidget *window)
    : QObject(window)
    , m_project(project)
    , m_columns(columns)
    , m_selection(selection)
    , m_actions(actions)
{
    QAction *praise = actions->create(QStringLiteral("actionPraise"), tr("&Praise"), {QKeySequence(Qt::CTRL | Qt::Key_1)});
    praise->setToolTip(tr("Mark the selection as praise, or relabel the current annotation (Ctrl+1)"));
    praise->setIconText(tr("Praise  Ctrl+1"));
    connect(praise, &QAction::triggered, this, [this] { markSelection(Polarity::Praise); });
    QAction *criticism =
        actions->create(QStringLiteral("actionCriticism"), tr("&Criticism"), {QKeySequence(Qt::CTRL | Qt::Key_2)});
    criticism->setToolTip(tr("Mark the selection as criticism, or relabel the current annotation (Ctrl+2)"));
    criticism->setIconText(tr("Criticism  Ctrl+2"));
    connect(criticism, &QAction::triggered, this, [this] { markSelection(Polarity::Criticism); });
    QAction *note = actions->create(QStringLiteral("actionNote"), tr("Edit &Note"), {QKeySequence(Qt::CTRL | Qt::Key_3)});
    note->setIconText(tr("Note  Ctrl+3"));
    connect(note, &QAction::triggered, this, [this] {
        if (m_selection->isEmpty())
            Q_EMIT message(tr("Select an annotation first: click a highlight or a row in the list."), 4000);
        else
            Q_EMIT noteRequested(m_selection->reviewId(), m_selection->annotationId());
    });
    QAction *remove =
        actions->create(QStringLiteral("actionDeleteAnnotation"), tr("&Delete Annotation"), {QKeySequence::Delete});
    // Only while the columns have focus: Delete must keep working in the note editor.
    remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    columns->addAction(remove);
    connect(remove, &QAction::triggered, this, [this] {
        if (m_project && !m_selection->isEmpty())
            m_project->removeAnnotation(m_selection->reviewId(), m_selection->annotationId());
    });
    // Window-wide (their shortcuts work from every widget).
    window->addActions({praise, criticism, note});
}

QString AnnotationActions::markSelection(Polarity polarity)
{
    ReviewColumn *column = m_columns->currentColumn();
    if (!column || !m_project)
        return {};
    int start = 0;
    int end = 0;
    const QString reviewId = column->reviewId();
    if (!column->view()->selectedRange(&start, &end)) {
        if (m_selection->reviewId() == reviewId && !m_selection->isEmpty()) {
            m_project->setAnnotationPolarity(reviewId, m_selection->annotationId(), polarity);
            return m_selection->annotationId();
        }
        Q_EMIT message(tr("Select some text in a review first."), 4000);
        return {};
    }
    const QString id = m_project->addAnnotation(reviewId, start, end, polarity);
    if (id.isEmpty()) {
        Q_EMIT message(tr("The selection holds no words to mark."), 4000);
        return {};
    }
    QTextCursor cursor = column->view()->textCursor();
    cursor.clearSelection();
    column->view()->setTextCursor(cursor);
    m_selection->set(reviewId, id);
    return id;
}

void AnnotationActions::updateActions(bool deleteBlocked)
{
    const bool hasReview = m_project && m_project->findReview(m_columns->currentReviewId());
    const bool hasAnnotation = !m_selection->isEmpty();
    m_actions->action(QStringLiteral("actionPraise"))->setEnabled(hasReview);
    m_actions->action(QStringLiteral("actionCriticism"))->setEnabled(hasReview);
    m_actions->action(QStringLiteral("actionNote"))->setEnabled(hasAnnotation);
    m_actions->action(QStringLiteral("actionDeleteAnnotation"))->setEnabled(hasAnnotation && !deleteBlocked);
}

} // namespace Revmark
