// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QChar>
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
    QString encoding; // "UTF-8", "UTF-16LE", "UTF-16BE", "windows-1252"
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

    // True when data is strictly valid UTF-8 (no overlong forms, surrogates or code points
    // above U+10FFFF).
    static bool isValidUtf8(const QByteArray &data);

    // The character for one Windows-1252 byte. The five bytes the code page leaves undefined
    // (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to the C1 control of the same value, as Windows and
    // the WHATWG encoding standard do.
    static QChar fromWindows1252(uchar byte);
};

} // namespace Revmark
