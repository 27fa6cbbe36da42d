// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/translations.h"

#include "model/qtcompat.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

// The catalogues live in the static library revmark_translations (translations/).
static void initTranslationsResource()
{
    Q_INIT_RESOURCE(revmark_translations);
}

namespace Revmark {

namespace {

QPointer<QTranslator> s_appTranslator;
QPointer<QTranslator> s_qtTranslator;

void removeInstalled(QCoreApplication &app)
{
    for (QPointer<QTranslator> *t : {&s_appTranslator, &s_qtTranslator}) {
        if (*t) {
            app.removeTranslator(*t);
            delete t->data();
        }
    }
}

} // namespace

QString Translations::settingsKey()
{
    return QStringLiteral("ui/language");
}

QString Translations::languageFromSettings()
{
    return QSettings().value(settingsKey()).toString();
}

QStringList Translations::availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("de")};
}

QString Translations::install(QCoreApplication &app, const QString &languageOverride)
{
    initTranslationsResource();
    removeInstalled(app);

    QLocale locale;
    if (!languageOverride.isEmpty()) {
        locale = QLocale(languageOverride);
        QLocale::setDefault(locale);
    }

    QString loaded;
    auto *appTranslator = new QTranslator(&app);
    // Tries each of the locale's UI languages in turn: "fr_CA" finds revmark_fr.qm.
    // Any other language falls back to English, whose catalogue holds the plural forms.
    if (appTranslator->load(locale, QStringLiteral("revmark"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || appTranslator->load(QStringLiteral(":/i18n/revmark_en.qm"))) {
        app.installTranslator(appTranslator);
        s_appTranslator = appTranslator;
        loaded = appTranslator->language().section(QLatin1Char('_'), 0, 0);
    } else {
        delete appTranslator;
    }

    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), qtTranslationsPath())) {
        app.installTranslator(qtTranslator);
        s_qtTranslator = qtTranslator;
    } else {
        delete qtTranslator;
    }
    return loaded;
}

} // namespace Revmark
