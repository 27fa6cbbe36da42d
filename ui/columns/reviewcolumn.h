// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/review.h"

#include <QFrame>

class QLabel;
class QToolButton;
class QMenu;

namespace Revmark {

class BalanceBar;
class ReviewView;

// One review as a column: a header that tells who wrote it, where, its grade ("columnGrade",
// the rating as written; the 0-100 value in its tooltip; hidden when there is none) and the
// balance of praise and criticism at a glance, above the review's text. When the review has
// orphans (annotations its current text has no place for), the header shows how many
// ("columnOrphansButton"). While the find bar searches, it shows the review's match count
// ("columnFindCount").
class ReviewColumn : public QFrame
{
    Q_OBJECT

public:
    explicit ReviewColumn(QWidget *parent = nullptr);

    QString reviewId() const { return m_reviewId; }
    // Shows this review: the header at once; text and highlights when the column is loaded.
    void setReview(const Review &review);
    // The review's text view, loaded first: whoever asks for the view gets the text in it.
    ReviewView *view();
    // The view as it is, possibly still empty; for connecting signals.
    ReviewView *textView() const { return m_view; }
    // Laying out hundreds of texts nobody sees is what made big projects slow to open, so
    // columns fill their view only when they come into sight (ColumnsArea) or view() is asked.
    void ensureLoaded();
    bool isLoaded() const { return m_loaded; }
    // The menu behind the header's "…" button (review actions of the main window).
    void setHeaderMenu(QMenu *menu);
    // Marks the column that the review actions apply to.
    void setActive(bool active);
    // The find bar's match count in this review, shown in the header ("columnFindCount");
    // a negative count hides it (no search on). A column out of sight shows it when it is next
    // painted: relaying out hundreds of headers on every keystroke made typing lag.
    void setFindCount(int count);
    int findCount() const { return m_findCountValue; }

Q_SIGNALS:
    // The column got focus or a click: it becomes the current column.
    void activated();
    // The user clicked the header's orphan count.
    void orphansClicked();

protected:
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFindCount();

    QString m_reviewId;
    Review m_review;
    bool m_loaded = false;
    QWidget *m_header;
    QLabel *m_title;
    QLabel *m_byline;
    QLabel *m_grade;
    QLabel *m_findCount;
    int m_findCountValue = -1;
    bool m_findCountPending = false;
    BalanceBar *m_balance;
    QToolButton *m_menuButton;
    QToolButton *m_orphansButton;
    ReviewView *m_view;
};

} // namespace Revmark
