// SPDX-License-Identifier: GPL-3.0-or-later
// View › Show Cues, the cue-set chooser with a user's own cue set, and suggestions driven from the
// keyboard, in the real main window offscreen.
#include "columns/columnsarea.h"
#include "mainwindow.h"
#include "project/project.h"
#include "project/projectfile.h"
#include "model/qtcompat.h"
#include "columns/reviewcolumn.h"
#include "columns/reviewview.h"
#include "columns/suggestionset.h"
#include "dialogs/stepprogress.h"
#include "uitestutil.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QUndoStack>
#include <QTextLayout>
#include <QTimer>

using namespace Revmark;
using namespace Revmark::UiTest;

namespace {

// The layout format (as the highlighter sets it) over the first character of word; false when
// there is none.
bool cueFormatAt(ReviewView *view, const QString &word, QTextCharFormat *format = nullptr)
{
    const int position = int(view->toPlainText().indexOf(word));
    if (position < 0)
        return false;
    const QTextBlock block = view->document()->findBlock(position);
    const int inBlock = position - block.position();
    const auto formats = block.layout()->formats();
    for (const QTextLayout::FormatRange &range : formats) {
        if (range.start <= inBlock && inBlock < range.start + range.length) {
            if (format)
                *format = range.format;
            return true;
        }
    }
    return false;
}

int layoutFormatCount(ReviewView *view)
{
    int count = 0;
    for (QTextBlock block = view->document()->begin(); block.isValid(); block = block.next())
        count += int(block.layout()->formats().size());
    return count;
}

} // namespace

class TestCues : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void showCuesOnAndOffLeavesAnnotationsAlone();
    void cueColoursFollowThePalette();
    void userCueSetIsOfferedAndApplied();
    void suggestStepAcceptRejectWithTheKeyboard();
    void suggestionsPerColumnAreLimited();
    void acceptAllAndRejectAll();
    void suggestionsAreNeverSaved();
    void cancelledSuggestForAllShowsNothing();

private:
    ReviewView *addReview(const QString &file);
    QAction *action(const char *name) const;

    MainWindow *m_window = nullptr;
    QStringList m_messages;
    QTemporaryDir m_dir;
};

void TestCues::initTestCase()
{
    // A user's own cue set in KSyntaxHighlighting's user folder, before anything reads it.
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/org.kde.syntax-highlighting/syntax");
    QVERIFY(QDir().mkpath(folder));
    const QString target = folder + QStringLiteral("/kritik-cues.xml");
    QFile::remove(target);
    QVERIFY(QFile::copy(dataFile(QStringLiteral("kritik-cues.xml")), target));
}

