// SPDX-License-Identifier: GPL-3.0-or-later
// The scoring step on its own: cues are given inline, so these cases do not depend on the
// lexicon (except where a row says so), and the expected suggestions are written with the
// marks of the labelled set: {+praise+} and {-criticism-}.
#include "cues/cuedetector.h"
#include "cues/suggester.h"

#include <QtTest>

using namespace Revmark;

namespace {

// "[+superb]" praise, "[-drags]" criticism, "[!very]" intensifier, "[~somewhat]" hedge,
// "[|but]" contrast, "[^not]" negator, "[#4/5]" rating.
QString parseCues(const QString &marked, QVector<Cue> *cues)
{
    QString text;
    for (int i = 0; i < marked.size(); ++i) {
        if (marked.at(i) == QLatin1Char('[') && i + 1 < marked.size()) {
            const int close = int(marked.indexOf(QLatin1Char(']'), i));
            const QString kinds = QStringLiteral("+-!~|^#");
            const int k = int(kinds.indexOf(marked.at(i + 1)));
            if (close > i && k >= 0) {
                const CueKind kind[] = {CueKind::Praise,   CueKind::Criticism, CueKind::Intensifier, CueKind::Hedge,
                                        CueKind::Contrast, CueKind::Negator,   CueKind::Rating};
                const int start = int(text.size());
                text += marked.mid(i + 2, close - i - 2);
                cues->append(Cue{start, int(text.size()), kind[k]});
                i = close;
                continue;
            }
        }
        text += marked.at(i);
    }
    return text;
}

QString render(const QString &text, const QVector<Suggestion> &suggestions)
{
    QString out = text;
    for (int i = int(suggestions.size()) - 1; i >= 0; --i) {
        const Suggestion &s = suggestions.at(i);
        const bool praise = s.polarity == Polarity::Praise;
        out.insert(s.end, praise ? QStringLiteral("+}") : QStringLiteral("-}"));
        out.insert(s.start, praise ? QStringLiteral("{+") : QStringLiteral("{-"));
    }
    return out;
}

} // namespace

class TestSuggester : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void suggest_data();
    void suggest();
    void cuesThatDroveIt_data();
    void cuesThatDroveIt();
    void withTheBuiltInCueSet_data();
    void withTheBuiltInCueSet();
    void unknownCueSet();
    void aspects_data();
    void aspects();
    void aspectsFromProjectTags();
    void invariants();
};

