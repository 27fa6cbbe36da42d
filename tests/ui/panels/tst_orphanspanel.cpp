// SPDX-License-Identifier: GPL-3.0-or-later
// The Orphans dock in the main window: annotations a changed text had no place for are listed,
// placed again at a selection, or deleted, each one undo step, with mouse and keyboard.
#include "columns/columnsarea.h"
#include "mainwindow.h"
#include "panels/orphanspanel.h"
#include "project/project.h"
#include "model/qtcompat.h"
#include "columns/reviewcolumn.h"
#include "columns/reviewview.h"
#include "uitestutil.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace Revmark;
using namespace Revmark::UiTest;

namespace {

// The review's third line after a new version dropped both criticised sentences.
const QString NewText = QStringLiteral("Harbour Lights Review\n\n"
                                       "The two leads are luminous and the direction is assured. The final stretch "
                                       "is slow.\n\n"
                                       "A second paragraph adds little.");

int annotationIndex(const Review &review, const QString &id)
{
    return review.annotationIndex(id);
}

} // namespace

class TestOrphansPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void listsOrphansWithCountInHeaderAndTitle();
    void placeAtSelectionAndUndo();
    void deleteWithKeyboardAndUndo();
    void returnPlacesAtSelection();
    void placeNeedsWords();

private:
    QTreeWidget *list() const { return m_window->findChild<QTreeWidget *>(QStringLiteral("orphanList")); }
    QDockWidget *dock() const { return m_window->findChild<QDockWidget *>(QStringLiteral("orphansDock")); }
    QPushButton *button(const char *name) const
    {
        return m_window->findChild<QPushButton *>(QLatin1String(name));
    }
    ReviewColumn *column() const { return m_window->columnsArea()->column(0); }
    const Review &review() const { return m_window->project()->review(0); }

    MainWindow *m_window = nullptr;
    QString m_reviewId;
    QString m_dragsId;
    QString m_scoreId;
    QStringList m_messages;
};

void TestOrphansPanel::init()
{
    QSettings().clear();
    m_messages.clear();
    m_window = new MainWindow;
    m_window->setMessageSink([this](const QString &message) { m_messages.append(message); });
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QCOMPARE(m_window->addReviewFiles({QStringLiteral(REVMARK_TEST_DATA "/ui/harbour-lights.txt")}), 1);
    Project *project = m_window->project();
    m_reviewId = review().id;
    const QString text = review().text;
    const auto mark = [&](const QString &quote, Polarity polarity, const QStringList &tags, const QString &note) {
        const int at = int(text.indexOf(quote));
        return project->addAnnotation(m_reviewId, at, at + int(quote.size()), polarity, tags, note);
    };
    mark(QStringLiteral("luminous"), Polarity::Praise, {}, {});
    m_dragsId = mark(QStringLiteral("the last act drags badly"), Polarity::Criticism, {QStringLiteral("pacing")},
                     QStringLiteral("Third act loses its nerve"));
    m_scoreId = mark(QStringLiteral("the score is lovely"), Polarity::Praise, {QStringLiteral("music")},
                     QStringLiteral("Strings"));
    Review imported = *project->findReview(m_reviewId);
    imported.text = NewText;
    project->reimportReview(m_reviewId, imported);
    QCOMPARE(review().orphans.size(), 2);
    QCOMPARE(review().annotations.size(), 1);
}

void TestOrphansPanel::cleanup()
{
    m_window->project()->undoStack()->setClean();
    delete m_window;
    m_window = nullptr;
    QVERIFY(m_messages.isEmpty());
}

