// SPDX-License-Identifier: GPL-3.0-or-later
// The main window driven as a user would: real widgets offscreen, keyboard and mouse events.
#include "panels/annotationpanel.h"
#include "columns/columnsarea.h"
#include "mainwindow.h"
#include "project/project.h"
#include "project/projectfile.h"
#include "model/qtcompat.h"
#include "columns/reviewcolumn.h"
#include "columns/reviewview.h"
#include "uitestutil.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QTimer>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTreeView>

using namespace Revmark;
using namespace Revmark::UiTest;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void opensSampleOnFirstStart();
    void markWithKeyboardNoteUndoSaveReopen();
    void clickOnHighlightSelectsAnnotation();
    void multiFileAddReportsBadFilesAndKeepsGoodOnes();
    void badProjectLeavesCurrentProjectAlone();
    void dropAddsReviews();
    void columnsMoveHideAndFocus();
    void relabelWithoutSelection();
    void columnsOutOfSightLoadWhenScrolledTo();
    void markingKeepsTheReadingPlace();
    void closingWithUnsavedChangesAsks_data();
    void closingWithUnsavedChangesAsks();
    void aboutNamesTheOptionalParts();

private:
    MainWindow *m_window = nullptr;
    QStringList m_messages;
    QTemporaryDir m_dir;
};

void TestMainWindow::init()
{
    m_messages.clear();
    QSettings().clear();
    m_window = new MainWindow;
    m_window->setMessageSink([this](const QString &message) { m_messages.append(message); });
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestMainWindow::cleanup()
{
    // Nothing may ask questions when the test window goes away.
    m_window->project()->undoStack()->setClean();
    delete m_window;
    m_window = nullptr;
}

void TestMainWindow::opensSampleOnFirstStart()
{
    m_window->openStartupFiles({}, {});
    QVERIFY(m_window->project()->reviewCount() >= 3);
    QVERIFY(m_window->project()->annotationCount() > 20);
    QVERIFY(!m_window->project()->isModified());
    QCOMPARE(m_window->columnsArea()->columnCount(), m_window->project()->reviewCount());
    // Side by side: every column visible and the first ones next to each other.
    ReviewColumn *first = m_window->columnsArea()->column(0);
    ReviewColumn *second = m_window->columnsArea()->column(1);
    QVERIFY(first->isVisible() && second->isVisible());
    QVERIFY(second->mapTo(m_window, QPoint()).x() > first->mapTo(m_window, QPoint()).x());
    auto *list = m_window->findChild<QTreeView *>(QStringLiteral("annotationList"));
    QVERIFY(list);
    QCOMPARE(list->model()->rowCount(), m_window->project()->annotationCount());
    QVERIFY(m_messages.isEmpty());
    // The bundled sample is a valid project that needs no repair.
    const ProjectLoadResult sample = ProjectFile::load(QStringLiteral(":/revmark/sample.revmark"));
    QVERIFY2(sample.ok, qPrintable(sample.error));
    QVERIFY2(sample.warnings.isEmpty(), qPrintable(sample.warnings.join(QLatin1Char('\n'))));
}

void TestMainWindow::markWithKeyboardNoteUndoSaveReopen()
{
    QCOMPARE(m_window->addReviewFiles({dataFile(QStringLiteral("harbour-lights.txt"))}), 1);
    ReviewColumn *column = m_window->columnsArea()->column(0);
    QVERIFY(column);
    ReviewView *view = column->view();
    auto *list = m_window->findChild<QTreeView *>(QStringLiteral("annotationList"));
    QCOMPARE(list->model()->rowCount(), 0);

    // Third line: "The two leads are luminous and ..."; select "The two leads are luminous".
    selectWords(view, 2, 5);
    QVERIFY(view->textCursor().hasSelection());
    QTest::keyClick(view, Qt::Key_1, Qt::ControlModifier);

    QTRY_COMPARE(list->model()->rowCount(), 1);
    const Review &review = m_window->project()->review(0);
    QCOMPARE(review.annotations.size(), 1);
    const Annotation added = review.annotations.first();
    QCOMPARE(added.polarity, Polarity::Praise);
    // Snapped: no trailing space from the keyboard selection.
    QCOMPARE(added.quote, QStringLiteral("The two leads are luminous"));
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("[*]")));
    QVERIFY(m_window->isWindowModified());

    // A note, typed: one undo step however many keystrokes.
    const int stepsBefore = m_window->project()->undoStack()->count();
    m_window->findChild<QAction *>(QStringLiteral("actionNote"))->trigger();
    auto *note = m_window->findChild<QPlainTextEdit *>(QStringLiteral("noteEdit"));
    QVERIFY(note);
    QTRY_VERIFY(note->hasFocus());
    QTest::keyClicks(note, QStringLiteral("Both critics agree"));
    QCOMPARE(m_window->project()->review(0).annotations.first().note, QStringLiteral("Both critics agree"));
    QCOMPARE(m_window->project()->undoStack()->count(), stepsBefore + 1);

    // Undo takes the whole note back, then the annotation; redo restores both.
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_window->project()->review(0).annotations.first().note, QString());
    QTRY_COMPARE(note->toPlainText(), QString());
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_window->project()->review(0).annotations.size(), 0);
    QTRY_COMPARE(list->model()->rowCount(), 0);
    m_window->findChild<QAction *>(QStringLiteral("actionRedo"))->trigger();
    m_window->findChild<QAction *>(QStringLiteral("actionRedo"))->trigger();
    QCOMPARE(m_window->project()->review(0).annotations.first().note, QStringLiteral("Both critics agree"));
    QTRY_COMPARE(list->model()->rowCount(), 1);

    // Save, reopen in a fresh window: still there.
    const QString path = m_dir.filePath(QStringLiteral("mark.revmark"));
    QVERIFY(m_window->saveProjectAs(path));
    QVERIFY(!m_window->isWindowModified());
    QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("mark")));

    MainWindow reopened;
    reopened.setMessageSink([this](const QString &message) { m_messages.append(message); });
    QVERIFY(reopened.openProject(path));
    QCOMPARE(reopened.project()->reviewCount(), 1);
    const Annotation again = reopened.project()->review(0).annotations.value(0);
    QCOMPARE(again.id, added.id);
    QCOMPARE(again.quote, added.quote);
    QCOMPARE(again.note, QStringLiteral("Both critics agree"));
    QCOMPARE(again.polarity, Polarity::Praise);
    auto *reopenedList = reopened.findChild<QTreeView *>(QStringLiteral("annotationList"));
    QCOMPARE(reopenedList->model()->rowCount(), 1);
    QVERIFY(m_messages.isEmpty());
}

