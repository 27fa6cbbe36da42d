// SPDX-License-Identifier: GPL-3.0-or-later
#include "compare/reviewsearch.h"

#include "project/project.h"

#include <QtTest>

using namespace Revmark;

namespace {

// "[4,8) [14,18)": readable in a failure message.
QString describe(const QVector<TextMatch> &matches)
{
    QStringList parts;
    for (const TextMatch &m : matches)
        parts << QStringLiteral("[%1,%2)").arg(m.start).arg(m.end);
    return parts.join(QLatin1Char(' '));
}

Review makeReview(const QString &title, const QString &text)
{
    Review review;
    review.id = newId();
    review.title = title;
    review.text = text;
    return review;
}

} // namespace

class TestReviewSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void find_data();
    void find();
    void matchesAreWholeCharacters_data();
    void matchesAreWholeCharacters();
    void foldedTextMapsBack();
    void identityMapForOneToOneFolds();
    void cacheFollowsTheText();
    void findAllOverAProject();
    void findAllLeavesOutPassagesSetAside();
};

void TestReviewSearch::find_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("caseSensitive");
    QTest::addColumn<bool>("wholeWords");
    QTest::addColumn<QString>("expected");

    const QString emoji = QStringLiteral("\U0001F3AC"); // clapper board, a surrogate pair
    QTest::newRow("plain") << QStringLiteral("The film is a film.") << QStringLiteral("film") << false << false
                           << QStringLiteral("[4,8) [14,18)");
    QTest::newRow("case ignored") << QStringLiteral("Film and FILM and film") << QStringLiteral("fIlM") << false
                                  << false << QStringLiteral("[0,4) [9,13) [18,22)");
    QTest::newRow("case kept") << QStringLiteral("Film and FILM and film") << QStringLiteral("film") << true << false
                               << QStringLiteral("[18,22)");
    QTest::newRow("case kept, accents still ignored")
        << QStringLiteral("Café and café") << QStringLiteral("Cafe") << true << false << QStringLiteral("[0,4)");
    QTest::newRow("accent in text") << QStringLiteral("a café noir") << QStringLiteral("cafe") << false << false
                                    << QStringLiteral("[2,6)");
    QTest::newRow("accent in query") << QStringLiteral("a cafe noir") << QStringLiteral("café") << false << false
                                     << QStringLiteral("[2,6)");
    QTest::newRow("capital with accent") << QStringLiteral("ÉCOLE") << QStringLiteral("ecole") << false << false
                                         << QStringLiteral("[0,5)");
    QTest::newRow("decomposed accent in text takes its mark")
        << QStringLiteral("cafe\u0301 au lait") << QStringLiteral("cafe") << false << false << QStringLiteral("[0,5)");
    QTest::newRow("decomposed accent in text, precomposed query")
        << QStringLiteral("x cafe\u0301") << QStringLiteral("café") << false << false << QStringLiteral("[2,7)");
    QTest::newRow("decomposed accent in query") << QStringLiteral("café") << QStringLiteral("cafe\u0301") << false
                                                << false << QStringLiteral("[0,4)");
    QTest::newRow("two marks on one letter") << QStringLiteral("Vie\u0323\u0302t nam") << QStringLiteral("viet")
                                             << false << false << QStringLiteral("[0,6)");
    QTest::newRow("only a mark as query") << QStringLiteral("cafe\u0301") << QStringLiteral("\u0301") << false
                                          << false << QString();
    QTest::newRow("curly apostrophe in text") << QStringLiteral("it’s good") << QStringLiteral("it's") << false
                                              << false << QStringLiteral("[0,4)");
    QTest::newRow("curly apostrophe in query") << QStringLiteral("it's good") << QStringLiteral("it’s") << false
                                               << false << QStringLiteral("[0,4)");
    QTest::newRow("single curly quotes") << QStringLiteral("a ‘bold’ move") << QStringLiteral("'bold'") << false
                                         << false << QStringLiteral("[2,8)");
    QTest::newRow("double curly quotes") << QStringLiteral("a “bold” move") << QStringLiteral("\"bold\"") << false
                                         << false << QStringLiteral("[2,8)");
    QTest::newRow("guillemets") << QStringLiteral("un «film»") << QStringLiteral("\"film\"") << false << false
                                << QStringLiteral("[3,9)");
    QTest::newRow("en dash") << QStringLiteral("a well–made film") << QStringLiteral("well-made") << false << false
                             << QStringLiteral("[2,11)");
    QTest::newRow("em dash and minus") << QStringLiteral("yes—no −3") << QStringLiteral("yes-no -3") << false
                                       << false << QStringLiteral("[0,9)");
    QTest::newRow("ligature fi in text") << QStringLiteral("the ﬁlm") << QStringLiteral("film") << false << false
                                         << QStringLiteral("[4,7)");
    QTest::newRow("ligature fi in query") << QStringLiteral("the film") << QStringLiteral("ﬁlm") << false << false
                                          << QStringLiteral("[4,8)");
    QTest::newRow("ligature ffl") << QStringLiteral("baﬄing") << QStringLiteral("baffling") << false << false
                                  << QStringLiteral("[0,6)");
    QTest::newRow("sharp s") << QStringLiteral("die Straße") << QStringLiteral("strasse") << false << false
                             << QStringLiteral("[4,10)");
    QTest::newRow("sharp s in query") << QStringLiteral("die STRASSE") << QStringLiteral("straße") << false << false
                                      << QStringLiteral("[4,11)");
    QTest::newRow("capital sharp s") << QStringLiteral("STRAẞE") << QStringLiteral("strasse") << false << false
                                     << QStringLiteral("[0,6)");
    QTest::newRow("sharp s kept when case counts") << QStringLiteral("Straße") << QStringLiteral("Strasse") << true
                                                   << false << QString();
    QTest::newRow("o with stroke") << QStringLiteral("Søren Kierkegaard") << QStringLiteral("soren") << false
                                   << false << QStringLiteral("[0,5)");
    QTest::newRow("l with stroke and accents") << QStringLiteral("in Łódź") << QStringLiteral("lodz") << false
                                               << false << QStringLiteral("[3,7)");
    QTest::newRow("ae ligature letter") << QStringLiteral("Encyclopædia") << QStringLiteral("encyclopaedia")
                                        << false << false << QStringLiteral("[0,12)");
    QTest::newRow("full-width letters") << QStringLiteral("ＦＩＬＭ") << QStringLiteral("film") << false << false
                                        << QStringLiteral("[0,4)");
    QTest::newRow("ellipsis") << QStringLiteral("wait… then") << QStringLiteral("wait...") << false << false
                              << QStringLiteral("[0,5)");
    QTest::newRow("greek final sigma") << QStringLiteral("ΛΌΓΟΣ") << QStringLiteral("λογος") << false << false
                                       << QStringLiteral("[0,5)");
    QTest::newRow("dotted capital I") << QStringLiteral("İstanbul") << QStringLiteral("istanbul") << false << false
                                      << QStringLiteral("[0,8)");
    QTest::newRow("line end as space") << QStringLiteral("the\nfilm") << QStringLiteral("the film") << false
                                       << false << QStringLiteral("[0,8)");
    QTest::newRow("no-break space") << QStringLiteral("Le\u00A0film") << QStringLiteral("le film") << false << false
                                    << QStringLiteral("[0,7)");
    QTest::newRow("soft hyphen dropped") << QStringLiteral("a fin\u00ADish") << QStringLiteral("finish") << false
                                         << false << QStringLiteral("[2,9)");
    QTest::newRow("surrogate pairs before matches")
        << (emoji + QStringLiteral(" film ") + emoji + QStringLiteral(" film")) << QStringLiteral("film") << false
        << false << QStringLiteral("[3,7) [11,15)");
    QTest::newRow("surrogate pair as query") << (emoji + QStringLiteral(" film ") + emoji) << emoji << false << false
                                             << QStringLiteral("[0,2) [8,10)");
    QTest::newRow("mathematical bold letters") << QStringLiteral("a 𝐟𝐢𝐥𝐦") << QStringLiteral("film") << false
                                               << false << QStringLiteral("[2,10)");
    QTest::newRow("overlapping candidates") << QStringLiteral("aaaa") << QStringLiteral("aa") << false << false
                                            << QStringLiteral("[0,2) [2,4)");
    QTest::newRow("odd overlap") << QStringLiteral("aaa") << QStringLiteral("aa") << false << false
                                 << QStringLiteral("[0,2)");
    QTest::newRow("adjacent") << QStringLiteral("filmFILM") << QStringLiteral("film") << false << false
                              << QStringLiteral("[0,4) [4,8)");
    QTest::newRow("parts of words") << QStringLiteral("film films filming film") << QStringLiteral("film") << false
                                    << false << QStringLiteral("[0,4) [5,9) [11,15) [19,23)");
    QTest::newRow("whole words") << QStringLiteral("film films filming film") << QStringLiteral("film") << false
                                 << true << QStringLiteral("[0,4) [19,23)");
    QTest::newRow("whole words beside punctuation") << QStringLiteral("(film), film.") << QStringLiteral("film")
                                                    << false << true << QStringLiteral("[1,5) [8,12)");
    QTest::newRow("whole words after a failed candidate") << QStringLiteral("xfilm film") << QStringLiteral("film")
                                                          << false << true << QStringLiteral("[6,10)");
    QTest::newRow("whole words with accents") << QStringLiteral("café cafés") << QStringLiteral("cafe") << false
                                              << true << QStringLiteral("[0,4)");
    QTest::newRow("whole words, decomposed accent") << QStringLiteral("cafe\u0301s cafe\u0301")
                                                    << QStringLiteral("cafe") << false << true
                                                    << QStringLiteral("[7,12)");
    QTest::newRow("whole words, soft hyphen inside") << QStringLiteral("fin\u00ADish") << QStringLiteral("fin")
                                                     << false << true << QString();
    QTest::newRow("whole words, soft hyphen before") << QStringLiteral("x\u00ADfilm film") << QStringLiteral("film")
                                                     << false << true << QStringLiteral("[7,11)");
    QTest::newRow("whole words, query edge is punctuation") << QStringLiteral("good, bad") << QStringLiteral(", b")
                                                            << false << true << QString();
    QTest::newRow("whole words, apostrophe ends a word") << QStringLiteral("don’t") << QStringLiteral("don") << false
                                                         << true << QStringLiteral("[0,3)");
    QTest::newRow("empty query") << QStringLiteral("film") << QString() << false << false << QString();
    QTest::newRow("empty text") << QString() << QStringLiteral("film") << false << false << QString();
    QTest::newRow("query longer than text") << QStringLiteral("fil") << QStringLiteral("film") << false << false
                                            << QString();
    QTest::newRow("space as query") << QStringLiteral("a b") << QStringLiteral(" ") << false << false
                                    << QStringLiteral("[1,2)");
    QTest::newRow("no match") << QStringLiteral("the film") << QStringLiteral("play") << false << false << QString();
}

