// SPDX-License-Identifier: GPL-3.0-or-later
// Zoom, the reading font and column widths, driven as a user would in a real window.
#include "actionregistry.h"
#include "columns/columnsarea.h"
#include "columns/reviewcolumn.h"
#include "columns/reviewview.h"
#include "columnwidths.h"
#include "dialogs/preferencesdialog.h"
#include "export/pdfexporter.h"
#include "mainwindow.h"
#include "project/project.h"
#include "model/qtcompat.h"
#include "uitestutil.h"
#include "zoomcontroller.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QFontInfo>
#include <QMouseEvent>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWheelEvent>

#include <memory>

using namespace Revmark;

namespace {

ZoomController *zoomOf(MainWindow *window)
{
    return window->findChild<ZoomController *>(QStringLiteral("zoomController"));
}

// Every column's text in one size; fails the test when two differ.
double commonPointSize(MainWindow *window)
{
    ColumnsArea *area = window->columnsArea();
    const double size = area->column(0)->textView()->font().pointSizeF();
    for (int i = 1; i < area->columnCount(); ++i) {
        if (!qFuzzyCompare(area->column(i)->textView()->font().pointSizeF(), size))
            return -1;
    }
    return size;
}

// Removes every run from begin up to and including end.
void removeRuns(QByteArray *data, const QByteArray &begin, const QByteArray &end)
{
    int at = 0;
    while ((at = int(data->indexOf(begin, at))) >= 0) {
        const int stop = int(data->indexOf(end, at + int(begin.size())));
        if (stop < 0)
            return;
        data->remove(at, stop - at + int(end.size()));
    }
}

// The PDF without what differs from one export to the next of the same pages: the time it was
// written, and (Qt 6.8) the XMP metadata and the document id made for each file.
QByteArray pdfWithoutDates(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray data = file.readAll();
    removeRuns(&data, "/CreationDate", ")");
    removeRuns(&data, "/ModDate", ")");
    removeRuns(&data, "<?xpacket begin", "<?xpacket end");
    removeRuns(&data, "/ID [", "]");
    // Offsets in the cross-reference table follow from the metadata's length; the pages do not.
    removeRuns(&data, "xref", "%%EOF");
    return data;
}

// Drags the splitter's handle number index by dx pixels, as the mouse would.
void dragHandle(QSplitter *splitter, int index, int dx)
{
    QWidget *handle = splitter->handle(index);
    const QPoint start = handle->mapToGlobal(handle->rect().center());
    // The handle follows the pointer, so each event is placed from the screen position.
    const auto send = [handle](QEvent::Type type, const QPoint &global, Qt::MouseButtons buttons) {
        const QPoint pos = handle->mapFromGlobal(global);
        QMouseEvent event(type, pos, global, Qt::LeftButton, buttons, Qt::NoModifier);
        QApplication::sendEvent(handle, &event);
    };
    send(QEvent::MouseButtonPress, start, Qt::LeftButton);
    send(QEvent::MouseMove, start + QPoint(dx / 2, 0), Qt::LeftButton);
    send(QEvent::MouseMove, start + QPoint(dx, 0), Qt::LeftButton);
    send(QEvent::MouseButtonRelease, start + QPoint(dx, 0), Qt::NoButton);
}

} // namespace

class TestZoomController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void keysZoomEveryColumn_data();
    void keysZoomEveryColumn();
    void ctrlWheelOnAnyColumnZoomsAll();
    void zoomIsRememberedAndClamped();
    void newColumnsGetTheZoom();
    void readingFontFromPreferences_data();
    void readingFontFromPreferences();
    void pdfKeepsItsOwnTypography();
    void columnWidthsAreRememberedPerProject();
    void columnsInsertedLaterCanBeResized_data();
    void columnsInsertedLaterCanBeResized();

private:
    std::unique_ptr<MainWindow> newWindow();

    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;
};

std::unique_ptr<MainWindow> TestZoomController::newWindow()
{
    auto window = std::make_unique<MainWindow>();
    window->setMessageSink([](const QString &message) { QFAIL(qPrintable(message)); });
    window->resize(1400, 900);
    window->show();
    return window;
}

void TestZoomController::init()
{
    QSettings().clear();
    m_window = newWindow();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->openSample();
    QVERIFY(m_window->columnsArea()->columnCount() >= 3);
}

void TestZoomController::cleanup()
{
    m_window->project()->undoStack()->setClean();
    m_window.reset();
}

void TestZoomController::keysZoomEveryColumn_data()
{
    QTest::addColumn<QKeySequence>("keys");
    QTest::addColumn<int>("zoom");
    QTest::newRow("Ctrl++") << QKeySequence(Qt::CTRL | Qt::Key_Plus) << 110;
    QTest::newRow("Ctrl+=") << QKeySequence(Qt::CTRL | Qt::Key_Equal) << 110;
    QTest::newRow("Ctrl+-") << QKeySequence(Qt::CTRL | Qt::Key_Minus) << 90;
}

