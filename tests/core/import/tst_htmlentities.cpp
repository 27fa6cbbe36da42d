// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/htmlentities.h"
#include "import/htmlextractor.h"
#include "import/importer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace Revmark;

// The oracle is tests/data/import/entities/oracle.json, written by make_oracle.py next to it with
// Python's html.unescape: it shares nothing with the generated production table but its source
// (the HTML5 standard's list, as Python ships it).
class TestHtmlEntities : public QObject
{
    Q_OBJECT

private slots:
    void oracle();
    void text_data();
    void text();
    void attribute_data();
    void attribute();
    void reference_data();
    void reference();
    void gradeWrittenWithEntities();
    void linearOnHostileInput();
};

void TestHtmlEntities::oracle()
{
    QFile file(QStringLiteral(REVMARK_TEST_DATA "/import/entities/oracle.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray pairs = QJsonDocument::fromJson(file.readAll()).array();
    QVERIFY(pairs.size() > 2231); // every name of the table, and more
    int checked = 0;
    for (const QJsonValue &value : pairs) {
        const QJsonArray pair = value.toArray();
        const QString input = pair.at(0).toString();
        const QString expected = pair.at(1).toString();
        const QString got = HtmlEntities::decode(input);
        if (got != expected) {
            qWarning() << "input" << input << "expected" << expected << "got" << got;
            QFAIL("decoding differs from the oracle");
        }
        ++checked;
    }
    QCOMPARE(checked, int(pairs.size()));
}

// What Python leaves out of the oracle: HTML5 keeps references to controls and noncharacters.
void TestHtmlEntities::text_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("output");
    QTest::newRow("control") << "a&#1;b&#x7F;c" << QStringLiteral("a\u0001b\u007Fc");
    QTest::newRow("noncharacter") << "&#xFDD0;&#xFFFE;" << QStringLiteral("\uFDD0\uFFFE");
    QTest::newRow("last code point") << "&#x10FFFF;" << QString::fromUcs4(U"\U0010FFFF");
    QTest::newRow("two code points") << "&NotEqualTilde;" << QStringLiteral("\u2242\u0338");
    QTest::newRow("beyond the BMP") << "&Afr;" << QString::fromUcs4(U"\U0001D504");
    QTest::newRow("legacy at the end") << "fish &amp" << "fish &";
}

void TestHtmlEntities::text()
{
    QFETCH(QString, input);
    QFETCH(QString, output);
    QCOMPARE(HtmlEntities::decode(input), output);
    QCOMPARE(HtmlEntities::decode(QStringLiteral("<") + input + QStringLiteral(">"), 1, input.size() + 1), output);
}

// HTML5: in an attribute a reference without ';' followed by '=' or a letter or digit stays.
void TestHtmlEntities::attribute_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("output");
    QTest::newRow("query") << "?a=1&copy=2&lang=en" << "?a=1&copy=2&lang=en";
    QTest::newRow("followed by letter") << "&notit; &ampx" << "&notit; &ampx";
    QTest::newRow("followed by space") << "&copy 2024 &amp end" << "\u00a9 2024 & end";
    QTest::newRow("with semicolon") << "&copy;=&notin;x" << "\u00a9=\u2209x";
    QTest::newRow("numeric") << "&#233x" << "\u00e9x";
    QTest::newRow("at the end") << "a&amp" << "a&";
}

void TestHtmlEntities::attribute()
{
    QFETCH(QString, input);
    QFETCH(QString, output);
    QCOMPARE(HtmlEntities::decode(input, HtmlEntities::Context::Attribute), output);
    // And as the extractor reads attributes: the author from a <meta> content.
    const QString html = QStringLiteral("<meta name=\"author\" content=\"") + input + QStringLiteral("\"><p>x</p>");
    QCOMPARE(HtmlExtractor::extract(html).author, output.simplified());
}

void TestHtmlEntities::reference_data()
{
    QTest::addColumn<QString>("reference");
    QTest::addColumn<QString>("output"); // null: not a reference
    QTest::newRow("named") << "&check;" << "\u2713";
    QTest::newRow("numeric") << "&#9733;" << "\u2605";
    QTest::newRow("hex") << "&#x2605;" << "\u2605";
    QTest::newRow("unknown") << "&nosuchname;" << QString();
    QTest::newRow("no semicolon") << "&copy" << QString();
    QTest::newRow("prefix only") << "&notit;" << QString();
    QTest::newRow("zero") << "&#0;" << "\uFFFD";
}

void TestHtmlEntities::reference()
{
    QFETCH(QString, reference);
    QFETCH(QString, output);
    const QString got = HtmlEntities::decodeReference(reference);
    QCOMPARE(got.isNull(), output.isNull());
    QCOMPARE(got, output);
}

void TestHtmlEntities::gradeWrittenWithEntities()
{
    const QByteArray html = "<html><body><article><h1>Film</h1><p>A fine film.</p>"
                            "<p>Our rating: &starf;&starf;&starf;&half;</p></article></body></html>";
    const ImportResult result = Importer::importData(html, QStringLiteral("review.html"));
    QVERIFY(result.ok);
    QVERIFY(result.review.text.contains(QStringLiteral("\u2605\u2605\u2605\u00bd")));
    QVERIFY(result.review.grade.isValid());
    QCOMPARE(result.review.grade.value, 70);
}

void TestHtmlEntities::linearOnHostileInput()
{
    // Each '&' looks at no more than a name's length, however long the run after it.
    const QString input = QStringLiteral("&") + QString(200000, QLatin1Char('a')) + QStringLiteral("&#")
        + QString(200000, QLatin1Char('9')) + QStringLiteral("&amp").repeated(50000);
    const QString decoded = HtmlEntities::decode(input);
    QVERIFY(decoded.endsWith(QStringLiteral("\uFFFD") + QString(50000, QLatin1Char('&'))));
}

QTEST_GUILESS_MAIN(TestHtmlEntities)
#include "tst_htmlentities.moc"
