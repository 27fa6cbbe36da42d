// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/markdownextractor.h"

#include "import/htmlentities.h"
#include "import/htmlextractor.h"
#include "import/importer.h"
#include "model/logging.h"
#include "model/qtcompat.h"

#include <QRegularExpression>
#include <QStringList>
#include <QVector>

#include <md4c.h>

#include <algorithm>

namespace Revmark {

namespace {

// md4c (CommonMark 0.30 plus GitHub's tables and strikethrough) does the parsing; this file
// only turns its events into review text. Not QTextDocument::setMarkdown: that differs between
// Qt versions, keeps no control over what survives, and would resolve images.

struct Block
{
    enum Kind { Paragraph, Heading, Code, Html, Table, ListItem };
    Kind kind = Paragraph;
    QString text;
    bool tight = false; // joined to the previous block by one newline, not a blank line
};

struct List
{
    bool ordered = false;
    qint64 next = 1; // 64 bits: counting on from a start of 999999999 must not overflow
    QChar delimiter;
};

// Raw HTML elements whose content is never text, when they appear inline in a paragraph.
bool isHiddenInlineElement(const QString &name)
{
    for (const char *hidden : {"script", "style", "noscript", "template", "textarea", "iframe", "svg", "math"}) {
        if (name == QLatin1String(hidden))
            return true;
    }
    return false;
}

// The lower-case name of the raw HTML tag in html ("<b class=x>", "</b>"), and whether it is an
// end tag; empty for comments, declarations and processing instructions.
QString tagName(const QString &html, bool *endTag)
{
    qtsize i = 1;
    *endTag = html.size() > 1 && html.at(1).unicode() == '/';
    if (*endTag)
        ++i;
    const qtsize start = i;
    while (i < html.size() && (html.at(i).isLetterOrNumber() || html.at(i).unicode() == '-'))
        ++i;
    return html.mid(start, i - start).toLower();
}

class Converter
{
public:
    QVector<Block> run(const QString &markdown)
    {
        const QByteArray utf8 = markdown.toUtf8();
        MD_PARSER parser{};
        parser.abi_version = 0;
        parser.flags = MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH;
        parser.enter_block = [](MD_BLOCKTYPE type, void *detail, void *self) {
            static_cast<Converter *>(self)->enterBlock(type, detail);
            return 0;
        };
        parser.leave_block = [](MD_BLOCKTYPE type, void *, void *self) {
            static_cast<Converter *>(self)->leaveBlock(type);
            return 0;
        };
        parser.enter_span = [](MD_SPANTYPE type, void *, void *self) {
            static_cast<Converter *>(self)->enterSpan(type);
            return 0;
        };
        parser.leave_span = [](MD_SPANTYPE type, void *, void *self) {
            static_cast<Converter *>(self)->leaveSpan(type);
            return 0;
        };
        parser.text = [](MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size, void *self) {
            static_cast<Converter *>(self)->onText(type, QString::fromUtf8(text, int(size)));
            return 0;
        };
        if (md_parse(utf8.constData(), MD_SIZE(utf8.size()), &parser, this) != 0)
            qCWarning(lcImport) << "md4c could not parse the Markdown (out of memory?)";
        finishLeaf();
        return m_blocks;
    }

private:
    void enterBlock(MD_BLOCKTYPE type, void *detail)
    {
        switch (type) {
        case MD_BLOCK_UL:
        case MD_BLOCK_OL: {
            finishLeaf();
            List list;
            list.ordered = type == MD_BLOCK_OL;
            if (list.ordered) {
                const auto *ol = static_cast<const MD_BLOCK_OL_DETAIL *>(detail);
                list.next = ol->start;
                list.delimiter = QLatin1Char(ol->mark_delimiter);
            }
            m_lists.append(list);
            break;
        }
        case MD_BLOCK_LI: {
            finishLeaf();
            if (m_lists.isEmpty())
                m_lists.append(List()); // md4c always opens a list first; never trust that blindly
            List &list = m_lists.back();
            m_itemPrefix = list.ordered ? QString::number(list.next++) + list.delimiter + QLatin1Char(' ')
                                        : QStringLiteral("\u2022 ");
            break;
        }
        case MD_BLOCK_P:
            startLeaf(Block::Paragraph);
            break;
        case MD_BLOCK_H:
            startLeaf(Block::Heading);
            break;
        case MD_BLOCK_CODE:
            startLeaf(Block::Code);
            break;
        case MD_BLOCK_HTML:
            startLeaf(Block::Html);
            break;
        case MD_BLOCK_TABLE:
            startLeaf(Block::Table);
            m_rows.clear();
            break;
        case MD_BLOCK_TR:
            m_cells.clear();
            break;
        case MD_BLOCK_TH:
        case MD_BLOCK_TD:
            m_cell.clear();
            m_inCell = true;
            break;
        case MD_BLOCK_THEAD:
        case MD_BLOCK_TBODY:
            break;
        default: // document, quote, thematic break
            finishLeaf();
            break;
        }
    }