void TestZoomController::keysZoomEveryColumn()
{
    QFETCH(QKeySequence, keys);
    QFETCH(int, zoom);
    ReviewView *view = m_window->columnsArea()->column(1)->view();
    const double base = commonPointSize(m_window.get());
    QVERIFY(base > 0);
    view->setFocus();
    QTRY_VERIFY(view->hasFocus());

    QTest::keySequence(view, keys);
    QCOMPARE(zoomOf(m_window.get())->zoom(), zoom);
    QVERIFY(qFuzzyCompare(commonPointSize(m_window.get()), base * zoom / 100.0));
    QCOMPARE(QSettings().value(QStringLiteral("view/zoom")).toInt(), zoom);

    // Actual Size (Ctrl+0) brings every column back.
    QTest::keyClick(view, Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(zoomOf(m_window.get())->zoom(), 100);
    QVERIFY(qFuzzyCompare(commonPointSize(m_window.get()), base));
    QVERIFY(!m_window->actions()->action(QStringLiteral("actionActualSize"))->isEnabled());
}

void TestZoomController::ctrlWheelOnAnyColumnZoomsAll()
{
    const double base = commonPointSize(m_window.get());
    QWidget *viewport = m_window->columnsArea()->column(2)->view()->viewport();
    const auto wheel = [viewport](int delta, Qt::KeyboardModifiers modifiers) {
        const QPoint pos(50, 50);
        QWheelEvent event(QPointF(pos), QPointF(viewport->mapToGlobal(pos)), QPoint(), QPoint(0, delta), Qt::NoButton, modifiers,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(viewport, &event);
    };
    wheel(120, Qt::ControlModifier);
    wheel(120, Qt::ControlModifier);
    QCOMPARE(zoomOf(m_window.get())->zoom(), 125);
    QVERIFY(qFuzzyCompare(commonPointSize(m_window.get()), base * 1.25));
    // A touchpad's small steps add up to one notch.
    for (int i = 0; i < 4; ++i)
        wheel(-30, Qt::ControlModifier);
    QCOMPARE(zoomOf(m_window.get())->zoom(), 110);
    // Without Ctrl the wheel scrolls, as ever.
    wheel(-120, Qt::NoModifier);
    QCOMPARE(zoomOf(m_window.get())->zoom(), 110);
}

void TestZoomController::zoomIsRememberedAndClamped()
{
    ZoomController *zoom = zoomOf(m_window.get());
    const double base = commonPointSize(m_window.get());
    zoom->setZoom(150);
    m_window->project()->undoStack()->setClean();
    m_window.reset();

    m_window = newWindow();
    m_window->openSample();
    QCOMPARE(zoomOf(m_window.get())->zoom(), 150);
    QVERIFY(qFuzzyCompare(commonPointSize(m_window.get()), base * 1.5));

    // The ends of the range: Zoom In and Out stop there and disable themselves.
    for (int i = 0; i < 20; ++i)
        zoomOf(m_window.get())->zoomIn();
    QCOMPARE(zoomOf(m_window.get())->zoom(), ZoomController::zoomLevels().constLast());
    QVERIFY(!m_window->actions()->action(QStringLiteral("actionZoomIn"))->isEnabled());
    for (int i = 0; i < 20; ++i)
        zoomOf(m_window.get())->zoomOut();
    QCOMPARE(zoomOf(m_window.get())->zoom(), ZoomController::zoomLevels().constFirst());
    QVERIFY(!m_window->actions()->action(QStringLiteral("actionZoomOut"))->isEnabled());
    zoomOf(m_window.get())->setZoom(100000);
    QCOMPARE(zoomOf(m_window.get())->zoom(), ZoomController::zoomLevels().constLast());
}

void TestZoomController::newColumnsGetTheZoom()
{
    zoomOf(m_window.get())->setZoom(200);
    const double zoomed = commonPointSize(m_window.get());
    const int before = m_window->columnsArea()->columnCount();
    QCOMPARE(m_window->addReviewFiles({UiTest::dataFile(QStringLiteral("harbour-lights.txt"))}), 1);
    QCOMPARE(m_window->columnsArea()->columnCount(), before + 1);
    QCOMPARE(commonPointSize(m_window.get()), zoomed);
    // A new project too.
    m_window->openSample();
    QCOMPARE(commonPointSize(m_window.get()), zoomed);
}

void TestZoomController::readingFontFromPreferences_data()
{
    QTest::addColumn<QString>("face");
    QTest::addColumn<QString>("family");
    QTest::newRow("serif") << QStringLiteral("serif") << QStringLiteral("Serif");
    QTest::newRow("sans") << QStringLiteral("sans") << QStringLiteral("Sans");
}

void TestZoomController::readingFontFromPreferences()
{
    QFETCH(QString, face);
    QFETCH(QString, family);
    zoomOf(m_window.get())->setZoom(200);
    bool driven = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<PreferencesDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("readingFontCombo"));
        auto *size = dialog->findChild<QSpinBox *>(QStringLiteral("readingFontSizeSpin"));
        QVERIFY(combo && size);
        combo->setCurrentIndex(combo->findData(face));
        size->setValue(14);
        driven = true;
        dialog->accept();
    });
    m_window->actions()->action(QStringLiteral("actionPreferences"))->trigger();
    QVERIFY(driven);
    // The chosen face and size, zoomed, in every column; not in the rest of the window.
    QCOMPARE(commonPointSize(m_window.get()), 28.0);
    ReviewView *view = m_window->columnsArea()->column(0)->view();
    QVERIFY2(QFontInfo(view->font()).family().contains(family), qPrintable(QFontInfo(view->font()).family()));
    QCOMPARE(view->document()->defaultFont().pointSizeF(), 28.0);
    QVERIFY(m_window->columnsArea()->column(0)->font().pointSizeF() < 28.0);
}

