// SPDX-License-Identifier: GPL-3.0-or-later
#include "anchoring.h"

#include <QStringView>

#include <algorithm>
#include <cstdlib>
#include <vector>

namespace Revmark {

namespace {

bool isWordChar(const QString &text, int i)
{
    const QChar c = text.at(i);
    // Characters outside the BMP (emoji, historic scripts) count as word characters: a
    // selection must never end between the two halves of a pair.
    if (c.isSurrogate() || c.isLetterOrNumber() || c.isMark())
        return true;
    // An apostrophe or hyphen joins a word only between two word characters ("don't", "well-made").
    if (c == QLatin1Char('\'') || c == QChar(0x2019) || c == QLatin1Char('-') || c == QChar(0x2010)) {
        // A combining mark ends a letter too ("cafe\u0301's" when no precomposed form exists).
        const auto isLetter = [&](int j) {
            if (j < 0 || j >= text.size())
                return false;
            const QChar d = text.at(j);
            return d.isLetterOrNumber() || d.isMark() || d.isSurrogate();
        };
        return isLetter(i - 1) && isLetter(i + 1);
    }
    return false;
}

bool isTrimmable(QChar c)
{
    return c.isSpace() || c.isPunct() || c.category() == QChar::Symbol_Other
        || c.category() == QChar::Other_Format;
}

// Moves i back by up to n code points.
int backCodePoints(const QString &text, int i, int n)
{
    while (n-- > 0 && i > 0) {
        --i;
        if (i > 0 && text.at(i).isLowSurrogate() && text.at(i - 1).isHighSurrogate())
            --i;
    }
    return i;
}

int forwardCodePoints(const QString &text, int i, int n)
{
    const int size = int(text.size());
    while (n-- > 0 && i < size) {
        if (i + 1 < size && text.at(i).isHighSurrogate() && text.at(i + 1).isLowSurrogate())
            ++i;
        ++i;
    }
    return i;
}

// Length of the common suffix of a and b (for the prefix context) or common prefix.
int commonSuffix(QStringView a, QStringView b)
{
    int n = 0;
    while (n < a.size() && n < b.size() && a.at(a.size() - 1 - n) == b.at(b.size() - 1 - n))
        ++n;
    return n;
}

int commonPrefix(QStringView a, QStringView b)
{
    int n = 0;
    while (n < a.size() && n < b.size() && a.at(n) == b.at(n))
        ++n;
    return n;
}


// The start of the occurrence of the quote whose context matches best, the nearest to the old
// start on a tie; -1 when the quote does not occur.
int bestExactOccurrence(const QString &text, const Annotation &annotation)
{
    if (annotation.quote.isEmpty())
        return -1;
    const QStringView view(text);
    int best = -1;
    int bestScore = -1;
    int bestDistance = 0;
    for (int at = int(text.indexOf(annotation.quote)); at >= 0;
         at = int(text.indexOf(annotation.quote, at + 1))) {
        const int end = at + int(annotation.quote.size());
        const int score = commonSuffix(view.left(at), annotation.prefix)
            + commonPrefix(view.mid(end), annotation.suffix);
        const int distance = std::abs(at - annotation.start);
        if (score > bestScore || (score == bestScore && distance < bestDistance)) {
            best = at;
            bestScore = score;
            bestDistance = distance;
        }
    }
    return best;
}

// Text with white space runs collapsed to one space and each UTF-16 unit case folded (simple
// folding keeps one unit per unit, so positions map back one to one), with the original index
// of every unit kept.
struct Normalized
{
    QString text;
    std::vector<int> toOriginal;
};

Normalized normalize(QStringView s)
{
    Normalized n;
    n.text.reserve(s.size());
    n.toOriginal.reserve(size_t(s.size()));
    bool inSpace = false;
    for (int i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c.isSpace()) {
            if (!inSpace) {
                n.text.append(QLatin1Char(' '));
                n.toOriginal.push_back(i);
            }
            inSpace = true;
            continue;
        }
        inSpace = false;
        n.text.append(c.isSurrogate() ? c : c.toCaseFolded());
        n.toOriginal.push_back(i);
    }
    return n;
}

// Myers' bit-parallel edit distance (Hyyrö's multi-word form): for each position j of a text,
// the least edit distance between the whole pattern and a substring of the text ending at j.
// 64 pattern units per machine word, so O(text × ceil(pattern / 64)).
class BitMatcher
{
public:
    explicit BitMatcher(QStringView pattern)
        : m_length(int(pattern.size()))
        , m_blocks((m_length + 63) / 64)
        , m_index(0x10000, 0)
    {
        // Row 0 of m_peq is "not in the pattern" (all zero); distinct units get rows 1, 2, ...
        int rows = 1;
        for (QChar c : pattern) {
            if (m_index[c.unicode()] == 0)
                m_index[c.unicode()] = rows++;
        }
        m_peq.assign(size_t(rows) * size_t(m_blocks), 0);
        for (int i = 0; i < m_length; ++i)
            m_peq[size_t(m_index[pattern.at(i).unicode()]) * size_t(m_blocks) + size_t(i / 64)] |= quint64(1) << (i % 64);
        m_lastBit = quint64(1) << ((m_length - 1) % 64);
    }

