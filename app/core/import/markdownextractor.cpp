// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/markdownextractor.h"

#include "import/htmlextractor.h"
#include "import/importer.h"
#include "model/qtcompat.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <QVector>

#include <algorithm>
#include <utility>
#include <vector>

namespace Revmark {

namespace {

// Our own converter rather than QTextDocument::setMarkdown: that one differs between Qt 5 and
// Qt 6 (md4c versions), keeps no control over what survives, and would resolve images.

int indentWidth(const QString &line, qtsize *contentStart = nullptr)
{
    int width = 0;
    qtsize i = 0;
    for (; i < line.size(); ++i) {
        const ushort u = line.at(i).unicode();
        if (u == ' ')
            ++width;
        else if (u == '\t')
            width += 4 - width % 4;
        else
            break;
    }
    if (contentStart)
        *contentStart = i;
    return width;
}

bool isBlank(const QString &line)
{
    return line.trimmed().isEmpty();
}

// "---", "***", "___" with optional spaces between.
bool isThematicBreak(const QString &line)
{
    if (indentWidth(line) > 3)
        return false;
    QChar marker;
    int count = 0;
    for (const QChar c : line) {
        if (c.unicode() == ' ' || c.unicode() == '\t')
            continue;
        if (marker.isNull() && (c.unicode() == '-' || c.unicode() == '*' || c.unicode() == '_'))
            marker = c;
        if (c != marker)
            return false;
        ++count;
    }
    return count >= 3;
}

// '=' or '-' for a setext underline, else 0.
ushort setextLevelChar(const QString &line)
{
    if (indentWidth(line) > 3)
        return 0;
    const QString t = line.trimmed();
    if (t.isEmpty())
        return 0;
    const ushort c = t.at(0).unicode();
    if (c != '=' && c != '-')
        return 0;
    for (const QChar x : t) {
        if (x.unicode() != c)
            return 0;
    }
    return c;
}

bool atxHeading(const QString &line, QString *content)
{
    qtsize i = 0;
    if (indentWidth(line, &i) > 3)
        return false;
    int hashes = 0;
    while (i < line.size() && line.at(i).unicode() == '#') {
        ++hashes;
        ++i;
    }
    if (hashes < 1 || hashes > 6)
        return false;
    if (i < line.size() && line.at(i).unicode() != ' ' && line.at(i).unicode() != '\t')
        return false;
    QString text = line.mid(i).trimmed();
    // An optional closing run of '#', if it stands apart.
    qtsize end = text.size();
    while (end > 0 && text.at(end - 1).unicode() == '#')
        --end;
    if (end == 0)
        text.clear();
    else if (end < text.size() && (text.at(end - 1).unicode() == ' ' || text.at(end - 1).unicode() == '\t'))
        text = text.left(end).trimmed();
    *content = text;
    return true;
}

struct ListMarker
{
    bool ok = false;
    bool ordered = false;
    int number = 0;
    QString marker;  // "1." or "1)" for ordered lists
    int indent = 0;
    QString content;
};

ListMarker listMarker(const QString &line)
{
    ListMarker m;
    qtsize i = 0;
    m.indent = indentWidth(line, &i);
    if (i >= line.size())
        return m;
    const ushort c = line.at(i).unicode();
    qtsize after = 0;
    if (c == '-' || c == '*' || c == '+') {
        after = i + 1;
    } else if (c >= '0' && c <= '9') {
        qtsize j = i;
        while (j < line.size() && j - i < 9 && line.at(j).unicode() >= '0' && line.at(j).unicode() <= '9')
            ++j;
        if (j >= line.size() || (line.at(j).unicode() != '.' && line.at(j).unicode() != ')'))
            return m;
        m.ordered = true;
        m.number = line.mid(i, j - i).toInt();
        m.marker = line.mid(i, j - i + 1);
        after = j + 1;
    } else {
        return m;
    }
    if (after < line.size() && line.at(after).unicode() != ' ' && line.at(after).unicode() != '\t')
        return m;
    m.ok = true;
    m.content = line.mid(after).trimmed();
    return m;
}

// "[label]: destination" outside a paragraph.
bool referenceDefinition(const QString &line, QString *label)
{
    qtsize i = 0;
    if (indentWidth(line, &i) > 3 || i >= line.size() || line.at(i).unicode() != '[')
        return false;
    const qtsize close = line.indexOf(QLatin1String("]:"), i + 1);
    if (close < 0 || close == i + 1 || line.mid(i + 1, close - i - 1).contains(QLatin1Char(']')))
        return false;
    if (line.mid(close + 2).trimmed().isEmpty())
        return false;
    *label = line.mid(i + 1, close - i - 1).simplified().toLower();
    return true;
}

// Strips "> " quote markers; returns how many there were.
int stripQuote(QString *line)
{
    int level = 0;
    qtsize pos = 0; // copied once at the end: ">>>>…" must not cost a copy per marker
    for (;;) {
        qtsize i = pos;
        int width = 0;
        while (i < line->size() && line->at(i).unicode() == ' ' && width < 4) {
            ++i;
            ++width;
        }
        if (width > 3 || i >= line->size() || line->at(i).unicode() != '>')
            break;
        ++i;
        if (i < line->size() && line->at(i).unicode() == ' ')
            ++i;
        pos = i;
        ++level;
    }
    if (pos > 0)
        *line = line->mid(pos);
    return level;
}

bool isFence(const QString &line, ushort *fenceChar, int *fenceLength)
{
    qtsize i = 0;
    if (indentWidth(line, &i) > 3 || i >= line.size())
        return false;
    const ushort c = line.at(i).unicode();
    if (c != '`' && c != '~')
        return false;
    int n = 0;
    while (i < line.size() && line.at(i).unicode() == c) {
        ++n;
        ++i;
    }
    if (n < 3 || (c == '`' && line.mid(i).contains(QLatin1Char('`'))))
        return false;
    *fenceChar = c;
    *fenceLength = n;
    return true;
}

bool isClosingFence(const QString &line, ushort fenceChar, int fenceLength)
{
    qtsize i = 0;
    if (indentWidth(line, &i) > 3)
        return false;
    int n = 0;
    while (i < line.size() && line.at(i).unicode() == fenceChar) {
        ++n;
        ++i;
    }
    return n >= fenceLength && line.mid(i).trimmed().isEmpty();
}

// A GFM table delimiter row such as "|---|:--:|".
bool isTableDelimiterRow(const QString &line)
{
    const QString t = line.trimmed();
    if (!t.contains(QLatin1Char('-')) || !t.contains(QLatin1Char('|')))
        return false;
    return std::all_of(t.cbegin(), t.cend(), [](QChar c) {
        const ushort u = c.unicode();
        return u == '|' || u == '-' || u == ':' || u == ' ' || u == '\t';
    });
}

QString tableRow(const QString &line)
{
    QString t = line.trimmed();
    if (t.startsWith(QLatin1Char('|')))
        t.remove(0, 1);
    if (t.endsWith(QLatin1Char('|')) && !t.endsWith(QLatin1String("\\|")))
        t.chop(1);
    QStringList cells = t.split(QLatin1Char('|'));
    for (QString &cell : cells)
        cell = cell.trimmed();
    return cells.join(QLatin1String(" | "));
}

// ---------------------------------------------------------------------------------------------
// Inline markup

bool isAsciiPunctuation(ushort u)
{
    return (u >= 0x21 && u <= 0x2F) || (u >= 0x3A && u <= 0x40) || (u >= 0x5B && u <= 0x60)
        || (u >= 0x7B && u <= 0x7E);
}

bool isPunctuation(QChar c)
{
    return isAsciiPunctuation(c.unicode()) || c.isPunct();
}

struct Piece
{
    QString text;
    bool decode = false;   // plain text whose entities are still to be decoded
    ushort delimiter = 0;  // '*', '_' or '~' for an emphasis delimiter run
    int length = 0;
    bool canOpen = false;
    bool canClose = false;
    bool removed = false;
};

class InlineConverter
{
public:
    InlineConverter(const QString &s, const QSet<QString> &labels)
        : m_s(s)
        , m_n(s.size())
        , m_labels(labels)
    {
    }

