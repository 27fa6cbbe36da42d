// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "anchoring/anchoring.h"
#include "panels/annotationpanel.h"
#include "columns/columnsarea.h"
#include "dialogs/exportdialog.h"
#include "import/importer.h"
#include "panels/orphanspanel.h"
#include "export/pdfexporter.h"
#include "dialogs/preferencesdialog.h"
#include "project/project.h"
#include "project/projectfile.h"
#include "project/projectlock.h"
#include "model/qtcompat.h"
#include "dialogs/recoverydialog.h"
#include "project/recoverystore.h"
#include "columns/reviewcolumn.h"
#include "dialogs/reviewpropertiesdialog.h"
#include "columns/reviewview.h"
#include "session/sourcewatcher.h"
#include "columns/sourceview.h"
#include "columns/suggestionset.h"
#include "dialogs/tagsdialog.h"

#ifdef REVMARK_HAVE_SYNTAX
#include "cues/cuerepository.h"

#include <ksyntaxhighlighting_version.h>
#endif

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QIcon>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QTextCursor>
#include <QTimer>
#include <QToolButton>
#include <QUndoGroup>
#include <QVBoxLayout>

#include <utility>

// Resources of a static library must be registered by hand, and only outside a namespace.
static void initResources()
{
    Q_INIT_RESOURCE(revmark);
}

