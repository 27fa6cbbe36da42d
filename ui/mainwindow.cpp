// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "aboutbox.h"
#include "actionregistry.h"
#include "annotationactions.h"
#include "annotationselection.h"
#include "columns/columnsarea.h"
#include "columns/findbar.h"
#include "columns/reviewcolumn.h"
#include "columns/reviewactions.h"
#include "columns/reviewview.h"
#include "columns/suggestionactions.h"
#include "columns/suggestionset.h"
#include "dialogs/exportdialog.h"
#include "dialogs/preferencesdialog.h"
#include "dialogs/projectpropertiesdialog.h"
#include "dialogs/recoverydialog.h"
#include "dialogs/shortcutsdialog.h"
#include "dialogs/tagsdialog.h"
#include "importjob.h"
#include "model/qtcompat.h" // QUndoStack: QtGui in Qt 6, QtWidgets in Qt 5
#include "panels/annotationpanel.h"
#include "panels/compareview.h"
#include "panels/orphanspanel.h"
#include "project/project.h"
#include "project/recoverystore.h"
#include "recentprojectsmenu.h"
#include "statussummary.h"
#include "reportbar.h"
#include "readingsupport.h"
#include "session/projectsession.h"
#include "session/sourcewatcher.h"
#include "tagsmenu.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QIcon>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

// Resources of a static library must be registered by hand, and only outside a namespace.
static void initResources()
{
    Q_INIT_RESOURCE(revmark);
}

