// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVector>

namespace Revmark {

// Converts positions in one text between UTF-16 indices (what QString and QTextDocument use)
// and Unicode code point indices (what project files store). O(log n) per conversion after an
// O(n) scan; texts without surrogate pairs convert in O(1).
class CodePointMap
{
public:
    explicit CodePointMap(const QString &text);

    // A UTF-16 index inside a surrogate pair maps to the pair's code point.
    int toCodePoint(int utf16Index) const;
    // Code point indices past the end map to the UTF-16 length.
    int toUtf16(int codePointIndex) const;
    int codePointLength() const { return m_utf16Length - int(m_pairStarts.size()); }
    int utf16Length() const { return m_utf16Length; }

private:
    QVector<int> m_pairStarts; // UTF-16 index of each high surrogate that starts a pair
    int m_utf16Length = 0;
};

} // namespace Revmark