namespace Revmark {

namespace {

const int MaxRecentProjects = 10;
const QString RecentKey = QStringLiteral("recentProjects");
const QString LastProjectKey = QStringLiteral("lastProject");
const QString GeometryKey = QStringLiteral("window/geometry");
const QString StateKey = QStringLiteral("window/state");
const QString SyncKey = QStringLiteral("view/syncScrolling");
const QString ShowCuesKey = QStringLiteral("view/showCues");
const QString CueSetKey = QStringLiteral("view/cueSet");
const QString SamplePath = QStringLiteral(":/revmark/sample.revmark");
const int DefaultAutosaveInterval = 30 * 1000;

QString projectFilter()
{
    return QCoreApplication::translate("Revmark::MainWindow", "Revmark projects (*.revmark)");
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_undoGroup(new QUndoGroup(this))
    , m_columns(new ColumnsArea(this))
    , m_panel(new AnnotationPanel(this))
    , m_orphansPanel(new OrphansPanel(this))
    , m_sourceWatcher(new SourceWatcher(this))
    , m_statusSummary(new QLabel(this))
{
    initResources();
    setObjectName(QStringLiteral("mainWindow"));
    QIcon icon;
    icon.addFile(QStringLiteral(":/revmark/icons/48.png"));
    icon.addFile(QStringLiteral(":/revmark/icons/256.png"));
    setWindowIcon(icon);
    setAcceptDrops(true);

    // The re-import report: above the columns, non-modal, until closed or replaced.
    auto *central = new QWidget(this);
    m_readOnlyNotice = new QLabel(central);
    m_readOnlyNotice->setObjectName(QStringLiteral("readOnlyNotice"));
    m_readOnlyNotice->setWordWrap(true);
    m_readOnlyNotice->setMargin(6);
    m_readOnlyNotice->setAutoFillBackground(true);
    m_readOnlyNotice->setBackgroundRole(QPalette::ToolTipBase);
    m_readOnlyNotice->setForegroundRole(QPalette::ToolTipText);
    m_readOnlyNotice->hide();
    m_reportBar = new QFrame(central);
    m_reportBar->setObjectName(QStringLiteral("sourceReportBar"));
    m_reportBar->setFrameShape(QFrame::StyledPanel);
    m_reportBar->setBackgroundRole(QPalette::ToolTipBase);
    m_reportBar->setAutoFillBackground(true);
    m_reportText = new QLabel(m_reportBar);
    m_reportText->setObjectName(QStringLiteral("sourceReportText"));
    m_reportText->setWordWrap(true);
    m_reportText->setForegroundRole(QPalette::ToolTipText);
    m_reportText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reportUndo = new QPushButton(tr("Undo"), m_reportBar);
    m_reportUndo->setObjectName(QStringLiteral("sourceReportUndo"));
    m_reportOrphans = new QPushButton(tr("Show Orphans"), m_reportBar);
    m_reportOrphans->setObjectName(QStringLiteral("sourceReportShowOrphans"));
    auto *reportClose = new QToolButton(m_reportBar);
    reportClose->setObjectName(QStringLiteral("sourceReportClose"));
    reportClose->setText(QStringLiteral("✕"));
    reportClose->setToolTip(tr("Close"));
    reportClose->setAutoRaise(true);
    auto *reportLayout = new QHBoxLayout(m_reportBar);
    reportLayout->setContentsMargins(10, 4, 4, 4);
    reportLayout->addWidget(m_reportText, 1);
    reportLayout->addWidget(m_reportUndo);
    reportLayout->addWidget(m_reportOrphans);
    reportLayout->addWidget(reportClose);
    m_reportBar->hide();
    connect(reportClose, &QToolButton::clicked, m_reportBar, &QWidget::hide);
    connect(m_reportUndo, &QPushButton::clicked, this, [this] {
        if (m_project->undoStack()->index() == m_reportIndex)
            m_project->undoStack()->undo();
        m_reportBar->hide();
    });
    connect(m_reportOrphans, &QPushButton::clicked, this, [this] { showOrphans(m_reportReviewId); });
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    // The read-only notice sits above the columns, in view without covering any text.
    centralLayout->addWidget(m_readOnlyNotice);
    centralLayout->addWidget(m_reportBar);
    centralLayout->addWidget(m_columns, 1);
    setCentralWidget(central);

    auto *dock = new QDockWidget(tr("Annotations"), this);
    dock->setObjectName(QStringLiteral("annotationDock"));
    m_panel->setObjectName(QStringLiteral("annotationPanel"));
    addDockWidget(Qt::RightDockWidgetArea, dock);

    m_statusSummary->setObjectName(QStringLiteral("statusSummary"));
    statusBar()->addWidget(m_statusSummary, 1);
#ifdef REVMARK_HAVE_SYNTAX
    m_suggestions = new SuggestionSet(this);
    m_suggestionStatus = new QLabel(this);
    m_suggestionStatus->setObjectName(QStringLiteral("suggestionStatus"));
    m_suggestionStatus->hide();
    statusBar()->addPermanentWidget(m_suggestionStatus);
#endif

    createActions();
    createMenus();

    // Marking from the panel too: the same actions as the toolbar, above the list.
    auto *panelContainer = new QWidget(dock);
    auto *panelBar = new QToolBar(panelContainer);
    panelBar->setObjectName(QStringLiteral("panelToolBar"));
    panelBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    panelBar->addAction(m_praiseAction);
    panelBar->addAction(m_criticismAction);
    panelBar->addAction(m_noteAction);
    auto *panelLayout = new QVBoxLayout(panelContainer);
    panelLayout->setContentsMargins(0, 0, 0, 0);
    panelLayout->setSpacing(0);
    panelLayout->addWidget(panelBar);
    panelLayout->addWidget(m_panel, 1);
    dock->setWidget(panelContainer);
    resizeDocks({dock}, {400}, Qt::Horizontal);
    dock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu"))->insertAction(m_focusModeAction, dock->toggleViewAction());

    // Orphans: below the annotations, hidden until there are some or the user asks.
    m_orphansDock = new QDockWidget(tr("Orphans"), this);
    m_orphansDock->setObjectName(QStringLiteral("orphansDock"));
    m_orphansPanel->setObjectName(QStringLiteral("orphansPanel"));
    m_orphansDock->setWidget(m_orphansPanel);
    addDockWidget(Qt::RightDockWidgetArea, m_orphansDock);
    m_orphansDock->hide();
    m_orphansDock->toggleViewAction()->setObjectName(QStringLiteral("actionShowOrphans"));
    menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu"))->insertAction(m_focusModeAction,
                                                                           m_orphansDock->toggleViewAction());
    m_orphansPanel->setSelectionProvider([this](const QString &reviewId, int *start, int *end) {
        ReviewColumn *c = m_columns->columnFor(reviewId);
        return c && c->isLoaded() && c->textView()->selectedRange(start, end);
    });
    connect(m_orphansPanel, &OrphansPanel::countChanged, this, [this](int count) {
        m_orphansDock->setWindowTitle(count > 0 ? tr("Orphans (%1)").arg(count) : tr("Orphans"));
    });
    connect(m_orphansPanel, &OrphansPanel::orphanActivated, this, [this](const QString &reviewId) {
        // Its review comes into view, ready for selecting the new place.
        if (m_columns->isHidden(reviewId))
            m_columns->setReviewHidden(reviewId, false);
        m_columns->setCurrentReview(reviewId);
    });
    connect(m_orphansPanel, &OrphansPanel::orphanPlaced, this,
            [this](const QString &reviewId, const QString &annotationId) {
                if (ReviewColumn *c = m_columns->columnFor(reviewId)) {
                    QTextCursor cursor = c->textView()->textCursor();
                    cursor.clearSelection();
                    c->textView()->setTextCursor(cursor);
                }
                setCurrentAnnotation(reviewId, annotationId);
            });
    connect(m_columns, &ColumnsArea::selectionChanged, m_orphansPanel, &OrphansPanel::updateActions);
    connect(m_columns, &ColumnsArea::orphansClicked, this, &MainWindow::showOrphans);
    connect(m_sourceWatcher, &SourceWatcher::sourceChanged, this, &MainWindow::onSourceChanged);
    connect(m_sourceWatcher, &SourceWatcher::sourceMissing, this, [this](const QString &reviewId) {
        if (const Review *review = m_project->findReview(reviewId))
            statusBar()->showMessage(tr("The source of “%1” was moved or deleted: %2")
                                         .arg(review->title, QDir::toNativeSeparators(review->sourcePath)),
                                     8000);
    });

    connect(m_columns, &ColumnsArea::annotationClicked, this,
            [this](const QString &reviewId, const QString &annotationId) {
                setCurrentAnnotation(reviewId, annotationId);
            });
    connect(m_columns, &ColumnsArea::currentReviewChanged, this, &MainWindow::updateActions);
    connect(m_columns, &ColumnsArea::selectionChanged, this, &MainWindow::updateActions);
    connect(m_columns, &ColumnsArea::hiddenChanged, this, &MainWindow::updateColumnsMenu);
    connect(m_panel, &AnnotationPanel::annotationActivated, this,
            [this](const QString &reviewId, const QString &annotationId) {
                m_columns->setCurrentReview(reviewId);
                setCurrentAnnotation(reviewId, annotationId);
                if (ReviewColumn *c = m_columns->columnFor(reviewId)) {
                    if (m_columns->isHidden(reviewId))
                        m_columns->setReviewHidden(reviewId, false);
                    c->view()->revealAnnotation(annotationId);
                }
            });

    m_recovery = std::make_unique<RecoveryStore>();
    m_autosaveTimer = new QTimer(this);
    m_autosaveTimer->setObjectName(QStringLiteral("autosaveTimer"));
    m_autosaveTimer->setSingleShot(true);
    m_autosaveTimer->setInterval(DefaultAutosaveInterval);
    connect(m_autosaveTimer, &QTimer::timeout, this, &MainWindow::autosave);

    QSettings settings;
    m_syncScrollAction->setChecked(settings.value(SyncKey, false).toBool());
#ifdef REVMARK_HAVE_SYNTAX
    setCueSet(settings.value(CueSetKey, CueRepository::defaultCueSetName()).toString());
    m_showCuesAction->setChecked(settings.value(ShowCuesKey, false).toBool());
#endif
    resize(1400, 860);
    restoreGeometry(settings.value(GeometryKey).toByteArray());
    restoreState(settings.value(StateKey).toByteArray());

    setProject(new Project(this));
    updateRecentMenu();
}

// Deliberately no discardRecovery(): a window destroyed without being closed is the crash case,
// and what was autosaved must stay for the next start.
MainWindow::~MainWindow()
{
    // The project's undo stack signals while it is destroyed with the other children, after
    // the timer it would restart is gone.
    disconnect(m_project->undoStack(), nullptr, this, nullptr);
}

void MainWindow::createActions()
{
    const auto make = [this](const QString &text, const char *name, const QKeySequence &shortcut = {}) {
        auto *a = new QAction(text, this);
        a->setObjectName(QLatin1String(name));
        if (!shortcut.isEmpty())
            a->setShortcut(shortcut);
        return a;
    };
    m_newAction = make(tr("&New Project"), "actionNew", QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newProject);
    m_openAction = make(tr("&Open Project…"), "actionOpen", QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openProjectInteractive);
    m_saveAction = make(tr("&Save"), "actionSave", QKeySequence::Save);
    connect(m_saveAction, &QAction::triggered, this, &MainWindow::save);
    m_saveAsAction = make(tr("Save &As…"), "actionSaveAs", QKeySequence::SaveAs);
    connect(m_saveAsAction, &QAction::triggered, this, &MainWindow::saveAs);
    m_recoverAction = make(tr("Recover &Unsaved Work…"), "actionRecover");
    connect(m_recoverAction, &QAction::triggered, this, &MainWindow::recoverUnsavedWork);
    m_addReviewsAction = make(tr("&Add Reviews…"), "actionAddReviews", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_addReviewsAction->setIconText(tr("Add Reviews"));
    connect(m_addReviewsAction, &QAction::triggered, this, &MainWindow::addReviewsInteractive);
    m_exportPdfAction = make(tr("&Export PDF…"), "actionExportPdf", QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportPdfAction, &QAction::triggered, this, &MainWindow::exportPdf);
    m_printAction = make(tr("&Print…"), "actionPrint", QKeySequence::Print);
    connect(m_printAction, &QAction::triggered, this, &MainWindow::printProject);
    m_printPreviewAction = make(tr("Print Pre&view…"), "actionPrintPreview");
    connect(m_printPreviewAction, &QAction::triggered, this, &MainWindow::printPreview);
    m_quitAction = make(tr("&Quit"), "actionQuit", QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_undoAction = m_undoGroup->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("actionUndo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undoGroup->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("actionRedo"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_editTagsAction = make(tr("Edit &Tag List…"), "actionEditTags");
    connect(m_editTagsAction, &QAction::triggered, this, &MainWindow::editTags);
    m_preferencesAction = make(tr("&Preferences…"), "actionPreferences", QKeySequence::Preferences);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);

    m_praiseAction = make(tr("&Praise"), "actionPraise", QKeySequence(Qt::CTRL | Qt::Key_1));
    m_praiseAction->setToolTip(tr("Mark the selection as praise, or relabel the current annotation (Ctrl+1)"));
    m_praiseAction->setIconText(tr("Praise  Ctrl+1"));
    connect(m_praiseAction, &QAction::triggered, this, [this] { markSelection(Polarity::Praise); });
    m_criticismAction = make(tr("&Criticism"), "actionCriticism", QKeySequence(Qt::CTRL | Qt::Key_2));
    m_criticismAction->setToolTip(tr("Mark the selection as criticism, or relabel the current annotation (Ctrl+2)"));
    m_criticismAction->setIconText(tr("Criticism  Ctrl+2"));
    connect(m_criticismAction, &QAction::triggered, this, [this] { markSelection(Polarity::Criticism); });
    m_noteAction = make(tr("Edit &Note"), "actionNote", QKeySequence(Qt::CTRL | Qt::Key_3));
    m_noteAction->setIconText(tr("Note  Ctrl+3"));
    connect(m_noteAction, &QAction::triggered, this, &MainWindow::editNote);
    m_deleteAnnotationAction = make(tr("&Delete Annotation"), "actionDeleteAnnotation", QKeySequence::Delete);
    // Only while the columns have focus: Delete must keep working in the note editor.
    m_deleteAnnotationAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_columns->addAction(m_deleteAnnotationAction);
    connect(m_deleteAnnotationAction, &QAction::triggered, this, &MainWindow::deleteCurrentAnnotation);

    m_propertiesAction = make(tr("Review &Properties…"), "actionReviewProperties", QKeySequence(Qt::ALT | Qt::Key_Return));
    connect(m_propertiesAction, &QAction::triggered, this, &MainWindow::editReviewProperties);
    m_moveLeftAction = make(tr("Move Column &Left"), "actionMoveLeft", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_PageUp));
    connect(m_moveLeftAction, &QAction::triggered, this, [this] { moveCurrentReview(-1); });
    m_moveRightAction = make(tr("Move Column &Right"), "actionMoveRight", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_PageDown));
    connect(m_moveRightAction, &QAction::triggered, this, [this] { moveCurrentReview(1); });
    m_hideColumnAction = make(tr("&Hide Column"), "actionHideColumn", QKeySequence(Qt::CTRL | Qt::Key_H));
    connect(m_hideColumnAction, &QAction::triggered, this,
            [this] { m_columns->setReviewHidden(m_columns->currentReviewId(), true); });
    m_removeReviewAction = make(tr("&Remove Review from Project"), "actionRemoveReview", QKeySequence(Qt::CTRL | Qt::Key_W));
    connect(m_removeReviewAction, &QAction::triggered, this, &MainWindow::removeCurrentReview);
    m_reimportAction = make(tr("Re-&import Source…"), "actionReimportSource");
    m_reimportAction->setToolTip(tr("Read the review's original file again, or a newer version of it, and "
                                    "re-anchor its annotations"));
    connect(m_reimportAction, &QAction::triggered, this, &MainWindow::reimportSourceInteractive);
    m_nextColumnAction = make(tr("Ne&xt Column"), "actionNextColumn", QKeySequence(Qt::ALT | Qt::Key_Right));
    connect(m_nextColumnAction, &QAction::triggered, this, [this] { selectAdjacentColumn(1); });
    m_previousColumnAction = make(tr("Pre&vious Column"), "actionPreviousColumn", QKeySequence(Qt::ALT | Qt::Key_Left));
    connect(m_previousColumnAction, &QAction::triggered, this, [this] { selectAdjacentColumn(-1); });

    m_focusModeAction = make(tr("&Focus on One Review"), "actionFocusMode", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_focusModeAction->setIconText(tr("Focus"));
    m_focusModeAction->setCheckable(true);
    connect(m_focusModeAction, &QAction::toggled, m_columns, &ColumnsArea::setFocusMode);
    m_syncScrollAction = make(tr("&Synchronised Scrolling"), "actionSyncScroll");
    m_syncScrollAction->setIconText(tr("Sync"));
    m_syncScrollAction->setCheckable(true);
    connect(m_syncScrollAction, &QAction::toggled, this, [this](bool on) {
        m_columns->setSyncScrolling(on);
        QSettings().setValue(SyncKey, on);
    });
    m_aboutAction = make(tr("&About Revmark"), "actionAbout");
    connect(m_aboutAction, &QAction::triggered, this,
            [this] { QMessageBox::about(this, tr("About Revmark"), aboutText()); });
    m_showSourceAction = make(tr("Show &Source…"), "actionShowSource", QKeySequence(Qt::CTRL | Qt::Key_U));
    m_showSourceAction->setToolTip(tr("Show the file the review was imported from"));
    connect(m_showSourceAction, &QAction::triggered, this, &MainWindow::showSource);
#ifdef REVMARK_HAVE_SYNTAX
    createCueActions();
#endif

    // Window-wide actions (their shortcuts work from every widget).
    addActions({m_praiseAction, m_criticismAction, m_noteAction});
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    file->addSeparator();
    file->addAction(m_saveAction);
    file->addAction(m_saveAsAction);
    file->addAction(m_recoverAction);
    file->addSeparator();
    file->addAction(m_addReviewsAction);
    file->addSeparator();
    file->addAction(m_exportPdfAction);
    file->addAction(m_printAction);
    file->addAction(m_printPreviewAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_editTagsAction);
    edit->addSeparator();
    edit->addAction(m_preferencesAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    view->addAction(m_focusModeAction);
    view->addAction(m_syncScrollAction);
#ifdef REVMARK_HAVE_SYNTAX
    view->addSeparator();
    view->addAction(m_showCuesAction);
    view->addMenu(m_cueSetMenu);
#endif
    view->addSeparator();
    m_columnsMenu = view->addMenu(tr("&Columns"));
    m_columnsMenu->setObjectName(QStringLiteral("columnsMenu"));
    view->addAction(m_nextColumnAction);
    view->addAction(m_previousColumnAction);

    m_reviewMenu = menuBar()->addMenu(tr("&Review"));
    m_reviewMenu->addAction(m_addReviewsAction);
    m_reviewMenu->addAction(m_propertiesAction);
    m_reviewMenu->addAction(m_reimportAction);
    m_reviewMenu->addAction(m_showSourceAction);
#ifdef REVMARK_HAVE_SYNTAX
    m_reviewMenu->addSeparator();
    m_reviewMenu->addAction(m_suggestAction);
    m_reviewMenu->addAction(m_suggestAllAction);
    m_reviewMenu->addAction(m_nextSuggestionAction);
    m_reviewMenu->addAction(m_previousSuggestionAction);
    m_reviewMenu->addAction(m_acceptSuggestionAction);
    m_reviewMenu->addAction(m_rejectSuggestionAction);
    m_reviewMenu->addAction(m_acceptAllSuggestionsAction);
    m_reviewMenu->addAction(m_rejectAllSuggestionsAction);
#endif
    m_reviewMenu->addSeparator();
    m_reviewMenu->addAction(m_moveLeftAction);
    m_reviewMenu->addAction(m_moveRightAction);
    m_reviewMenu->addAction(m_hideColumnAction);
    m_reviewMenu->addSeparator();
    m_reviewMenu->addAction(m_removeReviewAction);

    QMenu *annotation = menuBar()->addMenu(tr("&Annotation"));
    annotation->addAction(m_praiseAction);
    annotation->addAction(m_criticismAction);
    annotation->addAction(m_noteAction);
    m_tagsMenu = annotation->addMenu(tr("&Tags"));
    m_tagsMenu->setObjectName(QStringLiteral("tagsMenu"));
    annotation->addSeparator();
    annotation->addAction(m_deleteAnnotationAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);

    m_columns->setColumnMenu(m_reviewMenu);
    m_columns->setContextActions({m_praiseAction, m_criticismAction, m_noteAction, m_tagsMenu->menuAction(),
                                  m_deleteAnnotationAction});

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->setMovable(false);
    bar->addAction(m_addReviewsAction);
    bar->addSeparator();
    bar->addAction(m_praiseAction);
    bar->addAction(m_criticismAction);
    bar->addAction(m_noteAction);
    auto *tagsButton = new QToolButton(bar);
    tagsButton->setText(tr("Tags"));
    tagsButton->setMenu(m_tagsMenu);
    tagsButton->setPopupMode(QToolButton::InstantPopup);
    bar->addWidget(tagsButton);
#ifdef REVMARK_HAVE_SYNTAX
    bar->addSeparator();
    bar->addAction(m_showCuesAction);
    bar->addAction(m_suggestAction);
#endif
    bar->addSeparator();
    bar->addAction(m_syncScrollAction);
    bar->addAction(m_focusModeAction);

    connect(m_columns, &ColumnsArea::currentReviewChanged, this, [this] { updateTagsMenu(); });
}

void MainWindow::setProject(Project *project)
{
    Project *old = m_project;
    m_project = project;
    m_undoGroup->addStack(project->undoStack());
    m_undoGroup->setActiveStack(project->undoStack());
    m_columns->setProject(project);
    m_panel->setProject(project);
    m_orphansPanel->setProject(project);
    m_sourceWatcher->setProject(project);
    m_reportBar->hide();
    m_reportIndex = -1;
    // The button as context: the project outlives the window's widgets when the window goes.
    connect(project->undoStack(), &QUndoStack::indexChanged, m_reportUndo,
            [this](int index) {
                // Once undone (by any means), a later edit may take its index: that is not it.
                if (index < m_reportIndex)
                    m_reportIndex = -1;
                m_reportUndo->setEnabled(m_reportIndex >= 0 && index == m_reportIndex);
            });
#ifdef REVMARK_HAVE_SYNTAX
    m_suggestions->setProject(project);
#endif
    m_currentAnnotationId.clear();
    m_currentAnnotationReviewId.clear();
    connect(project, &Project::modifiedChanged, this, &MainWindow::updateTitle);
    connect(project, &Project::filePathChanged, this, &MainWindow::updateTitle);
    const auto refresh = [this] {
        updateStatus();
        updateActions();
        updateColumnsMenu();
    };
    connect(project, &Project::projectReset, this, refresh);
    connect(project, &Project::reviewInserted, this, refresh);
    connect(project, &Project::reviewRemoved, this, refresh);
    connect(project, &Project::reviewMoved, this, refresh);
    connect(project, &Project::reviewPropertiesChanged, this, refresh);
    connect(project, &Project::annotationsChanged, this, [this] {
        // The current annotation may have been deleted or undone away.
        if (!m_project->findAnnotation(m_currentAnnotationReviewId, m_currentAnnotationId))
            setCurrentAnnotation({}, {});
        updateStatus();
        updateActions();
        updateTagsMenu();
    });
    connect(project, &Project::tagsChanged, this, &MainWindow::updateTagsMenu);
    connect(project->undoStack(), &QUndoStack::indexChanged, this, &MainWindow::scheduleAutosave);
    if (old) {
        m_undoGroup->removeStack(old->undoStack());
        delete old;
    }
    // The old project's changes were saved or discarded by the user (maybeSave) or there were
    // none: its recovery file has served.
    discardRecovery();
    m_changedSinceAutosave = false;
    m_autosaveTimer->stop();
    updateFileAccess();
    updateTitle();
    refresh();
    updateTagsMenu();
}

bool MainWindow::openProject(const QString &path)
{
    auto *project = new Project(this);
    const ProjectLoadResult result = ProjectFile::loadInto(project, path);
    if (!result.ok) {
        delete project;
        showError(result.error);
        return false;
    }
    setProject(project);
    addRecentProject(project->filePath());
    m_savedAt = QFileInfo(path).lastModified();
    updateStatus();
    // Sources edited while the project was closed are caught up with, as if it had been open.
    m_sourceWatcher->checkModifiedSinceImport();
    if (!result.warnings.isEmpty())
        showError(tr("“%1” was repaired while opening:\n%2")
                      .arg(QDir::toNativeSeparators(path), result.warnings.join(QLatin1Char('\n'))));
    return true;
}

void MainWindow::openSample()
{
    auto *project = new Project(this);
    const ProjectLoadResult result = ProjectFile::load(SamplePath);
    if (result.ok)
        project->reset(result.data.title, result.data.tags, result.data.reviews);
    setProject(project);
    // Built in, so this means a broken build; still say so rather than show an empty window.
    if (!result.ok)
        showError(result.error);
}

int MainWindow::addReviewFiles(const QStringList &paths)
{
    QVector<Review> reviews;
    QStringList errors;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    for (const QString &path : paths) {
        const ImportResult result = Importer::importFile(path);
        if (result.ok)
            reviews.append(result.review);
        else
            errors.append(result.error);
    }
    QApplication::restoreOverrideCursor();
    m_project->addReviews(reviews);
    if (!reviews.isEmpty())
        m_columns->setCurrentReview(reviews.constLast().id);
    if (!errors.isEmpty()) {
        showError(reviews.isEmpty() ? errors.join(QLatin1Char('\n'))
                                    : tr("%n review(s) added. These files could not be imported:\n%1", nullptr,
                                         int(reviews.size()))
                                          .arg(errors.join(QLatin1Char('\n'))));
    }
    return int(reviews.size());
}

bool MainWindow::saveProjectAs(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    // Another Revmark has that file open: saving over it would undo its user's work.
    if ((absolute != m_project->filePath() || !m_projectLock || !m_projectLock->isHeld())
        && ProjectLock::isHeldElsewhere(absolute)) {
        showError(tr("Could not save “%1”: it is open in another Revmark window. Close it there or choose "
                     "another name.")
                      .arg(QDir::toNativeSeparators(absolute)));
        return false;
    }
    QString error;
    QString warning;
    if (m_project->title().isEmpty())
        m_project->setTitle(QFileInfo(path).completeBaseName());
    const ProjectData data{m_project->title(), m_project->tags(), m_project->reviews()};
    if (!ProjectFile::save(data, path, PreferencesDialog::keepBackupFromSettings(), &error, &warning)) {
        showError(error);
        return false;
    }
    m_project->setFilePath(absolute);
    m_project->undoStack()->setClean();
    m_savedAt = QDateTime::currentDateTime();
    // Saved: the autosave has served, and the next one is keyed by this file.
    discardRecovery();
    m_changedSinceAutosave = false;
    m_autosaveTimer->stop();
    updateFileAccess();
    addRecentProject(m_project->filePath());
    updateTitle();
    updateStatus();
    if (!warning.isEmpty())
        showError(warning);
    return true;
}

void MainWindow::openStartupFiles(const QString &projectFile, const QStringList &reviewFiles)
{
    if (!m_recovery->abandonedEntries().isEmpty() && recoverUnsavedWork()) {
        if (!reviewFiles.isEmpty())
            addReviewFiles(reviewFiles);
        return;
    }
    if (!projectFile.isEmpty()) {
        openProject(projectFile);
    } else if (reviewFiles.isEmpty()) {
        const QString last = QSettings().value(LastProjectKey).toString();
        if (last.isEmpty() || !QFileInfo::exists(last) || !openProject(last))
            openSample();
    }
    if (!reviewFiles.isEmpty())
        addReviewFiles(reviewFiles);
}

QString MainWindow::markSelection(Polarity polarity)
{
    ReviewColumn *column = m_columns->currentColumn();
    if (!column)
        return {};
    int start = 0;
    int end = 0;
    const QString reviewId = column->reviewId();
    if (!column->view()->selectedRange(&start, &end)) {
        if (m_currentAnnotationReviewId == reviewId && !m_currentAnnotationId.isEmpty()) {
            m_project->setAnnotationPolarity(reviewId, m_currentAnnotationId, polarity);
            return m_currentAnnotationId;
        }
        statusBar()->showMessage(tr("Select some text in a review first."), 4000);
        return {};
    }
    const Review *review = m_project->findReview(reviewId);
    if (!review || !Anchoring::snapToWords(review->text, &start, &end)) {
        statusBar()->showMessage(tr("The selection holds no words to mark."), 4000);
        return {};
    }
    const QString id = m_project->addAnnotation(reviewId, start, end, polarity);
    QTextCursor cursor = column->view()->textCursor();
    cursor.clearSelection();
    column->view()->setTextCursor(cursor);
    setCurrentAnnotation(reviewId, id);
    return id;
}

void MainWindow::setCurrentAnnotation(const QString &reviewId, const QString &annotationId)
{
    if (ReviewColumn *previous = m_columns->columnFor(m_currentAnnotationReviewId))
        previous->textView()->setCurrentAnnotation({});
    m_currentAnnotationReviewId = annotationId.isEmpty() ? QString() : reviewId;
    m_currentAnnotationId = annotationId;
#ifdef REVMARK_HAVE_SYNTAX
    // One thing at a time is current, so Delete always means one of them.
    if (!annotationId.isEmpty())
        m_suggestions->setCurrent({}, -1);
#endif
    if (ReviewColumn *c = m_columns->columnFor(reviewId))
        c->textView()->setCurrentAnnotation(annotationId);
    if (!annotationId.isEmpty() && m_panel->currentAnnotationId() != annotationId)
        m_panel->setCurrentAnnotation(reviewId, annotationId);
    updateActions();
    updateTagsMenu();
}

// --- Project lifecycle -----------------------------------------------------------------------

bool MainWindow::maybeSave()
{
    if (!m_project->isModified())
        return true;
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved Changes"),
        tr("“%1” has unsaved changes. Save them before closing?").arg(m_project->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

bool MainWindow::save()
{
    if (m_project->filePath().isEmpty() || isReadOnly())
        return saveAs();
    return saveProjectAs(m_project->filePath());
}

bool MainWindow::saveAs()
{
    QString suggested = m_project->filePath();
    if (suggested.isEmpty())
        suggested = QDir::home().filePath(m_project->displayName() + QStringLiteral(".revmark"));
    QString path = QFileDialog::getSaveFileName(this, tr("Save Project As"), suggested, projectFilter());
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".revmark");
    return saveProjectAs(path);
}

void MainWindow::newProject()
{
    if (maybeSave())
        setProject(new Project(this));
}

void MainWindow::openProjectInteractive()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Project"), QString(), projectFilter());
    if (!path.isEmpty())
        openProject(path);
}

void MainWindow::addReviewsInteractive()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Add Reviews"), QString(),
        tr("Reviews (*.txt *.text *.md *.markdown *.html *.htm *.xhtml);;All files (*)"));
    if (!paths.isEmpty())
        addReviewFiles(paths);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    settings.setValue(LastProjectKey, m_project->filePath());
    // A clean close: saved, discarded by the user, or unchanged.
    m_autosaveTimer->stop();
    discardRecovery();
    event->accept();
}

// --- Autosave, recovery and file access --------------------------------------------------------

void MainWindow::setAutosaveInterval(int milliseconds)
{
    m_autosaveTimer->setInterval(milliseconds);
}

void MainWindow::scheduleAutosave()
{
    m_changedSinceAutosave = true;
    // Started by the first change only, so steady editing cannot postpone it forever.
    if (!m_autosaveTimer->isActive())
        m_autosaveTimer->start();
}

bool MainWindow::autosave()
{
    m_autosaveTimer->stop();
    if (!m_project->isModified()) {
        // Undone back to the saved state: nothing left to recover.
        discardRecovery();
        return false;
    }
    if (!m_changedSinceAutosave)
        return false;
    if (m_recoveryKey.isEmpty())
        m_recoveryKey = RecoveryStore::newKey(m_project->filePath());
    QString error;
    if (!m_recovery->write(m_recoveryKey, ProjectData{m_project->title(), m_project->tags(), m_project->reviews()},
                           m_project->filePath(), &error)) {
        // Quietly, and again later: a dialog every 30 s would be worse than the problem.
        statusBar()->showMessage(tr("Autosave failed: %1").arg(error), 10000);
        m_autosaveTimer->start();
        return false;
    }
    m_changedSinceAutosave = false;
    m_autosavedAt = QDateTime::currentDateTime();
    updateStatus();
    return true;
}

QString MainWindow::recoveryFilePath() const
{
    return m_recoveryKey.isEmpty() ? QString() : m_recovery->filePath(m_recoveryKey);
}

void MainWindow::discardRecovery()
{
    if (!m_recoveryKey.isEmpty())
        m_recovery->discard(m_recoveryKey);
    m_recoveryKey.clear();
    m_autosavedAt = {};
}

bool MainWindow::recoverUnsavedWork()
{
    const QVector<RecoveryEntry> entries = m_recovery->abandonedEntries();
    if (entries.isEmpty()) {
        statusBar()->showMessage(tr("There is no unsaved work to recover."), 6000);
        return false;
    }
    RecoveryDialog dialog(m_recovery.get(), entries, this);
    if (dialog.exec() != QDialog::Accepted || !maybeSave())
        return false;
    restoreRecovery(dialog.chosenEntry(), dialog.chosenData());
    return true;
}

void MainWindow::restoreRecovery(const RecoveryEntry &entry, const ProjectData &data)
{
    auto *project = new Project(this);
    project->reset(data.title, data.tags, data.reviews);
    project->setFilePath(entry.projectPath);
    // Modified from the start: the restored changes are not in the project file yet.
    project->undoStack()->resetClean();
    setProject(project);
    if (m_recovery->adopt(entry.key)) {
        m_recoveryKey = entry.key;
        m_autosavedAt = entry.writtenAt.toLocalTime();
    }
    m_savedAt = {};
    updateTitle();
    updateStatus();
    statusBar()->showMessage(tr("Restored the changes autosaved at %1. Save to keep them.")
                                 .arg(QLocale().toString(entry.writtenAt.toLocalTime(), QLocale::ShortFormat)),
                             10000);
}

void MainWindow::updateFileAccess()
{
    const QString path = m_project->filePath();
    m_readOnlyReason.clear();
    // Saved again to the same file, a lock we hold stays ours; one held elsewhere is tried again.
    if (!m_projectLock || m_projectLock->path() != path || !m_projectLock->isHeld()) {
        m_projectLock.reset();
        if (!path.isEmpty())
            m_projectLock = std::make_unique<ProjectLock>(path);
    }
    if (m_projectLock && m_projectLock->isHeldElsewhere())
        m_readOnlyReason = m_projectLock->whyNotHeld();
    if (m_readOnlyReason.isEmpty() && !path.isEmpty())
        m_readOnlyReason = ProjectFile::whyNotWritable(path);
    // An unwritable folder says more than the lock file it also prevents.
    if (m_readOnlyReason.isEmpty() && m_projectLock && !m_projectLock->isHeld())
        m_readOnlyReason = m_projectLock->whyNotHeld();
    m_readOnlyNotice->setVisible(isReadOnly());
    if (isReadOnly()) {
        m_readOnlyNotice->setText(tr("“%1” is open read-only. %2 Your changes are autosaved; use File › Save As… "
                                     "to keep them in another file.")
                                      .arg(QFileInfo(path).fileName(), m_readOnlyReason));
    }
    m_saveAction->setToolTip(isReadOnly() ? tr("The project is read-only: Save saves under another name")
                                          : QString());
    updateTitle();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QString projectFile;
    QStringList reviews;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (!url.isLocalFile())
            continue;
        const QString path = url.toLocalFile();
        if (path.endsWith(QLatin1String(".revmark"), Qt::CaseInsensitive) && projectFile.isEmpty())
            projectFile = path;
        else
            reviews.append(path);
    }
    event->acceptProposedAction();
    if (!projectFile.isEmpty() && maybeSave())
        openProject(projectFile);
    if (!reviews.isEmpty())
        addReviewFiles(reviews);
}

// --- Edits -------------------------------------------------------------------------------------

void MainWindow::editTags()
{
    TagsDialog dialog(m_project, this);
    dialog.exec();
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    dialog.exec();
}

void MainWindow::editReviewProperties()
{
    const QString id = m_columns->currentReviewId();
    if (id.isEmpty())
        return;
    ReviewPropertiesDialog dialog(m_project, id, this);
    dialog.exec();
}

void MainWindow::reimportSourceInteractive()
{
    const QString id = m_columns->currentReviewId();
    const Review *review = m_project->findReview(id);
    if (!review)
        return;
    // The file it came from, else its folder, so a newer version next to it is one click away.
    QString suggested = review->sourcePath;
    if (!suggested.isEmpty() && !QFileInfo::exists(suggested))
        suggested = QFileInfo(suggested).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Re-import Source of “%1”").arg(review->title), suggested,
        tr("Reviews (*.txt *.text *.md *.markdown *.html *.htm *.xhtml);;All files (*)"));
    if (!path.isEmpty())
        reimportReview(id, path);
}

