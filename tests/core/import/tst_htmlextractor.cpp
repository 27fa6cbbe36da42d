// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/htmlentities.h"
#include "import/htmlextractor.h"

#include <QFile>
#include <QtTest>

using namespace Revmark;

class TestHtmlExtractor : public QObject
{
    Q_OBJECT

private slots:
    void text_data();
    void text();
    void entities_data();
    void entities();
    void metadata_data();
    void metadata();
    void fixturePage();
    void hugePageFinishes();
    void deepNestingFinishes();
    void hostileInputs_data();
    void hostileInputs();
};

void TestHtmlExtractor::text_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("text");

    QTest::newRow("plain paragraphs") << "<p>One</p><p>Two</p>" << "One\n\nTwo";
    QTest::newRow("implicit </p>") << "<p>One<p>Two<div>Three</div>" << "One\n\nTwo\n\nThree";
    QTest::newRow("whitespace collapsed") << "<p>  a \n\t b   c  </p>" << "a b c";
    QTest::newRow("inline elements join") << "<p>An <b>bold</b><i>italic</i> word</p>" << "An bolditalic word";
    QTest::newRow("br") << "<p>line one<br>line two<br/>three</p>" << "line one\nline two\nthree";
    QTest::newRow("double br") << "a<br><br>b" << "a\n\nb";
    QTest::newRow("headings") << "<h1>Title</h1>text<h2>Sub</h2>more" << "Title\n\ntext\n\nSub\n\nmore";
    QTest::newRow("list") << "<p>Intro</p><ul><li>one</li><li>two<li>three</ul><p>After</p>"
                          << "Intro\n\n\u2022 one\n\u2022 two\n\u2022 three\n\nAfter";
    QTest::newRow("ordered list") << "<ol start=\"3\"><li>c<li>d</ol>" << "3. c\n4. d";
    QTest::newRow("empty list item") << "<ul><li></li><li>b</li></ul><ul><li> </li></ul><p>after</p>" << "\u2022 b\n\nafter";
    // Counting on from the largest start must not overflow (was signed overflow, UBSan).
    QTest::newRow("ordered list from INT_MAX") << "<ol start=\"2147483647\"><li>c<li>d</ol>"
                                               << "2147483647. c\n2147483648. d";
    QTest::newRow("list item with paragraph") << "<ul><li><p>one</p></li><li><p>two</p></li></ul>"
                                              << "\u2022 one\n\u2022 two";
    QTest::newRow("nested list") << "<ul><li>a<ul><li>b</li></ul></li><li>c</li></ul>" << "\u2022 a\n\u2022 b\n\u2022 c";
    QTest::newRow("blockquote") << "<p>x</p><blockquote>quoted</blockquote>y" << "x\n\nquoted\n\ny";
    QTest::newRow("table") << "<table><tr><td>a</td><td>b</td></tr><tr><td>c<td>d</table>" << "a b\n\nc d";
    QTest::newRow("pre keeps whitespace") << "<p>x</p><pre>\n  a  b\n    c</pre><p>y</p>" << "x\n\n  a  b\n    c\n\ny";
    QTest::newRow("hr") << "a<hr>b" << "a\n\nb";
    QTest::newRow("definition list") << "<dl><dt>Term<dd>Meaning</dl>" << "Term\n\nMeaning";
    QTest::newRow("figure") << "<figure><img src=x><figcaption>Caption</figcaption></figure>" << "Caption";

    QTest::newRow("script") << "<p>a</p><script>var x = '<p>no</p>';</script><p>b</p>" << "a\n\nb";
    QTest::newRow("script with comment-like content")
        << "<script>if (a<b) document.write('</div>')</script>kept" << "kept";
    QTest::newRow("style") << "<style>p { color: red }</style><p>text</p>" << "text";
    QTest::newRow("uppercase tags") << "<P>One<SCRIPT>x</SCRIPT><BR>Two</P>" << "One\nTwo";
    QTest::newRow("nav header footer aside")
        << "<header>Site</header><nav>Menu</nav><p>Body</p><aside>Ad</aside><footer>Foot</footer>" << "Body";
    QTest::newRow("form and button") << "<p>Text <button>Click</button></p><form><p>Sign up</p><select><option>A</select></form>" << "Text";
    QTest::newRow("noscript template svg math iframe object")
        << "a<noscript>n</noscript><template>t</template><svg><text>s</text></svg><math><mi>m</mi></math>"
           "<iframe src=\"http://example.invalid\">i</iframe><object>o</object>b"
        << "ab";
    QTest::newRow("comments and doctype")
        << "<!DOCTYPE html><!-- <p>hidden</p> --><?xml version=\"1.0\"?><![CDATA[cdata]]><p>shown</p>" << "shown";
    QTest::newRow("head content") << "<head><title>T</title><meta name=x content=y></head><body>b</body>" << "b";
    QTest::newRow("unclosed head") << "<head><title>T</title><p>visible" << "visible";
    QTest::newRow("hidden attribute") << "<p hidden>h</p><p>v</p>" << "v";
    QTest::newRow("aria-hidden") << "<p aria-hidden=\"true\">h</p><p aria-hidden=\"false\">v</p>" << "v";
    QTest::newRow("display none") << "<div style=\"display: none\">h</div>v" << "v";
    QTest::newRow("boilerplate class") << "<div class=\"social-links\">s</div><div id=\"newsletter\">n</div>"
                                          "<p class=\"intro\">v</p><div class=\"Related-Posts\">r</div>"
                                       << "v";
    QTest::newRow("body class not boilerplate") << "<body class=\"has-sidebar\"><p>v</p></body>" << "v";
    QTest::newRow("article preferred") << "<p>outside</p><article><p>inside</p></article><p>after</p>" << "inside";
    QTest::newRow("first article only") << "<article>first</article><article>second</article>" << "first";
    QTest::newRow("main when no article") << "<div>outside</div><main>inside</main>" << "inside";
    QTest::newRow("empty article ignored") << "<article><img src=x></article><main>m</main>" << "m";
    QTest::newRow("article in aside ignored") << "<aside><article>teaser</article></aside><p>body</p>" << "body";
    QTest::newRow("article header kept") << "<header>site</header><article><header><h1>H</h1></header>text</article>"
                                         << "H\n\ntext";
    QTest::newRow("image produces nothing")
        << "<p>a<img src=\"http://example.invalid/x.png\" alt=\"alt text\">b</p>" << "ab";
    QTest::newRow("attribute with >") << "<p title=\"a > b\">text</p>" << "text";
    QTest::newRow("literal less-than") << "<p>1 < 2 and 3 <= 4</p>" << "1 < 2 and 3 <= 4";
    QTest::newRow("stray end tags") << "a</span></p>b</div>" << "a\n\nb";
    QTest::newRow("unclosed script") << "<p>before</p><script>never ends <p>x</p>" << "before";
    QTest::newRow("unclosed comment") << "<p>before</p><!-- never ends <p>x</p>" << "before";
    QTest::newRow("unterminated tag") << "<p>before</p><div class=\"x" << "before";
    QTest::newRow("nbsp kept") << "<p>3&nbsp;km</p>" << "3\u00a0km";
    QTest::newRow("no html at all") << "just text" << "just text";
}