void TestMainWindow::clickOnHighlightSelectsAnnotation()
{
    QCOMPARE(m_window->addReviewFiles({dataFile(QStringLiteral("night-train.txt"))}), 1);
    const Review &review = m_window->project()->review(0);
    const int start = int(review.text.indexOf(QStringLiteral("clumsy")));
    const QString id = m_window->project()->addAnnotation(review.id, start, start + 6, Polarity::Criticism);
    QVERIFY(!id.isEmpty());
    m_window->setCurrentAnnotation({}, {});

    ReviewView *view = m_window->columnsArea()->column(0)->view();
    QTextCursor cursor(view->document());
    cursor.setPosition(start + 2);
    const QPoint inside = view->cursorRect(cursor).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, inside);
    QTRY_COMPARE(m_window->currentAnnotationId(), id);
    QCOMPARE(m_window->annotationPanel()->currentAnnotationId(), id);

    // Delete removes it while the columns have focus.
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(m_window->project()->review(0).annotations.size(), 0);
}

void TestMainWindow::multiFileAddReportsBadFilesAndKeepsGoodOnes()
{
    const QString missing = m_dir.filePath(QStringLiteral("missing.txt"));
    const int added = m_window->addReviewFiles({dataFile(QStringLiteral("harbour-lights.txt")),
                                                dataFile(QStringLiteral("empty.txt")), missing,
                                                dataFile(QStringLiteral("night-train.txt"))});
    QCOMPARE(added, 2);
    QCOMPARE(m_window->project()->reviewCount(), 2);
    QCOMPARE(m_messages.size(), 1);
    QVERIFY2(m_messages.first().contains(QStringLiteral("empty.txt")), qPrintable(m_messages.first()));
    QVERIFY2(m_messages.first().contains(QStringLiteral("missing.txt")), qPrintable(m_messages.first()));
    // One undo step for the whole add.
    QCOMPARE(m_window->project()->undoStack()->count(), 1);
    m_window->project()->undoStack()->undo();
    QCOMPARE(m_window->project()->reviewCount(), 0);
    QCOMPARE(m_window->columnsArea()->columnCount(), 0);
}

