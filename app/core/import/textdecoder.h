// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QChar>
#include <QLatin1String>
#include <QString>

namespace Revmark {

// Decodes the bytes of a text file. Order: a BOM (UTF-8, UTF-16 LE/BE) wins; otherwise valid
// UTF-8; otherwise Windows-1252. Bytes that look binary (NUL bytes outside UTF-16, many control
// characters) are refused. The BOM is not part of the text. Line ends are left as they are.
struct DecodedText
{
    enum class Status { Ok, Empty, Binary, Undecodable };
    Status status = Status::Ok;
    QString text;
    QString encoding; // "UTF-8", "UTF-16LE", "UTF-16BE", "windows-1252", or for HTML the
                      // declared charset it was decoded with ("iso-8859-2", "Shift_JIS", ...)
};

class TextDecoder
{
public:
    // Status Empty: no bytes, or only whitespace (text is then empty).
    // Status Binary: NUL bytes in a file without a UTF-16 BOM, or more than 10% control
    // characters other than \t \n \r \f.
    // Status Undecodable: a UTF-16 BOM followed by an odd number of bytes.
    // Unpaired UTF-16 surrogates become U+FFFD; a UTF-8 BOM followed by invalid UTF-8 is
    // decoded with U+FFFD for the bad sequences (the BOM is trusted).
    static DecodedText decode(const QByteArray &data);

    // The same for an HTML page, in the order HTML5 gives: a BOM wins; otherwise the charset
    // declared in the first 1024 bytes (<meta charset=...>, or <meta http-equiv="Content-Type"
    // content="...; charset=...">) decodes it through Qt's decoders (ICU in Qt 6, QTextCodec in
    // Qt 5: iso-8859-*, koi8-r, windows-125x, Shift_JIS, EUC-JP, GBK, Big5, ...). As in
    // browsers, a declared UTF-16 is read as UTF-8, and ISO-8859-1 and US-ASCII as
    // Windows-1252. A declared UTF-8, a charset Qt does not know and a page without a
    // declaration are decoded as by decode() (so invalid UTF-8 still falls back to Windows-1252).
    static DecodedText decodeHtml(const QByteArray &data);

    // The charset label an HTML page declares in its first 1024 bytes, found the way the HTML5
    // prescan does (comments and other tags skipped), trimmed and in lower case; empty if none.
    static QByteArray declaredHtmlCharset(const QByteArray &data);

    // True when data is strictly valid UTF-8 (no overlong forms, surrogates or code points
    // above U+10FFFF).
    static bool isValidUtf8(const QByteArray &data);

    // The character for one Windows-1252 byte. The five bytes the code page leaves undefined
    // (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to the C1 control of the same value, as Windows and
    // the WHATWG encoding standard do.
    static QChar fromWindows1252(uchar byte);
};

} // namespace Revmark
