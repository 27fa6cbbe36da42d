// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/grade.h"
#include "project/projectfile.h"

#include <QFile>
#include <QtTest>

using namespace Revmark;

class TestGrade : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void find_data();
    void find();
    void parseLanguage_data();
    void parseLanguage();
    void findLanguage_data();
    void findLanguage();
    void labelledSet();
    void sampleProject();
};

void TestGrade::parse_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<int>("value");

    QTest::newRow("A+") << QStringLiteral("A+") << 100;
    QTest::newRow("A") << QStringLiteral("A") << 95;
    QTest::newRow("A-") << QStringLiteral("A-") << 90;
    QTest::newRow("B+") << QStringLiteral("B+") << 85;
    QTest::newRow("B") << QStringLiteral("B") << 80;
    QTest::newRow("B-") << QStringLiteral("B-") << 75;
    QTest::newRow("B minus sign") << QStringLiteral("B\u2212") << 75;
    QTest::newRow("C+") << QStringLiteral("C+") << 70;
    QTest::newRow("C") << QStringLiteral("C") << 65;
    QTest::newRow("C-") << QStringLiteral("C-") << 60;
    QTest::newRow("D+") << QStringLiteral("D+") << 55;
    QTest::newRow("D") << QStringLiteral("D") << 50;
    QTest::newRow("D-") << QStringLiteral("D-") << 45;
    QTest::newRow("F") << QStringLiteral("F") << 20;
    QTest::newRow("label Grade") << QStringLiteral("Grade: B-") << 75;
    QTest::newRow("label rating lower-case") << QStringLiteral("rating: A-") << 90;
    QTest::newRow("lower-case bare letter") << QStringLiteral("b") << -1;
    QTest::newRow("G") << QStringLiteral("G") << -1;
    QTest::newRow("F+") << QStringLiteral("F+") << -1;
    QTest::newRow("3/5") << QStringLiteral("3/5") << 60;
    QTest::newRow("3.5/5") << QStringLiteral("3.5/5") << 70;
    QTest::newRow("decimal comma") << QStringLiteral("3,5/5") << 70;
    QTest::newRow("spaces") << QStringLiteral(" 8 / 10 ") << 80;
    QTest::newRow("7.5/10") << QStringLiteral("7.5/10") << 75;
    QTest::newRow("x/100") << QStringLiteral("73/100") << 73;
    QTest::newRow("x/4") << QStringLiteral("3/4") << 75;
    QTest::newRow("above the scale") << QStringLiteral("7/5") << -1;
    QTest::newRow("odd denominator") << QStringLiteral("24/7") << -1;
    QTest::newRow("out of") << QStringLiteral("3.5 out of 5") << 70;
    QTest::newRow("out of ten words") << QStringLiteral("seven out of ten") << 70;
    QTest::newRow("out of 4 stars") << QStringLiteral("3 out of 4 stars") << 75;
    QTest::newRow("full stars") << QStringLiteral("\u2605\u2605\u2605\u2605\u2605") << 100;
    QTest::newRow("stars and half") << QStringLiteral("\u2605\u2605\u2605\u00BD") << 70;
    QTest::newRow("stars with empty") << QStringLiteral("\u2605\u2605\u2605\u2605\u2606") << 80;
    QTest::newRow("half and empty") << QStringLiteral("\u2605\u2605\u00BD\u2606\u2606") << 50;
    QTest::newRow("only empty stars") << QStringLiteral("\u2606\u2606\u2606\u2606\u2606") << 0;
    QTest::newRow("stars out of 4") << QStringLiteral("\u2605\u2605\u2605/4") << 75;
    QTest::newRow("4 stars") << QStringLiteral("4 stars") << 80;
    QTest::newRow("1 star") << QStringLiteral("1 star") << 20;
    QTest::newRow("Three stars.") << QStringLiteral("Three stars.") << 60;
    QTest::newRow("four stars") << QStringLiteral("four stars") << 80;
    QTest::newRow("3.5 stars") << QStringLiteral("3.5 stars") << 70;
    QTest::newRow("three and a half stars") << QStringLiteral("three and a half stars") << 70;
    QTest::newRow("4 stars /4") << QStringLiteral("3 stars/4") << 75;
    QTest::newRow("stars out of four") << QStringLiteral("three stars out of four") << 75;
    QTest::newRow("four stars out of four") << QStringLiteral("four stars out of four") << 100;
    QTest::newRow("percent") << QStringLiteral("85%") << 85;
    QTest::newRow("percent label") << QStringLiteral("Score: 84 %") << 84;
    QTest::newRow("percent over") << QStringLiteral("120%") << -1;
    QTest::newRow("text") << QStringLiteral("a fine film") << -1;
    QTest::newRow("empty") << QString() << -1;
    QTest::newRow("number alone") << QStringLiteral("7") << -1;
}