    void leaveBlock(MD_BLOCKTYPE type)
    {
        switch (type) {
        case MD_BLOCK_UL:
        case MD_BLOCK_OL:
            finishLeaf();
            m_lists.removeLast();
            if (m_lists.isEmpty())
                m_lastInList = false; // the next list starts after a blank line
            break;
        case MD_BLOCK_LI:
            finishLeaf();
            m_itemPrefix.clear(); // an empty item leaves no line of its own
            break;
        case MD_BLOCK_TH:
        case MD_BLOCK_TD:
            m_cells.append(m_cell.simplified());
            m_inCell = false;
            break;
        case MD_BLOCK_TR:
            m_rows.append(m_cells.join(QLatin1String(" | ")));
            break;
        case MD_BLOCK_TABLE:
            m_leaf = m_rows.join(QLatin1Char('\n'));
            finishLeaf();
            break;
        case MD_BLOCK_P:
        case MD_BLOCK_H:
        case MD_BLOCK_CODE:
        case MD_BLOCK_HTML:
            finishLeaf();
            break;
        default:
            break;
        }
    }

    void enterSpan(MD_SPANTYPE type)
    {
        if (type == MD_SPAN_IMG)
            ++m_imageDepth; // images are dropped with their alt text
        else if (type == MD_SPAN_CODE)
            m_inCodeSpan = true;
    }

    void leaveSpan(MD_SPANTYPE type)
    {
        if (type == MD_SPAN_IMG && --m_imageDepth == 0)
            m_dropSpace = m_leaf.isEmpty() || m_leaf.back().unicode() == ' '; // "an ![x](y) image"
        else if (type == MD_SPAN_CODE)
            m_inCodeSpan = false;
    }

    void onText(MD_TEXTTYPE type, const QString &text)
    {
        if (m_leafOpen && m_leafKind == Block::Html) {
            m_leaf += text; // the whole block goes through HtmlExtractor at its end
            return;
        }
        switch (type) {
        case MD_TEXT_NULLCHAR:
            append(QString(QChar(QChar::ReplacementCharacter)));
            break;
        case MD_TEXT_BR:
            if (!m_imageDepth && m_hiddenElement.isEmpty())
                lineBreak();
            break;
        case MD_TEXT_SOFTBR:
            append(QStringLiteral(" "));
            break;
        case MD_TEXT_ENTITY: {
            const QString decoded = HtmlEntities::decodeReference(text);
            append(decoded.isNull() ? text : decoded);
            break;
        }
        case MD_TEXT_CODE:
            append(m_inCodeSpan ? QString(text).replace(QLatin1Char('\n'), QLatin1Char(' ')) : text);
            break;
        case MD_TEXT_HTML:
            inlineHtml(text);
            break;
        default:
            append(text);
            break;
        }
    }

    // A tag inside a paragraph: dropped, but "<br>" still breaks the line and the content of
    // "<script>" and the like is not text.
    void inlineHtml(const QString &html)
    {
        bool endTag = false;
        const QString name = tagName(html, &endTag);
        if (!m_hiddenElement.isEmpty()) {
            if (endTag && name == m_hiddenElement) {
                m_hiddenElement.clear();
                m_dropSpace = m_leaf.isEmpty() || m_leaf.back().unicode() == ' ';
            }
            return;
        }
        if (!endTag && isHiddenInlineElement(name) && !html.endsWith(QLatin1String("/>")))
            m_hiddenElement = name;
        else if (name == QLatin1String("br") && !m_imageDepth)
            lineBreak();
    }

