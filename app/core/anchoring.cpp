// SPDX-License-Identifier: GPL-3.0-or-later
#include "anchoring.h"

#include <QStringView>

#include <algorithm>
#include <cstdlib>

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

} // namespace

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
    if (annotation->quote.isEmpty())
        return false;
    const QStringView view(text);
    int best = -1;
    int bestScore = -1;
    int bestDistance = 0;
    for (int at = int(text.indexOf(annotation->quote)); at >= 0;
         at = int(text.indexOf(annotation->quote, at + 1))) {
        const int end = at + int(annotation->quote.size());
        const int score = commonSuffix(view.left(at), annotation->prefix)
            + commonPrefix(view.mid(end), annotation->suffix);
        const int distance = std::abs(at - annotation->start);
        if (score > bestScore || (score == bestScore && distance < bestDistance)) {
            best = at;
            bestScore = score;
            bestDistance = distance;
        }
    }
    if (best < 0)
        return false;
    annotation->start = best;
    annotation->end = best + int(annotation->quote.size());
    fillQuote(text, annotation);
    return true;
}

} // namespace Revmark
