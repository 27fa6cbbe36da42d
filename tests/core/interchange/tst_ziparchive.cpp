// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/ziparchive.h"

#include <QtTest>

using namespace Revmark;

class TestZipArchive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writeAndRead();
    void safeNames_data();
    void safeNames();
    void refusesUnsafeEntry();
    void entryBounds();
    void readMissing();
};

void TestZipArchive::writeAndRead()
{
    const QByteArray text = QString::fromUtf8("Zoë 🎻 \xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D\r\n").toUtf8();
    QByteArray bytes;
    QString reason;
    QVERIFY(ZipArchive::write({{QStringLiteral("a.txt"), text}, {QStringLiteral("dir/b.txt"), QByteArray()}}, &bytes, &reason));
    ZipArchive archive;
    QVERIFY2(archive.open(bytes, &reason), qPrintable(reason));
    QCOMPARE(archive.names(), (QStringList{QStringLiteral("a.txt"), QStringLiteral("dir/b.txt")}));
    QByteArray data;
    QVERIFY(archive.read(QStringLiteral("a.txt"), &data, &reason));
    QCOMPARE(data, text);
    QVERIFY(archive.read(QStringLiteral("dir/b.txt"), &data, &reason));
    QCOMPARE(data, QByteArray());
}

void TestZipArchive::safeNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("safe");
    QTest::newRow("plain") << QStringLiteral("project.qde") << true;
    QTest::newRow("folder") << QStringLiteral("sources/A.txt") << true;
    QTest::newRow("dots in a name") << QStringLiteral("sources/a..b.txt") << true;
    QTest::newRow("parent") << QStringLiteral("../a.txt") << false;
    QTest::newRow("parent inside") << QStringLiteral("sources/../../a.txt") << false;
    QTest::newRow("absolute") << QStringLiteral("/etc/passwd") << false;
    QTest::newRow("backslash") << QStringLiteral("..\\a.txt") << false;
    QTest::newRow("drive") << QStringLiteral("C:/Windows/a.txt") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestZipArchive::safeNames()
{
    QFETCH(QString, name);
    QFETCH(bool, safe);
    QCOMPARE(ZipArchive::isSafeName(name), safe);
}

void TestZipArchive::refusesUnsafeEntry()
{
    QByteArray bytes;
    QString reason;
    QVERIFY(ZipArchive::write({{QStringLiteral("ok.txt"), "x"}, {QStringLiteral("../../x.txt"), "y"}}, &bytes, &reason));
    ZipArchive archive;
    QVERIFY(!archive.open(bytes, &reason));
    QVERIFY2(reason.contains(QStringLiteral("../../x.txt")), qPrintable(reason));
    QVERIFY(archive.names().isEmpty());
}

void TestZipArchive::entryBounds()
{
    QByteArray bytes;
    QString reason;
    QVERIFY(ZipArchive::write({{QStringLiteral("big.txt"), QByteArray(300000, 'z')}}, &bytes, &reason));
    ZipArchive::Bounds bounds;
    bounds.maxEntrySize = 299999;
    ZipArchive archive;
    QVERIFY(!archive.open(bytes, bounds, &reason));
    QVERIFY2(reason.contains(QStringLiteral("unpacks to more than")), qPrintable(reason));
    bounds.maxEntrySize = 300000;
    QVERIFY2(archive.open(bytes, bounds, &reason), qPrintable(reason));
}

void TestZipArchive::readMissing()
{
    QByteArray bytes;
    QString reason;
    QVERIFY(ZipArchive::write({{QStringLiteral("a.txt"), "x"}}, &bytes, &reason));
    ZipArchive archive;
    QVERIFY(archive.open(bytes, &reason));
    QByteArray data;
    QVERIFY(!archive.read(QStringLiteral("b.txt"), &data, &reason));
    QVERIFY(reason.contains(QStringLiteral("b.txt")));
}

QTEST_GUILESS_MAIN(TestZipArchive)
#include "tst_ziparchive.moc"
