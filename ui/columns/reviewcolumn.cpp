// SPDX-License-Identifier: GPL-3.0-or-later
#include "columns/reviewcolumn.h"

#include "export/highlightstyle.h"
#include "columns/reviewview.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace Revmark {

// A thin bar: the praise share in the praise colour, the criticism share in the criticism
// colour, with the counts in words beside it (so it reads without colour too).
class BalanceBar : public QWidget
{
public:
    explicit BalanceBar(QWidget *parent)
        : QWidget(parent)
    {
        setFixedHeight(6);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    }

    void setCounts(int praise, int criticism)
    {
        m_praise = praise;
        m_criticism = criticism;
        update();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        const HighlightStyle::Theme theme = HighlightStyle::themeFor(palette());
        p.fillRect(rect(), palette().color(QPalette::Mid));
        const int total = m_praise + m_criticism;
        if (total == 0)
            return;
        const int praiseWidth = width() * m_praise / total;
        p.fillRect(QRect(0, 0, praiseWidth, height()), HighlightStyle::lineColor(Polarity::Praise, theme));
        p.fillRect(QRect(praiseWidth, 0, width() - praiseWidth, height()),
                   HighlightStyle::lineColor(Polarity::Criticism, theme));
    }

private:
    int m_praise = 0;
    int m_criticism = 0;
};

namespace {

// Secondary text: WindowText blended towards Window. Not QPalette::PlaceholderText, which Qt 5
// leaves unset (transparent) in some palettes, so the line under the title was blank there.
QPalette mutedPalette(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    const QColor window = palette.color(QPalette::Window);
    QPalette muted;
    muted.setColor(QPalette::WindowText, QColor::fromRgbF(text.redF() * 0.62 + window.redF() * 0.38,
                                                          text.greenF() * 0.62 + window.greenF() * 0.38,
                                                          text.blueF() * 0.62 + window.blueF() * 0.38));
    return muted;
}

} // namespace

