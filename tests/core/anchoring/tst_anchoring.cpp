// SPDX-License-Identifier: GPL-3.0-or-later
#include "anchoring/anchoring.h"

#include <QElapsedTimer>
#include <QtTest>

using namespace Revmark;

namespace {

const QChar High(0xD83D); // U+1F600 GRINNING FACE = D83D DE00
const QChar Low(0xDE00);
const QString Grin = QString(High) + Low;

// Two '|' in marked give the raw selection; they are removed from the text.
void parseMarked(const QString &marked, QString *text, int *start, int *end)
{
    const int first = int(marked.indexOf(QLatin1Char('|')));
    const int second = int(marked.indexOf(QLatin1Char('|'), first + 1));
    QVERIFY2(first >= 0 && second > first, qPrintable(marked));
    QVERIFY2(marked.indexOf(QLatin1Char('|'), second + 1) < 0, qPrintable(marked));
    *text = marked;
    text->remove(second, 1);
    text->remove(first, 1);
    *start = first;
    *end = second - 1;
}

Annotation annotationOver(const QString &text, const QString &quote, int occurrence = 0)
{
    int at = -1;
    for (int i = 0; i <= occurrence; ++i)
        at = int(text.indexOf(quote, at + 1));
    Annotation a;
    a.id = QStringLiteral("a1");
    a.start = at;
    a.end = at + int(quote.size());
    Anchoring::fillQuote(text, &a);
    return a;
}

} // namespace

class TestAnchoring : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void snapToWords_data();
    void snapToWords();
    void snapToWordsReversed_data();
    void snapToWordsReversed();
    void snapToWordsNothingToSnap_data();
    void snapToWordsNothingToSnap();
    void snapToWordsNeverSplitsPairs();

    void fillQuoteContext();
    void fillQuoteAtEdges_data();
    void fillQuoteAtEdges();
    void fillQuoteCountsPairsAsOne();

    void isAnchored_data();
    void isAnchored();
    void reanchorAfterInsertion();
    void reanchorChoosesByContext();
    void reanchorNearestOnTie_data();
    void reanchorNearestOnTie();
    void reanchorMissingQuote_data();
    void reanchorMissingQuote();

    void locate_data();
    void locate();
    void locateWithoutStoredContext();
    void locatePlaceRefreshesQuote();
    void placeInPlaceKeepsOrRepairsContext();
    void locateOrphanLeavesAnnotation();
    void locateFuzzyIsBounded();
    void reanchorReportCounts();
};