void TestSuggester::suggest_data()
{
    QTest::addColumn<QString>("marked");
    QTest::addColumn<QString>("expected");

    QTest::newRow("one praise") << QStringLiteral("The cinematography is [+ravishing].")
                                << QStringLiteral("{+The cinematography is ravishing.+}");
    // Sentences: abbreviations, initials and ordinals do not end one (English, German, French);
    // each row's cue sits after the full stop, so a wrong cut shows as a shorter suggestion.
    QTest::newRow("sentence: German z. B.")
        << QStringLiteral("Die Nebenrollen, z. B. der Wirt, sind [+großartig].")
        << QStringLiteral("{+Die Nebenrollen, z. B. der Wirt, sind großartig.+}");
    QTest::newRow("sentence: German d. h.") << QStringLiteral("Er spielt sich selbst, d. h. [-hölzern].")
                                            << QStringLiteral("{-Er spielt sich selbst, d. h. hölzern.-}");
    QTest::newRow("sentence: German u. a.") << QStringLiteral("Es spielen u. a. Stars, alle [+glänzend].")
                                            << QStringLiteral("{+Es spielen u. a. Stars, alle glänzend.+}");
    QTest::newRow("sentence: German bzw.") << QStringLiteral("Die Serie bzw. Staffel zwei ist [-zäh].")
                                           << QStringLiteral("{-Die Serie bzw. Staffel zwei ist zäh.-}");
    QTest::newRow("sentence: German ca.") << QStringLiteral("Nach ca. Minute zehn wird es [-langatmig].")
                                          << QStringLiteral("{-Nach ca. Minute zehn wird es langatmig.-}");
    QTest::newRow("sentence: German Nr.") << QStringLiteral("Song Nr. Vier ist [+wunderbar].")
                                          << QStringLiteral("{+Song Nr. Vier ist wunderbar.+}");
    QTest::newRow("sentence: German Dr.") << QStringLiteral("Als Dr. Berg ist sie [+umwerfend].")
                                          << QStringLiteral("{+Als Dr. Berg ist sie umwerfend.+}");
    QTest::newRow("sentence: German usw.") << QStringLiteral("Kostüme, Licht usw. sind [+stimmig].")
                                           << QStringLiteral("{+Kostüme, Licht usw. sind stimmig.+}");
    QTest::newRow("sentence: German S.") << QStringLiteral("Ab S. Hundert wird es [-zäh].")
                                         << QStringLiteral("{-Ab S. Hundert wird es zäh.-}");
    QTest::newRow("sentence: German vgl.") << QStringLiteral("Das Ende (vgl. Kapitel drei) ist [-schwach].")
                                           << QStringLiteral("{-Das Ende (vgl. Kapitel drei) ist schwach.-}");
    QTest::newRow("sentence: German etc.") << QStringLiteral("Bässe, Höhen etc. klingen [+sauber].")
                                           << QStringLiteral("{+Bässe, Höhen etc. klingen sauber.+}");
    QTest::newRow("sentence: German ordinal before a month")
        << QStringLiteral("Er startet am 3. Mai und ist [+sehenswert].")
        << QStringLiteral("{+Er startet am 3. Mai und ist sehenswert.+}");
    QTest::newRow("sentence: German ordinal after an article")
        << QStringLiteral("Der 2. Teil ist [-schwächer].") << QStringLiteral("{-Der 2. Teil ist schwächer.-}");
    QTest::newRow("sentence: German ordinal after a preposition")
        << QStringLiteral("Im 19. Jahrhundert spielt ein [+fesselnder] Roman.")
        << QStringLiteral("{+Im 19. Jahrhundert spielt ein fesselnder Roman.+}");
    QTest::newRow("sentence: a number ending a sentence still ends it")
        << QStringLiteral("I give it a 7. The score is [+lovely].")
        << QStringLiteral("I give it a 7. {+The score is lovely.+}");
    QTest::newRow("sentence: French M.") << QStringLiteral("M. Durand y est [+épatant].")
                                         << QStringLiteral("{+M. Durand y est épatant.+}");
    QTest::newRow("sentence: French Mme.") << QStringLiteral("Mme. Roux y est [+drôle].")
                                           << QStringLiteral("{+Mme. Roux y est drôle.+}");
    QTest::newRow("sentence: French p. ex.") << QStringLiteral("Les seconds rôles, p. ex. le maire, sont [+justes].")
                                             << QStringLiteral("{+Les seconds rôles, p. ex. le maire, sont justes.+}");
    QTest::newRow("sentence: French env.") << QStringLiteral("Après env. Vingt minutes, c'est [-poussif].")
                                           << QStringLiteral("{-Après env. Vingt minutes, c'est poussif.-}");
    QTest::newRow("sentence: French etc.") << QStringLiteral("Décors, costumes, etc. Tout est [+soigné].")
                                           << QStringLiteral("{+Décors, costumes, etc. Tout est soigné.+}");
    QTest::newRow("sentence: a possessive ends one")
        << QStringLiteral("His turn is as [+good] as Holt\u2019s. The plot [-sags].")
        << QStringLiteral("{+His turn is as good as Holt\u2019s.+} {-The plot sags.-}");
    QTest::newRow("sentence: a possessive with a straight apostrophe ends one")
        << QStringLiteral("It is [+better] than the director's. The plot [-sags].")
        << QStringLiteral("{+It is better than the director's.+} {-The plot sags.-}");
    QTest::newRow("sentence: an ordinary full stop ends one")
        << QStringLiteral("Die Musik ist [+großartig]. Das Ende ist [-schwach].")
        << QStringLiteral("{+Die Musik ist großartig.+} {-Das Ende ist schwach.-}");
    QTest::newRow("no cues") << QStringLiteral("The film runs 132 minutes.") << QStringLiteral("The film runs 132 minutes.");
    QTest::newRow("rating is no judgement") << QStringLiteral("Rating: [#4/5]") << QStringLiteral("Rating: 4/5");
    QTest::newRow("contrast splits")
        << QStringLiteral("The first hour is [+superb], [|but] the second act [-drags] badly.")
        << QStringLiteral("{+The first hour is superb,+} {-but the second act drags badly.-}");
    QTest::newRow("contrast opening a sentence does not split")
        << QStringLiteral("[|Still], the final sequence [+earns its tears].")
        << QStringLiteral("{+Still, the final sequence earns its tears.+}");
    QTest::newRow("same polarity on both sides is one sentence")
        << QStringLiteral("The cast is [+superb], [|but] the score is [+finer] still.")
        << QStringLiteral("{+The cast is superb, but the score is finer still.+}");
    QTest::newRow("a neutral clause belongs to the judgement")
        << QStringLiteral("It [-drags], [|although] the town is in Cornwall.")
        << QStringLiteral("{-It drags, although the town is in Cornwall.-}");
    QTest::newRow("semicolon splits") << QStringLiteral("The songs are [+lovely]; the book is [-clumsy].")
                                      << QStringLiteral("{+The songs are lovely;+} {-the book is clumsy.-}");
    QTest::newRow("mixed clause splits at a comma")
        << QStringLiteral("It is [+watchable] enough, and just as [-quickly forgotten].")
        << QStringLiteral("{+It is watchable enough,+} {-and just as quickly forgotten.-}");
    QTest::newRow("mixed clause without a comma: the net score decides")
        << QStringLiteral("A [!very] [+charming] and [-slow] film.")
        << QStringLiteral("{+A very charming and slow film.+}");
    QTest::newRow("balanced clause is no suggestion")
        << QStringLiteral("A [+charming] and [-slow] film.") << QStringLiteral("A charming and slow film.");
    QTest::newRow("not bad is mild praise") << QStringLiteral("It is [^not] [-bad].") << QStringLiteral("{+It is not bad.+}");
    QTest::newRow("never dull is praise") << QStringLiteral("[^Never] [-dull], always moving.")
                                         << QStringLiteral("{+Never dull, always moving.+}");
    QTest::newRow("hardly a triumph is criticism")
        << QStringLiteral("It is [^hardly] [+a triumph].") << QStringLiteral("{-It is hardly a triumph.-}");
    QTest::newRow("negator flips only the next cue")
        << QStringLiteral("It is [^not] [-dull] and [-clumsy] and [-slow].")
        << QStringLiteral("{-It is not dull and clumsy and slow.-}");
    QTest::newRow("negator out of reach")
        << QStringLiteral("It is [^not] a film about the sea or its people, and it [-drags].")
        << QStringLiteral("{-It is not a film about the sea or its people, and it drags.-}");
    QTest::newRow("negator with nothing to act on is a slight reservation only")
        << QStringLiteral("It does [^not] land.") << QStringLiteral("It does not land.");
    QTest::newRow("double negation keeps polarity")
        << QStringLiteral("It is [^not] [^without] [+charm].") << QStringLiteral("{+It is not without charm.+}");
    QTest::newRow("not very good") << QStringLiteral("It is [^not] [!very] [+good].")
                                   << QStringLiteral("{-It is not very good.-}");
    QTest::newRow("hedge weakens but keeps polarity")
        << QStringLiteral("It is [~somewhat] [+charming].") << QStringLiteral("{+It is somewhat charming.+}");
    QTest::newRow("two hedges fall below the threshold")
        << QStringLiteral("It is [~somewhat] [~a bit] [+charming].") << QStringLiteral("It is somewhat a bit charming.");
    QTest::newRow("hedge out of reach") << QStringLiteral("[~Somewhat] to my surprise, it is [+charming].")
                                        << QStringLiteral("{+Somewhat to my surprise, it is charming.+}");
    QTest::newRow("intensifier outweighs")
        << QStringLiteral("The [+gorgeous] score cannot save a [!very], [!very] [-loud] film.")
        << QStringLiteral("{-The gorgeous score cannot save a very, very loud film.-}");
    QTest::newRow("although: both clauses judged")
        << QStringLiteral("[|Although] the plot is [-thin], the acting is [+superb].")
        << QStringLiteral("{-Although the plot is thin,-} {+the acting is superb.+}");
    QTest::newRow("although: a weak concession gives way to the main clause")
        << QStringLiteral("[|Although] the plot is [~somewhat] [-thin], the acting is [+superb].")
        << QStringLiteral("{+Although the plot is somewhat thin, the acting is superb.+}");
    QTest::newRow("concession after the main clause")
        << QStringLiteral("The acting is [+superb], [|though] the plot is [~somewhat] [-thin].")
        << QStringLiteral("{+The acting is superb, though the plot is somewhat thin.+}");
    QTest::newRow("sentences and paragraphs")
        << QStringLiteral("[+Superb]!\n\nThe film runs 132 minutes. It [-drags]! Is it [+good]? Yes.")
        << QStringLiteral("{+Superb!+}\n\nThe film runs 132 minutes. {-It drags!-} {+Is it good?+} Yes.");
    // Issue 13: lines that are page furniture are never suggested, whatever their words.
    QTest::newRow("title line") << QStringLiteral("The [+Best] Films of the Year\n\nIt is [+superb].")
                                << QStringLiteral("The Best Films of the Year\n\n{+It is superb.+}");
    QTest::newRow("headline with a colon in the first line")
        << QStringLiteral("Lantern Night: the [+best] family film of the autumn?\n\nIt [-drags].")
        << QStringLiteral("Lantern Night: the best family film of the autumn?\n\n{-It drags.-}");
    QTest::newRow("byline") << QStringLiteral("By Anna [+Wonder]\nIt is [+superb].")
                            << QStringLiteral("By Anna Wonder\n{+It is superb.+}");
    QTest::newRow("navigation, even when punctuated")
        << QStringLiteral("It is [+superb].\nRelated: the [+best] laptops.\nMore reviews.\nWas this review [+helpful]? Yes / No")
        << QStringLiteral("{+It is superb.+}\nRelated: the best laptops.\nMore reviews.\nWas this review helpful? Yes / No");
    QTest::newRow("a one-line sentence is not furniture")
        << QStringLiteral("Skip the first hour.\nThe rest is [+superb].")
        << QStringLiteral("Skip the first hour.\n{+The rest is superb.+}");
    QTest::newRow("name in capitals is no cue")
        << QStringLiteral("Set in 1947, The [+Quiet] Orchard follows two sisters.")
        << QStringLiteral("Set in 1947, The Quiet Orchard follows two sisters.");
    QTest::newRow("irony: delight, then a complaint") << QStringLiteral("[+Marvellous]: another twist nobody needed.")
                                                     << QStringLiteral("{-Marvellous: another twist nobody needed.-}");
    QTest::newRow("formulaic thanks") << QStringLiteral("Thanks for [^nothing], screenwriters.")
                                     << QStringLiteral("{-Thanks for nothing, screenwriters.-}");
    QTest::newRow("figurative put-down") << QStringLiteral("The dialogue is as [+thrilling] as a tax form.")
                                         << QStringLiteral("{-The dialogue is as thrilling as a tax form.-}");
    QTest::newRow("a real comparison is no put-down") << QStringLiteral("It is as [+good] as the original.")
                                                      << QStringLiteral("{+It is as good as the original.+}");
    QTest::newRow("the rival is better and cheaper")
        << QStringLiteral("It is [+better] and cheaper two streets away.")
        << QStringLiteral("{-It is better and cheaper two streets away.-}");
    QTest::newRow("plot summary with an emotional word")
        << QStringLiteral("A [-brutal] murder on the quay sets things [+moving].")
        << QStringLiteral("A brutal murder on the quay sets things moving.");
    QTest::newRow("domain polarity: a chewy crust") << QStringLiteral("The crust is [-chewy] and blistered.")
                                                    << QStringLiteral("{+The crust is chewy and blistered.+}");
    QTest::newRow("domain polarity: chewy lamb") << QStringLiteral("The lamb was [-chewy].")
                                                 << QStringLiteral("{-The lamb was chewy.-}");
    QTest::newRow("domain polarity: a fan barely audible")
        << QStringLiteral("The fan is [-barely audible] under load.")
        << QStringLiteral("{+The fan is barely audible under load.+}");
    QTest::newRow("concessive opener gives way")
        << QStringLiteral("For all its [-flaws], it is a [+superb] debut.")
        << QStringLiteral("{+For all its flaws, it is a superb debut.+}");
    QTest::newRow("capable, if unremarkable") << QStringLiteral("The direction is [+capable], if [-unremarkable].")
                                              << QStringLiteral("{-The direction is capable, if unremarkable.-}");
    QTest::newRow("good, if not great keeps both")
        << QStringLiteral("It is [+good], if [^not] [+great].")
        << QStringLiteral("{+It is good,+} {-if not great.-}");
    QTest::newRow("minor gripes about a major film") << QStringLiteral("Minor [-gripes] about a major film.")
                                                     << QStringLiteral("{+Minor gripes about a major film.+}");
    QTest::newRow("closing quote ends the sentence with it")
        << QStringLiteral("He said \"it is [+superb].\" Then it [-drags].")
        << QStringLiteral("{+He said \"it is superb.\"+} {-Then it drags.-}");
    QTest::newRow("abbreviations and initials do not end a sentence")
        << QStringLiteral("Mr. Holt and J. K. Rowe are [+superb] here.")
        << QStringLiteral("{+Mr. Holt and J. K. Rowe are superb here.+}");
    QTest::newRow("decimal point") << QStringLiteral("At 3.5 hours it [-drags].")
                                   << QStringLiteral("{-At 3.5 hours it drags.-}");
    QTest::newRow("offsets after characters outside the BMP")
        << QStringLiteral("S\u00f8ren\u2019s \U0001F3AC score is [+superb]. It [-drags].")
        << QStringLiteral("{+S\u00f8ren\u2019s \U0001F3AC score is superb.+} {-It drags.-}");
}

