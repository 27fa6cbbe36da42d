// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QAction;
class QCheckBox;
class QLabel;
class QMainWindow;
class QModelIndex;
class QTableView;
class QTimer;
class QToolButton;

namespace Revmark {

class AnnotationPanel;
class ColumnsArea;
class ConsensusChartWidget;
class ConsensusModel;
class Project;

// View › Compare Reviews: the consensus matrix ("consensusTable", a ConsensusModel drawn by
// ConsensusDelegate) beside its chart ("consensusChart"), with "Include hidden columns"
// ("includeHiddenCheck") and Align on Aspect ("alignButton").
// Clicking a count cell, or Return on it, brings its review's column into view and asks for
// the cell's first annotation (annotationRequested); clicking it again, Return again, F4 and
// Shift+F4 step through the cell's annotations in text order. Arrows move between cells.
// Align on Aspect (button, the row's context menu, Ctrl+Shift+L) scrolls every shown column so
// that its first passage carrying the row's tag sits at the same height on screen, and filters
// the annotation panel to that tag; Escape ends it, restoring the panel's filter and
// synchronised scrolling (switched off while aligned, as it would undo the alignment).
// All of this is view state: nothing here edits the project.
class CompareView : public QWidget
{
    Q_OBJECT

public:
    explicit CompareView(QWidget *parent = nullptr);
    ~CompareView() override;

    // The view in a hidden dock ("compareDock") below window's central widget, following project,
    // columns and panel. The dock's toggle ("actionCompareReviews", Ctrl+Shift+C) is
    // dockToggleAction().
    static CompareView *createDock(QMainWindow *window, Project *project, ColumnsArea *columns,
                                   AnnotationPanel *panel);
    // The toggle of the dock holding the view; nullptr when it is not in a dock.
    QAction *dockToggleAction() const;

    // Each may be called again; nullptr allowed. The matrix follows the project from the first
    // time the view is shown (a big project costs nothing until then).
    void setProject(Project *project);
    void setColumnsArea(ColumnsArea *columns);
    void setAnnotationPanel(AnnotationPanel *panel);

    ConsensusModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    ConsensusChartWidget *chart() const { return m_chart; }

    // Jumps to the cell's annotations: the first, or the next when the same cell was the
    // last one jumped to and again is true.
    void activateCell(const QModelIndex &index, bool again);
    // F4 (+1) / Shift+F4 (-1) on the table's current cell.
    void step(int delta);

    bool isAligned() const { return m_aligned; }
    QString alignedTag() const { return m_alignedTag; }
    // Aligns on the aspect of this model row (aspect rows only).
    void alignOnAspect(int row);
    void endAlign();

Q_SIGNALS:
    // The annotation to make current and reveal in its column.
    void annotationRequested(const QString &reviewId, const QString &annotationId);

protected:
    void showEvent(QShowEvent *event) override;
    // Closing the view ends an alignment: Escape would no longer reach it.
    void hideEvent(QHideEvent *event) override;

private:
    void updateHidden();
    void updateChart();
    void updateActions();
    void showContextMenu(const QPoint &pos);
    void revealColumn(const QString &reviewId);

    QPointer<Project> m_project;
    QPointer<ColumnsArea> m_columns;
    QPointer<AnnotationPanel> m_panel;
    ConsensusModel *m_model;
    QTableView *m_table;
    ConsensusChartWidget *m_chart;
    QCheckBox *m_includeHidden;
    QToolButton *m_alignButton;
    QLabel *m_alignStatus;
    QAction *m_nextAction;
    QAction *m_previousAction;
    QAction *m_alignAction;
    QAction *m_endAlignAction;
    QTimer *m_chartTimer;

    // The cell last jumped to (review id, model row's tag and kind) and where in it.
    QString m_stepKey;
    int m_stepIndex = 0;

    bool m_attached = false; // the model follows m_project
    bool m_aligned = false;
    QString m_alignedTag;
    QString m_savedTagFilter;
    bool m_savedSyncScrolling = false;
};

} // namespace Revmark
