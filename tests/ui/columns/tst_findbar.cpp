// SPDX-License-Identifier: GPL-3.0-or-later
// The find bar in the main window, driven by keys: Ctrl+F, typing, the counts in the bar and the
// column headers, F3 / Shift+F3 and Return / Shift+Return across columns, the options, Escape,
// marking the current match with Ctrl+1 / Ctrl+2, and the marks' look.
#include "columns/columnsarea.h"
#include "columns/findbar.h"
#include "columns/reviewcolumn.h"
#include "columns/reviewview.h"
#include "export/highlightstyle.h"
#include "mainwindow.h"
#include "project/project.h"
#include "uitestutil.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSettings>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace Revmark;

namespace {

Review makeReview(const QString &title, const QString &text)
{
    Review review;
    review.id = newId();
    review.title = title;
    review.author = title + QStringLiteral(" Critic");
    review.text = text;
    return review;
}

// Paragraphs that push what follows them below the first screen of a column.
QString filler(int paragraphs)
{
    QStringList parts;
    for (int i = 0; i < paragraphs; ++i)
        parts << QStringLiteral("Paragraph %1 says nothing much about the picture, at some length, "
                                "so that the column has to scroll.")
                     .arg(i + 1);
    return parts.join(QStringLiteral("\n\n"));
}

} // namespace

class TestFindBar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void ctrlFOpensAndTypingCountsEveryReview();
    void foldsAccentsQuotesAndCase();
    void stepsColumnByColumnWithF3AndReturn();
    void bringsHiddenColumnsAndFarMatchesIntoView();
    void optionsCaseAndWholeWords();
    void escapeClosesAndClears();
    void ctrlOneAndTwoMarkTheCurrentMatch();
    void followsTheProject();
    void marksAreBoxesNotAnnotations();
    void steppingOnDeselectsTheMatchLeftBehind();

private:
    QWidget *focused() const { return QApplication::focusWidget() ? QApplication::focusWidget() : m_window; }
    FindBar *bar() const { return m_window->findChild<FindBar *>(QStringLiteral("findBar")); }
    QLineEdit *edit() const { return m_window->findChild<QLineEdit *>(QStringLiteral("findEdit")); }
    QString countText() const { return m_window->findChild<QLabel *>(QStringLiteral("findCount"))->text(); }
    ReviewColumn *column(int index) const { return m_window->columnsArea()->column(index); }
    QLabel *headerCount(int index) const { return column(index)->findChild<QLabel *>(QStringLiteral("columnFindCount")); }
    // Opens the bar with Ctrl+F from the first column and types the query.
    void find(const QString &query);
    // The text of the current column's selection.
    QString selectedInCurrentColumn() const;

    MainWindow *m_window = nullptr;
    QVector<Review> m_reviews;
};

