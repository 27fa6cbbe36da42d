// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/annotation.h"

#include <QDateTime>
#include <QMainWindow>

#include <functional>
#include <memory>

class QAction;
class QActionGroup;
class QDockWidget;
class QFrame;
class QLabel;
class QMenu;
class QPushButton;
class QTimer;
class QUndoGroup;

namespace Revmark {

class AnnotationPanel;
class ColumnsArea;
class OrphansPanel;
class Project;
class ProjectLock;
class SourceWatcher;
struct ReimportReport;
class SuggestionSet;
class RecoveryStore;
struct ProjectData;
struct RecoveryEntry;

// The main window: menus and toolbar, the review columns, the annotation panel, and the
// project's lifecycle (new, open, save, recent projects, unsaved changes). Errors from the core
// arrive as text and are shown here.
// Changed sources: a SourceWatcher follows the reviews' original files; when one changes on
// disk the review is re-imported at once as one undo step (like any edit, whether or not the
// project has unsaved changes), and a non-modal bar above the columns ("sourceReportBar", text
// "sourceReportText", buttons "sourceReportUndo", "sourceReportShowOrphans",
// "sourceReportClose") says what moved. Orphans are listed in the "orphansDock".
// Never losing work: the first change after a save or autosave starts a single-shot timer
// (30 s); when it fires, a modified project is written to a recovery file (RecoveryStore, never
// the project file). The recovery file goes when the project is saved, closed with its changes
// discarded, or the window closes normally; destroying the window without closing it (as a
// crash would) leaves it for the next start, which offers it (RecoveryDialog). A project file
// that cannot be written, or is open in another running Revmark (".<name>.lock" beside it),
// opens read-only: "(read-only)" in the title, a notice ("readOnlyNotice"), and Save does
// Save As; saving elsewhere ends the read-only state.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    Project *project() const { return m_project; }
    ColumnsArea *columnsArea() const { return m_columns; }
    AnnotationPanel *annotationPanel() const { return m_panel; }
    OrphansPanel *orphansPanel() const { return m_orphansPanel; }
    SourceWatcher *sourceWatcher() const { return m_sourceWatcher; }

    // Opens a project file; on failure shows why and keeps the current project. The current
    // project's unsaved changes are not asked about here (see openProjectInteractive()).
    bool openProject(const QString &path);
    // Opens the bundled sample as a new, unsaved project.
    void openSample();
    // Imports the files and adds what could be imported as one undo step; reports the others.
    // Returns how many were added.
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
    // Opens a recovered project as modified; its file path is the original project's, so Save
    // writes there. This window takes the entry over and keeps autosaving into it.
    void restoreRecovery(const RecoveryEntry &entry, const ProjectData &data);

    // Autosave delay after the first change (default 30 000 ms); tests make it short.
    void setAutosaveInterval(int milliseconds);
    // Writes the recovery file now if the project changed since the last autosave (and removes
    // it if the project is no longer modified). Returns whether a file was written.
    bool autosave();
    RecoveryStore *recoveryStore() const { return m_recovery.get(); }
    // The recovery file this window writes for the current project; empty until it autosaved.
    QString recoveryFilePath() const;

    // The project is open read-only (file or folder not writable, or open in another Revmark).
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }

    // Marks the current column's selection (snapped to words) with this polarity; with no
    // selection, relabels the current annotation. Returns the annotation id or empty.
    QString markSelection(Polarity polarity);

    QString currentAnnotationId() const { return m_currentAnnotationId; }
    void setCurrentAnnotation(const QString &reviewId, const QString &annotationId);

#ifdef REVMARK_HAVE_SYNTAX
    // The suggestions on show (Review › Suggest Annotations).
    SuggestionSet *suggestionSet() const { return m_suggestions; }
#endif
    // The text of Help › About, naming the optional parts this build has.
    static QString aboutText();

    // Shown instead of a message box when set (tests, scripts); receives the text of each error.
    void setMessageSink(std::function<void(const QString &)> sink) { m_messageSink = std::move(sink); }

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void setProject(Project *project);
    bool maybeSave();
    bool save();
    bool saveAs();
    void newProject();
    void openProjectInteractive();
    void addReviewsInteractive();
    void editTags();
    void reimportSourceInteractive();
    void onSourceChanged(const QString &reviewId);
    void showReimportReport(const QString &reviewId, const ReimportReport &report, bool onDisk, bool pushed);
    void showOrphans(const QString &reviewId);
    void showPreferences();
    void editReviewProperties();
    void removeCurrentReview();
    void moveCurrentReview(int delta);
    void deleteCurrentAnnotation();
    void editNote();
    // File › Export PDF…, Print…, Print Preview…: the reviews whose columns are shown.
    void exportPdf();
    void printProject();
    void printPreview();
    QVector<int> shownReviewIndices() const;
    void updateTitle();
    void updateActions();
    void updateStatus();
    void updateRecentMenu();
    void updateColumnsMenu();
    void updateTagsMenu();
    void addRecentProject(const QString &path);
    void showError(const QString &message);
    void selectAdjacentColumn(int delta);
    void showSource();
