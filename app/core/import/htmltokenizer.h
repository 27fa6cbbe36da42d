// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/qtcompat.h"

#include <QString>
#include <QVector>

namespace Revmark {

// Splits HTML into text and tags the way browsers do, minus error recovery HtmlExtractor does
// not need. Text and attribute values come with their character references decoded
// (HtmlEntities, with the HTML5 rules for each context). Comments, doctypes, CDATA and
// processing instructions produce nothing. The content of raw text elements (script, style,
// ...) and RCDATA elements (title, textarea) comes as one raw Text token, then their end tag.
// Every step moves forward through the input, and no construct is searched for twice, so the
// whole run is linear.
class HtmlTokenizer
{
public:
    // The elements HtmlExtractor treats specially; all others are Other.
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

    // HTML's ASCII whitespace.
    static bool isSpace(ushort u);

    // What HtmlExtractor knows about the element of that (lower case) name.
    static TagInfo tagInfo(const QString &name);

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

        QString attribute(const char *attributeName) const;
        bool hasAttribute(const char *attributeName) const;
    };

    // html must outlive the tokenizer.
    explicit HtmlTokenizer(const QString &html);

    // The next token into t; false at the end of the input.
    bool next(Token &t);

private:
    enum RawState { NoRaw, RawTextPending, RawEndPending };

    ushort at(qtsize i) const { return i < m_n ? m_s.at(i).unicode() : 0; }
    bool startsWithAt(qtsize i, const char *literal) const;
    void skipPast(const QString &terminator, qtsize from);
    void makeText(Token &t, qtsize begin, qtsize end);
    qtsize readName(qtsize i, QString *name) const;
    bool readStartTag(Token &t);
    void readEndTag(Token &t);
    bool readRawText(Token &t);

    const QString &m_s;
    const qtsize m_n;
    qtsize m_pos = 0;
    RawState m_rawState = NoRaw;
    QString m_rawTag;
    bool m_rawDecode = false;
};

} // namespace Revmark