bool MainWindow::reimportReview(const QString &reviewId, const QString &path)
{
    if (!m_project->findReview(reviewId))
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const ImportResult result = Importer::importFile(path);
    QApplication::restoreOverrideCursor();
    if (!result.ok) {
        showError(result.error);
        return false;
    }
    const int before = m_project->undoStack()->index();
    const ReimportReport report = m_project->reimportReview(reviewId, result.review);
    showReimportReport(reviewId, report, false, m_project->undoStack()->index() != before);
    return true;
}

void MainWindow::onSourceChanged(const QString &reviewId)
{
    // A dialog may be working on the project (an export in progress, the tag list): the
    // re-import waits until it is closed.
    if (QApplication::activeModalWidget()) {
        if (!m_deferredSources.contains(reviewId))
            m_deferredSources.append(reviewId);
        QTimer::singleShot(500, this, [this] {
            const QStringList ids = std::exchange(m_deferredSources, {});
            for (const QString &id : ids)
                onSourceChanged(id);
        });
        return;
    }
    const Review *review = m_project->findReview(reviewId);
    if (!review)
        return;
    const ImportResult result = Importer::importFile(review->sourcePath);
    // Gone or unreadable again since the watcher looked: its next change will be reported.
    if (!result.ok)
        return;
    const int before = m_project->undoStack()->index();
    const ReimportReport report = m_project->reimportReview(reviewId, result.review);
    showReimportReport(reviewId, report, true, m_project->undoStack()->index() != before);
}