namespace Revmark {

namespace {

const QString LastProjectKey = QStringLiteral("lastProject");
const QString GeometryKey = QStringLiteral("window/geometry");
const QString StateKey = QStringLiteral("window/state");
const QString SamplePath = QStringLiteral(":/revmark/sample.revmark");

QString projectFilter()
{
    return QCoreApplication::translate("Revmark::MainWindow", "Revmark projects (*.revmark)");
}

QString reviewFilter()
{
    return QCoreApplication::translate("Revmark::MainWindow",
                                       "Reviews (*.txt *.text *.md *.markdown *.html *.htm *.xhtml *.qdpx);;All files (*)");
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_session(new ProjectSession(QString(), this))
    , m_actions(new ActionRegistry(this))
    , m_selection(new AnnotationSelection(m_session->project(), this))
    , m_columns(new ColumnsArea(this))
    , m_panel(new AnnotationPanel(this))
    , m_orphansPanel(new OrphansPanel(this))
    , m_statusSummary(new StatusSummary(m_session, this))
{
    initResources();
    setObjectName(QStringLiteral("mainWindow"));
    QIcon icon;
    icon.addFile(QStringLiteral(":/revmark/icons/48.png"));
    icon.addFile(QStringLiteral(":/revmark/icons/256.png"));
    setWindowIcon(icon);
    setAcceptDrops(true);
    Project *project = m_session->project();
    // A dialog may be working on the project (an export in progress, the tag list): re-imports
    // of changed sources wait until it is closed.
    m_session->setSourceChangesHeld([] { return QApplication::activeModalWidget() || ImportJob::isActive(); });

    auto *central = new QWidget(this);
    m_readOnlyNotice = new ReadOnlyNotice(m_session, central);
    m_reportBar = new ReportBar(project->undoStack(), central);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    // The read-only notice and the report sit above the columns, in view without covering text.
    centralLayout->addWidget(m_readOnlyNotice);
    centralLayout->addWidget(m_reportBar);
    auto *findBar = new FindBar(m_columns, central); // Edit › Find in Reviews (Ctrl+F)
    centralLayout->addWidget(findBar);
    centralLayout->addWidget(m_columns, 1);
    for (QAction *findAction : findBar->findActions())
        m_actions->add(findAction);
    setCentralWidget(central);

    statusBar()->addWidget(m_statusSummary, 1);

    // Every view follows the one project for the window's life.
    m_columns->setProject(project);
    m_columns->setAnnotationSelection(m_selection);
    m_panel->setProject(project);
    m_panel->setAnnotationSelection(m_selection);
    m_orphansPanel->setProject(project);
#ifdef REVMARK_HAVE_SYNTAX
    m_suggestions = new SuggestionSet(this);
    m_suggestions->setProject(project);
#endif
    createActions();
    createMenus();
    createDocks();
    ReadingSupport::install(this); // zoom, reading font, column widths, icons, accessibility

    connect(m_reportBar, &ReportBar::showOrphansRequested, this, &MainWindow::showOrphans);
    connect(m_session, &ProjectSession::opened, m_reportBar, &QWidget::hide);
    connect(m_session, &ProjectSession::sourceReimported, m_reportBar, &ReportBar::showReimport);
    connect(m_session, &ProjectSession::stateChanged, this, &MainWindow::updateFileAccess);
    connect(m_session, &ProjectSession::autosaveFailed, this,
            [this](const QString &error) { showMessage(tr("Autosave failed: %1").arg(error), 10000); });
    connect(m_session->sourceWatcher(), &SourceWatcher::sourceMissing, this, [this](const QString &reviewId) {
        if (const Review *review = this->project()->findReview(reviewId))
            showMessage(tr("The source of “%1” was moved or deleted: %2")
                            .arg(review->title, QDir::toNativeSeparators(review->sourcePath)),
                        8000);
    });
    connect(m_selection, &AnnotationSelection::changed, this, &MainWindow::updateActions);
    connect(m_columns, &ColumnsArea::currentReviewChanged, this, &MainWindow::updateActions);
    connect(m_columns, &ColumnsArea::selectionChanged, this, &MainWindow::updateActions);
    connect(m_columns, &ColumnsArea::orphansClicked, this, &MainWindow::showOrphans);
    connect(m_panel, &AnnotationPanel::annotationActivated, this, &MainWindow::activateAnnotation);
    connect(m_panel, &AnnotationPanel::textRequested, m_annotationActions, &AnnotationActions::returnToText);
    connect(project, &Project::modifiedChanged, this, &MainWindow::updateTitle);
    connect(project, &Project::titleChanged, this, &MainWindow::updateTitle);
    connect(project, &Project::projectReset, this, &MainWindow::updateActions);
    connect(project, &Project::reviewMoved, this, &MainWindow::updateActions);
    connect(project, &Project::reviewInserted, this, &MainWindow::updateActions);
    connect(project, &Project::reviewRemoved, this, &MainWindow::updateActions);
    connect(project, &Project::reviewPropertiesChanged, this, &MainWindow::updateActions);
    connect(project, &Project::annotationsChanged, this, &MainWindow::updateActions);

    QSettings settings;
    resize(1400, 860);
    restoreGeometry(settings.value(GeometryKey).toByteArray());
    restoreState(settings.value(StateKey).toByteArray());

    m_session->newProject();
}

// Deliberately no close of the session: a window destroyed without being closed is the crash
// case, and what was autosaved must stay for the next start.
MainWindow::~MainWindow() = default;

QAction *MainWindow::action(const char *id) const
{
    return m_actions->action(QLatin1String(id));
}

void MainWindow::createActions()
{
    struct Spec
    {
        const char *id;
        const char *text; // translated in this class's context
        QList<QKeySequence> shortcuts;
        std::function<void()> run;
    };
    const Spec specs[] = {
        {"actionNew", QT_TRANSLATE_NOOP("Revmark::MainWindow", "&New Project"), {QKeySequence::New},
         [this] { newProject(); }},
        {"actionOpen", QT_TRANSLATE_NOOP("Revmark::MainWindow", "&Open Project…"), {QKeySequence::Open},
         [this] { openProjectInteractive(); }},
        {"actionSave", QT_TRANSLATE_NOOP("Revmark::MainWindow", "&Save"), {QKeySequence::Save}, [this] { save(); }},
        {"actionSaveAs", QT_TRANSLATE_NOOP("Revmark::MainWindow", "Save &As…"), {QKeySequence::SaveAs},
         [this] { saveAs(); }},
        {"actionClose", QT_TRANSLATE_NOOP("Revmark::MainWindow", "&Close Project"),
         QKeySequence::keyBindings(QKeySequence::Close) << QKeySequence(Qt::CTRL | Qt::Key_W), [this] { newProject(); }},
        {"actionRecover", QT_TRANSLATE_NOOP("Revmark::MainWindow", "Recover &Unsaved Work…"), {},
         [this] { recoverUnsavedWork(); }},
        {"actionAddReviews", QT_TRANSLATE_NOOP("Revmark::MainWindow", "&Add Reviews…"),
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O)}, [this] { addReviewsInteractive(); }},
        {"actionExportPdf", QT_TRANSLATE_NOOP("Revmark::MainWindow", "&Export PDF…"),
         {QKeySequence(Qt::CTRL | Qt::Key_E)}, [this] { exportPdf(); }},
        {"actionPrint", QT_TRANSLATE_NOOP("Revmark::MainWindow", "&Print…"), {QKeySequence::Print},
         [this] {
             if (project()->reviewCount() > 0 && ExportDialog::print(*project(), shownReviewIndices(), this))
                 showMessage(tr("Sent to the printer."), 4000);
         }},
        {"actionPrintPreview", QT_TRANSLATE_NOOP("Revmark::MainWindow", "Print Pre&view…"), {},
         [this] {
             if (project()->reviewCount() > 0)
                 ExportDialog::printPreview(*project(), shownReviewIndices(), this);
         }},
        {"actionQuit", QT_TRANSLATE_NOOP("Revmark::MainWindow", "&Quit"), {QKeySequence::Quit}, [this] { close(); }},
        {"actionEditTags", QT_TRANSLATE_NOOP("Revmark::MainWindow", "Edit &Tag List…"), {},
         [this] { TagsDialog(project(), this).exec(); }},
        {"actionPreferences", QT_TRANSLATE_NOOP("Revmark::MainWindow", "&Preferences…"), {QKeySequence::Preferences},
         [this] { PreferencesDialog(this).exec(); }},
        {"actionAbout", QT_TRANSLATE_NOOP("Revmark::MainWindow", "&About Revmark"), {},
         [this] { AboutBox::show(this); }},
    };
    for (const Spec &spec : specs) {
        QAction *a = m_actions->create(QLatin1String(spec.id), tr(spec.text), spec.shortcuts);
        if (spec.run)
            connect(a, &QAction::triggered, this, spec.run);
    }
    ProjectPropertiesDialog::createAction(m_actions, project(), this);
    ShortcutsDialog::createAction(m_actions, this);
    QUndoStack *stack = project()->undoStack();
    QAction *undo = stack->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcut(QKeySequence::Undo);
    m_actions->add(undo);
    QAction *redo = stack->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcut(QKeySequence::Redo);
    m_actions->add(redo);

