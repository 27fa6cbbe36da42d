// SPDX-License-Identifier: GPL-3.0-or-later
// Help › Keyboard Shortcuts: every shortcut of the window's actions, filterable.
#include "actionregistry.h"
#include "dialogs/shortcutsdialog.h"
#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QSettings>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace Revmark;

class TestShortcutsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsEveryShortcutOfTheWindow();
};

void TestShortcutsDialog::listsEveryShortcutOfTheWindow()
{
    QSettings().clear();
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const ActionRegistry *registry = ActionRegistry::of(&window);
    QVERIFY(registry);
    QStringList expected;
    for (QAction *action : registry->actions(registry->ids())) {
        if (!action->shortcuts().isEmpty())
            expected.append(action->objectName());
    }
    QVERIFY(expected.size() > 15);
    QVERIFY(expected.contains(QStringLiteral("actionPraise")));

    bool ran = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<ShortcutsDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        ran = true;
        auto *tree = dialog->findChild<QTreeWidget *>(QStringLiteral("shortcutsTree"));
        QVERIFY(tree);
        QStringList listed;
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = tree->topLevelItem(i);
            listed.append(item->data(0, Qt::UserRole).toString());
            QVERIFY2(!item->text(0).contains(QLatin1Char('&')), qPrintable(item->text(0)));
            QVERIFY(!item->text(1).isEmpty());
        }
        QCOMPARE(listed, expected);
        // The shortcut as the menus show it.
        auto *save = window.findChild<QAction *>(QStringLiteral("actionSave"));
        const int row = int(listed.indexOf(QStringLiteral("actionSave")));
        QCOMPARE(tree->topLevelItem(row)->text(1), save->shortcut().toString(QKeySequence::NativeText));
        QCOMPARE(tree->topLevelItem(row)->text(0), QStringLiteral("Save"));

        // Typing filters by action or key.
        auto *filter = dialog->findChild<QLineEdit *>(QStringLiteral("shortcutsFilter"));
        QTest::keyClicks(filter, QStringLiteral("praise"));
        int shown = 0;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            shown += tree->topLevelItem(i)->isHidden() ? 0 : 1;
        QVERIFY(shown >= 1 && shown < tree->topLevelItemCount());
        QTest::keyClick(dialog, Qt::Key_Escape);
        QVERIFY(!dialog->isVisible());
    });
    auto *action = window.findChild<QAction *>(QStringLiteral("actionKeyboardShortcuts"));
    QVERIFY(action);
    action->trigger();
    QVERIFY(ran);
}

QTEST_MAIN(TestShortcutsDialog)
#include "tst_shortcutsdialog.moc"
