// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Revmark {

// The readable text of a Markdown review.
struct ExtractedMarkdown
{
    QString text;   // paragraphs and headings separated by "\n\n"; emphasis, link and image
                    // syntax removed (link text kept, image alt text dropped), list items kept
                    // one per line with "• " in front
    QString title;  // front matter "title:", else the first heading
    QString author; // front matter "author:", else a "By ..." line before the first paragraph
    QString outlet; // front matter "outlet:" or "publication:"
};

// Never loads images or links.
class MarkdownExtractor
{
public:
    static ExtractedMarkdown extract(const QString &markdown);
};

} // namespace Revmark
