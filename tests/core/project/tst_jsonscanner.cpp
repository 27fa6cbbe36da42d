// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/jsonscanner.h"

#include <QBuffer>
#include <QtTest>

using namespace Revmark;

namespace {

// Feeds json in chunks of chunkSize bytes (splitting strings and escapes anywhere).
JsonScanner scanInChunks(const QByteArray &json, const QByteArray &key, int chunkSize)
{
    JsonScanner scanner(key);
    for (int i = 0; i < json.size(); i += chunkSize)
        scanner.feed(json.mid(i, chunkSize));
    return scanner;
}

} // namespace

class TestJsonScanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void counts_data();
    void counts();
    void limits_data();
    void limits();
    void limitsCountOnlyOutsideStrings_data();
    void limitsCountOnlyOutsideStrings();
    void topLevelMember_data();
    void topLevelMember();
    void captureIsBounded();
    void readsOnlyWhatItNeeds();
};

void TestJsonScanner::counts_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<qint64>("values");
    QTest::addColumn<qint64>("objects");

    QTest::newRow("empty object") << QByteArray("{}") << qint64(1) << qint64(1);
    QTest::newRow("members and items") << QByteArray(R"({"a": [1, 2, {"b": 3}], "c": {}})") << qint64(7) << qint64(3);
    QTest::newRow("structure inside strings") << QByteArray(R"({"a": "{[,]}", "b": "x"})") << qint64(2) << qint64(1);
    QTest::newRow("escaped quote") << QByteArray(R"({"a": "say \"{,}\" twice", "b": 1})") << qint64(2) << qint64(1);
    QTest::newRow("escaped backslash ends string") << QByteArray(R"({"a": "\\", "b": {}})") << qint64(3) << qint64(2);
    QTest::newRow("top-level array") << QByteArray("[[], [], {}]") << qint64(6) << qint64(1);
}

void TestJsonScanner::counts()
{
    QFETCH(QByteArray, json);
    QFETCH(qint64, values);
    QFETCH(qint64, objects);
    for (int chunk : {1, 2, 3, 7, 1000}) {
        // Counting only, and counting while looking for a member: the same counts.
        for (const QByteArray &key : {QByteArray(), QByteArrayLiteral("b")}) {
            const JsonScanner scanner = scanInChunks(json, key, chunk);
            QCOMPARE(scanner.values(), values);
            QCOMPARE(scanner.objects(), objects);
            QVERIFY(scanner.finished());
        }
    }
}

void TestJsonScanner::limits_data()
{
    QTest::addColumn<qint64>("maxValues");
    QTest::addColumn<qint64>("maxObjects");
    QTest::addColumn<bool>("within");

    // {"a": [1, 2, {"b": 3}], "c": {}}: 7 values ('{', '[' and ','), 3 objects.
    QTest::newRow("exactly at both") << qint64(7) << qint64(3) << true;
    QTest::newRow("one value too many") << qint64(6) << qint64(3) << false;
    QTest::newRow("one object too many") << qint64(7) << qint64(2) << false;
    QTest::newRow("far below") << qint64(0) << qint64(0) << false;
}

void TestJsonScanner::limits()
{
    QFETCH(qint64, maxValues);
    QFETCH(qint64, maxObjects);
    QFETCH(bool, within);
    const QByteArray json(R"({"a": [1, 2, {"b": 3}], "c": {}})");
    QCOMPARE(JsonScanner::withinLimits(json, maxValues, maxObjects), within);
    JsonScanner scanner;
    scanner.setLimits(maxValues, maxObjects);
    QCOMPARE(scanner.feed(json.left(10)) && scanner.feed(json.mid(10)), within);
    QCOMPARE(scanner.limitPassed(), !within);
    // Once passed, the scanner stops and says so on every further chunk.
    if (!within)
        QVERIFY(!scanner.feed(QByteArray("{}")));
}

void TestJsonScanner::limitsCountOnlyOutsideStrings_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<qint64>("values");
    QTest::addColumn<qint64>("objects");

    // Brackets and commas in strings are text: a review full of them is no more values.
    const QByteArray text = QByteArray("{[,").repeated(20000);
    QTest::newRow("in one long string") << QByteArray("{\"t\": \"" + text + "\"}") << qint64(1) << qint64(1);
    QTest::newRow("after an escaped quote")
        << QByteArray("[{\"t\": \"\\\"" + text + "\"}, {}]") << qint64(4) << qint64(2);
    // Past 255 blocks of 16 bytes and with a tail: every byte counted once.
    QTest::newRow("many values") << QByteArray("[" + QByteArray("{},").repeated(9999) + "{}]") << qint64(20000)
                                 << qint64(10000);
}

void TestJsonScanner::limitsCountOnlyOutsideStrings()
{
    QFETCH(QByteArray, json);
    QFETCH(qint64, values);
    QFETCH(qint64, objects);
    QVERIFY(JsonScanner::withinLimits(json, values, objects));
    QVERIFY(!JsonScanner::withinLimits(json, values - 1, objects));
    QVERIFY(!JsonScanner::withinLimits(json, values, objects - 1));
}