    void lineBreak()
    {
        if (m_inCell)
            return append(QStringLiteral(" "));
        ensureLeaf();
        while (m_leaf.endsWith(QLatin1Char(' ')))
            m_leaf.chop(1);
        m_leaf += QLatin1Char('\n');
        m_dropSpace = true;
    }

    void append(QString text)
    {
        if (m_imageDepth > 0 || !m_hiddenElement.isEmpty() || text.isEmpty())
            return;
        if (m_inCell) {
            m_cell += text;
            return;
        }
        ensureLeaf();
        if (m_dropSpace && text.startsWith(QLatin1Char(' ')))
            text.remove(0, 1);
        m_dropSpace = false;
        m_leaf += text;
    }

    // Text straight inside a list item (a tight list has no paragraphs) makes a leaf of its own.
    void ensureLeaf()
    {
        if (!m_leafOpen)
            startLeaf(Block::ListItem);
    }

    void startLeaf(Block::Kind kind)
    {
        finishLeaf();
        m_leafOpen = true;
        m_leafKind = kind;
        m_leaf.clear();
        m_dropSpace = false;
        m_hiddenElement.clear();
    }

    void finishLeaf()
    {
        if (!m_leafOpen)
            return;
        m_leafOpen = false;
        QString text;
        switch (m_leafKind) {
        case Block::Code:
            text = m_leaf;
            while (text.endsWith(QLatin1Char('\n')))
                text.chop(1); // an unclosed fence in a list item ends with the item's blank lines
            break;
        case Block::Html:
            // HtmlExtractor drops script, style, comments and page furniture.
            text = HtmlExtractor::extract(m_leaf).text;
            break;
        default:
            text = m_leaf.trimmed();
            break;
        }
        m_leaf.clear();
        if (text.trimmed().isEmpty())
            return; // an item whose first block is empty keeps its marker for the next one
        Block block;
        block.kind = m_leafKind;
        const bool inList = !m_lists.isEmpty();
        if (!m_itemPrefix.isEmpty()) {
            text.prepend(m_itemPrefix);
            m_itemPrefix.clear();
            if (block.kind == Block::Paragraph)
                block.kind = Block::ListItem;
        }
        // Inside a list every block only starts a new line, so the items stay one per line.
        block.tight = inList && m_lastInList;
        block.text = text;
        m_blocks.append(block);
        m_lastInList = inList;
    }

    QVector<Block> m_blocks;
    QVector<List> m_lists;
    QString m_itemPrefix; // for the first block of the current list item
    bool m_lastInList = false;

    bool m_leafOpen = false;
    Block::Kind m_leafKind = Block::Paragraph;
    QString m_leaf;
    bool m_dropSpace = false;
    QString m_hiddenElement; // inside "<script>…" in a paragraph
    int m_imageDepth = 0;
    bool m_inCodeSpan = false;