void MainWindow::showReimportReport(const QString &reviewId, const ReimportReport &report, bool onDisk, bool pushed)
{
    const Review *review = m_project->findReview(reviewId);
    if (!review || (onDisk && !pushed))
        return;
    const QString title = review->title.isEmpty() ? tr("Untitled review") : review->title;
    QString text;
    if (!pushed) {
        text = tr("“%1” re-imported: the file holds the same text, nothing changed.").arg(title);
    } else if (report.total() == 0 && report.restored == 0) {
        text = onDisk ? tr("“%1” changed on disk and was read again; it has no annotations to move.").arg(title)
                      : tr("“%1” re-imported; it has no annotations to move.").arg(title);
    } else {
        //: Counts of a re-import: how the review's annotations were placed in its new text.
        QString counts = tr("%n annotation(s) unchanged, %1 moved, %2 re-placed by fuzzy match, %3 orphaned",
                            nullptr, report.unchanged)
                             .arg(report.exact)
                             .arg(report.fuzzy)
                             .arg(report.orphaned);
        if (report.restored > 0)
            counts = tr("%1; %n earlier orphan(s) placed again", nullptr, report.restored).arg(counts);
        text = onDisk ? tr("“%1” changed on disk: %2").arg(title, counts)
                      : tr("“%1” re-imported: %2").arg(title, counts);
    }
    m_reportReviewId = reviewId;
    m_reportIndex = pushed ? m_project->undoStack()->index() : -1;
    m_reportText->setText(text);
    m_reportUndo->setVisible(pushed);
    m_reportUndo->setEnabled(pushed);
    m_reportOrphans->setVisible(!review->orphans.isEmpty());
    m_reportBar->show();
}