    int blocks() const { return m_blocks; }

    // Calls visit(j, distance) for every j in text. With anchored, the match must start at
    // text position 0 (distance to text[0, j]); otherwise it may start anywhere.
    template<typename Visit>
    void scan(QStringView text, bool anchored, Visit &&visit) const
    {
        std::vector<quint64> pv(size_t(m_blocks), ~quint64(0));
        std::vector<quint64> mv(size_t(m_blocks), 0);
        int score = m_length;
        for (int j = 0; j < text.size(); ++j) {
            const quint64 *eq = &m_peq[size_t(m_index[text.at(j).unicode()]) * size_t(m_blocks)];
            int carry = anchored ? 1 : 0;
            for (int b = 0; b < m_blocks; ++b)
                carry = advance(&pv[size_t(b)], &mv[size_t(b)], eq[b], carry,
                                b == m_blocks - 1 ? m_lastBit : quint64(1) << 63);
            score += carry;
            visit(j, score);
        }
    }

private:
    static int advance(quint64 *pvp, quint64 *mvp, quint64 eq, int hin, quint64 high)
    {
        const quint64 pv = *pvp;
        const quint64 mv = *mvp;
        const quint64 xv = eq | mv;
        if (hin < 0)
            eq |= 1;
        const quint64 xh = (((eq & pv) + pv) ^ pv) | eq;
        quint64 ph = mv | ~(xh | pv);
        quint64 mh = pv & xh;
        const int hout = (ph & high) ? 1 : ((mh & high) ? -1 : 0);
        ph <<= 1;
        mh <<= 1;
        if (hin < 0)
            mh |= 1;
        else if (hin > 0)
            ph |= 1;
        *pvp = mh | ~(xv | ph);
        *mvp = ph & xv;
        return hout;
    }