void TestAnchoring::snapToWords_data()
{
    QTest::addColumn<QString>("marked");
    QTest::addColumn<QString>("expected");

    QTest::newRow("whole word") << QStringLiteral("The |score| soars") << QStringLiteral("score");
    QTest::newRow("mid-word start and end") << QStringLiteral("The s|core soa|rs, but") << QStringLiteral("score soars");
    QTest::newRow("mid-word start only") << QStringLiteral("The sco|re| soars") << QStringLiteral("score");
    QTest::newRow("mid-word end only") << QStringLiteral("The |sc|ore soars") << QStringLiteral("score");
    QTest::newRow("inside one word") << QStringLiteral("The sc|o|re soars") << QStringLiteral("score");
    QTest::newRow("collapsed caret inside word") << QStringLiteral("The sc||ore soars") << QStringLiteral("score");
    QTest::newRow("leading and trailing spaces") << QStringLiteral("The|  score  |soars") << QStringLiteral("score");
    QTest::newRow("newline and tab") << QStringLiteral("end.|\n\tNext| line") << QStringLiteral("Next");
    QTest::newRow("trailing comma") << QStringLiteral("The score |soars, |but") << QStringLiteral("soars");
    QTest::newRow("trailing full stop") << QStringLiteral("It |drags.|") << QStringLiteral("drags");
    QTest::newRow("inner punctuation kept") << QStringLiteral("|Slow, then fast|!") << QStringLiteral("Slow, then fast");
    QTest::newRow("curly double quotes")
        << QString::fromUtf8("She said |\xE2\x80\x9Cluminous\xE2\x80\x9D| twice") << QStringLiteral("luminous");
    QTest::newRow("curly quotes, partial word")
        << QString::fromUtf8("She said| \xE2\x80\x9Clumi|nous\xE2\x80\x9D twice") << QStringLiteral("luminous");
    QTest::newRow("curly single quotes")
        << QString::fromUtf8("called it |\xE2\x80\x98" "bold\xE2\x80\x99|.") << QStringLiteral("bold");
    QTest::newRow("em dash")
        << QString::fromUtf8("a rush|\xE2\x80\x94" "breathless\xE2\x80\x94|then calm") << QStringLiteral("breathless");
    QTest::newRow("em dash between words kept")
        << QString::fromUtf8("|fast\xE2\x80\x94" "furious|") << QString::fromUtf8("fast\xE2\x80\x94" "furious");
    QTest::newRow("ellipsis")
        << QString::fromUtf8("and then|\xE2\x80\xA6 nothing\xE2\x80\xA6| at all") << QStringLiteral("nothing");
    QTest::newRow("curly apostrophe inside word")
        << QString::fromUtf8("I |don\xE2\x80\x99t| care") << QString::fromUtf8("don\xE2\x80\x99t");
    QTest::newRow("selection ends on curly apostrophe")
        << QString::fromUtf8("I do|n\xE2\x80\x99|t care") << QString::fromUtf8("don\xE2\x80\x99t");
    QTest::newRow("selection starts after curly apostrophe")
        << QString::fromUtf8("I don\xE2\x80\x99|t ca|re") << QString::fromUtf8("don\xE2\x80\x99t care");
    QTest::newRow("straight apostrophe inside word") << QStringLiteral("it |isn't| bad") << QStringLiteral("isn't");
    QTest::newRow("possessive apostrophe at end trimmed")
        << QString::fromUtf8("the |actors\xE2\x80\x99| work") << QStringLiteral("actors");
    QTest::newRow("hyphenated word") << QStringLiteral("a well-|made| film") << QStringLiteral("well-made");
    QTest::newRow("hyphenated word, both ends inside") << QStringLiteral("a we|ll-ma|de film")
                                                       << QStringLiteral("well-made");
    QTest::newRow("dangling hyphens trimmed") << QStringLiteral("an |- aside -| here") << QStringLiteral("aside");
    QTest::newRow("numbers are words") << QStringLiteral("rated |4|0 of 50") << QStringLiteral("40");
    QTest::newRow("precomposed accent") << QString::fromUtf8("un ca|f|\xC3\xA9 noir") << QString::fromUtf8("caf\xC3\xA9");
    QTest::newRow("combining mark at end of selection")
        << QString::fromUtf8("un |cafe|\xCC\x81 noir") << QString::fromUtf8("cafe\xCC\x81");
    QTest::newRow("selection starts on combining mark")
        << QString::fromUtf8("un cafe|\xCC\x81 no|ir") << QString::fromUtf8("cafe\xCC\x81 noir");
    QTest::newRow("apostrophe after combining mark")
        << QString::fromUtf8("the crew of Gu|n\xCC\x88\xE2\x80\x99|s barge")
        << QString::fromUtf8("Gun\xCC\x88\xE2\x80\x99s");
    QTest::newRow("hyphen after combining mark")
        << QString::fromUtf8("a |cafe\xCC\x81-|bar") << QString::fromUtf8("cafe\xCC\x81-bar");
    QTest::newRow("whole text") << QStringLiteral("|Bold.|") << QStringLiteral("Bold");
    QTest::newRow("emoji inside selection kept")
        << (QStringLiteral("so |good ") + Grin + QStringLiteral(" really| yes"))
        << (QStringLiteral("good ") + Grin + QStringLiteral(" really"));
    QTest::newRow("start inside pair") << (QStringLiteral("Wow ") + High + QLatin1Char('|') + Low + QStringLiteral(" great|"))
                                       << (Grin + QStringLiteral(" great"));
    QTest::newRow("end inside pair") << (QStringLiteral("|Wow ") + High + QLatin1Char('|') + Low + QStringLiteral(" great"))
                                     << (QStringLiteral("Wow ") + Grin);
    QTest::newRow("both inside one pair")
        << (QStringLiteral("x ") + High + QStringLiteral("||") + Low + QStringLiteral(" y")) << Grin;
    QTest::newRow("emoji directly after a word")
        << (QStringLiteral("a g|rea|t") + Grin + QStringLiteral(" b")) << (QStringLiteral("great") + Grin);
}

void TestAnchoring::snapToWords()
{
    QFETCH(QString, marked);
    QFETCH(QString, expected);
    QString text;
    int start = -1;
    int end = -1;
    parseMarked(marked, &text, &start, &end);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(Anchoring::snapToWords(text, &start, &end));
    QCOMPARE(text.mid(start, end - start), expected);
    QVERIFY(start >= 0 && end <= text.size());
    // Snapping is idempotent.
    int again = start;
    int againEnd = end;
    QVERIFY(Anchoring::snapToWords(text, &again, &againEnd));
    QCOMPARE(again, start);
    QCOMPARE(againEnd, end);
}

void TestAnchoring::snapToWordsReversed_data()
{
    snapToWords_data();
}

void TestAnchoring::snapToWordsReversed()
{
    QFETCH(QString, marked);
    QFETCH(QString, expected);
    QString text;
    int start = -1;
    int end = -1;
    parseMarked(marked, &text, &start, &end);
    if (QTest::currentTestFailed())
        return;
    // A selection made right to left arrives with start > end.
    std::swap(start, end);
    QVERIFY(Anchoring::snapToWords(text, &start, &end));
    QVERIFY(start <= end);
    QCOMPARE(text.mid(start, end - start), expected);
}

void TestAnchoring::snapToWordsNothingToSnap_data()
{
    QTest::addColumn<QString>("marked");

    QTest::newRow("spaces") << QStringLiteral("one|   |two");
    QTest::newRow("comma and space") << QStringLiteral("one|, |two");
    QTest::newRow("ellipsis and marks") << QString::fromUtf8("Wait |\xE2\x80\xA6!? \xE2\x80\x94| what");
    QTest::newRow("curly quotes only") << QString::fromUtf8("said |\xE2\x80\x9C\xE2\x80\x9D| it");
    QTest::newRow("em dash alone") << QString::fromUtf8("here| \xE2\x80\x94 |there");
    QTest::newRow("lone hyphen") << QStringLiteral("a | - | b");
    QTest::newRow("lone apostrophe") << QString::fromUtf8("a |\xE2\x80\x99| b");
    QTest::newRow("empty selection between words") << QStringLiteral("one ||two");
    QTest::newRow("empty text") << QStringLiteral("||");
    QTest::newRow("only punctuation text") << QStringLiteral("|?!|");
}