void MainWindow::showOrphans(const QString &reviewId)
{
    // A dock squeezed under the annotations would show a row or two: give it room.
    if (!m_orphansDock->isVisible() && !m_orphansDock->isFloating()) {
        m_orphansDock->show();
        resizeDocks({m_orphansDock}, {qMax(240, height() / 3)}, Qt::Vertical);
    }
    m_orphansDock->show();
    m_orphansDock->raise();
    if (!reviewId.isEmpty())
        m_orphansPanel->showReview(reviewId);
    m_orphansPanel->focusList();
}

void MainWindow::removeCurrentReview()
{
    // No confirmation: it is one undo step away, and the status bar says how to get it back.
    const QString id = m_columns->currentReviewId();
    if (const Review *review = m_project->findReview(id)) {
        const QString title = review->title;
        m_project->removeReview(id);
        statusBar()->showMessage(tr("Removed “%1”. Undo (Ctrl+Z) brings it back.").arg(title), 6000);
    }
}

void MainWindow::moveCurrentReview(int delta)
{
    const int from = m_project->reviewIndex(m_columns->currentReviewId());
    if (from >= 0)
        m_project->moveReview(from, from + delta);
    updateActions();
}

void MainWindow::deleteCurrentAnnotation()
{
    if (!m_currentAnnotationId.isEmpty())
        m_project->removeAnnotation(m_currentAnnotationReviewId, m_currentAnnotationId);
}

