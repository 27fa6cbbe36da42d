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
#include <QLabel>
#include <QScrollBar>
#include <QSplitter>

namespace Revmark {

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
    if (m_project)
        m_project->disconnect(this);
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
            ReviewColumn *c = createColumn(index);
            updateVisibility();
            if (m_currentId.isEmpty())
                setCurrentReview(c->reviewId());
            updateEmptyHint();
        });
        connect(project, &Project::reviewRemoved, this, [this](const QString &reviewId, int) {
            if (ReviewColumn *c = columnFor(reviewId))
                delete c;
            m_hidden.remove(reviewId);
            if (m_currentId == reviewId)
                setCurrentReview(m_project->reviewCount() > 0 ? m_project->review(0).id : QString());
            updateVisibility();
            updateEmptyHint();
        });
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
    for (int i = 0; i < columnCount(); ++i)
        column(i)->setHeaderMenu(menu);
}

void ColumnsArea::setContextActions(const QList<QAction *> &actions)
{
    m_contextActions = actions;
    for (int i = 0; i < columnCount(); ++i)
        column(i)->textView()->setContextActions(actions);
}

int ColumnsArea::columnCount() const
{
    return m_splitter->count();
}

ReviewColumn *ColumnsArea::column(int index) const
{
    return qobject_cast<ReviewColumn *>(m_splitter->widget(index));
}

ReviewColumn *ColumnsArea::columnFor(const QString &reviewId) const
{
    for (int i = 0; i < columnCount(); ++i) {
        if (column(i)->reviewId() == reviewId)
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
    for (int i = 0; i < columnCount(); ++i)
        column(i)->setActive(column(i)->reviewId() == reviewId);
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
        const Review *review = m_project ? m_project->findReview(column(i)->reviewId()) : nullptr;
        column(i)->textView()->setCueSet(CueRepository::cueSetFor(cueSet, review ? review->language : QString()));
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
    for (int i = 0; m_project && i < m_project->reviewCount(); ++i)
        createColumn(i);
    setWidget(m_splitter);
    updateEmptyHint();
    if (!m_project)
        return;
    updateVisibility();
    setCurrentReview(m_project->reviewCount() > 0 ? m_project->review(0).id : QString());
}

ReviewColumn *ColumnsArea::createColumn(int index)
{
    const Review &review = m_project->review(index);
    auto *c = new ReviewColumn;
    c->setReview(review);
    c->setHeaderMenu(m_columnMenu);
    c->textView()->setContextActions(m_contextActions);
#ifdef REVMARK_HAVE_SYNTAX
    // Before the text arrives: the highlighter then formats each block once, as it is laid out.
    c->textView()->setCueSet(CueRepository::cueSetFor(m_cueSet, review.language));
#endif
    m_splitter->insertWidget(index, c);
    m_splitter->setStretchFactor(index, 1);
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

void ColumnsArea::updateVisibility()
{
    for (int i = 0; i < columnCount(); ++i) {
        ReviewColumn *c = column(i);
        const bool visible = m_focusMode ? c->reviewId() == m_currentId : !m_hidden.contains(c->reviewId());
        c->setVisible(visible);
    }
}

void ColumnsArea::syncFrom(ReviewColumn *source)
{
    // Relative position, because reviews differ in length: the same share of each is in view.
    const QScrollBar *bar = source->textView()->verticalScrollBar();
    const double ratio = bar->maximum() > 0 ? double(bar->value()) / bar->maximum() : 0.0;
    m_syncing = true;
    for (int i = 0; i < columnCount(); ++i) {
        ReviewColumn *c = column(i);
        if (c == source || !c->isLoaded())
            continue;
        QScrollBar *other = c->textView()->verticalScrollBar();
        other->setValue(int(ratio * other->maximum() + 0.5));
    }
    m_syncing = false;
}

} // namespace Revmark