    action("actionAddReviews")->setIconText(tr("Add Reviews"));
    action("actionPreferences")->setMenuRole(QAction::PreferencesRole);
    m_annotationActions = new AnnotationActions(project(), m_columns, m_selection, m_actions, this);
    connect(m_annotationActions, &AnnotationActions::message, this, &MainWindow::showMessage);
    connect(m_annotationActions, &AnnotationActions::noteRequested, this,
            [this](const QString &reviewId, const QString &annotationId) {
                if (QDockWidget *dock = findChild<QDockWidget *>(QStringLiteral("annotationDock")))
                    dock->show();
                m_panel->setCurrentAnnotation(reviewId, annotationId);
                m_panel->focusNote();
            });
    m_reviewActions = new ReviewActions(project(), m_columns, m_actions, this);
    connect(m_reviewActions, &ReviewActions::message, this, &MainWindow::showMessage);
    connect(m_reviewActions, &ReviewActions::reimportRequested, this, &MainWindow::reimportReview);
    m_interchange = new InterchangeActions(project(), m_actions, this);
    connect(m_interchange, &InterchangeActions::report, this, [this](const QString &t, bool e) { e ? showError(t) : showMessage(t, 8000); });
#ifdef REVMARK_HAVE_SYNTAX
    m_suggestionActions = new SuggestionActions(project(), m_columns, m_suggestions, m_selection, m_actions, this);
    connect(m_suggestionActions, &SuggestionActions::stateChanged, this, &MainWindow::updateActions);
    connect(m_suggestionActions, &SuggestionActions::message, this, &MainWindow::showMessage);
    statusBar()->addPermanentWidget(m_suggestionActions->statusLabel());
#endif
}

void MainWindow::createMenus()
{
    const auto ids = [](std::initializer_list<const char *> names) {
        QStringList list;
        for (const char *name : names)
            list.append(QLatin1String(name));
        return list;
    };
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_actions->addTo(file, ids({"actionNew", "actionOpen"}));
    m_recentMenu = new RecentProjectsMenu(this);
    connect(m_recentMenu, &RecentProjectsMenu::projectChosen, this, &MainWindow::openRecent);
    file->addMenu(m_recentMenu);
    m_actions->addTo(file, ids({"", "actionSave", "actionSaveAs", "actionRecover", "", "actionProjectProperties", "actionAddReviews",
                                "menuImportAction", "", "actionExportPdf", "menuExportAction", "actionPrint", "actionPrintPreview", "",
                                "actionClose", "actionQuit"}));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    m_actions->addTo(edit, ids({"actionUndo", "actionRedo", "", "actionFind", "actionFindNext", "actionFindPrevious", "",
                                "actionEditTags", "", "actionPreferences"}));

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_actions->addTo(m_viewMenu, ids({"actionFocusMode", "actionSyncScroll"}));
#ifdef REVMARK_HAVE_SYNTAX
    m_actions->addTo(m_viewMenu, ids({"", "showCuesAction"}));
    m_viewMenu->addMenu(m_suggestionActions->cueSetMenu());
#endif
    m_viewMenu->addSeparator();
    m_viewMenu->addMenu(m_reviewActions->columnsMenu());
    m_actions->addTo(m_viewMenu, ids({"actionNextColumn", "actionPreviousColumn"}));

    m_reviewMenu = menuBar()->addMenu(tr("&Review"));
    m_actions->addTo(m_reviewMenu, ids({"actionAddReviews", "actionReviewProperties", "actionReimportSource",
                                        "actionShowSource"}));
#ifdef REVMARK_HAVE_SYNTAX
    m_actions->addTo(m_reviewMenu, ids({"", "actionSuggest", "actionSuggestAll", "actionNextSuggestion",
                                        "actionPreviousSuggestion", "actionAcceptSuggestion", "actionRejectSuggestion",
                                        "actionAcceptAllSuggestions", "actionRejectAllSuggestions"}));
#endif
    m_actions->addTo(m_reviewMenu,
                     ids({"", "actionMoveLeft", "actionMoveRight", "actionHideColumn", "", "actionRemoveReview"}));

    QMenu *annotation = menuBar()->addMenu(tr("&Annotation"));
    m_actions->addTo(annotation, ids({"actionPraise", "actionCriticism", "actionNote"}));
    auto *tags = new TagsMenu(project(), m_selection, this);
    tags->setExtraActions({action("actionEditTags")});
    m_tagsMenu = tags;
    annotation->addMenu(m_tagsMenu);
    m_actions->addTo(annotation, ids({"actionTagPalette", "", "actionDeleteAnnotation"}));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    m_actions->addTo(help, ids({"actionKeyboardShortcuts", "", "actionAbout"}));

    m_columns->setColumnMenu(m_reviewMenu);
    QList<QAction *> context = m_actions->actions(ids({"actionPraise", "actionCriticism", "actionNote"}));
    context << m_tagsMenu->menuAction() << action("actionDeleteAnnotation");
    m_columns->setContextActions(context);

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonFollowStyle);
    bar->setMovable(false);
    m_actions->addTo(bar, ids({"actionAddReviews", "", "actionPraise", "actionCriticism", "actionNote"}));
    auto *tagsButton = new QToolButton(bar);
    tagsButton->setText(tr("Tags"));
    tagsButton->setMenu(m_tagsMenu);
    tagsButton->setPopupMode(QToolButton::InstantPopup);
    bar->addWidget(tagsButton);
#ifdef REVMARK_HAVE_SYNTAX
    m_actions->addTo(bar, ids({"", "showCuesAction", "actionSuggest"}));
#endif
    m_actions->addTo(bar, ids({"", "actionSyncScroll", "actionFocusMode"}));
}