void TestSuggester::suggest()
{
    QFETCH(QString, marked);
    QFETCH(QString, expected);
    QVector<Cue> cues;
    const QString text = parseCues(marked, &cues);
    const QVector<Suggestion> suggestions = Suggester::suggest(text, cues);
    QCOMPARE(render(text, suggestions), expected);
    for (int i = 0; i < suggestions.size(); ++i) {
        const Suggestion &s = suggestions.at(i);
        QVERIFY(s.score > 0);
        QVERIFY(!s.cues.isEmpty());
        QVERIFY(s.start < s.end);
        if (i > 0)
            QVERIFY(suggestions.at(i - 1).end <= s.start);
    }
}

void TestSuggester::cuesThatDroveIt_data()
{
    QTest::addColumn<QString>("marked");
    QTest::addColumn<QStringList>("cues");
    QTest::newRow("negated") << QStringLiteral("It is [^not] [-bad].") << QStringList{QStringLiteral("not"), QStringLiteral("bad")};
    QTest::newRow("modifiers in text order")
        << QStringLiteral("It is [^not] [!very] [+good], [|but] fine.")
        << QStringList{QStringLiteral("not"), QStringLiteral("very"), QStringLiteral("good")};
    QTest::newRow("several") << QStringLiteral("A [+superb], [+assured] debut.")
                             << QStringList{QStringLiteral("superb"), QStringLiteral("assured")};
}

