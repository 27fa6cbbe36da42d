// SPDX-License-Identifier: GPL-3.0-or-later
#include "columns/reviewactions.h"

#include "actionregistry.h"
#include "columns/columnsarea.h"
#include "columns/reviewcolumn.h"
#include "columns/reviewview.h"
#include "columns/sourceview.h"
#include "dialogs/reviewpropertiesdialog.h"
#include "project/project.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

#include <functional>

namespace Revmark {

namespace {

const QString SyncKey = QStringLiteral("view/syncScrolling");

} // namespace

ReviewActions::ReviewActions(Project *project, ColumnsArea *columns, ActionRegistry *actions, QWidget *window)
    : QObject(window)
    , m_project(project)
    , m_columns(columns)
    , m_actions(actions)
    , m_window(window)
    , m_columnsMenu(new QMenu(tr("&Columns"), window))
{
    m_columnsMenu->setObjectName(QStringLiteral("columnsMenu"));
    const auto make = [this](const char *id, const QString &text, const QKeySequence &shortcut,
                             std::function<void()> run) {
        QAction *a = m_actions->create(QLatin1String(id), text, {shortcut});
        if (run)
            connect(a, &QAction::triggered, this, run);
        return a;
    };
    make("actionReviewProperties", tr("Review &Properties…"), QKeySequence(Qt::ALT | Qt::Key_Return), [this] {
        if (!m_columns->currentReviewId().isEmpty())
            ReviewPropertiesDialog(m_project, m_columns->currentReviewId(), m_window).exec();
    });
    make("actionReimportSource", tr("Re-&import Source…"), {}, [this] { reimportInteractive(); })
        ->setToolTip(tr("Read the review's original file again, or a newer version of it, and "
                        "re-anchor its annotations"));
    make("actionShowSource", tr("Show &Source…"), QKeySequence(Qt::CTRL | Qt::Key_U), [this] { showSource(); })
        ->setToolTip(tr("Show the file the review was imported from"));
    make("actionMoveLeft", tr("Move Column &Left"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_PageUp),
         [this] { moveCurrent(-1); });
    make("actionMoveRight", tr("Move Column &Right"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_PageDown),
         [this] { moveCurrent(1); });
    make("actionHideColumn", tr("&Hide Column"), QKeySequence(Qt::CTRL | Qt::Key_H),
         [this] { m_columns->setReviewHidden(m_columns->currentReviewId(), true); });
    // Ctrl+Delete, and only in the columns: a key no habit reaches for (Ctrl+W closes the
    // project), which keeps deleting a word in the note editor.
    QAction *remove = make("actionRemoveReview", tr("&Remove Review from Project"),
                           QKeySequence(Qt::CTRL | Qt::Key_Delete), [this] { removeCurrent(); });
    remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    columns->addAction(remove);
    make("actionNextColumn", tr("Ne&xt Column"), QKeySequence(Qt::ALT | Qt::Key_Right), [this] { selectAdjacent(1); });
    make("actionPreviousColumn", tr("Pre&vious Column"), QKeySequence(Qt::ALT | Qt::Key_Left),
         [this] { selectAdjacent(-1); });
    QAction *focus = make("actionFocusMode", tr("&Focus on One Review"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), {});
    focus->setIconText(tr("Focus"));
    focus->setCheckable(true);
    connect(focus, &QAction::toggled, m_columns, &ColumnsArea::setFocusMode);
    QAction *sync = make("actionSyncScroll", tr("&Synchronised Scrolling"), {}, {});
    sync->setIconText(tr("Sync"));
    sync->setCheckable(true);
    sync->setChecked(QSettings().value(SyncKey, false).toBool());
    m_columns->setSyncScrolling(sync->isChecked());
    connect(sync, &QAction::toggled, this, [this](bool on) {
        m_columns->setSyncScrolling(on);
        QSettings().setValue(SyncKey, on);
    });

    // Rebuilt when it opens, not on every change: adding a thousand reviews rebuilt it a thousand times.
    const auto stale = [this] { m_columnsMenuStale = true; };
    connect(m_columns, &ColumnsArea::hiddenChanged, this, stale);
    connect(m_columns, &ColumnsArea::currentReviewChanged, this, &ReviewActions::updateActions);
    connect(project, &Project::projectReset, this, stale);
    connect(project, &Project::reviewInserted, this, stale);
    connect(project, &Project::reviewRemoved, this, stale);
    connect(project, &Project::reviewMoved, this, stale);
    connect(project, &Project::reviewPropertiesChanged, this, stale);
    connect(m_columnsMenu, &QMenu::aboutToShow, this, [this] {
        if (m_columnsMenuStale)
            updateColumnsMenu();
    });
}

void ReviewActions::updateActions()
{
    const QString reviewId = m_columns->currentReviewId();
    const int index = m_project ? m_project->reviewIndex(reviewId) : -1;
    const bool hasReview = index >= 0;
    const Review *review = hasReview ? &m_project->review(index) : nullptr;
    const std::pair<const char *, bool> states[] = {
        {"actionReviewProperties", hasReview},
        {"actionShowSource", review && !review->sourcePath.isEmpty()},
        {"actionMoveLeft", index > 0},
        {"actionMoveRight", hasReview && index < m_project->reviewCount() - 1},
        {"actionHideColumn", hasReview},
        {"actionRemoveReview", hasReview},
        {"actionReimportSource", hasReview},
    };
    for (const auto &state : states)
        m_actions->action(QLatin1String(state.first))->setEnabled(state.second);
}

void ReviewActions::reimportInteractive()
{
    const QString id = m_columns->currentReviewId();
    const Review *review = m_project ? m_project->findReview(id) : nullptr;
    if (!review)
        return;
    // The file it came from, else its folder, so a newer version next to it is one click away.
    QString suggested = review->sourcePath;
    if (!suggested.isEmpty() && !QFileInfo::exists(suggested))
        suggested = QFileInfo(suggested).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Re-import Source of “%1”").arg(review->title), suggested,
        tr("Reviews (*.txt *.text *.md *.markdown *.html *.htm *.xhtml);;All files (*)"));
    if (!path.isEmpty())
        Q_EMIT reimportRequested(id, path);
}

