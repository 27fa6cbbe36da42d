// SPDX-License-Identifier: GPL-3.0-or-later
#include "panels/compareview.h"

#include "columns/columnsarea.h"
#include "columns/reviewcolumn.h"
#include "columns/reviewview.h"
#include "compare/consensusmodel.h"
#include "panels/annotationpanel.h"
#include "panels/consensuschartwidget.h"
#include "panels/consensusdelegate.h"
#include "project/project.h"

#include <QAction>
#include <QCheckBox>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QTextCursor>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>
#include <functional>

namespace Revmark {

namespace {

// Return on a cell jumps, as a click does; the table's own Return would start editing.
class ConsensusTable : public QTableView
{
public:
    std::function<void(const QModelIndex &)> onReturn;
    using QTableView::QTableView;

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && event->modifiers() == Qt::NoModifier
            && currentIndex().isValid() && onReturn) {
            onReturn(currentIndex());
            event->accept();
            return;
        }
        QTableView::keyPressEvent(event);
    }
};

QString cellKey(const QModelIndex &index)
{
    return index.data(ConsensusModel::ReviewIdRole).toString() + QLatin1Char('\n')
        + QString::number(index.data(ConsensusModel::RowKindRole).toInt()) + QLatin1Char('\n')
        + index.data(ConsensusModel::TagRole).toString();
}

} // namespace

