// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/importbatch.h"

#include <QFile>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace Revmark;

class TestImportBatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importsInOrderOffTheCallingThread_data();
    void importsInOrderOffTheCallingThread();
    void cancelledBatchHasNoResults();
    void destroyingARunningBatchStopsIt();

private:
    QStringList writeFiles(int count, const QStringList &broken = {});
    QTemporaryDir m_dir;
};

// count review files "review-N.txt" (the first line is the title) plus the broken ones named,
// which are directories and so cannot be read.
QStringList TestImportBatch::writeFiles(int count, const QStringList &broken)
{
    QStringList paths;
    for (int i = 0; i < count; ++i) {
        const QString path = m_dir.filePath(QStringLiteral("review-%1.txt").arg(i));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(QStringLiteral("Review number %1\n\nA patient, luminous drama.\n").arg(i).toUtf8());
        paths.append(path);
    }
    for (const QString &name : broken) {
        const QString path = m_dir.filePath(name);
        QDir().mkpath(path);
        paths.insert(1, path);
    }
    return paths;
}

void TestImportBatch::importsInOrderOffTheCallingThread_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<QStringList>("broken");
    QTest::newRow("one") << 1 << QStringList();
    QTest::newRow("fifty") << 50 << QStringList();
    QTest::newRow("with a folder") << 5 << QStringList{QStringLiteral("not-a-file.txt")};
    QTest::newRow("nothing") << 0 << QStringList();
}

void TestImportBatch::importsInOrderOffTheCallingThread()
{
    QFETCH(int, count);
    QFETCH(QStringList, broken);
    QVERIFY(m_dir.isValid());
    const QStringList paths = writeFiles(count, broken);
    QCOMPARE(paths.size(), count + broken.size());

    ImportBatch batch(paths);
    QThread *const caller = QThread::currentThread();
    std::atomic_bool onCaller{false};
    batch.setImportFunction([&](const QString &path) {
        if (QThread::currentThread() == caller)
            onCaller = true;
        return Importer::importFile(path);
    });
    QSignalSpy progress(&batch, &ImportBatch::progress);
    QSignalSpy finished(&batch, &ImportBatch::finished);
    batch.start();
    QVERIFY(batch.isRunning() || batch.isFinished() || count == 0);
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(batch.isFinished());
    QVERIFY(!batch.isRunning());
    QVERIFY(!onCaller);
    QCOMPARE(progress.size(), paths.size());
    if (!paths.isEmpty())
        QCOMPARE(progress.constLast(), (QList<QVariant>{int(paths.size()), int(paths.size())}));
    QCOMPARE(batch.reviews().size(), count);
    QCOMPARE(batch.errors().size(), broken.size());
    for (int i = 0; i < count; ++i)
        QCOMPARE(batch.reviews().at(i).title, QStringLiteral("Review number %1").arg(i));
    for (const QString &error : batch.errors())
        QVERIFY2(error.contains(QStringLiteral("not-a-file.txt")), qPrintable(error));
}

void TestImportBatch::cancelledBatchHasNoResults()
{
    const QStringList paths = writeFiles(6);
    QSemaphore started;
    QSemaphore gate;
    ImportBatch batch(paths);
    batch.setImportFunction([&](const QString &path) {
        if (path == paths.at(3)) {
            started.release();
            gate.acquire();
        }
        return Importer::importFile(path);
    });
    QSignalSpy progress(&batch, &ImportBatch::progress);
    QSignalSpy finished(&batch, &ImportBatch::finished);
    batch.start();
    // Three files are read, the fourth is being read when the user cancels.
    QTRY_COMPARE(progress.size(), 3);
    started.acquire();
    batch.cancel();
    gate.release();
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(batch.isCancelled());
    QVERIFY(batch.reviews().isEmpty());
    QVERIFY(batch.errors().isEmpty());
    // It stopped before the fifth file.
    QCOMPARE(progress.size(), 4);
}

void TestImportBatch::destroyingARunningBatchStopsIt()
{
    const QStringList paths = writeFiles(4);
    QSemaphore started;
    std::atomic_int calls{0};
    {
        ImportBatch batch(paths);
        batch.setImportFunction([&](const QString &path) {
            if (++calls == 1)
                started.release();
            return Importer::importFile(path);
        });
        batch.start();
        started.acquire();
    }
    QVERIFY(calls.load() >= 1);
    QVERIFY(calls.load() <= 4);
}

QTEST_GUILESS_MAIN(TestImportBatch)
#include "tst_importbatch.moc"
