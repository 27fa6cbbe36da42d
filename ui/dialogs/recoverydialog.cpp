// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/recoverydialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Revmark {

namespace {

QString projectLabel(const RecoveryEntry &entry)
{
    if (!entry.projectName.isEmpty())
        return entry.projectName;
    if (!entry.projectPath.isEmpty())
        return QFileInfo(entry.projectPath).completeBaseName();
    return RecoveryDialog::tr("Untitled");
}

} // namespace

RecoveryDialog::RecoveryDialog(RecoveryStore *store, const QVector<RecoveryEntry> &entries, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_list(new QTreeWidget(this))
    , m_details(new QLabel(this))
{
    setObjectName(QStringLiteral("recoveryDialog"));
    setWindowTitle(tr("Recover Unsaved Work"));

    auto *intro = new QLabel(tr("Revmark did not close normally last time. These changes were autosaved but "
                                "never saved in their project:"),
                             this);
    intro->setWordWrap(true);

    m_list->setObjectName(QStringLiteral("recoveryList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(false);
    m_list->setWordWrap(true);
    m_list->setHeaderLabels({tr("Project"), tr("Location"), tr("Autosaved"), tr("What would be restored")});
    for (const RecoveryEntry &entry : entries) {
        Item item{entry, RecoveryStore::load(entry)};
        auto *row = new QTreeWidgetItem(m_list);
        row->setText(0, projectLabel(entry));
        row->setText(1, entry.projectPath.isEmpty() ? tr("Never saved")
                                                    : QDir::toNativeSeparators(entry.projectPath));
        row->setText(2, QLocale().toString(entry.writtenAt.toLocalTime(), QLocale::ShortFormat));
        if (item.loaded.ok) {
            row->setText(3, RecoveryStore::summarize(entry, item.loaded.data).text());
        } else {
            row->setText(3, item.loaded.error);
            row->setForeground(3, palette().brush(QPalette::Disabled, QPalette::Text));
        }
        for (int column = 0; column < 4; ++column)
            row->setToolTip(column, row->text(column));
        m_items.append(item);
    }
    m_list->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_list->header()->setStretchLastSection(true);
    m_list->setColumnWidth(0, 180);
    m_list->setColumnWidth(1, 260);
    m_list->setColumnWidth(2, 160);
    if (!m_items.isEmpty())
        m_list->setCurrentItem(m_list->topLevelItem(0));
    connect(m_list, &QTreeWidget::currentItemChanged, this, &RecoveryDialog::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this, [this] {
        if (m_restoreButton->isEnabled())
            restore();
    });

    m_details->setObjectName(QStringLiteral("recoveryDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(this);
    m_restoreButton = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    m_restoreButton->setObjectName(QStringLiteral("restoreButton"));
    m_restoreButton->setDefault(true);
    m_keepButton = buttons->addButton(tr("&Keep for Later"), QDialogButtonBox::RejectRole);
    m_keepButton->setObjectName(QStringLiteral("keepButton"));
    m_keepButton->setToolTip(tr("Close this window and offer these changes again next time"));
    m_discardButton = buttons->addButton(tr("&Discard…"), QDialogButtonBox::DestructiveRole);
    m_discardButton->setObjectName(QStringLiteral("discardButton"));
    connect(m_restoreButton, &QPushButton::clicked, this, &RecoveryDialog::restore);
    connect(m_keepButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_discardButton, &QPushButton::clicked, this, &RecoveryDialog::discard);

    auto *hint = new QLabel(tr("Restoring opens the changes as an unsaved project; saving writes them to its "
                               "project file. Kept changes are offered again at the next start and from "
                               "File › Recover Unsaved Work…"),
                            this);
    hint->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_details);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    resize(900, 360);
    updateButtons();
}

int RecoveryDialog::currentIndex() const
{
    return m_list->indexOfTopLevelItem(m_list->currentItem());
}

void RecoveryDialog::restore()
{
    const int index = currentIndex();
    if (index < 0 || !m_items.at(index).loaded.ok)
        return;
    m_chosen = m_items.at(index);
    accept();
}

void RecoveryDialog::discard()
{
    const int index = currentIndex();
    if (index < 0)
        return;
    const RecoveryEntry entry = m_items.at(index).entry;
    const auto answer = QMessageBox::warning(
        this, tr("Discard Unsaved Work"),
        tr("Discard the changes to “%1” autosaved at %2? They cannot be recovered afterwards.")
            .arg(projectLabel(entry), QLocale().toString(entry.writtenAt.toLocalTime(), QLocale::ShortFormat)),
        QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Discard)
        return;
    if (!m_store->discard(entry.key)) {
        QMessageBox::warning(this, tr("Discard Unsaved Work"),
                             tr("“%1” could not be deleted; another Revmark may be using it.")
                                 .arg(QDir::toNativeSeparators(entry.filePath)));
        return;
    }
    m_items.removeAt(index);
    delete m_list->takeTopLevelItem(index);
    if (m_items.isEmpty())
        reject();
    else
        updateButtons();
}

void RecoveryDialog::updateButtons()
{
    const int index = currentIndex();
    m_restoreButton->setEnabled(index >= 0 && m_items.at(index).loaded.ok);
    m_discardButton->setEnabled(index >= 0);
    const QTreeWidgetItem *row = m_list->currentItem();
    //: Recovery dialog, below the list: project name, location, then what would be restored
    m_details->setText(row ? tr("%1 (%2): %3").arg(row->text(0), row->text(1), row->text(3)) : QString());
}

} // namespace Revmark