void TestAnchoring::snapToWordsNothingToSnap()
{
    QFETCH(QString, marked);
    QString text;
    int start = -1;
    int end = -1;
    parseMarked(marked, &text, &start, &end);
    if (QTest::currentTestFailed())
        return;
    const int oldStart = start;
    const int oldEnd = end;
    QVERIFY(!Anchoring::snapToWords(text, &start, &end));
    QCOMPARE(start, oldStart);
    QCOMPARE(end, oldEnd);
}

void TestAnchoring::snapToWordsNeverSplitsPairs()
{
    // Every possible selection over a text dense with pairs snaps to pair boundaries.
    const QString text = Grin + QStringLiteral(" ab") + Grin + Grin + QStringLiteral("c, ") + Grin + QStringLiteral("!");
    for (int s = 0; s <= text.size(); ++s) {
        for (int e = 0; e <= text.size(); ++e) {
            int start = s;
            int end = e;
            if (!Anchoring::snapToWords(text, &start, &end))
                continue;
            QVERIFY2(start < end, qPrintable(QStringLiteral("%1-%2").arg(s).arg(e)));
            QVERIFY2(!text.at(start).isLowSurrogate(), qPrintable(QStringLiteral("%1-%2").arg(s).arg(e)));
            QVERIFY2(!text.at(end - 1).isHighSurrogate(), qPrintable(QStringLiteral("%1-%2").arg(s).arg(e)));
        }
    }
}

void TestAnchoring::fillQuoteContext()
{
    const QString before = QStringLiteral("0123456789abcdefghijKLMNOPQRSTUVWXYZ"); // 36
    const QString after = QStringLiteral("zyxwvutsrqponmlkjihgfedcba9876543210"); // 36
    const QString text = before + QStringLiteral("[quoted span]") + after;
    Annotation a;
    a.start = int(before.size());
    a.end = a.start + 13;
    Anchoring::fillQuote(text, &a);
    QCOMPARE(a.quote, QStringLiteral("[quoted span]"));
    QCOMPARE(Anchoring::ContextLength, 32);
    QCOMPARE(a.prefix, before.right(32));
    QCOMPARE(a.suffix, after.left(32));
    QCOMPARE(a.start, 36);
    QCOMPARE(a.end, 49);
}

void TestAnchoring::fillQuoteAtEdges_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("end");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("quote");
    QTest::addColumn<QString>("suffix");

    QTest::newRow("at start") << QStringLiteral("Brisk and bright.") << 0 << 5 << QString() << QStringLiteral("Brisk")
                              << QStringLiteral(" and bright.");
    QTest::newRow("at end") << QStringLiteral("Brisk and bright.") << 10 << 17 << QStringLiteral("Brisk and ")
                            << QStringLiteral("bright.") << QString();
    QTest::newRow("whole text") << QStringLiteral("Brisk.") << 0 << 6 << QString() << QStringLiteral("Brisk.") << QString();
    const QString exact32 = QStringLiteral("abcdefghijklmnopqrstuvwxyz012345");
    QTest::newRow("exactly 32 either side") << (exact32 + QStringLiteral("Q") + exact32) << 32 << 33 << exact32
                                            << QStringLiteral("Q") << exact32;
    QTest::newRow("33 either side") << (QStringLiteral("_") + exact32 + QStringLiteral("Q") + exact32 + QStringLiteral("_"))
                                    << 33 << 34 << exact32 << QStringLiteral("Q") << exact32;
}

void TestAnchoring::fillQuoteAtEdges()
{
    QFETCH(QString, text);
    QFETCH(int, start);
    QFETCH(int, end);
    Annotation a;
    a.start = start;
    a.end = end;
    Anchoring::fillQuote(text, &a);
    QTEST(a.prefix, "prefix");
    QTEST(a.quote, "quote");
    QTEST(a.suffix, "suffix");
}

void TestAnchoring::fillQuoteCountsPairsAsOne()
{
    const QString x31 = QString(31, QLatin1Char('x'));
    const QString y31 = QString(31, QLatin1Char('y'));
    {
        // 32 code points before the quote, the farthest an emoji: the prefix keeps the whole pair.
        const QString text = QStringLiteral("w") + Grin + x31 + QStringLiteral("Q") + y31 + Grin + QStringLiteral("z");
        Annotation a;
        a.start = 33 + 1;
        a.end = a.start + 1;
        Anchoring::fillQuote(text, &a);
        QCOMPARE(a.quote, QStringLiteral("Q"));
        QCOMPARE(a.prefix, Grin + x31);
        QCOMPARE(a.prefix.size(), 33); // 32 code points, 33 UTF-16 units
        QCOMPARE(a.suffix, y31 + Grin);
        QCOMPARE(a.suffix.toUcs4().size(), 32);
    }
    {
        // Pairs everywhere: 40 emoji either side still give 32 code points of context each.
        QString emoji40;
        for (int i = 0; i < 40; ++i)
            emoji40 += Grin;
        const QString text = emoji40 + QStringLiteral("Q") + emoji40;
        Annotation a;
        a.start = 80;
        a.end = 81;
        Anchoring::fillQuote(text, &a);
        QCOMPARE(a.quote, QStringLiteral("Q"));
        QCOMPARE(a.prefix.size(), 64);
        QCOMPARE(a.suffix.size(), 64);
        QVERIFY(a.prefix.at(0).isHighSurrogate());
        QVERIFY(a.suffix.at(63).isLowSurrogate());
    }
}