    int m_length;
    int m_blocks;
    std::vector<int> m_index;
    std::vector<quint64> m_peq;
    quint64 m_lastBit = 1;
};

QString reversed(QStringView s)
{
    QString r;
    r.reserve(s.size());
    for (qsizetype i = s.size(); i > 0; --i)
        r.append(s.at(i - 1));
    return r;
}

int normalizedIndex(const Normalized &n, int original)
{
    return int(std::lower_bound(n.toOriginal.begin(), n.toOriginal.end(), original) - n.toOriginal.begin());
}

// The fuzzy stage of Anchoring::locate(): returns false when nothing is similar enough.
bool fuzzyLocate(const QString &text, const Annotation &annotation, int *start, int *end)
{
    const Normalized quote = normalize(annotation.quote);
    const int m = int(quote.text.size());
    if (m == 0 || m > Anchoring::MaxFuzzyQuoteLength || text.isEmpty())
        return false;
    const int maxDistance = int(double(m) * (1.0 - Anchoring::FuzzyThreshold) + 1e-9);
    const Normalized norm = normalize(text);
    const QString prefix = normalize(annotation.prefix).text;
    const QString suffix = normalize(annotation.suffix).text;
    const BitMatcher matcher(quote.text);
    const int n = int(norm.text.size());
    const int oldStart = normalizedIndex(norm, annotation.start);

    // Bound the work: a window around the old position when the whole text is too long.
    int from = 0;
    int to = n;
    const qint64 window = Anchoring::MaxFuzzyWork / matcher.blocks();
    if (qint64(n) > window) {
        from = int(std::clamp<qint64>(qint64(oldStart) - window / 2, 0, qint64(n) - window));
        to = int(from + window);
    }

    // Candidate ends: in each run of ends within maxDistance, one end (neighbouring ends are the
    // same match give or take a character). Runs rank by their least distance; within a run the
    // end is the one whose following text best matches the suffix, each matching unit making up
    // for one edit. Edit distance alone prefers dropping the tail of a span to keeping words
    // inserted near its end ("superb and moving" -> "superb and deeply moving").
    struct Candidate
    {
        int end; // exclusive, normalised
        int distance; // least distance of its run
    };
    const QStringView normView(norm.text);
    std::vector<Candidate> candidates;
    int bestDistance = maxDistance + 1;
    Candidate run{-1, maxDistance + 1};
    int runScore = 0;
    const auto closeRun = [&] {
        if (run.end < 0)
            return;
        if (run.distance < bestDistance) {
            bestDistance = run.distance;
            candidates.clear();
        }
        if (run.distance == bestDistance)
            candidates.push_back(run);
        run = Candidate{-1, maxDistance + 1};
    };
    matcher.scan(normView.mid(from, to - from), false, [&](int j, int distance) {
        if (distance > maxDistance) {
            closeRun();
            return;
        }
        run.distance = std::min(run.distance, distance);
        const int end = from + j + 1;
        // Reading the context only when it could win keeps long runs (repetitive text) linear.
        if (run.end >= 0 && distance - int(suffix.size()) >= runScore)
            return;
        const int score = distance - commonPrefix(normView.mid(end), suffix);
        if (run.end < 0 || score < runScore) {
            runScore = score;
            run.end = end;
        }
    });
    closeRun();
    if (candidates.empty())
        return false;

    // Equally close matches: the nearest ones are compared by context.
    std::stable_sort(candidates.begin(), candidates.end(), [&](const Candidate &a, const Candidate &b) {
        return std::abs(a.end - m - oldStart) < std::abs(b.end - m - oldStart);
    });
    if (candidates.size() > size_t(Anchoring::MaxFuzzyCandidates))
        candidates.resize(size_t(Anchoring::MaxFuzzyCandidates));
    const QString reversedQuote = reversed(quote.text);
    const BitMatcher backwards(reversedQuote);
    int bestStart = -1;
    int bestEnd = -1;
    int bestContext = -1;
    const QStringView view(norm.text);
    for (const Candidate &c : candidates) {
        // The start: match the reversed quote anchored at the end; as for the end, the preceding
        // text's match with the prefix makes up for edits, and the shortest span wins a tie.
        const int windowStart = std::max(0, c.end - m - maxDistance);
        const QString back = reversed(view.mid(windowStart, c.end - windowStart));
        int length = -1;
        int least = 0;
        backwards.scan(back, true, [&](int j, int distance) {
            if (distance > maxDistance)
                return;
            const int score = distance - commonSuffix(view.left(c.end - (j + 1)), prefix);
            if (length < 0 || score < least) {
                least = score;
                length = j + 1;
            }
        });
        if (length <= 0)
            continue;
        const int s = c.end - length;
        const int context = commonSuffix(view.left(s), prefix) + commonPrefix(view.mid(c.end), suffix);
        if (context > bestContext) { // candidates are in order of distance, so the nearest wins ties
            bestContext = context;
            bestStart = s;
            bestEnd = c.end;
        }
    }
    if (bestStart < 0)
        return false;

    int s = norm.toOriginal[size_t(bestStart)];
    int e = norm.toOriginal[size_t(bestEnd - 1)] + 1;
    if (s > 0 && text.at(s).isLowSurrogate() && text.at(s - 1).isHighSurrogate())
        --s;
    if (e < text.size() && text.at(e - 1).isHighSurrogate() && text.at(e).isLowSurrogate())
        ++e;
    Anchoring::snapToWords(text, &s, &e);
    if (s >= e)
        return false;
    *start = s;
    *end = e;
    return true;
}

} // namespace