#ifdef REVMARK_HAVE_SYNTAX
    void createCueActions();
    void setShowCues(bool on);
    void setCueSet(const QString &cueSet);
    void suggest(bool allReviews);
    // Hands the review's suggestions to its column.
    void showSuggestions(const QString &reviewId);
    // Makes the current suggestion visible and ready for the keyboard.
    void revealCurrentSuggestion();
    void updateSuggestionStatus();
#endif
    void scheduleAutosave();
    void discardRecovery();
    // Takes the project file's lock and decides whether the project is read-only.
    void updateFileAccess();

    Project *m_project = nullptr;
    QUndoGroup *m_undoGroup;
    ColumnsArea *m_columns;
    AnnotationPanel *m_panel;
    OrphansPanel *m_orphansPanel;
    QDockWidget *m_orphansDock = nullptr;
    SourceWatcher *m_sourceWatcher;
    QFrame *m_reportBar = nullptr;
    QLabel *m_reportText = nullptr;
    QPushButton *m_reportUndo = nullptr;
    QPushButton *m_reportOrphans = nullptr;
    QString m_reportReviewId;
    // Changed sources whose re-import waits for a modal dialog to close.
    QStringList m_deferredSources;
    // Undo stack index right after the reported re-import; Undo in the bar undoes only that.
    int m_reportIndex = -1;
    QLabel *m_statusSummary;
    QString m_currentAnnotationId;
    QString m_currentAnnotationReviewId;
    QDateTime m_savedAt;
    std::function<void(const QString &)> m_messageSink;
    std::unique_ptr<RecoveryStore> m_recovery;
    QString m_recoveryKey;
    QTimer *m_autosaveTimer = nullptr;
    QDateTime m_autosavedAt;
    bool m_changedSinceAutosave = false;
    std::unique_ptr<ProjectLock> m_projectLock; // of the project file, while this window has it open
    QString m_readOnlyReason;
    QLabel *m_readOnlyNotice = nullptr;

    QMenu *m_recentMenu = nullptr;
    QMenu *m_columnsMenu = nullptr;
    QMenu *m_tagsMenu = nullptr;
    QMenu *m_reviewMenu = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_recoverAction = nullptr;
    QAction *m_addReviewsAction = nullptr;
    QAction *m_exportPdfAction = nullptr;
    QAction *m_printAction = nullptr;
    QAction *m_printPreviewAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_editTagsAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QAction *m_praiseAction = nullptr;
    QAction *m_criticismAction = nullptr;
    QAction *m_noteAction = nullptr;
    QAction *m_deleteAnnotationAction = nullptr;
    QAction *m_propertiesAction = nullptr;
    QAction *m_moveLeftAction = nullptr;
    QAction *m_moveRightAction = nullptr;
    QAction *m_hideColumnAction = nullptr;
    QAction *m_removeReviewAction = nullptr;
    QAction *m_reimportAction = nullptr;
    QAction *m_focusModeAction = nullptr;
    QAction *m_syncScrollAction = nullptr;
    QAction *m_nextColumnAction = nullptr;
    QAction *m_previousColumnAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_showSourceAction = nullptr;
#ifdef REVMARK_HAVE_SYNTAX
    SuggestionSet *m_suggestions = nullptr;
    QLabel *m_suggestionStatus = nullptr;
    QMenu *m_cueSetMenu = nullptr;
    QActionGroup *m_cueSetGroup = nullptr;
    QAction *m_showCuesAction = nullptr;
    QAction *m_suggestAction = nullptr;
    QAction *m_suggestAllAction = nullptr;
    QAction *m_nextSuggestionAction = nullptr;
    QAction *m_previousSuggestionAction = nullptr;
    QAction *m_acceptSuggestionAction = nullptr;
    QAction *m_rejectSuggestionAction = nullptr;
    QAction *m_acceptAllSuggestionsAction = nullptr;
    QAction *m_rejectAllSuggestionsAction = nullptr;
#endif
};

} // namespace Revmark