void TestAnchoring::isAnchored_data()
{
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("end");
    QTest::addColumn<QString>("quote");
    QTest::addColumn<bool>("anchored");

    // Text: "Tense, then tender."
    QTest::newRow("matches") << 12 << 18 << QStringLiteral("tender") << true;
    QTest::newRow("shifted by one") << 11 << 17 << QStringLiteral("tender") << false;
    QTest::newRow("wrong length") << 12 << 17 << QStringLiteral("tender") << false;
    QTest::newRow("case differs") << 0 << 5 << QStringLiteral("tense") << false;
    QTest::newRow("end past text") << 12 << 40 << QStringLiteral("tender.") << false;
    QTest::newRow("negative start") << -1 << 5 << QStringLiteral("Tense") << false;
    QTest::newRow("empty range") << 3 << 3 << QString() << false;
    QTest::newRow("inverted") << 5 << 0 << QStringLiteral("Tense") << false;
}

void TestAnchoring::isAnchored()
{
    QFETCH(int, start);
    QFETCH(int, end);
    QFETCH(QString, quote);
    QFETCH(bool, anchored);
    Annotation a;
    a.start = start;
    a.end = end;
    a.quote = quote;
    QCOMPARE(Anchoring::isAnchored(QStringLiteral("Tense, then tender."), a), anchored);
}

void TestAnchoring::reanchorAfterInsertion()
{
    const QString original = QStringLiteral("The cast shines. The sets wobble.");
    Annotation a = annotationOver(original, QStringLiteral("sets wobble"));
    QVERIFY(Anchoring::isAnchored(original, a));
    const QString edited = QStringLiteral("In short: The cast shines, truly. The sets wobble.");
    QVERIFY(!Anchoring::isAnchored(edited, a));
    QCOMPARE(Anchoring::place(edited, &a), AnchorStatus::Exact);
    QCOMPARE(a.start, int(edited.indexOf(QStringLiteral("sets wobble"))));
    QCOMPARE(a.end, a.start + 11);
    QVERIFY(Anchoring::isAnchored(edited, a));
    // Context follows the new position.
    QCOMPARE(a.prefix, QStringLiteral("rt: The cast shines, truly. The "));
    QCOMPARE(a.suffix, QStringLiteral("."));
}

void TestAnchoring::reanchorChoosesByContext()
{
    const QString original = QStringLiteral("The music is loud. The dialogue is loud.");
    Annotation a = annotationOver(original, QStringLiteral("loud"), 1);
    QCOMPARE(a.start, 35);
    // Text inserted at the front; the stale start now sits closer to the first "loud", but the
    // context says it is the second.
    const QString edited = QStringLiteral("Note: The music is loud. The dialogue is loud.");
    QCOMPARE(edited.indexOf(QStringLiteral("loud")), 19);
    QCOMPARE(edited.lastIndexOf(QStringLiteral("loud")), 41);
    a.start = 20;
    a.end = 24;
    QCOMPARE(Anchoring::place(edited, &a), AnchorStatus::Exact);
    QCOMPARE(a.start, 41);
    QCOMPARE(a.end, 45);
    QVERIFY(Anchoring::isAnchored(edited, a));

    // And the other way round: the first occurrence, with the stale start near the second.
    Annotation b = annotationOver(original, QStringLiteral("loud"), 0);
    b.start = 40;
    b.end = 44;
    QCOMPARE(Anchoring::place(edited, &b), AnchorStatus::Exact);
    QCOMPARE(b.start, 19);
}

void TestAnchoring::reanchorNearestOnTie_data()
{
    QTest::addColumn<int>("oldStart");
    QTest::addColumn<int>("expected");

    // "[so very bad, sadly] " four times: "bad" at 9, 30, 51, 72, same context each.
    QTest::newRow("near first") << 0 << 9;
    QTest::newRow("near second") << 32 << 30;
    QTest::newRow("near third, before it") << 49 << 51;
    QTest::newRow("near last") << 75 << 72;
    QTest::newRow("far past end") << 500 << 72;
}

void TestAnchoring::reanchorNearestOnTie()
{
    QFETCH(int, oldStart);
    QFETCH(int, expected);
    const QString text = QStringLiteral("[so very bad, sadly] ").repeated(4);
    Annotation a;
    a.quote = QStringLiteral("bad");
    // A context every occurrence shares, long enough to be credible (MinContextAgreement): only
    // the distance can decide.
    a.prefix = QStringLiteral("[so very ");
    a.suffix = QStringLiteral(", sadly]");
    a.start = oldStart;
    a.end = oldStart + 3;
    QCOMPARE(Anchoring::place(text, &a), AnchorStatus::Exact);
    QCOMPARE(a.start, expected);
    QCOMPARE(a.end, expected + 3);
}

void TestAnchoring::reanchorMissingQuote_data()
{
    QTest::addColumn<QString>("quote");
    QTest::newRow("absent") << QStringLiteral("gorgeous");
    QTest::newRow("too different") << QStringLiteral("thick");
    QTest::newRow("empty quote") << QString();
}

