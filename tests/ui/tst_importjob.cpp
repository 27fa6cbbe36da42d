// SPDX-License-Identifier: GPL-3.0-or-later
// Adding many review files from the window: off the GUI thread, one undo step, cancellable.
#include "columns/columnsarea.h"
#include "importjob.h"
#include "mainwindow.h"
#include "project/project.h"
#include "uitestutil.h"

#include <QFile>
#include <QProgressDialog>
#include <QPushButton>
#include <QSemaphore>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Revmark;

class TestImportJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void importOfNFilesIsOneUndoStep_data();
    void importOfNFilesIsOneUndoStep();
    void cancelledImportAddsNothing();

private:
    QStringList writeFiles(int count);
    MainWindow *m_window = nullptr;
    QStringList m_messages;
    QTemporaryDir m_dir;
};

void TestImportJob::init()
{
    m_messages.clear();
    QSettings().clear();
    ImportJob::setImportFunctionForTests({});
    m_window = new MainWindow;
    m_window->setMessageSink([this](const QString &message) { m_messages.append(message); });
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestImportJob::cleanup()
{
    ImportJob::setImportFunctionForTests({});
    m_window->project()->undoStack()->setClean();
    delete m_window;
    m_window = nullptr;
}

QStringList TestImportJob::writeFiles(int count)
{
    static int batch = 0;
    ++batch;
    QStringList paths;
    for (int i = 0; i < count; ++i) {
        const QString path = m_dir.filePath(QStringLiteral("batch%1-review%2.md").arg(batch).arg(i));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(QStringLiteral("# Lantern Review %1\n\nThe pacing is *assured* and the ending earns its tears.\n")
                       .arg(i)
                       .toUtf8());
        paths.append(path);
    }
    return paths;
}

void TestImportJob::importOfNFilesIsOneUndoStep_data()
{
    QTest::addColumn<int>("count");
    QTest::newRow("one") << 1;
    QTest::newRow("three") << 3;
    QTest::newRow("sixty") << 60;
}

void TestImportJob::importOfNFilesIsOneUndoStep()
{
    QFETCH(int, count);
    const QStringList files = writeFiles(count);
    QCOMPARE(files.size(), count);
    Project *project = m_window->project();
    const int reviewsBefore = project->reviewCount();
    const int stepsBefore = project->undoStack()->count();

    QCOMPARE(m_window->addReviewFiles(files), count);
    QCOMPARE(project->reviewCount(), reviewsBefore + count);
    QCOMPARE(project->undoStack()->count(), stepsBefore + 1);
    QCOMPARE(m_window->columnsArea()->columnCount(), project->reviewCount());
    // In the order given.
    for (int i = 0; i < count; ++i)
        QCOMPARE(project->review(reviewsBefore + i).title, QStringLiteral("Lantern Review %1").arg(i));
    QVERIFY2(m_messages.isEmpty(), qPrintable(m_messages.join(QLatin1Char('\n'))));

    project->undoStack()->undo();
    QCOMPARE(project->reviewCount(), reviewsBefore);
    project->undoStack()->redo();
    QCOMPARE(project->reviewCount(), reviewsBefore + count);
}

void TestImportJob::cancelledImportAddsNothing()
{
    const QStringList files = writeFiles(8);
    Project *project = m_window->project();
    QCOMPARE(m_window->addReviewFiles(files.mid(0, 1)), 1);
    const int reviewsBefore = project->reviewCount();
    const int stepsBefore = project->undoStack()->count();

    // The fifth file takes until the test lets it go: long enough for the dialog to come up.
    QSemaphore gate;
    ImportJob::setImportFunctionForTests([&](const QString &path) {
        if (path == files.at(4))
            gate.acquire();
        return Importer::importFile(path);
    });
    // Runs in the job's event loop: the window stays responsive while the worker reads.
    bool cancelled = false;
    int ticksBeforeDialog = 0;
    int maximum = -1;
    int value = -1;
    QTimer user;
    user.setInterval(10);
    connect(&user, &QTimer::timeout, this, [&] {
        auto *dialog = m_window->findChild<QProgressDialog *>(QStringLiteral("importProgress"));
        if (!dialog || !dialog->isVisible()) {
            ++ticksBeforeDialog;
            return;
        }
        user.stop();
        maximum = dialog->maximum();
        value = dialog->value();
        if (auto *cancel = dialog->findChild<QPushButton *>()) {
            QTest::mouseClick(cancel, Qt::LeftButton);
            cancelled = true;
        }
        gate.release();
    });
    user.start();

    QCOMPARE(m_window->addReviewFiles(files), 0);
    QVERIFY(cancelled);
    QVERIFY(ticksBeforeDialog > 0);
    // Four files were read when the dialog came up.
    QCOMPARE(maximum, 8);
    QCOMPARE(value, 4);
    QCOMPARE(project->reviewCount(), reviewsBefore);
    QCOMPARE(project->undoStack()->count(), stepsBefore);
    QCOMPARE(m_window->columnsArea()->columnCount(), reviewsBefore);
    QVERIFY2(m_messages.isEmpty(), qPrintable(m_messages.join(QLatin1Char('\n'))));
    auto *dialog = m_window->findChild<QProgressDialog *>(QStringLiteral("importProgress"));
    QVERIFY(!dialog || !dialog->isVisible());

    // The next import works as usual.
    ImportJob::setImportFunctionForTests({});
    QCOMPARE(m_window->addReviewFiles(files), 8);
    QCOMPARE(project->undoStack()->count(), stepsBefore + 1);
}

QTEST_MAIN(TestImportJob)
#include "tst_importjob.moc"
