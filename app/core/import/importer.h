// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/review.h"

#include <QByteArray>
#include <QString>

namespace Revmark {

// The outcome of importing one file. On failure review is empty and error is a translated,
// complete sentence that names the file and the reason, ready to show to the user.
struct ImportResult
{
    bool ok = false;
    Review review;
    QString error;
};

// Files larger than Limits::MaxSourceFileSize are refused.
// Turns a review file (plain text, Markdown or HTML; UTF-8 with or without BOM, UTF-16 LE/BE
// with BOM, or Windows-1252 when the bytes are not valid UTF-8; CRLF, CR or LF) into a Review
// with canonical text: NFC, '\n' line ends, paragraphs separated by one blank line, no leading
// or trailing blank lines. Title, author and outlet are guessed from the content. The result has
// a fresh id, sourcePath (absolute), format and importedAt set, and no annotations.
// Never touches the network or any file but the one named; never crashes on any input.
class Importer
{
public:
    static ImportResult importFile(const QString &path);
    // The same from bytes already read; fileName names the file in messages and helps detect
    // the format from its extension.
    static ImportResult importData(const QByteArray &data, const QString &fileName);

    // By extension (.md/.markdown, .htm/.html/.xhtml, anything else text), then by content for
    // unknown extensions (a leading <!DOCTYPE html> or <html).
    static SourceFormat detectFormat(const QString &fileName, const QByteArray &data);

    // The canonical form of decoded text: CRLF and CR become '\n' (U+2028 too; U+2029 a blank
    // line), NFC, trailing whitespace of every line removed (U+00A0 and other no-break spaces
    // kept), control characters other than tab and form feed dropped, runs of blank lines
    // reduced to one, leading and trailing blank lines removed. Idempotent.
    static QString canonicalText(const QString &text);

    // The name in a byline such as "By Jane Doe" or "by: Jane Doe and John Roe | 3 May", or an
    // empty string when line is not one. Every word of the name must be capitalised (apart from
    // "and", "de", "van" and the like), so "By the way, ..." is not a byline.
    static QString bylineName(const QString &line);
};

} // namespace Revmark