void TestGrade::parse()
{
    QFETCH(QString, raw);
    QFETCH(int, value);
    const Grade grade = GradeParser::parse(raw);
    QCOMPARE(grade.value, value);
    QCOMPARE(grade.raw, raw.trimmed());
    QCOMPARE(grade.isValid(), value >= 0);
    QVERIFY(!grade.corrected);
}

void TestGrade::find_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("raw");
    QTest::addColumn<int>("value");
    QTest::addColumn<int>("start");

    QTest::newRow("labelled letter at the end")
        << QStringLiteral("A fine film.\n\nGrade: B-\n") << QStringLiteral("B-") << 75 << 21;
    QTest::newRow("fraction line") << QStringLiteral("Solid.\n\n4.5/5") << QStringLiteral("4.5/5") << 90 << 8;
    QTest::newRow("in running text")
        << QStringLiteral("I give it 8/10 and would go again.") << QStringLiteral("8/10") << 80 << 10;
    QTest::newRow("stars line") << QStringLiteral("Lovely.\n\u2605\u2605\u2605\u00BD")
                                << QStringLiteral("\u2605\u2605\u2605\u00BD") << 70 << 8;
    QTest::newRow("Rating: 4 stars") << QStringLiteral("x\n\nRating: 4 stars") << QStringLiteral("4 stars") << 80 << 11;
    QTest::newRow("Three stars.") << QStringLiteral("Good.\n\nThree stars.") << QStringLiteral("Three stars") << 60 << 7;
    QTest::newRow("percent labelled") << QStringLiteral("Meh.\nOverall: 65%") << QStringLiteral("65%") << 65 << 14;
    QTest::newRow("percent alone") << QStringLiteral("Meh.\n72%\n") << QStringLiteral("72%") << 72 << 5;
    QTest::newRow("percent in running text is no grade")
        << QStringLiteral("The battery lasts 50% longer.") << QString() << -1 << -1;
    QTest::newRow("date is no grade") << QStringLiteral("Seen on 12/10/2025.") << QString() << -1 << -1;
    QTest::newRow("score of a match is no grade") << QStringLiteral("They won 3/7 games.") << QString() << -1 << -1;
    QTest::newRow("stars of the film are no grade")
        << QStringLiteral("The two stars of the film are wasted.") << QString() << -1 << -1;
    QTest::newRow("five-star hotel is no grade")
        << QStringLiteral("A five-star hotel in the Alps.") << QString() << -1 << -1;
    QTest::newRow("letter after label needs to end the phrase")
        << QStringLiteral("Rating: A film for everyone.") << QString() << -1 << -1;
    QTest::newRow("capital letter in prose is no grade")
        << QStringLiteral("Plan B is a film.\nA\n") << QStringLiteral("A") << 95 << 18;
    QTest::newRow("first of two") << QStringLiteral("Score: 3/10\nOr maybe 4/10.") << QStringLiteral("3/10") << 30 << 7;
    QTest::newRow("out of 4 stars") << QStringLiteral("We say 3 out of 4 stars.") << QStringLiteral("3 out of 4 stars")
                                    << 75 << 7;
    QTest::newRow("none") << QStringLiteral("No rating here.") << QString() << -1 << -1;
}