void MainWindow::createDocks()
{
    auto *dock = new QDockWidget(tr("Annotations"), this);
    dock->setObjectName(QStringLiteral("annotationDock"));
    m_panel->setObjectName(QStringLiteral("annotationPanel"));
    addDockWidget(Qt::RightDockWidgetArea, dock);
    // Marking from the panel too: the same actions as the toolbar, above the list.
    auto *panelContainer = new QWidget(dock);
    auto *panelBar = new QToolBar(panelContainer);
    panelBar->setObjectName(QStringLiteral("panelToolBar"));
    panelBar->setToolButtonStyle(Qt::ToolButtonFollowStyle);
    m_actions->addTo(panelBar, {QStringLiteral("actionPraise"), QStringLiteral("actionCriticism"),
                                QStringLiteral("actionNote")});
    auto *panelLayout = new QVBoxLayout(panelContainer);
    panelLayout->setContentsMargins(0, 0, 0, 0);
    panelLayout->setSpacing(0);
    panelLayout->addWidget(panelBar);
    panelLayout->addWidget(m_panel, 1);
    dock->setWidget(panelContainer);
    resizeDocks({dock}, {400}, Qt::Horizontal);
    dock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_viewMenu->insertAction(action("actionFocusMode"), dock->toggleViewAction());

    // Orphans: below the annotations, hidden until there are some or the user asks.
    m_orphansDock = new QDockWidget(tr("Orphans"), this);
    m_orphansDock->setObjectName(QStringLiteral("orphansDock"));
    m_orphansPanel->setObjectName(QStringLiteral("orphansPanel"));
    m_orphansDock->setWidget(m_orphansPanel);
    addDockWidget(Qt::RightDockWidgetArea, m_orphansDock);
    m_orphansDock->hide();
    m_orphansDock->toggleViewAction()->setObjectName(QStringLiteral("actionShowOrphans"));
    m_actions->add(m_orphansDock->toggleViewAction());
    m_viewMenu->insertAction(action("actionFocusMode"), m_orphansDock->toggleViewAction());
    m_orphansPanel->followColumns(m_columns, m_selection);
    connect(m_orphansPanel, &OrphansPanel::countChanged, this, [this](int count) {
        m_orphansDock->setWindowTitle(count > 0 ? tr("Orphans (%1)").arg(count) : tr("Orphans"));
    });

    CompareView *compare = CompareView::createDock(this, project(), m_columns, m_panel);
    m_viewMenu->insertAction(action("actionFocusMode"), m_actions->add(compare->dockToggleAction()));
    connect(compare, &CompareView::annotationRequested, this, &MainWindow::activateAnnotation);
}