void TestHtmlExtractor::text()
{
    QFETCH(QString, html);
    QFETCH(QString, text);
    QCOMPARE(HtmlExtractor::extract(html).text, text);
}

void TestHtmlExtractor::entities_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("output");

    QTest::newRow("basic") << "&amp; &lt; &gt; &quot; &apos;" << "& < > \" '";
    QTest::newRow("latin-1") << "&eacute;&Eacute;&uuml;&szlig;&copy;&yuml;&iexcl;" << "\u00e9\u00c9\u00fc\u00df\u00a9\u00ff\u00a1";
    QTest::newRow("typographic") << "&mdash;&ndash;&lsquo;&rsquo;&ldquo;&rdquo;&hellip;&bull;&trade;&euro;"
                                 << "\u2014\u2013\u2018\u2019\u201c\u201d\u2026\u2022\u2122\u20ac";
    QTest::newRow("greek") << "&Alpha;&omega;&sigmaf;&thetasym;" << "\u0391\u03c9\u03c2\u03d1";
    QTest::newRow("symbols") << "&larr;&hArr;&forall;&infin;&ne;&diams;&lang;" << "\u2190\u21d4\u2200\u221e\u2260\u2666\u27e8";
    QTest::newRow("decimal") << "&#233;&#8217;&#128512;" << "\u00e9\u2019\U0001F600";
    QTest::newRow("hex") << "&#xE9;&#X2019;&#x1f600;" << "\u00e9\u2019\U0001F600";
    QTest::newRow("without semicolon numeric") << "&#233 x" << "\u00e9 x";
    QTest::newRow("zero") << "&#0;" << "\uFFFD";
    QTest::newRow("surrogate") << "&#xD800;" << "\uFFFD";
    QTest::newRow("too large") << "&#x110000;&#99999999999999;" << "\uFFFD\uFFFD";
    QTest::newRow("windows-1252 range") << "&#150;&#147;" << "\u2013\u201c";
    QTest::newRow("unknown stays") << "&bogus; & ; &#; &#x; &ampx;" << "&bogus; & ; &#; &#x; &x;";
    QTest::newRow("legacy without semicolon") << "&amp &AMP; &copy 2024 &notit;" << "& & \u00a9 2024 \u00acit;";
    QTest::newRow("html5 names") << "&starf;&half; &check; &NotEqualTilde;" << "\u2605\u00bd \u2713 \u2242\u0338";
    QTest::newRow("case matters") << "&Eacute;&eacute;" << "\u00c9\u00e9";
    QTest::newRow("long name") << "&aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa;"
                               << "&aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa;";
}

