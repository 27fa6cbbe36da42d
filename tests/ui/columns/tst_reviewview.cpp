// SPDX-License-Identifier: GPL-3.0-or-later
// ReviewView in a real window: passages set aside (dimmed, toggled from the context menu, one undo
// step each), and dragging either end of the current highlight with the mouse (the cursor changes
// near an end, the drag selects no text, the release is one undo step that keeps note and tags).
#include "annotationselection.h"
#include "columns/columnsarea.h"
#include "columns/reviewcolumn.h"
#include "columns/reviewview.h"
#include "mainwindow.h"
#include "model/qtcompat.h"
#include "project/project.h"
#include "uitestutil.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTimer>
#include <QUndoStack>

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
    void init();
    void cleanup();
    void importedBoilerplateIsDimmed();
    void contextMenuIncludesAndSetsAside();
    void setAsideSelectionWidensToLines();
    void dragEitherEnd();

private:
    ReviewView *view() const { return m_window->columnsArea()->column(0)->textView(); }
    const Review &review() const { return m_window->project()->review(0); }
    // Opens the context menu at text position and triggers the action with this objectName
    // with the keyboard; false when the menu did not offer it.
    bool chooseFromContextMenu(int position, const QString &actionName);

    MainWindow *m_window = nullptr;
};

void TestReviewView::init()
{
    QSettings().clear();
    m_window = new MainWindow;
    m_window->setMessageSink([](const QString &message) { QFAIL(qPrintable(message)); });
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QCOMPARE(m_window->addReviewFiles({dataFile(QStringLiteral("webpage.txt"))}), 1);
    m_window->project()->undoStack()->setClean();
}

void TestReviewView::cleanup()
{
    m_window->project()->undoStack()->setClean();
    delete m_window;
    m_window = nullptr;
}

bool TestReviewView::chooseFromContextMenu(int position, const QString &actionName)
{
    QTextCursor cursor(view()->document());
    cursor.setPosition(position);
    const QPoint pos = view()->cursorRect(cursor).center();
    bool offered = false;
    QTimer::singleShot(0, this, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        QAction *action = menu->findChild<QAction *>(actionName);
        offered = action && menu->actions().contains(action);
        if (offered) {
            menu->setActiveAction(action);
            QTest::keyClick(menu, Qt::Key_Return);
        } else {
            menu->close();
        }
    });
    QContextMenuEvent event(QContextMenuEvent::Mouse, pos, view()->viewport()->mapToGlobal(pos));
    QApplication::sendEvent(view()->viewport(), &event);
    return offered;
}

void TestReviewView::importedBoilerplateIsDimmed()
{
    QCOMPARE(review().title, QStringLiteral("Night Swimmers Review"));
    QCOMPARE(review().author, QStringLiteral("Corin Ashdown"));
    QCOMPARE(review().outlet, QStringLiteral("The Picture House"));
    QCOMPARE(review().setAside.size(), 2);
    QCOMPARE(view()->setAside(), review().setAside);
    // Drawn dimmer than the review's own text, through an extra selection over each passage.
    bool found = false;
    const QList<QTextEdit::ExtraSelection> selections = view()->extraSelections();
    for (const QTextEdit::ExtraSelection &selection : selections) {
        if (selection.cursor.selectionStart() != 0)
            continue;
        found = true;
        QVERIFY(selection.format.foreground().color() != view()->palette().color(QPalette::Text));
    }
    QVERIFY(found);
}

void TestReviewView::contextMenuIncludesAndSetsAside()
{
    const TextRange site = review().setAside.first();
    QVERIFY(!chooseFromContextMenu(site.start + 2, QStringLiteral("setAsidePassageAction")));
    QVERIFY(chooseFromContextMenu(site.start + 2, QStringLiteral("includePassageAction")));
    QTRY_COMPARE(review().setAside.size(), 1);
    QCOMPARE(view()->setAside().size(), 1);
    QCOMPARE(m_window->project()->undoStack()->undoText(), QStringLiteral("Include Passage"));

    // The standfirst, set aside by hand: its whole line.
    const int standfirst = int(review().text.indexOf(QLatin1String("A slow, luminous")));
    QVERIFY(chooseFromContextMenu(standfirst + 10, QStringLiteral("setAsidePassageAction")));
    QTRY_COMPARE(review().setAside.size(), 2);
    const TextRange line = review().setAside.first();
    QCOMPARE(line.start, standfirst);
    QCOMPARE(review().text.at(line.end), QLatin1Char('\n'));

    // Each was one step.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QTest::keyClick(m_window, Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(view()->setAside().size(), 1);
    QTest::keyClick(m_window, Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(view()->setAside().size(), 2);
    QCOMPARE(view()->setAside().first(), site);
    QVERIFY(!m_window->project()->isModified());
}

void TestReviewView::setAsideSelectionWidensToLines()
{
    const int body = int(review().text.indexOf(QLatin1String("The film opens")));
    QTextCursor cursor(view()->document());
    cursor.setPosition(body + 4);
    cursor.setPosition(body + 12, QTextCursor::KeepAnchor);
    view()->setTextCursor(cursor);
    QVERIFY(chooseFromContextMenu(body + 6, QStringLiteral("setAsidePassageAction")));
    QTRY_COMPARE(review().setAside.size(), 3);
    const TextRange passage = review().setAside.at(1);
    QCOMPARE(passage.start, body);
    QCOMPARE(passage.end, int(review().text.indexOf(QLatin1Char('\n'), body)));
}

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