// --- Project lifecycle -----------------------------------------------------------------------

bool MainWindow::openProject(const QString &path)
{
    if (InterchangeActions::isQdpx(path))
        return m_interchange->openQdpx(path, [this] { m_session->newProject(); });
    const SessionResult result = m_session->open(path);
    if (!result.ok) {
        showError(result.message);
        return false;
    }
    m_recentMenu->addProject(project()->filePath());
    if (!result.message.isEmpty())
        showError(result.message);
    return true;
}

void MainWindow::openSample()
{
    // Built in, so a failure means a broken build; still say so rather than show an empty window.
    const SessionResult result = m_session->openCopy(SamplePath);
    if (!result.ok)
        showError(result.message);
}

int MainWindow::addReviewFiles(const QStringList &allPaths)
{
    const QStringList paths = m_interchange->importQdpxFiles(allPaths); // .qdpx: File › Import's way
    ImportJob job(paths, this);
    if (!job.exec())
        return 0;
    const QVector<Review> &reviews = job.reviews();
    const QStringList &errors = job.errors();
    project()->addReviews(reviews);
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
    m_session->setKeepBackup(PreferencesDialog::keepBackupFromSettings());
    const SessionResult result = m_session->saveAs(path);
    if (!result.ok) {
        showError(result.message);
        return false;
    }
    m_recentMenu->addProject(project()->filePath());
    if (!result.message.isEmpty())
        showError(result.message);
    return true;
}