void TestOrphansPanel::listsOrphansWithCountInHeaderAndTitle()
{
    QVERIFY(list());
    QCOMPARE(list()->topLevelItemCount(), 2);
    const QTreeWidgetItem *first = list()->topLevelItem(0);
    QCOMPARE(first->text(1), polarityName(Polarity::Criticism));
    QCOMPARE(first->text(2), QStringLiteral("the last act drags badly"));
    QCOMPARE(first->text(3), QStringLiteral("Third act loses its nerve"));
    QCOMPARE(first->text(4), QStringLiteral("pacing"));
    QVERIFY(!first->text(0).isEmpty());
    QCOMPARE(list()->topLevelItem(1)->text(2), QStringLiteral("the score is lovely"));
    QCOMPARE(dock()->windowTitle(), QStringLiteral("Orphans (2)"));
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("orphanCount"))->text().contains(QLatin1Char('2')));

    // The column header counts them; a click shows the dock with that review's first orphan.
    QVERIFY(!dock()->isVisible());
    auto *count = column()->findChild<QToolButton *>(QStringLiteral("columnOrphansButton"));
    QVERIFY(count);
    QTRY_VERIFY(count->isVisible());
    QCOMPARE(count->text(), QStringLiteral("2 orphan(s)"));
    QTest::mouseClick(count, Qt::LeftButton);
    QTRY_VERIFY(dock()->isVisible());
    QTRY_VERIFY(list()->hasFocus());
    QCOMPARE(m_window->orphansPanel()->currentOrphanId(), m_dragsId);

    // The View menu toggles the dock.
    auto *toggle = m_window->findChild<QAction *>(QStringLiteral("actionShowOrphans"));
    QVERIFY(toggle);
    toggle->trigger();
    QTRY_VERIFY(!dock()->isVisible());
    toggle->trigger();
    QTRY_VERIFY(dock()->isVisible());
}

void TestOrphansPanel::placeAtSelectionAndUndo()
{
    QTest::mouseClick(column()->findChild<QToolButton *>(QStringLiteral("columnOrphansButton")), Qt::LeftButton);
    QTRY_VERIFY(list()->hasFocus());
    QPushButton *place = button("placeOrphanButton");
    QVERIFY(place);
    QVERIFY(!place->isEnabled()); // no selection yet
    QVERIFY(button("deleteOrphanButton")->isEnabled());

    // Mid-word selection: snapped to whole words, as marking does.
    ReviewView *view = column()->view();
    selectWords(view, 2, 5);
    QTest::keyClick(view, Qt::Key_Left, Qt::ShiftModifier);
    QTest::keyClick(view, Qt::Key_Left, Qt::ShiftModifier);
    QTRY_VERIFY(place->isEnabled());
    const int steps = m_window->project()->undoStack()->count();
    QTest::mouseClick(place, Qt::LeftButton);

    QCOMPARE(m_window->project()->undoStack()->count(), steps + 1);
    const int index = annotationIndex(review(), m_dragsId);
    QVERIFY(index >= 0);
    const Annotation &placed = review().annotations.at(index);
    QCOMPARE(placed.quote, QStringLiteral("The two leads are luminous"));
    QCOMPARE(placed.polarity, Polarity::Criticism);
    QCOMPARE(placed.note, QStringLiteral("Third act loses its nerve"));
    QCOMPARE(placed.tags, QStringList{QStringLiteral("pacing")});
    QCOMPARE(review().orphans.size(), 1);
    QCOMPARE(list()->topLevelItemCount(), 1);
    QCOMPARE(dock()->windowTitle(), QStringLiteral("Orphans (1)"));
    QCOMPARE(column()->findChild<QToolButton *>(QStringLiteral("columnOrphansButton"))->text(),
             QStringLiteral("1 orphan(s)"));
    // It is drawn, current, and the selection it used is gone.
    QCOMPARE(m_window->currentAnnotationId(), m_dragsId);
    QVERIFY(!view->textCursor().hasSelection());
    bool drawn = false;
    for (const QTextEdit::ExtraSelection &selection : view->extraSelections())
        drawn = drawn || selection.cursor.selectedText() == QStringLiteral("The two leads are ");
    QVERIFY(drawn); // the run up to "luminous", which has an annotation of its own
    QVERIFY(!place->isEnabled());

    m_window->findChild<QAction *>(QStringLiteral("actionUndo"))->trigger();
    QCOMPARE(review().orphans.size(), 2);
    QCOMPARE(annotationIndex(review(), m_dragsId), -1);
    QCOMPARE(list()->topLevelItemCount(), 2);
    QCOMPARE(dock()->windowTitle(), QStringLiteral("Orphans (2)"));
    m_window->findChild<QAction *>(QStringLiteral("actionRedo"))->trigger();
    QVERIFY(annotationIndex(review(), m_dragsId) >= 0);
}