void TestReviewSearch::find()
{
    QFETCH(QString, text);
    QFETCH(QString, query);
    QFETCH(bool, caseSensitive);
    QFETCH(bool, wholeWords);
    QFETCH(QString, expected);
    SearchOptions options;
    options.caseSensitive = caseSensitive;
    options.wholeWords = wholeWords;
    QCOMPARE(describe(ReviewSearch::findIn(text, query, options)), expected);
    // The cached path gives the same, the first time and again.
    ReviewSearch search;
    QCOMPARE(describe(search.find(QStringLiteral("r"), text, query, options)), expected);
    QCOMPARE(describe(search.find(QStringLiteral("r"), text, query, options)), expected);
}

void TestReviewSearch::matchesAreWholeCharacters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expected");

    // A query that matches part of what one source character folds to gets the whole character.
    QTest::newRow("first letter of a ligature") << QStringLiteral("ﬁ") << QStringLiteral("f") << QStringLiteral("[0,1)");
    QTest::newRow("second letter of a ligature") << QStringLiteral("ﬁne") << QStringLiteral("ine")
                                                 << QStringLiteral("[0,3)");
    QTest::newRow("one s of sharp s") << QStringLiteral("aßb") << QStringLiteral("s") << QStringLiteral("[1,2)");
    QTest::newRow("s then sharp s") << QStringLiteral("sß") << QStringLiteral("ss") << QStringLiteral("[0,2)");
    QTest::newRow("ellipsis in part") << QStringLiteral("so… what") << QStringLiteral("so.") << QStringLiteral("[0,3)");
    QTest::newRow("after a ligature") << QStringLiteral("ﬂat ﬂat") << QStringLiteral("at") << QStringLiteral("[1,3) [5,7)");
    QTest::newRow("inside a ligature") << QStringLiteral("ﬂat ﬂat") << QStringLiteral("lat") << QStringLiteral("[0,3) [4,7)");
}

