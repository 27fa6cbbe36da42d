// SPDX-License-Identifier: GPL-3.0-or-later
// The annotation commands driven from the keyboard and mouse in a real window: quick tags, the
// one "current" shared by the Tags menu and the panel, span keys, the Escape / Ctrl+3 round trip
// between text and note, Ctrl+W closing the project and Ctrl+Delete removing a review.
#include "annotationactions.h"
#include "annotationselection.h"
#include "columns/columnsarea.h"
#include "columns/reviewcolumn.h"
#include "columns/reviewview.h"
#include "mainwindow.h"
#include "model/qtcompat.h"
#include "panels/annotationpanel.h"
#include "project/project.h"
#include "uitestutil.h"

#include <QAction>
#include <QApplication>
#include <QGroupBox>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTest>
#include <QTimer>

using namespace Revmark;
using namespace Revmark::UiTest;

class TestAnnotationActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void markingClearsTheSelection();
    void quickTagsToggleWithAltDigits();
    void clickOnPlainTextClearsMenuAndPanelAlike();
    void spanKeysMoveEitherEnd();
    void escapeAndCtrl3GoBetweenTextAndNote();
    void ctrlWClosesTheProject_data();
    void ctrlWClosesTheProject();
    void ctrlDeleteRemovesAReviewFromTheColumnsOnly();

private:
    // Adds harbour-lights.txt and marks "The two leads are luminous" as praise with Ctrl+1.
    QString markFirstSpan();
    const Annotation *current() const;

    MainWindow *m_window = nullptr;
    ReviewView *m_view = nullptr;
    QStringList m_messages;
};

void TestAnnotationActions::init()
{
    QSettings().clear();
    m_messages.clear();
    m_window = new MainWindow;
    m_window->setMessageSink([this](const QString &message) { m_messages.append(message); });
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestAnnotationActions::cleanup()
{
    m_window->project()->undoStack()->setClean();
    delete m_window;
    m_window = nullptr;
    m_view = nullptr;
}

QString TestAnnotationActions::markFirstSpan()
{
    if (m_window->addReviewFiles({dataFile(QStringLiteral("harbour-lights.txt"))}) != 1)
        return {};
    m_view = m_window->columnsArea()->column(0)->view();
    selectWords(m_view, 2, 5);
    QTest::keyClick(m_view, Qt::Key_1, Qt::ControlModifier);
    return m_window->currentAnnotationId();
}

const Annotation *TestAnnotationActions::current() const
{
    return m_window->annotationSelection()->annotation();
}

void TestAnnotationActions::markingClearsTheSelection()
{
    const QString id = markFirstSpan();
    QVERIFY(!id.isEmpty());
    QCOMPARE(current()->quote, QStringLiteral("The two leads are luminous"));
    // Nothing selected hides the new highlight, and it is the current annotation everywhere.
    QVERIFY(!m_view->textCursor().hasSelection());
    QCOMPARE(m_view->currentAnnotation(), id);
    QCOMPARE(m_window->annotationPanel()->currentAnnotationId(), id);
}

void TestAnnotationActions::quickTagsToggleWithAltDigits()
{
    const QString id = markFirstSpan();
    QVERIFY(!id.isEmpty());
    Project *project = m_window->project();
    const QStringList tags = project->tags();
    QVERIFY(tags.size() >= 3);
    const int steps = project->undoStack()->count();

    // The menu and the panel show the keys.
    auto *menu = m_window->findChild<QMenu *>(QStringLiteral("tagsMenu"));
    QVERIFY(menu);
    const QString first = QKeySequence(Qt::ALT | Qt::Key_1).toString(QKeySequence::NativeText);
    QVERIFY2(menu->actions().at(0)->text().endsWith(QLatin1Char('\t') + first), qPrintable(menu->actions().at(0)->text()));
    auto *tagList = m_window->findChild<QListWidget *>(QStringLiteral("tagList"));
    QVERIFY(tagList);
    QVERIFY(tagList->item(0)->text().contains(first));
    QCOMPARE(tagList->item(0)->data(Qt::UserRole).toString(), tags.at(0));

    // Alt+1 and Alt+3 from the text: one undo step each, in the order of the project's list.
    QTest::keyClick(m_view, Qt::Key_3, Qt::AltModifier);
    QTest::keyClick(m_view, Qt::Key_1, Qt::AltModifier);
    QCOMPARE(current()->tags, QStringList({tags.at(0), tags.at(2)}));
    QCOMPARE(project->undoStack()->count(), steps + 2);
    QVERIFY(menu->actions().at(0)->isChecked());
    QCOMPARE(tagList->item(2)->checkState(), Qt::Checked);
    // Again: off.
    QTest::keyClick(m_view, Qt::Key_1, Qt::AltModifier);
    QCOMPARE(current()->tags, QStringList({tags.at(2)}));
    QVERIFY(!menu->actions().at(0)->isChecked());
    // From the note editor too.
    m_window->findChild<QAction *>(QStringLiteral("actionNote"))->trigger();
    auto *note = m_window->findChild<QPlainTextEdit *>(QStringLiteral("noteEdit"));
    QTRY_VERIFY(note->hasFocus());
    QTest::keyClick(note, Qt::Key_2, Qt::AltModifier);
    QCOMPARE(current()->tags, QStringList({tags.at(1), tags.at(2)}));
    QVERIFY(note->toPlainText().isEmpty());
    // Undo goes back one tag at a time.
    project->undoStack()->undo();
    QCOMPARE(current()->tags, QStringList({tags.at(2)}));

    // Without a current annotation: a hint, no change.
    m_window->annotationSelection()->clear();
    m_window->findChild<QAction *>(QStringLiteral("actionQuickTag1"))->trigger();
    QCOMPARE(project->findAnnotation(project->review(0).id, id)->tags, QStringList({tags.at(2)}));
}

void TestAnnotationActions::clickOnPlainTextClearsMenuAndPanelAlike()
{
    const QString id = markFirstSpan();
    QVERIFY(!id.isEmpty());
    auto *menu = m_window->findChild<QMenu *>(QStringLiteral("tagsMenu"));
    auto *editor = m_window->findChild<QGroupBox *>(QStringLiteral("annotationEditor"));
    QVERIFY(menu && editor);
    QVERIFY(menu->actions().at(0)->isEnabled());
    QVERIFY(editor->isEnabled());

    // A click on text without a highlight: nothing is current, for the menu and the panel alike.
    const QString text = m_window->project()->review(0).text;
    QTextCursor plain(m_view->document());
    plain.setPosition(int(text.indexOf(QStringLiteral("second paragraph"))) + 2);
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, m_view->cursorRect(plain).center());
    QTRY_VERIFY(m_window->annotationSelection()->isEmpty());
    QVERIFY(!menu->actions().at(0)->isEnabled());
    QVERIFY(!editor->isEnabled());
    QVERIFY(m_window->annotationPanel()->currentAnnotationId().isEmpty());

    // A click on the highlight: current again for both.
    QTextCursor marked(m_view->document());
    marked.setPosition(int(text.indexOf(QStringLiteral("luminous"))) + 2);
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, m_view->cursorRect(marked).center());
    QTRY_COMPARE(m_window->currentAnnotationId(), id);
    QVERIFY(menu->actions().at(0)->isEnabled());
    QVERIFY(editor->isEnabled());
    QCOMPARE(m_window->annotationPanel()->currentAnnotationId(), id);
}

