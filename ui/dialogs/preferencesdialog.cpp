// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/preferencesdialog.h"

#include "model/translations.h"
#include "zoomcontroller.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Revmark {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));

    m_languageCombo = new QComboBox(this);
    m_languageCombo->setObjectName(QStringLiteral("languageCombo"));
    m_languageCombo->addItem(tr("System default"), QString());
    // Each language under its own name, whatever the interface's language.
    m_languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_languageCombo->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_languageCombo->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));

    auto *note = new QLabel(tr("The new language applies the next time Revmark starts."), this);
    note->setObjectName(QStringLiteral("languageNote"));
    note->setWordWrap(true);

    m_keepBackupCheck = new QCheckBox(tr("&Keep a backup of the previous version"), this);
    m_keepBackupCheck->setObjectName(QStringLiteral("keepBackupCheck"));
    m_keepBackupCheck->setToolTip(tr("On each save, the version being replaced is kept beside the project as "
                                     "“name.revmark~”."));
    m_keepBackupCheck->setChecked(keepBackupFromSettings());

    // The review text only: menus and panels keep the system's font, the PDF its own.
    m_readingFontCombo = new QComboBox(this);
    m_readingFontCombo->setObjectName(QStringLiteral("readingFontCombo"));
    m_readingFontCombo->addItem(tr("System default"), QString());
    m_readingFontCombo->addItem(tr("Serif"), QStringLiteral("serif"));
    m_readingFontCombo->addItem(tr("Sans serif"), QStringLiteral("sans"));
    QSettings settings;
    const int face = m_readingFontCombo->findData(settings.value(ZoomController::readingFontKey()).toString());
    m_readingFontCombo->setCurrentIndex(face < 0 ? 0 : face);
    m_readingFontSizeSpin = new QSpinBox(this);
    m_readingFontSizeSpin->setObjectName(QStringLiteral("readingFontSizeSpin"));
    m_readingFontSizeSpin->setRange(0, 48);
    //: Reading font size 0: the system's size, a little enlarged.
    m_readingFontSizeSpin->setSpecialValueText(tr("Default"));
    m_readingFontSizeSpin->setSuffix(tr(" pt"));
    m_readingFontSizeSpin->setValue(settings.value(ZoomController::readingFontSizeKey(), 0).toInt());

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_languageCombo);
    form->addRow(QString(), note);
    form->addRow(tr("&Reading font:"), m_readingFontCombo);
    form->addRow(tr("Reading font &size:"), m_readingFontSizeSpin);
    form->addRow(tr("Saving:"), m_keepBackupCheck);
#ifdef REVMARK_HAVE_SYNTAX
    m_suggestionLimit = new QSpinBox(this);
    m_suggestionLimit->setObjectName(QStringLiteral("suggestionLimitSpin"));
    m_suggestionLimit->setRange(0, 99);
    m_suggestionLimit->setSpecialValueText(tr("All"));
    m_suggestionLimit->setValue(suggestionLimitFromSettings());
    m_suggestionLimit->setToolTip(tr("The strongest suggestions a column shows at once; Ctrl+F8 shows more."));
    form->addRow(tr("S&uggestions per column:"), m_suggestionLimit);
#endif

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);

    setLanguage(Translations::languageFromSettings());
}

QString PreferencesDialog::language() const
{
    return m_languageCombo->currentData().toString();
}

void PreferencesDialog::setLanguage(const QString &language)
{
    const int index = m_languageCombo->findData(language);
    m_languageCombo->setCurrentIndex(index < 0 ? 0 : index);
}

QString PreferencesDialog::keepBackupKey()
{
    return QStringLiteral("files/keepBackup");
}

bool PreferencesDialog::keepBackupFromSettings()
{
    return QSettings().value(keepBackupKey(), true).toBool();
}

QString PreferencesDialog::suggestionLimitKey()
{
    return QStringLiteral("suggestions/maxPerReview");
}

int PreferencesDialog::suggestionLimitFromSettings()
{
    return qBound(0, QSettings().value(suggestionLimitKey(), 5).toInt(), 99);
}

void PreferencesDialog::accept()
{
    QSettings settings;
    if (m_suggestionLimit)
        settings.setValue(suggestionLimitKey(), m_suggestionLimit->value());
    settings.setValue(keepBackupKey(), m_keepBackupCheck->isChecked());
    settings.setValue(ZoomController::readingFontKey(), m_readingFontCombo->currentData().toString());
    settings.setValue(ZoomController::readingFontSizeKey(), m_readingFontSizeSpin->value());
    if (language().isEmpty())
        settings.remove(Translations::settingsKey());
    else
        settings.setValue(Translations::settingsKey(), language());
    QDialog::accept();
}

} // namespace Revmark