void TestHtmlExtractor::entities()
{
    QFETCH(QString, input);
    QFETCH(QString, output);
    QCOMPARE(HtmlEntities::decode(input), output);
    // In page text as well, where the result is also whitespace-collapsed.
    QCOMPARE(HtmlExtractor::extract(QStringLiteral("<p>") + input.toHtmlEscaped().replace(QLatin1String("&amp;"), QLatin1String("&")) + QStringLiteral("</p>")).text,
             output.simplified());
}

void TestHtmlExtractor::metadata_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("author");
    QTest::addColumn<QString>("outlet");

    QTest::newRow("og tags")
        << "<head><title>Page | Site</title><meta property=\"og:title\" content=\"OG Title\">"
           "<meta property=\"og:site_name\" content=\"The Site\"><meta name=\"author\" content=\"Ann Author\"></head>"
           "<body><h1>Heading</h1></body>"
        << "OG Title" << "Ann Author" << "The Site";
    QTest::newRow("h1 before title") << "<title>Page | Site</title><h1>The <em>Heading</em></h1>" << "The Heading" << "" << "";
    QTest::newRow("title suffix bar") << "<title>A Review | Some Site</title><p>x" << "A Review" << "" << "";
    QTest::newRow("title suffix dash") << "<title>A Review - Some Site</title><p>x" << "A Review" << "" << "";
    QTest::newRow("title suffix em dash") << "<title>A Review \u2014 Some Site</title><p>x" << "A Review" << "" << "";
    QTest::newRow("title long suffix kept")
        << "<title>Part one - and the rest of a long title that is clearly not a site name</title>"
        << "Part one - and the rest of a long title that is clearly not a site name" << "" << "";
    QTest::newRow("title entities") << "<title>Fish &amp; Chips</title>" << "Fish & Chips" << "" << "";
    QTest::newRow("svg title ignored") << "<svg><title>Icon</title></svg><title>Real</title>" << "Real" << "" << "";
    QTest::newRow("application-name") << "<meta name=\"application-name\" content=\"App Outlet\"><p>x" << "" << "" << "App Outlet";
    QTest::newRow("article:author name")
        << "<meta property=\"article:author\" content=\"Bo Berg\"><p>x" << "" << "Bo Berg" << "";
    QTest::newRow("article:author url ignored")
        << "<meta property=\"article:author\" content=\"https://example.invalid/bo\"><p>By Cy Dahl</p><p>x" << ""
        << "Cy Dahl" << "";
    QTest::newRow("byline element")
        << "<article><h1>T</h1><div class=\"byline\">By <a href=\"#\">Dana Eklund</a><time>3 May 2024</time></div><p>text</p></article>"
        << "T" << "Dana Eklund" << "";
    QTest::newRow("author element without by")
        << "<p><span class=\"author-name\">Erik Falk</span></p><p>text</p>" << "" << "Erik Falk" << "";
    QTest::newRow("author bio box rejected")
        << "<div class=\"author-bio\">Erik Falk has written about food for many years and lives by the sea with two cats.</div><p>text</p>"
        << "" << "" << "";
    QTest::newRow("byline line") << "<h1>Title</h1><p>By Fay Grant | 3 May</p><p>text</p>" << "Title" << "Fay Grant" << "";
    QTest::newRow("not a byline") << "<p>By the way, this is text.</p>" << "" << "" << "";
}

void TestHtmlExtractor::metadata()
{
    QFETCH(QString, html);
    QFETCH(QString, title);
    QFETCH(QString, author);
    QFETCH(QString, outlet);
    const ExtractedHtml extracted = HtmlExtractor::extract(html);
    QCOMPARE(extracted.title, title);
    QCOMPARE(extracted.author, author);
    QCOMPARE(extracted.outlet, outlet);
}

