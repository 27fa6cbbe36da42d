// SPDX-License-Identifier: GPL-3.0-or-later
#include "panels/orphanspanel.h"

#include "accessibility.h"
#include "annotationselection.h"
#include "columns/columnsarea.h"
#include "columns/reviewcolumn.h"
#include "columns/reviewview.h"

#include "project/project.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTextCursor>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Revmark {

namespace {

enum Column { ColReview, ColPolarity, ColQuote, ColNote, ColTags, ColCount };

constexpr int ReviewIdRole = Qt::UserRole;
constexpr int OrphanIdRole = Qt::UserRole + 1;

// Rows stay one line high; the tooltip has the whole quote.
constexpr int PreviewLength = 160;

QString oneLine(const QString &text)
{
    QString s = text.simplified();
    if (s.size() > PreviewLength)
        s = s.left(PreviewLength - 1) + QChar(0x2026);
    return s;
}

} // namespace

OrphansPanel::OrphansPanel(QWidget *parent)
    : QWidget(parent)
    , m_countLabel(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_placeButton(new QPushButton(tr("&Place at Selection"), this))
    , m_deleteButton(new QPushButton(tr("&Delete"), this))
{
    m_countLabel->setObjectName(QStringLiteral("orphanCount"));
    m_countLabel->setWordWrap(true);
    m_countLabel->setToolTip(tr("Annotations whose words could not be found again after a review's source "
                                "changed are kept here. Select their new place in the review and choose "
                                "Place at Selection, or delete them."));
    m_list->setObjectName(QStringLiteral("orphanList"));
    m_list->setAccessibleName(tr("Orphaned annotations"));
    m_list->setColumnCount(ColCount);
    m_list->setHeaderLabels({tr("Review"), tr("Polarity"), tr("Quote"), tr("Note"), tr("Tags")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAllColumnsShowFocus(true);
    m_list->header()->setStretchLastSection(true);
    m_list->installEventFilter(this);
    m_placeButton->setObjectName(QStringLiteral("placeOrphanButton"));
    m_placeButton->setToolTip(tr("Select its new place in the review's column first (Return)"));
    m_deleteButton->setObjectName(QStringLiteral("deleteOrphanButton"));
    m_deleteButton->setToolTip(tr("Delete the orphaned annotation (Delete); Undo brings it back"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_placeButton);
    buttons->addWidget(m_deleteButton);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_countLabel);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        m_message.clear();
        updateActions();
        updateCount();
        if (item && !m_rebuilding)
            Q_EMIT orphanActivated(item->data(0, ReviewIdRole).toString(), item->data(0, OrphanIdRole).toString());
    });
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &OrphansPanel::updateActions);
    connect(m_placeButton, &QPushButton::clicked, this, &OrphansPanel::placeCurrent);
    connect(m_deleteButton, &QPushButton::clicked, this, &OrphansPanel::deleteCurrent);
    rebuild();
}

OrphansPanel::~OrphansPanel() = default;

void OrphansPanel::setProject(Project *project)
{
    if (m_project)
        m_project->disconnect(this);
    m_project = project;
    if (project) {
        const auto changed = [this] { rebuild(); };
        connect(project, &Project::projectReset, this, changed);
        // A review comes with orphans only back from an undone removal: adding a thousand files
        // rebuilt this list a thousand times.
        connect(project, &Project::reviewInserted, this, [this](int index) {
            if (!m_project->review(index).orphans.isEmpty())
                rebuild();
        });
        connect(project, &Project::reviewRemoved, this, changed);
        connect(project, &Project::reviewMoved, this, changed);
        connect(project, &Project::reviewPropertiesChanged, this, changed);
        connect(project, &Project::orphansChanged, this, changed);
    }
    rebuild();
}

void OrphansPanel::setSelectionProvider(SelectionProvider provider)
{
    m_selection = std::move(provider);
    updateActions();
}

void OrphansPanel::followColumns(ColumnsArea *columns, AnnotationSelection *selection)
{
    setSelectionProvider([columns](const QString &reviewId, int *start, int *end) {
        ReviewColumn *c = columns->columnFor(reviewId);
        return c && c->isLoaded() && c->textView()->selectedRange(start, end);
    });
    connect(this, &OrphansPanel::orphanActivated, columns, [columns](const QString &reviewId) {
        // Its review comes into view, ready for selecting the new place.
        if (columns->isHidden(reviewId))
            columns->setReviewHidden(reviewId, false);
        columns->setCurrentReview(reviewId);
    });
    connect(this, &OrphansPanel::orphanPlaced, selection,
            [columns, selection](const QString &reviewId, const QString &annotationId) {
                if (ReviewColumn *c = columns->columnFor(reviewId)) {
                    QTextCursor cursor = c->textView()->textCursor();
                    cursor.clearSelection();
                    c->textView()->setTextCursor(cursor);
                }
                selection->set(reviewId, annotationId);
            });
    connect(columns, &ColumnsArea::selectionChanged, this, &OrphansPanel::updateActions);
}

int OrphansPanel::orphanCount() const
{
    return m_list->topLevelItemCount();
}

QTreeWidgetItem *OrphansPanel::currentItem() const
{
    return m_list->currentItem();
}

QString OrphansPanel::currentReviewId() const
{
    const QTreeWidgetItem *item = currentItem();
    return item ? item->data(0, ReviewIdRole).toString() : QString();
}

QString OrphansPanel::currentOrphanId() const
{
    const QTreeWidgetItem *item = currentItem();
    return item ? item->data(0, OrphanIdRole).toString() : QString();
}

