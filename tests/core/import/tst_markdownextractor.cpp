// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/markdownextractor.h"

#include <QFile>
#include <QtTest>

using namespace Revmark;

class TestMarkdownExtractor : public QObject
{
    Q_OBJECT

private slots:
    void text_data();
    void text();
    void metadata_data();
    void metadata();
    void fixtureReview();
    void hostileInputs_data();
    void hostileInputs();
};

void TestMarkdownExtractor::text_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("text");

    QTest::newRow("paragraphs") << "One\n\nTwo" << "One\n\nTwo";
    QTest::newRow("soft wrap joined") << "one\ntwo\n  three" << "one two three";
    QTest::newRow("hard break spaces") << "one  \ntwo" << "one\ntwo";
    QTest::newRow("hard break backslash") << "one\\\ntwo" << "one\ntwo";
    QTest::newRow("many blank lines") << "a\n\n\n\n\nb" << "a\n\nb";
    QTest::newRow("atx headings") << "# One\ntext\n## Two ##\n###### Six" << "One\n\ntext\n\nTwo\n\nSix";
    QTest::newRow("not a heading") << "#hashtag and #7" << "#hashtag and #7";
    QTest::newRow("setext headings") << "Title\n=====\nBody\n\nSub\n---\nMore" << "Title\n\nBody\n\nSub\n\nMore";
    QTest::newRow("emphasis") << "*a* _b_ **c** __d__ ***e*** ~~f~~" << "a b c d e f";
    QTest::newRow("emphasis across words") << "This is *very much* so." << "This is very much so.";
    QTest::newRow("intraword underscores kept") << "snake_case_name and __init__" << "snake_case_name and init";
    QTest::newRow("lone asterisks kept") << "5 * 3 = 15 and 2*" << "5 * 3 = 15 and 2*";
    QTest::newRow("single tilde kept") << "about ~5 km" << "about ~5 km";
    QTest::newRow("inline code") << "Use `a *b* c` and ``x ` y``." << "Use a *b* c and x ` y.";
    QTest::newRow("unclosed backtick") << "a ` b" << "a ` b";
    QTest::newRow("link") << "See [the *site*](http://example.invalid/a_(b) \"T\") now." << "See the site now.";
    QTest::newRow("reference link") << "A [link][ref] and [another][] and [short].\n\n[ref]: http://x.invalid\n[another]: <http://y.invalid> \"t\"\n[short]: /s"
                                    << "A link and another and short.";
    QTest::newRow("undefined reference kept") << "Not a [link] here." << "Not a [link] here.";
    QTest::newRow("image dropped") << "Before ![alt *text*](http://example.invalid/i.png) after." << "Before after.";
    QTest::newRow("image alone") << "![alt](i.png)\n\nText" << "Text";
    QTest::newRow("linked image") << "[![alt](i.png)](http://example.invalid)" << "";
    QTest::newRow("autolink") << "Visit <https://example.invalid/page?a=1> or <me@example.invalid>." << "Visit https://example.invalid/page?a=1 or me@example.invalid.";
    QTest::newRow("html stripped") << "Some <span class=\"x\">inline</span> <br/>html<!-- comment -->." << "Some inline\nhtml.";
    QTest::newRow("html comment block") << "a\n\n<!--\nhidden\n-->\n\nb" << "a\n\nb";
    QTest::newRow("comparison kept") << "if a < b and c > d" << "if a < b and c > d";
    QTest::newRow("escapes") << "\\*not emphasis\\* \\_x\\_ \\# \\[y\\](z) \\\\" << "*not emphasis* _x_ # [y](z) \\";
    QTest::newRow("entities") << "Fish &amp; chips &mdash; &#233;" << "Fish & chips \u2014 \u00e9";
    QTest::newRow("block quote") << "> quoted\n> text\n\nafter" << "quoted text\n\nafter";
    QTest::newRow("nested quote") << "> > deep" << "deep";
    QTest::newRow("unordered list") << "Intro\n\n- one\n- two\n- three\n\nAfter" << "Intro\n\n\u2022 one\n\u2022 two\n\u2022 three\n\nAfter";
    QTest::newRow("list item continuation") << "- one\n  continued\n- two" << "\u2022 one continued\n\u2022 two";
    QTest::newRow("loose list") << "- one\n\n- two" << "\u2022 one\n\u2022 two";
    QTest::newRow("nested list") << "- one\n    - inner\n- two" << "\u2022 one\n\u2022 inner\n\u2022 two";
    // Numbered as shown (and as the HTML importer numbers <ol>): from the first number on.
    QTest::newRow("ordered list") << "1. first\n2. second\n10. tenth" << "1. first\n2. second\n3. tenth";
    QTest::newRow("ordered list start") << "7) seventh\n1) eighth" << "7) seventh\n8) eighth";
    QTest::newRow("year is not a list") << "It was\n2024. A good year." << "It was 2024. A good year.";
    QTest::newRow("new bullet starts new list") << "- a\n- b\n\n* c\n\n1. d\n2) e" << "\u2022 a\n\u2022 b\n\n\u2022 c\n\n1. d\n\n2) e";
    QTest::newRow("list with emphasis") << "- **bold** item" << "\u2022 bold item";
    QTest::newRow("horizontal rules") << "a\n\n---\n\nb\n\n***\n\n_ _ _\n\nc" << "a\n\nb\n\nc";
    QTest::newRow("fenced code") << "```cpp\nint *a = b_c_d;\n\n  **x**\n```\nafter" << "int *a = b_c_d;\n\n  **x**\n\nafter";
    QTest::newRow("tilde fence") << "~~~\n# not heading\n~~~" << "# not heading";
    QTest::newRow("unclosed fence") << "```\ncode to the end\n# still code" << "code to the end\n# still code";
    QTest::newRow("indented code") << "Para\n\n    code *x*\n      more\n\nAfter" << "Para\n\ncode *x*\n  more\n\nAfter";
    QTest::newRow("table") << "| a | b |\n|---|:-:|\n| 1 | 2 |" << "a | b\n1 | 2";
    QTest::newRow("script block dropped") << "Intro\n\n<script>\nvar x = 1;\n\nalert(x);\n</script>\n\nAfter" << "Intro\n\nAfter";
    QTest::newRow("style block dropped") << "Intro\n\n<style>\np { color: red }\n</style>\nAfter" << "Intro\n\nAfter";
    QTest::newRow("inline script dropped") << "a <script>alert(1)</script> b <style>x{}</style>c" << "a b c";
    QTest::newRow("html block text kept") << "<div class=\"note\">\nKept *as* written\n</div>\n\nNext" << "Kept *as* written\n\nNext";
    QTest::newRow("html block furniture dropped") << "<aside>\nSubscribe!\n</aside>\n\nText" << "Text";
    QTest::newRow("fence in list item") << "- item\n\n  ```\n  code\n  ```\n- next\n\nAfter *this*" << "\u2022 item\ncode\n\u2022 next\n\nAfter this";
    QTest::newRow("unclosed fence in list item") << "- item\n  ```\n  code\n\nAfter *this*\n\n# Heading" << "\u2022 item\ncode\n\nAfter this\n\nHeading";
    QTest::newRow("empty list item") << "- one\n-\n- two" << "\u2022 one\n\u2022 two";
    QTest::newRow("empty ordered item") << "1. one\n2.\n3. three" << "1. one\n3. three";
    QTest::newRow("empty item after paragraph text") << "- one\n  more\n-\n\nText" << "\u2022 one more\n\nText";
    QTest::newRow("item with paragraphs") << "- one\n\n  two\n- three" << "\u2022 one\ntwo\n\u2022 three";
    QTest::newRow("html5 entities") << "&starf;&starf;&starf;&half; &check; &copy 2024 &nosuch;" << "\u2605\u2605\u2605\u00bd \u2713 &copy 2024 &nosuch;";
    QTest::newRow("crlf") << "# T\r\n\r\nline one\r\nline two\r\n" << "T\n\nline one line two";
}

