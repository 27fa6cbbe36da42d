// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace Revmark {

class AnnotationSelection;
class ColumnsArea;
class Project;
struct Annotation;
struct Review;

// What a screen reader is told about the review columns. Each column ("reviewColumn") and its
// text view ("reviewView") is named "Review 2 of 4: <title>, <outlet>, 4 praise, 10 criticism"
// (columnName()), kept current on every change to the project (after adding, removing or moving
// reviews, once the event loop runs again); the column's description names
// the author, grade and orphans. The view's description is its current annotation
// (describeAnnotation(), "Praise: “quote”; tags: …; note: …", or "No current annotation"),
// updated with a QAccessible::DescriptionChanged event whenever the current annotation changes;
// on Qt 6.8 and later an announcement event (QAccessibleAnnouncementEvent) speaks it as well.
// That version switch is here, in announce(), and nowhere else in the interface.
class Accessibility : public QObject
{
    Q_OBJECT

public:
    Accessibility(ColumnsArea *columns, Project *project, AnnotationSelection *selection, QObject *parent);

    // "Review 2 of 4: The Salt Orchard, Northgate Weekly, 4 praise, 10 criticism" (index from 0).
    static QString columnName(const Review &review, int index, int count);
    // The author, grade and orphans, for the column's description.
    static QString columnDescription(const Review &review);
    // "Praise: “quote”; tags: acting, pacing; note: …" (no tags or note: said so).
    static QString describeAnnotation(const Annotation &annotation);
    // Asks assistive technology to speak message now for widget, where the Qt version can
    // (6.8 and later); a no-op before.
    static void announce(QWidget *widget, const QString &message);

    // Names every column again (after a change the signals do not tell of).
    void refresh();

Q_SIGNALS:
    // After the accessibility events for a new current annotation (in reviewId's view) were sent (also where no
    // assistive technology listens, so the QPA plugin has none: offscreen, tests).
    void announced(const QString &reviewId, const QString &message);

private:
    void refreshReview(const QString &reviewId);
    void nameColumn(int index);
    void announceCurrent(const QString &reviewId, const QString &annotationId, const QString &previousReviewId);

    QPointer<ColumnsArea> m_columns;
    QPointer<Project> m_project;
    QPointer<AnnotationSelection> m_selection;
    bool m_refreshPending = false;
};

} // namespace Revmark