void MainWindow::editNote()
{
    if (m_currentAnnotationId.isEmpty()) {
        statusBar()->showMessage(tr("Select an annotation first: click a highlight or a row in the list."), 4000);
        return;
    }
    if (QDockWidget *dock = findChild<QDockWidget *>(QStringLiteral("annotationDock")))
        dock->show();
    m_panel->setCurrentAnnotation(m_currentAnnotationReviewId, m_currentAnnotationId);
    m_panel->focusNote();
}

void MainWindow::selectAdjacentColumn(int delta)
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

// --- Export and print ------------------------------------------------------------------------

QVector<int> MainWindow::shownReviewIndices() const
{
    QVector<int> indices;
    for (int i = 0; i < m_project->reviewCount(); ++i) {
        if (!m_columns->isHidden(m_project->review(i).id))
            indices.append(i);
    }
    // Every column hidden: empty, which means every review to the dialog and the exporter.
    return indices;
}

void MainWindow::exportPdf()
{
    if (m_project->reviewCount() == 0)
        return;
    ExportDialog dialog(m_project, shownReviewIndices(), this);
    // Through showError() so tests (and scripts) that set a message sink see export errors too.
    dialog.setMessageSink([this](const QString &message) { showError(message); });
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Exported to “%1”.").arg(QDir::toNativeSeparators(dialog.exportedPath())), 8000);
}

void MainWindow::printProject()
{
    if (m_project->reviewCount() == 0)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(m_project->displayName());
    printer.setPageSize(PdfExporter::defaultPageSize());
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ExportOptions options;
    options.reviews = shownReviewIndices();
    // The printer's paper, as chosen in the print dialog, wins over the export default.
    options.pageSize = printer.pageLayout().pageSize();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    PdfExporter::render(*m_project, &printer, options);
    QApplication::restoreOverrideCursor();
    statusBar()->showMessage(tr("Sent to the printer."), 4000);
}

void MainWindow::printPreview()
{
    if (m_project->reviewCount() == 0)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(m_project->displayName());
    printer.setPageSize(PdfExporter::defaultPageSize());
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setObjectName(QStringLiteral("printPreviewDialog"));
    // Its own default size shows a page too small to read.
    dialog.resize(qMax(900, width() * 2 / 3), qMax(700, height() * 9 / 10));
    const QVector<int> reviews = shownReviewIndices();
    // Called again whenever the preview's page setup changes: read the page size each time.
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this, reviews](QPrinter *target) {
        ExportOptions options;
        options.reviews = reviews;
        options.pageSize = target->pageLayout().pageSize();
        PdfExporter::render(*m_project, target, options);
    });
    dialog.exec();
}