void ReviewActions::removeCurrent()
{
    // No confirmation: it is one undo step away, and the status bar says how to get it back.
    const QString id = m_columns->currentReviewId();
    if (const Review *review = m_project ? m_project->findReview(id) : nullptr) {
        const QString title = review->title;
        m_project->removeReview(id);
        Q_EMIT message(tr("Removed “%1”. Undo (Ctrl+Z) brings it back.").arg(title), 6000);
    }
}

void ReviewActions::moveCurrent(int delta)
{
    const int from = m_project->reviewIndex(m_columns->currentReviewId());
    if (from >= 0)
        m_project->moveReview(from, from + delta);
    updateActions();
}

void ReviewActions::selectAdjacent(int delta)
{
    const int count = m_columns->columnCount();
    if (count == 0)
        return;
    int index = m_project->reviewIndex(m_columns->currentReviewId());
    for (int step = 0; step < count; ++step) {
        index = (index + delta + count) % count;
        const QString id = m_project->review(index).id;
        if (!m_columns->isHidden(id)) {
            m_columns->setCurrentReview(id);
            m_columns->columnFor(id)->view()->setFocus();
            return;
        }
    }
}

void ReviewActions::showSource()
{
    const Review *review = m_project ? m_project->findReview(m_columns->currentReviewId()) : nullptr;
    if (!review)
        return;
    // One window per review: asking again brings the open one forward.
    const auto open = m_window->findChildren<SourceView *>();
    for (SourceView *existing : open) {
        if (existing->reviewId() == review->id) {
            existing->raise();
            existing->activateWindow();
            return;
        }
    }
    auto *view = new SourceView(*review, m_window);
    view->setAttribute(Qt::WA_DeleteOnClose);
    view->show();
}

void ReviewActions::updateColumnsMenu()
{
    m_columnsMenuStale = false;
    m_columnsMenu->clear();
    for (const Review &review : m_project->reviews()) {
        QAction *a = m_columnsMenu->addAction(review.title.isEmpty() ? tr("Untitled review") : review.title);
        a->setCheckable(true);
        a->setChecked(!m_columns->isHidden(review.id));
        const QString id = review.id;
        connect(a, &QAction::toggled, this, [this, id](bool shown) { m_columns->setReviewHidden(id, !shown); });
    }
    m_columnsMenu->addSeparator();
    connect(m_columnsMenu->addAction(tr("Show All Columns")), &QAction::triggered, m_columns,
            &ColumnsArea::showAllColumns);
}

} // namespace Revmark
