// SPDX-License-Identifier: GPL-3.0-or-later
// The current annotation: set and cleared by id, gone with its annotation, and observed by the
// columns (outline), the annotation panel (current row) and the Tags menu.
#include "annotationselection.h"
#include "columns/columnsarea.h"
#include "columns/reviewcolumn.h"
#include "columns/reviewview.h"
#include "mainwindow.h"
#include "model/qtcompat.h"
#include "panels/annotationpanel.h"
#include "project/project.h"

#include <QAction>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace Revmark;

namespace {

const QString Text = QStringLiteral("A patient, luminous drama. The lead is superb, the ending rushed.");

Review makeReview(const QString &id)
{
    Review review;
    review.id = id;
    review.title = id;
    review.text = Text;
    return review;
}

QString mark(Project *project, const QString &reviewId, const QString &words)
{
    const int at = int(Text.indexOf(words));
    return project->addAnnotation(reviewId, at, at + int(words.size()), Polarity::Praise);
}

} // namespace

class TestAnnotationSelection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QSettings().clear(); }
    void setAndClear();
    void followsTheProject();
    void observedByViews();
};

void TestAnnotationSelection::setAndClear()
{
    Project project;
    project.reset(QString(), Project::defaultTags(), {makeReview(QStringLiteral("r1"))});
    const QString id = mark(&project, QStringLiteral("r1"), QStringLiteral("luminous"));
    AnnotationSelection selection(&project);
    QVERIFY(selection.isEmpty());
    QSignalSpy changed(&selection, &AnnotationSelection::changed);
    selection.set(QStringLiteral("r1"), id);
    QCOMPARE(selection.reviewId(), QStringLiteral("r1"));
    QCOMPARE(selection.annotationId(), id);
    QVERIFY(selection.annotation());
    QCOMPARE(selection.annotation()->quote, QStringLiteral("luminous"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(1).toString(), id);
    // Unknown ids clear it; the signal names the review that had the current one.
    selection.set(QStringLiteral("r1"), QStringLiteral("nope"));
    QVERIFY(selection.isEmpty());
    QVERIFY(selection.reviewId().isEmpty());
    QCOMPARE(changed.at(1).at(2).toString(), QStringLiteral("r1"));
    selection.set(QStringLiteral("r1"), id);
    selection.clear();
    QVERIFY(selection.isEmpty());
    QVERIFY(!selection.annotation());
}

void TestAnnotationSelection::followsTheProject()
{
    Project project;
    project.reset(QString(), Project::defaultTags(), {makeReview(QStringLiteral("r1")), makeReview(QStringLiteral("r2"))});
    const QString id = mark(&project, QStringLiteral("r1"), QStringLiteral("luminous"));
    const QString other = mark(&project, QStringLiteral("r2"), QStringLiteral("superb"));
    AnnotationSelection selection(&project);
    selection.set(QStringLiteral("r1"), id);
    // Another annotation's change leaves it alone.
    project.setAnnotationNote(QStringLiteral("r2"), other, QStringLiteral("note"));
    QCOMPARE(selection.annotationId(), id);
    // Deleted: cleared; undone: stays cleared (the user picks it again).
    project.removeAnnotation(QStringLiteral("r1"), id);
    QVERIFY(selection.isEmpty());
    project.undoStack()->undo();
    QVERIFY(selection.isEmpty());
    // Undoing the edit that made it.
    selection.set(QStringLiteral("r1"), id);
    project.undoStack()->undo(); // note
    QCOMPARE(selection.annotationId(), id);
    project.undoStack()->undo(); // "superb"
    project.undoStack()->undo(); // "luminous"
    QVERIFY(selection.isEmpty());
    project.undoStack()->redo();
    selection.set(QStringLiteral("r1"), id);
    // Its review removed, or a new project: cleared.
    project.removeReview(QStringLiteral("r1"));
    QVERIFY(selection.isEmpty());
    project.undoStack()->undo();
    selection.set(QStringLiteral("r1"), id);
    QVERIFY(!selection.isEmpty());
    project.reset(QString(), Project::defaultTags(), {makeReview(QStringLiteral("r1"))});
    QVERIFY(selection.isEmpty());
}

void TestAnnotationSelection::observedByViews()
{
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    Project *project = window.project();
    project->addReviews({makeReview(QStringLiteral("r1")), makeReview(QStringLiteral("r2"))});
    const QString first = mark(project, QStringLiteral("r1"), QStringLiteral("luminous"));
    const QString second = mark(project, QStringLiteral("r2"), QStringLiteral("superb"));
    AnnotationSelection *selection = window.annotationSelection();
    ReviewView *view1 = window.columnsArea()->columnFor(QStringLiteral("r1"))->view();
    ReviewView *view2 = window.columnsArea()->columnFor(QStringLiteral("r2"))->view();
    auto *tags = window.findChild<QMenu *>(QStringLiteral("tagsMenu"));
    QVERIFY(tags);
    QVERIFY(!tags->actions().at(0)->isEnabled());

    selection->set(QStringLiteral("r1"), first);
    QCOMPARE(view1->currentAnnotation(), first);
    QCOMPARE(window.annotationPanel()->currentAnnotationId(), first);
    QCOMPARE(window.currentAnnotationId(), first);
    QVERIFY(tags->actions().at(0)->isEnabled());

    // Moving to another review's annotation takes the outline from the first column.
    selection->set(QStringLiteral("r2"), second);
    QVERIFY(view1->currentAnnotation().isEmpty());
    QCOMPARE(view2->currentAnnotation(), second);
    QCOMPARE(window.annotationPanel()->currentAnnotationId(), second);

    // The Tags menu toggles the current annotation's tags, one undo step each.
    QAction *firstTag = tags->actions().at(0);
    const QString tag = firstTag->data().toString();
    firstTag->trigger();
    QCOMPARE(project->findAnnotation(QStringLiteral("r2"), second)->tags, QStringList{tag});
    QVERIFY(tags->actions().at(0)->isChecked());
    project->undoStack()->undo();
    QVERIFY(project->findAnnotation(QStringLiteral("r2"), second)->tags.isEmpty());
    QVERIFY(!tags->actions().at(0)->isChecked());

    // Cleared: the panel, the menu and the note action agree that nothing is current.
    selection->clear();
    QVERIFY(window.annotationPanel()->currentAnnotationId().isEmpty());
    QVERIFY(!tags->actions().at(0)->isEnabled());
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("actionNote"))->isEnabled());
    selection->set(QStringLiteral("r2"), second);
    QCOMPARE(window.annotationPanel()->currentAnnotationId(), second);

    // Deleting it clears the outline and disables the menu.
    project->removeAnnotation(QStringLiteral("r2"), second);
    QVERIFY(selection->isEmpty());
    QVERIFY(view2->currentAnnotation().isEmpty());
    QVERIFY(!tags->actions().at(0)->isEnabled());
    window.project()->undoStack()->setClean();
}

QTEST_MAIN(TestAnnotationSelection)
#include "tst_annotationselection.moc"
