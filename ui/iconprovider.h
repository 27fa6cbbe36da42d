// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QString>

class QAction;

namespace Revmark {

class ActionRegistry;

// The icons of actions: QIcon::fromTheme() with the freedesktop icon name, falling back to a
// bundled SVG (resources/icons/<name>.svg, ":/revmark/icons/<name>.svg") when the desktop's theme
// has no such icon (or there is no theme, as in the Flatpak's sandbox on some desktops). Praise
// and criticism have icons of their own ("revmark-praise", "revmark-criticism") that carry the
// same cues as their highlights: the polarity's tint with a solid (praise) or wavy (criticism)
// underline.
class IconProvider
{
public:
    // The themed icon with the bundled fallback; a null icon for a name with no fallback.
    static QIcon icon(const QString &name);
    // The icon name of an action id ("actionSave" → "document-save"); empty for none.
    static QString iconNameFor(const QString &actionId);
    // Every action id that has an icon.
    static QStringList actionIds();
    // The bundled fallback's path for an icon name.
    static QString fallbackPath(const QString &name);
    // Gives every action in the registry its icon, and the actions registered later too.
    static void applyTo(ActionRegistry *registry);
    // Gives one action its icon (by its objectName) when it has one; returns whether it did.
    static bool applyTo(QAction *action);
};

} // namespace Revmark