void TestMainWindow::badProjectLeavesCurrentProjectAlone()
{
    m_window->addReviewFiles({dataFile(QStringLiteral("harbour-lights.txt"))});
    Project *before = m_window->project();
    const QByteArray state = ProjectFile::serialize(*before);
    QVERIFY(!m_window->openProject(dataFile(QStringLiteral("truncated.revmark"))));
    QCOMPARE(m_window->project(), before);
    QCOMPARE(ProjectFile::serialize(*m_window->project()), state);
    QVERIFY(m_window->project()->isModified());
    QCOMPARE(m_messages.size(), 1);
    QVERIFY(m_messages.first().contains(QStringLiteral("truncated.revmark")));
}

void TestMainWindow::dropAddsReviews()
{
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(dataFile(QStringLiteral("night-train.txt")))});
    const QPoint at = m_window->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window, &drop);
    QCOMPARE(m_window->project()->reviewCount(), 1);
    QCOMPARE(m_window->project()->review(0).title, QStringLiteral("Night Train Notes"));
}

void TestMainWindow::columnsMoveHideAndFocus()
{
    m_window->addReviewFiles({dataFile(QStringLiteral("harbour-lights.txt")), dataFile(QStringLiteral("night-train.txt"))});
    ColumnsArea *columns = m_window->columnsArea();
    const QString first = m_window->project()->review(0).id;
    columns->setCurrentReview(first);
    m_window->findChild<QAction *>(QStringLiteral("actionMoveRight"))->trigger();
    QCOMPARE(m_window->project()->review(1).id, first);
    QCOMPARE(columns->column(1)->reviewId(), first);
    m_window->project()->undoStack()->undo();
    QCOMPARE(columns->column(0)->reviewId(), first);

    m_window->findChild<QAction *>(QStringLiteral("actionHideColumn"))->trigger();
    QVERIFY(!columns->columnFor(first)->isVisible());
    QVERIFY(columns->column(1)->isVisible());
    columns->showAllColumns();
    QVERIFY(columns->columnFor(first)->isVisible());

    columns->setCurrentReview(first);
    m_window->findChild<QAction *>(QStringLiteral("actionFocusMode"))->trigger();
    QVERIFY(columns->columnFor(first)->isVisible());
    QVERIFY(!columns->column(1)->isVisible());
    m_window->findChild<QAction *>(QStringLiteral("actionFocusMode"))->trigger();
    QVERIFY(columns->column(1)->isVisible());
}

