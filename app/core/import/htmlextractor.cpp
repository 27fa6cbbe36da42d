// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/htmlextractor.h"

#include "import/htmltokenizer.h"
#include "import/importer.h"
#include "model/logging.h"
#include "model/qtcompat.h"

#include <QStringList>
#include <QVector>

#include <algorithm>
#include <array>

namespace Revmark {

namespace {

using Tag = HtmlTokenizer::Tag;
using TagInfo = HtmlTokenizer::TagInfo;
using Token = HtmlTokenizer::Token;
using Tokenizer = HtmlTokenizer;
constexpr unsigned Void = HtmlTokenizer::Void;
constexpr unsigned Block = HtmlTokenizer::Block;
constexpr unsigned Skip = HtmlTokenizer::Skip;
constexpr unsigned RawText = HtmlTokenizer::RawText;
constexpr unsigned ClosesP = HtmlTokenizer::ClosesP;

bool isHtmlSpace(ushort u)
{
    return HtmlTokenizer::isSpace(u);
}

TagInfo tagInfo(const QString &name)
{
    return HtmlTokenizer::tagInfo(name);
}

// ---------------------------------------------------------------------------------------------
// Text output

// Collects the visible text of one candidate region (article, main or the whole body) and the
// first <h1> inside it. Whitespace and breaks are held back until the next visible character,
// so nothing dangles at the end and breaks never pile up.
class TextSink
{
public:
    void text(const QString &t)
    {
        for (const QChar c : t) {
            if (isHtmlSpace(c.unicode())) {
                m_space = true;
                continue;
            }
            if (m_newlines > 0 || m_space || !m_prefix.isEmpty())
                flush();
            m_out += c;
        }
    }

    void preformatted(const QString &t)
    {
        if (t.isEmpty())
            return;
        flush();
        m_out += t;
    }

    void lineBreak()
    {
        if (!m_prefix.isEmpty())
            return;
        m_newlines = std::min(m_newlines + 1, 2);
    }

    void blockBreak(int level)
    {
        // A list item's own blocks (<li><p>) must not push its text away from the marker.
        if (!m_prefix.isEmpty())
            return;
        m_newlines = std::max(m_newlines, level);
    }

    void space() { m_space = true; }

    void listItem(const QString &prefix)
    {
        m_prefix.clear();
        blockBreak(1);
        m_prefix = prefix;
    }

    // An item that showed no text leaves no marker for the text after it.
    void endListItem()
    {
        m_prefix.clear();
        blockBreak(1);
    }

    void beginH1()
    {
        if (m_h1.isEmpty() && m_h1Start < 0)
            m_h1Start = m_out.size();
    }

    void endH1()
    {
        if (m_h1Start < 0)
            return;
        m_h1 = m_out.mid(m_h1Start).simplified();
        m_h1Start = -1;
    }

    QString result() const { return m_out; }
    QString h1() const { return m_h1Start >= 0 ? m_out.mid(m_h1Start).simplified() : m_h1; }

private:
    void flush()
    {
        if (m_out.isEmpty()) {
            m_newlines = 0;
            m_space = false;
        }
        if (m_newlines > 0) {
            int present = 0;
            for (qtsize i = m_out.size() - 1; i >= 0 && present < 2 && m_out.at(i).unicode() == '\n'; --i)
                ++present;
            for (int k = present; k < m_newlines; ++k)
                m_out += QLatin1Char('\n');
            m_newlines = 0;
            m_space = false;
        }
        if (!m_prefix.isEmpty()) {
            m_out += m_prefix;
            m_prefix.clear();
            m_space = false;
        } else if (m_space) {
            if (!m_out.isEmpty() && m_out.back().unicode() != '\n' && m_out.back().unicode() != ' ')
                m_out += QLatin1Char(' ');
            m_space = false;
        }
    }

