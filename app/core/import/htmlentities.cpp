// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/htmlentities.h"

#include "import/htmlentitytable.h"
#include "import/textdecoder.h"

#include <algorithm>
#include <cstring>

namespace Revmark {

namespace {

// The longest name in the table ("CounterClockwiseContourIntegral;") is 32 characters; legacy
// names without ';' are at most 6.
constexpr int MaxNameLength = 32;
constexpr int MaxLegacyNameLength = 6;

void appendCodePoint(QString &out, char32_t cp)
{
    if (cp > 0xFFFF) {
        out += QChar(QChar::highSurrogate(cp));
        out += QChar(QChar::lowSurrogate(cp));
    } else {
        out += QChar(char16_t(cp));
    }
}

bool isAsciiAlnum(char16_t u)
{
    return (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
}

int digitValue(char16_t u, bool hex)
{
    if (u >= '0' && u <= '9')
        return u - '0';
    if (hex && u >= 'a' && u <= 'f')
        return u - 'a' + 10;
    if (hex && u >= 'A' && u <= 'F')
        return u - 'A' + 10;
    return -1;
}

// name holds ASCII only (letters, digits, maybe ';'), so a byte comparison is the table's order.
const HtmlEntityTable::Entry *find(const char *name)
{
    const auto *first = HtmlEntityTable::begin();
    const auto *last = HtmlEntityTable::end();
    const auto *it = std::lower_bound(first, last, name, [](const HtmlEntityTable::Entry &e, const char *key) {
        return std::strcmp(e.name, key) < 0;
    });
    return it != last && std::strcmp(it->name, name) == 0 ? it : nullptr;
}

void appendEntry(QString &out, const HtmlEntityTable::Entry &entry)
{
    appendCodePoint(out, entry.first);
    if (entry.second != 0)
        appendCodePoint(out, entry.second);
}

// "&#..." at s[i]; returns the characters used, or 0 when there are no digits.
qtsize decodeNumeric(QStringView s, qtsize i, QString &out)
{
    const qtsize end = s.size();
    qtsize j = i + 2;
    const bool hex = j < end && (s.at(j).unicode() == 'x' || s.at(j).unicode() == 'X');
    if (hex)
        ++j;
    const qtsize digitsStart = j;
    char32_t value = 0;
    for (; j < end; ++j) {
        const int digit = digitValue(s.at(j).unicode(), hex);
        if (digit < 0)
            break;
        // Saturating: "&#99999999999;" must not wrap round to a valid character.
        value = std::min<char32_t>(value * (hex ? 16 : 10) + char32_t(digit), 0x110000);
    }
    if (j == digitsStart)
        return 0;
    if (j < end && s.at(j).unicode() == ';')
        ++j;
    if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
        out += QChar(QChar::ReplacementCharacter);
    else if (value >= 0x80 && value <= 0x9F)
        out += TextDecoder::fromWindows1252(uchar(value)); // what browsers do with &#150;
    else
        appendCodePoint(out, value);
    return j - i;
}

// The reference at s[i] == '&' into out; returns the characters used, or 0 when there is none
// (the '&' is then literal).
qtsize decodeAt(QStringView s, qtsize i, HtmlEntities::Context context, QString &out)
{
    const qtsize end = s.size();
    if (i + 1 < end && s.at(i + 1).unicode() == '#')
        return decodeNumeric(s, i, out);

    char name[MaxNameLength + 2];
    int length = 0;
    for (qtsize j = i + 1; j < end && length < MaxNameLength && isAsciiAlnum(s.at(j).unicode()); ++j)
        name[length++] = char(s.at(j).unicode());
    if (length == 0)
        return 0;
    if (i + 1 + length < end && s.at(i + 1 + length).unicode() == ';') {
        name[length] = ';';
        name[length + 1] = '\0';
        if (const auto *entry = find(name)) {
            appendEntry(out, *entry);
            return length + 2;
        }
    }
    // The longest legacy name the text starts with, as the HTML5 tokenizer matches.
    for (int n = std::min(length, MaxLegacyNameLength); n >= 2; --n) {
        name[n] = '\0';
        const auto *entry = find(name);
        if (!entry)
            continue;
        if (context == HtmlEntities::Context::Attribute && i + 1 + n < end) {
            const char16_t next = s.at(i + 1 + n).unicode();
            if (next == '=' || isAsciiAlnum(next))
                return 0; // "href=?a&copy=1" keeps its query
        }
        appendEntry(out, *entry);
        return n + 1;
    }
    return 0;
}

} // namespace

QString HtmlEntities::decode(const QString &text, qtsize begin, qtsize end, Context context)
{
    // Not indexOf(): that would search past end, making many small ranges quadratic.
    qtsize firstAmp = begin;
    while (firstAmp < end && text.at(firstAmp).unicode() != '&')
        ++firstAmp;
    if (firstAmp >= end)
        return text.mid(begin, end - begin);
    const QStringView range = QStringView(text).mid(begin, end - begin);
    QString out;
    out.reserve(end - begin);
    out += text.mid(begin, firstAmp - begin);
    qtsize i = firstAmp - begin;
    while (i < range.size()) {
        const QChar c = range.at(i);
        if (c.unicode() == '&') {
            const qtsize used = decodeAt(range, i, context, out);
            if (used > 0) {
                i += used;
                continue;
            }
        }
        out += c;
        ++i;
    }
    return out;
}

QString HtmlEntities::decodeReference(QStringView reference)
{
    if (reference.size() < 3 || reference.front().unicode() != '&' || reference.back().unicode() != ';')
        return QString();
    QString out;
    // Only a reference that uses every character counts: "&copy;x;" is not one.
    if (decodeAt(reference, 0, Context::Text, out) != reference.size())
        return QString();
    return out;
}

} // namespace Revmark