void TestFindBar::init()
{
    QSettings().clear();
    m_window = new MainWindow;
    m_window->setMessageSink([](const QString &) {});
    m_window->resize(1400, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_reviews = {
        makeReview(QStringLiteral("Harbour"),
                   QStringLiteral("The lantern scene is luminous. Later the lantern gutters and the café empties.")),
        makeReview(QStringLiteral("Keeper"), filler(30) + QStringLiteral("\n\nIts Lantern motif feels forced, "
                                                                          "and it’s laid on thick.")),
        makeReview(QStringLiteral("Quiet"), QStringLiteral("Nothing here to see at all.")),
        makeReview(QStringLiteral("Echo"), QStringLiteral("The lantern, the lantern, the lanterns.")),
    };
    m_window->project()->reset(QStringLiteral("Find"), Project::defaultTags(), m_reviews);
    QCOMPARE(m_window->columnsArea()->columnCount(), 4);
    QVERIFY(bar());
    QVERIFY(bar()->isHidden());
}

void TestFindBar::cleanup()
{
    m_window->project()->undoStack()->setClean();
    delete m_window;
    m_window = nullptr;
}

void TestFindBar::find(const QString &query)
{
    ReviewView *view = column(0)->view();
    view->setFocus();
    QTRY_VERIFY(view->hasFocus());
    QTest::keyClick(view, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(edit()->hasFocus());
    QTest::keyClicks(edit(), query);
}

QString TestFindBar::selectedInCurrentColumn() const
{
    ReviewColumn *c = m_window->columnsArea()->currentColumn();
    return c ? c->textView()->textCursor().selectedText() : QString();
}

void TestFindBar::ctrlFOpensAndTypingCountsEveryReview()
{
    QVERIFY(headerCount(0)->isHidden());
    find(QStringLiteral("lantern"));
    QVERIFY(bar()->isVisible());
    QCOMPARE(edit()->text(), QStringLiteral("lantern"));
    QCOMPARE(bar()->matchCount(), 6);
    QCOMPARE(countText(), QStringLiteral("1 of 6"));
    // Each header tells its own count, the empty one included.
    QCOMPARE(headerCount(0)->text(), QStringLiteral("2 match(es)"));
    QCOMPARE(headerCount(1)->text(), QStringLiteral("1 match(es)"));
    QCOMPARE(headerCount(2)->text(), QStringLiteral("0 match(es)"));
    QCOMPARE(headerCount(3)->text(), QStringLiteral("3 match(es)"));
    for (int i = 0; i < 4; ++i)
        QVERIFY(headerCount(i)->isVisible());
    QCOMPARE(column(0)->textView()->findMatches().size(), 2);
    QCOMPARE(column(3)->textView()->findMatches().size(), 3);
    QVERIFY(column(2)->textView()->findMatches().isEmpty());
    // The first match of the current column is current and selected; the keyboard stays in the
    // field while typing.
    QCOMPARE(column(0)->textView()->currentFindMatch(), 0);
    QCOMPARE(selectedInCurrentColumn(), QStringLiteral("lantern"));
    QVERIFY(edit()->hasFocus());

    // Narrowing keeps the current match where it still matches.
    QTest::keyClick(edit(), Qt::Key_S);
    QCOMPARE(bar()->matchCount(), 1);
    QCOMPARE(countText(), QStringLiteral("1 of 1"));
    QCOMPARE(m_window->columnsArea()->currentReviewId(), m_reviews.at(3).id);
    QCOMPARE(selectedInCurrentColumn(), QStringLiteral("lanterns"));
    QTest::keyClick(edit(), Qt::Key_Backspace);
    QCOMPARE(bar()->matchCount(), 6);
    QCOMPARE(countText(), QStringLiteral("6 of 6"));
}

void TestFindBar::foldsAccentsQuotesAndCase()
{
    find(QStringLiteral("CAFE"));
    QCOMPARE(bar()->matchCount(), 1);
    QCOMPARE(selectedInCurrentColumn(), QStringLiteral("café"));
    edit()->clear();
    QTest::keyClicks(edit(), QStringLiteral("it's"));
    QCOMPARE(bar()->matchCount(), 1);
    QCOMPARE(m_window->columnsArea()->currentReviewId(), m_reviews.at(1).id);
    QCOMPARE(selectedInCurrentColumn(), QStringLiteral("it’s"));
}

void TestFindBar::stepsColumnByColumnWithF3AndReturn()
{
    find(QStringLiteral("lantern"));
    const QString a = m_reviews.at(0).id;
    const QString b = m_reviews.at(1).id;
    const QString d = m_reviews.at(3).id;
    ColumnsArea *columns = m_window->columnsArea();
    QCOMPARE(countText(), QStringLiteral("1 of 6"));
    QTest::keyClick(focused(), Qt::Key_F3);
    QCOMPARE(countText(), QStringLiteral("2 of 6"));
    QCOMPARE(columns->currentReviewId(), a);
    QCOMPARE(column(0)->textView()->currentFindMatch(), 1);
    // On to the next column with matches.
    QTest::keyClick(focused(), Qt::Key_F3);
    QCOMPARE(countText(), QStringLiteral("3 of 6"));
    QCOMPARE(columns->currentReviewId(), b);
    QCOMPARE(column(0)->textView()->currentFindMatch(), -1);
    QCOMPARE(column(1)->textView()->currentFindMatch(), 0);
    QCOMPARE(selectedInCurrentColumn(), QStringLiteral("Lantern"));
    // The column without matches is passed over.
    QTest::keyClick(focused(), Qt::Key_F3);
    QCOMPARE(countText(), QStringLiteral("4 of 6"));
    QCOMPARE(columns->currentReviewId(), d);
    // Shift+F3 goes back.
    QTest::keyClick(focused(), Qt::Key_F3, Qt::ShiftModifier);
    QCOMPARE(countText(), QStringLiteral("3 of 6"));
    QCOMPARE(columns->currentReviewId(), b);
    // Return and Shift+Return in the field do the same.
    QVERIFY(edit()->hasFocus());
    QTest::keyClick(edit(), Qt::Key_Return);
    QCOMPARE(countText(), QStringLiteral("4 of 6"));
    QTest::keyClick(edit(), Qt::Key_Return);
    QTest::keyClick(edit(), Qt::Key_Return);
    QCOMPARE(countText(), QStringLiteral("6 of 6"));
    QCOMPARE(selectedInCurrentColumn(), QStringLiteral("lantern"));
    // Past the last match it wraps to the first, and back.
    QTest::keyClick(edit(), Qt::Key_Return);
    QCOMPARE(countText(), QStringLiteral("1 of 6"));
    QCOMPARE(columns->currentReviewId(), a);
    QTest::keyClick(edit(), Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(countText(), QStringLiteral("6 of 6"));
    QCOMPARE(columns->currentReviewId(), d);
    // F3 from a column, not the field, steps too.
    column(3)->view()->setFocus();
    QTRY_VERIFY(column(3)->view()->hasFocus());
    QTest::keyClick(column(3)->view(), Qt::Key_F3);
    QCOMPARE(countText(), QStringLiteral("1 of 6"));
}

void TestFindBar::bringsHiddenColumnsAndFarMatchesIntoView()
{
    ColumnsArea *columns = m_window->columnsArea();
    columns->setReviewHidden(m_reviews.at(1).id, true);
    QVERIFY(column(1)->isHidden());
    find(QStringLiteral("motif"));
    QCOMPARE(bar()->matchCount(), 1);
    // The match is the hidden column's, far down its text: the column is shown again and
    // scrolled so the match is in sight.
    QTRY_VERIFY(column(1)->isVisible());
    QCOMPARE(columns->currentReviewId(), m_reviews.at(1).id);
    ReviewView *view = column(1)->textView();
    QTRY_VERIFY(view->verticalScrollBar()->value() > 0);
    const TextMatch match = view->findMatches().at(0);
    QTRY_VERIFY(view->isRangeVisible(match.start, match.end));
    QCOMPARE(selectedInCurrentColumn(), QStringLiteral("motif"));
}

void TestFindBar::optionsCaseAndWholeWords()
{
    find(QStringLiteral("lantern"));
    QCOMPARE(bar()->matchCount(), 6);
    auto *caseButton = m_window->findChild<QToolButton *>(QStringLiteral("findCaseSensitive"));
    auto *wordsButton = m_window->findChild<QToolButton *>(QStringLiteral("findWholeWords"));
    QTest::mouseClick(caseButton, Qt::LeftButton);
    QVERIFY(caseButton->isChecked());
    QCOMPARE(bar()->matchCount(), 5);
    QCOMPARE(headerCount(1)->text(), QStringLiteral("0 match(es)"));
    QTest::mouseClick(wordsButton, Qt::LeftButton);
    QCOMPARE(bar()->matchCount(), 4); // "lanterns" is another word
    QCOMPARE(headerCount(3)->text(), QStringLiteral("2 match(es)"));
    edit()->setFocus();
    QTest::keyClick(edit(), Qt::Key_Backspace);
    QCOMPARE(bar()->matchCount(), 0);
    QCOMPARE(countText(), QStringLiteral("No matches"));
    QTest::mouseClick(caseButton, Qt::LeftButton);
    QTest::mouseClick(wordsButton, Qt::LeftButton);
    QCOMPARE(bar()->matchCount(), 6);
}

void TestFindBar::escapeClosesAndClears()
{
    find(QStringLiteral("lantern"));
    QCOMPARE(bar()->matchCount(), 6);
    QTest::keyClick(edit(), Qt::Key_Escape);
    QVERIFY(bar()->isHidden());
    QCOMPARE(edit()->text(), QString());
    QCOMPARE(bar()->matchCount(), 0);
    for (int i = 0; i < 4; ++i) {
        QVERIFY(headerCount(i)->isHidden());
        QVERIFY(column(i)->textView()->findMatches().isEmpty());
    }
    // The keyboard goes back to the column.
    QTRY_VERIFY(m_window->columnsArea()->currentColumn()->textView()->hasFocus());
    // The match stepping selected is no longer selected; opening again starts from an empty field.
    QVERIFY(!column(0)->textView()->textCursor().hasSelection());
    QTest::keyClick(focused(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(edit()->hasFocus());
    QVERIFY(bar()->isVisible());
    QCOMPARE(countText(), QString());
    // The close button does the same as Escape.
    QTest::keyClicks(edit(), QStringLiteral("lantern"));
    QTest::mouseClick(m_window->findChild<QToolButton *>(QStringLiteral("findClose")), Qt::LeftButton);
    QVERIFY(bar()->isHidden());
    QVERIFY(column(0)->textView()->findMatches().isEmpty());
    // A short selection of the user's own is what Ctrl+F looks for.
    UiTest::selectWords(column(3)->view(), 0, 2);
    QCOMPARE(column(3)->textView()->textCursor().selectedText(), QStringLiteral("The lantern"));
    QTest::keyClick(column(3)->view(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(edit()->hasFocus());
    QCOMPARE(edit()->text(), QStringLiteral("The lantern"));
    QCOMPARE(bar()->matchCount(), 5);
    QCOMPARE(selectedInCurrentColumn(), QStringLiteral("The lantern"));
    QCOMPARE(edit()->selectedText(), QStringLiteral("The lantern"));
}

void TestFindBar::ctrlOneAndTwoMarkTheCurrentMatch()
{
    Project *project = m_window->project();
    QUndoStack *stack = project->undoStack();
    const int steps = stack->count();
    find(QStringLiteral("lantern"));
    QTest::keyClick(focused(), Qt::Key_F3);
    QTest::keyClick(focused(), Qt::Key_F3);
    QCOMPARE(countText(), QStringLiteral("3 of 6"));
    QString reviewId;
    TextMatch match;
    QVERIFY(bar()->currentMatch(&reviewId, &match));
    QCOMPARE(reviewId, m_reviews.at(1).id);
    QVERIFY(edit()->hasFocus());
    QTest::keyClick(focused(), Qt::Key_1, Qt::ControlModifier);
    QTRY_COMPARE(project->findReview(reviewId)->annotations.size(), 1);
    const Annotation praise = project->findReview(reviewId)->annotations.at(0);
    QCOMPARE(praise.polarity, Polarity::Praise);
    QCOMPARE(praise.start, match.start);
    QCOMPARE(praise.end, match.end);
    QCOMPARE(praise.quote, QStringLiteral("Lantern"));
    QCOMPARE(stack->count(), steps + 1);
    // The matches stay, and stepping goes on from the marked one.
    QCOMPARE(bar()->matchCount(), 6);
    QTest::keyClick(focused(), Qt::Key_F3);
    QCOMPARE(countText(), QStringLiteral("4 of 6"));

    // Part of a word is snapped to the whole word, like a selection.
    edit()->selectAll();
    QTest::keyClicks(edit(), QStringLiteral("ntern"));
    QString partId;
    QVERIFY(bar()->currentMatch(&partId, &match));
    QTest::keyClick(focused(), Qt::Key_2, Qt::ControlModifier);
    QTRY_COMPARE(project->findReview(partId)->annotations.size(), 1);
    const Annotation criticism = project->findReview(partId)->annotations.at(0);
    QCOMPARE(criticism.polarity, Polarity::Criticism);
    QCOMPARE(criticism.start, match.start - 2);
    QCOMPARE(criticism.end, match.end);
    QCOMPARE(stack->count(), steps + 2);

    // One undo step each (from the column: in the field, Ctrl+Z undoes typing).
    ReviewView *view = m_window->columnsArea()->currentColumn()->view();
    view->setFocus();
    QTRY_VERIFY(view->hasFocus());
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    QTRY_VERIFY(project->findReview(partId)->annotations.isEmpty());
    QCOMPARE(project->findReview(reviewId)->annotations.size(), 1);
}

void TestFindBar::followsTheProject()
{
    Project *project = m_window->project();
    find(QStringLiteral("lantern"));
    QCOMPARE(bar()->matchCount(), 6);
    project->addReviews({makeReview(QStringLiteral("Late"), QStringLiteral("One more lantern."))});
    QTRY_COMPARE(bar()->matchCount(), 7);
    // Out of sight, the header takes its count when it is next painted.
    QCOMPARE(column(4)->findCount(), 1);
    m_window->columnsArea()->ensureWidgetVisible(column(4));
    QTRY_COMPARE(headerCount(4)->text(), QStringLiteral("1 match(es)"));
    project->removeReview(m_reviews.at(3).id);
    QTRY_COMPARE(bar()->matchCount(), 4);
    project->undoStack()->undo();
    QTRY_COMPARE(bar()->matchCount(), 7);
    // A new text is searched again.
    // (as a re-import of a newer version of the source would)
    Review newer = *project->findReview(m_reviews.at(2).id);
    newer.text = QStringLiteral("Now a lantern here too.");
    project->reimportReview(newer.id, newer);
    QTRY_COMPARE(bar()->matchCount(), 8);
    QCOMPARE(headerCount(2)->text(), QStringLiteral("1 match(es)"));
    project->undoStack()->undo();
    QTRY_COMPARE(bar()->matchCount(), 7);
    QCOMPARE(headerCount(2)->text(), QStringLiteral("0 match(es)"));
    // Another project: searched afresh, the bar still open.
    m_window->project()->reset(QStringLiteral("Other"), {}, {makeReview(QStringLiteral("Solo"),
                                                                        QStringLiteral("A lantern."))});
    QTRY_COMPARE(bar()->matchCount(), 1);
    QCOMPARE(headerCount(0)->text(), QStringLiteral("1 match(es)"));
}

void TestFindBar::marksAreBoxesNotAnnotations()
{
    find(QStringLiteral("lantern"));
    ReviewView *view = column(3)->view();
    QCOMPARE(view->findMatches().size(), 3);
    // Not extra selections: those are the annotations' tint and underline.
    QVERIFY(view->extraSelections().isEmpty());
    QTRY_VERIFY(view->isRangeVisible(view->findMatches().at(0).start, view->findMatches().at(0).end));

    // Most of a match's box is the find yellow: multiplied over a light page, it is the yellow
    // itself; screened over a dark one, a dim olive.
    const auto fillShare = [view](const TextMatch &match, const QColor &fill) {
        const QImage image = view->viewport()->grab().toImage();
        const QRect box = view->rangeRects(match.start, match.end).value(0).toAlignedRect();
        int filled = 0;
        for (int y = box.top() + 2; y < box.bottom() - 1; ++y) {
            for (int x = box.left() + 2; x < box.right() - 1; ++x) {
                const QColor pixel = image.pixelColor(x, y);
                filled += qAbs(pixel.red() - fill.red()) <= 2 && qAbs(pixel.green() - fill.green()) <= 2
                                  && qAbs(pixel.blue() - fill.blue()) <= 2
                              ? 1
                              : 0;
            }
        }
        return double(filled) / double(qMax(1, (box.width() - 4) * (box.height() - 4)));
    };
    QVERIFY2(fillShare(view->findMatches().at(1), QColor(0xff, 0xf3, 0x8a)) > 0.3, "light fill");
    QPalette dark = view->palette();
    dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    view->setPalette(dark);
    const auto screen = [](int page, int fill) { return 255 - (255 - page) * (255 - fill) / 255; };
    QVERIFY2(fillShare(view->findMatches().at(1), QColor(screen(0x20, 0x4a), screen(0x20, 0x45), screen(0x20, 0x12)))
                 > 0.3,
             "dark fill");

    // Over an annotation the yellow shows too: multiplied over the praise tint, not hidden by it.
    view->setPalette(column(2)->palette());
    const QString d = m_reviews.at(3).id;
    const TextMatch second = view->findMatches().at(1);
    QVERIFY(!m_window->project()->addAnnotation(d, second.start, second.end, Polarity::Praise).isEmpty());
    QTRY_VERIFY(!view->extraSelections().isEmpty());
    const QColor tint = HighlightStyle::tint(Polarity::Praise, HighlightStyle::Theme::Light);
    const QColor blended(tint.red() * 0xff / 255, tint.green() * 0xf3 / 255, tint.blue() * 0x8a / 255);
    QVERIFY2(fillShare(second, blended) > 0.3, "fill over a tint");
}

void TestFindBar::steppingOnDeselectsTheMatchLeftBehind()
{
    find(QStringLiteral("lantern"));
    QTest::keyClick(focused(), Qt::Key_F3);
    QCOMPARE(column(0)->textView()->textCursor().selectedText(), QStringLiteral("lantern"));
    QTest::keyClick(focused(), Qt::Key_F3);
    QCOMPARE(m_window->columnsArea()->currentReviewId(), m_reviews.at(1).id);
    // Only the current match is selected, so marking can only mean that one.
    QVERIFY(!column(0)->textView()->textCursor().hasSelection());
    QCOMPARE(column(1)->textView()->textCursor().selectedText(), QStringLiteral("Lantern"));
    // Typing a query that no longer matches there lets go of it too.
    QTest::keyClicks(edit(), QStringLiteral("zzz"));
    QCOMPARE(bar()->matchCount(), 0);
    QVERIFY(!column(1)->textView()->textCursor().hasSelection());
}

QTEST_MAIN(TestFindBar)
#include "tst_findbar.moc"
