// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/qtcompat.h"

#include <QString>
#include <QStringView>

namespace Revmark {

// Character references as HTML5 reads them, over the complete named table (2,231 names).
class HtmlEntities
{
public:
    // Where the text stands: HTML5 reads a legacy reference without ';' (such as "&copy" or
    // "&amp") differently in an attribute value.
    enum class Context { Text, Attribute };

    // Decodes every reference in text[begin, end):
    // - named: the longest name in the table that the text starts with. Without the final ';'
    //   only the legacy names count ("&copy 2024" is "© 2024", "&notit;" is "¬it;"); in an
    //   attribute such a match followed by '=' or a letter or digit stays as written
    //   ("?a=1&copy=2"). Unknown names stay as written.
    // - numeric ("&#233;", "&#xE9;", ';' optional): 0, surrogates and values beyond U+10FFFF
    //   become U+FFFD, 0x80-0x9F are read as Windows-1252; anything else is that character.
    //   "&#;" and "&#x;" stay as written.
    // Linear in the length: no reference is longer than 32 characters after the '&'.
    static QString decode(const QString &text, qtsize begin, qtsize end, Context context = Context::Text);
    static QString decode(const QString &text, Context context = Context::Text)
    {
        return decode(text, 0, text.size(), context);
    }

    // One complete reference the way CommonMark knows them ("&name;", "&#233;", "&#xE9;", always
    // with the ';'), decoded as above; a null string when it names nothing.
    static QString decodeReference(QStringView reference);
};

} // namespace Revmark