void TestReviewSearch::matchesAreWholeCharacters()
{
    QFETCH(QString, text);
    QFETCH(QString, query);
    QFETCH(QString, expected);
    QCOMPARE(describe(ReviewSearch::findIn(text, query)), expected);
}

void TestReviewSearch::foldedTextMapsBack()
{
    const QString text = QStringLiteral("Ma\u0301s ﬁlms—STRAẞE ✓");
    const FoldedText folded(text, false);
    QCOMPARE(folded.folded(), QStringLiteral("mas films-strasse ✓"));
    QVERIFY(!folded.isIdentityMapped());
    QCOMPARE(folded.sourceLength(), int(text.size()));
    // Each folded unit maps into the source, in order, and the whole maps to the whole.
    int previous = 0;
    for (int i = 0; i < folded.folded().size(); ++i) {
        int start = 0;
        int end = 0;
        folded.sourceRange(i, i + 1, &start, &end);
        QVERIFY2(start >= previous && start < end && end <= text.size(), qPrintable(QString::number(i)));
        previous = start;
    }
    int start = 0;
    int end = 0;
    folded.sourceRange(0, int(folded.folded().size()), &start, &end);
    QCOMPARE(start, 0);
    QCOMPARE(end, int(text.size()));
    // "a" takes its combining acute along; "fi" is the one ligature character.
    folded.sourceRange(1, 2, &start, &end);
    QCOMPARE(text.mid(start, end - start), QStringLiteral("a\u0301"));
    folded.sourceRange(4, 6, &start, &end);
    QCOMPARE(text.mid(start, end - start), QStringLiteral("ﬁ"));
    QCOMPARE(foldForSearch(QStringLiteral("“Ça”"), true), QStringLiteral("\"Ca\""));
}