void OrphansPanel::setCurrentOrphan(const QString &reviewId, const QString &orphanId)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->data(0, ReviewIdRole).toString() == reviewId && item->data(0, OrphanIdRole).toString() == orphanId) {
            m_list->setCurrentItem(item);
            m_list->scrollToItem(item);
            return;
        }
    }
    m_list->setCurrentItem(nullptr);
    m_list->clearSelection();
}

void OrphansPanel::showReview(const QString &reviewId)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->data(0, ReviewIdRole).toString() == reviewId) {
            m_list->setCurrentItem(item);
            m_list->scrollToItem(item);
            return;
        }
    }
}

void OrphansPanel::focusList()
{
    m_list->setFocus(Qt::OtherFocusReason);
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
}

void OrphansPanel::rebuild()
{
    const QString reviewId = currentReviewId();
    const QString orphanId = currentOrphanId();
    const int row = m_list->currentItem() ? m_list->indexOfTopLevelItem(m_list->currentItem()) : -1;
    m_rebuilding = true;
    m_list->clear();
    QList<QTreeWidgetItem *> items;
    QTreeWidgetItem *current = nullptr;
    for (int r = 0; m_project && r < m_project->reviewCount(); ++r) {
        const Review &review = m_project->review(r);
        for (const Annotation &orphan : review.orphans) {
            auto *item = new QTreeWidgetItem;
            item->setData(0, ReviewIdRole, review.id);
            item->setData(0, OrphanIdRole, orphan.id);
            item->setText(ColReview, review.label());
            item->setToolTip(ColReview, review.title);
            item->setText(ColPolarity, polarityName(orphan.polarity));
            item->setText(ColQuote, oneLine(orphan.quote));
            //: Tooltip of an orphan's quote: the text around it, the quote in guillemets.
            item->setToolTip(ColQuote, tr("…%1 «%2» %3…").arg(orphan.prefix, orphan.quote, orphan.suffix));
            item->setText(ColNote, oneLine(orphan.note));
            item->setToolTip(ColNote, orphan.note);
            item->setText(ColTags, orphan.tags.join(QStringLiteral(", ")));
            // What a screen reader says of the row, and of the cells that are empty.
            const QString description = tr("Not placed, in %1: %2").arg(review.label(), Accessibility::describeAnnotation(orphan));
            for (int c = 0; c < ColCount; ++c)
                item->setData(c, Qt::AccessibleDescriptionRole, description);
            item->setData(ColTags, Qt::AccessibleTextRole, orphan.tags.isEmpty() ? tr("no tags") : item->text(ColTags));
            item->setData(ColNote, Qt::AccessibleTextRole, orphan.note.isEmpty() ? tr("no note") : item->text(ColNote));
            items.append(item);
            if (review.id == reviewId && orphan.id == orphanId)
                current = item;
        }
    }
    m_list->addTopLevelItems(items);
    // The orphan just placed or deleted is gone: its neighbour takes its place, so the keyboard
    // can go on through the list.
    if (!current && row >= 0 && !items.isEmpty())
        current = items.at(std::min(row, int(items.size()) - 1));
    if (current)
        m_list->setCurrentItem(current);
    for (int c = 0; c < ColCount - 1; ++c)
        m_list->resizeColumnToContents(c);
    m_list->setColumnWidth(ColQuote, std::min(m_list->columnWidth(ColQuote), 320));
    m_rebuilding = false;
    updateActions();
    updateCount();
    Q_EMIT countChanged(orphanCount());
}

void OrphansPanel::updateCount()
{
    const int count = orphanCount();
    if (!m_message.isEmpty())
        m_countLabel->setText(m_message);
    else if (count == 0)
        m_countLabel->setText(tr("No orphaned annotations"));
    else
        m_countLabel->setText(tr("%n annotation(s) without a place in the current text", nullptr, count));
}

void OrphansPanel::updateActions()
{
    const QString reviewId = currentReviewId();
    int start = 0;
    int end = 0;
    m_deleteButton->setEnabled(!reviewId.isEmpty());
    m_placeButton->setEnabled(!reviewId.isEmpty() && m_selection && m_selection(reviewId, &start, &end));
}

QString OrphansPanel::placeCurrent()
{
    const QString reviewId = currentReviewId();
    const QString orphanId = currentOrphanId();
    int start = 0;
    int end = 0;
    if (!m_project || reviewId.isEmpty())
        return {};
    const Review *review = m_project->findReview(reviewId);
    if (!review || !m_selection || !m_selection(reviewId, &start, &end)) {
        m_message = tr("Select the new place in that review's column first.");
        updateCount();
        return {};
    }
    if (!m_project->placeOrphan(reviewId, orphanId, start, end)) {
        // The orphan and the selection exist: the selection holds only spaces or punctuation.
        if (review->orphanIndex(orphanId) >= 0) {
            m_message = tr("The selection holds no words to place the annotation on.");
            updateCount();
        }
        return {};
    }
    Q_EMIT orphanPlaced(reviewId, orphanId);
    return orphanId;
}

void OrphansPanel::deleteCurrent()
{
    const QString reviewId = currentReviewId();
    if (m_project && !reviewId.isEmpty())
        m_project->removeOrphan(reviewId, currentOrphanId());
}

bool OrphansPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Delete || key->matches(QKeySequence::Delete)) {
            deleteCurrent();
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            placeCurrent();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Revmark
