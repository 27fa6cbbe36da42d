// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Revmark {

// The HTML5 named character references, generated from Python's html.entities.html5 by
// gen_htmlentities.py into htmlentitytable.cpp. Every name appears as written in the standard:
// "amp;" and, for the legacy references that also work without one, "amp".
class HtmlEntityTable
{
public:
    struct Entry
    {
        const char *name;   // ASCII letters and digits, maybe a final ';'
        char32_t first;     // the character
        char32_t second;    // a second character (a combining mark or variant selector), or 0
    };

    // The entries sorted by name in byte order.
    static const Entry *begin();
    static const Entry *end();
};

} // namespace Revmark
