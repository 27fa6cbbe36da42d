// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/codepointmap.h"

#include <algorithm>

namespace Revmark {

CodePointMap::CodePointMap(const QString &text)
    : m_utf16Length(int(text.size()))
{
    for (int i = 0; i + 1 < m_utf16Length; ++i) {
        if (text.at(i).isHighSurrogate() && text.at(i + 1).isLowSurrogate()) {
            m_pairStarts.append(i);
            ++i;
        }
    }
}

int CodePointMap::toCodePoint(int utf16Index) const
{
    utf16Index = std::clamp(utf16Index, 0, m_utf16Length);
    // Pairs starting strictly before the index each took one extra UTF-16 unit; an index on
    // the low surrogate of a pair counts that pair too, which maps it onto the pair itself.
    const auto pairsBefore = std::lower_bound(m_pairStarts.cbegin(), m_pairStarts.cend(), utf16Index)
                             - m_pairStarts.cbegin();
    return utf16Index - int(pairsBefore);
}

int CodePointMap::toUtf16(int codePointIndex) const
{
    if (codePointIndex <= 0)
        return 0;
    if (codePointIndex >= codePointLength())
        return m_utf16Length;
    // The k-th pair starts at code point m_pairStarts[k] - k; count pairs starting before.
    int lo = 0;
    int hi = int(m_pairStarts.size());
    while (lo < hi) {
        const int mid = (lo + hi) / 2;
        if (m_pairStarts.at(mid) - mid < codePointIndex)
            lo = mid + 1;
        else
            hi = mid;
    }
    return codePointIndex + lo;
}

} // namespace Revmark
