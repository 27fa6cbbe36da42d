// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/textdecoder.h"

#include "model/logging.h"
#include "model/qtcompat.h"

#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
#include <QStringDecoder>
#else
#include <QTextCodec>
#endif

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

// ---------------------------------------------------------------------------------------------
// Declared charsets of HTML pages

namespace Revmark {

namespace {

bool isPrescanSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

bool isAsciiLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// One attribute of a tag at d[i] (HTML5 "get an attribute"); false at '>' or the end.
bool nextAttribute(const QByteArray &d, qtsize &i, QByteArray &name, QByteArray &value)
{
    const qtsize n = d.size();
    while (i < n && (isPrescanSpace(d.at(i)) || d.at(i) == '/'))
        ++i;
    if (i >= n || d.at(i) == '>')
        return false;
    name.clear();
    value.clear();
    const qtsize nameStart = i;
    ++i; // a first '=' belongs to the name
    while (i < n && !isPrescanSpace(d.at(i)) && d.at(i) != '/' && d.at(i) != '>' && d.at(i) != '=')
        ++i;
    name = d.mid(nameStart, i - nameStart).toLower();
    while (i < n && isPrescanSpace(d.at(i)))
        ++i;
    if (i >= n || d.at(i) != '=')
        return true;
    ++i;
    while (i < n && isPrescanSpace(d.at(i)))
        ++i;
    if (i < n && (d.at(i) == '"' || d.at(i) == '\'')) {
        const char quote = d.at(i);
        const qtsize close = d.indexOf(quote, i + 1);
        if (close < 0) {
            i = n; // cut off by the 1024-byte limit: not a value to trust
            return false;
        }
        value = d.mid(i + 1, close - i - 1);
        i = close + 1;
    } else {
        const qtsize start = i;
        while (i < n && !isPrescanSpace(d.at(i)) && d.at(i) != '>')
            ++i;
        if (i >= n)
            return false;
        value = d.mid(start, i - start);
    }
    value = value.toLower();
    return true;
}

// "text/html; charset=koi8-r" -> "koi8-r" (HTML5 "extracting a character encoding from a meta
// element").
QByteArray charsetFromContent(const QByteArray &content)
{
    qtsize from = 0;
    for (;;) {
        qtsize at = content.indexOf("charset", from);
        if (at < 0)
            return QByteArray();
        qtsize i = at + 7;
        while (i < content.size() && isPrescanSpace(content.at(i)))
            ++i;
        if (i >= content.size() || content.at(i) != '=') {
            from = at + 7;
            continue;
        }
        ++i;
        while (i < content.size() && isPrescanSpace(content.at(i)))
            ++i;
        if (i >= content.size())
            return QByteArray();
        if (content.at(i) == '"' || content.at(i) == '\'') {
            const qtsize close = content.indexOf(content.at(i), i + 1);
            return close < 0 ? QByteArray() : content.mid(i + 1, close - i - 1);
        }
        qtsize end = i;
        while (end < content.size() && !isPrescanSpace(content.at(end)) && content.at(end) != ';')
            ++end;
        return content.mid(i, end - i);
    }
}

// Labels browsers read differently from their name (the WHATWG encoding standard), for the few
// that matter in practice; every other label goes to Qt as it is.
QByteArray canonicalLabel(const QByteArray &label)
{
    static const char *const aliases[][2] = {
        {"iso-8859-1", "windows-1252"}, {"iso8859-1", "windows-1252"}, {"latin1", "windows-1252"},
        {"l1", "windows-1252"}, {"us-ascii", "windows-1252"}, {"ascii", "windows-1252"},
        {"cp1252", "windows-1252"}, {"x-user-defined", "windows-1252"}, {"iso-8859-9", "windows-1254"},
        {"latin5", "windows-1254"}, {"tis-620", "windows-874"}, {"gb2312", "gbk"},
        {"x-sjis", "shift_jis"}, {"sjis", "shift_jis"}, {"ms_kanji", "shift_jis"},
        {"utf8", "utf-8"}, {"unicode-1-1-utf-8", "utf-8"},
        // A page that reached us as bytes cannot be UTF-16 if its <meta> was readable as ASCII.
        {"utf-16", "utf-8"}, {"utf-16le", "utf-8"}, {"utf-16be", "utf-8"},
    };
    for (const auto &alias : aliases) {
        if (label == alias[0])
            return alias[1];
    }
    return label;
}

// Decodes data with the named charset; false if Qt has no decoder of that name. The one place
// where Qt 5 (QTextCodec) and Qt 6 (QStringDecoder, backed by ICU) differ.
bool decodeWithCharset(const QByteArray &data, const QByteArray &charset, QString *text)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    QStringDecoder decoder(charset.constData());
    if (!decoder.isValid())
        return false;
    *text = decoder.decode(data);
    return true;
#else
    QTextCodec *codec = QTextCodec::codecForName(charset);
    if (!codec)
        return false;
    *text = codec->toUnicode(data);
    return true;
#endif
}

} // namespace

