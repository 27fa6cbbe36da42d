// SPDX-License-Identifier: GPL-3.0-or-later
// Open with Revmark: a second "instance" (a client in a thread of the test) hands its files to the
// first, whose window adds them.
#include "mainwindow.h"
#include "project/project.h"
#include "singleinstance.h"
#include "uitestutil.h"

#include <QFile>
#include <QLocalServer>
#include <QLocalSocket>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUndoStack>

#include <atomic>

using namespace Revmark;
using namespace Revmark::UiTest;

class TestSingleInstance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void secondInstanceDeliversFilesToTheFirst();
    void onlyOneListens();
    void nothingRunningMeansNoHandOver();
    void handOverFollowsTheRequest_data();
    void handOverFollowsTheRequest();
    void staleSocketIsTakenOver();
    void garbageIsRefused();

private:
    // Runs SingleInstance::sendToRunning on a thread of its own, as another process would.
    bool sendFromAnotherThread(const QStringList &files);
    QString m_name;
    QTemporaryDir m_dir;
    MainWindow *m_window = nullptr;
    QStringList m_messages;
};

void TestSingleInstance::init()
{
    QSettings().clear();
    m_messages.clear();
    static int count = 0;
    m_name = m_dir.filePath(QStringLiteral("instance-%1").arg(++count));
    m_window = new MainWindow;
    m_window->setMessageSink([this](const QString &message) { m_messages.append(message); });
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestSingleInstance::cleanup()
{
    m_window->project()->undoStack()->setClean();
    delete m_window;
    m_window = nullptr;
}

bool TestSingleInstance::sendFromAnotherThread(const QStringList &files)
{
    std::atomic_bool delivered{false};
    const QString name = m_name;
    QThread *thread = QThread::create([&delivered, files, name] {
        delivered = SingleInstance::sendToRunning(files, name);
    });
    QSignalSpy finished(thread, &QThread::finished);
    thread->start();
    // The first instance answers from this thread's event loop.
    const bool ended = finished.wait(10000) || thread->isFinished();
    thread->wait();
    delete thread;
    return ended && delivered.load();
}

void TestSingleInstance::secondInstanceDeliversFilesToTheFirst()
{
    SingleInstance first(m_name);
    QVERIFY(first.listen());
    QVERIFY(first.isListening());
    first.forwardTo(m_window);
    QSignalSpy received(&first, &SingleInstance::filesReceived);
    const int before = m_window->project()->reviewCount();
    const int steps = m_window->project()->undoStack()->count();

    const QStringList files{dataFile(QStringLiteral("harbour-lights.txt")), dataFile(QStringLiteral("night-train.txt")),
                            dataFile(QStringLiteral("source-review.md"))};
    QVERIFY(sendFromAnotherThread(files));
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.first().first().toStringList(), files);
    QTRY_COMPARE(m_window->project()->reviewCount(), before + 3);
    QCOMPARE(m_window->project()->undoStack()->count(), steps + 1);
    QVERIFY2(m_messages.isEmpty(), qPrintable(m_messages.join(QLatin1Char('\n'))));

    // Relative paths are made absolute by the sender, against its own folder.
    const QString here = QDir::currentPath();
    QVERIFY(QDir::setCurrent(QStringLiteral(REVMARK_TEST_DATA "/ui")));
    const bool sent = sendFromAnotherThread({QStringLiteral("lantern-keeper.txt")});
    QDir::setCurrent(here);
    QVERIFY(sent);
    QCOMPARE(received.constLast().first().toStringList(), QStringList{dataFile(QStringLiteral("lantern-keeper.txt"))});
    QTRY_COMPARE(m_window->project()->reviewCount(), before + 4);
}

void TestSingleInstance::onlyOneListens()
{
    SingleInstance first(m_name);
    QVERIFY(first.listen());
    SingleInstance second(m_name);
    QVERIFY(!second.listen());
    QVERIFY(!second.isListening());
    QVERIFY(first.isListening());
}

void TestSingleInstance::nothingRunningMeansNoHandOver()
{
    QVERIFY(!SingleInstance::sendToRunning({dataFile(QStringLiteral("night-train.txt"))}, m_name, 500));
}

void TestSingleInstance::handOverFollowsTheRequest_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("handedOver");
    QTest::newRow("review files") << QStringList{dataFile(QStringLiteral("night-train.txt"))} << true;
    QTest::newRow("--new-instance") << QStringList{QStringLiteral("--new-instance"), dataFile(QStringLiteral("night-train.txt"))}
                                    << false;
    QTest::newRow("a project") << QStringList{QStringLiteral("films.revmark"), dataFile(QStringLiteral("night-train.txt"))}
                               << false;
    QTest::newRow("no files") << QStringList() << false;
}

void TestSingleInstance::handOverFollowsTheRequest()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, handedOver);
    SingleInstance first(m_name);
    QVERIFY(first.listen());
    first.forwardTo(m_window);
    const int before = m_window->project()->reviewCount();
    const CommandLine::OpenRequest request = CommandLine::openRequest(QStringList{QStringLiteral("revmark")} + arguments);

    std::atomic_bool result{false};
    std::atomic_bool listening{false};
    const QString name = m_name;
    QThread *thread = QThread::create([&result, &listening, request, name] {
        SingleInstance second(name);
        result = second.handOver(request);
        listening = second.isListening();
    });
    QSignalSpy finished(thread, &QThread::finished);
    thread->start();
    QVERIFY(finished.wait(10000) || thread->isFinished());
    thread->wait();
    delete thread;
    QCOMPARE(result.load(), handedOver);
    // One that did not hand over did not take the name either: the first one keeps it.
    QVERIFY(!listening.load());
    QVERIFY(first.isListening());
    if (handedOver)
        QTRY_COMPARE(m_window->project()->reviewCount(), before + 1);
    else
        QCOMPARE(m_window->project()->reviewCount(), before);
}

void TestSingleInstance::staleSocketIsTakenOver()
{
    // A Revmark that crashed leaves its socket file behind.
    {
        QLocalServer crashed;
        QVERIFY(crashed.listen(m_name));
    }
    QFile stale(m_name);
    if (!stale.exists()) {
        // QLocalServer removed it on close: make the leftover by hand.
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.close();
    }
    SingleInstance next(m_name);
    QVERIFY(next.listen());
    QVERIFY(next.isListening());
}

void TestSingleInstance::garbageIsRefused()
{
    SingleInstance first(m_name);
    QVERIFY(first.listen());
    first.forwardTo(m_window);
    QSignalSpy received(&first, &SingleInstance::filesReceived);
    QLocalSocket client;
    client.connectToServer(m_name);
    QVERIFY(client.waitForConnected(2000));
    // A frame announcing 1 GiB: dropped at once.
    client.write(QByteArray::fromHex("40000000") + QByteArray(64, 'x'));
    QSignalSpy disconnected(&client, &QLocalSocket::disconnected);
    QVERIFY(disconnected.wait(5000) || client.state() == QLocalSocket::UnconnectedState);
    QCOMPARE(received.size(), 0);
    QVERIFY(first.isListening());
}

QTEST_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