void TestAnchoring::reanchorMissingQuote()
{
    QFETCH(QString, quote);
    Annotation a;
    a.start = 4;
    a.end = 8;
    a.quote = quote;
    a.prefix = QStringLiteral("The ");
    a.suffix = QStringLiteral(" was");
    const Annotation before = a;
    QCOMPARE(Anchoring::place(QStringLiteral("The plot was thin."), &a), AnchorStatus::Orphan);
    QCOMPARE(a.start, before.start);
    QCOMPARE(a.end, before.end);
    QCOMPARE(a.quote, before.quote);
    QCOMPARE(a.prefix, before.prefix);
    QCOMPARE(a.suffix, before.suffix);
}

namespace {
// U+1F3AC clapper board, U+1F342 leaf.
const QString Clapper = QString::fromUtf8("\xF0\x9F\x8E\xAC");
const QString Leaf = QString::fromUtf8("\xF0\x9F\x8D\x82");
} // namespace

void TestAnchoring::locate_data()
{
    QTest::addColumn<QString>("oldText");
    QTest::addColumn<QString>("quote");
    QTest::addColumn<int>("occurrence");
    QTest::addColumn<QString>("newText");
    QTest::addColumn<int>("status");
    // The new text at the new span, and the new start (-1: not checked); empty for an orphan.
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("expectedStart");

    const int unchanged = int(AnchorStatus::Unchanged);
    const int exact = int(AnchorStatus::Exact);
    const int fuzzy = int(AnchorStatus::Fuzzy);
    const int orphan = int(AnchorStatus::Orphan);
    const QString drama = QStringLiteral("A patient, luminous drama. The ending rushed.");
    const QString lead = QStringLiteral("Truly, the lead performance is superb and moving, at least.");
    const QString script = QStringLiteral("The cinematography is ravishing, but the script goes nowhere. Alas.");

    QTest::newRow("same text") << drama << QStringLiteral("luminous") << 0 << drama << unchanged
                               << QStringLiteral("luminous") << 11;
    QTest::newRow("insertion after") << drama << QStringLiteral("luminous") << 0
                                     << drama + QStringLiteral(" A must.") << unchanged << QStringLiteral("luminous")
                                     << 11;
    QTest::newRow("insertion before") << drama << QStringLiteral("luminous") << 0
                                      << QStringLiteral("In short: ") + drama << exact << QStringLiteral("luminous")
                                      << 21;
    QTest::newRow("insertion inside")
        << lead << QStringLiteral("the lead performance is superb and moving") << 0
        << QStringLiteral("Truly, the lead performance is truly superb and moving, at least.") << fuzzy
        << QStringLiteral("the lead performance is truly superb and moving") << 7;
    QTest::newRow("insertion inside, near the end")
        << QStringLiteral("Truly, the lead performance is superb and moving from the first scene.")
        << QStringLiteral("The lead performance is superb and moving").toLower() << 0
        << QStringLiteral("Truly, the lead performance is superb and deeply moving from the first scene.") << fuzzy
        << QStringLiteral("the lead performance is superb and deeply moving") << 7;
    QTest::newRow("insertion inside, near the start")
        << QStringLiteral("Truly, the lead performance is superb and moving from the first scene.")
        << QStringLiteral("the lead performance is superb and moving") << 0
        << QStringLiteral("Truly, the very lead performance is superb and moving from the first scene.") << fuzzy
        << QStringLiteral("the very lead performance is superb and moving") << 7;
    QTest::newRow("span deleted") << drama << QStringLiteral("The ending rushed") << 0
                                  << QStringLiteral("A patient, luminous drama.") << orphan << QString() << -1;
    QTest::newRow("repeated quote, context picks the second")
        << QStringLiteral("The score is good. The cast is good. The film is long.") << QStringLiteral("good") << 1
        << QStringLiteral("Overall: The score is good. The cast is good. The film is long.") << exact
        << QStringLiteral("good") << 40;
    QTest::newRow("repeated quote, context picks the first")
        << QStringLiteral("The score is good. The cast is good. The film is long.") << QStringLiteral("good") << 0
        << QStringLiteral("Overall: The score is good. The cast is good. The film is long.") << exact
        << QStringLiteral("good") << 22;
    QTest::newRow("case changed") << drama << QStringLiteral("luminous drama") << 0
                                  << QStringLiteral("A PATIENT, LUMINOUS DRAMA. THE ENDING RUSHED.") << fuzzy
                                  << QStringLiteral("LUMINOUS DRAMA") << 11;
    QTest::newRow("white space changed")
        << QStringLiteral("Then the lead is superb.") << QStringLiteral("lead is superb") << 0
        << QStringLiteral("Then the lead  is\nsuperb.") << fuzzy << QStringLiteral("lead  is\nsuperb") << 9;
    QTest::newRow("word changed inside") << script << QStringLiteral("the script goes nowhere") << 0
                                         << QStringLiteral("The cinematography is ravishing, but the script goes "
                                                           "elsewhere. Alas.")
                                         << fuzzy << QStringLiteral("the script goes elsewhere") << 37;
    QTest::newRow("mostly rewritten") << script << QStringLiteral("the script goes nowhere") << 0
                                      << QStringLiteral("The cinematography is ravishing, but the plot meanders "
                                                        "aimlessly. Alas.")
                                      << orphan << QString() << -1;
    QTest::newRow("fuzzy match snapped to words")
        << script << QStringLiteral("the script goes nowhere") << 0
        << QStringLiteral("The cinematography is ravishing, but the script go nowheres. Alas.") << fuzzy
        << QStringLiteral("the script go nowheres") << 37;
    QTest::newRow("outside the BMP before the span")
        << drama << QStringLiteral("luminous") << 0 << Clapper + Clapper + drama << exact
        << QStringLiteral("luminous") << 15;
    QTest::newRow("outside the BMP inside the span, case changed")
        << QStringLiteral("A tender ") + Leaf + QStringLiteral(" finale, then silence.")
        << QStringLiteral("tender ") + Leaf + QStringLiteral(" finale") << 0
        << Clapper + QStringLiteral(" A Tender ") + Leaf + QStringLiteral(" Finale, then silence.") << fuzzy
        << QStringLiteral("Tender ") + Leaf + QStringLiteral(" Finale") << 5;
    QTest::newRow("outside the BMP inserted into the span")
        << QStringLiteral("A tender autumn finale, then silence.") << QStringLiteral("tender autumn finale") << 0
        << QStringLiteral("A tender autumn ") + Leaf + QStringLiteral(" finale, then silence.") << fuzzy
        << QStringLiteral("tender autumn ") + Leaf + QStringLiteral(" finale") << 2;
    QTest::newRow("insertion right before the span, in its context")
        << drama << QStringLiteral("luminous drama") << 0 << QStringLiteral("A patient, truly luminous drama. The ending rushed.")
        << exact << QStringLiteral("luminous drama") << 17;
    QTest::newRow("insertion right after the span, in its context")
        << drama << QStringLiteral("luminous") << 0 << QStringLiteral("A patient, luminous, golden drama. The ending rushed.")
        << unchanged << QStringLiteral("luminous") << 11;
    QTest::newRow("insertion before and after the span")
        << drama << QStringLiteral("The ending rushed") << 0
        << QStringLiteral("Well. A patient, luminous drama. The ending rushed. Still, go.") << exact
        << QStringLiteral("The ending rushed") << 33;
    QTest::newRow("repeated quote, insertion between the occurrences")
        << QStringLiteral("The score is good. The cast is good. The film is long.") << QStringLiteral("good") << 1
        << QStringLiteral("The score is good. Frankly, the cast is good. The film is long.") << exact
        << QStringLiteral("good") << 40;
    QTest::newRow("repeated quote, first occurrence deleted")
        << QStringLiteral("The score is good. The cast is good. The film is long.") << QStringLiteral("good") << 1
        << QStringLiteral("The cast is good. The film is long.") << exact << QStringLiteral("good") << 12;
    QTest::newRow("repeated quote, changed, context picks")
        << QStringLiteral("The cast is very good here. The score is very good here.")
        << QStringLiteral("very good here") << 1
        << QStringLiteral("The cast is Very Good here. The score is Very Good here.") << fuzzy
        << QStringLiteral("Very Good here") << 41;
    QTest::newRow("white space and case changed together")
        << QStringLiteral("Then the lead is superb.") << QStringLiteral("lead is superb") << 0
        << QStringLiteral("Then the LEAD is\n\nSuperb.") << fuzzy << QStringLiteral("LEAD is\n\nSuperb") << 9;
    QTest::newRow("outside the BMP before and inside the span")
        << QStringLiteral("A tender ") + Leaf + QStringLiteral(" finale, then silence.")
        << QStringLiteral("tender ") + Leaf + QStringLiteral(" finale") << 0
        << Clapper + QStringLiteral(" ") + Clapper + QStringLiteral(" A tender ") + Leaf
            + QStringLiteral(" finale, then silence.")
        << exact << QStringLiteral("tender ") + Leaf + QStringLiteral(" finale") << 8;
    QTest::newRow("short quote, no fuzz allowed")
        << QStringLiteral("It was odd.") << QStringLiteral("odd") << 0 << QStringLiteral("It was add.") << orphan
        << QString() << -1;

    // A short quote is only moved where its context agrees: a word found in an unrelated
    // sentence must not take the annotation silently (an orphan is visible, a wrong move is not).
    const QString superbOnce = QStringLiteral("The score soars.\n\nThe sets wobble now and then.\n\n"
                                              "The lead is superb in every scene.");
    const QString superbTwice = QStringLiteral("The score is superb, truly.\n\nThe sets wobble now and then.\n\n"
                                               "The lead is superb in every scene.");
    QTest::newRow("short quote, its sentence deleted, the word elsewhere")
        << superbOnce << QStringLiteral("superb") << 0
        << QStringLiteral("The score is superb, truly.\n\nThe sets wobble now and then.") << orphan << QString() << -1;
    QTest::newRow("repeated short quote, the marked one deleted")
        << superbTwice << QStringLiteral("superb") << 1
        << QStringLiteral("The score is superb, truly.\n\nThe sets wobble now and then.") << orphan << QString() << -1;
    const QString keptEditedElsewhere = QStringLiteral("The score is superb and the songs linger.\n\n"
                                                       "The sets wobble now and then.\n\nThe lead is superb in every scene.");
    QTest::newRow("short quote, its sentence kept, edits elsewhere")
        << superbTwice << QStringLiteral("superb") << 1 << keptEditedElsewhere << exact << QStringLiteral("superb")
        << int(keptEditedElsewhere.lastIndexOf(QStringLiteral("superb")));
    const QString keptCaseChanged = QStringLiteral("The score is superb, truly.\n\nThe sets wobble now and then.\n\n"
                                                   "The lead is SUPERB in every scene.");
    QTest::newRow("short quote, case changed in place, the word intact elsewhere")
        << superbTwice << QStringLiteral("superb") << 1 << keptCaseChanged << fuzzy << QStringLiteral("SUPERB")
        << int(keptCaseChanged.indexOf(QStringLiteral("SUPERB")));
    const QString keptMisspelt = QStringLiteral("The score is superb, truly.\n\nThe sets wobble.\n\n"
                                                "The lead is suberb in every scene.");
    QTest::newRow("short quote, edited in place, the word intact elsewhere")
        << superbTwice << QStringLiteral("superb") << 1 << keptMisspelt << fuzzy << QStringLiteral("suberb")
        << int(keptMisspelt.indexOf(QStringLiteral("suberb")));
    const QString moved = QStringLiteral("Alas, the script goes nowhere.\n\nIn its favour: cinematography is "
                                         "ravishing throughout.");
    QTest::newRow("long quote moved to a new paragraph, new neighbours")
        << script << QStringLiteral("cinematography is ravishing") << 0 << moved << exact
        << QStringLiteral("cinematography is ravishing") << int(moved.indexOf(QStringLiteral("cinematography")));
    // The limits of the rule. 24 UTF-16 units make a quote distinctive on its own.
    QCOMPARE(Anchoring::DistinctiveQuoteLength, 24);
    QCOMPARE(Anchoring::MinContextAgreement, 8);
    QTest::newRow("24-unit quote, new neighbours")
        << QStringLiteral("First, the sets wobble a little bit, sadly.") << QStringLiteral("the sets wobble a little")
        << 0 << QStringLiteral("Oddly the sets wobble a little; no matter.") << exact
        << QStringLiteral("the sets wobble a little") << 6;
    QTest::newRow("23-unit quote, new neighbours")
        << QStringLiteral("First, the sets wobble a litle bit, sadly.") << QStringLiteral("the sets wobble a litle")
        << 0 << QStringLiteral("Oddly the sets wobble a litle; no matter.") << orphan << QString() << -1;
    // 8 units of prefix agree ("ctor is "), then 7 ("tor is ").
    QTest::newRow("short quote, 8 units of context agree")
        << QStringLiteral("Frankly, the lead actor is superb here.") << QStringLiteral("superb") << 0
        << QStringLiteral("A director is superb!") << exact << QStringLiteral("superb") << 14;
    QTest::newRow("short quote, 7 units of context agree")
        << QStringLiteral("Frankly, the lead actor is superb here.") << QStringLiteral("superb") << 0
        << QStringLiteral("A mentor is superb!") << orphan << QString() << -1;
    // Context is compared as the fuzzy step compares text: case and white space runs ignored.
    const QString recased = QStringLiteral("Intro. The lead, alas, is superb. THE SETS  wobble badly.");
    QTest::newRow("short quote, context agrees once case and white space are ignored")
        << QStringLiteral("The lead is superb. The sets wobble badly.") << QStringLiteral("superb") << 0 << recased
        << exact << QStringLiteral("superb") << int(recased.indexOf(QStringLiteral("superb")));
    // A context cut short by the end of the text counts when the new occurrence ends the text too.
    QTest::newRow("short quote at the end of its text, found at the end")
        << QStringLiteral("The ending is superb.") << QStringLiteral("superb") << 0
        << QStringLiteral("A patient, luminous drama; as for the ending, superb.") << exact << QStringLiteral("superb")
        << 46;
    QTest::newRow("short quote at the end of its text, found mid-text")
        << QStringLiteral("The ending is superb.") << QStringLiteral("superb") << 0
        << QStringLiteral("A superb drama. The ending rushed.") << orphan << QString() << -1;
}