void TestMarkdownExtractor::text()
{
    QFETCH(QString, markdown);
    QFETCH(QString, text);
    QCOMPARE(MarkdownExtractor::extract(markdown).text, text);
}

void TestMarkdownExtractor::metadata_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("author");
    QTest::addColumn<QString>("outlet");
    QTest::addColumn<QString>("text");

    QTest::newRow("front matter")
        << "---\ntitle: \"Quoted: Title\"\nauthor: 'Ann Author'\noutlet: The Outlet\ntags: [a, b]\n---\n# Heading\n\nBody"
        << "Quoted: Title" << "Ann Author" << "The Outlet" << "Heading\n\nBody";
    QTest::newRow("publication key") << "---\npublication: Monthly\n---\nBody" << "" << "" << "Monthly" << "Body";
    QTest::newRow("author list") << "---\nauthor:\n  - Bo Berg\n  - Cy Dahl\n---\nBody" << "" << "Bo Berg" << "" << "Body";
    QTest::newRow("front matter with dots") << "---\ntitle: T\n...\nBody" << "T" << "" << "" << "Body";
    QTest::newRow("not front matter") << "---\nJust some text.\n---\nMore" << "Just some text." << "" << ""
                                      << "Just some text.\n\nMore";
    QTest::newRow("unclosed front matter") << "---\ntitle: T\nBody" << "" << "" << "" << "title: T Body";
    QTest::newRow("toml front matter")
        << "+++\ntitle = \"T: Sub\"\nauthors = [\"Ann Author\", \"Bo Berg\"]\n# comment\npublication = 'Weekly'\n[extra]\nx = 1\n+++\nBody"
        << "T: Sub" << "Ann Author" << "Weekly" << "Body";
    QTest::newRow("not toml front matter") << "+++\nplain words\n+++\nMore" << "" << "" << "" << "+++ plain words +++ More";
    QTest::newRow("first heading") << "Intro\n\n## Second level first\n\n# Top" << "Second level first" << "" << ""
                                   << "Intro\n\nSecond level first\n\nTop";
    QTest::newRow("setext title") << "My *Title*\n===\n\nBy Dana Eklund\n\nText" << "My Title" << "Dana Eklund" << ""
                                  << "My Title\n\nBy Dana Eklund\n\nText";
    QTest::newRow("emphasised byline") << "# T\n\n_By Erik Falk_\n\nText" << "T" << "Erik Falk" << "" << "T\n\nBy Erik Falk\n\nText";
    QTest::newRow("byline too late") << "# T\n\nOne.\n\nTwo.\n\nThree.\n\nFour.\n\nBy Fay Grant" << "T" << "" << ""
                                     << "T\n\nOne.\n\nTwo.\n\nThree.\n\nFour.\n\nBy Fay Grant";
    QTest::newRow("not a byline") << "By now everyone knows.\n\nText" << "" << "" << "" << "By now everyone knows.\n\nText";
}