void TestSuggester::cuesThatDroveIt()
{
    QFETCH(QString, marked);
    QFETCH(QStringList, cues);
    QVector<Cue> parsed;
    const QString text = parseCues(marked, &parsed);
    const QVector<Suggestion> suggestions = Suggester::suggest(text, parsed);
    QCOMPARE(suggestions.size(), 1);
    QCOMPARE(suggestions.at(0).cues, cues);
}

// The same cases through the built-in cue set: the detector and the scorer together, with
// words and phrases from issue 4 that the lexicon must keep.
void TestSuggester::withTheBuiltInCueSet_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("contrast") << QStringLiteral("The first hour is superb, but the second act drags.")
                              << QStringLiteral("{+The first hour is superb,+} {-but the second act drags.-}");
    QTest::newRow("not bad phrase") << QStringLiteral("Honestly? Not bad.") << QStringLiteral("Honestly? {+Not bad.+}");
    // A concession set off by commas judges nothing; the main clause decides.
    QTest::newRow("aside: though") << QStringLiteral("The songs, though lovely, are too few to matter.")
                                   << QStringLiteral("{-The songs, though lovely, are too few to matter.-}");
    QTest::newRow("one word granted before but") << QStringLiteral("Flawed, but worth seeing.")
                                                 << QStringLiteral("{+Flawed, but worth seeing.+}");
    QTest::newRow("scarcity") << QStringLiteral("Firmware updates are few and far between.")
                              << QStringLiteral("{-Firmware updates are few and far between.-}");
    QTest::newRow("never quite manages") << QStringLiteral("The app never quite manages to stay connected.")
                                         << QStringLiteral("{-The app never quite manages to stay connected.-}");
    // Plot retold with a character as the subject is no judgement; an actor's playing is.
    QTest::newRow("plot retold by name")
        << QStringLiteral("The film opens in a quarry town, and the director shoots every scene in long takes. "
                          "Ines takes a job at a comfortable hotel. Holt plays her with a superb stillness.")
        << QStringLiteral("The film opens in a quarry town, and the director shoots every scene in long takes. "
                          "Ines takes a job at a comfortable hotel. {+Holt plays her with a superb stillness.+}");
    QTest::newRow("plot retold with he or she")
        << QStringLiteral("The film opens in a quarry town, and the director shoots every scene in long takes. "
                          "After a bitter quarrel, she finds a beautiful flat by the sea. She gives a superb performance.")
        << QStringLiteral("The film opens in a quarry town, and the director shoots every scene in long takes. "
                          "After a bitter quarrel, she finds a beautiful flat by the sea. {+She gives a superb performance.+}");
    QTest::newRow("never dull") << QStringLiteral("It is never dull.") << QStringLiteral("{+It is never dull.+}");
    QTest::newRow("hardly a triumph") << QStringLiteral("It is hardly a triumph.")
                                      << QStringLiteral("{-It is hardly a triumph.-}");
    QTest::newRow("goes nowhere") << QStringLiteral("The script goes nowhere.")
                                  << QStringLiteral("{-The script goes nowhere.-}");
    QTest::newRow("rating line") << QStringLiteral("Rating: 3.5/5") << QStringLiteral("Rating: 3.5/5");
    // Issue 13, kinds that recall needed (the lexicon's general rules, not single sentences).
    QTest::newRow("modal criticism") << QStringLiteral("The flashbacks should have been trimmed.")
                                     << QStringLiteral("{-The flashbacks should have been trimmed.-}");
    QTest::newRow("too + any adjective") << QStringLiteral("The villain is far too cartoonish.")
                                         << QStringLiteral("{-The villain is far too cartoonish.-}");
    QTest::newRow("too good is no criticism") << QStringLiteral("It was too good to last.")
                                              << QStringLiteral("{+It was too good to last.+}");
    QTest::newRow("about as X as a") << QStringLiteral("The chase is about as tense as a queue at the post office.")
                                     << QStringLiteral("{-The chase is about as tense as a queue at the post office.-}");
    QTest::newRow("hard to + verb") << QStringLiteral("The filter is hard to remove.")
                                    << QStringLiteral("{-The filter is hard to remove.-}");
    QTest::newRow("hard to beat stays praise") << QStringLiteral("At this price it is hard to beat.")
                                               << QStringLiteral("{+At this price it is hard to beat.+}");
    QTest::newRow("real + quality noun") << QStringLiteral("Her second album has real bite.")
                                         << QStringLiteral("{+Her second album has real bite.+}");
    QTest::newRow("well + participle") << QStringLiteral("The seat is well cushioned.")
                                       << QStringLiteral("{+The seat is well cushioned.+}");
    QTest::newRow("rising prices") << QStringLiteral("The monthly fee has gone up again.")
                                   << QStringLiteral("{-The monthly fee has gone up again.-}");
    QTest::newRow("better than") << QStringLiteral("This sequel is better than the first one.")
                                 << QStringLiteral("{+This sequel is better than the first one.+}");
    QTest::newRow("any short '... aside,' opener yields")
        << QStringLiteral("Small annoyances aside, this is a superb machine.")
        << QStringLiteral("{+Small annoyances aside, this is a superb machine.+}");
    QTest::newRow("'apart from X,' yields") << QStringLiteral("Apart from the clumsy lid, it is excellent.")
                                            << QStringLiteral("{+Apart from the clumsy lid, it is excellent.+}");
    QTest::newRow("irony with a price") << QStringLiteral("Wonderful: a nine-dollar glass of tap water.")
                                        << QStringLiteral("{-Wonderful: a nine-dollar glass of tap water.-}");
    QTest::newRow("dry food") << QStringLiteral("The turkey was dry.") << QStringLiteral("{-The turkey was dry.-}");
    QTest::newRow("dry wit") << QStringLiteral("The dry humour is a delight.")
                             << QStringLiteral("{+The dry humour is a delight.+}");
    QTest::newRow("undercuts rivals") << QStringLiteral("It undercuts its rivals by fifty pounds.")
                                      << QStringLiteral("{+It undercuts its rivals by fifty pounds.+}");
    // Recall round 2 (games, music, theatre, hotels, software): kinds, each failing without its rule.
    QTest::newRow("short verdict granted before but") << QStringLiteral("It is uneven, but often stirring.")
                                                      << QStringLiteral("{+It is uneven, but often stirring.+}");
    QTest::newRow("short clause naming an aspect stands")
        << QStringLiteral("The plot is dull, but the cast is superb.")
        << QStringLiteral("{-The plot is dull,-} {+but the cast is superb.+}");
    QTest::newRow("a function that fails") << QStringLiteral("The widgets don't refresh.")
                                           << QStringLiteral("{-The widgets don't refresh.-}");
    QTest::newRow("thanks for a harm") << QStringLiteral("Thanks for ruining a good thing.")
                                       << QStringLiteral("{-Thanks for ruining a good thing.-}");
    QTest::newRow("oh sure, another") << QStringLiteral("Oh sure, another lovely update.")
                                      << QStringLiteral("{-Oh sure, another lovely update.-}");
    QTest::newRow("warm beer") << QStringLiteral("The beer was warm.") << QStringLiteral("{-The beer was warm.-}");
    QTest::newRow("warm welcome") << QStringLiteral("The welcome was warm.")
                                  << QStringLiteral("{+The welcome was warm.+}");
    QTest::newRow("used to love") << QStringLiteral("I used to love this app.")
                                  << QStringLiteral("{-I used to love this app.-}");
    QTest::newRow("expected more") << QStringLiteral("For the money I expected a bit more.")
                                   << QStringLiteral("{-For the money I expected a bit more.-}");
    QTest::newRow("a counterfactual wish") << QStringLiteral("Readers may wish the last chapter had more room.")
                                           << QStringLiteral("{-Readers may wish the last chapter had more room.-}");
    QTest::newRow("data lost") << QStringLiteral("The update wiped my streaks.")
                               << QStringLiteral("{-The update wiped my streaks.-}");
    QTest::newRow("kept me playing") << QStringLiteral("It kept me playing until dawn.")
                                     << QStringLiteral("{+It kept me playing until dawn.+}");
    QTest::newRow("keep reading is no praise") << QStringLiteral("Keep reading for our verdict.")
                                               << QStringLiteral("Keep reading for our verdict.");
    QTest::newRow("welcome addition") << QStringLiteral("Dark mode is a welcome addition.")
                                      << QStringLiteral("{+Dark mode is a welcome addition.+}");
    // Second batch (podcast, exhibition, airline, board game, course, stand-up).
    QTest::newRow("irony after the complaint") << QStringLiteral("They charged me again at the gate, lovely.")
                                               << QStringLiteral("{-They charged me again at the gate, lovely.-}");
    QTest::newRow("wooden pieces are a material") << QStringLiteral("The wooden pieces are beautiful.")
                                                  << QStringLiteral("{+The wooden pieces are beautiful.+}");
    QTest::newRow("wooden acting stays") << QStringLiteral("The acting is wooden.")
                                         << QStringLiteral("{-The acting is wooden.-}");
    QTest::newRow("late") << QStringLiteral("The train left forty minutes late.")
                          << QStringLiteral("{-The train left forty minutes late.-}");
    QTest::newRow("no one explained") << QStringLiteral("No one explained the change.")
                                      << QStringLiteral("{-No one explained the change.-}");
    QTest::newRow("a rival next time") << QStringLiteral("We will try another hotel next time.")
                                       << QStringLiteral("{-We will try another hotel next time.-}");
    QTest::newRow("a lot for") << QStringLiteral("Forty pounds is a lot for a paperback.")
                               << QStringLiteral("{-Forty pounds is a lot for a paperback.-}");
    QTest::newRow("more X than the work") << QStringLiteral("It is more lecture than novel.")
                                          << QStringLiteral("{-It is more lecture than novel.-}");
    QTest::newRow("there is a lot for is no price") << QStringLiteral("There is a lot for children to do.")
                                                    << QStringLiteral("There is a lot for children to do.");
    QTest::newRow("timing out") << QStringLiteral("The exercises kept timing out.")
                                << QStringLiteral("{-The exercises kept timing out.-}");
    QTest::newRow("had me cheering") << QStringLiteral("The last scene had me cheering.")
                                     << QStringLiteral("{+The last scene had me cheering.+}");
    QTest::newRow("furniture: was this helpful") << QStringLiteral("Was this helpful?")
                                                 << QStringLiteral("Was this helpful?");
    // A verdict deferred is no verdict.
    QTest::newRow("time will tell") << QStringLiteral("Whether it is better than her debut, only time will tell.")
                                    << QStringLiteral("Whether it is better than her debut, only time will tell.");
    QTest::newRow("remains to be seen")
        << QStringLiteral("It remains to be seen whether the sequel will be any good.")
        << QStringLiteral("It remains to be seen whether the sequel will be any good.");
    QTest::newRow("a strong verdict that defers stands")
        << QStringLiteral("A dazzling, brilliant, masterful debut, and time will tell what she does next.")
        << QStringLiteral("{+A dazzling, brilliant, masterful debut, and time will tell what she does next.+}");
    QTest::newRow("a testament to") << QStringLiteral("It is a testament to the two leads that it holds together.")
                                    << QStringLiteral("{+It is a testament to the two leads that it holds together.+}");
    QTest::newRow("we are never let in") << QStringLiteral("We are never let inside her head.")
                                         << QStringLiteral("{-We are never let inside her head.-}");
    QTest::newRow("never finds its footing") << QStringLiteral("The second season never finds its footing.")
                                             << QStringLiteral("{-The second season never finds its footing.-}");
    QTest::newRow("never lets us in") << QStringLiteral("We see his grief, but the film never lets us inside his head.")
                                      << QStringLiteral("{-We see his grief, but the film never lets us inside his head.-}");
}

