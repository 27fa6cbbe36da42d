// SPDX-License-Identifier: GPL-3.0-or-later
#include "columns/findbar.h"

#include "project/project.h"
#include "columns/columnsarea.h"
#include "columns/reviewcolumn.h"
#include "columns/reviewview.h"

#include <QAction>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QTimer>
#include <QToolButton>

namespace Revmark {

FindBar::FindBar(ColumnsArea *columns, QWidget *parent)
    : QFrame(parent)
    , m_columns(columns)
    , m_edit(new QLineEdit(this))
    , m_caseButton(new QToolButton(this))
    , m_wordsButton(new QToolButton(this))
    , m_previousButton(new QToolButton(this))
    , m_nextButton(new QToolButton(this))
    , m_closeButton(new QToolButton(this))
    , m_count(new QLabel(this))
    , m_findAction(new QAction(tr("&Find in Reviews…"), this))
    , m_findNextAction(new QAction(tr("Find &Next"), this))
    , m_findPreviousAction(new QAction(tr("Find Pre&vious"), this))
{
    setObjectName(QStringLiteral("findBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);

    m_edit->setObjectName(QStringLiteral("findEdit"));
    m_edit->setPlaceholderText(tr("Find in all reviews"));
    m_edit->setAccessibleName(tr("Find in all reviews"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setMinimumWidth(240);
    m_edit->setMaximumWidth(420);
    const auto setUp = [](QToolButton *button, const char *name, const QString &text, const QString &toolTip) {
        button->setObjectName(QLatin1String(name));
        button->setText(text);
        button->setToolTip(toolTip);
        button->setAutoRaise(true);
    };
    setUp(m_previousButton, "findPrevious", tr("Previous"), tr("Previous match (Shift+F3, Shift+Return)"));
    setUp(m_nextButton, "findNext", tr("Next"), tr("Next match, column by column (F3, Return)"));
    setUp(m_caseButton, "findCaseSensitive", tr("Match Case"), tr("Tell capitals from small letters"));
    setUp(m_wordsButton, "findWholeWords", tr("Whole Words"), tr("Match whole words only"));
    setUp(m_closeButton, "findClose", QStringLiteral("✕"), tr("Close the find bar (Escape)"));
    m_caseButton->setCheckable(true);
    m_wordsButton->setCheckable(true);
    m_count->setObjectName(QStringLiteral("findCount"));
    m_count->setAccessibleName(tr("Matches"));
    m_count->setMinimumWidth(m_count->fontMetrics().horizontalAdvance(QStringLiteral("0000 of 00000")));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 3, 4, 3);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_previousButton);
    layout->addWidget(m_nextButton);
    layout->addWidget(m_count);
    layout->addSpacing(8);
    layout->addWidget(m_caseButton);
    layout->addWidget(m_wordsButton);
    layout->addStretch(1);
    layout->addWidget(m_closeButton);
    for (QWidget *w : {static_cast<QWidget *>(m_edit), static_cast<QWidget *>(m_caseButton),
                       static_cast<QWidget *>(m_wordsButton), static_cast<QWidget *>(m_previousButton),
                       static_cast<QWidget *>(m_nextButton), static_cast<QWidget *>(m_closeButton)})
        w->installEventFilter(this);

    m_findAction->setObjectName(QStringLiteral("actionFind"));
    m_findAction->setShortcuts(QKeySequence::Find);
    m_findAction->setToolTip(tr("Find a word or phrase in every review at once (Ctrl+F)"));
    connect(m_findAction, &QAction::triggered, this, &FindBar::openBar);
    m_findNextAction->setObjectName(QStringLiteral("actionFindNext"));
    m_findNextAction->setShortcuts(QKeySequence::FindNext);
    connect(m_findNextAction, &QAction::triggered, this, &FindBar::findNext);
    m_findPreviousAction->setObjectName(QStringLiteral("actionFindPrevious"));
    m_findPreviousAction->setShortcuts(QKeySequence::FindPrevious);
    connect(m_findPreviousAction, &QAction::triggered, this, &FindBar::findPrevious);

    connect(m_edit, &QLineEdit::textChanged, this, [this] { search(true); });
    connect(m_caseButton, &QToolButton::toggled, this, [this] { search(true); });
    connect(m_wordsButton, &QToolButton::toggled, this, [this] { search(true); });
    connect(m_previousButton, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(m_nextButton, &QToolButton::clicked, this, &FindBar::findNext);
    connect(m_closeButton, &QToolButton::clicked, this, &FindBar::closeBar);
    connect(m_columns, &ColumnsArea::projectChanged, this, &FindBar::onProjectChanged);
    connect(m_columns, &ColumnsArea::columnBuilt, this, [this](ReviewColumn *column, int index) {
        if (!m_results.isEmpty() || !query().isEmpty())
            applyMarks(column, index);
    });

    hide();
    onProjectChanged();
    updateCount();
}

QString FindBar::query() const
{
    return m_edit->text();
}

SearchOptions FindBar::options() const
{
    SearchOptions options;
    options.caseSensitive = m_caseButton->isChecked();
    options.wholeWords = m_wordsButton->isChecked();
    return options;
}

int FindBar::matchCount(const QString &reviewId) const
{
    for (const ReviewMatches &r : m_results) {
        if (r.reviewId == reviewId)
            return int(r.matches.size());
    }
    return 0;
}

bool FindBar::currentMatch(QString *reviewId, TextMatch *match) const
{
    if (m_currentReview < 0)
        return false;
    *reviewId = m_results.at(m_currentReview).reviewId;
    *match = m_results.at(m_currentReview).matches.at(m_currentMatch);
    return true;
}

int FindBar::currentIndex() const
{
    if (m_currentReview < 0)
        return -1;
    int index = m_currentMatch;
    for (int r = 0; r < m_currentReview; ++r)
        index += int(m_results.at(r).matches.size());
    return index;
}

void FindBar::openBar()
{
    show();
    // Like a browser's find: a short selection is what the user wants to look for.
    if (ReviewColumn *column = m_columns->currentColumn(); column && column->isLoaded()) {
        const QString selected = column->textView()->textCursor().selectedText();
        if (!selected.isEmpty() && selected.size() <= 100 && !selected.contains(QChar::ParagraphSeparator)
            && foldForSearch(selected, false) != foldForSearch(query(), false))
            m_edit->setText(selected);
    }
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void FindBar::deselect(const QString &reviewId, const TextMatch &match)
{
    ReviewColumn *column = m_columns->columnFor(reviewId);
    if (!column || !column->isLoaded())
        return;
    QTextCursor cursor = column->textView()->textCursor();
    if (cursor.selectionStart() == match.start && cursor.selectionEnd() == match.end) {
        cursor.setPosition(match.start);
        column->textView()->setTextCursor(cursor);
    }
}

void FindBar::closeBar()
{
    // The selection stepping made goes too (the reader stays at its place); one the user made
    // after it stays.
    QString reviewId;
    TextMatch match;
    if (currentMatch(&reviewId, &match))
        deselect(reviewId, match);
    hide();
    m_edit->clear();
    if (ReviewColumn *column = m_columns->currentColumn())
        column->view()->setFocus(Qt::OtherFocusReason);
}

bool FindBar::findNext()
{
    if (isHidden() || query().isEmpty()) {
        openBar();
        return false;
    }
    step(1);
    return m_currentReview >= 0;
}

bool FindBar::findPrevious()
{
    if (isHidden() || query().isEmpty()) {
        openBar();
        return false;
    }
    step(-1);
    return m_currentReview >= 0;
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    // Escape is claimed before any window shortcut can take it, so the bar closes even where
    // another part of the window binds Escape.
    if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool isReturn = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        const bool isEscape = key->key() == Qt::Key_Escape && key->modifiers() == Qt::NoModifier;
        if (isEscape || (isReturn && watched == m_edit)) {
            if (event->type() == QEvent::ShortcutOverride) {
                event->accept();
                return true;
            }
            if (isEscape)
                closeBar();
            else if (key->modifiers() & Qt::ShiftModifier)
                findPrevious();
            else
                findNext();
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

void FindBar::onProjectChanged()
{
    if (m_project)
        m_project->disconnect(this);
    m_project = m_columns->project();
    m_search.clear();
    m_results.clear();
    m_total = 0;
    m_currentReview = m_currentMatch = -1;
    if (m_project) {
        // After the columns area: its columns exist by the time the marks are handed out.
        const auto refresh = [this] {
            if (!query().isEmpty())
                search(false);
        };
        connect(m_project, &Project::projectReset, this, refresh);
        connect(m_project, &Project::reviewInserted, this, refresh);
        connect(m_project, &Project::reviewRemoved, this, refresh);
        connect(m_project, &Project::reviewMoved, this, refresh);
        connect(m_project, &Project::reviewTextChanged, this, refresh);
        connect(m_project, &Project::setAsideChanged, this, refresh);
    }
    search(false);
}

void FindBar::search(bool moveToFirst)
{
    QString previousReview;
    TextMatch previousMatch;
    const bool hadCurrent = currentMatch(&previousReview, &previousMatch);
    const QString keptReview = moveToFirst ? QString() : previousReview;
    const int keptStart = previousMatch.start;
    const QString text = query();
    if (m_project && !text.isEmpty())
        m_results = m_search.findAll(*m_project, text, options());
    else
        m_results.clear();
    m_total = 0;
    for (const ReviewMatches &r : std::as_const(m_results))
        m_total += int(r.matches.size());
    m_currentReview = m_currentMatch = -1;

    int review = -1;
    int index = -1;
    if (m_total > 0 && !moveToFirst && !keptReview.isEmpty()) {
        // The current match stays current, or the next one in its review takes its place; no
        // scrolling, since the user did not ask to move.
        for (int r = 0; r < m_results.size() && review < 0; ++r) {
            if (m_results.at(r).reviewId != keptReview)
                continue;
            const QVector<TextMatch> &matches = m_results.at(r).matches;
            for (int i = 0; i < matches.size(); ++i) {
                if (matches.at(i).start >= keptStart) {
                    review = int(r);
                    index = i;
                    break;
                }
            }
        }
    }
    if (m_total > 0 && moveToFirst) {
        // From the current column's selection (the current match, while typing) onwards.
        int anchor = 0;
        int position = 0;
        for (int r = 0; r < m_results.size(); ++r) {
            if (m_results.at(r).reviewId == m_columns->currentReviewId())
                anchor = int(r);
        }
        ReviewColumn *column = m_columns->columnFor(m_results.at(anchor).reviewId);
        if (column && column->isLoaded())
            position = column->textView()->textCursor().selectionStart();
        const QVector<TextMatch> &matches = m_results.at(anchor).matches;
        for (int i = 0; i < matches.size(); ++i) {
            if (matches.at(i).end > position) {
                review = anchor;
                index = i;
                break;
            }
        }
        if (review < 0) {
            review = reviewWithMatches(anchor + 1, 1);
            index = 0;
        }
    }
    if (hadCurrent && (review < 0 || m_results.at(review).reviewId != previousReview))
        deselect(previousReview, previousMatch);
    applyMarks();
    if (review >= 0)
        setCurrent(review, index, moveToFirst);
    else
        updateCount();
    Q_EMIT resultsChanged();
}

int FindBar::reviewWithMatches(int from, int delta) const
{
    const int count = int(m_results.size());
    for (int k = 0; k < count; ++k) {
        const int r = ((from + delta * k) % count + count) % count;
        if (!m_results.at(r).matches.isEmpty())
            return r;
    }
    return -1;
}

void FindBar::step(int delta)
{
    if (m_total == 0)
        return;
    int review = m_currentReview;
    int index = m_currentMatch + delta;
    if (review < 0) {
        search(true);
        return;
    }
    if (index < 0 || index >= m_results.at(review).matches.size()) {
        review = reviewWithMatches(review + delta, delta);
        index = delta > 0 ? 0 : int(m_results.at(review).matches.size()) - 1;
    }
    setCurrent(review, index, true);
    Q_EMIT resultsChanged();
}

void FindBar::setCurrent(int review, int index, bool reveal)
{
    if (m_currentReview >= 0 && m_currentReview != review) {
        // The match left behind is no longer current, nor selected if stepping selected it.
        const ReviewMatches &left = m_results.at(m_currentReview);
        deselect(left.reviewId, left.matches.at(m_currentMatch));
        if (ReviewColumn *column = m_columns->columnFor(left.reviewId))
            column->textView()->setFindMatches(left.matches, -1);
    }
    m_currentReview = review;
    m_currentMatch = index;
    const ReviewMatches &entry = m_results.at(review);
    ReviewColumn *column = m_columns->columnFor(entry.reviewId);
    if (column)
        column->textView()->setFindMatches(entry.matches, index);
    updateCount();
    if (!reveal || !column)
        return;

    const QString reviewId = entry.reviewId;
    const TextMatch match = entry.matches.at(index);
    if (m_columns->isHidden(reviewId))
        m_columns->setReviewHidden(reviewId, false);
    m_columns->setCurrentReview(reviewId);
    m_columns->ensureWidgetVisible(column, 0, 0);
    ReviewView *view = column->view();
    // Selected, so that marking (Ctrl+1 / Ctrl+2) applies to it; the selection itself must not
    // scroll, the match is brought into view below only when it is not in view already.
    QScrollBar *bar = view->verticalScrollBar();
    const int scroll = bar->value();
    QTextCursor cursor(view->document());
    cursor.setPosition(match.start);
    cursor.setPosition(match.end, QTextCursor::KeepAnchor);
    view->setTextCursor(cursor);
    bar->setValue(scroll);
    if (!view->isRangeVisible(match.start, match.end))
        view->revealPosition(match.start);
    // A column just shown or loaded is laid out by the event loop: look again then.
    QTimer::singleShot(0, view, [this, view, column, reviewId, match] {
        QString currentId;
        TextMatch current;
        if (!currentMatch(&currentId, &current) || currentId != reviewId || current != match)
            return;
        m_columns->ensureWidgetVisible(column, 0, 0);
        if (!view->isRangeVisible(match.start, match.end))
            view->revealPosition(match.start);
    });
}

void FindBar::applyMarks()
{
    // Columns not built yet get theirs when they are (ColumnsArea::columnBuilt).
    for (int i = 0; i < m_columns->columnCount(); ++i) {
        if (ReviewColumn *column = m_columns->builtColumn(i))
            applyMarks(column, i);
    }
}

void FindBar::applyMarks(ReviewColumn *column, int index)
{
    const bool searching = !query().isEmpty();
    // Columns follow the project's order, and so do the results: look up only on a mismatch.
    const ReviewMatches *entry = nullptr;
    if (index >= 0 && index < m_results.size() && m_results.at(index).reviewId == column->reviewId()) {
        entry = &m_results.at(index);
    } else {
        for (const ReviewMatches &r : std::as_const(m_results)) {
            if (r.reviewId == column->reviewId())
                entry = &r;
        }
    }
    column->textView()->setFindMatches(entry ? entry->matches : QVector<TextMatch>());
    column->setFindCount(searching ? (entry ? int(entry->matches.size()) : 0) : -1);
}

void FindBar::updateCount()
{
    if (query().isEmpty())
        m_count->clear();
    else if (m_total == 0)
        m_count->setText(tr("No matches"));
    else if (m_currentReview >= 0)
        m_count->setText(tr("%1 of %2").arg(currentIndex() + 1).arg(m_total));
    else
        m_count->setText(tr("%n match(es)", nullptr, m_total));
    const bool any = m_total > 0;
    m_previousButton->setEnabled(any);
    m_nextButton->setEnabled(any);
}

} // namespace Revmark
