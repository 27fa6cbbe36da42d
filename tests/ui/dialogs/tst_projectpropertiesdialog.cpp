// SPDX-License-Identifier: GPL-3.0-or-later
// File › Project Properties: the title, one undo step, in the window title.
#include "dialogs/projectpropertiesdialog.h"
#include "mainwindow.h"
#include "project/project.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Revmark;

class TestProjectPropertiesDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void titleIsOneUndoStepAndNamesTheWindow();
    void cancelChangesNothing();

private:
    // Opens the dialog from its action and runs edit on it.
    void withDialog(MainWindow *window, const std::function<void(ProjectPropertiesDialog *)> &edit);
};

void TestProjectPropertiesDialog::withDialog(MainWindow *window, const std::function<void(ProjectPropertiesDialog *)> &edit)
{
    bool ran = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<ProjectPropertiesDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        edit(dialog);
        ran = true;
        if (dialog->isVisible())
            dialog->reject();
    });
    auto *action = window->findChild<QAction *>(QStringLiteral("actionProjectProperties"));
    QVERIFY(action && action->isEnabled());
    // In the File menu, where the project's own settings are looked for.
    bool inFileMenu = false;
    for (QAction *menu : window->menuBar()->actions())
        inFileMenu = inFileMenu || (menu->menu() && menu->menu()->actions().contains(action) && menu->text() == QStringLiteral("&File"));
    QVERIFY(inFileMenu);
    action->trigger();
    QVERIFY(ran);
}

void TestProjectPropertiesDialog::titleIsOneUndoStepAndNamesTheWindow()
{
    QSettings().clear();
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    Project *project = window.project();
    withDialog(&window, [](ProjectPropertiesDialog *dialog) {
        auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("projectTitleEdit"));
        QVERIFY(edit);
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(edit));
        edit->selectAll();
        QTest::keyClicks(edit, QStringLiteral("Night Swimmers: the critics"));
        QTest::keyClick(edit, Qt::Key_Return);
        QVERIFY(!dialog->isVisible());
    });
    QCOMPARE(project->title(), QStringLiteral("Night Swimmers: the critics"));
    QVERIFY2(window.windowTitle().startsWith(QStringLiteral("Night Swimmers: the critics")), qPrintable(window.windowTitle()));
    QCOMPARE(project->undoStack()->count(), 1);
    project->undoStack()->undo();
    QVERIFY(!window.windowTitle().contains(QStringLiteral("Night Swimmers")));
    QVERIFY(!project->isModified());
}

void TestProjectPropertiesDialog::cancelChangesNothing()
{
    QSettings().clear();
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    withDialog(&window, [](ProjectPropertiesDialog *dialog) {
        auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("projectTitleEdit"));
        QTest::keyClicks(edit, QStringLiteral("Other"));
        QTest::keyClick(edit, Qt::Key_Escape);
        QVERIFY(!dialog->isVisible());
    });
    QCOMPARE(window.project()->undoStack()->count(), 0);
}

QTEST_MAIN(TestProjectPropertiesDialog)
#include "tst_projectpropertiesdialog.moc"