void TestSuggester::withTheBuiltInCueSet()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(render(text, Suggester::suggest(text)), expected);
}

void TestSuggester::aspects_data()
{
    QTest::addColumn<QString>("marked");
    QTest::addColumn<QString>("aspect");
    // The review around the sentence tells the domain: "music" is the score in a film and the
    // room's noise in a restaurant.
    QTest::newRow("film: performance") << QStringLiteral("The film is long. The lead performance is [+superb].")
                                       << QStringLiteral("performances");
    QTest::newRow("film: a name opens the sentence")
        << QStringLiteral("The film is long, and the director knows it. Walter Hale is [+wonderful] as the landlord.")
        << QStringLiteral("performances");
    QTest::newRow("film: score") << QStringLiteral("A film about a scene. The score is [+superb].") << QStringLiteral("music");
    QTest::newRow("restaurant: music is atmosphere")
        << QStringLiteral("The menu is short and the kitchen small. The music is [-too loud] for the food.")
        << QStringLiteral("atmosphere");
    // Games, music, theatre and hotels are domains of their own (recall round 2).
    QTest::newRow("game: controls") << QStringLiteral("The game has forty levels and a boss on each. The controller "
                                                      "support is [+flawless].")
                                    << QStringLiteral("usability");
    QTest::newRow("album: a track") << QStringLiteral("The band's new album has ten songs. The closing track is [+a gem].")
                                    << QStringLiteral("music");
    QTest::newRow("theatre: the set") << QStringLiteral("The playwright's revival opened on the main stage. The costumes "
                                                        "are [+gorgeous].")
                                      << QStringLiteral("design");
    QTest::newRow("hotel: the concierge") << QStringLiteral("We stayed at the hotel for two nights, in a room on the "
                                                            "third floor. The concierge was [+superb].")
                                          << QStringLiteral("service");
    QTest::newRow("book: prose") << QStringLiteral("The novel has ten chapters. The prose is [+luminous].")
                                 << QStringLiteral("writing");
    QTest::newRow("product: battery") << QStringLiteral("I bought it in May. Battery life is [+excellent].")
                                      << QStringLiteral("battery");
    QTest::newRow("app: crashes") << QStringLiteral("The app needs an update. It [-crashes] on my phone.")
                                  << QStringLiteral("reliability");
    QTest::newRow("any: price") << QStringLiteral("At forty pounds it is a [+bargain].") << QStringLiteral("price");
    QTest::newRow("verdict on the whole: none") << QStringLiteral("Highly [+recommended].") << QString();
    QTest::newRow("German nouns are no names") << QStringLiteral("Der Film ist lang. Die Musik ist [+großartig].")
                                               << QString();
}

