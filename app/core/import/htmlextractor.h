// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Revmark {

// The visible article text of an HTML page and what it says about itself.
struct ExtractedHtml
{
    QString text;   // paragraphs separated by "\n\n", whitespace collapsed, entities decoded
    QString title;  // og:title, else the first <h1>, else <title> (site suffix like " | Site" removed)
    QString author; // <meta name="author">, article:author, or a "By ..." byline
    QString outlet; // og:site_name, else application-name
};

// A tolerant tokenizer, not a browser: it never loads anything (no network, no files).
// Drops script, style, noscript, template, svg, head, nav, header, footer, aside, form, button,
// iframe and comments. When the page has an <article> (or else <main>), only that is used.
// Decodes character references as HTML5 does (HtmlEntities: all 2,231 names, legacy ones
// without ';', attribute rules).
// Bounded work on any input: nesting depth and entity lengths are capped.
//
// Details of the contract:
// - Also dropped: math, select, object, textarea, video, audio, canvas, and any element that is
//   hidden (hidden attribute, aria-hidden="true", inline display:none) or whose class or id
//   names typical page furniture (share, social, newsletter, related, comments, cookie,
//   subscribe, promo, advert, sidebar, breadcrumb, menu). html, body, article and main are
//   never dropped for their class or id. A <header> inside <article> or <main> is kept.
// - Block elements end a paragraph ("\n\n"); <br> gives "\n"; list items are one per line,
//   "• " in front (ordered lists: "1. ", "2. ", ...); table cells are separated by a space.
// - Whitespace runs collapse to one space except inside <pre>. U+00A0 is kept as it is.
// - Images and other embedded content produce no text.
// - Nesting deeper than MaxDepth is flattened; processing is iterative and linear in the input.
class HtmlExtractor
{
public:
    static constexpr int MaxDepth = 512;

    static ExtractedHtml extract(const QString &html);
};

} // namespace Revmark
