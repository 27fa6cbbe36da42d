// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/boilerplate.h"
#include "import/importer.h"

#include <QDir>
#include <QFile>
#include <QtTest>

using namespace Revmark;

namespace {

QString folder()
{
    return QStringLiteral(REVMARK_TEST_DATA "/import/boilerplate/");
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The set-aside passages as the .expected files write them.
QStringList asides(const Review &review)
{
    QStringList lines;
    for (const TextRange &range : review.setAside) {
        QString passage = review.text.mid(range.start, range.end - range.start);
        lines.append(QStringLiteral("aside: ") + passage.replace(QLatin1Char('\n'), QLatin1String("\\n")));
    }
    return lines;
}

} // namespace

class TestBoilerplate : public QObject
{
    Q_OBJECT

private slots:
    void pages_data();
    void pages();
    void rules_data();
    void rules();
    void rangesAreWholeLinesOfTheText();
};

// Every text of tests/data/import/boilerplate against its .expected file.
void TestBoilerplate::pages_data()
{
    QTest::addColumn<QString>("path");
    const QStringList files = QDir(folder()).entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 5);
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << folder() + file;
}

void TestBoilerplate::pages()
{
    QFETCH(QString, path);
    const ImportResult result = Importer::importData(readFile(path), path);
    QVERIFY2(result.ok, qPrintable(result.error));
    const Review &review = result.review;
    QStringList actual = {QStringLiteral("title: ") + review.title, QStringLiteral("author: ") + review.author,
                          QStringLiteral("outlet: ") + review.outlet};
    actual += asides(review);
    QStringList expected = QString::fromUtf8(readFile(path + QStringLiteral(".expected"))).split(QLatin1Char('\n'));
    while (!expected.isEmpty() && expected.last().isEmpty())
        expected.removeLast();
    for (QString &line : expected) {
        if (line.endsWith(QLatin1String(": ")))
            line.chop(1);
    }
    for (QString &line : actual) {
        if (line.endsWith(QLatin1String(": ")))
            line.chop(1);
    }
    QCOMPARE(actual, expected);
    QVERIFY(!review.title.contains(QChar(0x2026)));
}

// One rule at a time: text, the headline expected, and the passages set aside (joined by "|").
void TestBoilerplate::rules_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("headline");
    QTest::addColumn<QString>("aside");

    const QString body = QStringLiteral("The film takes its time, and the time is well spent on two fine performances and a score "
                                        "that knows when to stop.");
    const QString ending = QStringLiteral("The last act rushes, but the final image is worth the wait and stays with you "
                                          "for days.");
    QTest::newRow("headline only") << QStringLiteral("A Title\n\n") + body << "A Title" << "";
    QTest::newRow("site then headline") << QStringLiteral("The Reel\n\nA Title Here\n\n") + body << "A Title Here"
                                        << "The Reel";
    QTest::newRow("headline then standfirst")
        << QStringLiteral("The Salt Orchard\n\nA quiet triumph of a film\n\n") + body << "The Salt Orchard" << "";
    QTest::newRow("byline and date kept")
        << QStringLiteral("Site Name\n\nA Title\n\nBy Ann Ode\n\n3 May 2025\n\n") + body << "A Title" << "Site Name";
    QTest::newRow("no paragraph, no head") << QStringLiteral("One\n\nTwo\n\nThree") << "" << "";
    QTest::newRow("prose first") << body + QStringLiteral("\n\nThe End") << "" << "";
    QTest::newRow("coverage call")
        << body + QStringLiteral("\n\nCatch up on our complete festival coverage.") << ""
        << "Catch up on our complete festival coverage.";
    QTest::newRow("newsletter") << body + QStringLiteral("\n\nGet our best reviews in your inbox every Friday.") << ""
                                << "Get our best reviews in your inbox every Friday.";
    QTest::newRow("you may also like list")
        << body + QStringLiteral("\n\nYou may also like\nAnother Title Entirely\nA Third One\n\n") + ending
        << "" << "You may also like\nAnother Title Entirely\nA Third One";
    QTest::newRow("biography at the end")
        << body + QStringLiteral("\n\nJo Brennan is a film critic based in Cork who writes for several magazines.") << ""
        << "Jo Brennan is a film critic based in Cork who writes for several magazines.";
    QTest::newRow("sentence with share kept")
        << body + QStringLiteral("\n\nShare the ending with a friend: it needs arguing about.") << "" << "";
    QTest::newRow("character description kept")
        << body + QStringLiteral("\n\nAli is a kickboxer who will not look at his son.\n\n") + ending << "" << "";
    QTest::newRow("repeat in the second half")
        << QStringLiteral("A Title\n\n") + body + QStringLiteral("\n\nAnd then it ends, a little too soon, on a sigh.\n\nA Title")
        << "A Title" << "A Title";
    QTest::newRow("cookie notice") << body + QStringLiteral("\n\nThis site uses cookies. By continuing you accept.")
                                   << "" << "This site uses cookies. By continuing you accept.";
}

void TestBoilerplate::rules()
{
    QFETCH(QString, text);
    QFETCH(QString, headline);
    QFETCH(QString, aside);
    const QString canonical = Importer::canonicalText(text);
    const BoilerplateResult result = Boilerplate::detect(canonical);
    QCOMPARE(result.headline, headline);
    QStringList passages;
    for (const TextRange &range : result.ranges)
        passages.append(canonical.mid(range.start, range.end - range.start));
    QCOMPARE(passages.join(QLatin1Char('|')), aside);
}

void TestBoilerplate::rangesAreWholeLinesOfTheText()
{
    for (const QString &file : QDir(folder()).entryList({QStringLiteral("*.txt")}, QDir::Files)) {
        const QString text = Importer::canonicalText(QString::fromUtf8(readFile(folder() + file)));
        const QVector<TextRange> ranges = Boilerplate::detect(text).ranges;
        int previousEnd = -1;
        for (const TextRange &r : ranges) {
            QVERIFY(r.start > previousEnd);
            QVERIFY(r.start < r.end && r.end <= text.size());
            QVERIFY(r.start == 0 || text.at(r.start - 1) == QLatin1Char('\n'));
            QVERIFY(r.end == text.size() || text.at(r.end) == QLatin1Char('\n'));
            previousEnd = r.end;
        }
        QCOMPARE(Review::normalizedRanges(ranges, int(text.size())), ranges);
    }
}

QTEST_MAIN(TestBoilerplate)
#include "tst_boilerplate.moc"
