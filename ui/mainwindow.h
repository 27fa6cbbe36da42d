// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "aboutbox.h"
#include "annotationactions.h"
#include "annotationselection.h"
#include "interchangeactions.h"
#include "model/annotation.h"
#include "session/projectsession.h"

#include <QMainWindow>

#include <functional>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;

namespace Revmark {

class ActionRegistry;
class AnnotationActions;
class AnnotationPanel;
class AnnotationSelection;
class ColumnsArea;
class OrphansPanel;
class Project;
class ProjectSession;
class ReadOnlyNotice;
class RecentProjectsMenu;
class RecoveryStore;
class ReportBar;
class ReviewActions;
class StatusSummary;
class SuggestionActions;
class SuggestionSet;
struct ProjectData;
struct RecoveryEntry;
struct ReimportResult;

// The main window: menus and toolbar, the review columns, the docks, and the dialogs around the
// project's lifecycle (unsaved changes, file choosers, recent projects). The policy itself lives
// in the core's ProjectSession (one Project for the window's life, lock and read-only state,
// autosave and recovery, re-import of changed sources), whose results are shown here: errors
// through showError(), a re-import in the ReportBar above the columns ("sourceReportBar"), the
// read-only state in the title ("(read-only)") and a notice ("readOnlyNotice"), where Save does
// Save As. Orphans are listed in the "orphansDock".
// Actions live in the ActionRegistry (actions()), by id = objectName ("actionSave"); a new
// component registers its own there and finds others by id. A new dock: create it, add it with
// addDockWidget() and put its toggleViewAction() into the View menu (viewMenu()).
// Destroying the window without close() (as a crash would) leaves the autosave for the next
// start, which offers it (RecoveryDialog).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    ProjectSession *session() const { return m_session; }
    Project *project() const { return m_session->project(); }
    ActionRegistry *actions() const { return m_actions; }
    AnnotationSelection *annotationSelection() const { return m_selection; }
    ColumnsArea *columnsArea() const { return m_columns; }
    AnnotationPanel *annotationPanel() const { return m_panel; }
    OrphansPanel *orphansPanel() const { return m_orphansPanel; }
    SourceWatcher *sourceWatcher() const { return m_session->sourceWatcher(); }
    // The View menu ("viewMenu"), for docks added by other components.
    QMenu *viewMenu() const { return m_viewMenu; }

    // Opens a project file; on failure shows why and keeps the current project. The current
    // project's unsaved changes are not asked about here (see openProjectInteractive()).
    // A REFI-QDA project (.qdpx) opens as a new, unsaved project made from it.
    bool openProject(const QString &path);
    // Opens the bundled sample as a new, unsaved project.
    void openSample();
    // Imports the files off the GUI thread (ImportJob: a cancellable progress dialog after half a
    // second) and adds what could be imported as one undo step; reports the others. REFI-QDA
    // projects (.qdpx) among them are imported each as one step (InterchangeActions). Returns how
    // many review files were added; a cancelled import adds nothing and returns 0.
    int addReviewFiles(const QStringList &paths);
    // Re-imports the review from path (its own source or a newer file) as one undo step and
    // shows the report; on failure shows why and changes nothing.
    bool reimportReview(const QString &reviewId, const QString &path);
    // Saves to path; on failure shows why. The project's file path changes only on success.
    bool saveProjectAs(const QString &path);

    // What start-up opens: first the offer to recover unsaved work left by a Revmark that did
    // not close normally (when there is any); if the user restores some, that project; else the
    // given files, else the last project, else the sample. Review files are added either way.
    void openStartupFiles(const QString &projectFile, const QStringList &reviewFiles);

    // File › Recover Unsaved Work…: the recovery dialog for entries left by sessions no longer
    // running (says so when there are none). Returns whether a project was restored.
    bool recoverUnsavedWork();
    // Opens a recovered project as modified (ProjectSession::restore()).
    void restoreRecovery(const RecoveryEntry &entry, const ProjectData &data);

    // Autosave delay after the first change (default 30 000 ms); tests make it short.
    void setAutosaveInterval(int milliseconds) { m_session->setAutosaveInterval(milliseconds); }
    // ProjectSession::autosave().
    bool autosave() { return m_session->autosave(); }
    RecoveryStore *recoveryStore() const { return m_session->recoveryStore(); }
    // The recovery file this window writes for the current project; empty until it autosaved.
    QString recoveryFilePath() const { return m_session->recoveryFilePath(); }

    // The project is open read-only (file or folder not writable, or open in another Revmark).
    bool isReadOnly() const { return m_session->isReadOnly(); }

    // Marks the current column's selection (snapped to words) with this polarity; with no
    // selection, relabels the current annotation. Returns the annotation id or empty.
    QString markSelection(Polarity polarity) { return m_annotationActions->markSelection(polarity); }

    // The current annotation (annotationSelection()).
    QString currentAnnotationId() const { return m_selection->annotationId(); }
    void setCurrentAnnotation(const QString &reviewId, const QString &annotationId)
    {
        m_selection->set(reviewId, annotationId);
    }

#ifdef REVMARK_HAVE_SYNTAX
    // The suggestions on show (Review › Suggest Annotations).
    SuggestionSet *suggestionSet() const { return m_suggestions; }
#endif
    // The text of Help › About, naming the optional parts this build has.
    static QString aboutText() { return AboutBox::text(); }

    // Shown instead of a message box when set (tests, scripts); receives the text of each error.
    void setMessageSink(std::function<void(const QString &)> sink) { m_messageSink = std::move(sink); }

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QAction *action(const char *id) const;
    void createActions();
    void createMenus();
    void createDocks();
    bool maybeSave();
    bool save();
    bool saveAs();
    void newProject();
    void openProjectInteractive();
    void openRecent(const QString &path);
    void addReviewsInteractive();
    void showOrphans(const QString &reviewId);
    void activateAnnotation(const QString &reviewId, const QString &annotationId);
    // File › Export PDF…, Print…, Print Preview…: the reviews whose columns are shown.
    void exportPdf();
    QVector<int> shownReviewIndices() const;
    void updateTitle();
    void updateFileAccess();
    void updateActions();
    void showError(const QString &message);
    void showMessage(const QString &message, int milliseconds);

    ProjectSession *m_session;
    ActionRegistry *m_actions;
    AnnotationSelection *m_selection;
    ColumnsArea *m_columns;
    AnnotationPanel *m_panel;
    OrphansPanel *m_orphansPanel;
    QDockWidget *m_orphansDock = nullptr;
    ReportBar *m_reportBar = nullptr;
    ReadOnlyNotice *m_readOnlyNotice = nullptr;
    StatusSummary *m_statusSummary;
    QMenu *m_viewMenu = nullptr;
    RecentProjectsMenu *m_recentMenu = nullptr;
    ReviewActions *m_reviewActions = nullptr;
    AnnotationActions *m_annotationActions = nullptr;
    InterchangeActions *m_interchange = nullptr;
    QMenu *m_tagsMenu = nullptr;
    QMenu *m_reviewMenu = nullptr;
    std::function<void(const QString &)> m_messageSink;
#ifdef REVMARK_HAVE_SYNTAX
    SuggestionSet *m_suggestions = nullptr;
    SuggestionActions *m_suggestionActions = nullptr;
#endif
};

} // namespace Revmark