void TestAnchoring::locate()
{
    QFETCH(QString, oldText);
    QFETCH(QString, quote);
    QFETCH(int, occurrence);
    QFETCH(QString, newText);
    QFETCH(int, status);
    QFETCH(QString, expected);
    QFETCH(int, expectedStart);

    const Annotation a = annotationOver(oldText, quote, occurrence);
    QVERIFY(Anchoring::isAnchored(oldText, a));
    const AnchorMatch match = Anchoring::locate(newText, a);
    QCOMPARE(int(match.status), status);
    if (match.status == AnchorStatus::Orphan)
        return;
    QVERIFY(match.start >= 0 && match.start < match.end && match.end <= newText.size());
    // Never between the halves of a surrogate pair.
    QVERIFY(!newText.at(match.start).isLowSurrogate());
    QVERIFY(match.end == newText.size() || !newText.at(match.end).isLowSurrogate());
    QCOMPARE(newText.mid(match.start, match.end - match.start), expected);
    if (expectedStart >= 0)
        QCOMPARE(match.start, expectedStart);
}

void TestAnchoring::locateWithoutStoredContext()
{
    // A quote with neither prefix nor suffix (a file written by hand) has nothing to weigh: its
    // quote alone decides, nearest occurrence first.
    Annotation a;
    a.quote = QStringLiteral("good");
    a.start = 30;
    a.end = 34;
    const QString text = QStringLiteral("The score is good. The cast is good.");
    const AnchorMatch match = Anchoring::locate(text, a);
    QCOMPARE(match.status, AnchorStatus::Exact);
    QCOMPARE(match.start, 31);
    // With a context that disagrees, the same occurrences are not credible.
    a.prefix = QStringLiteral("The music is ");
    a.suffix = QStringLiteral(" and loud.");
    QCOMPARE(Anchoring::locate(text, a).status, AnchorStatus::Orphan);
}