// --- Presentation ------------------------------------------------------------------------------

void MainWindow::updateTitle()
{
    if (isReadOnly())
        setWindowTitle(tr("%1[*] (read-only) — Revmark").arg(m_project->displayName()));
    else
        setWindowTitle(tr("%1[*] — Revmark").arg(m_project->displayName()));
    setWindowModified(m_project->isModified());
}

void MainWindow::updateActions()
{
    const QString reviewId = m_columns->currentReviewId();
    const int index = m_project->reviewIndex(reviewId);
    const bool hasReview = index >= 0;
    const bool hasAnnotation = !m_currentAnnotationId.isEmpty();
    m_praiseAction->setEnabled(hasReview);
    m_criticismAction->setEnabled(hasReview);
    m_noteAction->setEnabled(hasAnnotation);
    m_propertiesAction->setEnabled(hasReview);
    const Review *review = m_project->findReview(reviewId);
    m_showSourceAction->setEnabled(review && !review->sourcePath.isEmpty());
#ifdef REVMARK_HAVE_SYNTAX
    const bool hasSuggestion = m_suggestions->hasCurrent();
    const bool hasSuggestions = m_suggestions->count() > 0;
    m_deleteAnnotationAction->setEnabled(hasAnnotation && !hasSuggestion);
    m_suggestAction->setEnabled(hasReview);
    m_suggestAllAction->setEnabled(m_project->reviewCount() > 0);
    m_nextSuggestionAction->setEnabled(hasSuggestions);
    m_previousSuggestionAction->setEnabled(hasSuggestions);
    m_acceptSuggestionAction->setEnabled(hasSuggestion);
    m_rejectSuggestionAction->setEnabled(hasSuggestion);
    m_acceptAllSuggestionsAction->setEnabled(hasSuggestions);
    m_rejectAllSuggestionsAction->setEnabled(hasSuggestions);
#else
    m_deleteAnnotationAction->setEnabled(hasAnnotation);
#endif
    m_moveLeftAction->setEnabled(index > 0);
    m_moveRightAction->setEnabled(hasReview && index < m_project->reviewCount() - 1);
    m_hideColumnAction->setEnabled(hasReview);
    m_removeReviewAction->setEnabled(hasReview);
    m_reimportAction->setEnabled(hasReview);
    const bool hasReviews = m_project->reviewCount() > 0;
    m_exportPdfAction->setEnabled(hasReviews);
    m_printAction->setEnabled(hasReviews);
    m_printPreviewAction->setEnabled(hasReviews);
}

void MainWindow::updateStatus()
{
    int praise = 0;
    int criticism = 0;
    for (const Review &review : m_project->reviews()) {
        praise += review.countOf(Polarity::Praise);
        criticism += review.countOf(Polarity::Criticism);
    }
    //: Status bar: "3 reviews · 24 annotations: 13 praise, 11 criticism"
    QString text = tr("%1 · %2").arg(tr("%n review(s)", nullptr, m_project->reviewCount()),
                                      tr("%n annotation(s): %1 praise, %2 criticism", nullptr, praise + criticism)
                                          .arg(praise)
                                          .arg(criticism));
    if (m_savedAt.isValid() && !m_project->filePath().isEmpty())
        text = tr("%1 · saved %2").arg(text, QLocale().toString(m_savedAt.time(), QLocale::ShortFormat));
    if (m_autosavedAt.isValid() && m_project->isModified())
        text = tr("%1 · autosaved %2").arg(text, QLocale().toString(m_autosavedAt.time(), QLocale::ShortFormat));
    m_statusSummary->setText(text);
}

void MainWindow::addRecentProject(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(RecentKey).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > MaxRecentProjects)
        recent.removeLast();
    settings.setValue(RecentKey, recent);
    settings.setValue(LastProjectKey, path);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(RecentKey).toStringList();
    for (const QString &path : recent) {
        QAction *a = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        connect(a, &QAction::triggered, this, [this, path] {
            if (maybeSave())
                openProject(path);
        });
    }
    if (recent.isEmpty()) {
        m_recentMenu->addAction(tr("No recent projects"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    connect(m_recentMenu->addAction(tr("Clear List")), &QAction::triggered, this, [this] {
        QSettings().remove(RecentKey);
        updateRecentMenu();
    });
}

void MainWindow::updateColumnsMenu()
{
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

void MainWindow::updateTagsMenu()
{
    m_tagsMenu->clear();
    const Annotation *annotation = m_project->findAnnotation(m_currentAnnotationReviewId, m_currentAnnotationId);
    for (const QString &tag : m_project->tags()) {
        QAction *a = m_tagsMenu->addAction(tag);
        a->setCheckable(true);
        a->setEnabled(annotation != nullptr);
        a->setChecked(annotation && annotation->tags.contains(tag));
        connect(a, &QAction::toggled, this, [this, tag](bool on) {
            const Annotation *current = m_project->findAnnotation(m_currentAnnotationReviewId, m_currentAnnotationId);
            if (!current)
                return;
            QStringList tags;
            for (const QString &t : m_project->tags()) {
                if (t == tag ? on : current->tags.contains(t))
                    tags.append(t);
            }
            m_project->setAnnotationTags(m_currentAnnotationReviewId, m_currentAnnotationId, tags);
        });
    }
    m_tagsMenu->addSeparator();
    m_tagsMenu->addAction(m_editTagsAction);
}

QString MainWindow::aboutText()
{
#ifdef REVMARK_HAVE_SYNTAX
    const QString cues = tr("Cues and suggestions: with KSyntaxHighlighting %1.")
                             .arg(QStringLiteral(REVMARK_KSYNTAX_VERSION));
#else
    const QString cues = tr("Cues and suggestions: not in this build (built without KSyntaxHighlighting).");
#endif
    return tr("<h3>Revmark %1</h3><p>Read reviews side by side, mark praise and criticism, "
              "and compare what critics say.</p><p>Built with Qt %2.</p>")
               .arg(QStringLiteral(REVMARK_VERSION), QString::fromLatin1(qVersion()))
        + QStringLiteral("<p>%1</p>").arg(cues.toHtmlEscaped());
}

void MainWindow::showSource()
{
    const Review *review = m_project->findReview(m_columns->currentReviewId());
    if (!review)
        return;
    // One window per review: asking again brings the open one forward.
    const auto open = findChildren<SourceView *>();
    for (SourceView *existing : open) {
        if (existing->reviewId() == review->id) {
            existing->raise();
            existing->activateWindow();
            return;
        }
    }
    auto *view = new SourceView(*review, this);
    view->setAttribute(Qt::WA_DeleteOnClose);
    view->show();
}

#ifdef REVMARK_HAVE_SYNTAX

void MainWindow::createCueActions()
{
    const auto make = [this](const QString &text, const char *name, const QList<QKeySequence> &shortcuts = {}) {
        auto *a = new QAction(text, this);
        a->setObjectName(QLatin1String(name));
        a->setShortcuts(shortcuts);
        return a;
    };
    m_showCuesAction = make(tr("Show &Cues"), "showCuesAction");
    m_showCuesAction->setIconText(tr("Cues"));
    m_showCuesAction->setToolTip(tr("Show the words that carry judgement: praise, criticism, hedges, negations, ratings"));
    m_showCuesAction->setCheckable(true);
    connect(m_showCuesAction, &QAction::toggled, this, &MainWindow::setShowCues);

    m_cueSetMenu = new QMenu(tr("Cue &Set"), this);
    m_cueSetMenu->setObjectName(QStringLiteral("cueSetMenu"));
    m_cueSetGroup = new QActionGroup(this);
    m_cueSetGroup->setExclusive(true);
    for (const QString &name : CueRepository::cueSetNames()) {
        QAction *a = m_cueSetMenu->addAction(name);
        a->setCheckable(true);
        a->setData(name);
        m_cueSetGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, name] { setCueSet(name); });
    }

    m_suggestAction = make(tr("Su&ggest Annotations"), "actionSuggest", {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S)});
    m_suggestAction->setIconText(tr("Suggest"));
    m_suggestAction->setToolTip(tr("Propose praise and criticism for the current review from its cues (Ctrl+Alt+S)"));
    connect(m_suggestAction, &QAction::triggered, this, [this] { suggest(false); });
    m_suggestAllAction = make(tr("Suggest for A&ll Reviews"), "actionSuggestAll",
                              {QKeySequence(Qt::CTRL | Qt::ALT | Qt::SHIFT | Qt::Key_S)});
    connect(m_suggestAllAction, &QAction::triggered, this, [this] { suggest(true); });
    m_nextSuggestionAction = make(tr("Ne&xt Suggestion"), "actionNextSuggestion", {QKeySequence(Qt::Key_F8)});
    connect(m_nextSuggestionAction, &QAction::triggered, this, [this] {
        if (m_suggestions->next())
            revealCurrentSuggestion();
    });
    m_previousSuggestionAction = make(tr("Pre&vious Suggestion"), "actionPreviousSuggestion",
                                      {QKeySequence(Qt::SHIFT | Qt::Key_F8)});
    connect(m_previousSuggestionAction, &QAction::triggered, this, [this] {
        if (m_suggestions->previous())
            revealCurrentSuggestion();
    });
    m_acceptSuggestionAction = make(tr("&Accept Suggestion"), "actionAcceptSuggestion",
                                    {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::Key_A)});
    connect(m_acceptSuggestionAction, &QAction::triggered, this, [this] {
        const QString reviewId = m_suggestions->currentReviewId();
        const QString id = m_suggestions->acceptCurrent();
        if (id.isEmpty())
            return;
        if (m_suggestions->hasCurrent())
            revealCurrentSuggestion();
        else
            setCurrentAnnotation(reviewId, id);
    });
    m_rejectSuggestionAction = make(tr("&Reject Suggestion"), "actionRejectSuggestion",
                                    {QKeySequence(QKeySequence::Delete), QKeySequence(Qt::Key_R)});
    connect(m_rejectSuggestionAction, &QAction::triggered, this, [this] {
        m_suggestions->rejectCurrent();
        if (m_suggestions->hasCurrent())
            revealCurrentSuggestion();
    });
    m_acceptAllSuggestionsAction = make(tr("Accept All Suggestions"), "actionAcceptAllSuggestions",
                                        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return)});
    connect(m_acceptAllSuggestionsAction, &QAction::triggered, this, [this] {
        const int added = m_suggestions->acceptAll();
        statusBar()->showMessage(tr("%n suggestion(s) accepted as annotations. Undo (Ctrl+Z) takes them back.",
                                    nullptr, added),
                                 6000);
    });
    m_rejectAllSuggestionsAction = make(tr("Reject All Suggestions"), "actionRejectAllSuggestions",
                                        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete)});
    connect(m_rejectAllSuggestionsAction, &QAction::triggered, m_suggestions, &SuggestionSet::clear);
    // Single keys and Delete only while a review has focus, so they never swallow typing in the
    // note editor; disabled unless a suggestion is current, so Delete is never ambiguous with
    // Delete Annotation (see setCurrentAnnotation()).
    for (QAction *a : {m_acceptSuggestionAction, m_rejectSuggestionAction, m_acceptAllSuggestionsAction,
                       m_rejectAllSuggestionsAction}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_columns->addAction(a);
    }
    addActions({m_suggestAction, m_suggestAllAction, m_nextSuggestionAction, m_previousSuggestionAction});

    connect(m_suggestions, &SuggestionSet::changed, this, &MainWindow::showSuggestions);
    connect(m_suggestions, &SuggestionSet::stateChanged, this, [this] {
        updateSuggestionStatus();
        updateActions();
    });
    connect(m_columns, &ColumnsArea::suggestionClicked, this, [this](const QString &reviewId, int index) {
        m_suggestions->setCurrent(reviewId, index);
        if (index >= 0)
            setCurrentAnnotation({}, {});
    });
}