void TestMarkdownExtractor::metadata()
{
    QFETCH(QString, markdown);
    QFETCH(QString, title);
    QFETCH(QString, author);
    QFETCH(QString, outlet);
    QFETCH(QString, text);
    const ExtractedMarkdown extracted = MarkdownExtractor::extract(markdown);
    QCOMPARE(extracted.title, title);
    QCOMPARE(extracted.author, author);
    QCOMPARE(extracted.outlet, outlet);
    QCOMPARE(extracted.text, text);
}

void TestMarkdownExtractor::fixtureReview()
{
    QFile file(QStringLiteral(REVMARK_TEST_DATA "/import/review.md"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const ExtractedMarkdown extracted = MarkdownExtractor::extract(QString::fromUtf8(file.readAll()));
    QCOMPARE(extracted.title, QStringLiteral("A Review of *The Glass Orchard*"));
    QCOMPARE(extracted.author, QStringLiteral("Henrik Vasquez-Lund"));
    QCOMPARE(extracted.outlet, QStringLiteral("Imaginary Books Monthly"));
    QCOMPARE(extracted.text,
             QStringLiteral("The Glass Orchard\n\n"
                            "The novel is long and, for its first third, slow. Then it finds its rhythm, "
                            "and the orchard scenes are superb.\n\n"
                            "What works\n\n"
                            "\u2022 The dialogue\n"
                            "\u2022 The setting, especially the winter chapters\n"
                            "\u2022 The ending\n\n"
                            "What does not\n\n"
                            "1. The middle section drags.\n"
                            "2. Too many minor characters.\n\n"
                            "A book that rewards patience, even when it tests it.\n\n"
                            "Rating: 4 of 5. Read the author's note last."));
    QVERIFY(!extracted.text.contains(QLatin1String("cover.jpg")));
    QVERIFY(!extracted.text.contains(QLatin1String("date:")));
}

void TestMarkdownExtractor::hostileInputs_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::newRow("brackets") << QString(50000, QLatin1Char('[')) + QString(50000, QLatin1Char(']'));
    QTest::newRow("open brackets") << QString(100000, QLatin1Char('['));
    QTest::newRow("backticks") << QStringLiteral("` `` ``` ").repeated(20000);
    QTest::newRow("angles") << QStringLiteral("<a ").repeated(30000);
    QTest::newRow("comments") << QStringLiteral("<!-- ").repeated(30000);
    QTest::newRow("emphasis") << QStringLiteral("*_~~").repeated(30000);
    QTest::newRow("quotes") << QString(100000, QLatin1Char('>'));
    QTest::newRow("long line") << QStringLiteral("# ") + QString(200000, QLatin1Char(' ')) + QStringLiteral("#");
    QTest::newRow("many lines") << QStringLiteral("- a\n  b\n\n> c\n    d\n").repeated(20000);
}

void TestMarkdownExtractor::hostileInputs()
{
    QFETCH(QString, markdown);
    const ExtractedMarkdown extracted = MarkdownExtractor::extract(markdown);
    QVERIFY(extracted.text.size() <= markdown.size() * 2);
}

QTEST_GUILESS_MAIN(TestMarkdownExtractor)
#include "tst_markdownextractor.moc"
