// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Revmark {

// The readable text of a Markdown review.
struct ExtractedMarkdown
{
    QString text;   // paragraphs, headings and code blocks separated by "\n\n"; emphasis, link
                    // and image syntax removed (link text kept, image alt text dropped); list
                    // items one per line with "• " or their number ("3. ", "3) ") in front, the
                    // other blocks of an item on lines of their own; table cells joined by " | ";
                    // hard breaks and <br> as "\n"; raw HTML blocks through HtmlExtractor, so
                    // scripts, styles and comments never become text
    QString title;  // front matter "title", else the first heading
    QString author; // front matter "author"/"authors" (the first), else a "By ..." line in the
                    // first three paragraphs
    QString outlet; // front matter "outlet" or "publication"
};

// Reads CommonMark with GitHub's tables and strikethrough, parsed by md4c. Front matter is YAML
// between "---" lines (closed by "---" or "...") or TOML between "+++" lines, at the very top.
// Never loads images or links.
class MarkdownExtractor
{
public:
    static ExtractedMarkdown extract(const QString &markdown);
};

} // namespace Revmark
