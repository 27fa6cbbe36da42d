// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#ifdef REVMARK_HAVE_SYNTAX

#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

class QPalette;
class QTextDocument;

namespace Revmark {

// The KSyntaxHighlighting theme that matches a palette: the default light theme on a light
// window background, the default dark theme on a dark one.
KSyntaxHighlighting::Theme syntaxThemeFor(const QPalette &palette);

// Draws the cues of one cue set (a definition from CueRepository) in a review's document, as
// View › Show Cues does. Cues change only text colour, weight and slant, never the background,
// so they stay distinct from annotation highlights (extra selections with a tinted background)
// and never hide them. Formats go into the blocks' layouts (QTextLayout::formats()), not into
// the text: the document's characters and positions stay those of the review. Deleting the
// highlighter removes the cues.
class CueHighlighter : public KSyntaxHighlighting::SyntaxHighlighter
{
    Q_OBJECT

public:
    // An unknown cue set highlights nothing (isValid() false).
    CueHighlighter(QTextDocument *document, const QString &cueSet, const QPalette &palette);

    QString cueSet() const { return m_cueSet; }
    bool isValid() const;
    // Picks the theme for this palette again and redraws when it changed.
    void updateTheme(const QPalette &palette);

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override;

private:
    QString m_cueSet;
};

} // namespace Revmark

#endif // REVMARK_HAVE_SYNTAX