void MainWindow::openStartupFiles(const QString &projectFile, const QStringList &reviewFiles)
{
    if (!recoveryStore()->abandonedEntries().isEmpty() && recoverUnsavedWork()) {
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

bool MainWindow::maybeSave()
{
    if (!project()->isModified())
        return true;
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved Changes"),
        tr("“%1” has unsaved changes. Save them before closing?").arg(project()->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

bool MainWindow::save()
{
    if (project()->filePath().isEmpty() || isReadOnly())
        return saveAs();
    return saveProjectAs(project()->filePath());
}

bool MainWindow::saveAs()
{
    QString suggested = project()->filePath();
    if (suggested.isEmpty())
        suggested = QDir::home().filePath(project()->displayName() + QStringLiteral(".revmark"));
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
        m_session->newProject();
}

void MainWindow::openProjectInteractive()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Project"), QString(), tr("Projects (*.revmark *.qdpx)"));
    if (!path.isEmpty())
        openProject(path);
}

void MainWindow::openRecent(const QString &path)
{
    if (maybeSave())
        openProject(path);
}

void MainWindow::addReviewsInteractive()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Add Reviews"), QString(), reviewFilter());
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
    settings.setValue(LastProjectKey, project()->filePath());
    // A clean close: saved, discarded by the user, or unchanged.
    m_session->close();
    event->accept();
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
    if (!projectFile.isEmpty())
        openRecent(projectFile);
    if (!reviews.isEmpty())
        addReviewFiles(reviews);
}

// --- Recovery ----------------------------------------------------------------------------------

bool MainWindow::recoverUnsavedWork()
{
    const QVector<RecoveryEntry> entries = recoveryStore()->abandonedEntries();
    if (entries.isEmpty()) {
        showMessage(tr("There is no unsaved work to recover."), 6000);
        return false;
    }
    RecoveryDialog dialog(recoveryStore(), entries, this);
    if (dialog.exec() != QDialog::Accepted || !maybeSave())
        return false;
    restoreRecovery(dialog.chosenEntry(), dialog.chosenData());
    return true;
}

void MainWindow::restoreRecovery(const RecoveryEntry &entry, const ProjectData &data)
{
    m_session->restore(entry, data);
    showMessage(tr("Restored the changes autosaved at %1. Save to keep them.")
                    .arg(QLocale().toString(entry.writtenAt.toLocalTime(), QLocale::ShortFormat)),
                10000);
}

void MainWindow::updateFileAccess()
{
    action("actionSave")->setToolTip(isReadOnly() ? tr("The project is read-only: Save saves under another name")
                                                  : QString());
    updateTitle();
}

bool MainWindow::reimportReview(const QString &reviewId, const QString &path)
{
    if (!project()->findReview(reviewId))
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const ReimportResult result = m_session->reimport(reviewId, path);
    QApplication::restoreOverrideCursor();
    if (!result.ok) {
        showError(result.message);
        return false;
    }
    m_reportBar->showReimport(result);
    return true;
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

// --- Edits -------------------------------------------------------------------------------------

void MainWindow::activateAnnotation(const QString &reviewId, const QString &annotationId)
{
    m_columns->setCurrentReview(reviewId);
    m_selection->set(reviewId, annotationId);
    if (ReviewColumn *c = m_columns->columnFor(reviewId)) {
        if (m_columns->isHidden(reviewId))
            m_columns->setReviewHidden(reviewId, false);
        c->view()->revealAnnotation(annotationId);
    }
}

QVector<int> MainWindow::shownReviewIndices() const
{
    QVector<int> indices;
    for (int i = 0; i < project()->reviewCount(); ++i) {
        if (!m_columns->isHidden(project()->review(i).id))
            indices.append(i);
    }
    // Every column hidden: empty, which means every review to the dialog and the exporter.
    return indices;
}

void MainWindow::exportPdf()
{
    if (project()->reviewCount() == 0)
        return;
    ExportDialog dialog(project(), shownReviewIndices(), this);
    // Through showError() so tests (and scripts) that set a message sink see export errors too.
    dialog.setMessageSink([this](const QString &message) { showError(message); });
    if (dialog.exec() == QDialog::Accepted)
        showMessage(tr("Exported to “%1”.").arg(QDir::toNativeSeparators(dialog.exportedPath())), 8000);
}

// --- Presentation ------------------------------------------------------------------------------

void MainWindow::updateTitle()
{
    const QString name = project()->displayName();
    setWindowTitle(isReadOnly() ? tr("%1[*] (read-only) — Revmark").arg(name) : tr("%1[*] — Revmark").arg(name));
    setWindowModified(project()->isModified());
}

void MainWindow::updateActions()
{
    const bool hasReviews = project()->reviewCount() > 0;
    m_reviewActions->updateActions();
    bool hasSuggestion = false;
#ifdef REVMARK_HAVE_SYNTAX
    hasSuggestion = m_suggestions->hasCurrent();
    m_suggestionActions->updateActions();
#endif
    m_annotationActions->updateActions(hasSuggestion);
    const std::pair<const char *, bool> states[] = {
        {"actionExportPdf", hasReviews},
        {"actionPrint", hasReviews},
        {"actionPrintPreview", hasReviews},
    };
    for (const auto &state : states)
        action(state.first)->setEnabled(state.second);
}

void MainWindow::showMessage(const QString &message, int milliseconds)
{
    statusBar()->showMessage(message, milliseconds);
}

void MainWindow::showError(const QString &message)
{
    if (m_messageSink) {
        m_messageSink(message);
        return;
    }
    QMessageBox::warning(this, tr("Revmark"), message);
}

} // namespace Revmark
