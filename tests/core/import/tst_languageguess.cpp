// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/languageguess.h"

#include <QtTest>

using namespace Revmark;

class TestLanguageGuess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void guess_data();
    void guess();
    void supportedLanguages();
};

void TestLanguageGuess::guess_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("language");

    QTest::newRow("English film review")
        << QStringLiteral("The second act drags, but the cast is superb and the ending is worth the wait.")
        << QStringLiteral("en");
    QTest::newRow("English product review")
        << QStringLiteral("Battery life is fine for a day. The hinge feels cheap and it is too loud under load.")
        << QStringLiteral("en");
    QTest::newRow("French film review")
        << QStringLiteral("Le film est long, mais la mise en sc\u00e8ne est d'une rare \u00e9l\u00e9gance et les acteurs "
                          "sont tr\u00e8s justes.")
        << QStringLiteral("fr");
    QTest::newRow("French with elisions")
        << QStringLiteral("L'intrigue n'est pas cr\u00e9dible, et l'ensemble manque de rythme dans la deuxi\u00e8me partie.")
        << QStringLiteral("fr");
    QTest::newRow("German film review")
        << QStringLiteral("Der Film ist zu lang, aber die Darsteller sind gro\u00dfartig und das Ende ist nicht "
                          "vorhersehbar.")
        << QStringLiteral("de");
    QTest::newRow("German product review")
        << QStringLiteral("Das Ger\u00e4t ist leise, der Akku h\u00e4lt lange und die Verarbeitung wirkt auch nach "
                          "Wochen noch sauber.")
        << QStringLiteral("de");
    QTest::newRow("English with a French title")
        << QStringLiteral("La Belle Saison is a quiet film, and the script is sharp. It is the best thing this year "
                          "and it never lets go.")
        << QStringLiteral("en");
    QTest::newRow("too short") << QStringLiteral("Superb.") << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("no leader: two languages in equal parts")
        << QStringLiteral("the and of is et le la est") << QString();
    QTest::newRow("Italian is unknown")
        << QStringLiteral("Il film \u00e8 troppo lungo, ma gli attori sono bravissimi e il finale sorprende.")
        << QString();
}

void TestLanguageGuess::guess()
{
    QFETCH(QString, text);
    QFETCH(QString, language);
    QCOMPARE(LanguageGuess::guess(text), language);
}

void TestLanguageGuess::supportedLanguages()
{
    QCOMPARE(LanguageGuess::supportedLanguages(),
             (QStringList{QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("de")}));
}

QTEST_GUILESS_MAIN(TestLanguageGuess)
#include "tst_languageguess.moc"
