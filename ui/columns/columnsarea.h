// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QScrollArea>
#include <QSet>

class QLabel;
class QMenu;
class QSplitter;

namespace Revmark {

class AnnotationSelection;
class Project;
class ReviewColumn;

// The reviews side by side: one ReviewColumn per review, in a splitter that scrolls
// horizontally once the columns no longer fit. Follows the project's signals; hiding, focus
// mode and synchronised scrolling are view state, not project edits.
class ColumnsArea : public QScrollArea
{
    Q_OBJECT

public:
    explicit ColumnsArea(QWidget *parent = nullptr);

    // Follows this project for the window's life (a reset, New or Open, rebuilds the columns and
    // shows every one again).
    void setProject(Project *project);
    // Outlines the current annotation in its column; a click on a highlight makes it current (on
    // plain text, none is current); dragging an end of the current one moves that end
    // (Project::setAnnotationRange, one undo step).
    void setAnnotationSelection(AnnotationSelection *selection);
    Project *project() const;
    // The menu each column header offers.
    void setColumnMenu(QMenu *menu);
    // Actions offered first in each review's context menu.
    void setContextActions(const QList<QAction *> &actions);

    int columnCount() const;
    // Columns are built when first asked for here or when first in sight (until then a
    // placeholder of the same width holds their place): asking builds them.
    ReviewColumn *column(int index) const;
    // The column at index if it is built, else nullptr (a placeholder holds its place): what
    // goes through every column without building them all.
    ReviewColumn *builtColumn(int index) const;
    ReviewColumn *columnFor(const QString &reviewId) const;
    // The review of the column at index, built or not.
    QString reviewIdAt(int index) const;

    // The column that review actions and marking apply to.
    ReviewColumn *currentColumn() const;
    QString currentReviewId() const;
    void setCurrentReview(const QString &reviewId);

    bool isHidden(const QString &reviewId) const { return m_hidden.contains(reviewId); }
    void setReviewHidden(const QString &reviewId, bool hidden);
    void showAllColumns();

    // Only the current column is shown.
    bool focusMode() const { return m_focusMode; }
    void setFocusMode(bool on);

#ifdef REVMARK_HAVE_SYNTAX
    // The cue set every column draws (View › Show Cues), columns created later included;
    // empty draws none. The built-in set follows each review's language
    // (CueRepository::cueSetFor), also when it changes.
    void setCueSet(const QString &cueSet);
    QString cueSet() const { return m_cueSet; }
#endif

    // Scrolling one column scrolls the others to the same relative position.
    bool syncScrolling() const { return m_syncScrolling; }
    void setSyncScrolling(bool on);

Q_SIGNALS:
    // setProject() gave the area another project (its columns are built).
    void projectChanged();
    void currentReviewChanged(const QString &reviewId);
    void annotationClicked(const QString &reviewId, const QString &annotationId);
    // A click in a review's text: the suggestion under it (index into the view's), or -1.
    void suggestionClicked(const QString &reviewId, int index);
    // The selection in a column changed (marking actions enable/disable on it).
    void selectionChanged();
    void hiddenChanged();
    // A column was built in its placeholder's place (at index), when it came into sight or was asked for.
    void columnBuilt(ReviewColumn *column, int index);
    // The orphan count in a column's header was clicked.
    void orphansClicked(const QString &reviewId);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    // A project without reviews shows how to add some ("emptyHint") instead of a grey area.
    void updateEmptyHint();
    void rebuild();
    // replacing: the splitter index of the placeholder the column takes the place of (-1: inserted
    // at index); hidden: inserted hidden, for updateVisibility() to show.
    ReviewColumn *createColumn(int index, int replacing = -1, bool hidden = false);
    // Replaces a column's placeholder by the column.
    void build(QWidget *placeholder);
    void refreshReview(const QString &reviewId);
    void showPendingColumns();
    void updateVisibility();
    void syncFrom(ReviewColumn *source);

    QPointer<Project> m_project;
    QPointer<AnnotationSelection> m_selection;
    QSplitter *m_splitter = nullptr;
    QLabel *m_emptyHint = nullptr;
    QMenu *m_columnMenu = nullptr;
    QList<QAction *> m_contextActions;
    QString m_currentId;
    QSet<QString> m_hidden;
    bool m_focusMode = false;
    bool m_syncScrolling = false;
    bool m_syncing = false;
    bool m_visibilityPending = false; // placeholders inserted, to be shown together
    QString m_cueSet;
};

} // namespace Revmark