    QString convert()
    {
        if (m_s.contains(QLatin1Char('[')) || m_s.contains(QLatin1Char('(')))
            matchBrackets();
        qtsize i = 0;
        while (i < m_n) {
            const auto jump = m_jumps.constFind(i);
            if (jump != m_jumps.constEnd()) {
                i = jump.value();
                continue;
            }
            const ushort c = m_s.at(i).unicode();
            if (c == '\\' && i + 1 < m_n && isAsciiPunctuation(m_s.at(i + 1).unicode())) {
                appendLiteral(QString(m_s.at(i + 1)));
                i += 2;
            } else if (c == '`') {
                i = codeSpan(i);
            } else if (c == '!' && i + 1 < m_n && m_s.at(i + 1).unicode() == '[' && linkEnd(i + 1) > 0) {
                i = linkEnd(i + 1); // images are dropped with their alt text
                if (i < m_n && m_s.at(i).unicode() == ' ' && endsWithSpace())
                    ++i; // "an ![x](y) image" reads "an image", not "an  image"
            } else if (c == '[') {
                const qtsize end = linkEnd(i);
                if (end > 0) {
                    m_jumps.insert(m_brackets[size_t(i)], end); // keep the text, skip "](url)"
                    ++i;
                } else {
                    appendText(m_s.at(i));
                    ++i;
                }
            } else if (c == '<') {
                i = angle(i);
            } else if (c == '*' || c == '_' || c == '~') {
                i = delimiterRun(i);
            } else {
                appendText(m_s.at(i));
                ++i;
            }
        }
        pairDelimiters();
        QString out;
        out.reserve(m_n);
        for (const Piece &p : std::as_const(m_pieces)) {
            if (p.delimiter == 0)
                out += p.decode ? HtmlExtractor::decodeEntities(p.text) : p.text;
            else if (!p.removed)
                out += QString(p.length, QChar(p.delimiter));
        }
        return out;
    }

private:
    // Matching brackets and parentheses in one stack pass, so link parsing stays linear.
    void matchBrackets()
    {
        m_brackets.assign(size_t(m_n), -1);
        std::vector<int> squares;
        std::vector<int> rounds;
        for (qtsize i = 0; i < m_n; ++i) {
            const ushort c = m_s.at(i).unicode();
            if (c == '\\') {
                ++i;
            } else if (c == '[') {
                squares.push_back(int(i));
            } else if (c == ']' && !squares.empty()) {
                m_brackets[size_t(squares.back())] = int(i);
                squares.pop_back();
            } else if (c == '(') {
                rounds.push_back(int(i));
            } else if (c == ')' && !rounds.empty()) {
                m_brackets[size_t(rounds.back())] = int(i);
                rounds.pop_back();
            }
        }
    }