void TestCues::init()
{
    m_messages.clear();
    QSettings().clear();
    m_window = new MainWindow;
    m_window->setMessageSink([this](const QString &message) { m_messages.append(message); });
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestCues::cleanup()
{
    m_window->project()->undoStack()->setClean();
    delete m_window;
    m_window = nullptr;
    QVERIFY2(m_messages.isEmpty(), qPrintable(m_messages.join(QLatin1Char('\n'))));
}

ReviewView *TestCues::addReview(const QString &file)
{
    if (m_window->addReviewFiles({dataFile(file)}) != 1)
        return nullptr;
    // As if just saved: what follows must not modify the project unless it says so.
    m_window->project()->undoStack()->setClean();
    const Review &review = m_window->project()->review(m_window->project()->reviewCount() - 1);
    return m_window->columnsArea()->columnFor(review.id)->view();
}

QAction *TestCues::action(const char *name) const
{
    return m_window->findChild<QAction *>(QLatin1String(name));
}

void TestCues::showCuesOnAndOffLeavesAnnotationsAlone()
{
    ReviewView *view = addReview(QStringLiteral("lantern-keeper.txt"));
    QVERIFY(view);
    const Review &review = m_window->project()->review(0);
    const int start = int(review.text.indexOf(QStringLiteral("ravishing")));
    QVERIFY(!m_window->project()->addAnnotation(review.id, start, start + 9, Polarity::Praise).isEmpty());
    m_window->project()->undoStack()->setClean();
    const QVector<Annotation> annotations = review.annotations;
    const int selections = int(view->extraSelections().size());
    QVERIFY(selections > 0);
    const int steps = m_window->project()->undoStack()->count();

    QAction *show = action("showCuesAction");
    QVERIFY(show);
    QVERIFY(show->isCheckable());
    QVERIFY(!show->isChecked());
    auto *viewMenu = m_window->findChild<QMenu *>(QStringLiteral("viewMenu"));
    QVERIFY(viewMenu->actions().contains(show));
    QCOMPARE(layoutFormatCount(view), 0);

    show->trigger();
    QTextCharFormat praise;
    QTRY_VERIFY(cueFormatAt(view, QStringLiteral("ravishing"), &praise));
    QCOMPARE(praise.fontWeight(), int(QFont::Bold));
    QVERIFY(praise.hasProperty(QTextFormat::ForegroundBrush));
    QTextCharFormat criticism;
    QVERIFY(cueFormatAt(view, QStringLiteral("clumsy"), &criticism));
    QVERIFY(criticism.hasProperty(QTextFormat::ForegroundBrush));
    QVERIFY(criticism.foreground().color() != praise.foreground().color());
    // Phrases from the definition's rules, not only single keywords.
    QVERIFY(cueFormatAt(view, QStringLiteral("paper-thin")));
    QVERIFY(cueFormatAt(view, QStringLiteral("a triumph")));
    // Only the words that carry judgement, and never a background (that is what annotations use).
    QVERIFY(!cueFormatAt(view, QStringLiteral("council")));
    for (QTextBlock block = view->document()->begin(); block.isValid(); block = block.next()) {
        const auto formats = block.layout()->formats();
        for (const QTextLayout::FormatRange &range : formats)
            QVERIFY(!range.format.hasProperty(QTextFormat::BackgroundBrush));
    }
    // Text, annotations, their highlights and the undo history are untouched.
    QCOMPARE(view->toPlainText(), review.text);
    QCOMPARE(int(view->extraSelections().size()), selections);
    QCOMPARE(m_window->project()->review(0).annotations.size(), annotations.size());
    QCOMPARE(m_window->project()->undoStack()->count(), steps);
    QVERIFY(!m_window->project()->isModified());
    QVERIFY(QSettings().value(QStringLiteral("view/showCues")).toBool());

    // Columns added while cues are shown get them too, loaded or not.
    ReviewView *second = addReview(QStringLiteral("harbour-lights.txt"));
    QVERIFY(second);
    const int stepsAfterAdding = m_window->project()->undoStack()->count();
    QTRY_VERIFY(cueFormatAt(second, QStringLiteral("assured")));
    for (int i = 0; i < m_window->columnsArea()->columnCount(); ++i)
        QCOMPARE(m_window->columnsArea()->column(i)->textView()->cueSet(), QStringLiteral("Review Cues"));

    // Remembered for the next window.
    {
        MainWindow next;
        QVERIFY(next.findChild<QAction *>(QStringLiteral("showCuesAction"))->isChecked());
    }

    show->trigger();
    QTRY_COMPARE(layoutFormatCount(view), 0);
    QCOMPARE(layoutFormatCount(second), 0);
    QCOMPARE(int(view->extraSelections().size()), selections);
    QCOMPARE(m_window->project()->undoStack()->count(), stepsAfterAdding);
    QVERIFY(!QSettings().value(QStringLiteral("view/showCues")).toBool());
}

void TestCues::cueColoursFollowThePalette()
{
    ReviewView *view = addReview(QStringLiteral("lantern-keeper.txt"));
    QVERIFY(view);
    QPalette light = m_window->palette();
    light.setColor(QPalette::Window, QColor(0xf4, 0xf4, 0xf4));
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    m_window->setPalette(light);
    action("showCuesAction")->trigger();
    QTextCharFormat onLight;
    QTRY_VERIFY(cueFormatAt(view, QStringLiteral("clumsy"), &onLight));

    QPalette dark = light;
    dark.setColor(QPalette::Window, QColor(0x23, 0x26, 0x29));
    dark.setColor(QPalette::Base, QColor(0x1b, 0x1e, 0x20));
    dark.setColor(QPalette::Text, QColor(0xfc, 0xfc, 0xfc));
    m_window->setPalette(dark);
    QTextCharFormat onDark;
    QTRY_VERIFY(cueFormatAt(view, QStringLiteral("clumsy"), &onDark)
                && onDark.foreground().color() != onLight.foreground().color());
    // The dark theme's colour is the lighter one.
    QVERIFY(onDark.foreground().color().lightnessF() > onLight.foreground().color().lightnessF());
}

void TestCues::userCueSetIsOfferedAndApplied()
{
    auto *menu = m_window->findChild<QMenu *>(QStringLiteral("cueSetMenu"));
    QVERIFY(menu);
    QStringList names;
    QAction *kritik = nullptr;
    for (QAction *a : menu->actions()) {
        names.append(a->text());
        if (a->text() == QStringLiteral("Kritik (Deutsch)"))
            kritik = a;
    }
    QCOMPARE(names.value(0), QStringLiteral("Review Cues"));
    QVERIFY2(kritik, qPrintable(names.join(QLatin1String(", "))));
    QVERIFY(menu->actions().constFirst()->isChecked());

    ReviewView *view = addReview(QStringLiteral("kritik-review.txt"));
    QVERIFY(view);
    action("showCuesAction")->trigger();
    // The built-in choice follows the review's language, guessed at import: German cues here.
    QCOMPARE(m_window->project()->review(m_window->project()->reviewCount() - 1).language, QStringLiteral("de"));
    QTRY_VERIFY(view->cueSet() == QStringLiteral("Review Cues (German)"));
    QTRY_VERIFY(cueFormatAt(view, QStringLiteral("großartig")));
    // Set to English (as Review Properties does), the review's cues switch at once.
    const QString reviewId = m_window->project()->review(m_window->project()->reviewCount() - 1).id;
    m_window->project()->setReviewLanguage(reviewId, QStringLiteral("en"));
    QTRY_VERIFY(view->cueSet() == QStringLiteral("Review Cues"));
    QTRY_VERIFY(!cueFormatAt(view, QStringLiteral("großartig")));
    m_window->project()->undoStack()->undo();
    QTRY_VERIFY(view->cueSet() == QStringLiteral("Review Cues (German)"));

    kritik->trigger();
    QVERIFY(kritik->isChecked());
    QVERIFY(!menu->actions().constFirst()->isChecked());
    QCOMPARE(view->cueSet(), QStringLiteral("Kritik (Deutsch)"));
    QTRY_VERIFY(cueFormatAt(view, QStringLiteral("großartig")));
    QVERIFY(cueFormatAt(view, QStringLiteral("enttäuschend")));
    QVERIFY(cueFormatAt(view, QStringLiteral("zieht sich")));
    QCOMPARE(m_window->suggestionSet()->cueSet(), QStringLiteral("Kritik (Deutsch)"));
    QCOMPARE(QSettings().value(QStringLiteral("view/cueSet")).toString(), QStringLiteral("Kritik (Deutsch)"));

    // The choice is remembered.
    MainWindow next;
    QCOMPARE(next.suggestionSet()->cueSet(), QStringLiteral("Kritik (Deutsch)"));
}

void TestCues::suggestStepAcceptRejectWithTheKeyboard()
{
    ReviewView *view = addReview(QStringLiteral("lantern-keeper.txt"));
    QVERIFY(view);
    const QString reviewId = m_window->project()->review(0).id;
    auto *status = m_window->findChild<QLabel *>(QStringLiteral("suggestionStatus"));
    QVERIFY(status);
    QVERIFY(!status->isVisible());
    QVERIFY(!action("actionAcceptSuggestion")->isEnabled());

    view->setFocus();
    QTest::keyClick(view, Qt::Key_S, Qt::ControlModifier | Qt::AltModifier);
    SuggestionSet *set = m_window->suggestionSet();
    QTRY_VERIFY(set->count() >= 2);
    const int total = set->count();
    bool praise = false;
    bool criticism = false;
    for (const Suggestion &s : set->suggestions(reviewId))
        (s.polarity == Polarity::Praise ? praise : criticism) = true;
    QVERIFY(praise && criticism);
    QTRY_VERIFY(status->isVisible());
    // "%n suggestion(s)": the plural form comes from the English catalogue, not loaded here.
    QVERIFY2(status->text().startsWith(QStringLiteral("%1 suggestion").arg(total)), qPrintable(status->text()));
    // Drawn in the view, the first one current and the view ready for the keys.
    QCOMPARE(view->suggestions().size(), total);
    QCOMPARE(view->currentSuggestion(), 0);
    QTRY_VERIFY(view->hasFocus());
    QVERIFY(!view->rangeRects(view->suggestions().at(0).start, view->suggestions().at(0).end).isEmpty());
    QVERIFY(m_window->project()->review(0).annotations.isEmpty());
    QVERIFY(!m_window->project()->isModified());

    QTest::keyClick(view, Qt::Key_F8);
    QCOMPARE(set->currentIndex(), 1);
    QCOMPARE(view->currentSuggestion(), 1);
    QTest::keyClick(view, Qt::Key_F8, Qt::ShiftModifier);
    QCOMPARE(view->currentSuggestion(), 0);

    // Accept: one annotation of the suggestion's polarity, one undo step; it becomes the current
    // annotation (so Ctrl+3 and the tags apply to it), and F8 goes on to the next suggestion.
    const Suggestion first = set->suggestions(reviewId).at(0);
    const int steps = m_window->project()->undoStack()->count();
    QTest::keyClick(view, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(m_window->project()->review(0).annotations.size(), 1);
    const Annotation accepted = m_window->project()->review(0).annotations.at(0);
    QCOMPARE(accepted.polarity, first.polarity);
    QCOMPARE(accepted.start, first.start);
    QCOMPARE(m_window->project()->undoStack()->count(), steps + 1);
    QCOMPARE(set->count(), total - 1);
    QCOMPARE(view->suggestions().size(), total - 1);
    QTRY_VERIFY(status->text().startsWith(QStringLiteral("%1 suggestion").arg(total - 1)));
    QCOMPARE(m_window->currentAnnotationId(), accepted.id);
    QVERIFY(action("actionNote")->isEnabled());
    QVERIFY(!set->hasCurrent());
    QTest::keyClick(view, Qt::Key_F8);
    QVERIFY(set->hasCurrent());
    QVERIFY(m_window->currentAnnotationId().isEmpty());

    // Undo removes the annotation.
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(m_window->project()->review(0).annotations.isEmpty());
    QVERIFY(!m_window->project()->isModified());

    // Reject with Delete: the suggestion goes and is remembered (one undo step), no annotation.
    QVERIFY(set->hasCurrent());
    const Suggestion rejected = set->suggestions(reviewId).at(set->currentIndex());
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(set->count(), total - 2);
    QVERIFY(m_window->project()->review(0).annotations.isEmpty());
    QCOMPARE(m_window->project()->undoStack()->index(), steps + 1);
    const QString rejectedText =
        m_window->project()->review(0).text.mid(rejected.start, rejected.end - rejected.start);
    QCOMPARE(m_window->project()->review(0).rejectedSuggestions, QStringList{rejectedText});

    // Ctrl+1 / Ctrl+2 on a current suggestion accept it with that polarity, and it is current.
    if (set->count() > 0) {
        QVERIFY(set->hasCurrent());
        const Suggestion next = set->suggestions(reviewId).at(set->currentIndex());
        const bool praise = next.polarity == Polarity::Praise;
        QTest::keyClick(view, praise ? Qt::Key_2 : Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(m_window->project()->review(0).annotations.size(), 1);
        const Annotation made = m_window->project()->review(0).annotations.at(0);
        QCOMPARE(made.polarity, praise ? Polarity::Criticism : Polarity::Praise);
        QCOMPARE(made.start, next.start);
        QCOMPARE(m_window->currentAnnotationId(), made.id);
        QCOMPARE(set->count(), total - 3);
    }

    // Suggesting again never offers the rejected one.
    QTest::keyClick(view, Qt::Key_S, Qt::ControlModifier | Qt::AltModifier);
    QTRY_VERIFY(set->count() > 0);
    for (const Suggestion &s : set->suggestions(reviewId))
        QVERIFY(m_window->project()->review(0).text.mid(s.start, s.end - s.start) != rejectedText);
}

void TestCues::suggestionsPerColumnAreLimited()
{
    QSettings().setValue(QStringLiteral("suggestions/maxPerReview"), 1);
    ReviewView *view = addReview(QStringLiteral("lantern-keeper.txt"));
    QVERIFY(view);
    const QString reviewId = m_window->project()->review(0).id;
    SuggestionSet *set = m_window->suggestionSet();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_S, Qt::ControlModifier | Qt::AltModifier);
    QTRY_COMPARE(set->count(), 1);
    const int waiting = set->waitingCount();
    QVERIFY(waiting >= 1);
    auto *status = m_window->findChild<QLabel *>(QStringLiteral("suggestionStatus"));
    QTRY_VERIFY2(status->text().contains(QStringLiteral("Ctrl+F8")), qPrintable(status->text()));
    // One keystroke shows more.
    QTRY_VERIFY(view->hasFocus());
    QTest::keyClick(view, Qt::Key_F8, Qt::ControlModifier);
    QCOMPARE(set->count(), 2);
    QCOMPARE(view->suggestions().size(), 2);
    QCOMPARE(set->waitingCount(), waiting - 1);
    // Rejecting one makes room for the next strongest.
    set->setCurrent(reviewId, 0);
    QTest::keyClick(view, Qt::Key_R);
    QCOMPARE(set->count(), qMin(2, 1 + waiting - 1));
}

void TestCues::acceptAllAndRejectAll()
{
    QVERIFY(addReview(QStringLiteral("lantern-keeper.txt")));
    ReviewView *view = addReview(QStringLiteral("harbour-lights.txt"));
    QVERIFY(view);
    SuggestionSet *set = m_window->suggestionSet();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_S, Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier);
    QTRY_VERIFY(set->count() >= 2);
    QVERIFY(!set->suggestions(m_window->project()->review(0).id).isEmpty());
    QVERIFY(!set->suggestions(m_window->project()->review(1).id).isEmpty());
    const int total = set->count();

    const int steps = m_window->project()->undoStack()->count();
    QTRY_VERIFY(view->hasFocus() || m_window->columnsArea()->currentColumn()->view()->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_window->project()->annotationCount(), total);
    QCOMPARE(m_window->project()->undoStack()->count(), steps + 1);
    QCOMPARE(set->count(), 0);
    m_window->findChild<QAction *>(QStringLiteral("actionUndo"))->trigger();
    QCOMPARE(m_window->project()->annotationCount(), 0);

    m_window->findChild<QAction *>(QStringLiteral("actionSuggestAll"))->trigger();
    QCOMPARE(set->count(), total);
    QTRY_VERIFY(QApplication::focusWidget());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Delete, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(set->count(), 0);
    QCOMPARE(m_window->project()->annotationCount(), 0);
    // Every one remembered, in one undo step.
    QCOMPARE(m_window->project()->undoStack()->index(), steps + 1);
    QVERIFY(!m_window->project()->review(0).rejectedSuggestions.isEmpty());
    QCOMPARE(view->suggestions().size(), 0);
    QVERIFY(!m_window->findChild<QLabel *>(QStringLiteral("suggestionStatus"))->isVisible());
}

void TestCues::suggestionsAreNeverSaved()
{
    QVERIFY(addReview(QStringLiteral("lantern-keeper.txt")));
    m_window->findChild<QAction *>(QStringLiteral("actionSuggest"))->trigger();
    SuggestionSet *set = m_window->suggestionSet();
    QVERIFY(set->count() >= 2);
    const int total = set->count();
    // Accept one, leave the rest on show, save and reload.
    QVERIFY(!set->acceptCurrent().isEmpty());
    const QString path = m_dir.filePath(QStringLiteral("suggested.revmark"));
    QVERIFY(m_window->saveProjectAs(path));
    QCOMPARE(set->count(), total - 1);

    MainWindow reopened;
    reopened.setMessageSink([this](const QString &message) { m_messages.append(message); });
    QVERIFY(reopened.openProject(path));
    QCOMPARE(reopened.project()->annotationCount(), 1);
    QCOMPARE(reopened.suggestionSet()->count(), 0);
    // Opening another project drops what was on show.
    QVERIFY(m_window->openProject(path));
    QCOMPARE(set->count(), 0);
}

void TestCues::cancelledSuggestForAllShowsNothing()
{
    QVERIFY(addReview(QStringLiteral("lantern-keeper.txt")));
    QVERIFY(addReview(QStringLiteral("harbour-lights.txt")));
    SuggestionSet *set = m_window->suggestionSet();
    QCOMPARE(set->count(), 0);
    // The dialog after the first review, however fast this machine is; cancelled as a user would.
    StepProgress::setShowDelay(0);
    bool sawProgress = false;
    QTimer canceller;
    canceller.setInterval(0);
    connect(&canceller, &QTimer::timeout, this, [&] {
        auto *progress = m_window->findChild<QProgressDialog *>(QStringLiteral("suggestProgress"));
        if (!progress || !progress->isVisible())
            return;
        canceller.stop();
        if (auto *cancel = progress->findChild<QPushButton *>()) {
            sawProgress = true;
            QTest::mouseClick(cancel, Qt::LeftButton);
        }
    });
    canceller.start();
    m_window->findChild<QAction *>(QStringLiteral("actionSuggestAll"))->trigger();
    canceller.stop();
    StepProgress::setShowDelay(StepProgress::DefaultShowDelay);
    QVERIFY(sawProgress);
    QCOMPARE(set->count(), 0);
    QVERIFY(!m_window->findChild<QProgressDialog *>(QStringLiteral("suggestProgress")));

    // Not cancelled: every review's suggestions.
    m_window->findChild<QAction *>(QStringLiteral("actionSuggestAll"))->trigger();
    QVERIFY(set->count() >= 2);
}

QTEST_MAIN(TestCues)
#include "tst_cues.moc"
