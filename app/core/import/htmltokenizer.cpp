// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/htmltokenizer.h"

#include "import/htmlentities.h"

#include <QHash>

#include <algorithm>

namespace Revmark {

namespace {

using Tag = HtmlTokenizer::Tag;
constexpr unsigned Void = HtmlTokenizer::Void;
constexpr unsigned Block = HtmlTokenizer::Block;
constexpr unsigned Skip = HtmlTokenizer::Skip;
constexpr unsigned RawText = HtmlTokenizer::RawText;
constexpr unsigned Rcdata = HtmlTokenizer::Rcdata;
constexpr unsigned ClosesP = HtmlTokenizer::ClosesP;

const QHash<QString, HtmlTokenizer::TagInfo> &tagTable()
{
    static const QHash<QString, HtmlTokenizer::TagInfo> table = [] {
        QHash<QString, HtmlTokenizer::TagInfo> t;
        const auto add = [&t](const char *name, Tag id, unsigned flags) {
            t.insert(QLatin1String(name), HtmlTokenizer::TagInfo{id, flags});
        };
        const unsigned blockP = Block | ClosesP;
        add("html", Tag::Html, 0);
        add("head", Tag::Head, Skip);
        add("body", Tag::Body, Block);
        add("title", Tag::Title, Rcdata);
        add("meta", Tag::Meta, Void);
        add("article", Tag::Article, blockP);
        add("main", Tag::Main, blockP);
        add("p", Tag::P, blockP);
        add("li", Tag::Li, ClosesP); // a line break, not a paragraph: handled on its own
        add("ul", Tag::Ul, blockP);
        add("ol", Tag::Ol, blockP);
        add("menu", Tag::Menu, blockP);
        add("dl", Tag::Dl, blockP);
        add("dt", Tag::Dt, blockP);
        add("dd", Tag::Dd, blockP);
        add("table", Tag::Table, blockP);
        add("tr", Tag::Tr, Block);
        add("td", Tag::Td, 0);
        add("th", Tag::Th, 0);
        add("caption", Tag::Caption, Block);
        add("br", Tag::Br, Void);
        add("hr", Tag::Hr, Void | blockP);
        add("pre", Tag::Pre, blockP);
        add("listing", Tag::Pre, blockP);
        add("h1", Tag::H1, blockP);
        for (const char *h : {"h2", "h3", "h4", "h5", "h6"})
            add(h, Tag::Heading, blockP);
        add("header", Tag::Header, blockP | Skip);
        add("footer", Tag::Footer, blockP | Skip);
        add("svg", Tag::Svg, Skip);
        add("math", Tag::Math, Skip);
        add("div", Tag::Div, blockP);
        add("address", Tag::Address, blockP);
        add("button", Tag::Button, Skip);
        add("template", Tag::Template, Skip);
        add("object", Tag::Object, Skip);
        for (const char *b : {"blockquote", "section", "figure", "figcaption", "center", "details",
                              "summary", "fieldset", "legend", "hgroup", "dialog", "search"})
            add(b, Tag::Other, blockP);
        for (const char *s : {"nav", "aside", "form"})
            add(s, Tag::Other, blockP | Skip);
        for (const char *s : {"select", "video", "audio", "canvas", "map"})
            add(s, Tag::Other, Skip);
        for (const char *s : {"script", "style", "xmp", "iframe", "noembed", "noframes", "noscript",
                              "plaintext"})
            add(s, Tag::Other, Skip | RawText);
        add("textarea", Tag::Other, Skip | Rcdata);
        for (const char *v : {"img", "input", "link", "area", "base", "col", "embed", "param",
                              "source", "track", "wbr", "keygen", "basefont", "bgsound", "image"})
            add(v, Tag::Other, Void);
        return t;
    }();
    return table;
}

bool isAsciiLetter(ushort u)
{
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
}

} // namespace

bool HtmlTokenizer::isSpace(ushort u)
{
    return u == ' ' || u == '\t' || u == '\n' || u == '\r' || u == '\f';
}

HtmlTokenizer::TagInfo HtmlTokenizer::tagInfo(const QString &name)
{
    return tagTable().value(name);
}

QString HtmlTokenizer::Token::attribute(const char *attributeName) const
{
    for (const Attribute &a : attributes) {
        if (a.name == QLatin1String(attributeName))
            return a.value;
    }
    return QString();
}

bool HtmlTokenizer::Token::hasAttribute(const char *attributeName) const
{
    return std::any_of(attributes.cbegin(), attributes.cend(), [attributeName](const Attribute &a) {
        return a.name == QLatin1String(attributeName);
    });
}

HtmlTokenizer::HtmlTokenizer(const QString &html)
    : m_s(html)
    , m_n(html.size())
{
}

bool HtmlTokenizer::next(Token &t)
{
    if (m_rawState == RawTextPending)
        return readRawText(t);
    if (m_rawState == RawEndPending) {
        m_rawState = NoRaw;
        t = Token();
        t.type = Token::EndTag;
        t.name = m_rawTag;
        return true;
    }
    while (m_pos < m_n) {
        if (m_s.at(m_pos).unicode() != '<') {
            qtsize lt = m_s.indexOf(QLatin1Char('<'), m_pos);
            if (lt < 0)
                lt = m_n;
            makeText(t, m_pos, lt);
            m_pos = lt;
            return true;
        }
        const ushort c1 = at(m_pos + 1);
        if (isAsciiLetter(c1)) {
            if (readStartTag(t))
                return true;
            continue; // the tag ran into the end of the input and is dropped
        }
        if (c1 == '/') {
            const ushort c2 = at(m_pos + 2);
            if (isAsciiLetter(c2)) {
                readEndTag(t);
                return true;
            }
            skipPast(QStringLiteral(">"), m_pos + 2); // "</>" and bogus comments
            continue;
        }
        if (c1 == '!') {
            if (startsWithAt(m_pos, "<!--"))
                skipPast(QStringLiteral("-->"), m_pos + 2);
            else if (startsWithAt(m_pos, "<![CDATA["))
                skipPast(QStringLiteral("]]>"), m_pos + 9);
            else
                skipPast(QStringLiteral(">"), m_pos + 2); // doctype and the like
            continue;
        }
        if (c1 == '?') {
            skipPast(QStringLiteral(">"), m_pos + 2);
            continue;
        }
        makeText(t, m_pos, m_pos + 1); // a literal '<'
        ++m_pos;
        return true;
    }
    return false;
}

bool HtmlTokenizer::startsWithAt(qtsize i, const char *literal) const
{
    return QStringView(m_s).mid(i).startsWith(QLatin1String(literal), Qt::CaseInsensitive);
}

void HtmlTokenizer::skipPast(const QString &terminator, qtsize from)
{
    const qtsize end = m_s.indexOf(terminator, std::min(from, m_n));
    m_pos = end < 0 ? m_n : end + terminator.size();
}

void HtmlTokenizer::makeText(Token &t, qtsize begin, qtsize end)
{
    t = Token();
    t.type = Token::Text;
    t.text = HtmlEntities::decode(m_s, begin, end);
}

qtsize HtmlTokenizer::readName(qtsize i, QString *name) const
{
    const qtsize start = i;
    while (i < m_n) {
        const ushort u = m_s.at(i).unicode();
        if (isSpace(u) || u == '/' || u == '>')
            break;
        ++i;
    }
    *name = m_s.mid(start, i - start).toLower();
    return i;
}

bool HtmlTokenizer::readStartTag(Token &t)
{
    t = Token();
    t.type = Token::StartTag;
    qtsize i = readName(m_pos + 1, &t.name);
    for (;;) {
        while (i < m_n && (isSpace(m_s.at(i).unicode()) || m_s.at(i).unicode() == '/')) {
            t.selfClosing = m_s.at(i).unicode() == '/';
            ++i;
        }
        if (i >= m_n) {
            m_pos = m_n;
            return false;
        }
        if (m_s.at(i).unicode() == '>') {
            ++i;
            break;
        }
        t.selfClosing = false;
        Attribute attribute;
        const qtsize nameStart = i;
        ++i; // a first '=' belongs to the name
        while (i < m_n) {
            const ushort u = m_s.at(i).unicode();
            if (isSpace(u) || u == '/' || u == '>' || u == '=')
                break;
            ++i;
        }
        attribute.name = m_s.mid(nameStart, i - nameStart).toLower();
        qtsize j = i;
        while (j < m_n && isSpace(m_s.at(j).unicode()))
            ++j;
        if (j < m_n && m_s.at(j).unicode() == '=') {
            ++j;
            while (j < m_n && isSpace(m_s.at(j).unicode()))
                ++j;
            const ushort q = at(j);
            if (q == '"' || q == '\'') {
                const qtsize close = m_s.indexOf(QChar(q), j + 1);
                if (close < 0) {
                    m_pos = m_n;
                    return false;
                }
                attribute.value = HtmlEntities::decode(m_s, j + 1, close, HtmlEntities::Context::Attribute);
                i = close + 1;
            } else {
                qtsize k = j;
                while (k < m_n && !isSpace(m_s.at(k).unicode()) && m_s.at(k).unicode() != '>')
                    ++k;
                attribute.value = HtmlEntities::decode(m_s, j, k, HtmlEntities::Context::Attribute);
                i = k;
            }
        }
        t.attributes.append(attribute);
    }
    m_pos = i;
    const TagInfo info = tagInfo(t.name);
    if (info.flags & (RawText | Rcdata)) {
        // As in browsers, "<script/>" still opens a script that runs to "</script>".
        m_rawState = RawTextPending;
        m_rawTag = t.name;
        m_rawDecode = info.flags & Rcdata;
    }
    return true;
}

void HtmlTokenizer::readEndTag(Token &t)
{
    t = Token();
    t.type = Token::EndTag;
    const qtsize i = readName(m_pos + 2, &t.name);
    const qtsize gt = m_s.indexOf(QLatin1Char('>'), i);
    m_pos = gt < 0 ? m_n : gt + 1;
}

bool HtmlTokenizer::readRawText(Token &t)
{
    const QString needle = QStringLiteral("</") + m_rawTag;
    qtsize end = m_n;
    qtsize from = m_pos;
    if (m_rawTag != QLatin1String("plaintext")) {
        for (;;) {
            const qtsize found = m_s.indexOf(needle, from, Qt::CaseInsensitive);
            if (found < 0)
                break;
            const ushort after = at(found + needle.size());
            if (after == 0 || after == '>' || after == '/' || isSpace(after)) {
                end = found;
                break;
            }
            from = found + 1;
        }
    }
    const qtsize begin = m_pos;
    if (end < m_n) {
        const qtsize gt = m_s.indexOf(QLatin1Char('>'), end);
        m_pos = gt < 0 ? m_n : gt + 1;
    } else {
        m_pos = m_n; // unclosed: everything to the end belongs to it
    }
    m_rawState = RawEndPending;
    t = Token();
    t.type = Token::Text;
    t.raw = true;
    t.text = m_rawDecode ? HtmlEntities::decode(m_s, begin, end) : m_s.mid(begin, end - begin);
    return true;
}

} // namespace Revmark
