// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/codepointmap.h"

#include <QtTest>

#include <limits>

using namespace Revmark;

namespace {

// U+1F600 and U+1F4DA as surrogate pairs.
const QString Grin = QString::fromUtf8("\xF0\x9F\x98\x80");
const QString Books = QString::fromUtf8("\xF0\x9F\x93\x9A");

// Reference conversion, one code point at a time, independent of CodePointMap's binary search.
QVector<int> utf16StartsOfCodePoints(const QString &text)
{
    QVector<int> starts;
    for (int i = 0; i < text.size(); ++i) {
        starts.append(i);
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
    }
    return starts;
}

} // namespace

class TestCodePointMap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lengths_data();
    void lengths();
    void roundTripEveryIndex_data();
    void roundTripEveryIndex();
    void indexInsidePair_data();
    void indexInsidePair();
    void clamping_data();
    void clamping();
    void loneSurrogatesCountAsOne();
};

void TestCodePointMap::lengths_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("utf16");
    QTest::addColumn<int>("codePoints");

    QTest::newRow("empty") << QString() << 0 << 0;
    QTest::newRow("bmp only") << QString::fromUtf8("Crisp, caf\xC3\xA9 \xE2\x80\x94 fine") << 18 << 18;
    QTest::newRow("emoji at start") << (Grin + QStringLiteral("abc")) << 5 << 4;
    QTest::newRow("emoji in middle") << (QStringLiteral("ab") + Grin + QStringLiteral("cd")) << 6 << 5;
    QTest::newRow("emoji at end") << (QStringLiteral("abc") + Grin) << 5 << 4;
    QTest::newRow("only emoji") << Grin << 2 << 1;
    QTest::newRow("two adjacent emoji") << (Grin + Books) << 4 << 2;
    QTest::newRow("emoji everywhere")
        << (Grin + QStringLiteral("a") + Books + QStringLiteral("bc") + Grin + Grin) << 11 << 7;
}

void TestCodePointMap::lengths()
{
    QFETCH(QString, text);
    QFETCH(int, utf16);
    QFETCH(int, codePoints);
    const CodePointMap map(text);
    QCOMPARE(map.utf16Length(), utf16);
    QCOMPARE(map.codePointLength(), codePoints);
    QCOMPARE(map.codePointLength(), int(text.toUcs4().size()));
}

void TestCodePointMap::roundTripEveryIndex_data()
{
    lengths_data();
}

void TestCodePointMap::roundTripEveryIndex()
{
    QFETCH(QString, text);
    const CodePointMap map(text);
    const QVector<int> starts = utf16StartsOfCodePoints(text);
    for (int cp = 0; cp < starts.size(); ++cp) {
        QCOMPARE(map.toUtf16(cp), starts.at(cp));
        QCOMPARE(map.toCodePoint(starts.at(cp)), cp);
        QCOMPARE(map.toCodePoint(map.toUtf16(cp)), cp);
    }
    // The end of the text maps to the end in both directions.
    QCOMPARE(map.toUtf16(int(starts.size())), int(text.size()));
    QCOMPARE(map.toCodePoint(int(text.size())), int(starts.size()));
    // Every UTF-16 index that starts a code point survives the round trip; the others do not exist
    // as code point positions (tested in indexInsidePair).
    for (int i = 0; i <= text.size(); ++i) {
        if (i == text.size() || starts.contains(i))
            QCOMPARE(map.toUtf16(map.toCodePoint(i)), i);
    }
}

void TestCodePointMap::indexInsidePair_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("lowSurrogateIndex");
    QTest::addColumn<int>("pairCodePoint");

    QTest::newRow("start") << (Grin + QStringLiteral("xyz")) << 1 << 0;
    QTest::newRow("middle") << (QStringLiteral("xy") + Grin + QStringLiteral("z")) << 3 << 2;
    QTest::newRow("end") << (QStringLiteral("xyz") + Grin) << 4 << 3;
    QTest::newRow("second of two") << (Grin + Books) << 3 << 1;
    QTest::newRow("after another pair") << (Books + QStringLiteral("q") + Grin) << 4 << 2;
}

void TestCodePointMap::indexInsidePair()
{
    QFETCH(QString, text);
    QFETCH(int, lowSurrogateIndex);
    QFETCH(int, pairCodePoint);
    QVERIFY(text.at(lowSurrogateIndex).isLowSurrogate());
    const CodePointMap map(text);
    QCOMPARE(map.toCodePoint(lowSurrogateIndex), pairCodePoint);
    QCOMPARE(map.toCodePoint(lowSurrogateIndex - 1), pairCodePoint);
    // Back to UTF-16 it lands on the high surrogate, the start of the pair.
    QCOMPARE(map.toUtf16(pairCodePoint), lowSurrogateIndex - 1);
}

void TestCodePointMap::clamping_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("utf16Index");
    QTest::addColumn<int>("expectedCodePoint");
    QTest::addColumn<int>("codePointIndex");
    QTest::addColumn<int>("expectedUtf16");

    const QString mixed = QStringLiteral("ab") + Grin + QStringLiteral("c"); // 5 units, 4 code points
    QTest::newRow("negative, bmp") << QStringLiteral("plain") << -3 << 0 << -7 << 0;
    QTest::newRow("past end, bmp") << QStringLiteral("plain") << 99 << 5 << 42 << 5;
    QTest::newRow("negative, pairs") << mixed << -1 << 0 << -1 << 0;
    QTest::newRow("just past end, pairs") << mixed << 6 << 4 << 5 << 5;
    QTest::newRow("far past end, pairs") << mixed << 1000 << 4 << 1000 << 5;
    QTest::newRow("int max") << mixed << std::numeric_limits<int>::max() << 4 << std::numeric_limits<int>::max() << 5;
    QTest::newRow("int min") << mixed << std::numeric_limits<int>::min() << 0 << std::numeric_limits<int>::min() << 0;
    QTest::newRow("empty text") << QString() << 3 << 0 << 3 << 0;
}

void TestCodePointMap::clamping()
{
    QFETCH(QString, text);
    QFETCH(int, utf16Index);
    QFETCH(int, expectedCodePoint);
    QFETCH(int, codePointIndex);
    QFETCH(int, expectedUtf16);
    const CodePointMap map(text);
    QCOMPARE(map.toCodePoint(utf16Index), expectedCodePoint);
    QCOMPARE(map.toUtf16(codePointIndex), expectedUtf16);
}

void TestCodePointMap::loneSurrogatesCountAsOne()
{
    // Broken UTF-16 (a lone high, a lone low surrogate) is one code point per unit, not a pair.
    QString text = QStringLiteral("a");
    text.append(QChar(0xD83D));
    text.append(QStringLiteral("b"));
    text.append(QChar(0xDE00));
    text.append(Grin);
    const CodePointMap map(text);
    QCOMPARE(map.utf16Length(), 6);
    QCOMPARE(map.codePointLength(), 5);
    QCOMPARE(map.toUtf16(4), 4);
    QCOMPARE(map.toCodePoint(5), 4);
    QCOMPARE(map.toCodePoint(6), 5);
}

QTEST_GUILESS_MAIN(TestCodePointMap)
#include "tst_codepointmap.moc"