void TestOrphansPanel::deleteWithKeyboardAndUndo()
{
    m_window->findChild<QAction *>(QStringLiteral("actionShowOrphans"))->trigger();
    QTRY_VERIFY(dock()->isVisible());
    list()->setFocus();
    QTRY_VERIFY(list()->hasFocus());
    QTest::keyClick(list(), Qt::Key_Home);
    QTest::keyClick(list(), Qt::Key_Down);
    QCOMPARE(m_window->orphansPanel()->currentOrphanId(), m_scoreId);
    QTest::keyClick(list(), Qt::Key_Delete);
    QCOMPARE(review().orphans.size(), 1);
    QCOMPARE(review().orphans.at(0).id, m_dragsId);
    QCOMPARE(list()->topLevelItemCount(), 1);
    // The neighbour is current, so Delete again goes on through the list.
    QCOMPARE(m_window->orphansPanel()->currentOrphanId(), m_dragsId);
    QTest::keyClick(list(), Qt::Key_Delete);
    QVERIFY(review().orphans.isEmpty());
    QCOMPARE(dock()->windowTitle(), QStringLiteral("Orphans"));
    QVERIFY(!button("deleteOrphanButton")->isEnabled());
    QTRY_VERIFY(!column()->findChild<QToolButton *>(QStringLiteral("columnOrphansButton"))->isVisible());

    QTest::keyClick(list(), Qt::Key_Z, Qt::ControlModifier);
    QTest::keyClick(list(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(review().orphans.size(), 2);
    QCOMPARE(review().orphans.at(1).id, m_scoreId);
    QCOMPARE(review().orphans.at(1).note, QStringLiteral("Strings"));
    QCOMPARE(list()->topLevelItemCount(), 2);
    QTRY_VERIFY(column()->findChild<QToolButton *>(QStringLiteral("columnOrphansButton"))->isVisible());
}

void TestOrphansPanel::returnPlacesAtSelection()
{
    m_window->findChild<QAction *>(QStringLiteral("actionShowOrphans"))->trigger();
    QTRY_VERIFY(dock()->isVisible());
    selectWords(column()->view(), 2, 2); // "The two"
    QTRY_VERIFY(column()->view()->textCursor().hasSelection());
    // Picking the row with the mouse keeps the column's selection.
    QTreeWidgetItem *second = list()->topLevelItem(1);
    // The dock has just been shown: wait until its list is laid out.
    const auto inRow = [&] {
        const QRect row = list()->visualItemRect(second);
        return QPoint(row.left() + 10, row.center().y());
    };
    QTRY_VERIFY(list()->viewport()->rect().contains(inRow()));
    QTest::mouseClick(list()->viewport(), Qt::LeftButton, Qt::NoModifier, inRow());
    QCOMPARE(m_window->orphansPanel()->currentOrphanId(), m_scoreId);
    QTRY_VERIFY(button("placeOrphanButton")->isEnabled());
    list()->setFocus();
    QTest::keyClick(list(), Qt::Key_Return);
    const int index = annotationIndex(review(), m_scoreId);
    QVERIFY(index >= 0);
    QCOMPARE(review().annotations.at(index).quote, QStringLiteral("The two"));
    QCOMPARE(review().orphans.size(), 1);
}

void TestOrphansPanel::placeNeedsWords()
{
    m_window->findChild<QAction *>(QStringLiteral("actionShowOrphans"))->trigger();
    QTRY_VERIFY(dock()->isVisible());
    // Only the blank line between two paragraphs: nothing to place on.
    ReviewView *view = column()->view();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Home, Qt::ControlModifier);
    QTest::keyClick(view, Qt::Key_End);
    QTest::keyClick(view, Qt::Key_Right, Qt::ShiftModifier);
    QTest::keyClick(view, Qt::Key_Right, Qt::ShiftModifier);
    QTRY_VERIFY(view->textCursor().hasSelection());
    list()->setFocus();
    QTest::keyClick(list(), Qt::Key_Home);
    QTRY_VERIFY(button("placeOrphanButton")->isEnabled());
    const int steps = m_window->project()->undoStack()->count();
    QTest::mouseClick(button("placeOrphanButton"), Qt::LeftButton);
    QCOMPARE(m_window->project()->undoStack()->count(), steps);
    QCOMPARE(review().orphans.size(), 2);
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("orphanCount"))->text().contains(QStringLiteral("no words")));
}

QTEST_MAIN(TestOrphansPanel)
#include "tst_orphanspanel.moc"
