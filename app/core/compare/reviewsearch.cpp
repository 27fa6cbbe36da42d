// SPDX-License-Identifier: GPL-3.0-or-later
#include "compare/reviewsearch.h"

#include "project/project.h"

#include <QSet>
#include <QStringView>

#include <algorithm>
#include <iterator>

namespace Revmark {

namespace {

bool isHangulSyllable(uint c)
{
    return c >= 0xAC00 && c <= 0xD7A3;
}

// Characters folding drops: combining diacritical marks (the blocks that hold accents, not
// the vowel signs and points of other scripts, which carry meaning), soft hyphens, zero-width
// spaces and joiners, the byte-order mark and variation selectors.
bool isIgnorable(uint c)
{
    return (c >= 0x0300 && c <= 0x036F) || (c >= 0x1AB0 && c <= 0x1AFF) || (c >= 0x1DC0 && c <= 0x1DFF)
           || (c >= 0x20D0 && c <= 0x20FF) || (c >= 0xFE20 && c <= 0xFE2F) || c == 0x00AD
           || (c >= 0x200B && c <= 0x200D) || c == 0x2060 || c == 0xFEFF || (c >= 0xFE00 && c <= 0xFE0F)
           || (c >= 0xE0100 && c <= 0xE01EF);
}

// Letters and punctuation whose plain form Unicode's decompositions do not give.
const char *specialFold(uint c, bool caseSensitive)
{
    switch (c) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x2035: case 0x02BC:
    case 0x00B4: case 0x2039: case 0x203A:
        return "'";
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0x2036: case 0x00AB:
    case 0x00BB:
        return "\"";
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
    case 0x2E3A: case 0x2E3B:
        return "-";
    case 0x00DF:
        return caseSensitive ? nullptr : "ss";
    case 0x1E9E:
        return caseSensitive ? nullptr : "ss";
    case 0x00F8: return "o";
    case 0x00D8: return caseSensitive ? "O" : "o";
    case 0x0142: return "l";
    case 0x0141: return caseSensitive ? "L" : "l";
    case 0x0111: return "d";
    case 0x0110: return caseSensitive ? "D" : "d";
    case 0x0127: return "h";
    case 0x0126: return caseSensitive ? "H" : "h";
    case 0x0167: return "t";
    case 0x0166: return caseSensitive ? "T" : "t";
    case 0x0131: return "i";
    case 0x00E6: return "ae";
    case 0x00C6: return caseSensitive ? "AE" : "ae";
    case 0x0153: return "oe";
    case 0x0152: return caseSensitive ? "OE" : "oe";
    default:
        return nullptr;
    }
}

void appendCodePoint(uint c, QString *out)
{
    if (QChar::requiresSurrogates(c)) {
        out->append(QChar(QChar::highSurrogate(c)));
        out->append(QChar(QChar::lowSurrogate(c)));
    } else {
        out->append(QChar(ushort(c)));
    }
}

// The fold of one code point (never ASCII here), recursing through its decomposition.
void foldCodePoint(uint c, bool caseSensitive, QString *out)
{
    if (c < 0x80) {
        const char a = char(c);
        out->append(QLatin1Char(!caseSensitive && a >= 'A' && a <= 'Z' ? char(a + ('a' - 'A')) : a));
        return;
    }
    if (isIgnorable(c))
        return;
    if (const char *special = specialFold(c, caseSensitive)) {
        out->append(QLatin1String(special));
        return;
    }
    if (!isHangulSyllable(c)) {
        const QString decomposition = QChar::decomposition(c);
        if (!decomposition.isEmpty()) {
            for (int i = 0; i < decomposition.size(); ++i) {
                uint part = decomposition.at(i).unicode();
                if (QChar::isHighSurrogate(part) && i + 1 < decomposition.size()
                    && decomposition.at(i + 1).isLowSurrogate()) {
                    part = QChar::surrogateToUcs4(decomposition.at(i), decomposition.at(i + 1));
                    ++i;
                }
                foldCodePoint(part, caseSensitive, out);
            }
            return;
        }
    }
    if (QChar::category(c) == QChar::Separator_Space || QChar::category(c) == QChar::Separator_Line
        || QChar::category(c) == QChar::Separator_Paragraph) {
        out->append(QLatin1Char(' '));
        return;
    }
    appendCodePoint(caseSensitive ? c : uint(QChar::toCaseFolded(c)), out);
}

// The folds of non-ASCII code points met so far, per case mode: decomposing is far slower than
// a lookup, and reviews use few distinct characters. Per thread, as the cache is unguarded.
const QString &cachedFold(uint c, bool caseSensitive)
{
    thread_local QHash<uint, QString> memo[2];
    QHash<uint, QString> &table = memo[caseSensitive ? 1 : 0];
    auto it = table.constFind(c);
    if (it != table.constEnd())
        return *it;
    if (table.size() > 65536)
        table.clear();
    QString folded;
    foldCodePoint(c, caseSensitive, &folded);
    return *table.insert(c, folded);
}

char16_t asciiFold(char16_t c, bool caseSensitive)
{
    if (c == '\n' || c == '\t' || c == '\r' || c == '\v' || c == '\f')
        return u' ';
    if (!caseSensitive && c >= 'A' && c <= 'Z')
        return char16_t(c + ('a' - 'A'));
    return c;
}

// Folds text into *folded; with map, also records the source position of each folded unit,
// leaving the map empty when every unit kept its position.
void fold(const QString &text, bool caseSensitive, QString *folded, QVector<int> *map)
{
    const int length = int(text.size());
    const QChar *source = text.constData();
    folded->resize(length);
    QChar *out = folded->data();
    int written = 0;
    bool identity = true;
    // Room for `more` units now and one per source unit still to come after `consumed`.
    const auto ensureRoom = [&](int more, int consumed) {
        const int needed = written + more + (length - consumed);
        if (needed > int(folded->size())) {
            folded->resize(needed + length / 16 + 16);
            out = folded->data();
        }
    };
    for (int i = 0; i < length;) {
        const char16_t unit = source[i].unicode();
        if (unit < 0x80) {
            if (!identity)
                map->append(i);
            out[written++] = QChar(asciiFold(unit, caseSensitive));
            ++i;
            continue;
        }
        uint c = unit;
        int width = 1;
        if (QChar::isHighSurrogate(c) && i + 1 < length && source[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(source[i], source[i + 1]);
            width = 2;
        }
        const QString &replacement = cachedFold(c, caseSensitive);
        const int produced = int(replacement.size());
        if (identity && map && produced != width) {
            // From here on positions shift: the map starts, with the identity so far.
            identity = false;
            map->reserve(length + length / 8);
            for (int k = 0; k < written; ++k)
                map->append(k);
        }
        ensureRoom(produced, i + width);
        for (int k = 0; k < produced; ++k) {
            if (!identity)
                map->append(i);
            out[written++] = replacement.at(k);
        }
        i += width;
    }
    folded->resize(written);
    if (map)
        map->squeeze();
}

bool isWordCharacter(uint c)
{
    if (c == '_' || QChar::isLetterOrNumber(c))
        return true;
    const QChar::Category category = QChar::category(c);
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
           || category == QChar::Mark_Enclosing;
}

uint codePointAt(const QString &text, int position)
{
    const QChar c = text.at(position);
    if (c.isHighSurrogate() && position + 1 < text.size() && text.at(position + 1).isLowSurrogate())
        return QChar::surrogateToUcs4(c, text.at(position + 1));
    return c.unicode();
}

uint codePointBefore(const QString &text, int position)
{
    const QChar c = text.at(position - 1);
    if (c.isLowSurrogate() && position >= 2 && text.at(position - 2).isHighSurrogate())
        return QChar::surrogateToUcs4(text.at(position - 2), c);
    return c.unicode();
}

// Position before the characters folding drops that end text[..position), so that a soft
// hyphen does not pass for the end of a word.
int skipIgnorableBackwards(const QString &text, int position, int limit)
{
    while (position > limit) {
        const uint c = codePointBefore(text, position);
        if (!isIgnorable(c))
            break;
        position -= QChar::requiresSurrogates(c) ? 2 : 1;
    }
    return position;
}

// A match that begins (ends) with a word character must not continue a word before (after) it.
// The end never needs skipping forward: a match already takes in what folding drops after it.
bool isWholeWord(const QString &text, int start, int end)
{
    const int before = skipIgnorableBackwards(text, start, 0);
    if (before > 0 && isWordCharacter(codePointAt(text, start)) && isWordCharacter(codePointBefore(text, before)))
        return false;
    const int last = skipIgnorableBackwards(text, end, start);
    if (end < text.size() && last > start && isWordCharacter(codePointBefore(text, last))
        && isWordCharacter(codePointAt(text, end)))
        return false;
    return true;
}

// A folded query prepared for scanning: Horspool's shift table over the low byte of each unit
// (units that share a low byte only make shifts shorter, never wrong). One-unit queries use
// QStringView's vectorised character search instead.
class Needle
{
public:
    explicit Needle(const QString &folded)
        : m_text(folded)
        , m_length(int(folded.size()))
    {
        std::fill(std::begin(m_shift), std::end(m_shift), m_length);
        for (int k = 0; k + 1 < m_length; ++k)
            m_shift[m_text.at(k).unicode() & 0xFF] = m_length - 1 - k;
    }

    bool isEmpty() const { return m_length == 0; }
    int length() const { return m_length; }

    // Where the needle next occurs in haystack at or after from, or -1.
    int findIn(QStringView haystack, int from) const
    {
        if (m_length == 1)
            return int(haystack.indexOf(m_text.front(), from));
        const char16_t *h = reinterpret_cast<const char16_t *>(haystack.data());
        const char16_t *p = reinterpret_cast<const char16_t *>(m_text.constData());
        const int lastStart = int(haystack.size()) - m_length;
        const char16_t lastUnit = p[m_length - 1];
        for (int i = from; i <= lastStart;) {
            const char16_t unit = h[i + m_length - 1];
            if (unit == lastUnit && std::equal(p, p + m_length - 1, h + i))
                return i;
            i += m_shift[unit & 0xFF];
        }
        return -1;
    }

private:
    QString m_text;
    int m_length;
    int m_shift[256];
};

QVector<TextMatch> scan(const QString &text, const FoldedText &folded, const Needle &needle, bool wholeWords)
{
    QVector<TextMatch> matches;
    if (needle.isEmpty())
        return matches;
    const QStringView haystack(folded.folded());
    const int needleLength = needle.length();
    int from = 0;
    for (;;) {
        const int found = needle.findIn(haystack, from);
        if (found < 0)
            break;
        TextMatch match;
        folded.sourceRange(found, found + needleLength, &match.start, &match.end);
        // Two matches inside one expansion (the two s of ß) would be the same character twice.
        if (!matches.isEmpty() && match.start < matches.constLast().end) {
            from = found + needleLength;
            continue;
        }
        if (wholeWords && !isWholeWord(text, match.start, match.end)) {
            // A later, overlapping candidate may still stand as a word of its own.
            from = found + 1;
            continue;
        }
        matches.append(match);
        from = found + needleLength;
    }
    return matches;
}

} // namespace

FoldedText::FoldedText(const QString &text, bool caseSensitive)
    : m_sourceLength(int(text.size()))
{
    fold(text, caseSensitive, &m_folded, &m_sourceStart);
}

void FoldedText::sourceRange(int from, int to, int *start, int *end) const
{
    *start = sourceStart(from);
    const int last = sourceStart(to - 1);
    // Units of one expansion share a source position; the next different one is where the
    // source character (and any dropped marks after it) ends.
    int next = to;
    const int foldedLength = int(m_folded.size());
    while (next < foldedLength && sourceStart(next) == last)
        ++next;
    *end = next < foldedLength ? sourceStart(next) : m_sourceLength;
}

QString foldForSearch(const QString &text, bool caseSensitive)
{
    QString folded;
    fold(text, caseSensitive, &folded, nullptr);
    return folded;
}

const FoldedText &ReviewSearch::foldedFor(const QString &key, const QString &text, bool caseSensitive)
{
    const int mode = caseSensitive ? 1 : 0;
    auto it = m_cache.find(key);
    if (it == m_cache.end()) {
        it = m_cache.insert(key, Entry());
        it->text = text;
    } else if (it->text.constData() != text.constData() || it->text.size() != text.size()) {
        if (it->text == text) {
            it->text = text; // the same text in a new buffer: share that one instead
        } else {
            *it = Entry();
            it->text = text;
        }
    }
    if (!it->built[mode]) {
        it->folded[mode] = FoldedText(text, caseSensitive);
        it->built[mode] = true;
    }
    return it->folded[mode];
}

QVector<TextMatch> ReviewSearch::find(const QString &key, const QString &text, const QString &query,
                                      const SearchOptions &options)
{
    const Needle needle(foldForSearch(query, options.caseSensitive));
    if (needle.isEmpty())
        return {};
    return scan(text, foldedFor(key, text, options.caseSensitive), needle, options.wholeWords);
}

QVector<ReviewMatches> ReviewSearch::findAll(const Project &project, const QString &query,
                                             const SearchOptions &options)
{
    QVector<ReviewMatches> result;
    result.reserve(project.reviewCount());
    const Needle needle(foldForSearch(query, options.caseSensitive));
    for (const Review &review : project.reviews()) {
        ReviewMatches entry;
        entry.reviewId = review.id;
        if (!needle.isEmpty())
            entry.matches = scan(review.text, foldedFor(review.id, review.text, options.caseSensitive), needle,
                                 options.wholeWords);
        // Matches in passages set aside are not the review's; filtered here rather than searched
        // in a masked copy, which would be folded again on every query.
        for (const TextRange &aside : review.setAside) {
            entry.matches.erase(std::remove_if(entry.matches.begin(), entry.matches.end(),
                                               [&aside](const TextMatch &m) { return m.start < aside.end && m.end > aside.start; }),
                                entry.matches.end());
        }
        result.append(entry);
    }
    if (m_cache.size() > project.reviewCount()) {
        QSet<QString> ids;
        for (const Review &review : project.reviews())
            ids.insert(review.id);
        for (auto it = m_cache.begin(); it != m_cache.end();) {
            if (ids.contains(it.key()))
                ++it;
            else
                it = m_cache.erase(it);
        }
    }
    return result;
}

QVector<TextMatch> ReviewSearch::findIn(const QString &text, const QString &query, const SearchOptions &options)
{
    const Needle needle(foldForSearch(query, options.caseSensitive));
    if (needle.isEmpty())
        return {};
    return scan(text, FoldedText(text, options.caseSensitive), needle, options.wholeWords);
}

} // namespace Revmark