CompareView *CompareView::createDock(QMainWindow *window, Project *project, ColumnsArea *columns,
                                     AnnotationPanel *panel)
{
    auto *dock = new QDockWidget(tr("Compare Reviews"), window);
    dock->setObjectName(QStringLiteral("compareDock"));
    auto *view = new CompareView(dock);
    view->setObjectName(QStringLiteral("compareView"));
    view->setProject(project);
    view->setColumnsArea(columns);
    view->setAnnotationPanel(panel);
    dock->setWidget(view);
    window->addDockWidget(Qt::BottomDockWidgetArea, dock);
    dock->hide();
    // Docked under the columns at its size hint, the matrix and the chart would show a row or two:
    // the first time it opens, give it two fifths of the window; the user's own size is kept after.
    QObject::connect(dock, &QDockWidget::visibilityChanged, window, [window, dock, sized = false](bool visible) mutable {
        if (!visible || sized || dock->isFloating())
            return;
        sized = true;
        // After the layout has placed the dock, or the layout's own pass undoes the size.
        QMetaObject::invokeMethod(
            window, [window, dock] { window->resizeDocks({dock}, {qMax(320, window->height() * 2 / 5)}, Qt::Vertical); },
            Qt::QueuedConnection);
    });
    QAction *toggle = dock->toggleViewAction();
    toggle->setText(tr("&Compare Reviews"));
    toggle->setObjectName(QStringLiteral("actionCompareReviews"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    return view;
}

QAction *CompareView::dockToggleAction() const
{
    auto *dock = qobject_cast<QDockWidget *>(parentWidget());
    return dock ? dock->toggleViewAction() : nullptr;
}

CompareView::CompareView(QWidget *parent)
    : QWidget(parent)
    , m_model(new ConsensusModel(this))
    , m_chartTimer(new QTimer(this))
{
    auto *table = new ConsensusTable(this);
    m_table = table;
    m_table->setObjectName(QStringLiteral("consensusTable"));
    m_table->setAccessibleName(tr("Consensus matrix"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new ConsensusDelegate(m_table));
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    {
        // Sized once from a wide cell: sizing a thousand columns to their contents after
        // every change would cost more than the change.
        const QFontMetrics fm(m_table->font());
        m_table->horizontalHeader()->setDefaultSectionSize(fm.horizontalAdvance(QStringLiteral("+99 −99")) + fm.height() * 2);
        m_table->verticalHeader()->setDefaultSectionSize(fm.height() + 12);
    }
    table->onReturn = [this](const QModelIndex &index) { activateCell(index, true); };

    m_chart = new ConsensusChartWidget(this);
    m_chart->setObjectName(QStringLiteral("consensusChart"));
    auto *chartScroll = new QScrollArea(this);
    chartScroll->setWidget(m_chart);
    chartScroll->setWidgetResizable(true);
    chartScroll->setFrameShape(QFrame::NoFrame);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("compareSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(chartScroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    m_includeHidden = new QCheckBox(tr("Include &hidden columns"), this);
    m_includeHidden->setObjectName(QStringLiteral("includeHiddenCheck"));

    m_alignAction = new QAction(tr("&Align on Aspect"), this);
    m_alignAction->setObjectName(QStringLiteral("actionAlignOnAspect"));
    m_alignAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_alignAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_alignAction->setToolTip(tr("Scroll every column to its first passage on this aspect and filter the "
                                 "annotations to it (Ctrl+Shift+L; Esc ends)"));
    m_endAlignAction = new QAction(tr("End Alignment"), this);
    m_endAlignAction->setObjectName(QStringLiteral("actionEndAlign"));
    m_endAlignAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_endAlignAction->setShortcutContext(Qt::WindowShortcut);
    m_nextAction = new QAction(tr("Next Annotation in Cell"), this);
    m_nextAction->setObjectName(QStringLiteral("actionCompareNext"));
    m_nextAction->setShortcut(QKeySequence(Qt::Key_F4));
    m_nextAction->setShortcutContext(Qt::WindowShortcut);
    m_nextAction->setToolTip(tr("Next annotation of the current cell (F4)"));
    m_previousAction = new QAction(tr("Previous Annotation in Cell"), this);
    m_previousAction->setObjectName(QStringLiteral("actionComparePrevious"));
    m_previousAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F4));
    m_previousAction->setShortcutContext(Qt::WindowShortcut);
    m_previousAction->setToolTip(tr("Previous annotation of the current cell (Shift+F4)"));
    addActions({m_alignAction, m_endAlignAction, m_nextAction, m_previousAction});

    m_alignButton = new QToolButton(this);
    m_alignButton->setObjectName(QStringLiteral("alignButton"));
    m_alignButton->setDefaultAction(m_alignAction);
    m_alignButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *previousButton = new QToolButton(this);
    previousButton->setDefaultAction(m_previousAction);
    previousButton->setText(QStringLiteral("◀"));
    auto *nextButton = new QToolButton(this);
    nextButton->setDefaultAction(m_nextAction);
    nextButton->setText(QStringLiteral("▶"));
    m_alignStatus = new QLabel(this);
    m_alignStatus->setObjectName(QStringLiteral("alignStatus"));
    m_alignStatus->hide();

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_includeHidden);
    bar->addWidget(m_alignButton);
    bar->addWidget(previousButton);
    bar->addWidget(nextButton);
    bar->addWidget(m_alignStatus);
    bar->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    m_chartTimer->setSingleShot(true);
    m_chartTimer->setInterval(0);
    connect(m_chartTimer, &QTimer::timeout, this, &CompareView::updateChart);
    connect(m_model, &ConsensusModel::summaryChanged, this, [this] {
        // One redraw for a burst of changes (a tag rename touches every review).
        if (isVisible())
            m_chartTimer->start();
        updateActions();
    });
    connect(m_includeHidden, &QCheckBox::toggled, m_model, &ConsensusModel::setIncludeHidden);
    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex &index) { activateCell(index, true); });
    connect(m_table, &QWidget::customContextMenuRequested, this, &CompareView::showContextMenu);
    // The row's name offers the same, for the aspect.
    m_table->verticalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table->verticalHeader(), &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const int row = m_table->verticalHeader()->logicalIndexAt(pos);
        if (row < 0 || row >= m_model->aspectCount())
            return;
        const int column = std::max(0, m_table->currentIndex().column());
        m_table->setCurrentIndex(m_model->index(row, column));
        QMenu menu(this);
        menu.addAction(m_alignAction);
        if (m_aligned)
            menu.addAction(m_endAlignAction);
        menu.exec(m_table->verticalHeader()->viewport()->mapToGlobal(pos));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &CompareView::updateActions);
    connect(m_chart, &ConsensusChartWidget::aspectClicked, this, [this](int aspect) {
        const int column = std::max(0, m_table->currentIndex().column());
        m_table->setCurrentIndex(m_model->index(aspect, column));
        m_table->setFocus(Qt::MouseFocusReason);
    });
    connect(m_alignAction, &QAction::triggered, this, [this] { alignOnAspect(m_table->currentIndex().row()); });
    connect(m_endAlignAction, &QAction::triggered, this, &CompareView::endAlign);
    connect(m_nextAction, &QAction::triggered, this, [this] { step(1); });
    connect(m_previousAction, &QAction::triggered, this, [this] { step(-1); });
    updateActions();
}

