// SPDX-License-Identifier: GPL-3.0-or-later
// Review › Review Properties: the language field, driven by keyboard on real widgets offscreen.
#include "dialogs/reviewpropertiesdialog.h"
#include "project/project.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QTest>
#include <QUndoStack>

using namespace Revmark;

class TestReviewPropertiesDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void showsTheReviewsLanguage_data();
    void showsTheReviewsLanguage();
    void languageAloneIsItsOwnStep();
    void languageAndSchoolGradeAreOneStep();
    void cancelChangesNothing();

private:
    void chooseLanguage(ReviewPropertiesDialog *dialog, const QString &name);
    Project m_project;
};

void TestReviewPropertiesDialog::init()
{
    Review review;
    review.id = QStringLiteral("r");
    review.title = QStringLiteral("Kritik");
    review.text = QStringLiteral("Der Film ist gut, aber zu lang.\n\nNote: 2+");
    review.language = QStringLiteral("en");
    m_project.reset(QStringLiteral("t"), {}, {review});
}

// Picks an entry of the language box by keyboard: focus it, then type the start of its name.
void TestReviewPropertiesDialog::chooseLanguage(ReviewPropertiesDialog *dialog, const QString &name)
{
    auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("languageCombo"));
    QVERIFY(combo);
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    QTest::keyClicks(combo, name);
    QCOMPARE(combo->currentText(), name);
}

void TestReviewPropertiesDialog::showsTheReviewsLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<int>("entries");
    QTest::newRow("unknown") << QString() << QStringLiteral("Unknown") << 4;
    QTest::newRow("English") << QStringLiteral("en") << QStringLiteral("English") << 4;
    QTest::newRow("French") << QStringLiteral("fr") << QStringLiteral("French") << 4;
    QTest::newRow("German") << QStringLiteral("de") << QStringLiteral("German") << 4;
    QTest::newRow("a code from elsewhere is kept") << QStringLiteral("it") << QStringLiteral("it") << 5;
}

void TestReviewPropertiesDialog::showsTheReviewsLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, shown);
    QFETCH(int, entries);
    m_project.setReviewLanguage(QStringLiteral("r"), language);
    ReviewPropertiesDialog dialog(&m_project, QStringLiteral("r"));
    auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
    QVERIFY(combo);
    QCOMPARE(combo->currentText(), shown);
    QCOMPARE(combo->count(), entries);
    // OK with nothing changed: no step, the language as it was.
    const int steps = m_project.undoStack()->count();
    dialog.accept();
    QCOMPARE(m_project.undoStack()->count(), steps);
    QCOMPARE(m_project.findReview(QStringLiteral("r"))->language, language);
}

void TestReviewPropertiesDialog::languageAloneIsItsOwnStep()
{
    ReviewPropertiesDialog dialog(&m_project, QStringLiteral("r"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    chooseLanguage(&dialog, QStringLiteral("French"));
    const int steps = m_project.undoStack()->count();
    QTest::keyClick(&dialog, Qt::Key_Return);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(m_project.undoStack()->count(), steps + 1);
    QCOMPARE(m_project.undoStack()->undoText(), QStringLiteral("Change Language"));
    QCOMPARE(m_project.findReview(QStringLiteral("r"))->language, QStringLiteral("fr"));
    m_project.undoStack()->undo();
    QCOMPARE(m_project.findReview(QStringLiteral("r"))->language, QStringLiteral("en"));
}

// "Note: 2+" is no rating in English; once the review is German it is a school grade (85), and
// the value follows when the language changes after typing.
void TestReviewPropertiesDialog::languageAndSchoolGradeAreOneStep()
{
    ReviewPropertiesDialog dialog(&m_project, QStringLiteral("r"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("gradeEdit"));
    auto *value = dialog.findChild<QSpinBox *>(QStringLiteral("gradeValueSpin"));
    QVERIFY(edit && value);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("Note: 2+"));
    QCOMPARE(value->value(), -1);
    chooseLanguage(&dialog, QStringLiteral("German"));
    QCOMPARE(value->value(), 85);
    const int steps = m_project.undoStack()->count();
    QTest::keyClick(&dialog, Qt::Key_Return);
    QCOMPARE(m_project.undoStack()->count(), steps + 1);
    QCOMPARE(m_project.undoStack()->undoText(), QStringLiteral("Edit Review Properties"));
    const Review *review = m_project.findReview(QStringLiteral("r"));
    QCOMPARE(review->language, QStringLiteral("de"));
    QCOMPARE(review->grade.value, 85);
    QCOMPARE(review->grade.raw, QStringLiteral("Note: 2+"));
    QVERIFY(review->grade.corrected);
}

void TestReviewPropertiesDialog::cancelChangesNothing()
{
    ReviewPropertiesDialog dialog(&m_project, QStringLiteral("r"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    chooseLanguage(&dialog, QStringLiteral("German"));
    const int steps = m_project.undoStack()->count();
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(m_project.undoStack()->count(), steps);
    QCOMPARE(m_project.findReview(QStringLiteral("r"))->language, QStringLiteral("en"));
}

QTEST_MAIN(TestReviewPropertiesDialog)
#include "tst_reviewpropertiesdialog.moc"
