// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compare/reviewsearch.h"

#include <QFrame>
#include <QPointer>

class QAction;
class QLabel;
class QLineEdit;
class QToolButton;

namespace Revmark {

class ColumnsArea;
class Project;
class ReviewColumn;

// Find across reviews: a bar above the columns ("findBar") that searches every review of the
// columns area's project as the user types ("findEdit"), with ReviewSearch (case and diacritics
// ignored unless "findCaseSensitive" is checked; "findWholeWords"). Every match is marked in its
// column's view (ReviewView::setFindMatches), each column header shows its count
// (ReviewColumn::setFindCount) and the bar the position among all ("findCount": "3 of 17").
// Matches are ordered column by column, then in text order. Stepping (findNext(),
// findPrevious(); F3 / Shift+F3, Return / Shift+Return in the field, "findNext" and
// "findPrevious" buttons) wraps around, makes the match's column current (showing it if it was
// hidden), scrolls column and match into view and selects the match in the text, so that
// Ctrl+1 / Ctrl+2 mark it like any selection (snapped to words, one undo step). Typing moves
// to the first match from the current column's selection on. Escape or "findClose" closes the
// bar and clears the query, the marks and the counts. Marks and counts follow the project:
// reviews added, removed, moved, re-imported, another project.
class FindBar : public QFrame
{
    Q_OBJECT

public:
    explicit FindBar(ColumnsArea *columns, QWidget *parent = nullptr);

    // Edit › Find… (QKeySequence::Find), Find Next (FindNext), Find Previous (FindPrevious),
    // for the window's menus.
    QList<QAction *> findActions() const { return {m_findAction, m_findNextAction, m_findPreviousAction}; }
    QAction *findAction() const { return m_findAction; }

    QString query() const;
    SearchOptions options() const;
    // Matches in all reviews.
    int matchCount() const { return m_total; }
    // Matches in one review (0 when it has none or is unknown).
    int matchCount(const QString &reviewId) const;
    // The current match: its review and range; false when there is none.
    bool currentMatch(QString *reviewId, TextMatch *match) const;
    // Its place among all matches (0-based), or -1.
    int currentIndex() const;

public Q_SLOTS:
    // Shows the bar and puts the keyboard in the field, its text selected; a short selection
    // (one line) in the current column becomes the query.
    void openBar();
    // Hides the bar, clears the query, marks and counts, and gives the keyboard back to the
    // current column.
    void closeBar();
    bool findNext();
    bool findPrevious();

Q_SIGNALS:
    // The matches or the current match changed.
    void resultsChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onProjectChanged();
    // Runs the query again over every review; the current match stays where it was when it
    // still matches. moveToFirst: start from the current column's selection instead (typing).
    void search(bool moveToFirst);
    void step(int delta);
    // Makes match `index` of review `review` current; reveal scrolls it into view and selects it.
    void setCurrent(int review, int index, bool reveal);
    void applyMarks();
    void applyMarks(ReviewColumn *column, int index);
    // Collapses the review's selection when it is this match (stepping selected it).
    void deselect(const QString &reviewId, const TextMatch &match);
    void updateCount();
    int reviewWithMatches(int from, int delta) const;

    ColumnsArea *m_columns;
    QPointer<Project> m_project;
    ReviewSearch m_search;
    QVector<ReviewMatches> m_results; // one per review, column order
    int m_total = 0;
    int m_currentReview = -1;
    int m_currentMatch = -1;
    QLineEdit *m_edit;
    QToolButton *m_caseButton;
    QToolButton *m_wordsButton;
    QToolButton *m_previousButton;
    QToolButton *m_nextButton;
    QToolButton *m_closeButton;
    QLabel *m_count;
    QAction *m_findAction;
    QAction *m_findNextAction;
    QAction *m_findPreviousAction;
};

} // namespace Revmark
