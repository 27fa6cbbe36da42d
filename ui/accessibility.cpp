// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessibility.h"

#include "annotationselection.h"
#include "columns/columnsarea.h"
#include "columns/reviewcolumn.h"
#include "columns/reviewview.h"
#include "project/project.h"

#include <QAccessible>
#include <QWidget>

namespace Revmark {

namespace {

// Only when it differs: every change sends an event, and a reader would repeat itself.
void setName(QWidget *widget, const QString &name, const QString &description)
{
    if (widget->accessibleName() != name) {
        widget->setAccessibleName(name);
        QAccessibleEvent event(widget, QAccessible::NameChanged);
        QAccessible::updateAccessibility(&event);
    }
    if (widget->accessibleDescription() != description) {
        widget->setAccessibleDescription(description);
        QAccessibleEvent event(widget, QAccessible::DescriptionChanged);
        QAccessible::updateAccessibility(&event);
    }
}

QString oneLine(QString text, int limit)
{
    text = text.simplified();
    if (text.size() > limit)
        text = text.left(limit - 1) + QStringLiteral("…");
    return text;
}

} // namespace

Accessibility::Accessibility(ColumnsArea *columns, Project *project, AnnotationSelection *selection, QObject *parent)
    : QObject(parent)
    , m_columns(columns)
    , m_project(project)
    , m_selection(selection)
{
    setObjectName(QStringLiteral("accessibility"));
    // Connected after the columns area's handlers: the columns are in place when these run.
    // Adding hundreds of reviews inserts them one by one, and each changes every "of N": the
    // columns are named again once, when the event loop next runs.
    const auto all = [this] {
        if (m_refreshPending)
            return;
        m_refreshPending = true;
        QMetaObject::invokeMethod(this, &Accessibility::refresh, Qt::QueuedConnection);
    };
    connect(project, &Project::projectReset, this, all);
    connect(project, &Project::reviewInserted, this, all);
    connect(project, &Project::reviewRemoved, this, all);
    connect(project, &Project::reviewMoved, this, all);
    connect(project, &Project::reviewPropertiesChanged, this, &Accessibility::refreshReview);
    connect(project, &Project::annotationsChanged, this, &Accessibility::refreshReview);
    connect(project, &Project::orphansChanged, this, &Accessibility::refreshReview);
    connect(columns, &ColumnsArea::projectChanged, this, all);
    connect(columns, &ColumnsArea::columnBuilt, this, [this](ReviewColumn *, int index) { nameColumn(index); });
    connect(selection, &AnnotationSelection::changed, this, &Accessibility::announceCurrent);
    refresh();
}

QString Accessibility::columnName(const Review &review, int index, int count)
{
    QStringList parts;
    parts << (review.title.isEmpty() ? tr("Untitled review") : review.title);
    if (!review.outlet.isEmpty())
        parts << review.outlet;
    parts << tr("%n praise", nullptr, review.countOf(Polarity::Praise))
          << tr("%n criticism", nullptr, review.countOf(Polarity::Criticism));
    //: A review column as a screen reader names it: its place among the columns, then title,
    //: outlet and counts ("Review 2 of 4: The Salt Orchard, Northgate Weekly, 4 praise, 10 criticism").
    return tr("Review %1 of %2: %3").arg(index + 1).arg(count).arg(parts.join(tr(", ")));
}

QString Accessibility::columnDescription(const Review &review)
{
    QStringList parts;
    if (!review.author.isEmpty())
        parts << tr("By %1").arg(review.author);
    if (review.grade.isValid())
        parts << tr("Grade %1 (%2 out of 100)")
                     .arg(review.grade.raw.isEmpty() ? QString::number(review.grade.value) : review.grade.raw)
                     .arg(review.grade.value);
    if (!review.orphans.isEmpty())
        parts << tr("%n annotation(s) could not be placed", nullptr, int(review.orphans.size()));
    return parts.join(tr(". "));
}

QString Accessibility::describeAnnotation(const Annotation &annotation)
{
    const QString polarity = annotation.polarity == Polarity::Praise ? tr("Praise") : tr("Criticism");
    const QString tags = annotation.tags.isEmpty() ? tr("no tags") : tr("tags: %1").arg(annotation.tags.join(tr(", ")));
    const QString note = annotation.note.trimmed().isEmpty() ? tr("no note") : tr("note: %1").arg(oneLine(annotation.note, 200));
    //: The current annotation for a screen reader: polarity, the marked words, tags, note.
    return tr("%1: “%2”; %3; %4").arg(polarity, oneLine(annotation.quote, 120), tags, note);
}

void Accessibility::announce(QWidget *widget, const QString &message)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    QAccessibleAnnouncementEvent event(widget, message);
    QAccessible::updateAccessibility(&event);
#else
    Q_UNUSED(widget)
    Q_UNUSED(message)
#endif
}

void Accessibility::refresh()
{
    m_refreshPending = false;
    if (!m_columns)
        return;
    for (int i = 0; i < m_columns->columnCount(); ++i)
        nameColumn(i);
}

void Accessibility::refreshReview(const QString &reviewId)
{
    // The position in "Review 2 of 4" depends on every column; one review changed is one to name.
    for (int i = 0; m_columns && i < m_columns->columnCount(); ++i) {
        if (ReviewColumn *column = m_columns->builtColumn(i); column && column->reviewId() == reviewId)
            nameColumn(i);
    }
}

void Accessibility::nameColumn(int index)
{
    // Columns not built yet (out of sight in a large project) are named when they are.
    ReviewColumn *column = m_columns->builtColumn(index);
    const Review *review = column && m_project ? m_project->findReview(column->reviewId()) : nullptr;
    if (!review)
        return;
    const QString name = columnName(*review, index, m_columns->columnCount());
    setName(column, name, columnDescription(*review));
    const QString current = column->textView()->currentAnnotation();
    QString description = tr("No current annotation");
    for (const Annotation &annotation : review->annotations) {
        if (annotation.id == current)
            description = describeAnnotation(annotation);
    }
    setName(column->textView(), name, description);
}

void Accessibility::announceCurrent(const QString &reviewId, const QString &annotationId,
                                    const QString &previousReviewId)
{
    if (!m_columns)
        return;
    if (previousReviewId != reviewId)
        refreshReview(previousReviewId);
    ReviewColumn *column = m_columns->columnFor(reviewId);
    const Annotation *annotation = m_selection ? m_selection->annotation() : nullptr;
    if (!column || !annotation || annotationId.isEmpty())
        return;
    refreshReview(reviewId);
    const QString message = describeAnnotation(*annotation);
    announce(column->textView(), message);
    Q_EMIT announced(reviewId, message);
}

} // namespace Revmark
