// SPDX-License-Identifier: GPL-3.0-or-later
// The action registry: actions by id, menus built from ids, one registry per window, and the
// main window's menus, toolbar and docks reaching their actions through it.
#include "actionregistry.h"
#include "columns/columnsarea.h"
#include "mainwindow.h"
#include "panels/annotationpanel.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QToolBar>

#include <memory>

using namespace Revmark;

class TestActionRegistry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QSettings().clear(); }
    void createAndLookUp();
    void addToMenuAndToolBar();
    void deletedActionLeaves();
    void onePerWindow();
    void everyMenuActionIsRegistered();
};

void TestActionRegistry::createAndLookUp()
{
    QWidget window;
    ActionRegistry registry(&window);
    QSignalSpy added(&registry, &ActionRegistry::actionAdded);
    QAction *a = registry.create(QStringLiteral("actionOne"), QStringLiteral("One"),
                                 {QKeySequence(Qt::CTRL | Qt::Key_1), QKeySequence()});
    QCOMPARE(a->objectName(), QStringLiteral("actionOne"));
    QCOMPARE(a->text(), QStringLiteral("One"));
    // Empty sequences are no shortcut.
    QCOMPARE(a->shortcuts(), QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_1)});
    QCOMPARE(a->parent(), &window);
    auto *other = new QAction(QStringLiteral("Two"), &window);
    other->setObjectName(QStringLiteral("actionTwo"));
    QCOMPARE(registry.add(other), other);
    QCOMPARE(added.count(), 2);
    QCOMPARE(registry.action(QStringLiteral("actionOne")), a);
    QCOMPARE(registry.action(QStringLiteral("actionTwo")), other);
    QVERIFY(registry.contains(QStringLiteral("actionTwo")));
    QTest::ignoreMessage(QtWarningMsg, "ActionRegistry: no action \"actionThree\"");
    QCOMPARE(registry.action(QStringLiteral("actionThree")), nullptr);
    QCOMPARE(registry.ids(), (QStringList{QStringLiteral("actionOne"), QStringLiteral("actionTwo")}));
    QCOMPARE(registry.actions({QStringLiteral("actionTwo"), QStringLiteral("nope"), QStringLiteral("actionOne")}),
             (QList<QAction *>{other, a}));
    // No id, or one taken: not registered.
    auto *nameless = new QAction(QStringLiteral("Nameless"), &window);
    QTest::ignoreMessage(QtWarningMsg, "ActionRegistry: an action needs a new id, not \"\"");
    registry.add(nameless);
    auto *twin = new QAction(QStringLiteral("Twin"), &window);
    twin->setObjectName(QStringLiteral("actionOne"));
    QTest::ignoreMessage(QtWarningMsg, "ActionRegistry: an action needs a new id, not \"actionOne\"");
    registry.add(twin);
    QCOMPARE(registry.action(QStringLiteral("actionOne")), a);
    QCOMPARE(registry.ids().size(), 2);
}

void TestActionRegistry::addToMenuAndToolBar()
{
    QWidget window;
    ActionRegistry registry(&window);
    QAction *one = registry.create(QStringLiteral("actionOne"), QStringLiteral("One"));
    QAction *two = registry.create(QStringLiteral("actionTwo"), QStringLiteral("Two"));
    const QStringList ids{QStringLiteral("actionOne"), QString(), QStringLiteral("actionTwo"), QStringLiteral("x")};
    QMenu menu;
    registry.addTo(&menu, ids);
    QCOMPARE(menu.actions().size(), 3);
    QCOMPARE(menu.actions().at(0), one);
    QVERIFY(menu.actions().at(1)->isSeparator());
    QCOMPARE(menu.actions().at(2), two);
    QToolBar bar;
    registry.addTo(&bar, ids);
    QCOMPARE(bar.actions().size(), 3);
    QVERIFY(bar.actions().at(1)->isSeparator());
}

void TestActionRegistry::deletedActionLeaves()
{
    QWidget window;
    ActionRegistry registry(&window);
    QAction *a = registry.create(QStringLiteral("actionOne"), QStringLiteral("One"));
    delete a;
    QVERIFY(!registry.contains(QStringLiteral("actionOne")));
    QVERIFY(registry.ids().isEmpty());
}

void TestActionRegistry::onePerWindow()
{
    MainWindow first;
    MainWindow second;
    QVERIFY(first.actions() != second.actions());
    QCOMPARE(ActionRegistry::of(&first), first.actions());
    // Any widget inside the window finds its window's registry.
    QCOMPARE(ActionRegistry::of(first.columnsArea()), first.actions());
    QCOMPARE(ActionRegistry::of(second.annotationPanel()), second.actions());
    QWidget loose;
    QCOMPARE(ActionRegistry::of(&loose), nullptr);
    QVERIFY(first.actions()->action(QStringLiteral("actionSave")) != second.actions()->action(QStringLiteral("actionSave")));
}

void TestActionRegistry::everyMenuActionIsRegistered()
{
    MainWindow window;
    ActionRegistry *registry = window.actions();
    QStringList missing;
    const auto check = [&](const QList<QAction *> &actions) {
        for (QAction *a : actions) {
            if (a->isSeparator() || a->menu() || a->objectName().isEmpty())
                continue;
            if (!registry->contains(a->objectName()) || registry->action(a->objectName()) != a)
                missing.append(a->objectName());
        }
    };
    for (QMenu *menu : window.findChildren<QMenu *>())
        check(menu->actions());
    for (QToolBar *bar : window.findChildren<QToolBar *>())
        check(bar->actions());
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1String(", "))));
    for (const char *id : {"actionNew", "actionOpen", "actionSave", "actionSaveAs", "actionUndo", "actionRedo",
                           "actionPraise", "actionCriticism", "actionNote", "actionDeleteAnnotation",
                           "actionReviewProperties", "actionReimportSource", "actionShowOrphans", "actionFocusMode"})
        QVERIFY2(registry->contains(QLatin1String(id)), id);
    // The same objects tests and users reach by name.
    QCOMPARE(window.findChild<QAction *>(QStringLiteral("actionPraise")),
             registry->action(QStringLiteral("actionPraise")));
}

QTEST_MAIN(TestActionRegistry)
#include "tst_actionregistry.moc"
