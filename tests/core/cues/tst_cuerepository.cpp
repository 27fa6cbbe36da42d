// SPDX-License-Identifier: GPL-3.0-or-later
// The built-in cue sets per language and how a review's language picks one; what the French and
// German sets find.
#include "cues/cuedetector.h"
#include "cues/cuerepository.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>

#include <QtTest>

using namespace Revmark;

class TestCueRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInSetPerLanguage_data();
    void builtInSetPerLanguage();
    void chosenSetFollowsLanguage();
    void menuListsOneBuiltInSet();
    void detects_data();
    void detects();
};

void TestCueRepository::builtInSetPerLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("cueSet");
    QTest::newRow("English") << QStringLiteral("en") << QStringLiteral("Review Cues");
    QTest::newRow("French") << QStringLiteral("fr") << QStringLiteral("Review Cues (French)");
    QTest::newRow("German") << QStringLiteral("de") << QStringLiteral("Review Cues (German)");
    QTest::newRow("unknown") << QString() << QStringLiteral("Review Cues");
    QTest::newRow("other") << QStringLiteral("it") << QStringLiteral("Review Cues");
}

void TestCueRepository::builtInSetPerLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, cueSet);
    QCOMPARE(CueRepository::builtInCueSetName(language), cueSet);
    QVERIFY(CueRepository::isBuiltInCueSet(cueSet));
    const KSyntaxHighlighting::Definition definition = CueRepository::repository().definitionForName(cueSet);
    QVERIFY2(definition.isValid(), qPrintable(cueSet));
    QCOMPARE(definition.section(), CueRepository::cueSetSection());
    QVERIFY(CueDetector(cueSet).isValid());
}

void TestCueRepository::chosenSetFollowsLanguage()
{
    const QString builtIn = CueRepository::defaultCueSetName();
    QCOMPARE(CueRepository::cueSetFor(builtIn, QStringLiteral("de")), QStringLiteral("Review Cues (German)"));
    QCOMPARE(CueRepository::cueSetFor(builtIn, QStringLiteral("fr")), QStringLiteral("Review Cues (French)"));
    QCOMPARE(CueRepository::cueSetFor(builtIn, QString()), builtIn);
    // A built-in set of another language chosen (an older setting) still follows the review.
    QCOMPARE(CueRepository::cueSetFor(QStringLiteral("Review Cues (German)"), QStringLiteral("en")), builtIn);
    // The user's own set is used as chosen, whatever the language; no set stays no set.
    QCOMPARE(CueRepository::cueSetFor(QStringLiteral("My Cues"), QStringLiteral("fr")), QStringLiteral("My Cues"));
    QCOMPARE(CueRepository::cueSetFor(QString(), QStringLiteral("fr")), QString());
    QVERIFY(!CueRepository::isBuiltInCueSet(QStringLiteral("My Cues")));
}

void TestCueRepository::menuListsOneBuiltInSet()
{
    const QStringList names = CueRepository::cueSetNames();
    QVERIFY(!names.isEmpty());
    QCOMPARE(names.first(), CueRepository::defaultCueSetName());
    QVERIFY(!names.contains(QStringLiteral("Review Cues (French)")));
    QVERIFY(!names.contains(QStringLiteral("Review Cues (German)")));
}