void TestMainWindow::relabelWithoutSelection()
{
    m_window->addReviewFiles({dataFile(QStringLiteral("night-train.txt"))});
    ReviewView *view = m_window->columnsArea()->column(0)->view();
    selectWords(view, 2, 3);
    const QString id = m_window->markSelection(Polarity::Criticism);
    QVERIFY(!id.isEmpty());
    QVERIFY(!view->textCursor().hasSelection());
    QCOMPARE(m_window->currentAnnotationId(), id);
    QTest::keyClick(view, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(m_window->project()->findAnnotation(m_window->project()->review(0).id, id)->polarity, Polarity::Praise);
    QCOMPARE(m_window->project()->review(0).annotations.size(), 1);
}

// Reviews copied from the web, and French ones, hold no-break spaces. Marking in such a text must
// not reset the column's document (QTextEdit::toPlainText() turns them into plain spaces, so a
// comparison with it saw a new text on every annotation) and so throw the reader to the top.
void TestMainWindow::markingKeepsTheReadingPlace()
{
    QCOMPARE(m_window->addReviewFiles({dataFile(QStringLiteral("no-break-spaces.txt"))}), 1);
    QVERIFY(m_window->project()->review(0).text.contains(QChar(0x00A0)));
    ReviewView *view = m_window->columnsArea()->column(0)->view();
    QScrollBar *bar = view->verticalScrollBar();
    QTRY_VERIFY(bar->maximum() > 0);
    // Far down the text: the keyboard selection scrolls there.
    selectWords(view, 70, 3);
    QTRY_VERIFY(bar->value() > 0);
    const int scrolled = bar->value();
    QSignalSpy contents(view->document(), &QTextDocument::contentsChanged);

    QTest::keyClick(view, Qt::Key_2, Qt::ControlModifier);
    QTRY_COMPARE(m_window->project()->review(0).annotations.size(), 1);
    QCOMPARE(contents.count(), 0);
    QCOMPARE(bar->value(), scrolled);
    m_window->project()->undoStack()->undo();
    QCOMPARE(m_window->project()->review(0).annotations.size(), 0);
    QCOMPARE(contents.count(), 0);
    QCOMPARE(bar->value(), scrolled);
}

void TestMainWindow::columnsOutOfSightLoadWhenScrolledTo()
{
    // Laying out every review's text on open made big projects slow; columns out of sight wait.
    QStringList files;
    for (int i = 0; i < 8; ++i)
        files << dataFile(QStringLiteral("harbour-lights.txt"));
    QCOMPARE(m_window->addReviewFiles(files), 8);
    ColumnsArea *columns = m_window->columnsArea();
    ReviewColumn *last = columns->column(7);
    QVERIFY(columns->column(0)->isLoaded());
    QVERIFY(!last->isLoaded());
    QVERIFY(last->textView()->toPlainText().isEmpty());
    // The splitter's summed maximum width must stay valid however many columns there are.
    QVERIFY(columns->widget()->maximumWidth() > 0);

    // Eight columns of at least 300 px do not fit: once laid out, the area scrolls sideways.
    QTRY_VERIFY(columns->horizontalScrollBar()->maximum() > 0);
    QVERIFY(!last->isLoaded());
    columns->horizontalScrollBar()->setValue(columns->horizontalScrollBar()->maximum());
    QTRY_VERIFY(last->isLoaded());
    QCOMPARE(last->textView()->toPlainText(), m_window->project()->review(7).text);

    // Asking for the view loads it too, so nothing ever reads an empty one.
    ReviewColumn *middle = columns->column(5);
    if (!middle->isLoaded())
        QCOMPARE(middle->view()->toPlainText(), m_window->project()->review(5).text);
}

void TestMainWindow::closingWithUnsavedChangesAsks_data()
{
    QTest::addColumn<int>("answer");
    QTest::addColumn<bool>("closes");
    QTest::newRow("cancel keeps the window") << int(QMessageBox::Cancel) << false;
    QTest::newRow("discard closes") << int(QMessageBox::Discard) << true;
}

void TestMainWindow::closingWithUnsavedChangesAsks()
{
    QFETCH(int, answer);
    QFETCH(bool, closes);
    m_window->addReviewFiles({dataFile(QStringLiteral("night-train.txt"))});
    QVERIFY(m_window->project()->isModified());
    QString question;
    // The question is modal; answer it from inside its own event loop.
    QTimer::singleShot(0, this, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        question = box->text();
        box->button(QMessageBox::StandardButton(answer))->click();
    });
    QCOMPARE(m_window->close(), closes);
    QVERIFY(question.contains(QStringLiteral("unsaved changes")));
    QCOMPARE(m_window->isVisible(), !closes);
    QCOMPARE(m_window->project()->reviewCount(), 1);
}

void TestMainWindow::aboutNamesTheOptionalParts()
{
    const QString text = MainWindow::aboutText();
    QVERIFY(text.contains(QStringLiteral(REVMARK_VERSION)));
#ifdef REVMARK_HAVE_SYNTAX
    QVERIFY2(text.contains(QStringLiteral("with KSyntaxHighlighting " REVMARK_KSYNTAX_VERSION ".")), qPrintable(text));
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("showCuesAction")));
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("actionSuggest")));
#else
    QVERIFY2(text.contains(QStringLiteral("not in this build")), qPrintable(text));
    // Compiled out cleanly: no cue actions at all.
    QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("showCuesAction")));
    QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("actionSuggest")));
    QVERIFY(!m_window->findChild<QMenu *>(QStringLiteral("cueSetMenu")));
#endif
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