void TestAnnotationActions::spanKeysMoveEitherEnd()
{
    const QString id = markFirstSpan();
    QVERIFY(!id.isEmpty());
    Project *project = m_window->project();
    const QString tag = project->tags().at(0);
    project->setAnnotationTags(project->review(0).id, id, {tag});
    project->setAnnotationNote(project->review(0).id, id, QStringLiteral("Keep me"));
    const int steps = project->undoStack()->count();
    m_view->setFocus();

    struct Step
    {
        Qt::KeyboardModifiers modifiers;
        Qt::Key key;
        const char *quote;
    };
    const Qt::KeyboardModifiers move = Qt::ShiftModifier | Qt::AltModifier;
    const Step keySteps[] = {
        {move, Qt::Key_Right, "The two leads are luminous and"},
        {move, Qt::Key_Left, "The two leads are luminous"},
        {move, Qt::Key_Left, "The two leads are"},
        {move | Qt::ControlModifier, Qt::Key_Right, "The two leads are luminous"},
        {Qt::AltModifier, Qt::Key_Home, "The two leads are luminous"}, // the start moves now
        {move, Qt::Key_Right, "two leads are luminous"},
        {move | Qt::ControlModifier, Qt::Key_Right, "leads are luminous"},
        {move, Qt::Key_Left, "two leads are luminous"},
        {Qt::AltModifier, Qt::Key_End, "two leads are luminous"}, // the end again
        {move, Qt::Key_Right, "two leads are luminous and"},
    };
    int expectedSteps = steps;
    QString last = current()->quote;
    for (const Step &step : keySteps) {
        QTest::keyClick(m_view, step.key, step.modifiers);
        QCOMPARE(current()->quote, QString::fromUtf8(step.quote));
        if (current()->quote != last)
            ++expectedSteps;
        last = current()->quote;
        // One undo step per adjustment; note and tags stay, the quote selector follows.
        QCOMPARE(project->undoStack()->count(), expectedSteps);
        QCOMPARE(current()->note, QStringLiteral("Keep me"));
        QCOMPARE(current()->tags, QStringList{tag});
        const QString text = project->review(0).text;
        QCOMPARE(text.mid(current()->start, current()->end - current()->start), current()->quote);
        QCOMPARE(current()->suffix, text.mid(current()->end, current()->suffix.size()));
    }
    QCOMPARE(m_window->findChild<AnnotationActions *>()->movesStart(), false);
    project->undoStack()->undo();
    QCOMPARE(current()->quote, QStringLiteral("two leads are luminous"));
    // At the end of the text the end goes no further.
    project->setAnnotationRange(project->review(0).id, id, int(project->review(0).text.size()) - 6,
                                int(project->review(0).text.size()));
    const int atEnd = project->undoStack()->count();
    QTest::keyClick(m_view, Qt::Key_Right, move);
    QCOMPARE(project->undoStack()->count(), atEnd);
    QCOMPARE(current()->quote, QStringLiteral("lovely"));
}