void ReanchorReport::add(AnchorStatus status)
{
    switch (status) {
    case AnchorStatus::Unchanged:
        ++unchanged;
        break;
    case AnchorStatus::Exact:
        ++exact;
        break;
    case AnchorStatus::Fuzzy:
        ++fuzzy;
        break;
    case AnchorStatus::Orphan:
        ++orphaned;
        break;
    }
}

bool Anchoring::snapToWords(const QString &text, int *start, int *end)
{
    const int size = int(text.size());
    int s = std::clamp(std::min(*start, *end), 0, size);
    int e = std::clamp(std::max(*start, *end), 0, size);

    // A selection that starts or ends inside a word takes the whole word.
    if (s < size && isWordChar(text, s)) {
        while (s > 0 && isWordChar(text, s - 1))
            --s;
    }
    if (e > 0 && isWordChar(text, e - 1)) {
        while (e < size && isWordChar(text, e))
            ++e;
    }
    while (s < e && !isWordChar(text, s) && isTrimmable(text.at(s)))
        ++s;
    while (e > s && !isWordChar(text, e - 1) && isTrimmable(text.at(e - 1)))
        --e;
    if (s >= e)
        return false;
    *start = s;
    *end = e;
    return true;
}

void Anchoring::fillQuote(const QString &text, Annotation *annotation)
{
    const int size = int(text.size());
    const int s = std::clamp(annotation->start, 0, size);
    const int e = std::clamp(annotation->end, s, size);
    const int before = backCodePoints(text, s, ContextLength);
    const int after = forwardCodePoints(text, e, ContextLength);
    annotation->quote = text.mid(s, e - s);
    annotation->prefix = text.mid(before, s - before);
    annotation->suffix = text.mid(e, after - e);
}

bool Anchoring::isAnchored(const QString &text, const Annotation &annotation)
{
    return annotation.start >= 0 && annotation.start < annotation.end && annotation.end <= text.size()
        && QStringView(text).mid(annotation.start, annotation.end - annotation.start) == annotation.quote;
}

bool Anchoring::reanchor(const QString &text, Annotation *annotation)
{
    const int best = bestExactOccurrence(text, *annotation);
    if (best < 0)
        return false;
    annotation->start = best;
    annotation->end = best + int(annotation->quote.size());
    fillQuote(text, annotation);
    return true;
}

AnchorMatch Anchoring::locate(const QString &text, const Annotation &annotation)
{
    AnchorMatch match;
    if (isAnchored(text, annotation)) {
        match.status = AnchorStatus::Unchanged;
        match.start = annotation.start;
        match.end = annotation.end;
        return match;
    }
    const int exact = bestExactOccurrence(text, annotation);
    if (exact >= 0) {
        match.status = AnchorStatus::Exact;
        match.start = exact;
        match.end = exact + int(annotation.quote.size());
        return match;
    }
    if (fuzzyLocate(text, annotation, &match.start, &match.end))
        match.status = AnchorStatus::Fuzzy;
    return match;
}

AnchorStatus Anchoring::place(const QString &text, Annotation *annotation)
{
    const AnchorMatch match = locate(text, *annotation);
    if (match.status != AnchorStatus::Orphan) {
        annotation->start = match.start;
        annotation->end = match.end;
        fillQuote(text, annotation);
    }
    return match.status;
}

} // namespace Revmark