void TestGrade::find()
{
    QFETCH(QString, text);
    QFETCH(QString, raw);
    QFETCH(int, value);
    QFETCH(int, start);
    int s = -2;
    int e = -2;
    const Grade grade = GradeParser::find(text, &s, &e);
    QCOMPARE(grade.raw, raw);
    QCOMPARE(grade.value, value);
    QCOMPARE(s, start);
    QCOMPARE(e, start < 0 ? -1 : start + int(raw.size()));
    if (start >= 0)
        QCOMPARE(text.mid(s, e - s), raw);
}

// French and German forms, and German school grades only where the review is German.
void TestGrade::parseLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("raw");
    QTest::addColumn<int>("value");

    const QString en = QStringLiteral("en");
    const QString fr = QStringLiteral("fr");
    const QString de = QStringLiteral("de");
    QTest::newRow("fr Note : 4/5") << fr << QStringLiteral("Note : 4/5") << 80;
    QTest::newRow("fr 3 étoiles sur 5") << fr << QStringLiteral("3 \u00e9toiles sur 5") << 60;
    QTest::newRow("fr 3 sur 5 étoiles") << fr << QStringLiteral("3 sur 5 \u00e9toiles") << 60;
    QTest::newRow("fr 8 sur 10") << fr << QStringLiteral("8 sur 10") << 80;
    QTest::newRow("fr 16/20") << fr << QStringLiteral("Notre note : 16/20") << 80;
    QTest::newRow("fr quatre étoiles") << fr << QStringLiteral("Quatre \u00e9toiles") << 80;
    QTest::newRow("fr trois étoiles et demie") << fr << QStringLiteral("trois \u00e9toiles et demie") << 70;
    QTest::newRow("fr une étoile") << fr << QStringLiteral("Une \u00e9toile") << 20;
    QTest::newRow("fr 3,5/5") << fr << QStringLiteral("Appr\u00e9ciation : 3,5/5") << 70;
    QTest::newRow("fr Note : 4 is no grade") << fr << QStringLiteral("Note : 4") << -1;
    QTest::newRow("de Bewertung 4 von 5 Sternen") << de << QStringLiteral("Bewertung: 4 von 5 Sternen") << 80;
    QTest::newRow("de Fazit stars") << de << QStringLiteral("Fazit: \u2605\u2605\u2605\u2605\u2606") << 80;
    QTest::newRow("de vier Sterne") << de << QStringLiteral("vier Sterne") << 80;
    QTest::newRow("de 3,5 Sterne") << de << QStringLiteral("3,5 Sterne") << 70;
    QTest::newRow("de dreieinhalb Sterne") << de << QStringLiteral("dreieinhalb Sterne") << 70;
    QTest::newRow("de viereinhalb Sterne") << de << QStringLiteral("Viereinhalb Sterne") << 90;
    QTest::newRow("de anderthalb Sterne") << de << QStringLiteral("anderthalb Sterne") << 30;
    QTest::newRow("de eineinhalb Sterne") << de << QStringLiteral("eineinhalb Sterne") << 30;
    QTest::newRow("de zweieinhalb von fünf Sternen")
        << de << QStringLiteral("Bewertung: zweieinhalb von f\u00fcnf Sternen") << 50;
    QTest::newRow("de eine still one") << de << QStringLiteral("eine Sterne") << 20;
    QTest::newRow("fr deux étoiles et demie") << fr << QStringLiteral("deux \u00e9toiles et demie") << 50;
    QTest::newRow("fr 4 étoiles et demie") << fr << QStringLiteral("4 \u00e9toiles et demie") << 90;
    QTest::newRow("de 7 von 10 Punkten") << de << QStringLiteral("Wertung: 7 von 10 Punkten") << 70;
    QTest::newRow("de Note: 4/5 is a fraction") << de << QStringLiteral("Note: 4/5") << 80;
    QTest::newRow("de Note: 4 von 5 is a fraction") << de << QStringLiteral("Note: 4 von 5") << 80;
    QTest::newRow("de school 1") << de << QStringLiteral("Note: 1") << 100;
    QTest::newRow("de school 1+") << de << QStringLiteral("Note: 1+") << 100;
    QTest::newRow("de school 1-") << de << QStringLiteral("Note: 1-") << 95;
    QTest::newRow("de school 2+") << de << QStringLiteral("Note: 2+") << 85;
    QTest::newRow("de school 2") << de << QStringLiteral("Note 2") << 80;
    QTest::newRow("de school 2-") << de << QStringLiteral("Note: 2-") << 75;
    QTest::newRow("de school 3 minus sign") << de << QStringLiteral("Note: 3\u2212") << 55;
    QTest::newRow("de school 4") << de << QStringLiteral("Schulnote: 4") << 40;
    QTest::newRow("de school 5") << de << QStringLiteral("Note: 5") << 20;
    QTest::newRow("de school 6") << de << QStringLiteral("Gesamtnote: 6") << 0;
    QTest::newRow("de school 6-") << de << QStringLiteral("Note: 6-") << 0;
    QTest::newRow("de school decimal 2,3") << de << QStringLiteral("Note 2,3") << 74;
    QTest::newRow("de school bare 3+") << de << QStringLiteral("3+") << 65;
    QTest::newRow("de school 7 is none") << de << QStringLiteral("Note: 7") << -1;
    QTest::newRow("en Note: 2+ is no school grade") << en << QStringLiteral("Note: 2+") << -1;
    QTest::newRow("fr Note : 2 is no school grade") << fr << QStringLiteral("Note : 2") << -1;
    QTest::newRow("unknown language: no school grade") << QString() << QStringLiteral("Note: 2") << -1;
    QTest::newRow("de English forms still read") << de << QStringLiteral("Grade: B-") << 75;
}

