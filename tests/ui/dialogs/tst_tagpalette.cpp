// SPDX-License-Identifier: GPL-3.0-or-later
// The tag palette (Ctrl+T) in a real window: type to filter, Enter toggles and it stays open,
// a new tag is created and applied in one step, Escape closes.
#include "annotationselection.h"
#include "columns/columnsarea.h"
#include "columns/reviewcolumn.h"
#include "columns/reviewview.h"
#include "dialogs/tagpalette.h"
#include "mainwindow.h"
#include "model/qtcompat.h"
#include "project/project.h"
#include "uitestutil.h"

#include <QAction>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QTest>

using namespace Revmark;
using namespace Revmark::UiTest;

class TestTagPalette : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QSettings().clear(); }
    void filterToggleCreateAndClose();
    void needsACurrentAnnotation();
};

void TestTagPalette::filterToggleCreateAndClose()
{
    MainWindow window;
    window.setMessageSink([](const QString &) {});
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    Project *project = window.project();
    project->setTags({QStringLiteral("acting"), QStringLiteral("music"), QStringLiteral("pacing"),
                      QStringLiteral("story")});
    QCOMPARE(window.addReviewFiles({dataFile(QStringLiteral("harbour-lights.txt"))}), 1);
    ReviewView *view = window.columnsArea()->column(0)->view();
    selectWords(view, 2, 5);
    QTest::keyClick(view, Qt::Key_1, Qt::ControlModifier);
    const Annotation *current = window.annotationSelection()->annotation();
    QVERIFY(current);
    const int steps = project->undoStack()->count();

    QTest::keyClick(view, Qt::Key_T, Qt::ControlModifier);
    auto *palette = window.findChild<TagPalette *>(QStringLiteral("tagPalette"));
    QVERIFY(palette);
    QTRY_VERIFY(palette->isVisible());
    auto *filter = palette->findChild<QLineEdit *>(QStringLiteral("tagPaletteFilter"));
    auto *list = palette->findChild<QListWidget *>(QStringLiteral("tagPaletteList"));
    QVERIFY(filter && list);
    QTRY_VERIFY(filter->hasFocus());
    QCOMPARE(list->count(), 4);
    QVERIFY(list->item(1)->text().contains(QKeySequence(Qt::ALT | Qt::Key_2).toString(QKeySequence::NativeText)));

    // "ac" leaves "acting" and "pacing" (and the row to create "ac"); Enter toggles the first,
    // and the palette stays open.
    QTest::keyClicks(filter, QStringLiteral("ac"));
    QCOMPARE(list->count(), 3);
    QCOMPARE(list->item(2)->data(TagPalette::CreateRole).toString(), QStringLiteral("ac"));
    QTest::keyClick(filter, Qt::Key_Return);
    current = window.annotationSelection()->annotation();
    QCOMPARE(current->tags, QStringList{QStringLiteral("acting")});
    QVERIFY(palette->isVisible());
    QCOMPARE(list->item(0)->checkState(), Qt::Checked);
    // Down, Enter: the next one too, in the order of the project's list.
    QTest::keyClick(filter, Qt::Key_Down);
    QTest::keyClick(filter, Qt::Key_Return);
    current = window.annotationSelection()->annotation();
    QCOMPARE(current->tags, QStringList({QStringLiteral("acting"), QStringLiteral("pacing")}));
    QCOMPARE(project->undoStack()->count(), steps + 2);
    // Enter again on the same row takes it off.
    QTest::keyClick(filter, Qt::Key_Return);
    QCOMPARE(window.annotationSelection()->annotation()->tags, QStringList{QStringLiteral("acting")});

    // A name that is no tag: the row to create it; Enter creates and applies it in one step.
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("editing"));
    QCOMPARE(list->count(), 1);
    QVERIFY(list->item(0)->data(TagPalette::CreateRole).toString() == QStringLiteral("editing"));
    const int beforeCreate = project->undoStack()->count();
    QTest::keyClick(filter, Qt::Key_Return);
    QCOMPARE(project->undoStack()->count(), beforeCreate + 1);
    QCOMPARE(project->tags().constLast(), QStringLiteral("editing"));
    QCOMPARE(window.annotationSelection()->annotation()->tags,
             QStringList({QStringLiteral("acting"), QStringLiteral("editing")}));
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->item(0)->checkState(), Qt::Checked);
    // A click toggles as Enter does.
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(0)).center());
    QCOMPARE(window.annotationSelection()->annotation()->tags, QStringList{QStringLiteral("acting")});

    // Escape closes; undo takes the steps back one by one.
    QTest::keyClick(filter, Qt::Key_Escape);
    QTRY_VERIFY(!palette->isVisible());
    project->undoStack()->undo();
    QCOMPARE(window.annotationSelection()->annotation()->tags,
             QStringList({QStringLiteral("acting"), QStringLiteral("editing")}));
    project->undoStack()->undo();
    QVERIFY(!project->tags().contains(QStringLiteral("editing")));
    QCOMPARE(window.annotationSelection()->annotation()->tags, QStringList{QStringLiteral("acting")});
    project->undoStack()->setClean();
}

void TestTagPalette::needsACurrentAnnotation()
{
    MainWindow window;
    window.setMessageSink([](const QString &) {});
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.addReviewFiles({dataFile(QStringLiteral("harbour-lights.txt"))}), 1);
    window.findChild<QAction *>(QStringLiteral("actionTagPalette"))->trigger();
    auto *palette = window.findChild<TagPalette *>(QStringLiteral("tagPalette"));
    QVERIFY(!palette || !palette->isVisible());
    window.project()->undoStack()->setClean();
}

QTEST_MAIN(TestTagPalette)
#include "tst_tagpalette.moc"
