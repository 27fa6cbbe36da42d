// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QMenu;
class QWidget;

namespace Revmark {

class ActionRegistry;
class ColumnsArea;
class Project;

// The commands on the current review and the columns: registers in the window's ActionRegistry
// "actionReviewProperties", "actionReimportSource", "actionShowSource", "actionMoveLeft",
// "actionMoveRight", "actionHideColumn", "actionRemoveReview", "actionNextColumn",
// "actionPreviousColumn", "actionFocusMode" and "actionSyncScroll" (remembered in QSettings),
// and keeps View › Columns ("columnsMenu": one checkable entry per review, Show All Columns).
// Re-importing needs the session, so the chosen file is handed on (reimportRequested()).
class ReviewActions : public QObject
{
    Q_OBJECT

public:
    ReviewActions(Project *project, ColumnsArea *columns, ActionRegistry *actions, QWidget *window);

    // View › Columns: one checkable entry per review; filled when it opens.
    QMenu *columnsMenu() const { return m_columnsMenu; }
    // Enables the actions for the current review.
    void updateActions();

Q_SIGNALS:
    // A passing message for the status bar.
    void message(const QString &text, int milliseconds);
    // The user chose a file to re-import the review from (Review › Re-import Source…).
    void reimportRequested(const QString &reviewId, const QString &path);

private:
    void reimportInteractive();
    void removeCurrent();
    void moveCurrent(int delta);
    void selectAdjacent(int delta);
    void showSource();
    void updateColumnsMenu();

    QPointer<Project> m_project;
    ColumnsArea *m_columns;
    ActionRegistry *m_actions;
    QWidget *m_window;
    QMenu *m_columnsMenu;
    bool m_columnsMenuStale = true;
};

} // namespace Revmark