void TestAnchoring::locatePlaceRefreshesQuote()
{
    const QString oldText = QStringLiteral("The cinematography is ravishing, but the script goes nowhere. Alas.");
    const QString newText = QStringLiteral("Well. The cinematography is ravishing, but the script goes elsewhere.");
    Annotation a = annotationOver(oldText, QStringLiteral("the script goes nowhere"));
    a.note = QStringLiteral("keep me");
    QCOMPARE(Anchoring::place(newText, &a), AnchorStatus::Fuzzy);
    QVERIFY(Anchoring::isAnchored(newText, a));
    QCOMPARE(a.quote, QStringLiteral("the script goes elsewhere"));
    QCOMPARE(a.prefix, QStringLiteral("inematography is ravishing, but "));
    QCOMPARE(a.suffix, QStringLiteral("."));
    QCOMPARE(a.note, QStringLiteral("keep me"));
}

void TestAnchoring::placeInPlaceKeepsOrRepairsContext()
{
    // An annotation already in place keeps the strings it has when they agree with the text
    // (opening a project copies nothing); a stale prefix or suffix (a hand edit) is rebuilt.
    const QString text = QStringLiteral("A patient, luminous drama whose ending is rushed. Still worth it.");
    Annotation a = annotationOver(text, QStringLiteral("ending is rushed"));
    const Annotation fresh = a;
    QCOMPARE(Anchoring::place(text, &a), AnchorStatus::Unchanged);
    QCOMPARE(a.prefix, fresh.prefix);
    QCOMPARE(a.suffix, fresh.suffix);
    QVERIFY(a.prefix.isSharedWith(fresh.prefix)); // kept, not copied again

    a.prefix = QStringLiteral("stale words ");
    a.suffix.clear();
    QCOMPARE(Anchoring::place(text, &a), AnchorStatus::Unchanged);
    QCOMPARE(a.prefix, fresh.prefix);
    QCOMPARE(a.suffix, fresh.suffix);
}