CompareView::~CompareView() = default;

void CompareView::setProject(Project *project)
{
    if (m_aligned)
        endAlign();
    m_project = project;
    m_stepKey.clear();
    if (m_attached || isVisible()) {
        m_attached = true;
        m_model->setProject(project);
        updateHidden();
    }
}

void CompareView::setColumnsArea(ColumnsArea *columns)
{
    if (m_columns)
        disconnect(m_columns, nullptr, this, nullptr);
    m_columns = columns;
    if (columns)
        connect(columns, &ColumnsArea::hiddenChanged, this, &CompareView::updateHidden);
    updateHidden();
}

void CompareView::setAnnotationPanel(AnnotationPanel *panel)
{
    m_panel = panel;
}

void CompareView::updateHidden()
{
    QSet<QString> hidden;
    if (m_project && m_columns) {
        for (const Review &review : m_project->reviews()) {
            if (m_columns->isHidden(review.id))
                hidden.insert(review.id);
        }
    }
    m_model->setHiddenReviews(hidden);
}

void CompareView::updateChart()
{
    m_chart->setSummary(m_model->summary());
}

void CompareView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_attached) {
        m_attached = true;
        m_model->setProject(m_project);
        updateHidden();
    }
    updateChart();
}

void CompareView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    endAlign();
}

void CompareView::updateActions()
{
    const QModelIndex current = m_table->currentIndex();
    const bool aspect = current.isValid() && current.row() < m_model->aspectCount();
    m_alignAction->setEnabled(aspect);
    const bool cell = aspect && !current.data(ConsensusModel::AnnotationIdsRole).toStringList().isEmpty();
    m_nextAction->setEnabled(cell);
    m_previousAction->setEnabled(cell);
    m_endAlignAction->setEnabled(m_aligned);
}

void CompareView::revealColumn(const QString &reviewId)
{
    if (!m_columns)
        return;
    // A hidden column the user chose to compare comes back into view.
    if (m_columns->isHidden(reviewId))
        m_columns->setReviewHidden(reviewId, false);
    m_columns->setCurrentReview(reviewId);
    if (ReviewColumn *column = m_columns->columnFor(reviewId))
        m_columns->ensureWidgetVisible(column, 0, 0);
}

void CompareView::activateCell(const QModelIndex &index, bool again)
{
    if (!index.isValid())
        return;
    const QString reviewId = index.data(ConsensusModel::ReviewIdRole).toString();
    if (reviewId.isEmpty())
        return; // the Verdict column
    revealColumn(reviewId);
    const QStringList ids = index.data(ConsensusModel::AnnotationIdsRole).toStringList();
    if (ids.isEmpty())
        return;
    const QString key = cellKey(index);
    m_stepIndex = again && key == m_stepKey ? (m_stepIndex + 1) % int(ids.size()) : 0;
    m_stepKey = key;
    Q_EMIT annotationRequested(reviewId, ids.at(m_stepIndex));
}

