// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/htmlextractor.h"

#include "import/importer.h"
#include "model/qtcompat.h"
#include "import/textdecoder.h"

#include <QHash>
#include <QStringList>
#include <QVector>

#include <algorithm>
#include <array>

namespace Revmark {

namespace {

// ---------------------------------------------------------------------------------------------
// Entities

// HTML 4 names U+00A0..U+00FF in code point order, so the table needs no values.
const char *const latin1EntityNames[96] = {
    "nbsp", "iexcl", "cent", "pound", "curren", "yen", "brvbar", "sect", "uml", "copy", "ordf",
    "laquo", "not", "shy", "reg", "macr", "deg", "plusmn", "sup2", "sup3", "acute", "micro", "para",
    "middot", "cedil", "sup1", "ordm", "raquo", "frac14", "frac12", "frac34", "iquest", "Agrave",
    "Aacute", "Acirc", "Atilde", "Auml", "Aring", "AElig", "Ccedil", "Egrave", "Eacute", "Ecirc",
    "Euml", "Igrave", "Iacute", "Icirc", "Iuml", "ETH", "Ntilde", "Ograve", "Oacute", "Ocirc",
    "Otilde", "Ouml", "times", "Oslash", "Ugrave", "Uacute", "Ucirc", "Uuml", "Yacute", "THORN",
    "szlig", "agrave", "aacute", "acirc", "atilde", "auml", "aring", "aelig", "ccedil", "egrave",
    "eacute", "ecirc", "euml", "igrave", "iacute", "icirc", "iuml", "eth", "ntilde", "ograve",
    "oacute", "ocirc", "otilde", "ouml", "divide", "oslash", "ugrave", "uacute", "ucirc", "uuml",
    "yacute", "thorn", "yuml",
};

struct NamedEntity
{
    const char *name;
    char16_t codePoint;
};

// The rest of HTML 4 (special and symbol sets) plus &apos;. lang/rang use the HTML 5 code
// points: HTML 4's U+2329/U+232A are canonically equivalent to CJK brackets and would be
// changed by NFC.
const NamedEntity namedEntities[] = {
    {"quot", 0x0022}, {"amp", 0x0026}, {"lt", 0x003C}, {"gt", 0x003E},
    {"OElig", 0x0152}, {"oelig", 0x0153}, {"Scaron", 0x0160}, {"scaron", 0x0161},
    {"Yuml", 0x0178}, {"circ", 0x02C6}, {"tilde", 0x02DC}, {"ensp", 0x2002},
    {"emsp", 0x2003}, {"thinsp", 0x2009}, {"zwnj", 0x200C}, {"zwj", 0x200D},
    {"lrm", 0x200E}, {"rlm", 0x200F}, {"ndash", 0x2013}, {"mdash", 0x2014},
    {"lsquo", 0x2018}, {"rsquo", 0x2019}, {"sbquo", 0x201A}, {"ldquo", 0x201C},
    {"rdquo", 0x201D}, {"bdquo", 0x201E}, {"dagger", 0x2020}, {"Dagger", 0x2021},
    {"permil", 0x2030}, {"lsaquo", 0x2039}, {"rsaquo", 0x203A}, {"euro", 0x20AC},
    {"fnof", 0x0192}, {"Alpha", 0x0391}, {"Beta", 0x0392}, {"Gamma", 0x0393},
    {"Delta", 0x0394}, {"Epsilon", 0x0395}, {"Zeta", 0x0396}, {"Eta", 0x0397},
    {"Theta", 0x0398}, {"Iota", 0x0399}, {"Kappa", 0x039A}, {"Lambda", 0x039B},
    {"Mu", 0x039C}, {"Nu", 0x039D}, {"Xi", 0x039E}, {"Omicron", 0x039F},
    {"Pi", 0x03A0}, {"Rho", 0x03A1}, {"Sigma", 0x03A3}, {"Tau", 0x03A4},
    {"Upsilon", 0x03A5}, {"Phi", 0x03A6}, {"Chi", 0x03A7}, {"Psi", 0x03A8},
    {"Omega", 0x03A9}, {"alpha", 0x03B1}, {"beta", 0x03B2}, {"gamma", 0x03B3},
    {"delta", 0x03B4}, {"epsilon", 0x03B5}, {"zeta", 0x03B6}, {"eta", 0x03B7},
    {"theta", 0x03B8}, {"iota", 0x03B9}, {"kappa", 0x03BA}, {"lambda", 0x03BB},
    {"mu", 0x03BC}, {"nu", 0x03BD}, {"xi", 0x03BE}, {"omicron", 0x03BF},
    {"pi", 0x03C0}, {"rho", 0x03C1}, {"sigmaf", 0x03C2}, {"sigma", 0x03C3},
    {"tau", 0x03C4}, {"upsilon", 0x03C5}, {"phi", 0x03C6}, {"chi", 0x03C7},
    {"psi", 0x03C8}, {"omega", 0x03C9}, {"thetasym", 0x03D1}, {"upsih", 0x03D2},
    {"piv", 0x03D6}, {"bull", 0x2022}, {"hellip", 0x2026}, {"prime", 0x2032},
    {"Prime", 0x2033}, {"oline", 0x203E}, {"frasl", 0x2044}, {"weierp", 0x2118},
    {"image", 0x2111}, {"real", 0x211C}, {"trade", 0x2122}, {"alefsym", 0x2135},
    {"larr", 0x2190}, {"uarr", 0x2191}, {"rarr", 0x2192}, {"darr", 0x2193},
    {"harr", 0x2194}, {"crarr", 0x21B5}, {"lArr", 0x21D0}, {"uArr", 0x21D1},
    {"rArr", 0x21D2}, {"dArr", 0x21D3}, {"hArr", 0x21D4}, {"forall", 0x2200},
    {"part", 0x2202}, {"exist", 0x2203}, {"empty", 0x2205}, {"nabla", 0x2207},
    {"isin", 0x2208}, {"notin", 0x2209}, {"ni", 0x220B}, {"prod", 0x220F},
    {"sum", 0x2211}, {"minus", 0x2212}, {"lowast", 0x2217}, {"radic", 0x221A},
    {"prop", 0x221D}, {"infin", 0x221E}, {"ang", 0x2220}, {"and", 0x2227},
    {"or", 0x2228}, {"cap", 0x2229}, {"cup", 0x222A}, {"int", 0x222B},
    {"there4", 0x2234}, {"sim", 0x223C}, {"cong", 0x2245}, {"asymp", 0x2248},
    {"ne", 0x2260}, {"equiv", 0x2261}, {"le", 0x2264}, {"ge", 0x2265},
    {"sub", 0x2282}, {"sup", 0x2283}, {"nsub", 0x2284}, {"sube", 0x2286},
    {"supe", 0x2287}, {"oplus", 0x2295}, {"otimes", 0x2297}, {"perp", 0x22A5},
    {"sdot", 0x22C5}, {"lceil", 0x2308}, {"rceil", 0x2309}, {"lfloor", 0x230A},
    {"rfloor", 0x230B}, {"lang", 0x27E8}, {"rang", 0x27E9}, {"loz", 0x25CA},
    {"spades", 0x2660}, {"clubs", 0x2663}, {"hearts", 0x2665}, {"diams", 0x2666},
    {"apos", 0x0027},
};

const QHash<QString, char16_t> &entityTable()
{
    static const QHash<QString, char16_t> table = [] {
        QHash<QString, char16_t> t;
        for (int i = 0; i < 96; ++i)
            t.insert(QLatin1String(latin1EntityNames[i]), char16_t(0xA0 + i));
        for (const NamedEntity &e : namedEntities)
            t.insert(QLatin1String(e.name), e.codePoint);
        return t;
    }();
    return table;
}

// Longer than any name in the table; a cap keeps "&aaaa…" from being scanned more than once.
constexpr int MaxEntityNameLength = 32;

void appendCodePoint(QString &out, uint cp)
{
    if (cp > 0xFFFF) {
        out += QChar(QChar::highSurrogate(cp));
        out += QChar(QChar::lowSurrogate(cp));
    } else {
        out += QChar(ushort(cp));
    }
}

bool isAsciiAlnum(ushort u)
{
    return (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
}

int hexValue(ushort u)
{
    if (u >= '0' && u <= '9')
        return u - '0';
    if (u >= 'a' && u <= 'f')
        return u - 'a' + 10;
    if (u >= 'A' && u <= 'F')
        return u - 'A' + 10;
    return -1;
}

// Decodes the entity at s[i] == '&' into out; returns the number of characters it used, or 0
// when there is no entity (the '&' is then literal).
qtsize decodeEntityAt(const QString &s, qtsize i, qtsize end, QString &out)
{
    qtsize j = i + 1;
    if (j < end && s.at(j).unicode() == '#') {
        ++j;
        const bool hex = j < end && (s.at(j).unicode() == 'x' || s.at(j).unicode() == 'X');
        if (hex)
            ++j;
        const qtsize digitsStart = j;
        uint value = 0;
        for (; j < end; ++j) {
            const ushort u = s.at(j).unicode();
            const int digit = hex ? hexValue(u) : (u >= '0' && u <= '9' ? u - '0' : -1);
            if (digit < 0)
                break;
            value = std::min<uint>(value * (hex ? 16 : 10) + uint(digit), 0x110000);
        }
        if (j == digitsStart)
            return 0;
        if (j < end && s.at(j).unicode() == ';')
            ++j;
        if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
            out += QChar(QChar::ReplacementCharacter);
        else if (value >= 0x80 && value <= 0x9F)
            out += TextDecoder::fromWindows1252(uchar(value)); // what browsers do with &#150;
        else
            appendCodePoint(out, value);
        return j - i;
    }
    while (j < end && j - i <= MaxEntityNameLength && isAsciiAlnum(s.at(j).unicode()))
        ++j;
    if (j == i + 1 || j >= end || s.at(j).unicode() != ';')
        return 0;
    const auto &table = entityTable();
    const auto it = table.constFind(s.mid(i + 1, j - i - 1));
    if (it == table.constEnd())
        return 0;
    out += QChar(it.value());
    return j + 1 - i;
}

QString decodeRange(const QString &s, qtsize begin, qtsize end)
{
    // Not indexOf(): that would search past end, making many small ranges quadratic.
    qtsize firstAmp = begin;
    while (firstAmp < end && s.at(firstAmp).unicode() != '&')
        ++firstAmp;
    if (firstAmp >= end)
        return s.mid(begin, end - begin);
    QString out;
    out.reserve(end - begin);
    out += s.mid(begin, firstAmp - begin);
    qtsize i = firstAmp;
    while (i < end) {
        const QChar c = s.at(i);
        if (c.unicode() == '&') {
            const qtsize used = decodeEntityAt(s, i, end, out);
            if (used > 0) {
                i += used;
                continue;
            }
        }
        out += c;
        ++i;
    }
    return out;
}

// ---------------------------------------------------------------------------------------------
// Tags

enum class Tag {
    Other, Html, Head, Body, Title, Meta, Article, Main, P, Li, Ul, Ol, Menu, Dl, Dt, Dd, Table,
    Tr, Td, Th, Br, Hr, Pre, H1, Heading, Header, Footer, Svg, Math, Div, Address, Button,
    Caption, Template, Object,
};

enum TagFlag : unsigned {
    Void = 1u << 0,     // never has content or an end tag
    Block = 1u << 1,    // a paragraph break before and after
    Skip = 1u << 2,     // its content is not article text
    RawText = 1u << 3,  // content is not markup (script, style)
    Rcdata = 1u << 4,   // like RawText, but entities are decoded (title, textarea)
    ClosesP = 1u << 5,  // its start tag ends an open <p>
};

struct TagInfo
{
    Tag id = Tag::Other;
    unsigned flags = 0;
};

const QHash<QString, TagInfo> &tagTable()
{
    static const QHash<QString, TagInfo> table = [] {
        QHash<QString, TagInfo> t;
        const auto add = [&t](const char *name, Tag id, unsigned flags) {
            t.insert(QLatin1String(name), TagInfo{id, flags});
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

TagInfo tagInfo(const QString &name)
{
    return tagTable().value(name);
}

// ---------------------------------------------------------------------------------------------
// Tokenizer

struct Attribute
{
    QString name;
    QString value;
};

struct Token
{
    enum Type { Text, StartTag, EndTag };
    Type type = Text;
    QString name; // lower case
    QVector<Attribute> attributes;
    bool selfClosing = false;
    bool raw = false; // text of a raw text or RCDATA element
    QString text;

    QString attribute(const char *attributeName) const
    {
        for (const Attribute &a : attributes) {
            if (a.name == QLatin1String(attributeName))
                return a.value;
        }
        return QString();
    }
    bool hasAttribute(const char *attributeName) const
    {
        return std::any_of(attributes.cbegin(), attributes.cend(), [attributeName](const Attribute &a) {
            return a.name == QLatin1String(attributeName);
        });
    }
};

bool isHtmlSpace(ushort u)
{
    return u == ' ' || u == '\t' || u == '\n' || u == '\r' || u == '\f';
}

bool isAsciiLetter(ushort u)
{
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
}

// Splits HTML into text and tags the way browsers do, minus error recovery we do not need.
// Every step moves forward through the input, and no construct is searched for twice, so the
// whole run is linear.
class Tokenizer
{
public:
    explicit Tokenizer(const QString &html)
        : m_s(html)
        , m_n(html.size())
    {
    }

    bool next(Token &t)
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

private:
    enum RawState { NoRaw, RawTextPending, RawEndPending };

    ushort at(qtsize i) const { return i < m_n ? m_s.at(i).unicode() : 0; }

    bool startsWithAt(qtsize i, const char *literal) const
    {
        return QStringView(m_s).mid(i).startsWith(QLatin1String(literal), Qt::CaseInsensitive);
    }

    void skipPast(const QString &terminator, qtsize from)
    {
        const qtsize end = m_s.indexOf(terminator, std::min(from, m_n));
        m_pos = end < 0 ? m_n : end + terminator.size();
    }

    void makeText(Token &t, qtsize begin, qtsize end)
    {
        t = Token();
        t.type = Token::Text;
        t.text = decodeRange(m_s, begin, end);
    }

    qtsize readName(qtsize i, QString *name) const
    {
        const qtsize start = i;
        while (i < m_n) {
            const ushort u = m_s.at(i).unicode();
            if (isHtmlSpace(u) || u == '/' || u == '>')
                break;
            ++i;
        }
        *name = m_s.mid(start, i - start).toLower();
        return i;
    }

    bool readStartTag(Token &t)
    {
        t = Token();
        t.type = Token::StartTag;
        qtsize i = readName(m_pos + 1, &t.name);
        for (;;) {
            while (i < m_n && (isHtmlSpace(m_s.at(i).unicode()) || m_s.at(i).unicode() == '/')) {
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
                if (isHtmlSpace(u) || u == '/' || u == '>' || u == '=')
                    break;
                ++i;
            }
            attribute.name = m_s.mid(nameStart, i - nameStart).toLower();
            qtsize j = i;
            while (j < m_n && isHtmlSpace(m_s.at(j).unicode()))
                ++j;
            if (j < m_n && m_s.at(j).unicode() == '=') {
                ++j;
                while (j < m_n && isHtmlSpace(m_s.at(j).unicode()))
                    ++j;
                const ushort q = at(j);
                if (q == '"' || q == '\'') {
                    const qtsize close = m_s.indexOf(QChar(q), j + 1);
                    if (close < 0) {
                        m_pos = m_n;
                        return false;
                    }
                    attribute.value = decodeRange(m_s, j + 1, close);
                    i = close + 1;
                } else {
                    qtsize k = j;
                    while (k < m_n && !isHtmlSpace(m_s.at(k).unicode()) && m_s.at(k).unicode() != '>')
                        ++k;
                    attribute.value = decodeRange(m_s, j, k);
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

    void readEndTag(Token &t)
    {
        t = Token();
        t.type = Token::EndTag;
        const qtsize i = readName(m_pos + 2, &t.name);
        const qtsize gt = m_s.indexOf(QLatin1Char('>'), i);
        m_pos = gt < 0 ? m_n : gt + 1;
    }

    bool readRawText(Token &t)
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
                if (after == 0 || after == '>' || after == '/' || isHtmlSpace(after)) {
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
        t.text = m_rawDecode ? decodeRange(m_s, begin, end) : m_s.mid(begin, end - begin);
        return true;
    }

    const QString &m_s;
    const qtsize m_n;
    qtsize m_pos = 0;
    RawState m_rawState = NoRaw;
    QString m_rawTag;
    bool m_rawDecode = false;
};

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
                toSinks([](TextSink &s) { s.blockBreak(1); });
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

QString HtmlExtractor::decodeEntities(const QString &text)
{
    return decodeRange(text, 0, text.size());
}

} // namespace Revmark