QByteArray TextDecoder::declaredHtmlCharset(const QByteArray &data)
{
    const QByteArray d = data.left(1024);
    const qtsize n = d.size();
    qtsize i = 0;
    while (i < n) {
        if (d.at(i) != '<') {
            ++i;
            continue;
        }
        if (d.mid(i, 4) == "<!--") {
            const qtsize end = d.indexOf("-->", i + 2);
            if (end < 0)
                return QByteArray();
            i = end + 3;
            continue;
        }
        if (d.mid(i, 5).toLower() == "<meta" && i + 5 < n && (isPrescanSpace(d.at(i + 5)) || d.at(i + 5) == '/')) {
            i += 5;
            QByteArray name;
            QByteArray value;
            QByteArray charset;
            bool gotPragma = false;
            bool needPragma = false;
            bool sawCharsetOrContent = false;
            while (nextAttribute(d, i, name, value)) {
                if (name == "http-equiv" && value == "content-type") {
                    gotPragma = true;
                } else if (name == "content" && charset.isEmpty()) {
                    const QByteArray fromContent = charsetFromContent(value);
                    if (!fromContent.isEmpty()) {
                        charset = fromContent;
                        needPragma = true;
                        sawCharsetOrContent = true;
                    }
                } else if (name == "charset") {
                    charset = value;
                    needPragma = false;
                    sawCharsetOrContent = true;
                }
            }
            const QByteArray label = charset.trimmed();
            if (i < n && sawCharsetOrContent && (!needPragma || gotPragma) && !label.isEmpty())
                return label;
            continue;
        }
        const char next = i + 1 < n ? d.at(i + 1) : '\0';
        if (isAsciiLetter(next) || (next == '/' && i + 2 < n && isAsciiLetter(d.at(i + 2)))) {
            // Another tag: its attributes may hold a '>' in quotes.
            i += next == '/' ? 2 : 1;
            while (i < n && !isPrescanSpace(d.at(i)) && d.at(i) != '>')
                ++i;
            QByteArray name;
            QByteArray value;
            while (nextAttribute(d, i, name, value)) {
            }
            ++i;
            continue;
        }
        if (next == '!' || next == '/' || next == '?') {
            const qtsize end = d.indexOf('>', i + 1);
            if (end < 0)
                return QByteArray();
            i = end + 1;
            continue;
        }
        ++i;
    }
    return QByteArray();
}

DecodedText TextDecoder::decodeHtml(const QByteArray &data)
{
    const bool bom = data.startsWith("\xEF\xBB\xBF") || data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF");
    if (bom) {
        qCDebug(lcImport) << "HTML: encoding from the byte order mark";
        return decode(data);
    }
    const QByteArray declared = declaredHtmlCharset(data);
    const QByteArray charset = canonicalLabel(declared);
    if (declared.isEmpty() || charset == "utf-8" || charset == "windows-1252") {
        DecodedText result = decode(data);
        qCDebug(lcImport) << "HTML: declared charset" << (declared.isEmpty() ? QByteArray("(none)") : declared)
                          << "- decoded as" << result.encoding;
        return result;
    }
    if (data.contains('\0')) {
        DecodedText result;
        result.status = DecodedText::Status::Binary;
        return result;
    }
    QString text;
    if (!decodeWithCharset(data, charset, &text)) {
        DecodedText result = decode(data);
        qCDebug(lcImport) << "HTML: no decoder for the declared charset" << declared << "- decoded as"
                          << result.encoding;
        return result;
    }
    qCDebug(lcImport) << "HTML: decoded with the declared charset" << declared;
    return finish(std::move(text), charset.constData());
}

} // namespace Revmark
