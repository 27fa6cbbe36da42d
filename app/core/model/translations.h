// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace Revmark {

// Loads the user interface's language: Revmark's own catalogue (built into the binary under
// :/i18n) and Qt's catalogue for the same language, so standard dialogs and --help match.
class Translations
{
public:
    // QSettings key of the language chosen in Preferences: a code such as "fr", or empty for
    // the system's language.
    static QString settingsKey();
    // The language stored under settingsKey(), or empty.
    static QString languageFromSettings();
    // Language codes with a catalogue, English first.
    static QStringList availableLanguages();

    // Installs the catalogues for languageOverride ("fr", "de", "en"), or for the system locale
    // (QLocale()) when it is empty; a non-empty override also becomes the default QLocale, so
    // dates and numbers match. Replaces what an earlier call installed. Returns the language of
    // Revmark's catalogue that was loaded ("en", "fr", "de"); a language without a catalogue
    // gets English ("en"), whose catalogue holds only the plural forms.
    static QString install(QCoreApplication &app, const QString &languageOverride = QString());
};

} // namespace Revmark
