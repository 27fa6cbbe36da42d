// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/annotation.h"
#include "export/highlightsegments.h"

#include <QColor>
#include <QTextCharFormat>

class QPalette;

namespace Revmark {

// How annotations look, in the viewer and in exports. Praise and criticism use the Okabe-Ito
// blue/orange pair, which stays distinct for the common colour-vision deficiencies, and differ
// by more than colour: praise has a solid underline, criticism a wavy one, and a run covered by
// both gets a blended tint with a dashed underline. Deeper overlaps of one polarity get a
// stronger tint. Each colour has a light- and a dark-theme variant.
class HighlightStyle
{
public:
    enum class Theme { Light, Dark };

    // Dark when the palette's base colour is dark.
    static Theme themeFor(const QPalette &palette);

    static QColor tint(Polarity polarity, Theme theme);
    static QColor lineColor(Polarity polarity, Theme theme);
    static QColor mixedLineColor(Theme theme);
    static QTextCharFormat::UnderlineStyle underlineStyle(Polarity polarity);

    // The character format of a run; selected strengthens it (the current annotation).
    static QTextCharFormat format(const HighlightSegment &segment, Theme theme, bool selected = false);
    // The format of a single annotation of this polarity, for legends.
    static QTextCharFormat format(Polarity polarity, Theme theme);
};

} // namespace Revmark
