// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace Revmark {

// Edit › Preferences… ("preferencesDialog"): the interface language ("languageCombo": system
// default, English, Français, Deutsch), stored under Translations::settingsKey() ("ui/language",
// empty for the system's language) when the dialog is accepted. The new language applies the
// next time Revmark starts, as the dialog says. "keepBackupCheck": keep the previous version of a
// project as "<file>~" on each save, stored under keepBackupKey() ("files/keepBackup", default on).
// The reading font of the review text: "readingFontCombo" (system default, serif, sans serif) and
// "readingFontSizeSpin" (points, 0 for the default), stored under ZoomController's keys; the
// window applies them when the dialog is accepted.
// "suggestionLimitSpin" (builds with suggestions): how many suggestions a column shows at once,
// stored under suggestionLimitKey() ("suggestions/maxPerReview", default 5; 0 shows all).
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    // The language code chosen in the combo ("" for the system default).
    QString language() const;
    void setLanguage(const QString &language);

    static QString keepBackupKey();
    static bool keepBackupFromSettings();
    static QString suggestionLimitKey();
    static int suggestionLimitFromSettings();

    void accept() override;

private:
    QComboBox *m_languageCombo;
    QCheckBox *m_keepBackupCheck;
    QComboBox *m_readingFontCombo;
    QSpinBox *m_readingFontSizeSpin;
    QSpinBox *m_suggestionLimit = nullptr;
};

} // namespace Revmark