void TestSuggester::aspects()
{
    QFETCH(QString, marked);
    QFETCH(QString, aspect);
    QVector<Cue> cues;
    const QString text = parseCues(marked, &cues);
    const QVector<Suggestion> suggestions = Suggester::suggest(text, cues);
    QCOMPARE(suggestions.size(), 1);
    QCOMPARE(suggestions.first().aspect, aspect);
    QVERIFY(aspect.isEmpty() || Suggester::builtInAspects().contains(aspect));
}

void TestSuggester::aspectsFromProjectTags()
{
    QVector<Cue> cues;
    const QString text = parseCues(QStringLiteral("The film is long. The Score is [+superb]. The Villain is [-dull]. "
                                                  "The lighting is [+gorgeous]."),
                                   &cues);
    // Tags as the project writes them; a built-in aspect is returned only when it is a tag, and
    // a tag of the project's own is found by its name.
    const QStringList tags = {QStringLiteral("Music"), QStringLiteral("villains")};
    const QVector<Suggestion> suggestions = Suggester::suggest(text, cues, tags);
    QCOMPARE(suggestions.size(), 3);
    QCOMPARE(suggestions.at(0).aspect, QStringLiteral("Music"));
    QCOMPARE(suggestions.at(1).aspect, QStringLiteral("villains"));
    QCOMPARE(suggestions.at(2).aspect, QString()); // cinematography is not a tag here
}

