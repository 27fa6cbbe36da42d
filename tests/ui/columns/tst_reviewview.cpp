// SPDX-License-Identifier: GPL-3.0-or-later
// Dragging either end of the current highlight with the mouse, in a real window: the cursor
// changes near an end, the drag selects no text, and the release is one undo step that keeps
// note and tags while the quote follows.
#include "annotationselection.h"
#include "columns/columnsarea.h"
#include "columns/reviewcolumn.h"
#include "columns/reviewview.h"
#include "mainwindow.h"
#include "model/qtcompat.h"
#include "project/project.h"
#include "uitestutil.h"

#include <QMouseEvent>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace Revmark;
using namespace Revmark::UiTest;

namespace {

QPoint pointAt(ReviewView *view, int position)
{
    QTextCursor cursor(view->document());
    cursor.setPosition(position);
    return view->cursorRect(cursor).center();
}

// QTest::mouseMove does not carry buttons on every Qt version: send the move as a drag would.
void dragTo(QWidget *viewport, const QPoint &to)
{
    QMouseEvent move(QEvent::MouseMove, to, viewport->mapToGlobal(to), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &move);
}

void hover(QWidget *viewport, const QPoint &to)
{
    QMouseEvent move(QEvent::MouseMove, to, viewport->mapToGlobal(to), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &move);
}

} // namespace

class TestReviewView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QSettings().clear(); }
    void dragEitherEnd();
};

void TestReviewView::dragEitherEnd()
{
    MainWindow window;
    window.setMessageSink([](const QString &) {});
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    Project *project = window.project();
    QCOMPARE(window.addReviewFiles({dataFile(QStringLiteral("harbour-lights.txt"))}), 1);
    ReviewView *view = window.columnsArea()->column(0)->view();
    selectWords(view, 2, 5);
    QTest::keyClick(view, Qt::Key_1, Qt::ControlModifier);
    const QString reviewId = project->review(0).id;
    const QString id = window.currentAnnotationId();
    QVERIFY(!id.isEmpty());
    project->setAnnotationNote(reviewId, id, QStringLiteral("Kept"));
    const QString text = project->review(0).text;
    const auto current = [&] { return project->findAnnotation(reviewId, id); };
    QCOMPARE(current()->quote, QStringLiteral("The two leads are luminous"));
    QWidget *viewport = view->viewport();

    // Over the end: the resize cursor; over the middle of a word: the text cursor.
    hover(viewport, pointAt(view, current()->end));
    QCOMPARE(viewport->cursor().shape(), Qt::SizeHorCursor);
    hover(viewport, pointAt(view, int(text.indexOf(QStringLiteral("leads"))) + 2));
    QCOMPARE(viewport->cursor().shape(), Qt::IBeamCursor);

    // Drag the end into "direction": the span takes the whole word.
    const int steps = project->undoStack()->count();
    QTest::mousePress(viewport, Qt::LeftButton, {}, pointAt(view, current()->end));
    const QPoint target = pointAt(view, int(text.indexOf(QStringLiteral("direction"))) + 3);
    dragTo(viewport, target);
    QCOMPARE(current()->quote, QStringLiteral("The two leads are luminous")); // not before release
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, target);
    QCOMPARE(current()->quote, QStringLiteral("The two leads are luminous and the direction"));
    QCOMPARE(project->undoStack()->count(), steps + 1);
    QCOMPARE(current()->note, QStringLiteral("Kept"));
    QCOMPARE(current()->suffix.left(4), QStringLiteral(" is "));
    QVERIFY(!view->textCursor().hasSelection());
    QCOMPARE(window.currentAnnotationId(), id);

    // Drag the start to the right, past "two".
    QTest::mousePress(viewport, Qt::LeftButton, {}, pointAt(view, current()->start));
    const QPoint start = pointAt(view, int(text.indexOf(QStringLiteral("two"))) + 4);
    dragTo(viewport, start);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, start);
    QCOMPARE(current()->quote, QStringLiteral("leads are luminous and the direction"));
    QCOMPARE(project->undoStack()->count(), steps + 2);
    QCOMPARE(current()->prefix.right(4), QStringLiteral("two "));

    // Undo, one drag at a time.
    project->undoStack()->undo();
    QCOMPARE(current()->quote, QStringLiteral("The two leads are luminous and the direction"));
    project->undoStack()->undo();
    QCOMPARE(current()->quote, QStringLiteral("The two leads are luminous"));
    QCOMPARE(current()->note, QStringLiteral("Kept"));
    project->undoStack()->setClean();
}

QTEST_MAIN(TestReviewView)
#include "tst_reviewview.moc"