void TestReviewSearch::identityMapForOneToOneFolds()
{
    // Precomposed accents, curly quotes and dashes fold one unit to one unit: no map is kept.
    const FoldedText latin(QStringLiteral("Café “naïve” – Søren’s"), false);
    QVERIFY(latin.isIdentityMapped());
    QCOMPARE(latin.folded(), QStringLiteral("cafe \"naive\" - soren's"));
    const FoldedText pairs(QStringLiteral("\U0001F3AC film"), false);
    QVERIFY(pairs.isIdentityMapped());
    QVERIFY(!FoldedText(QStringLiteral("ﬁlm"), false).isIdentityMapped());
    QVERIFY(!FoldedText(QStringLiteral("e\u0301"), false).isIdentityMapped());
}

void TestReviewSearch::cacheFollowsTheText()
{
    ReviewSearch search;
    const QString first = QStringLiteral("a film about a film");
    QCOMPARE(search.find(QStringLiteral("one"), first, QStringLiteral("film")).size(), 2);
    QCOMPARE(search.cachedTexts(), 1);
    // Another text under the same key is folded again, not served from the old copy.
    const QString second = QStringLiteral("a play, not a film");
    QCOMPARE(describe(search.find(QStringLiteral("one"), second, QStringLiteral("film"))), QStringLiteral("[14,18)"));
    // An equal text in a new buffer is recognised as the same.
    QString copy = second;
    copy.detach();
    QCOMPARE(describe(search.find(QStringLiteral("one"), copy, QStringLiteral("play"))), QStringLiteral("[2,6)"));
    // Case-sensitive searches fold separately, under the same entry.
    SearchOptions caseSensitive;
    caseSensitive.caseSensitive = true;
    QCOMPARE(search.find(QStringLiteral("one"), second, QStringLiteral("PLAY"), caseSensitive).size(), 0);
    QCOMPARE(search.find(QStringLiteral("one"), second, QStringLiteral("PLAY")).size(), 1);
    QCOMPARE(search.cachedTexts(), 1);
    search.clear();
    QCOMPARE(search.cachedTexts(), 0);
}

