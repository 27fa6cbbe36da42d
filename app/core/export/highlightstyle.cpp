// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/highlightstyle.h"

#include <QPalette>

namespace Revmark {

namespace {

QColor blend(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * t, a.greenF() + (b.greenF() - a.greenF()) * t,
                            a.blueF() + (b.blueF() - a.blueF()) * t);
}

// Pushes a tint away from the page colour, for overlaps and the selected annotation.
QColor deepen(const QColor &tint, HighlightStyle::Theme theme, qreal amount)
{
    return theme == HighlightStyle::Theme::Light ? tint.darker(100 + int(amount * 100))
                                                 : tint.lighter(100 + int(amount * 100));
}

} // namespace

HighlightStyle::Theme HighlightStyle::themeFor(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5 ? Theme::Dark : Theme::Light;
}

QColor HighlightStyle::tint(Polarity polarity, Theme theme)
{
    // Light tints keep black text above 12:1 contrast; dark tints keep light text above 7:1.
    if (theme == Theme::Light)
        return polarity == Polarity::Praise ? QColor(0xcf, 0xe4, 0xf7) : QColor(0xfb, 0xdc, 0xc4);
    return polarity == Polarity::Praise ? QColor(0x16, 0x3d, 0x5e) : QColor(0x5a, 0x32, 0x12);
}

QColor HighlightStyle::lineColor(Polarity polarity, Theme theme)
{
    if (theme == Theme::Light)
        return polarity == Polarity::Praise ? QColor(0x00, 0x72, 0xb2) : QColor(0xd5, 0x5e, 0x00);
    return polarity == Polarity::Praise ? QColor(0x56, 0xb4, 0xe9) : QColor(0xe6, 0x9f, 0x00);
}

QColor HighlightStyle::mixedLineColor(Theme theme)
{
    return theme == Theme::Light ? QColor(0x88, 0x3e, 0x8a) : QColor(0xcc, 0x79, 0xa7);
}

QTextCharFormat::UnderlineStyle HighlightStyle::underlineStyle(Polarity polarity)
{
    return polarity == Polarity::Praise ? QTextCharFormat::SingleUnderline : QTextCharFormat::WaveUnderline;
}

QTextCharFormat HighlightStyle::format(const HighlightSegment &segment, Theme theme, bool selected)
{
    QTextCharFormat f;
    QColor background;
    if (segment.isMixed()) {
        background = blend(tint(Polarity::Praise, theme), tint(Polarity::Criticism, theme), 0.5);
        f.setUnderlineStyle(QTextCharFormat::DashUnderline);
        f.setUnderlineColor(mixedLineColor(theme));
    } else {
        const Polarity p = segment.praise > 0 ? Polarity::Praise : Polarity::Criticism;
        background = tint(p, theme);
        f.setUnderlineStyle(underlineStyle(p));
        f.setUnderlineColor(lineColor(p, theme));
    }
    if (segment.depth() > 1)
        background = deepen(background, theme, 0.12 * std::min(segment.depth() - 1, 3));
    if (selected)
        background = deepen(background, theme, 0.3);
    f.setBackground(background);
    return f;
}

QTextCharFormat HighlightStyle::format(Polarity polarity, Theme theme)
{
    HighlightSegment segment;
    (polarity == Polarity::Praise ? segment.praise : segment.criticism) = 1;
    return format(segment, theme);
}

} // namespace Revmark