    QString m_out;
    int m_newlines = 0;
    bool m_space = false;
    QString m_prefix;
    qtsize m_h1Start = -1;
    QString m_h1;
};

// ---------------------------------------------------------------------------------------------
// Tree walking

// Page furniture that is not the review. Matched as substrings of class and id, lower case.
// Kept short on purpose: every word here can also hide real text.
const char *const boilerplateWords[] = {
    "share", "social", "newsletter", "related", "comments", "cookie",
    "subscribe", "promo", "advert", "sidebar", "breadcrumb", "menu",
};

bool containsBoilerplateWord(const QString &value)
{
    if (value.isEmpty())
        return false;
    const QString lower = value.toLower();
    return std::any_of(std::begin(boilerplateWords), std::end(boilerplateWords),
                       [&lower](const char *word) { return lower.contains(QLatin1String(word)); });
}

bool isHidden(const Token &t)
{
    if (t.hasAttribute("hidden"))
        return true;
    if (t.attribute("aria-hidden").trimmed().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
        return true;
    QString style = t.attribute("style").toLower();
    style.remove(QLatin1Char(' '));
    return style.contains(QLatin1String("display:none")) || style.contains(QLatin1String("visibility:hidden"));
}

bool marksByline(const Token &t)
{
    for (const char *name : {"class", "id", "rel", "itemprop"}) {
        const QString value = t.attribute(name).toLower();
        if (value.contains(QLatin1String("byline")) || value.contains(QLatin1String("author")))
            return true;
    }
    return false;
}

bool looksLikeUrl(const QString &value)
{
    return value.contains(QLatin1String("://")) || value.startsWith(QLatin1Char('/'))
        || value.startsWith(QLatin1String("www."), Qt::CaseInsensitive);
}

// Inside a byline, tags other than these separate the name from what follows it
// ("By Jane Doe<time>3 May</time>").
bool isInlineFormatting(const QString &name)
{
    static const char *const inlineNames[] = {"a", "b", "i", "em", "strong", "u", "small",
                                              "abbr", "cite", "font", "mark", "bdi"};
    return std::any_of(std::begin(inlineNames), std::end(inlineNames),
                       [&name](const char *n) { return name == QLatin1String(n); });
}

// The text of a byline element: "By Jane Doe", or just "Jane Doe" in an element marked as the
// author. Author boxes with a whole biography are not a byline.
QString authorFromBylineElement(const QString &text)
{
    QString name = Importer::bylineName(text.simplified());
    if (!name.isEmpty())
        return name;
    const QStringList lines = text.split(QLatin1Char('\n'));
    QString firstLine;
    for (const QString &line : lines) {
        const QString simple = line.simplified();
        if (simple.isEmpty())
            continue;
        if (firstLine.isEmpty())
            firstLine = simple;
        name = Importer::bylineName(simple);
        if (!name.isEmpty())
            return name;
    }
    if (firstLine.isEmpty() || firstLine.size() > 60 || firstLine.count(QLatin1Char(' ')) > 5)
        return QString();
    return Importer::bylineName(QStringLiteral("By ") + firstLine);
}

// Strips " | Site", " - Site", " — Site" and the like from a <title>.
QString withoutSiteSuffix(const QString &title)
{
    static const char *const separators[] = {" | ", " - ", " \u2014 ", " \u2013 ", " \u00b7 ", " :: "};
    qtsize best = -1;
    qtsize bestLength = 0;
    for (const char *separator : separators) {
        const QString sep = QString::fromUtf8(separator);
        const qtsize at = title.lastIndexOf(sep);
        if (at > best) {
            best = at;
            bestLength = sep.size();
        }
    }
    if (best <= 0)
        return title;
    const QString suffix = title.mid(best + bestLength).trimmed();
    if (suffix.isEmpty() || suffix.size() > 40)
        return title;
    return title.left(best).trimmed();
}

struct Element
{
    QString name;
    TagInfo info;
    bool skip = false;
    // For <ol>: the number of its next item. 64 bits: <ol start> takes any int, and counting on
    // from INT_MAX must not overflow (one item per input character keeps it far from 2^63).
    qint64 nextNumber = 1;
};

class Walker
{
public:
    void run(const QString &html)
    {
        Tokenizer tokenizer(html);
        Token t;
        while (tokenizer.next(t)) {
            switch (t.type) {
            case Token::Text:
                onText(t);
                break;
            case Token::StartTag:
                onStartTag(t);
                break;
            case Token::EndTag:
                onEndTag(t);
                break;
            }
        }
        popTo(0);
    }

    ExtractedHtml result() const
    {
        ExtractedHtml r;
        const TextSink *chosen = &m_body;
        if (!m_article.result().trimmed().isEmpty())
            chosen = &m_article;
        else if (!m_main.result().trimmed().isEmpty())
            chosen = &m_main;
        r.text = chosen->result();
        qCDebug(lcImport) << "HTML: text from"
                          << (chosen == &m_article ? "<article>" : chosen == &m_main ? "<main>" : "the whole body");

        r.title = m_ogTitle;
        if (r.title.isEmpty())
            r.title = chosen->h1();
        if (r.title.isEmpty())
            r.title = m_body.h1();
        if (r.title.isEmpty())
            r.title = withoutSiteSuffix(m_titleElement);

        r.author = m_metaAuthor;
        if (r.author.isEmpty() && !looksLikeUrl(m_articleAuthor))
            r.author = m_articleAuthor;
        if (r.author.isEmpty())
            r.author = m_bylineAuthor;
        if (r.author.isEmpty()) {
            const QStringList lines = r.text.left(2000).split(QLatin1Char('\n'));
            int seen = 0;
            for (const QString &line : lines) {
                if (line.trimmed().isEmpty())
                    continue;
                r.author = Importer::bylineName(line);
                if (!r.author.isEmpty() || ++seen >= 10)
                    break;
            }
        }

        r.outlet = m_ogSiteName.isEmpty() ? m_applicationName : m_ogSiteName;
        r.title = r.title.simplified();
        r.author = r.author.simplified();
        r.outlet = r.outlet.simplified();
        return r;
    }

private:
    template<typename F>
    void toSinks(F f)
    {
        if (m_skipDepth > 0)
            return;
        f(m_body);
        if (m_articleIndex >= 0)
            f(m_article);
        if (m_mainIndex >= 0)
            f(m_main);
    }

    int count(Tag tag) const { return m_openCount[size_t(tag)]; }

    // Inside a list item, blocks (a <p> in an <li>, a nested list) only start a new line, so
    // the items of a list stay one per line.
    void blockBreak()
    {
        const int level = count(Tag::Li) > 0 ? 1 : 2;
        toSinks([level](TextSink &s) { s.blockBreak(level); });
    }

    bool inForeignContent() const { return count(Tag::Svg) > 0 || count(Tag::Math) > 0; }

    void onText(const Token &t)
    {
        if (t.raw) {
            if (!m_stack.isEmpty() && m_stack.back().info.id == Tag::Title && m_titleElement.isEmpty()
                && !inForeignContent())
                m_titleElement = t.text.simplified();
            return;
        }
        QString text = t.text;
        if (m_dropLeadingNewline) {
            m_dropLeadingNewline = false;
            if (text.startsWith(QLatin1String("\r\n")))
                text.remove(0, 2);
            else if (text.startsWith(QLatin1Char('\n')) || text.startsWith(QLatin1Char('\r')))
                text.remove(0, 1);
        }
        if (m_bylineIndex >= 0 && m_skipDepth == 0 && m_bylineText.size() < 400)
            m_bylineText += text;
        const bool pre = count(Tag::Pre) > 0;
        toSinks([&](TextSink &s) {
            if (pre)
                s.preformatted(text);
            else
                s.text(text);
        });
    }

    void bylineBoundary(const QString &tagName)
    {
        if (m_bylineIndex >= 0 && !isInlineFormatting(tagName))
            m_bylineText += QLatin1Char('\n');
    }

    void onMeta(const Token &t)
    {
        QString key = t.attribute("property").trimmed().toLower();
        if (key.isEmpty())
            key = t.attribute("name").trimmed().toLower();
        const QString content = t.attribute("content").simplified();
        if (key.isEmpty() || content.isEmpty())
            return;
        const auto setOnce = [&content](QString &target) {
            if (target.isEmpty())
                target = content;
        };
        if (key == QLatin1String("og:title"))
            setOnce(m_ogTitle);
        else if (key == QLatin1String("og:site_name"))
            setOnce(m_ogSiteName);
        else if (key == QLatin1String("application-name"))
            setOnce(m_applicationName);
        else if (key == QLatin1String("author"))
            setOnce(m_metaAuthor);
        else if (key == QLatin1String("article:author"))
            setOnce(m_articleAuthor);
    }

    // The implied end tags of HTML that matter for where paragraphs end.
    void closeImplied(const TagInfo &info)
    {
        if (count(Tag::Head) > 0 && info.id != Tag::Title && info.id != Tag::Meta
            && !(info.flags & (RawText | Void)) && info.id != Tag::Template) {
            const int head = findOpen([](const Element &e) { return e.info.id == Tag::Head; },
                                      [](const Element &) { return false; });
            if (head >= 0)
                popTo(head);
        }
        if ((info.flags & ClosesP) && count(Tag::P) > 0) {
            const int p = findOpen([](const Element &e) { return e.info.id == Tag::P; }, [](const Element &e) {
                const Tag id = e.info.id;
                return id == Tag::Button || id == Tag::Table || id == Tag::Td || id == Tag::Th
                    || id == Tag::Caption || id == Tag::Html || id == Tag::Template || id == Tag::Object;
            });
            if (p >= 0)
                popTo(p);
        }
        // Like the spec's "special" elements, blocks other than div, p and address stop the search
        // for an open item, so a list nested in a quote inside an item stays separate.
        const auto stopsItemSearch = [](const Element &e) {
            return (e.info.flags & Block) && e.info.id != Tag::Div && e.info.id != Tag::P
                && e.info.id != Tag::Address;
        };
        if (info.id == Tag::Li && count(Tag::Li) > 0) {
            const int li = findOpen([](const Element &e) { return e.info.id == Tag::Li; }, stopsItemSearch);
            if (li >= 0)
                popTo(li);
        }
        if ((info.id == Tag::Dt || info.id == Tag::Dd) && (count(Tag::Dt) > 0 || count(Tag::Dd) > 0)) {
            const int d = findOpen([](const Element &e) { return e.info.id == Tag::Dt || e.info.id == Tag::Dd; },
                                   [](const Element &e) { return e.info.id == Tag::Dl; });
            if (d >= 0)
                popTo(d);
        }
        if (info.id == Tag::Tr && count(Tag::Tr) > 0) {
            const int tr = findOpen([](const Element &e) { return e.info.id == Tag::Tr; },
                                    [](const Element &e) { return e.info.id == Tag::Table; });
            if (tr >= 0)
                popTo(tr);
        }
        if ((info.id == Tag::Td || info.id == Tag::Th) && (count(Tag::Td) > 0 || count(Tag::Th) > 0)) {
            const int cell = findOpen([](const Element &e) { return e.info.id == Tag::Td || e.info.id == Tag::Th; },
                                      [](const Element &e) { return e.info.id == Tag::Tr || e.info.id == Tag::Table; });
            if (cell >= 0)
                popTo(cell);
        }
        if ((info.id == Tag::H1 || info.id == Tag::Heading) && !m_stack.isEmpty()
            && (m_stack.back().info.id == Tag::H1 || m_stack.back().info.id == Tag::Heading))
            popTo(int(m_stack.size()) - 1);
    }

    // Index of the innermost open element matching `match`, looking no further out than the first
    // one matching `stop`; -1 if none. Bounded by MaxDepth.
    template<typename Match, typename Stop>
    int findOpen(Match match, Stop stop) const
    {
        for (int i = int(m_stack.size()) - 1; i >= 0; --i) {
            if (match(m_stack.at(i)))
                return i;
            if (stop(m_stack.at(i)))
                return -1;
        }
        return -1;
    }

    void onStartTag(const Token &t)
    {
        TagInfo info = tagInfo(t.name);
        if (info.id == Tag::Meta) {
            onMeta(t);
            return;
        }
        closeImplied(info);
        bylineBoundary(t.name);
        if (info.id == Tag::Br) {
            toSinks([](TextSink &s) { s.lineBreak(); });
            return;
        }
        if (info.flags & Void) {
            if (info.flags & Block)
                blockBreak();
            return;
        }
        if (t.selfClosing && inForeignContent())
            return;

        if (info.flags & Block)
            blockBreak();
        else if (info.id == Tag::Td || info.id == Tag::Th)
            toSinks([](TextSink &s) { s.space(); });

        if (m_stack.size() >= HtmlExtractor::MaxDepth)
            return; // flattened: its content simply joins the enclosing element

        Element e;
        e.name = t.name;
        e.info = info;
        const Tag id = info.id;
        e.skip = (info.flags & Skip) || isHidden(t);
        if (id == Tag::Header && (count(Tag::Article) > 0 || count(Tag::Main) > 0))
            e.skip = isHidden(t); // an article's own header holds its headline and byline
        if (!e.skip && id != Tag::Html && id != Tag::Body && id != Tag::Article && id != Tag::Main)
            e.skip = containsBoilerplateWord(t.attribute("class")) || containsBoilerplateWord(t.attribute("id"));

        const int index = int(m_stack.size());
        m_stack.append(e);
        ++m_openCount[size_t(id)];
        if (e.skip)
            ++m_skipDepth;

        if (m_skipDepth == 0) {
            if (id == Tag::Article && !m_articleSeen) {
                m_articleSeen = true;
                m_articleIndex = index;
            } else if (id == Tag::Main && !m_mainSeen) {
                m_mainSeen = true;
                m_mainIndex = index;
            }
            if (m_bylineIndex < 0 && m_bylineAuthor.isEmpty() && marksByline(t)) {
                m_bylineIndex = index;
                m_bylineText.clear();
            }
        }

        if (id == Tag::Li) {
            QString prefix = QStringLiteral("\u2022 ");
            const int list = findOpen([](const Element &x) { return x.info.id == Tag::Ul || x.info.id == Tag::Ol || x.info.id == Tag::Menu; },
                                      [](const Element &) { return false; });
            if (list >= 0 && m_stack.at(list).info.id == Tag::Ol)
                prefix = QString::number(m_stack[list].nextNumber++) + QStringLiteral(". ");
            toSinks([&prefix](TextSink &s) { s.listItem(prefix); });
        } else if (id == Tag::Ol) {
            bool ok = false;
            const int start = t.attribute("start").trimmed().toInt(&ok);
            if (ok)
                m_stack.back().nextNumber = start;
        } else if (id == Tag::H1) {
            toSinks([](TextSink &s) { s.beginH1(); });
        } else if (id == Tag::Pre) {
            m_dropLeadingNewline = true;
        }
    }

    void onEndTag(const Token &t)
    {
        const TagInfo info = tagInfo(t.name);
        bylineBoundary(t.name);
        if (info.id == Tag::Br) {
            toSinks([](TextSink &s) { s.lineBreak(); });
            return;
        }
        for (int i = int(m_stack.size()) - 1; i >= 0; --i) {
            const Element &e = m_stack.at(i);
            if (e.info.id == info.id && (info.id != Tag::Other || e.name == t.name)) {
                popTo(i);
                return;
            }
        }
        if (info.flags & Block)
            blockBreak(); // a stray </p> still ends a paragraph
    }

    // Closes the element at index and everything inside it.
    void popTo(int index)
    {
        while (int(m_stack.size()) > index) {
            const int i = int(m_stack.size()) - 1;
            const Element e = m_stack.back();
            m_stack.removeLast();
            const Tag id = e.info.id;
            if (id == Tag::H1)
                toSinks([](TextSink &s) { s.endH1(); });
            if (i == m_bylineIndex) {
                m_bylineIndex = -1;
                m_bylineAuthor = authorFromBylineElement(m_bylineText);
            }
            --m_openCount[size_t(id)];
            if (e.skip)
                --m_skipDepth;
            if (i == m_articleIndex)
                m_articleIndex = -1;
            if (i == m_mainIndex)
                m_mainIndex = -1;
            if (e.info.flags & Block)
                blockBreak();
            else if (id == Tag::Li)
                toSinks([](TextSink &s) { s.endListItem(); });
            if (id == Tag::Pre)
                m_dropLeadingNewline = false;
        }
    }

    QVector<Element> m_stack;
    std::array<int, size_t(Tag::Object) + 1> m_openCount{};
    int m_skipDepth = 0;

    TextSink m_body;
    TextSink m_article;
    TextSink m_main;
    bool m_articleSeen = false;
    bool m_mainSeen = false;
    int m_articleIndex = -1; // stack index of the first <article> while it is open
    int m_mainIndex = -1;
    bool m_dropLeadingNewline = false;

    int m_bylineIndex = -1;
    QString m_bylineText;
    QString m_bylineAuthor;

    QString m_titleElement;
    QString m_ogTitle;
    QString m_ogSiteName;
    QString m_applicationName;
    QString m_metaAuthor;
    QString m_articleAuthor;
};

} // namespace

ExtractedHtml HtmlExtractor::extract(const QString &html)
{
    Walker walker;
    walker.run(html);
    return walker.result();
}

} // namespace Revmark