void TestReviewSearch::findAllOverAProject()
{
    Project project;
    const Review a = makeReview(QStringLiteral("A"), QStringLiteral("Quietly luminous: the film earns it."));
    const Review b = makeReview(QStringLiteral("B"), QStringLiteral("No ﬁlm this year drags like this FILM."));
    const Review c = makeReview(QStringLiteral("C"), QStringLiteral("A play."));
    project.reset(QStringLiteral("Test"), {}, {a, b, c});

    ReviewSearch search;
    QVector<ReviewMatches> all = search.findAll(project, QStringLiteral("film"));
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.at(0).reviewId, a.id);
    QCOMPARE(describe(all.at(0).matches), QStringLiteral("[22,26)"));
    QCOMPARE(all.at(1).reviewId, b.id);
    QCOMPARE(describe(all.at(1).matches), QStringLiteral("[3,6) [33,37)"));
    QCOMPARE(all.at(2).reviewId, c.id);
    QVERIFY(all.at(2).matches.isEmpty());
    QCOMPARE(search.cachedTexts(), 3);

    // Column order is followed, and reviews gone from the project leave the cache.
    project.moveReview(2, 0);
    project.removeReview(a.id);
    all = search.findAll(project, QStringLiteral("film"));
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).reviewId, c.id);
    QCOMPARE(all.at(1).reviewId, b.id);
    QCOMPARE(search.cachedTexts(), 2);

    // An empty query finds nothing and folds nothing.
    ReviewSearch fresh;
    all = fresh.findAll(project, QString());
    QCOMPARE(all.size(), 2);
    QVERIFY(all.at(0).matches.isEmpty() && all.at(1).matches.isEmpty());
    QCOMPARE(fresh.cachedTexts(), 0);
}

// The find bar's counts are findAll's: matches in passages set aside are not the review's.
void TestReviewSearch::findAllLeavesOutPassagesSetAside()
{
    Review review = makeReview(QStringLiteral("A"), QStringLiteral("Film Site\n\nThe film is good.\n\nMore film news"));
    review.setAside = {{0, 9}, {int(review.text.indexOf(QLatin1String("More"))), int(review.text.size())}};
    Project project;
    project.reset(QString(), {}, {review});
    ReviewSearch search;
    const QVector<ReviewMatches> all = search.findAll(project, QStringLiteral("film"));
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.at(0).matches.size(), 1);
    QCOMPARE(all.at(0).matches.at(0).start, int(review.text.indexOf(QLatin1String("film is"))));
    // Included again, the passage counts.
    project.setPassageSetAside(review.id, review.setAside.last(), false);
    QCOMPARE(search.findAll(project, QStringLiteral("film")).at(0).matches.size(), 2);
}

QTEST_GUILESS_MAIN(TestReviewSearch)
#include "tst_reviewsearch.moc"
