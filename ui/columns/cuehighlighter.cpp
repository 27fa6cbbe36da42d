// SPDX-License-Identifier: GPL-3.0-or-later
#include "columns/cuehighlighter.h"

#ifdef REVMARK_HAVE_SYNTAX

#include "cues/cuerepository.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>

#include <QPalette>
#include <QTextCharFormat>

namespace Revmark {

KSyntaxHighlighting::Theme syntaxThemeFor(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Window).lightnessF() < 0.5;
    return CueRepository::repository().defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                                         : KSyntaxHighlighting::Repository::LightTheme);
}

CueHighlighter::CueHighlighter(QTextDocument *document, const QString &cueSet, const QPalette &palette)
    : KSyntaxHighlighting::SyntaxHighlighter(document)
    , m_cueSet(cueSet)
{
    setTheme(syntaxThemeFor(palette));
    // Only definitions of the cue section: a cue set name must never pick up, say, "Markdown".
    const KSyntaxHighlighting::Definition definition = CueRepository::repository().definitionForName(cueSet);
    if (definition.isValid() && definition.section() == CueRepository::cueSetSection())
        setDefinition(definition);
    else
        rehighlight();
}

bool CueHighlighter::isValid() const
{
    return definition().isValid();
}

void CueHighlighter::updateTheme(const QPalette &palette)
{
    const KSyntaxHighlighting::Theme theme = syntaxThemeFor(palette);
    if (theme.name() == this->theme().name())
        return;
    setTheme(theme);
    rehighlight();
}

void CueHighlighter::applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format)
{
    // The themes give some styles (Alert, which criticism uses) a background; that would look
    // like an annotation, so only colour, weight and slant are taken.
    if (length <= 0 || format.isDefaultTextStyle(theme()))
        return;
    QTextCharFormat f;
    if (format.hasTextColor(theme()))
        f.setForeground(format.textColor(theme()));
    if (format.isBold(theme()))
        f.setFontWeight(QFont::Bold);
    if (format.isItalic(theme()))
        f.setFontItalic(true);
    if (f.properties().isEmpty())
        return;
    setFormat(offset, length, f);
}

} // namespace Revmark

#endif // REVMARK_HAVE_SYNTAX