void CompareView::step(int delta)
{
    const QModelIndex index = m_table->currentIndex();
    const QStringList ids = index.data(ConsensusModel::AnnotationIdsRole).toStringList();
    if (ids.isEmpty())
        return;
    const QString key = cellKey(index);
    if (key != m_stepKey) {
        m_stepKey = key;
        m_stepIndex = delta > 0 ? 0 : int(ids.size()) - 1;
    } else {
        const int count = int(ids.size());
        m_stepIndex = ((std::min(m_stepIndex, count - 1) + delta) % count + count) % count;
    }
    const QString reviewId = index.data(ConsensusModel::ReviewIdRole).toString();
    revealColumn(reviewId);
    Q_EMIT annotationRequested(reviewId, ids.at(m_stepIndex));
}

void CompareView::alignOnAspect(int row)
{
    if (!m_project || row < 0 || row >= m_model->aspectCount())
        return;
    const QString tag = m_model->tagAt(row);
    if (!m_aligned) {
        m_savedTagFilter = m_panel ? m_panel->tagFilter() : QString();
        m_savedSyncScrolling = m_columns && m_columns->syncScrolling();
    }
    m_aligned = true;
    m_alignedTag = tag;

    if (m_columns) {
        m_columns->setSyncScrolling(false);
        // Where each column's passage is, and how far its view can scroll.
        struct Placement
        {
            ReviewView *view;
            int top;    // global y of the viewport
            int height; // of the viewport
            int docY;   // the passage's y in the document
        };
        QVector<Placement> placements;
        for (int column = 0; column < m_model->reviewCount(); ++column) {
            const QString reviewId = m_model->reviewIdAt(column);
            const QStringList ids = m_model->annotationIds(row, column);
            ReviewColumn *reviewColumn = m_columns->columnFor(reviewId);
            if (ids.isEmpty() || !reviewColumn || m_columns->isHidden(reviewId))
                continue;
            const Annotation *annotation = m_project->findAnnotation(reviewId, ids.first());
            if (!annotation)
                continue;
            ReviewView *view = reviewColumn->view();
            QTextCursor cursor(view->document());
            cursor.setPosition(annotation->start);
            const int y = view->cursorRect(cursor).top() + view->verticalScrollBar()->value();
            placements.append({view, view->viewport()->mapToGlobal(QPoint(0, 0)).y(), view->viewport()->height(), y});
        }
        if (!placements.isEmpty()) {
            // A third of the way down the first column, moved as little as needed for every
            // column to reach it within its scroll range.
            int low = INT_MIN;
            int high = INT_MAX;
            for (const Placement &p : std::as_const(placements)) {
                const int max = p.view->verticalScrollBar()->maximum();
                low = std::max({low, p.top + p.docY - max, p.top});
                high = std::min({high, p.top + p.docY, p.top + p.height - p.view->fontMetrics().height()});
            }
            int target = placements.first().top + placements.first().height / 3;
            if (low <= high)
                target = std::clamp(target, low, high);
            for (const Placement &p : std::as_const(placements))
                p.view->verticalScrollBar()->setValue(p.top + p.docY - target);
        }
    }
    if (m_panel && !tag.isEmpty())
        m_panel->setTagFilter(tag);
    m_alignStatus->setText(tr("Aligned on %1. Esc ends.").arg(aspectName(tag)));
    m_alignStatus->show();
    updateActions();
}

void CompareView::endAlign()
{
    if (!m_aligned)
        return;
    m_aligned = false;
    m_alignedTag.clear();
    if (m_panel)
        m_panel->setTagFilter(m_savedTagFilter);
    if (m_columns)
        m_columns->setSyncScrolling(m_savedSyncScrolling);
    m_alignStatus->hide();
    updateActions();
}

void CompareView::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    if (!index.isValid())
        return;
    m_table->setCurrentIndex(index);
    QMenu menu(this);
    if (index.data(ConsensusModel::ReviewIdRole).toString().size() > 0) {
        QAction *show = menu.addAction(tr("&Show in Column"));
        connect(show, &QAction::triggered, this, [this, index] { activateCell(index, false); });
    }
    menu.addAction(m_alignAction);
    if (m_aligned)
        menu.addAction(m_endAlignAction);
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

} // namespace Revmark