void TestZoomController::pdfKeepsItsOwnTypography()
{
    ExportOptions options;
    options.exportDate = QDateTime::fromSecsSinceEpoch(1767323040);
    const QString before = m_dir.filePath(QStringLiteral("before.pdf"));
    const QString after = m_dir.filePath(QStringLiteral("after.pdf"));
    QVERIFY(PdfExporter::exportPdf(*m_window->project(), before, options));

    QSettings().setValue(ZoomController::readingFontKey(), QStringLiteral("serif"));
    QSettings().setValue(ZoomController::readingFontSizeKey(), 20);
    zoomOf(m_window.get())->reloadSettings();
    zoomOf(m_window.get())->setZoom(250);
    QCOMPARE(commonPointSize(m_window.get()), 50.0);
    QVERIFY(PdfExporter::exportPdf(*m_window->project(), after, options));

    const QByteArray a = pdfWithoutDates(before);
    QVERIFY(a.size() > 1000);
    QCOMPARE(pdfWithoutDates(after), a);
}

void TestZoomController::columnWidthsAreRememberedPerProject()
{
    const QString path = m_dir.filePath(QStringLiteral("widths.revmark"));
    QVERIFY(m_window->saveProjectAs(path));
    auto *splitter = m_window->columnsArea()->findChild<QSplitter *>(QStringLiteral("columnsSplitter"));
    QVERIFY(splitter);
    const QList<int> initial = splitter->sizes();
    QVERIFY(initial.size() >= 3);

    // Drag the handle between the first two columns 120 pixels to the right.
    dragHandle(splitter, 1, 120);
    QTRY_COMPARE(splitter->sizes().at(0), initial.at(0) + 120);
    const QList<int> dragged = splitter->sizes();
    // The neighbour keeps its width: the area scrolls instead.
    QCOMPARE(dragged.at(1), initial.at(1));
    QVERIFY(QSettings().contains(ColumnWidths::settingsKey(path)));

    // Another window, the same project: the same widths.
    m_window->project()->undoStack()->setClean();
    m_window.reset();
    m_window = newWindow();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openProject(path));
    splitter = m_window->columnsArea()->findChild<QSplitter *>(QStringLiteral("columnsSplitter"));
    QTRY_COMPARE(splitter->sizes().value(0), dragged.at(0));
    QCOMPARE(splitter->sizes().value(1), dragged.at(1));

    // Another project keeps its own (none stored: the default, even split).
    m_window->openSample();
    splitter = m_window->columnsArea()->findChild<QSplitter *>(QStringLiteral("columnsSplitter"));
    QTRY_COMPARE(splitter->sizes().value(0), initial.at(0));
}

void TestZoomController::columnsInsertedLaterCanBeResized_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("added at the end") << QStringLiteral("add");
    QTest::newRow("put back in front") << QStringLiteral("undo removal");
    // A column takes its handle along when it moves: the first column's handle, never used
    // while it was first, is now between two columns.
    QTest::newRow("first column moved to the end") << QStringLiteral("move");
}

void TestZoomController::columnsInsertedLaterCanBeResized()
{
    QFETCH(QString, how);
    Project *project = m_window->project();
    int column = 0;
    if (how == QLatin1String("undo removal")) {
        project->removeReview(project->review(0).id);
        project->undoStack()->undo();
    } else if (how == QLatin1String("move")) {
        project->moveReview(0, project->reviewCount() - 1);
        column = project->reviewCount() - 2;
    } else {
        QCOMPARE(m_window->addReviewFiles({UiTest::dataFile(QStringLiteral("harbour-lights.txt"))}), 1);
        column = project->reviewCount() - 2;
    }
    auto *splitter = m_window->columnsArea()->findChild<QSplitter *>(QStringLiteral("columnsSplitter"));
    QVERIFY(splitter);
    QTRY_COMPARE(splitter->count(), project->reviewCount());
    QTRY_VERIFY(splitter->handle(column + 1)->isVisible());
    const QList<int> initial = splitter->sizes();
    dragHandle(splitter, column + 1, 80);
    // The drag sets the width of the column left of the handle; the splitter alone would trade
    // width between the two neighbours instead.
    QTRY_COMPARE(splitter->sizes().at(column), initial.at(column) + 80);
    QCOMPARE(splitter->sizes().at(column + 1), initial.at(column + 1));
}

QTEST_MAIN(TestZoomController)
#include "tst_zoomcontroller.moc"
