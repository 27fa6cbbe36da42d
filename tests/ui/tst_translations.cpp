// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/importer.h"
#include "mainwindow.h"
#include "dialogs/preferencesdialog.h"
#include "model/translations.h"

#include <QComboBox>
#include <QMenuBar>
#include <QSettings>
#include <QtTest>

using namespace Revmark;

// The catalogues built into the binary: French menus, plurals and core messages; English plurals.
class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void french();
    void englishPlurals();
    void englishForOtherLanguages();
    void preferencesStoreTheLanguage();
};

void TestTranslations::cleanup()
{
    QLocale::setDefault(QLocale::c());
    Translations::install(*qApp, QStringLiteral("C"));
}

void TestTranslations::french()
{
    QCOMPARE(Translations::install(*qApp, QStringLiteral("fr")), QStringLiteral("fr"));

    MainWindow window;
    QStringList menus;
    for (QAction *action : window.menuBar()->actions())
        menus.append(action->text());
    QVERIFY2(menus.contains(QStringLiteral("&Fichier")), qPrintable(menus.join(QLatin1Char(','))));
    QVERIFY2(menus.contains(QStringLiteral("É&dition")), qPrintable(menus.join(QLatin1Char(','))));
    auto *preferences = window.findChild<QAction *>(QStringLiteral("actionPreferences"));
    QVERIFY(preferences);
    QCOMPARE(preferences->text(), QStringLiteral("&Préférences…"));

    QCOMPARE(QCoreApplication::translate("Revmark::StatusSummary", "%n review(s)", nullptr, 1), QStringLiteral("1 critique"));
    QCOMPARE(QCoreApplication::translate("Revmark::StatusSummary", "%n review(s)", nullptr, 3), QStringLiteral("3 critiques"));

    const ImportResult result = Importer::importFile(QStringLiteral("/nonexistent/revmark-review.txt"));
    QVERIFY2(result.error.startsWith(QStringLiteral("Impossible d’importer «\u202f")), qPrintable(result.error));
    QVERIFY2(result.error.contains(QStringLiteral("revmark-review.txt")), qPrintable(result.error));
}

void TestTranslations::englishPlurals()
{
    QCOMPARE(Translations::install(*qApp, QStringLiteral("en")), QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("Revmark::StatusSummary", "%n review(s)", nullptr, 1), QStringLiteral("1 review"));
    QCOMPARE(QCoreApplication::translate("Revmark::StatusSummary", "%n review(s)", nullptr, 2), QStringLiteral("2 reviews"));
    // Not in the plural-only catalogue: the source text stays.
    QCOMPARE(QCoreApplication::translate("Revmark::MainWindow", "&File"), QStringLiteral("&File"));
}

void TestTranslations::englishForOtherLanguages()
{
    QCOMPARE(Translations::install(*qApp, QStringLiteral("fr")), QStringLiteral("fr"));
    // A language without a catalogue replaces what was installed before with English.
    QCOMPARE(Translations::install(*qApp, QStringLiteral("ja")), QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("Revmark::MainWindow", "&File"), QStringLiteral("&File"));
    QCOMPARE(QCoreApplication::translate("Revmark::StatusSummary", "%n review(s)", nullptr, 1), QStringLiteral("1 review"));
}

void TestTranslations::preferencesStoreTheLanguage()
{
    PreferencesDialog dialog;
    auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
    QVERIFY(combo);
    QCOMPARE(combo->count(), 4);
    QCOMPARE(dialog.language(), Translations::languageFromSettings());
    dialog.setLanguage(QStringLiteral("de"));
    dialog.accept();
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("de"));
    PreferencesDialog again;
    QCOMPARE(again.language(), QStringLiteral("de"));
    again.setLanguage(QString());
    again.accept();
    QVERIFY(!QSettings().contains(QStringLiteral("ui/language")));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