ReviewColumn::ReviewColumn(QWidget *parent)
    : QFrame(parent)
    , m_header(new QWidget(this))
    , m_title(new QLabel(this))
    , m_byline(new QLabel(this))
    , m_grade(new QLabel(this))
    , m_findCount(new QLabel(this))
    , m_balance(new BalanceBar(this))
    , m_menuButton(new QToolButton(this))
    , m_orphansButton(new QToolButton(this))
    , m_view(new ReviewView(this))
{
    setObjectName(QStringLiteral("reviewColumn"));
    setFrameShape(QFrame::StyledPanel);
    setMinimumWidth(300);
    // The splitter adds up its columns' maximum widths; the default would overflow with
    // hundreds of columns.
    setMaximumWidth(4000);
    m_title->setObjectName(QStringLiteral("columnTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_byline->setObjectName(QStringLiteral("columnByline"));
    m_byline->setWordWrap(true);
    m_byline->setPalette(mutedPalette(palette()));
    m_grade->setObjectName(QStringLiteral("columnGrade"));
    QFont gradeFont = m_grade->font();
    gradeFont.setBold(true);
    m_grade->setFont(gradeFont);
    // A badge: a grade reads as a verdict, apart from the title.
    m_grade->setStyleSheet(QStringLiteral("QLabel { border: 1px solid palette(mid); border-radius: 4px; padding: 1px 6px; }"));
    m_grade->hide();
    m_findCount->setObjectName(QStringLiteral("columnFindCount"));
    m_findCount->hide();
    m_balance->setObjectName(QStringLiteral("columnBalance"));
    m_menuButton->setObjectName(QStringLiteral("columnMenuButton"));
    m_menuButton->setText(QStringLiteral("⋯"));
    m_menuButton->setToolTip(tr("Review actions"));
    m_menuButton->setPopupMode(QToolButton::InstantPopup);
    m_menuButton->setAutoRaise(true);
    m_orphansButton->setObjectName(QStringLiteral("columnOrphansButton"));
    m_orphansButton->setToolTip(tr("Annotations that could not be placed in the current text: show them"));
    m_orphansButton->setAutoRaise(true);
    m_orphansButton->hide();
    connect(m_orphansButton, &QToolButton::clicked, this, &ReviewColumn::orphansClicked);
    m_view->setObjectName(QStringLiteral("reviewView"));

    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_grade, 0, Qt::AlignTop);
    titleRow->addWidget(m_findCount, 0, Qt::AlignTop);
    titleRow->addWidget(m_orphansButton, 0, Qt::AlignTop);
    titleRow->addWidget(m_menuButton, 0, Qt::AlignTop);
    m_header->setObjectName(QStringLiteral("columnHeader"));
    m_header->setAutoFillBackground(true);
    auto *header = new QVBoxLayout(m_header);
    header->setContentsMargins(12, 8, 8, 6);
    header->setSpacing(3);
    header->addLayout(titleRow);
    header->addWidget(m_byline);
    header->addWidget(m_balance);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(m_view, 1);

    m_view->installEventFilter(this);
    m_view->viewport()->installEventFilter(this);
    installEventFilter(this);
}

void ReviewColumn::setReview(const Review &review)
{
    m_reviewId = review.id;
    m_title->setText(review.title.isEmpty() ? tr("Untitled review") : review.title);
    QStringList byline;
    if (!review.outlet.isEmpty())
        byline << review.outlet;
    if (!review.author.isEmpty())
        byline << review.author;
    const int praise = review.countOf(Polarity::Praise);
    const int criticism = review.countOf(Polarity::Criticism);
    const QString counts = tr("%1 praise · %2 criticism").arg(praise).arg(criticism);
    m_byline->setText(byline.isEmpty() ? counts : tr("%1 — %2").arg(byline.join(QStringLiteral(" · ")), counts));
    m_grade->setVisible(review.grade.isValid());
    if (review.grade.isValid()) {
        const QString raw = review.grade.raw.isEmpty() ? QString::number(review.grade.value) : review.grade.raw;
        m_grade->setText(raw);
        m_grade->setToolTip(review.grade.corrected
                                ? tr("Grade %1: %2 out of 100 (set by you)").arg(raw).arg(review.grade.value)
                                : tr("Grade %1: %2 out of 100 (found in the review)").arg(raw).arg(review.grade.value));
    }
    m_balance->setCounts(praise, criticism);
    m_balance->setToolTip(counts);
    const int orphans = int(review.orphans.size());
    m_orphansButton->setText(tr("%n orphan(s)", nullptr, orphans));
    m_orphansButton->setVisible(orphans > 0);
    const bool textChanged = m_review.text != review.text;
    m_review = review;
    if (m_loaded) {
        // A re-imported text must not throw the reader back to the top.
        QScrollBar *bar = m_view->verticalScrollBar();
        const int scroll = bar->value();
        m_view->setReviewText(review.text);
        m_view->setAnnotations(review.annotations);
        m_view->setSetAside(review.setAside);
        if (textChanged)
            bar->setValue(scroll);
    }
}

ReviewView *ReviewColumn::view()
{
    ensureLoaded();
    return m_view;
}

void ReviewColumn::ensureLoaded()
{
    if (m_loaded)
        return;
    m_loaded = true;
    m_view->setReviewText(m_review.text);
    m_view->setAnnotations(m_review.annotations);
    m_view->setSetAside(m_review.setAside);
}

void ReviewColumn::setHeaderMenu(QMenu *menu)
{
    m_menuButton->setMenu(menu);
}

void ReviewColumn::setActive(bool active)
{
    // A quiet tint of the selection colour: visible at a glance, without competing with the text.
    QPalette p = palette();
    if (active) {
        const QColor window = p.color(QPalette::Window);
        const QColor highlight = p.color(QPalette::Highlight);
        p.setColor(QPalette::Window, QColor::fromRgbF(window.redF() * 0.8 + highlight.redF() * 0.2,
                                                      window.greenF() * 0.8 + highlight.greenF() * 0.2,
                                                      window.blueF() * 0.8 + highlight.blueF() * 0.2));
    }
    m_header->setPalette(p);
}

void ReviewColumn::setFindCount(int count)
{
    if (count == m_findCountValue)
        return;
    m_findCountValue = count;
    if (visibleRegion().isEmpty())
        m_findCountPending = true;
    else
        applyFindCount();
}

void ReviewColumn::applyFindCount()
{
    m_findCountPending = false;
    const int count = m_findCountValue;
    m_findCount->setVisible(count >= 0);
    if (count < 0)
        return;
    m_findCount->setText(tr("%n match(es)", nullptr, count));
    m_findCount->setToolTip(tr("Found %n time(s) in this review", nullptr, count));
    // Dimmed when there is nothing here, so the columns with matches stand out.
    m_findCount->setPalette(count > 0 ? QPalette() : mutedPalette(palette()));
}

void ReviewColumn::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    // Painted means in sight. Loading changes the text view's geometry, which must not happen
    // in the middle of painting, so it waits for the event loop.
    if (!m_loaded)
        QMetaObject::invokeMethod(this, &ReviewColumn::ensureLoaded, Qt::QueuedConnection);
    if (m_findCountPending)
        QMetaObject::invokeMethod(this, &ReviewColumn::applyFindCount, Qt::QueuedConnection);
}

bool ReviewColumn::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn || event->type() == QEvent::MouseButtonPress
        || event->type() == QEvent::ContextMenu)
        Q_EMIT activated();
    return QFrame::eventFilter(watched, event);
}

} // namespace Revmark