    QStringList m_rows;
    QStringList m_cells;
    QString m_cell;
    bool m_inCell = false;
};

// ---------------------------------------------------------------------------------------------
// Front matter

QString unquoted(QString value)
{
    value = value.trimmed();
    if (value.startsWith(QLatin1Char('[')) && value.endsWith(QLatin1Char(']')))
        value = value.mid(1, value.size() - 2).section(QLatin1Char(','), 0, 0).trimmed();
    if (value.size() >= 2
        && ((value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')))
            || (value.startsWith(QLatin1Char('\'')) && value.endsWith(QLatin1Char('\''))))) {
        value = value.mid(1, value.size() - 2);
    }
    return value.trimmed();
}

struct FrontMatter
{
    QString title;
    QString author;
    QString outlet;
    qtsize bodyStart = 0; // where the Markdown after it begins
};

// YAML ("---" … "---" or "...") or TOML ("+++" … "+++") key-value lines at the very top.
FrontMatter frontMatter(const QString &markdown)
{
    FrontMatter fm;
    const QStringList lines = markdown.left(200000).split(QLatin1Char('\n'));
    const QString open = lines.isEmpty() ? QString() : lines.first().trimmed();
    const bool toml = open == QLatin1String("+++");
    if (lines.size() < 3 || (open != QLatin1String("---") && !toml))
        return fm;
    static const QRegularExpression yamlKey(QStringLiteral("^([A-Za-z0-9_-]+)\\s*:(.*)$"));
    static const QRegularExpression tomlKey(QStringLiteral("^([A-Za-z0-9_-]+)\\s*=(.*)$"));
    const QRegularExpression &keyValue = toml ? tomlKey : yamlKey;
    int close = -1;
    bool sawKey = false;
    for (int i = 1; i < lines.size() && i < 500; ++i) {
        const QString &l = lines.at(i);
        const QString t = l.trimmed();
        if (t == open || (!toml && t == QLatin1String("..."))) {
            close = i;
            break;
        }
        if (t.isEmpty() || t.startsWith(QLatin1Char('#')) || l.at(0).isSpace() || t.startsWith(QLatin1String("- "))
            || (toml && t.startsWith(QLatin1Char('['))))
            continue;
        if (!keyValue.match(l).hasMatch())
            return fm;
        sawKey = true;
    }
    if (close < 0 || !sawKey)
        return fm;
    QString lastKey;
    for (int i = 1; i < close; ++i) {
        const QString &l = lines.at(i);
        const auto m = keyValue.match(l);
        QString key;
        QString value;
        if (m.hasMatch()) {
            key = m.captured(1).toLower();
            value = unquoted(m.captured(2));
            lastKey = key;
        } else if (!toml && l.trimmed().startsWith(QLatin1String("- "))) {
            key = lastKey; // the first entry of a YAML list
            value = unquoted(l.trimmed().mid(2));
        }
        if (value.isEmpty())
            continue;
        if (key == QLatin1String("title") && fm.title.isEmpty())
            fm.title = value;
        else if ((key == QLatin1String("author") || key == QLatin1String("authors")) && fm.author.isEmpty())
            fm.author = value;
        else if ((key == QLatin1String("outlet") || key == QLatin1String("publication")) && fm.outlet.isEmpty())
            fm.outlet = value;
    }
    for (int i = 0; i <= close; ++i)
        fm.bodyStart += lines.at(i).size() + 1;
    fm.bodyStart = std::min(fm.bodyStart, markdown.size());
    return fm;
}

QString bylineAuthor(const QVector<Block> &blocks)
{
    int paragraphs = 0;
    for (const Block &b : blocks) {
        if (b.kind == Block::Heading)
            continue;
        if (b.kind != Block::Paragraph || ++paragraphs > 3)
            break;
        const QStringList lines = b.text.split(QLatin1Char('\n'));
        for (const QString &l : lines) {
            const QString name = Importer::bylineName(l);
            if (!name.isEmpty())
                return name;
        }
    }
    return QString();
}

} // namespace

ExtractedMarkdown MarkdownExtractor::extract(const QString &markdown)
{
    QString source = markdown;
    source.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    source.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    const FrontMatter fm = frontMatter(source);
    const QVector<Block> blocks = Converter().run(source.mid(fm.bodyStart));

    ExtractedMarkdown r;
    for (const Block &b : blocks) {
        if (!r.text.isEmpty())
            r.text += b.tight ? QLatin1String("\n") : QLatin1String("\n\n");
        r.text += b.text;
    }
    r.title = fm.title;
    if (r.title.isEmpty()) {
        for (const Block &b : blocks) {
            if (b.kind == Block::Heading) {
                r.title = b.text;
                break;
            }
        }
    }
    r.author = fm.author.isEmpty() ? bylineAuthor(blocks) : fm.author;
    r.outlet = fm.outlet;
    r.title = r.title.simplified();
    r.author = r.author.simplified();
    r.outlet = r.outlet.simplified();
    qCDebug(lcImport).nospace() << "Markdown: " << blocks.size() << " blocks, "
                                << (fm.bodyStart > 0 ? "front matter read" : "no front matter") << ", title from the "
                                << (fm.title.isEmpty() ? "first heading" : "front matter");
    return r;
}

} // namespace Revmark