    // For '[' at i: the position after a complete link ("[a](b)", "[a][b]", "[a][]" or a
    // "[a]" naming a defined reference), else 0.
    qtsize linkEnd(qtsize i) const
    {
        if (m_brackets.empty() || m_brackets[size_t(i)] < 0)
            return 0;
        const qtsize close = m_brackets[size_t(i)];
        if (close + 1 < m_n) {
            const ushort next = m_s.at(close + 1).unicode();
            if ((next == '(' || next == '[') && m_brackets[size_t(close + 1)] >= 0)
                return m_brackets[size_t(close + 1)] + 1;
        }
        if (close - i > 1000)
            return 0; // no reference label is this long (CommonMark allows 999)
        const QString label = m_s.mid(i + 1, close - i - 1).simplified().toLower();
        if (!label.isEmpty() && m_labels.contains(label))
            return close + 1;
        return 0;
    }

    qtsize codeSpan(qtsize i)
    {
        qtsize j = i;
        while (j < m_n && m_s.at(j).unicode() == '`')
            ++j;
        const int length = int(j - i);
        // Once a run length has no closing run, no later opener of that length has one either.
        const auto failed = m_failedCodeRuns.constFind(length);
        qtsize close = -1;
        if (failed == m_failedCodeRuns.constEnd()) {
            qtsize k = j;
            while (k < m_n) {
                if (m_s.at(k).unicode() != '`') {
                    ++k;
                    continue;
                }
                qtsize e = k;
                while (e < m_n && m_s.at(e).unicode() == '`')
                    ++e;
                if (e - k == length) {
                    close = k;
                    break;
                }
                k = e;
            }
            if (close < 0)
                m_failedCodeRuns.insert(length, true);
        }
        if (close < 0) {
            appendLiteral(m_s.mid(i, length));
            return j;
        }
        QString code = m_s.mid(j, close - j);
        code.replace(QLatin1Char('\n'), QLatin1Char(' '));
        if (code.size() >= 2 && code.startsWith(QLatin1Char(' ')) && code.endsWith(QLatin1Char(' '))
            && !code.trimmed().isEmpty())
            code = code.mid(1, code.size() - 2);
        appendLiteral(code);
        return close + length;
    }