void TestGrade::parseLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, raw);
    QFETCH(int, value);
    const Grade grade = GradeParser::parse(raw, language);
    QCOMPARE(grade.value, value);
    QCOMPARE(grade.raw, raw.trimmed());
}

void TestGrade::findLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("raw");
    QTest::addColumn<int>("value");

    const QString en = QStringLiteral("en");
    const QString fr = QStringLiteral("fr");
    const QString de = QStringLiteral("de");
    QTest::newRow("fr labelled fraction")
        << fr << QStringLiteral("Un film solide.\n\nNote : 4/5\n") << QStringLiteral("4/5") << 80;
    QTest::newRow("fr stars in running text")
        << fr << QStringLiteral("Je lui donne 3 \u00e9toiles sur 5, sans regret.") << QStringLiteral("3 \u00e9toiles sur 5") << 60;
    QTest::newRow("fr people are no grade")
        << fr << QStringLiteral("8 sur 10 spectateurs ont aim\u00e9.") << QString() << -1;
    QTest::newRow("fr spelled stars after label")
        << fr << QStringLiteral("Bof.\nNotre note : deux \u00e9toiles") << QStringLiteral("deux \u00e9toiles") << 40;
    QTest::newRow("de Bewertung von Sternen")
        << de << QStringLiteral("Ein starker Film.\nBewertung: 4 von 5 Sternen") << QStringLiteral("4 von 5 Sternen") << 80;
    QTest::newRow("de spelled half stars after label")
        << de << QStringLiteral("Solide.\nFazit: dreieinhalb Sterne") << QStringLiteral("dreieinhalb Sterne") << 70;
    QTest::newRow("fr spelled half stars after label")
        << fr << QStringLiteral("Correct.\nNotre note : trois \u00e9toiles et demie") << QStringLiteral("trois \u00e9toiles et demie")
        << 70;
    QTest::newRow("de Fazit glyphs")
        << de << QStringLiteral("Fazit: \u2605\u2605\u2605\u2605\u2606") << QStringLiteral("\u2605\u2605\u2605\u2605\u2606") << 80;
    QTest::newRow("de school grade in a German review")
        << de << QStringLiteral("Solide Arbeit.\n\nNote: 2+") << QStringLiteral("2+") << 85;
    QTest::newRow("de school grade decimal")
        << de << QStringLiteral("Unterm Strich: Note 2,3 f\u00fcr das Ger\u00e4t.") << QStringLiteral("2,3") << 74;
    QTest::newRow("de Note with fraction stays a fraction")
        << de << QStringLiteral("Note: 4/5") << QStringLiteral("4/5") << 80;
    QTest::newRow("de Note with von stays a fraction")
        << de << QStringLiteral("Note: 4 von 5 Sternen") << QStringLiteral("4 von 5 Sternen") << 80;
    QTest::newRow("de Note in prose without a digit")
        << de << QStringLiteral("Eine Note von Vanille liegt dar\u00fcber.") << QString() << -1;
    QTest::newRow("de digits in a range are no school grade")
        << de << QStringLiteral("Note 2-3 Tage Lieferzeit ein.") << QString() << -1;
    QTest::newRow("en Note: 2+ is a remark")
        << en << QStringLiteral("Note: 2+ hours of footage were cut.") << QString() << -1;
    QTest::newRow("unknown Note: 2 is a remark") << QString() << QStringLiteral("Note: 2 copies.") << QString() << -1;
    QTest::newRow("en three points are no grade")
        << en << QStringLiteral("She makes 3 points about the plot.") << QString() << -1;
}

