// SPDX-License-Identifier: GPL-3.0-or-later
// Grades in the window: the column header shows the grade found at import, Review Properties
// corrects it (one undo step), undo brings the old one back. Both builds.
#include "columns/columnsarea.h"
#include "model/grade.h"
#include "mainwindow.h"
#include "project/project.h"
#include "model/qtcompat.h"
#include "columns/reviewcolumn.h"
#include "dialogs/reviewpropertiesdialog.h"
#include "uitestutil.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTest>
#include <QTimer>

#include <algorithm>

using namespace Revmark;
using namespace Revmark::UiTest;

namespace {

// The scale is GradeParser's (tested in tests/core); the window shows what it says.
int valueOf(const char *raw)
{
    return GradeParser::parse(QString::fromUtf8(raw)).value;
}

} // namespace

class TestGrades : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void headerShowsTheGradeFoundAtImport();
    void propertiesCorrectTheGradeInOneUndoStep();
    void valueByHandAndNoGrade();
    void titleAndGradeTogetherAreOneUndoStep();
    void gradeLabelIsAMnemonicForTheGradeField();

private:
    ReviewColumn *column() const { return m_window->columnsArea()->column(0); }
    // Opens Review Properties with the keyboard and runs edit on the open dialog.
    void editProperties(const std::function<void(ReviewPropertiesDialog *)> &edit);
    // The window's shortcuts work only while it is the active window, which a closed dialog
    // does not hand back by itself offscreen.
    void activate()
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
    }

    MainWindow *m_window = nullptr;
};

void TestGrades::init()
{
    QSettings().clear();
    m_window = new MainWindow;
    m_window->setMessageSink([](const QString &message) { QFAIL(qPrintable(message)); });
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QCOMPARE(m_window->addReviewFiles({dataFile(QStringLiteral("graded-review.txt"))}), 1);
    m_window->project()->undoStack()->setClean();
}

void TestGrades::cleanup()
{
    m_window->project()->undoStack()->setClean();
    delete m_window;
}

void TestGrades::editProperties(const std::function<void(ReviewPropertiesDialog *)> &edit)
{
    // First: waiting for the window must not run the timer before the dialog is up.
    activate();
    bool ran = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<ReviewPropertiesDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        edit(dialog);
        ran = true;
        if (dialog->isVisible())
            dialog->reject();
    });
    QTest::keyClick(m_window, Qt::Key_Return, Qt::AltModifier);
    QVERIFY(ran);
}

void TestGrades::headerShowsTheGradeFoundAtImport()
{
    const Review &review = m_window->project()->review(0);
    QCOMPARE(review.grade.raw, QStringLiteral("B-"));
    QCOMPARE(review.grade.value, valueOf("B-"));
    QVERIFY(review.grade.value > 0);
    QVERIFY(!review.grade.corrected);
    auto *label = column()->findChild<QLabel *>(QStringLiteral("columnGrade"));
    QVERIFY(label);
    QVERIFY(label->isVisible());
    QCOMPARE(label->text(), QStringLiteral("B-"));
    QVERIFY2(label->toolTip().contains(QString::number(valueOf("B-"))), qPrintable(label->toolTip()));

    // A review without a rating shows no badge.
    QCOMPARE(m_window->addReviewFiles({dataFile(QStringLiteral("night-train.txt"))}), 1);
    ReviewColumn *other = m_window->columnsArea()->column(1);
    QVERIFY(!other->findChild<QLabel *>(QStringLiteral("columnGrade"))->isVisible());
}

