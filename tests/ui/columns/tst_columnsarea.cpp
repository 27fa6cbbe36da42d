// SPDX-License-Identifier: GPL-3.0-or-later
// ColumnsArea's hint in a project without reviews.
#include "columns/columnsarea.h"
#include "mainwindow.h"
#include "project/project.h"
#include "uitestutil.h"

#include <QAction>
#include <QLabel>
#include <QSettings>
#include <QTest>
#include <QUndoStack>

using namespace Revmark;
using namespace Revmark::UiTest;

class TestColumnsArea : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyProjectShowsHowToAddReviews();
};

void TestColumnsArea::emptyProjectShowsHowToAddReviews()
{
    QSettings().clear();
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *hint = window.columnsArea()->findChild<QLabel *>(QStringLiteral("emptyHint"));
    QVERIFY(hint);
    QTRY_VERIFY(hint->isVisible());
    // It names the keys that add reviews and open a project, as the actions have them.
    const QString add = window.findChild<QAction *>(QStringLiteral("actionAddReviews"))->shortcut().toString(QKeySequence::NativeText);
    QVERIFY(!add.isEmpty());
    QVERIFY2(hint->text().contains(add.toHtmlEscaped()), qPrintable(hint->text()));
    QVERIFY(hint->geometry().intersects(window.columnsArea()->viewport()->rect()));

    QCOMPARE(window.addReviewFiles({dataFile(QStringLiteral("night-train.txt"))}), 1);
    QTRY_VERIFY(!hint->isVisible());
    // Undo takes the review away again, and the hint comes back.
    window.project()->undoStack()->undo();
    QTRY_VERIFY(hint->isVisible());
    window.project()->undoStack()->setClean();
}

QTEST_MAIN(TestColumnsArea)
#include "tst_columnsarea.moc"
