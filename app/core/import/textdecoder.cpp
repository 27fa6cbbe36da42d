// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/textdecoder.h"

#include "model/qtcompat.h"

namespace Revmark {

namespace {

// Only 0x80-0x9F differ from Latin-1. A table of our own keeps ICU (Qt 6) and QTextCodec
// (Qt 5) out of the picture, so both Qt versions decode identically with no version switch.
const char16_t windows1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, // 0x80
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F, // 0x88
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, // 0x90
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178, // 0x98
};

bool isBlank(const QString &text)
{
    for (const QChar c : text) {
        if (!c.isSpace())
            return false;
    }
    return true;
}

// Control characters that never appear in ordinary text. A few stray ones are tolerated
// (old files contain the odd ^Z or ESC); a real binary file has far more than 10%.
bool looksBinary(const QString &text)
{
    qtsize controls = 0;
    for (const QChar c : text) {
        const ushort u = c.unicode();
        if ((u < 0x20 && u != '\t' && u != '\n' && u != '\r' && u != '\f') || u == 0x7F)
            ++controls;
    }
    return controls * 10 > text.size();
}

QString decodeUtf16(const char *bytes, qtsize size, bool littleEndian)
{
    QString result;
    result.resize(size / 2);
    QChar *out = result.data();
    const auto *in = reinterpret_cast<const uchar *>(bytes);
    for (qtsize i = 0; i < size / 2; ++i) {
        const uchar b0 = in[2 * i];
        const uchar b1 = in[2 * i + 1];
        out[i] = QChar(ushort(littleEndian ? (b1 << 8) | b0 : (b0 << 8) | b1));
    }
    // Lone surrogates would survive into the project file as invalid UTF-8.
    const qtsize n = result.size();
    for (qtsize i = 0; i < n; ++i) {
        if (out[i].isHighSurrogate() && i + 1 < n && out[i + 1].isLowSurrogate())
            ++i;
        else if (out[i].isSurrogate())
            out[i] = QChar(QChar::ReplacementCharacter);
    }
    return result;
}

QString decodeWindows1252(const QByteArray &data)
{
    QString result;
    result.resize(data.size());
    QChar *out = result.data();
    for (qtsize i = 0; i < data.size(); ++i)
        out[i] = TextDecoder::fromWindows1252(uchar(data.at(i)));
    return result;
}

DecodedText finish(QString text, const char *encoding)
{
    DecodedText result;
    result.encoding = QLatin1String(encoding);
    if (isBlank(text)) {
        result.status = DecodedText::Status::Empty;
        return result;
    }
    if (looksBinary(text)) {
        result.status = DecodedText::Status::Binary;
        return result;
    }
    result.text = std::move(text);
    return result;
}

} // namespace

QChar TextDecoder::fromWindows1252(uchar byte)
{
    if (byte >= 0x80 && byte < 0xA0)
        return QChar(windows1252High[byte - 0x80]);
    return QChar(ushort(byte));
}

bool TextDecoder::isValidUtf8(const QByteArray &data)
{
    const auto *p = reinterpret_cast<const uchar *>(data.constData());
    const qtsize n = data.size();
    qtsize i = 0;
    while (i < n) {
        const uchar b = p[i];
        if (b < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        uchar lo = 0x80, hi = 0xBF; // allowed range of the first continuation byte
        if (b >= 0xC2 && b <= 0xDF) {
            extra = 1;
        } else if (b == 0xE0) {
            extra = 2;
            lo = 0xA0; // no overlong 3-byte forms
        } else if (b >= 0xE1 && b <= 0xEC) {
            extra = 2;
        } else if (b == 0xED) {
            extra = 2;
            hi = 0x9F; // no surrogates
        } else if (b >= 0xEE && b <= 0xEF) {
            extra = 2;
        } else if (b == 0xF0) {
            extra = 3;
            lo = 0x90; // no overlong 4-byte forms
        } else if (b >= 0xF1 && b <= 0xF3) {
            extra = 3;
        } else if (b == 0xF4) {
            extra = 3;
            hi = 0x8F; // nothing above U+10FFFF
        } else {
            return false;
        }
        if (i + extra >= n)
            return false;
        if (p[i + 1] < lo || p[i + 1] > hi)
            return false;
        for (int k = 2; k <= extra; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return false;
        }
        i += extra + 1;
    }
    return true;
}

DecodedText TextDecoder::decode(const QByteArray &data)
{
    DecodedText empty;
    empty.status = DecodedText::Status::Empty;
    if (data.isEmpty())
        return empty;

    const auto *p = reinterpret_cast<const uchar *>(data.constData());
    const qtsize n = data.size();

    if (n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF)
        return finish(QString::fromUtf8(data.constData() + 3, n - 3), "UTF-8");

    if (n >= 2 && ((p[0] == 0xFF && p[1] == 0xFE) || (p[0] == 0xFE && p[1] == 0xFF))) {
        const bool littleEndian = p[0] == 0xFF;
        const char *encoding = littleEndian ? "UTF-16LE" : "UTF-16BE";
        if ((n - 2) % 2 != 0) {
            DecodedText result;
            result.status = DecodedText::Status::Undecodable;
            result.encoding = QLatin1String(encoding);
            return result;
        }
        return finish(decodeUtf16(data.constData() + 2, n - 2, littleEndian), encoding);
    }

    // Without a BOM a NUL byte means binary (or BOM-less UTF-16, which we do not guess at).
    if (data.contains('\0')) {
        DecodedText result;
        result.status = DecodedText::Status::Binary;
        return result;
    }

    if (isValidUtf8(data))
        return finish(QString::fromUtf8(data.constData(), n), "UTF-8");
    return finish(decodeWindows1252(data), "windows-1252");
}

} // namespace Revmark