    // Autolinks keep their address; HTML tags and comments disappear; anything else is a '<'.
    qtsize angle(qtsize i)
    {
        if (QStringView(m_s).mid(i).startsWith(QLatin1String("<!--"))) {
            if (m_commentEnd < i + 4) {
                m_commentEnd = m_s.indexOf(QLatin1String("-->"), i + 4);
                if (m_commentEnd < 0)
                    m_commentEnd = m_n + 1;
            }
            if (m_commentEnd <= m_n)
                return m_commentEnd + 3;
        }
        // No '<' between here and the '>': each stretch is scanned once, so this stays linear.
        qtsize gt = -1;
        for (qtsize k = i + 1; k < m_n; ++k) {
            const ushort u = m_s.at(k).unicode();
            if (u == '>') {
                gt = k;
                break;
            }
            if (u == '<')
                break;
        }
        if (gt < 0) {
            appendText(m_s.at(i));
            return i + 1;
        }
        const QString inner = m_s.mid(i + 1, gt - i - 1);
        static const QRegularExpression autolink(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\\s<>]*$"));
        static const QRegularExpression email(QStringLiteral("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*$"));
        static const QRegularExpression tag(QStringLiteral("^/?[A-Za-z][A-Za-z0-9-]*(\\s[\\s\\S]*)?/?$"));
        if (autolink.match(inner).hasMatch() || email.match(inner).hasMatch()) {
            appendLiteral(inner);
            return gt + 1;
        }
        if (tag.match(inner).hasMatch())
            return gt + 1;
        appendText(m_s.at(i));
        return i + 1;
    }

    qtsize delimiterRun(qtsize i)
    {
        const ushort c = m_s.at(i).unicode();
        qtsize j = i;
        while (j < m_n && m_s.at(j).unicode() == c)
            ++j;
        const int length = int(j - i);
        if (c == '~' && length < 2) {
            appendText(m_s.at(i));
            return j;
        }
        const QChar before = i > 0 ? m_s.at(i - 1) : QChar(QLatin1Char(' '));
        const QChar after = j < m_n ? m_s.at(j) : QChar(QLatin1Char(' '));
        const bool leftFlanking = !after.isSpace() && (!isPunctuation(after) || before.isSpace() || isPunctuation(before));
        const bool rightFlanking = !before.isSpace() && (!isPunctuation(before) || after.isSpace() || isPunctuation(after));
        Piece p;
        p.delimiter = c;
        p.length = length;
        if (c == '_') {
            // snake_case_words are not emphasis
            p.canOpen = leftFlanking && (!rightFlanking || isPunctuation(before));
            p.canClose = rightFlanking && (!leftFlanking || isPunctuation(after));
        } else {
            p.canOpen = leftFlanking;
            p.canClose = rightFlanking;
        }
        m_pieces.append(p);
        return j;
    }

    // Only delimiters that pair up are markup; a lone '*' ("5 * 3", "5*") is text.
    void pairDelimiters()
    {
        QHash<ushort, QVector<int>> openers;
        for (int k = 0; k < m_pieces.size(); ++k) {
            Piece &p = m_pieces[k];
            if (p.delimiter == 0)
                continue;
            QVector<int> &stack = openers[p.delimiter];
            if (p.canClose && !stack.isEmpty()) {
                m_pieces[stack.takeLast()].removed = true;
                m_pieces[k].removed = true;
            } else if (p.canOpen) {
                stack.append(k);
            }
        }
    }

    bool endsWithSpace() const
    {
        for (auto it = m_pieces.crbegin(); it != m_pieces.crend(); ++it) {
            if (it->delimiter != 0 && !it->removed)
                return false;
            if (it->delimiter == 0 && !it->text.isEmpty())
                return it->text.back().isSpace();
        }
        return true;
    }

    void appendText(QChar c)
    {
        if (m_pieces.isEmpty() || m_pieces.back().delimiter != 0 || !m_pieces.back().decode) {
            Piece p;
            p.decode = true;
            m_pieces.append(p);
        }
        m_pieces.back().text += c;
    }

    void appendLiteral(const QString &text)
    {
        Piece p;
        p.text = text;
        m_pieces.append(p);
    }

