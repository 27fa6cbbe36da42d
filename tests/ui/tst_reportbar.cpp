// SPDX-License-Identifier: GPL-3.0-or-later
// The re-import report above the columns: its text and buttons for a re-import that changed the
// review, one that changed nothing, and one that failed; Undo takes back only that re-import.
#include "model/qtcompat.h"
#include "reportbar.h"
#include "session/projectsession.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace Revmark;

namespace {

// A command that counts, standing in for a re-import on the stack.
class Step : public QUndoCommand
{
public:
    explicit Step(int *value)
        : m_value(value)
    {
    }
    void redo() override { ++*m_value; }
    void undo() override { --*m_value; }

private:
    int *m_value;
};

} // namespace

class TestReportBar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void changedReimport();
    void undoOnlyWhileLast();
    void unchangedAndFailed();

private:
    static QLabel *text(ReportBar *bar) { return bar->findChild<QLabel *>(QStringLiteral("sourceReportText")); }
    static QPushButton *button(ReportBar *bar, const char *name)
    {
        return bar->findChild<QPushButton *>(QLatin1String(name));
    }
};

void TestReportBar::changedReimport()
{
    QUndoStack stack;
    int value = 0;
    stack.push(new Step(&value));
    QWidget window;
    auto *bar = new ReportBar(&stack, &window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!bar->isVisible());
    ReimportResult result;
    result.ok = true;
    result.changed = true;
    result.reviewId = QStringLiteral("r1");
    result.undoIndex = stack.index();
    result.hasOrphans = true;
    result.message = QStringLiteral("“Harbour Lights” changed on disk: 1 orphaned");
    bar->showReimport(result);
    QVERIFY(bar->isVisible());
    QCOMPARE(text(bar)->text(), result.message);
    QVERIFY(button(bar, "sourceReportUndo")->isVisible());
    QVERIFY(button(bar, "sourceReportUndo")->isEnabled());
    QPushButton *orphans = button(bar, "sourceReportShowOrphans");
    QVERIFY(orphans->isVisible());
    QSignalSpy requested(bar, &ReportBar::showOrphansRequested);
    QTest::mouseClick(orphans, Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).toString(), QStringLiteral("r1"));
    QTest::mouseClick(button(bar, "sourceReportUndo"), Qt::LeftButton);
    QCOMPARE(value, 0);
    QVERIFY(!bar->isVisible());
    // Close hides it without touching the project.
    stack.redo();
    bar->showReimport(result);
    QTest::mouseClick(bar->findChild<QToolButton *>(QStringLiteral("sourceReportClose")), Qt::LeftButton);
    QVERIFY(!bar->isVisible());
    QCOMPARE(value, 1);
}

void TestReportBar::undoOnlyWhileLast()
{
    QUndoStack stack;
    int value = 0;
    stack.push(new Step(&value));
    QWidget window;
    auto *bar = new ReportBar(&stack, &window);
    window.show();
    ReimportResult result;
    result.ok = true;
    result.changed = true;
    result.undoIndex = stack.index();
    result.message = QStringLiteral("re-imported");
    bar->showReimport(result);
    QPushButton *undo = button(bar, "sourceReportUndo");
    // A later edit: Undo in the bar would undo that, so it is disabled.
    stack.push(new Step(&value));
    QVERIFY(!undo->isEnabled());
    stack.undo();
    QVERIFY(undo->isEnabled());
    // Undone by other means, then another edit at the same index: not the re-import any more.
    stack.undo();
    QVERIFY(!undo->isEnabled());
    stack.push(new Step(&value));
    QVERIFY(!undo->isEnabled());
    QTest::mouseClick(undo, Qt::LeftButton);
    QCOMPARE(value, 1);
}

void TestReportBar::unchangedAndFailed()
{
    QUndoStack stack;
    QWidget window;
    auto *bar = new ReportBar(&stack, &window);
    window.show();
    ReimportResult same;
    same.ok = true;
    same.message = QStringLiteral("nothing changed");
    bar->showReimport(same);
    QVERIFY(bar->isVisible());
    QVERIFY(!button(bar, "sourceReportUndo")->isVisible());
    QVERIFY(!button(bar, "sourceReportShowOrphans")->isVisible());
    ReimportResult failed;
    failed.ok = false;
    failed.hasOrphans = true;
    failed.message = QStringLiteral("could not be read again: the file is empty.");
    bar->showReimport(failed);
    QCOMPARE(text(bar)->text(), failed.message);
    QVERIFY(!button(bar, "sourceReportUndo")->isVisible());
    QVERIFY(!button(bar, "sourceReportShowOrphans")->isVisible());
}

QTEST_MAIN(TestReportBar)
#include "tst_reportbar.moc"