void MainWindow::setShowCues(bool on)
{
    m_columns->setCueSet(on ? m_suggestions->cueSet() : QString());
    QSettings().setValue(ShowCuesKey, on);
}

void MainWindow::setCueSet(const QString &cueSet)
{
    // A cue set that has gone (a user definition removed) falls back to the built-in one.
    QString name = CueRepository::defaultCueSetName();
    for (QAction *a : m_cueSetGroup->actions()) {
        if (a->data().toString() == cueSet)
            name = cueSet;
    }
    for (QAction *a : m_cueSetGroup->actions())
        a->setChecked(a->data().toString() == name);
    m_suggestions->setCueSet(name);
    if (m_showCuesAction->isChecked())
        m_columns->setCueSet(name);
    QSettings().setValue(CueSetKey, name);
}

void MainWindow::suggest(bool allReviews)
{
    const QString reviewId = m_columns->currentReviewId();
    const Review *review = m_project->findReview(reviewId);
    if (!allReviews && !review)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const int count = allReviews ? m_suggestions->suggestAll() : m_suggestions->suggest(reviewId);
    QApplication::restoreOverrideCursor();
    if (count == 0) {
        statusBar()->showMessage(allReviews ? tr("No suggestions: the cues do not add up to clear praise or criticism "
                                                 "outside what is already marked.")
                                            : tr("No suggestions for “%1”: its cues do not add up to clear praise or "
                                                 "criticism outside what is already marked.")
                                                  .arg(review->label()),
                                 6000);
        return;
    }
    // Start where the user is looking: the current review's first suggestion, else the first.
    if (!m_suggestions->suggestions(reviewId).isEmpty())
        m_suggestions->setCurrent(reviewId, 0);
    else
        m_suggestions->next();
    revealCurrentSuggestion();
}

void MainWindow::showSuggestions(const QString &reviewId)
{
    ReviewColumn *column = m_columns->columnFor(reviewId);
    if (!column)
        return;
    QVector<SuggestionMark> marks;
    const QVector<Suggestion> suggestions = m_suggestions->suggestions(reviewId);
    marks.reserve(suggestions.size());
    for (const Suggestion &s : suggestions)
        marks.append({s.start, s.end, s.polarity, SuggestionSet::toolTip(s)});
    column->textView()->setSuggestions(marks, m_suggestions->currentReviewId() == reviewId
                                                  ? m_suggestions->currentIndex()
                                                  : -1);
}

void MainWindow::revealCurrentSuggestion()
{
    if (!m_suggestions->hasCurrent())
        return;
    const QString reviewId = m_suggestions->currentReviewId();
    setCurrentAnnotation({}, {});
    if (m_columns->isHidden(reviewId))
        m_columns->setReviewHidden(reviewId, false);
    m_columns->setCurrentReview(reviewId);
    ReviewColumn *column = m_columns->columnFor(reviewId);
    if (!column)
        return;
    ReviewView *view = column->view();
    view->revealPosition(m_suggestions->suggestions(reviewId).at(m_suggestions->currentIndex()).start);
    // The accept and reject keys work where the focus is.
    view->setFocus();
}

void MainWindow::updateSuggestionStatus()
{
    const int count = m_suggestions->count();
    m_suggestionStatus->setVisible(count > 0);
    //: Status bar, while suggestions are shown
    m_suggestionStatus->setText(tr("%n suggestion(s) · F8 next · Ctrl+Return accept · Delete reject", nullptr, count));
}

#endif // REVMARK_HAVE_SYNTAX

void MainWindow::showError(const QString &message)
{
    if (m_messageSink) {
        m_messageSink(message);
        return;
    }
    QMessageBox::warning(this, tr("Revmark"), message);
}

} // namespace Revmark
