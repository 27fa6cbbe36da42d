// SPDX-License-Identifier: GPL-3.0-or-later
#include "anchoring/anchoring.h"

#include "model/logging.h"

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

// How well the surroundings of a candidate span agree with the stored prefix and suffix, compared
// as in the normalised text (white space runs as one space, case folded).
struct ContextAgreement
{
    int before = 0; // normalised units of prefix that agree, going back from the span
    int after = 0;  // normalised units of suffix that agree, going on from the span
    bool wholeBefore = false; // the text before the span is the whole prefix, nothing more
    bool wholeAfter = false;  // the text after the span is the whole suffix, nothing more
    bool noContext = false;   // the annotation stores neither prefix nor suffix

    // The rule documented at Anchoring::locate(). A word or two of agreement is what any other
    // occurrence of a short quote gets by chance (" is ", ", "), so it must not count as
    // evidence; a context that is short because the span sat at an end of its text counts only
    // when the candidate sits equally near that end. Without any stored context (a file written
    // by hand) there is nothing to weigh and the quote alone decides, as it always did.
    bool credible(int quoteLength) const
    {
        return quoteLength >= Anchoring::DistinctiveQuoteLength || noContext
            || before >= Anchoring::MinContextAgreement || after >= Anchoring::MinContextAgreement
            || wholeBefore || wholeAfter;
    }
};

// For text that is already normalised.
ContextAgreement normalizedAgreement(QStringView text, int start, int end, QStringView prefix, QStringView suffix)
{
    ContextAgreement c;
    c.before = commonSuffix(text.left(start), prefix);
    c.after = commonPrefix(text.mid(end), suffix);
    c.wholeBefore = c.before == prefix.size() && c.before == start;
    c.wholeAfter = c.after == suffix.size() && end + c.after == text.size();
    c.noContext = prefix.isEmpty() && suffix.isEmpty();
    return c;
}

// What normalize() makes of a unit that is not white space.
QChar normalizedUnit(QChar c)
{
    return c.isSurrogate() ? c : c.toCaseFolded();
}

// For raw text, normalising on the fly: only as far as the context agrees, so the work per
// occurrence is bounded by the context length plus the white space next to it.
ContextAgreement rawAgreement(QStringView text, int start, int end, QStringView prefix, QStringView suffix)
{
    ContextAgreement c;
    int i = start;
    while (c.before < prefix.size() && i > 0) {
        const QChar want = prefix.at(prefix.size() - 1 - c.before);
        if (text.at(i - 1).isSpace()) {
            if (want != QLatin1Char(' '))
                break;
            while (i > 0 && text.at(i - 1).isSpace())
                --i;
        } else {
            if (normalizedUnit(text.at(i - 1)) != want)
                break;
            --i;
        }
        ++c.before;
    }
    c.wholeBefore = c.before == prefix.size() && i == 0;
    int j = end;
    while (c.after < suffix.size() && j < text.size()) {
        const QChar want = suffix.at(c.after);
        if (text.at(j).isSpace()) {
            if (want != QLatin1Char(' '))
                break;
            while (j < text.size() && text.at(j).isSpace())
                ++j;
        } else {
            if (normalizedUnit(text.at(j)) != want)
                break;
            ++j;
        }
        ++c.after;
    }
    c.wholeAfter = c.after == suffix.size() && j == text.size();
    c.noContext = prefix.isEmpty() && suffix.isEmpty();
    return c;
}

// The start of the occurrence of the quote whose context matches best (length of the common run
// before plus after, compared exactly), the nearest to the old start on a tie; -1 when the quote
// does not occur. Occurrences whose context is not credible (see Anchoring::locate()) are
// skipped.
int bestExactOccurrence(const QString &text, const Annotation &annotation)
{
    if (annotation.quote.isEmpty())
        return -1;
    const QStringView view(text);
    const int quoteLength = int(annotation.quote.size());
    const QString prefix = normalize(annotation.prefix).text;
    const QString suffix = normalize(annotation.suffix).text;
    int best = -1;
    int bestScore = -1;
    int bestDistance = 0;
    for (int at = int(text.indexOf(annotation.quote)); at >= 0;
         at = int(text.indexOf(annotation.quote, at + 1))) {
        const int end = at + quoteLength;
        if (!rawAgreement(view, at, end, prefix, suffix).credible(quoteLength))
            continue;
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
    // same match give or take a character). Runs rank by their least distance (all are kept: a
    // closer match whose context is not credible must not hide a credible one); within a run the
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
    Candidate run{-1, maxDistance + 1};
    int runScore = 0;
    const auto closeRun = [&] {
        if (run.end >= 0)
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

    // The closest matches, nearest first; only credible ones count, then distance, then context.
    std::stable_sort(candidates.begin(), candidates.end(), [&](const Candidate &a, const Candidate &b) {
        if (a.distance != b.distance)
            return a.distance < b.distance;
        return std::abs(a.end - m - oldStart) < std::abs(b.end - m - oldStart);
    });
    if (candidates.size() > size_t(Anchoring::MaxFuzzyCandidates))
        candidates.resize(size_t(Anchoring::MaxFuzzyCandidates));
    const QString reversedQuote = reversed(quote.text);
    const BitMatcher backwards(reversedQuote);
    const int quoteLength = int(annotation.quote.size());
    int bestStart = -1;
    int bestEnd = -1;
    int bestDistance = maxDistance + 1;
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
        const ContextAgreement agreement = normalizedAgreement(view, s, c.end, prefix, suffix);
        if (!agreement.credible(quoteLength))
            continue;
        const int context = agreement.before + agreement.after;
        // Candidates are in order of distance, then nearness, so the nearest wins ties.
        if (c.distance < bestDistance || (c.distance == bestDistance && context > bestContext)) {
            bestDistance = c.distance;
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
    if (lcAnchoring().isDebugEnabled()) {
        static const char *const names[] = {"unchanged", "exact", "fuzzy", "orphan"};
        const QString quote = annotation->quote.size() > 40 ? annotation->quote.left(40) + QStringLiteral("…")
                                                            : annotation->quote;
        if (match.status == AnchorStatus::Orphan) {
            qCDebug(lcAnchoring, "annotation %s: orphan (was [%d, %d), quote \"%s\")", qUtf8Printable(annotation->id),
                    annotation->start, annotation->end, qUtf8Printable(quote));
        } else {
            qCDebug(lcAnchoring, "annotation %s: %s, [%d, %d) -> [%d, %d), quote \"%s\"",
                    qUtf8Printable(annotation->id), names[int(match.status)], annotation->start, annotation->end,
                    match.start, match.end, qUtf8Printable(quote));
        }
    }
    if (match.status == AnchorStatus::Unchanged) {
        // Nearly every annotation of a project being opened: its quote, prefix and suffix are
        // already what fillQuote() would make, and copying them again was a tenth of the load.
        const int before = backCodePoints(text, annotation->start, ContextLength);
        const int after = forwardCodePoints(text, annotation->end, ContextLength);
        const QStringView view(text);
        if (view.mid(before, annotation->start - before) == annotation->prefix
            && view.mid(annotation->end, after - annotation->end) == annotation->suffix)
            return match.status;
    }
    if (match.status != AnchorStatus::Orphan) {
        annotation->start = match.start;
        annotation->end = match.end;
        fillQuote(text, annotation);
    }
    return match.status;
}

} // namespace Revmark
