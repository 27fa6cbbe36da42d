// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QVector>

namespace Revmark {

class Project;

// How a query matches. By default case and diacritics are ignored; caseSensitive keeps case
// (diacritics are always ignored); wholeWords requires a match that begins with a letter, digit
// or '_' to follow none, and one that ends with such a character to be followed by none.
struct SearchOptions
{
    bool caseSensitive = false;
    bool wholeWords = false;
};

// One match: [start, end) as UTF-16 positions in the searched text (Review::text), always on
// whole characters: never inside a surrogate pair, a ligature such as "ﬁ" or a letter that
// folding expands (ß), and covering the combining marks that follow the matched letters.
struct TextMatch
{
    int start = 0;
    int end = 0;
    friend bool operator==(const TextMatch &a, const TextMatch &b) { return a.start == b.start && a.end == b.end; }
    friend bool operator!=(const TextMatch &a, const TextMatch &b) { return !(a == b); }
};

// The matches in one review, in text order.
struct ReviewMatches
{
    QString reviewId;
    QVector<TextMatch> matches;
};

// The searchable form of a text: text and query are both folded, so that
//  - compatibility forms and ligatures become their plain letters ("ﬁ" → "fi", "²" → "2",
//    full-width "Ａ" → "A"), accents and other combining diacritical marks are dropped
//    ("é" and "e" + U+0301 → "e"), and a few letters without a decomposition fold to their base
//    ("ø" → "o", "ł" → "l", "đ" → "d", "ħ" → "h", "ı" → "i", "æ" → "ae", "œ" → "oe");
//  - curly and other single quotes and primes become ', double ones (and « ») ", dashes and the
//    minus sign -, every space character, tab and line end a plain space;
//  - soft hyphens, zero-width spaces and joiners, and variation selectors are dropped;
//  - unless case-sensitive, letters are case-folded and "ß" / "ẞ" become "ss".
// Folding may change the length; the map back to the source is exact (see sourceRange()).
class FoldedText
{
public:
    FoldedText() = default;
    FoldedText(const QString &text, bool caseSensitive);

    const QString &folded() const { return m_folded; }
    int sourceLength() const { return m_sourceLength; }
    // The source range of folded units [from, to) (0 <= from < to <= folded().size()): from the
    // start of the source character of unit `from` to the end of the source character of unit
    // to - 1, taking in the characters dropped by folding right after it (combining marks).
    void sourceRange(int from, int to, int *start, int *end) const;
    // Whether every folded unit sits at its source position (no map is stored then).
    bool isIdentityMapped() const { return m_sourceStart.isEmpty(); }

private:
    int sourceStart(int folded) const { return m_sourceStart.isEmpty() ? folded : m_sourceStart.at(folded); }

    QString m_folded;
    QVector<int> m_sourceStart; // source position of each folded unit; empty when identical
    int m_sourceLength = 0;
};

// The fold above for a query (or any text) without the map.
QString foldForSearch(const QString &text, bool caseSensitive);

// Finds a query in many texts at once. Each text is folded once per case mode, on first use,
// and the folded copy and its map are cached under a key (the review id) for as long as the
// text stays the same, so later queries only scan. Matches do not overlap: after a match the
// search goes on at its end ("aa" finds two matches in "aaaa"). An empty query, or one that
// folds to nothing, finds nothing. Not thread-safe; one instance per user of it.
class ReviewSearch
{
public:
    // The matches of query in text, using and filling the cache entry for key.
    QVector<TextMatch> find(const QString &key, const QString &text, const QString &query,
                            const SearchOptions &options = {});
    // The matches in every review of the project, one entry per review in column order (reviews
    // without matches included, with none). Cache entries of reviews gone from the project are
    // dropped. Matches touching a passage set aside (Review::setAside) are left out.
    QVector<ReviewMatches> findAll(const Project &project, const QString &query, const SearchOptions &options = {});
    // Without a cache: folds text for this one call.
    static QVector<TextMatch> findIn(const QString &text, const QString &query, const SearchOptions &options = {});

    int cachedTexts() const { return int(m_cache.size()); }
    void clear() { m_cache.clear(); }

private:
    struct Entry
    {
        QString text; // shares the caller's buffer, so an unchanged text is recognised cheaply
        FoldedText folded[2]; // [caseSensitive]
        bool built[2] = {false, false};
    };
    const FoldedText &foldedFor(const QString &key, const QString &text, bool caseSensitive);

    QHash<QString, Entry> m_cache;
};

} // namespace Revmark