void TestGrade::findLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    QFETCH(QString, raw);
    QFETCH(int, value);
    int s = -2;
    int e = -2;
    const Grade grade = GradeParser::find(text, language, &s, &e);
    QCOMPARE(grade.raw, raw);
    QCOMPARE(grade.value, value);
    if (value >= 0)
        QCOMPARE(text.mid(s, e - s), raw);
    else
        QCOMPARE(s, -1);
}

// Every rating of the labelled set (tests/data/cues/labelled/grades.tsv) is found with the raw
// form and value a reader gives, and the reviews without one get none.
void TestGrade::labelledSet()
{
    const QString folder = QStringLiteral(REVMARK_TEST_DATA "/cues/labelled/");
    QFile tsv(folder + QStringLiteral("grades.tsv"));
    QVERIFY2(tsv.open(QIODevice::ReadOnly), qPrintable(tsv.fileName()));
    QHash<QString, QPair<QString, int>> expected;
    for (const QByteArray &bytes : tsv.readAll().split('\n')) {
        const QString line = QString::fromUtf8(bytes);
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList fields = line.split(QLatin1Char('\t'));
        QCOMPARE(fields.size(), 3);
        expected.insert(fields.at(0), {fields.at(1), fields.at(2).toInt()});
    }
    QVERIFY(expected.size() >= 40);
    const QStringList files = QDir(folder).entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 40);
    for (const QString &name : files) {
        QFile file(folder + name);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(file.readAll());
        for (const char *mark : {"{+", "+}", "{-", "-}"})
            text.remove(QLatin1String(mark));
        const Grade grade = GradeParser::find(text);
        const auto want = expected.value(name, {QString(), -1});
        QVERIFY2(grade.raw == want.first && grade.value == want.second,
                 qPrintable(QStringLiteral("%1: found \"%2\" = %3, expected \"%4\" = %5")
                                .arg(name, grade.raw)
                                .arg(grade.value)
                                .arg(want.first)
                                .arg(want.second)));
    }
}

// The bundled sample stores for each review the grade an import of its text finds
// (resources/sample/make_sample.py writes them by hand).
void TestGrade::sampleProject()
{
    const ProjectLoadResult result =
        ProjectFile::load(QStringLiteral(REVMARK_TEST_DATA "/../../resources/sample/sample.revmark"));
    QVERIFY2(result.ok, qPrintable(result.error));
    int graded = 0;
    for (const Review &review : result.data.reviews) {
        const Grade found = GradeParser::find(review.text);
        QVERIFY2(review.grade == found,
                 qPrintable(QStringLiteral("%1: stored \"%2\" = %3, found \"%4\" = %5")
                                .arg(review.title, review.grade.raw)
                                .arg(review.grade.value)
                                .arg(found.raw)
                                .arg(found.value)));
        graded += review.grade.isValid() ? 1 : 0;
    }
    QCOMPARE(graded, 4);
}

QTEST_GUILESS_MAIN(TestGrade)
#include "tst_grade.moc"
