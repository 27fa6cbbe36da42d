// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review.h"

#include <QFrame>

class QLabel;
class QToolButton;
class QMenu;

namespace Revmark {

class BalanceBar;
class ReviewView;

// One review as a column: a header that tells who wrote it, where, and the balance of praise
// and criticism at a glance, above the review's text.
class ReviewColumn : public QFrame
{
    Q_OBJECT

public:
    explicit ReviewColumn(QWidget *parent = nullptr);

    QString reviewId() const { return m_reviewId; }
    // Shows this review (text, header, highlights).
    void setReview(const Review &review);
    ReviewView *view() const { return m_view; }
    // The menu behind the header's "…" button (review actions of the main window).
    void setHeaderMenu(QMenu *menu);
    // Marks the column that the review actions apply to.
    void setActive(bool active);

Q_SIGNALS:
    // The column got focus or a click: it becomes the current column.
    void activated();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QString m_reviewId;
    QLabel *m_title;
    QLabel *m_byline;
    BalanceBar *m_balance;
    QToolButton *m_menuButton;
    ReviewView *m_view;
};

} // namespace Revmark