void TestHtmlExtractor::fixturePage()
{
    QFile file(QStringLiteral(REVMARK_TEST_DATA "/import/review.html"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const ExtractedHtml extracted = HtmlExtractor::extract(QString::fromUtf8(file.readAll()));

    QCOMPARE(extracted.title, QStringLiteral("Dinner at the Lantern Room"));
    QCOMPARE(extracted.author, QStringLiteral("Priya Castellano"));
    QCOMPARE(extracted.outlet, QStringLiteral("The Invented Gazette"));
    QCOMPARE(extracted.text,
             QStringLiteral("Dinner at the Lantern Room\n\n"
                            "By Priya Castellano\n\n"
                            "The Lantern Room opened in March, and it already feels like a place with habits. "
                            "Service is warm & unhurried; the bread arrives without asking.\n\n"
                            "The caf\u00e9-style starters were the high point \u2014 a beetroot tart with "
                            "\u201csmoked\u201d cream \u2014 while the mains were merely fine.\n\n"
                            "\u2022 Best dish: the tart\n"
                            "\u2022 Worst dish: the soup\n\n"
                            "Verdict: 3\u00a0out of 5."));
    for (const char *absent : {"SCRIPT TEXT", "font-family", "Home", "cookies", "Accept", "Share", "Related",
                               "Most read", "rights reserved", "JavaScript", "photo", "http"})
        QVERIFY2(!extracted.text.contains(QLatin1String(absent)), absent);
}

void TestHtmlExtractor::hugePageFinishes()
{
    // About 5 MB: must finish (the point is linear time; there is no timing assertion).
    QString html = QStringLiteral("<html><body><article>");
    const QString chunk = QStringLiteral("<p class=\"x\">Some <b>bold</b> text &amp; an entity &#233;.</p>"
                                         "<script>var a = 1;</script><div><span>more</span></div>\n");
    while (html.size() < 5 * 1024 * 1024)
        html += chunk;
    const ExtractedHtml extracted = HtmlExtractor::extract(html);
    QVERIFY(extracted.text.startsWith(QStringLiteral("Some bold text & an entity \u00e9.\n\nmore\n\n")));
    QVERIFY(!extracted.text.contains(QLatin1String("var a")));
}

void TestHtmlExtractor::deepNestingFinishes()
{
    const int depth = 100000;
    QString html;
    html.reserve(depth * 11 + 100);
    for (int i = 0; i < depth; ++i)
        html += QLatin1String("<div>");
    html += QLatin1String("deep");
    for (int i = 0; i < depth; ++i)
        html += QLatin1String("</div>");
    html += QLatin1String("after");
    QCOMPARE(HtmlExtractor::extract(html).text, QStringLiteral("deep\n\nafter"));

    // Unclosed inline elements and list items, too.
    QString unclosed;
    for (int i = 0; i < depth; ++i)
        unclosed += QLatin1String("<span><li><p>");
    unclosed += QLatin1String("x");
    QVERIFY(HtmlExtractor::extract(unclosed).text.endsWith(QLatin1String("x")));
}

void TestHtmlExtractor::hostileInputs_data()
{
    QTest::addColumn<QString>("html");
    QTest::newRow("lone <") << "<";
    QTest::newRow("lone &") << "&";
    QTest::newRow("many <") << QString(100000, QLatin1Char('<'));
    QTest::newRow("many &#") << QString(50000, QLatin1Char('&')) + QString(50000, QLatin1Char('#'));
    QTest::newRow("many open quotes") << QStringLiteral("<a href=\"").repeated(20000);
    QTest::newRow("many scripts") << QStringLiteral("<script>").repeated(20000);
    QTest::newRow("many comments") << QStringLiteral("<!--").repeated(20000);
    QTest::newRow("many end tags") << QStringLiteral("</x").repeated(20000);
    QTest::newRow("attributes") << QStringLiteral("<p ") + QStringLiteral("a=b ").repeated(50000) + QStringLiteral(">x");
    QTest::newRow("nul and surrogates") << QStringLiteral("<p>a\u0000b</p>") + QChar(0xD800) + QStringLiteral("<p>");
}

void TestHtmlExtractor::hostileInputs()
{
    QFETCH(QString, html);
    const ExtractedHtml extracted = HtmlExtractor::extract(html);
    QVERIFY(extracted.text.size() <= html.size() + 2);
}

QTEST_GUILESS_MAIN(TestHtmlExtractor)
#include "tst_htmlextractor.moc"