void TestSuggester::unknownCueSet()
{
    QVERIFY(Suggester::suggest(QStringLiteral("A superb film."), QStringLiteral("No Such Cues")).isEmpty());
    QVERIFY(!CueDetector(QStringLiteral("No Such Cues")).isValid());
}

// Whatever the text: suggestions lie inside it, are trimmed, sorted and apart, and say why.
void TestSuggester::invariants()
{
    const QStringList pieces = {
        QStringLiteral("superb"), QStringLiteral("not"),   QStringLiteral("bad"),    QStringLiteral("but"),
        QStringLiteral("although"), QStringLiteral("very"), QStringLiteral("a bit"), QStringLiteral("drags"),
        QStringLiteral("never"),  QStringLiteral("dull"),  QStringLiteral("film"),   QStringLiteral("the"),
        QStringLiteral("."),      QStringLiteral(","),     QStringLiteral(";"),      QStringLiteral("!"),
        QStringLiteral("\n"),     QStringLiteral("\n\n"),  QStringLiteral("\""),     QStringLiteral("Mr."),
        QStringLiteral("4/5"),    QStringLiteral("\u2014"), QStringLiteral("\U0001F3AC"), QStringLiteral("...")};
    QRandomGenerator random(4);
    const CueDetector detector;
    QStringList texts = {QString(), QStringLiteral("."), QStringLiteral("\n\n"), QStringLiteral("superb"),
                         QStringLiteral(" superb "), QStringLiteral("but"), QStringLiteral("Although, superb")};
    for (int i = 0; i < 300; ++i) {
        QString text;
        const int count = random.bounded(40);
        for (int w = 0; w < count; ++w)
            text += pieces.at(random.bounded(int(pieces.size()))) + (random.bounded(3) ? QStringLiteral(" ") : QString());
        texts.append(text);
    }
    for (const QString &text : std::as_const(texts)) {
        const QVector<Suggestion> suggestions = Suggester::suggest(text, detector.detect(text));
        for (int i = 0; i < suggestions.size(); ++i) {
            const Suggestion &s = suggestions.at(i);
            QVERIFY2(s.start >= 0 && s.start < s.end && s.end <= text.size(), qPrintable(text));
            QVERIFY2(!text.at(s.start).isSpace() && !text.at(s.end - 1).isSpace(), qPrintable(text));
            QVERIFY2(i == 0 || suggestions.at(i - 1).end <= s.start, qPrintable(text));
            QVERIFY2(s.score > 0 && !s.cues.isEmpty(), qPrintable(text));
        }
    }
}

QTEST_GUILESS_MAIN(TestSuggester)
#include "tst_suggester.moc"
