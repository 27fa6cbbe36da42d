// SPDX-License-Identifier: GPL-3.0-or-later
#include "columns/columnsarea.h"

#include "actionregistry.h"
#include "annotationselection.h"
#include "project/project.h"
#include "columns/reviewcolumn.h"
#include "columns/reviewview.h"

#ifdef REVMARK_HAVE_SYNTAX
#include "cues/cuerepository.h"
#endif

#include <QAction>
#include <QCoreApplication>
#include <QLabel>
#include <QScrollBar>
#include <QUndoStack>
#include <QSplitter>

#include <functional>

namespace Revmark {

namespace {

// Stands in for a review's column until it is first asked for or in sight: opening a project
// of a thousand reviews builds a thousand of these, which cost next to nothing to create and
// to lay out, instead of a thousand columns of labels and text views.
class ColumnPlaceholder : public QWidget
{
public:
    ColumnPlaceholder(const QString &reviewId, std::function<void()> inSight)
        : m_reviewId(reviewId)
        , m_inSight(std::move(inSight))
    {
        setObjectName(QStringLiteral("columnPlaceholder"));
        // As a ReviewColumn's, so the splitter's widths and the scroll range do not jump.
        setMinimumWidth(300);
        setMaximumWidth(4000);
    }

    QString reviewId() const { return m_reviewId; }

protected:
    void paintEvent(QPaintEvent *) override
    {
        // Painted means in sight; replacing it must wait until the painting is over.
        if (!m_queued) {
            m_queued = true;
            QMetaObject::invokeMethod(this, m_inSight, Qt::QueuedConnection);
        }
    }

private:
    QString m_reviewId;
    std::function<void()> m_inSight;
    bool m_queued = false;
};

// The first columns are built at once: they are in sight on any screen and must never flash empty.
constexpr int ColumnsBuiltAtOnce = 6;

} // namespace

ColumnsArea::ColumnsArea(QWidget *parent)
    : QScrollArea(parent)
{
    setObjectName(QStringLiteral("columnsArea"));
    m_emptyHint = new QLabel(viewport());
    m_emptyHint->setObjectName(QStringLiteral("emptyHint"));
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setMargin(24);
    m_emptyHint->hide();
    setWidgetResizable(true);
    rebuild();
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
}

void ColumnsArea::setProject(Project *project)
{
    if (m_project) {
        m_project->disconnect(this);
        m_project->undoStack()->disconnect(this);
    }
    m_project = project;
    m_hidden.clear();
    m_currentId.clear();
    if (project) {
        connect(project, &Project::projectReset, this, [this] {
            // Another project: what was hidden belonged to the one before.
            const bool hadHidden = !m_hidden.isEmpty();
            m_hidden.clear();
            rebuild();
            if (hadHidden)
                Q_EMIT hiddenChanged();
        });
        connect(project, &Project::reviewInserted, this, [this](int index) {
            // Adding a thousand files inserts a thousand reviews: beyond the first columns a
            // placeholder stands in (built when in sight), and only the new one's visibility is set.
            const QString id = m_project->review(index).id;
            if (columnCount() < ColumnsBuiltAtOnce) {
                createColumn(index);
                m_splitter->widget(index)->setVisible(m_focusMode ? id == m_currentId : !m_hidden.contains(id));
            } else {
                auto *placeholder = new ColumnPlaceholder(id, [this, id] { columnFor(id); });
                placeholder->hide();
                m_splitter->insertWidget(index, placeholder);
                m_splitter->setStretchFactor(index, 1);
                // A shown splitter lays out every shown column on each insertion: placeholders
                // shown one by one made adding a thousand files quadratic (seconds of frozen
                // window). They are shown together once the whole batch is in: when its undo
                // step is done, or else when the event loop is reached.
                if (!m_visibilityPending) {
                    m_visibilityPending = true;
                    QMetaObject::invokeMethod(this, &ColumnsArea::showPendingColumns, Qt::QueuedConnection);
                }
            }
            if (m_currentId.isEmpty())
                setCurrentReview(id);
            updateEmptyHint();
        });
        connect(project, &Project::reviewRemoved, this, [this](const QString &reviewId, int) {
            for (int i = 0; i < columnCount(); ++i) {
                if (reviewIdAt(i) == reviewId) {
                    delete m_splitter->widget(i);
                    break;
                }
            }
            m_hidden.remove(reviewId);
            if (m_currentId == reviewId)
                setCurrentReview(m_project->reviewCount() > 0 ? m_project->review(0).id : QString());
            updateVisibility();
            updateEmptyHint();
        });
        connect(project->undoStack(), &QUndoStack::indexChanged, this, &ColumnsArea::showPendingColumns);
        connect(project, &Project::reviewMoved, this, [this](int from, int to) {
            m_splitter->insertWidget(to, m_splitter->widget(from));
        });
        connect(project, &Project::reviewPropertiesChanged, this, &ColumnsArea::refreshReview);
        connect(project, &Project::annotationsChanged, this, &ColumnsArea::refreshReview);
        connect(project, &Project::orphansChanged, this, &ColumnsArea::refreshReview);
        connect(project, &Project::setAsideChanged, this, &ColumnsArea::refreshReview);
    }
    rebuild();
    Q_EMIT projectChanged();
}

Project *ColumnsArea::project() const
{
    return m_project;
}

void ColumnsArea::setAnnotationSelection(AnnotationSelection *selection)
{
    m_selection = selection;
    connect(selection, &AnnotationSelection::changed, this,
            [this](const QString &reviewId, const QString &annotationId, const QString &previousReviewId) {
                if (ReviewColumn *previous = columnFor(previousReviewId))
                    previous->textView()->setCurrentAnnotation({});
                if (ReviewColumn *c = columnFor(reviewId))
                    c->textView()->setCurrentAnnotation(annotationId);
            });
    connect(this, &ColumnsArea::annotationClicked, selection, &AnnotationSelection::set);
}

void ColumnsArea::setColumnMenu(QMenu *menu)
{
    m_columnMenu = menu;
    for (int i = 0; i < columnCount(); ++i) {
        if (ReviewColumn *c = builtColumn(i))
            c->setHeaderMenu(menu);
    }
}

void ColumnsArea::setContextActions(const QList<QAction *> &actions)
{
    m_contextActions = actions;
    for (int i = 0; i < columnCount(); ++i) {
        if (ReviewColumn *c = builtColumn(i))
            c->textView()->setContextActions(actions);
    }
}

int ColumnsArea::columnCount() const
{
    return m_splitter->count();
}

ReviewColumn *ColumnsArea::column(int index) const
{
    if (auto *placeholder = dynamic_cast<ColumnPlaceholder *>(m_splitter->widget(index)))
        const_cast<ColumnsArea *>(this)->build(placeholder);
    return builtColumn(index);
}

ReviewColumn *ColumnsArea::builtColumn(int index) const
{
    return qobject_cast<ReviewColumn *>(m_splitter->widget(index));
}

QString ColumnsArea::reviewIdAt(int index) const
{
    if (const ReviewColumn *c = builtColumn(index))
        return c->reviewId();
    const auto *placeholder = dynamic_cast<const ColumnPlaceholder *>(m_splitter->widget(index));
    return placeholder ? placeholder->reviewId() : QString();
}

ReviewColumn *ColumnsArea::columnFor(const QString &reviewId) const
{
    if (reviewId.isEmpty())
        return nullptr;
    for (int i = 0; i < columnCount(); ++i) {
        if (reviewIdAt(i) == reviewId)
            return column(i);
    }
    return nullptr;
}

ReviewColumn *ColumnsArea::currentColumn() const
{
    return columnFor(m_currentId);
}

QString ColumnsArea::currentReviewId() const
{
    return m_currentId;
}

void ColumnsArea::setCurrentReview(const QString &reviewId)
{
    if (m_currentId == reviewId)
        return;
    m_currentId = reviewId;
    for (int i = 0; i < columnCount(); ++i) {
        if (ReviewColumn *c = builtColumn(i))
            c->setActive(c->reviewId() == reviewId);
    }
    if (m_focusMode)
        updateVisibility();
    if (ReviewColumn *c = currentColumn())
        ensureWidgetVisible(c, 0, 0);
    Q_EMIT currentReviewChanged(reviewId);
}

void ColumnsArea::setReviewHidden(const QString &reviewId, bool hidden)
{
    if (hidden == m_hidden.contains(reviewId))
        return;
    if (hidden)
        m_hidden.insert(reviewId);
    else
        m_hidden.remove(reviewId);
    updateVisibility();
    Q_EMIT hiddenChanged();
}

void ColumnsArea::showAllColumns()
{
    m_hidden.clear();
    updateVisibility();
    Q_EMIT hiddenChanged();
}

void ColumnsArea::setFocusMode(bool on)
{
    m_focusMode = on;
    updateVisibility();
}

void ColumnsArea::setSyncScrolling(bool on)
{
    m_syncScrolling = on;
    if (on && currentColumn())
        syncFrom(currentColumn());
}

#ifdef REVMARK_HAVE_SYNTAX
void ColumnsArea::setCueSet(const QString &cueSet)
{
    m_cueSet = cueSet;
    for (int i = 0; i < columnCount(); ++i) {
        if (ReviewColumn *c = builtColumn(i)) {
            const Review *review = m_project ? m_project->findReview(c->reviewId()) : nullptr;
            c->textView()->setCueSet(CueRepository::cueSetFor(cueSet, review ? review->language : QString()));
        }
    }
}
#endif

void ColumnsArea::rebuild()
{
    // A splitter lays out all its widgets on every insertion while it is shown; filling a new
    // one before showing it keeps opening a project with hundreds of reviews linear.
    delete takeWidget();
    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(QStringLiteral("columnsSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setHandleWidth(6);
    m_currentId.clear();
    // Each insertion makes the splitter add up the sizes of every shown widget in it: inserted
    // hidden, they are shown together by updateVisibility() below, with one such pass.
    for (int i = 0; m_project && i < m_project->reviewCount(); ++i) {
        if (i < ColumnsBuiltAtOnce) {
            createColumn(i, -1, true);
        } else {
            const QString id = m_project->review(i).id;
            auto *placeholder = new ColumnPlaceholder(id, [this, id] { columnFor(id); });
            placeholder->hide();
            m_splitter->insertWidget(i, placeholder);
            m_splitter->setStretchFactor(i, 1);
        }
    }
    setWidget(m_splitter);
    updateEmptyHint();
    if (!m_project)
        return;
    updateVisibility();
    // The splitter would lay the shown columns out when the posted request arrives; callers
    // (and the first paint) expect them in place now.
    QEvent layoutRequest(QEvent::LayoutRequest);
    QCoreApplication::sendEvent(m_splitter, &layoutRequest);
    setCurrentReview(m_project->reviewCount() > 0 ? m_project->review(0).id : QString());
}

void ColumnsArea::build(QWidget *placeholder)
{
    const int index = m_splitter->indexOf(placeholder);
    const QString id = static_cast<ColumnPlaceholder *>(placeholder)->reviewId();
    const int reviewIndex = m_project ? m_project->reviewIndex(id) : -1;
    if (index < 0 || reviewIndex < 0)
        return;
    // The splitter gives the column the placeholder's geometry and visibility.
    ReviewColumn *c = createColumn(reviewIndex, index);
    c->setMinimumWidth(placeholder->minimumWidth()); // a width the user set (ColumnWidths) stays
    c->setActive(id == m_currentId);
    placeholder->deleteLater();
    Q_EMIT columnBuilt(c, index);
}

ReviewColumn *ColumnsArea::createColumn(int index, int replacing, bool hidden)
{
    const Review &review = m_project->review(index);
    auto *c = new ReviewColumn;
    if (hidden)
        c->hide();
    c->setReview(review);
    c->setHeaderMenu(m_columnMenu);
    c->textView()->setContextActions(m_contextActions);
#ifdef REVMARK_HAVE_SYNTAX
    // Before the text arrives: the highlighter then formats each block once, as it is laid out.
    c->textView()->setCueSet(CueRepository::cueSetFor(m_cueSet, review.language));
#endif
    if (replacing >= 0) {
        m_splitter->replaceWidget(replacing, c);
    } else {
        m_splitter->insertWidget(index, c);
        m_splitter->setStretchFactor(index, 1);
    }
    // The first columns are in sight on any screen; load them now so they never flash empty.
    if (index < 4)
        c->ensureLoaded();
    const QString id = review.id;
    connect(c, &ReviewColumn::activated, this, [this, id] { setCurrentReview(id); });
    connect(c, &ReviewColumn::orphansClicked, this, [this, id] { Q_EMIT orphansClicked(id); });
    connect(c->textView(), &ReviewView::annotationClicked, this,
            [this, id](const QString &annotationId) { Q_EMIT annotationClicked(id, annotationId); });
    connect(c->textView(), &ReviewView::suggestionClicked, this,
            [this, id](int index) { Q_EMIT suggestionClicked(id, index); });
    connect(c->textView(), &ReviewView::spanAdjusted, this, [this, id](const QString &annotationId, int start, int end) {
        if (m_project)
            m_project->setAnnotationRange(id, annotationId, start, end);
    });
    connect(c->textView(), &QTextEdit::selectionChanged, this, &ColumnsArea::selectionChanged);
    connect(c->textView(), &ReviewView::setAsideRequested, this, [this, id](const TextRange &passage, bool setAside) {
        if (m_project)
            m_project->setPassageSetAside(id, passage, setAside);
    });
    connect(c->textView()->verticalScrollBar(), &QScrollBar::valueChanged, this, [this, c] {
        if (m_syncScrolling && !m_syncing)
            syncFrom(c);
    });
    return c;
}

void ColumnsArea::refreshReview(const QString &reviewId)
{
    const Review *review = m_project ? m_project->findReview(reviewId) : nullptr;
    ReviewColumn *c = columnFor(reviewId);
    if (!review || !c)
        return;
    c->setReview(*review);
#ifdef REVMARK_HAVE_SYNTAX
    // The language may have changed (Review Properties): its cue set follows.
    c->textView()->setCueSet(CueRepository::cueSetFor(m_cueSet, review->language));
#endif
}

void ColumnsArea::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    m_emptyHint->setGeometry(viewport()->rect());
}

void ColumnsArea::showEvent(QShowEvent *event)
{
    QScrollArea::showEvent(event);
    updateEmptyHint(); // the window's actions, whose keys the hint names, exist by now
}

void ColumnsArea::updateEmptyHint()
{
    const bool empty = m_project && m_project->reviewCount() == 0;
    m_emptyHint->setVisible(empty);
    if (!empty)
        return;
    const ActionRegistry *registry = ActionRegistry::of(this);
    const auto keys = [registry](const char *id) {
        const QString name = QLatin1String(id);
        return registry && registry->contains(name) ? registry->action(name)->shortcut().toString(QKeySequence::NativeText)
                                                    : QString();
    };
    const QString add = keys("actionAddReviews");
    const QString open = keys("actionOpen");
    QString text = QStringLiteral("<p style='font-size:large'><b>%1</b></p>").arg(tr("No reviews yet").toHtmlEscaped());
    text += QStringLiteral("<p>%1</p>").arg(
        (add.isEmpty() ? tr("Add review files (plain text, Markdown, HTML) with File › Add Reviews…, or drop them on "
                            "this window.")
                       : tr("Press %1 to add review files (plain text, Markdown, HTML), or drop them on this window.")
                             .arg(add))
            .toHtmlEscaped());
    if (!open.isEmpty())
        text += QStringLiteral("<p>%1</p>").arg(tr("Press %1 to open a project.").arg(open).toHtmlEscaped());
    m_emptyHint->setText(text);
    m_emptyHint->setGeometry(viewport()->rect());
    m_emptyHint->raise();
}

void ColumnsArea::showPendingColumns()
{
    if (!m_visibilityPending)
        return;
    m_visibilityPending = false;
    updateVisibility();
}

void ColumnsArea::updateVisibility()
{
    for (int i = 0; i < columnCount(); ++i) {
        const QString id = reviewIdAt(i);
        const bool visible = m_focusMode ? id == m_currentId : !m_hidden.contains(id);
        m_splitter->widget(i)->setVisible(visible);
    }
}

void ColumnsArea::syncFrom(ReviewColumn *source)
{
    // Relative position, because reviews differ in length: the same share of each is in view.
    const QScrollBar *bar = source->textView()->verticalScrollBar();
    const double ratio = bar->maximum() > 0 ? double(bar->value()) / bar->maximum() : 0.0;
    m_syncing = true;
    for (int i = 0; i < columnCount(); ++i) {
        ReviewColumn *c = builtColumn(i);
        if (!c || c == source || !c->isLoaded())
            continue;
        QScrollBar *other = c->textView()->verticalScrollBar();
        other->setValue(int(ratio * other->maximum() + 0.5));
    }
    m_syncing = false;
}

} // namespace Revmark