    const QString &m_s;
    const qtsize m_n;
    const QSet<QString> &m_labels;
    std::vector<int> m_brackets; // for '[' and '(': the index of the matching ']' or ')'
    QHash<qtsize, qtsize> m_jumps;
    QHash<int, bool> m_failedCodeRuns;
    qtsize m_commentEnd = -1;
    QVector<Piece> m_pieces;
};

QString inlineText(const QString &s, const QSet<QString> &labels)
{
    return InlineConverter(s, labels).convert().trimmed();
}

// ---------------------------------------------------------------------------------------------
// Blocks

struct Block
{
    enum Kind { Paragraph, Heading, Code, ListItem };
    Kind kind = Paragraph;
    QString text;
    bool tight = false; // joined to the previous block by one newline, not a blank line
};

QString unquoted(QString value)
{
    value = value.trimmed();
    if (value.size() >= 2
        && ((value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')))
            || (value.startsWith(QLatin1Char('\'')) && value.endsWith(QLatin1Char('\''))))) {
        value = value.mid(1, value.size() - 2);
    }
    if (value.startsWith(QLatin1Char('[')) && value.endsWith(QLatin1Char(']')))
        value = value.mid(1, value.size() - 2).section(QLatin1Char(','), 0, 0).trimmed();
    return value.trimmed();
}

class Converter
{
public:
    explicit Converter(const QString &markdown)
    {
        QString text = markdown;
        text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
        text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
        m_lines = text.split(QLatin1Char('\n'));
    }

    ExtractedMarkdown run()
    {
        int first = frontMatter();
        collectLabels(first);
        for (int i = first; i < m_lines.size(); ++i)
            line(m_lines.at(i));
        if (m_inFence)
            emitCode();
        flushIndentedCode();
        flushParagraph();

        ExtractedMarkdown r;
        QString text;
        for (const Block &b : std::as_const(m_blocks)) {
            if (b.text.isEmpty())
                continue;
            if (!text.isEmpty())
                text += b.tight ? QLatin1String("\n") : QLatin1String("\n\n");
            text += b.text;
        }
        r.text = text;
        r.title = m_fmTitle;
        r.author = m_fmAuthor;
        r.outlet = m_fmOutlet;
        if (r.title.isEmpty()) {
            for (const Block &b : std::as_const(m_blocks)) {
                if (b.kind == Block::Heading && !b.text.isEmpty()) {
                    r.title = b.text;
                    break;
                }
            }
        }
        if (r.author.isEmpty())
            r.author = bylineAuthor();
        r.title = r.title.simplified();
        r.author = r.author.simplified();
        r.outlet = r.outlet.simplified();
        return r;
    }

private:
    // "---" key: value lines "---" (or "...") at the very top. Returns the first line after it.
    int frontMatter()
    {
        if (m_lines.size() < 3 || m_lines.at(0).trimmed() != QLatin1String("---"))
            return 0;
        static const QRegularExpression keyValue(QStringLiteral("^([A-Za-z0-9_-]+)\\s*:(.*)$"));
        int close = -1;
        bool sawKey = false;
        for (int i = 1; i < m_lines.size() && i < 500; ++i) {
            const QString &l = m_lines.at(i);
            const QString t = l.trimmed();
            if (t == QLatin1String("---") || t == QLatin1String("...")) {
                close = i;
                break;
            }
            if (t.isEmpty() || t.startsWith(QLatin1Char('#')) || l.at(0).isSpace() || t.startsWith(QLatin1String("- ")))
                continue;
            if (!keyValue.match(l).hasMatch())
                return 0;
            sawKey = true;
        }
        if (close < 0 || !sawKey)
            return 0;
        QString lastKey;
        for (int i = 1; i < close; ++i) {
            const QString &l = m_lines.at(i);
            const auto m = keyValue.match(l);
            QString key;
            QString value;
            if (m.hasMatch()) {
                key = m.captured(1).toLower();
                value = unquoted(m.captured(2));
                lastKey = key;
            } else if (l.trimmed().startsWith(QLatin1String("- "))) {
                key = lastKey; // the first entry of a YAML list
                value = unquoted(l.trimmed().mid(2));
            }
            if (value.isEmpty())
                continue;
            if (key == QLatin1String("title") && m_fmTitle.isEmpty())
                m_fmTitle = value;
            else if ((key == QLatin1String("author") || key == QLatin1String("authors")) && m_fmAuthor.isEmpty())
                m_fmAuthor = value;
            else if ((key == QLatin1String("outlet") || key == QLatin1String("publication")) && m_fmOutlet.isEmpty())
                m_fmOutlet = value;
        }
        return close + 1;
    }

    void collectLabels(int first)
    {
        bool inFence = false;
        ushort fenceChar = 0;
        int fenceLength = 0;
        for (int i = first; i < m_lines.size(); ++i) {
            QString l = m_lines.at(i);
            stripQuote(&l);
            if (inFence) {
                if (isClosingFence(l, fenceChar, fenceLength))
                    inFence = false;
                continue;
            }
            if (isFence(l, &fenceChar, &fenceLength)) {
                inFence = true;
                continue;
            }
            QString label;
            if (referenceDefinition(l, &label))
                m_labels.insert(label);
        }
    }

    void line(const QString &raw)
    {
        if (m_inFence) {
            QString l = raw;
            if (m_fenceQuote > 0)
                stripQuote(&l);
            if (isClosingFence(l, m_fenceChar, m_fenceLength))
                emitCode();
            else
                m_code.append(l);
            return;
        }
        if (m_inComment) {
            if (raw.contains(QLatin1String("-->")))
                m_inComment = false;
            return;
        }
        QString l = raw;
        const int quote = stripQuote(&l);

        if (!m_indentedCode.isEmpty()) {
            if (isBlank(l)) {
                ++m_indentedBlanks;
                return;
            }
            if (indentWidth(l) >= 4) {
                for (; m_indentedBlanks > 0; --m_indentedBlanks)
                    m_indentedCode.append(QString());
                m_indentedCode.append(dropIndent(l, 4));
                return;
            }
            flushIndentedCode();
        }

        if (isBlank(l)) {
            flushParagraph();
            m_blankSeen = true;
            return;
        }
        const bool blankBefore = m_blankSeen;
        m_blankSeen = false;

        if (!m_para.isEmpty() && quote > m_paraQuote)
            flushParagraph();

        if (isFence(l, &m_fenceChar, &m_fenceLength)) {
            flushParagraph();
            m_inFence = true;
            m_fenceQuote = quote;
            m_code.clear();
            return;
        }
        if (l.trimmed().startsWith(QLatin1String("<!--")) && !l.contains(QLatin1String("-->"))) {
            flushParagraph();
            m_inComment = true;
            return;
        }
        if (m_para.isEmpty() && !m_inList && indentWidth(l) >= 4) {
            m_indentedCode.append(dropIndent(l, 4));
            m_indentedBlanks = 0;
            return;
        }
        QString heading;
        if (atxHeading(l, &heading)) {
            flushParagraph();
            m_inList = false;
            addBlock(Block::Heading, inline_(heading), false);
            return;
        }
        if (!m_para.isEmpty() && !m_paraIsItem && !m_paraIsTable) {
            if (setextLevelChar(l) != 0) {
                const QString text = m_para.join(QLatin1Char(' '));
                m_para.clear();
                m_hardBreaks.clear();
                m_inList = false;
                addBlock(Block::Heading, inline_(text), false);
                return;
            }
        }
        if (isThematicBreak(l)) {
            flushParagraph();
            m_inList = false;
            return;
        }
        if (m_para.isEmpty()) {
            QString label;
            if (referenceDefinition(l, &label))
                return;
        }
        const ListMarker item = listMarker(l);
        // An ordered item may only interrupt a paragraph when it starts at 1 ("2024. was...").
        if (item.ok && !(item.ordered && item.number != 1 && !m_para.isEmpty() && !m_paraIsItem)
            && !(item.content.isEmpty() && !m_para.isEmpty())) {
            flushParagraph();
            // Another bullet or delimiter at the same level starts a new list.
            const QChar markerKind = item.ordered ? item.marker.back() : l.trimmed().at(0);
            const bool sameList = m_inList && (item.indent > m_listIndent || markerKind == m_listKind);
            if (!sameList) {
                m_listIndent = item.indent;
                m_listKind = markerKind;
            }
            m_paraIsItem = true;
            m_paraTight = sameList;
            m_inList = true;
            m_paraQuote = quote;
            m_itemPrefix = item.ordered ? item.marker + QLatin1Char(' ') : QStringLiteral("\u2022 ");
            m_para.append(item.content);
            m_lastRaw = l;
            return;
        }
        if (!m_para.isEmpty() && !m_paraIsTable && isTableDelimiterRow(l) && m_para.size() == 1
            && m_para.first().contains(QLatin1Char('|'))) {
            m_paraIsTable = true;
            m_para.first() = tableRow(m_para.first());
            return;
        }
        if (!m_para.isEmpty()) {
            m_para.append(m_paraIsTable ? tableRow(l) : l.trimmed());
            if (!m_paraIsTable)
                m_hardBreaks.append(hasHardBreak(m_para.at(m_para.size() - 2), m_lastRaw));
            m_lastRaw = l;
            return;
        }
        // A new paragraph: inside a list item when indented after a blank line, else the list ends.
        if (m_inList && !(blankBefore && indentWidth(l) >= 2))
            m_inList = false;
        m_paraIsItem = false;
        m_paraTight = false;
        m_paraQuote = quote;
        m_para.append(l.trimmed());
        m_lastRaw = l;
    }

    static QString dropIndent(const QString &l, int columns)
    {
        int width = 0;
        qtsize i = 0;
        while (i < l.size() && width < columns) {
            const ushort u = l.at(i).unicode();
            if (u == ' ')
                ++width;
            else if (u == '\t')
                width += 4 - width % 4;
            else
                break;
            ++i;
        }
        return l.mid(i);
    }

    static bool hasHardBreak(const QString &, const QString &raw)
    {
        return raw.endsWith(QLatin1String("  ")) || raw.endsWith(QLatin1Char('\\'));
    }

    void flushParagraph()
    {
        if (m_para.isEmpty())
            return;
        QString text;
        if (m_paraIsTable) {
            text = m_para.join(QLatin1Char('\n'));
        } else {
            text = m_para.first();
            for (int k = 1; k < m_para.size(); ++k) {
                const bool hard = m_hardBreaks.value(k - 1);
                if (hard && text.endsWith(QLatin1Char('\\')))
                    text.chop(1);
                text += hard ? QLatin1Char('\n') : QLatin1Char(' ');
                text += m_para.at(k);
            }
        }
        QString converted = inline_(text);
        if (m_paraIsItem) {
            addBlock(Block::ListItem, m_itemPrefix + converted, m_paraTight);
        } else {
            addBlock(Block::Paragraph, converted, false);
        }
        m_para.clear();
        m_hardBreaks.clear();
        m_paraIsItem = false;
        m_paraIsTable = false;
        m_paraTight = false;
    }

    void emitCode()
    {
        m_inFence = false;
        flushParagraph();
        addBlock(Block::Code, m_code.join(QLatin1Char('\n')), false);
        m_code.clear();
        m_inList = false;
    }

    void flushIndentedCode()
    {
        if (m_indentedCode.isEmpty())
            return;
        addBlock(Block::Code, m_indentedCode.join(QLatin1Char('\n')), false);
        m_indentedCode.clear();
        m_indentedBlanks = 0;
    }

    void addBlock(Block::Kind kind, const QString &text, bool tight)
    {
        Block b;
        b.kind = kind;
        b.text = text;
        b.tight = tight;
        m_blocks.append(b);
    }

    QString inline_(const QString &text) const { return inlineText(text, m_labels); }

    QString bylineAuthor() const
    {
        int paragraphs = 0;
        for (const Block &b : m_blocks) {
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

    QStringList m_lines;
    QSet<QString> m_labels;
    QVector<Block> m_blocks;

    QStringList m_para;
    QVector<bool> m_hardBreaks; // after line k of m_para
    QString m_lastRaw;
    bool m_paraIsItem = false;
    bool m_paraIsTable = false;
    bool m_paraTight = false;
    int m_paraQuote = 0;
    QString m_itemPrefix;
    bool m_inList = false;
    int m_listIndent = 0;  // of the current list's first item
    QChar m_listKind;      // '-', '*', '+', '.' or ')'
    bool m_blankSeen = false;

    bool m_inFence = false;
    ushort m_fenceChar = 0;
    int m_fenceLength = 0;
    int m_fenceQuote = 0;
    QStringList m_code;
    QStringList m_indentedCode;
    int m_indentedBlanks = 0;
    bool m_inComment = false;

    QString m_fmTitle;
    QString m_fmAuthor;
    QString m_fmOutlet;
};

} // namespace

ExtractedMarkdown MarkdownExtractor::extract(const QString &markdown)
{
    return Converter(markdown).run();
}

} // namespace Revmark