// Each row: a text, a cue set's language, and the cues expected as "kind:text" in order.
void TestCueRepository::detects_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("cues");
    const QString fr = QStringLiteral("fr");
    const QString de = QStringLiteral("de");
    QTest::newRow("fr negated criticism")
        << fr << QStringLiteral("Le film n'est pas mauvais.")
        << QStringList{QStringLiteral("negator:pas"), QStringLiteral("criticism:mauvais")};
    QTest::newRow("fr inflected praise in an elision")
        << fr << QStringLiteral("L'interpr\u00e9tation est \u00e9blouissante.")
        << QStringList{QStringLiteral("praise:\u00e9blouissante")};
    QTest::newRow("fr negated verb after its cue")
        << fr << QStringLiteral("Le sc\u00e9nario ne convainc pas.")
        << QStringList{QStringLiteral("criticism:ne convainc pas")};
    QTest::newRow("fr never bored")
        << fr << QStringLiteral("On ne s'ennuie jamais.") << QStringList{QStringLiteral("praise:ne s'ennuie jamais")};
    QTest::newRow("fr too long, hedged")
        << fr << QStringLiteral("Un peu trop long, mais dr\u00f4le.")
        << QStringList{QStringLiteral("hedge:Un peu"), QStringLiteral("criticism:trop long"), QStringLiteral("contrast:mais"),
                       QStringLiteral("praise:dr\u00f4le")};
    QTest::newRow("fr lacks")
        << fr << QStringLiteral("La mise en sc\u00e8ne manque de souffle.")
        << QStringList{QStringLiteral("criticism:manque de souffle")};
    QTest::newRow("fr rating")
        << fr << QStringLiteral("Note : 4/5. Trois \u00e9toiles sur 5.")
        << QStringList{QStringLiteral("rating:4/5"), QStringLiteral("rating:Trois \u00e9toiles sur 5")};
    QTest::newRow("fr concession")
        << fr << QStringLiteral("Bien que tr\u00e8s beau, il d\u00e9\u00e7oit.")
        << QStringList{QStringLiteral("contrast:Bien que"), QStringLiteral("intensifier:tr\u00e8s"),
                       QStringLiteral("praise:beau"), QStringLiteral("criticism:d\u00e9\u00e7oit")};
    QTest::newRow("de negated criticism")
        << de << QStringLiteral("Der Film ist nicht schlecht.")
        << QStringList{QStringLiteral("negator:nicht"), QStringLiteral("criticism:schlecht")};
    QTest::newRow("de verb-final negation")
        << de << QStringLiteral("Das Drehbuch \u00fcberzeugt leider nicht.")
        << QStringList{QStringLiteral("criticism:\u00fcberzeugt leider nicht")};
    QTest::newRow("de not only is no negation")
        << de << QStringLiteral("Er \u00fcberzeugt nicht nur durch Bilder.")
        << QStringList{QStringLiteral("praise:\u00fcberzeugt")};
    QTest::newRow("de never disappoints")
        << de << QStringLiteral("Sie entt\u00e4uscht nie.") << QStringList{QStringLiteral("praise:entt\u00e4uscht nie")};
    QTest::newRow("de far too long")
        << de << QStringLiteral("Der Mittelteil ist viel zu lang.") << QStringList{QStringLiteral("criticism:viel zu lang")};
    QTest::newRow("de inflected praise")
        << de << QStringLiteral("Eine gro\u00dfartige Kamera, sehr sehenswert.")
        << QStringList{QStringLiteral("praise:gro\u00dfartige"), QStringLiteral("intensifier:sehr"),
                       QStringLiteral("praise:sehenswert")};
    QTest::newRow("de school grade and fraction")
        << de << QStringLiteral("Note: 2+ und Bewertung: 4 von 5 Sternen")
        << QStringList{QStringLiteral("rating:Note: 2+"), QStringLiteral("rating:4 von 5 Sternen")};
    QTest::newRow("de Note with a fraction")
        << de << QStringLiteral("Note: 4/5") << QStringList{QStringLiteral("rating:4/5")};
}

void TestCueRepository::detects()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    QFETCH(QStringList, cues);
    const CueDetector detector(CueRepository::builtInCueSetName(language));
    QVERIFY(detector.isValid());
    QStringList found;
    const QVector<Cue> detected = detector.detect(text);
    for (const Cue &cue : detected)
        found.append(cueKindKey(cue.kind) + QLatin1Char(':') + text.mid(cue.start, cue.end - cue.start));
    QCOMPARE(found, cues);
}

QTEST_GUILESS_MAIN(TestCueRepository)
#include "tst_cuerepository.moc"