void TestJsonScanner::topLevelMember_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("found");
    QTest::addColumn<QByteArray>("value");

    const QByteArray object(R"({"projectName": "Festival", "written": "2026-11-20T09:00:00Z"})");
    QTest::newRow("first member") << QByteArray("{\"recovery\": " + object + ", \"reviews\": []}") << true << object;
    QTest::newRow("last member, after large ones")
        << (QByteArray(R"({"reviews": [{"text": ")") + QByteArray(200000, 'x')
            + R"("}], "title": "T", "recovery": {"projectName": "Festival", "written": "2026-11-20T09:00:00Z"}})")
        << true << object;
    QTest::newRow("white space around")
        << QByteArray("{\n  \"recovery\" :\n\t{\"a\": [1, {\"b\": \"},\"}]}\r\n ,\"z\": 1}") << true
        << QByteArray(R"({"a": [1, {"b": "},"}]})");
    QTest::newRow("string value") << QByteArray(R"({"recovery": "a, \"b\" }", "x": 1})") << true
                                  << QByteArray(R"("a, \"b\" }")");
    QTest::newRow("number value at the end") << QByteArray(R"({"x": 1, "recovery": 42})") << true << QByteArray("42");
    QTest::newRow("nested key is not a top-level member")
        << QByteArray(R"({"reviews": [{"recovery": {"projectName": "Fake"}}], "title": "T"})") << false << QByteArray();
    QTest::newRow("a value reading like the key")
        << QByteArray(R"({"tags": ["recovery", {"x": 1}], "title": "recovery", "recovery": {"projectName": "Real"}})")
        << true << QByteArray(R"({"projectName": "Real"})");
    QTest::newRow("key inside a string")
        << QByteArray(R"({"text": "\"recovery\": {\"projectName\": \"Fake\"}", "title": "T"})") << false << QByteArray();
    QTest::newRow("a longer key") << QByteArray(R"({"recoveryX": {}, "xrecovery": {}})") << false << QByteArray();
    QTest::newRow("first of two") << QByteArray(R"({"recovery": 1, "recovery": 2})") << true << QByteArray("1");
    QTest::newRow("cut off") << QByteArray(R"({"recovery": {"projectName": "Fest)") << false << QByteArray();
    QTest::newRow("top-level array") << QByteArray(R"([{"recovery": 1}])") << false << QByteArray();
    QTest::newRow("empty") << QByteArray() << false << QByteArray();
}

void TestJsonScanner::topLevelMember()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, found);
    QFETCH(QByteArray, value);
    for (int chunk : {1, 3, 64, 1 << 20}) {
        const JsonScanner scanner = scanInChunks(json, QByteArrayLiteral("recovery"), chunk);
        QCOMPARE(scanner.hasCapture(), found);
        QCOMPARE(scanner.captured(), value);
    }
    QBuffer buffer(&json);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    QCOMPARE(JsonScanner::topLevelMember(&buffer, QByteArrayLiteral("recovery"), 1 << 20), value);
}

void TestJsonScanner::captureIsBounded()
{
    const QByteArray json = R"({"recovery": ")" + QByteArray(100, 'x') + R"("})";
    QVERIFY(scanInChunks(json, QByteArrayLiteral("recovery"), 7).hasCapture());
    JsonScanner small(QByteArrayLiteral("recovery"), 50);
    small.feed(json);
    QVERIFY(!small.hasCapture());
    QVERIFY(small.captured().isEmpty());
    JsonScanner tooSmall(QByteArrayLiteral("recovery"), 101);
    tooSmall.feed(json);
    QVERIFY(!tooSmall.hasCapture());
    JsonScanner large(QByteArrayLiteral("recovery"), 102);
    large.feed(json);
    QVERIFY(large.hasCapture());
    QCOMPARE(large.captured().size(), 102);
}

void TestJsonScanner::readsOnlyWhatItNeeds()
{
    // The member at the head of a long file: the device is read no further than a chunk past it.
    QByteArray json = R"({"recovery": {"projectName": "Festival"}, "reviews": [")" + QByteArray(10 << 20, 'x') + R"("]})";
    QBuffer buffer(&json);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    QCOMPARE(JsonScanner::topLevelMember(&buffer, QByteArrayLiteral("recovery"), json.size()),
             QByteArray(R"({"projectName": "Festival"})"));
    QVERIFY(buffer.pos() <= 64 * 1024);
    // And never more than maxBytes: a member past it is not found.
    QByteArray tail = R"({"reviews": [")" + QByteArray(1000, 'x') + R"("], "recovery": 1})";
    QBuffer tailBuffer(&tail);
    QVERIFY(tailBuffer.open(QIODevice::ReadOnly));
    QVERIFY(JsonScanner::topLevelMember(&tailBuffer, QByteArrayLiteral("recovery"), 500).isEmpty());
    QCOMPARE(tailBuffer.pos(), qint64(500));
}

QTEST_GUILESS_MAIN(TestJsonScanner)
#include "tst_jsonscanner.moc"
