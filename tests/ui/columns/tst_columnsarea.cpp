// SPDX-License-Identifier: GPL-3.0-or-later
// ColumnsArea builds the first columns at once and the others when they come into sight or are
// asked for; until then a placeholder holds each one's place. A project without reviews shows how
// to add some.
#include "columns/columnsarea.h"
#include "columns/findbar.h"
#include "columns/reviewcolumn.h"
#include "mainwindow.h"
#include "project/project.h"
#include "uitestutil.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSettings>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <QtTest>

using namespace Revmark;
using namespace Revmark::UiTest;

namespace {

QVector<Review> reviews(int count)
{
    QVector<Review> list;
    for (int i = 0; i < count; ++i) {
        Review review;
        review.id = newId();
        review.title = QStringLiteral("Review %1").arg(i + 1);
        review.text = QStringLiteral("The text of review %1.").arg(i + 1);
        list.append(review);
    }
    return list;
}

int builtColumns(const ColumnsArea &area)
{
    return int(area.findChildren<ReviewColumn *>().size());
}

} // namespace

class TestColumnsArea : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyProjectShowsHowToAddReviews();
    void columnsOutOfSightAreBuiltWhenScrolledTo()
    {
        Project project;
        project.reset(QStringLiteral("Many"), Project::defaultTags(), reviews(40));
        ColumnsArea area;
        area.resize(1000, 600);
        area.setProject(&project);
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));
        QCOMPARE(area.columnCount(), 40);
        QTRY_VERIFY(builtColumns(area) >= 3); // those in sight
        const int inSight = builtColumns(area);
        QVERIFY2(inSight < 20, qPrintable(QString::number(inSight)));

        area.horizontalScrollBar()->setValue(area.horizontalScrollBar()->maximum());
        QTRY_VERIFY(builtColumns(area) > inSight);
        const auto built = area.findChildren<ReviewColumn *>();
        const bool lastBuilt = std::any_of(built.cbegin(), built.cend(), [&project](const ReviewColumn *c) {
            return c->reviewId() == project.review(39).id;
        });
        QVERIFY(lastBuilt);
        QTRY_VERIFY(area.columnFor(project.review(39).id)->isLoaded());
    }

    void askingForAColumnBuildsIt()
    {
        Project project;
        project.reset(QStringLiteral("Many"), Project::defaultTags(), reviews(30));
        ColumnsArea area;
        area.setProject(&project);
        ReviewColumn *c = area.column(25);
        QVERIFY(c);
        QCOMPARE(c->reviewId(), project.review(25).id);
        QCOMPARE(area.columnFor(project.review(20).id)->reviewId(), project.review(20).id);
        QCOMPARE(area.column(25), c); // built once
        QCOMPARE(area.columnCount(), 30);
    }

    void hidingAndFocusApplyToColumnsNotYetBuilt()
    {
        Project project;
        project.reset(QStringLiteral("Many"), Project::defaultTags(), reviews(30));
        ColumnsArea area;
        area.resize(800, 500);
        area.setProject(&project);
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));
        const QString hiddenId = project.review(20).id;
        area.setReviewHidden(hiddenId, true);
        QVERIFY(!area.columnFor(hiddenId)->isVisibleTo(&area));
        QVERIFY(area.columnFor(project.review(21).id)->isVisibleTo(&area));

        area.setCurrentReview(project.review(27).id);
        area.setFocusMode(true);
        QVERIFY(area.column(27)->isVisibleTo(&area));
        QVERIFY(!area.column(26)->isVisibleTo(&area));
        area.setFocusMode(false);
        QVERIFY(area.column(26)->isVisibleTo(&area));
    }

    // Find marks columns built after the search as they are built, without building them all.
    void findMarksColumnsBuiltLater()
    {
        Project project;
        project.reset(QStringLiteral("Many"), Project::defaultTags(), reviews(30));
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *area = new ColumnsArea;
        auto *bar = new FindBar(area);
        layout->addWidget(bar);
        layout->addWidget(area);
        area->setProject(&project);
        window.resize(900, 500);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *edit = window.findChild<QLineEdit *>(QStringLiteral("findEdit"));
        QVERIFY(edit);
        edit->setFocus();
        QTest::keyClicks(edit, QStringLiteral("review 2"));
        QTRY_COMPARE(area->column(1)->findCount(), 1); // "review 2" ends "review 2." only
        QVERIFY(builtColumns(*area) < 30);
        QCOMPARE(area->column(22)->findCount(), 1); // "review 23"
        QCOMPARE(area->column(25)->findCount(), 1);
        QCOMPARE(area->column(9)->findCount(), 0);
    }

    void removingAndMovingColumnsNotYetBuilt()
    {
        Project project;
        project.reset(QStringLiteral("Many"), Project::defaultTags(), reviews(20));
        ColumnsArea area;
        area.setProject(&project);
        const QString removed = project.review(15).id;
        const QString moved = project.review(18).id;
        project.removeReview(removed);
        QCOMPARE(area.columnCount(), 19);
        QVERIFY(!area.columnFor(removed));
        project.moveReview(project.reviewIndex(moved), 0);
        QCOMPARE(area.column(0)->reviewId(), moved);
        QCOMPARE(area.columnCount(), 19);
    }
};

void TestColumnsArea::emptyProjectShowsHowToAddReviews()
{
    QSettings().clear();
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *hint = window.columnsArea()->findChild<QLabel *>(QStringLiteral("emptyHint"));
    QVERIFY(hint);
    QTRY_VERIFY(hint->isVisible());
    // It names the keys that add reviews and open a project, as the actions have them.
    const QString add = window.findChild<QAction *>(QStringLiteral("actionAddReviews"))->shortcut().toString(QKeySequence::NativeText);
    QVERIFY(!add.isEmpty());
    QVERIFY2(hint->text().contains(add.toHtmlEscaped()), qPrintable(hint->text()));
    QVERIFY(hint->geometry().intersects(window.columnsArea()->viewport()->rect()));

    QCOMPARE(window.addReviewFiles({dataFile(QStringLiteral("night-train.txt"))}), 1);
    QTRY_VERIFY(!hint->isVisible());
    // Undo takes the review away again, and the hint comes back.
    window.project()->undoStack()->undo();
    QTRY_VERIFY(hint->isVisible());
    window.project()->undoStack()->setClean();
}

QTEST_MAIN(TestColumnsArea)
#include "tst_columnsarea.moc"