void TestAnchoring::locateOrphanLeavesAnnotation()
{
    const QString oldText = QStringLiteral("A patient, luminous drama. The ending rushed.");
    Annotation a = annotationOver(oldText, QStringLiteral("The ending rushed"));
    const Annotation before = a;
    QCOMPARE(Anchoring::place(QStringLiteral("Nothing of it is left here at all."), &a), AnchorStatus::Orphan);
    QCOMPARE(a.start, before.start);
    QCOMPARE(a.end, before.end);
    QCOMPARE(a.quote, before.quote);
    QCOMPARE(a.prefix, before.prefix);
    QCOMPARE(a.suffix, before.suffix);
}

void TestAnchoring::locateFuzzyIsBounded()
{
    // About 20 MB of text (10 M UTF-16 units) in which the quote only nearly occurs, far from
    // its old start: the search must finish quickly, whatever it finds.
    const QString chunk = QStringLiteral("lorem ipsum dolor sit amet, consectetur adipiscing elit. ");
    QString text;
    text.reserve(10'000'000 + 200);
    while (text.size() < 10'000'000)
        text += chunk;
    const int nearStart = int(text.size());
    text += QStringLiteral("The sets wobble and the lead shines.");
    Annotation a;
    a.quote = QStringLiteral("the sets wobble and the lead shines brightly");
    a.start = nearStart - 5;
    a.end = a.start + int(a.quote.size());
    QElapsedTimer timer;
    timer.start();
    const AnchorMatch match = Anchoring::locate(text, a);
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(elapsed < 15000, qPrintable(QString::number(elapsed)));
    QCOMPARE(match.status, AnchorStatus::Fuzzy);
    QCOMPARE(text.mid(match.start, match.end - match.start), QStringLiteral("The sets wobble and the lead shines"));

    // A very long quote is only searched in a window around its old start: still bounded.
    Annotation longQuote;
    longQuote.quote = QString(3000, QLatin1Char('x'));
    longQuote.start = 100;
    longQuote.end = 3100;
    timer.restart();
    QCOMPARE(Anchoring::locate(text, longQuote).status, AnchorStatus::Orphan);
    QVERIFY2(timer.elapsed() < 15000, qPrintable(QString::number(timer.elapsed())));
}

void TestAnchoring::reanchorReportCounts()
{
    ReanchorReport report;
    QVERIFY(!report.changedAnything());
    report.add(AnchorStatus::Unchanged);
    report.add(AnchorStatus::Unchanged);
    QVERIFY(!report.changedAnything());
    report.add(AnchorStatus::Exact);
    report.add(AnchorStatus::Fuzzy);
    report.add(AnchorStatus::Orphan);
    report.add(AnchorStatus::Orphan);
    QCOMPARE(report.unchanged, 2);
    QCOMPARE(report.exact, 1);
    QCOMPARE(report.fuzzy, 1);
    QCOMPARE(report.orphaned, 2);
    QCOMPARE(report.total(), 6);
    QVERIFY(report.changedAnything());
}

QTEST_GUILESS_MAIN(TestAnchoring)
#include "tst_anchoring.moc"