void TestAnnotationActions::escapeAndCtrl3GoBetweenTextAndNote()
{
    const QString id = markFirstSpan();
    QVERIFY(!id.isEmpty());
    auto *note = m_window->findChild<QPlainTextEdit *>(QStringLiteral("noteEdit"));
    QVERIFY(note);
    // Read on elsewhere, then Ctrl+3: to the note.
    QTest::keyClick(m_view, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClick(m_view, Qt::Key_3, Qt::ControlModifier);
    QTRY_VERIFY(note->hasFocus());
    QTest::keyClicks(note, QStringLiteral("Warm"));
    // Escape: back to the text, the caret at the annotation.
    QTest::keyClick(note, Qt::Key_Escape);
    QTRY_VERIFY(m_view->hasFocus());
    QCOMPARE(m_view->textCursor().position(), current()->start);
    QCOMPARE(current()->note, QStringLiteral("Warm"));
    QCOMPARE(m_window->currentAnnotationId(), id);
    // Ctrl+3 toggles both ways.
    QTest::keyClick(m_view, Qt::Key_3, Qt::ControlModifier);
    QTRY_VERIFY(note->hasFocus());
    QTest::keyClick(note, Qt::Key_3, Qt::ControlModifier);
    QTRY_VERIFY(m_view->hasFocus());
    QCOMPARE(current()->note, QStringLiteral("Warm"));
    // Escape from the panel's list and tag list too.
    auto *tagList = m_window->findChild<QListWidget *>(QStringLiteral("tagList"));
    tagList->setFocus();
    QTRY_VERIFY(tagList->hasFocus());
    QTest::keyClick(tagList, Qt::Key_Escape);
    QTRY_VERIFY(m_view->hasFocus());
}

void TestAnnotationActions::ctrlWClosesTheProject_data()
{
    QTest::addColumn<bool>("modified");
    QTest::addColumn<int>("answer");
    QTest::addColumn<bool>("closes");
    QTest::newRow("saved: no question") << false << 0 << true;
    QTest::newRow("modified, discard") << true << int(QMessageBox::Discard) << true;
    QTest::newRow("modified, cancel") << true << int(QMessageBox::Cancel) << false;
}

void TestAnnotationActions::ctrlWClosesTheProject()
{
    QFETCH(bool, modified);
    QFETCH(int, answer);
    QFETCH(bool, closes);
    QVERIFY(!markFirstSpan().isEmpty());
    Project *project = m_window->project();
    if (!modified)
        project->undoStack()->setClean();
    bool asked = false;
    if (modified) {
        // The question is modal; answer it from inside its own event loop.
        QTimer::singleShot(0, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            asked = true;
            box->button(QMessageBox::StandardButton(answer))->click();
        });
    }
    QTest::keyClick(m_view, Qt::Key_W, Qt::ControlModifier);
    QCOMPARE(asked, modified);
    QCOMPARE(project->reviewCount(), closes ? 0 : 1);
    QVERIFY(m_window->isVisible());
}

void TestAnnotationActions::ctrlDeleteRemovesAReviewFromTheColumnsOnly()
{
    QVERIFY(!markFirstSpan().isEmpty());
    Project *project = m_window->project();
    // In the note editor Ctrl+Delete deletes a word, nothing else.
    m_window->findChild<QAction *>(QStringLiteral("actionNote"))->trigger();
    auto *note = m_window->findChild<QPlainTextEdit *>(QStringLiteral("noteEdit"));
    QTRY_VERIFY(note->hasFocus());
    QTest::keyClicks(note, QStringLiteral("one two"));
    QTest::keyClick(note, Qt::Key_Home);
    QTest::keyClick(note, Qt::Key_Delete, Qt::ControlModifier);
    QCOMPARE(project->reviewCount(), 1);
    QCOMPARE(note->toPlainText().trimmed(), QStringLiteral("two"));
    // In the column it removes the review, undoably.
    m_view->setFocus();
    QTest::keyClick(m_view, Qt::Key_Delete, Qt::ControlModifier);
    QCOMPARE(project->reviewCount(), 0);
    project->undoStack()->undo();
    QCOMPARE(project->reviewCount(), 1);
    QCOMPARE(project->review(0).annotations.size(), 1);
}

QTEST_MAIN(TestAnnotationActions)
#include "tst_annotationactions.moc"