void TestGrades::propertiesCorrectTheGradeInOneUndoStep()
{
    const int steps = m_window->project()->undoStack()->count();
    editProperties([](ReviewPropertiesDialog *dialog) {
        auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("gradeEdit"));
        auto *value = dialog->findChild<QSpinBox *>(QStringLiteral("gradeValueSpin"));
        QVERIFY(edit && value);
        QCOMPARE(edit->text(), QStringLiteral("B-"));
        QCOMPARE(value->value(), valueOf("B-"));
        // Typed: the value follows as the text parses.
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, QStringLiteral("3.5/5"));
        QCOMPARE(value->value(), 70);
        QTest::keyClick(edit, Qt::Key_Return);
        QVERIFY(!dialog->isVisible());
    });
    const Review &review = m_window->project()->review(0);
    QCOMPARE(review.grade.raw, QStringLiteral("3.5/5"));
    QCOMPARE(review.grade.value, 70);
    QVERIFY(review.grade.corrected);
    QCOMPARE(m_window->project()->undoStack()->count(), steps + 1);
    auto *label = column()->findChild<QLabel *>(QStringLiteral("columnGrade"));
    QTRY_COMPARE(label->text(), QStringLiteral("3.5/5"));
    QVERIFY(label->toolTip().contains(QStringLiteral("70")));

    // Cancel changes nothing.
    editProperties([](ReviewPropertiesDialog *dialog) {
        auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("gradeEdit"));
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, QStringLiteral("A+"));
        QTest::keyClick(edit, Qt::Key_Escape);
    });
    QCOMPARE(m_window->project()->review(0).grade.raw, QStringLiteral("3.5/5"));
    QCOMPARE(m_window->project()->undoStack()->count(), steps + 1);

    // Undo brings back the grade found at import, in the header too.
    activate();
    QTest::keyClick(m_window, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_window->project()->review(0).grade.raw, QStringLiteral("B-"));
    QVERIFY(!m_window->project()->review(0).grade.corrected);
    QTRY_COMPARE(label->text(), QStringLiteral("B-"));
    QVERIFY(!m_window->project()->isModified());
}

void TestGrades::valueByHandAndNoGrade()
{
    editProperties([](ReviewPropertiesDialog *dialog) {
        auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("gradeEdit"));
        auto *value = dialog->findChild<QSpinBox *>(QStringLiteral("gradeValueSpin"));
        auto *note = dialog->findChild<QLabel *>(QStringLiteral("gradeNote"));
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, QStringLiteral("two thumbs up"));
        // Not a rating: the value stays for the user to set.
        QCOMPARE(value->value(), valueOf("B-"));
        QVERIFY(!note->text().isEmpty());
        value->setFocus();
        value->selectAll();
        QTest::keyClicks(value, QStringLiteral("90"));
        QCOMPARE(value->value(), 90);
        dialog->accept();
    });
    QCOMPARE(m_window->project()->review(0).grade.raw, QStringLiteral("two thumbs up"));
    QCOMPARE(m_window->project()->review(0).grade.value, 90);

    // Clearing the text means no grade: the badge goes.
    editProperties([](ReviewPropertiesDialog *dialog) {
        auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("gradeEdit"));
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QCOMPARE(dialog->findChild<QSpinBox *>(QStringLiteral("gradeValueSpin"))->value(), -1);
        dialog->accept();
    });
    QVERIFY(!m_window->project()->review(0).grade.isValid());
    QVERIFY(m_window->project()->review(0).grade.corrected);
    QTRY_VERIFY(!column()->findChild<QLabel *>(QStringLiteral("columnGrade"))->isVisible());
}

void TestGrades::titleAndGradeTogetherAreOneUndoStep()
{
    const int steps = m_window->project()->undoStack()->count();
    editProperties([](ReviewPropertiesDialog *dialog) {
        auto *title = dialog->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
        title->setFocus();
        title->selectAll();
        QTest::keyClicks(title, QStringLiteral("Quiet Rooms (festival cut)"));
        auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("gradeEdit"));
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, QStringLiteral("A-"));
        dialog->accept();
    });
    QCOMPARE(m_window->project()->review(0).title, QStringLiteral("Quiet Rooms (festival cut)"));
    QCOMPARE(m_window->project()->review(0).grade.value, valueOf("A-"));
    QCOMPARE(m_window->project()->undoStack()->count(), steps + 1);
    m_window->project()->undoStack()->undo();
    QCOMPARE(m_window->project()->review(0).title, QStringLiteral("Quiet Rooms"));
    QCOMPARE(m_window->project()->review(0).grade.raw, QStringLiteral("B-"));
}

// The grade's row holds a layout, which QFormLayout cannot make a buddy of: the label must be
// one of its own with the field as buddy, or "&Grade:" shows its ampersand.
void TestGrades::gradeLabelIsAMnemonicForTheGradeField()
{
    editProperties([](ReviewPropertiesDialog *dialog) {
        auto *gradeEdit = dialog->findChild<QLineEdit *>(QStringLiteral("gradeEdit"));
        QVERIFY(gradeEdit);
        const QList<QLabel *> labels = dialog->findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(),
                            [gradeEdit](QLabel *label) { return label->buddy() == gradeEdit; }));
    });
}

QTEST_MAIN(TestGrades)
#include "tst_grades.moc"
