// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/shortcutsdialog.h"

#include "actionregistry.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Revmark {

namespace {

// "&Save" and "Save &As…" as a reader sees them in the menu: no mnemonic marks, no ellipsis.
QString plainText(const QAction *action)
{
    QString text = action->text();
    text.replace(QLatin1String("&&"), QStringLiteral("\u0001"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\u0001"), QStringLiteral("&"));
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    return text;
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const ActionRegistry *registry, QWidget *parent)
    : QDialog(parent)
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_filter->setObjectName(QStringLiteral("shortcutsFilter"));
    m_filter->setPlaceholderText(tr("Filter"));
    m_filter->setClearButtonEnabled(true);
    m_tree->setObjectName(QStringLiteral("shortcutsTree"));
    m_tree->setRootIsDecorated(false);
    m_tree->setHeaderLabels({tr("Action"), tr("Shortcut")});
    m_tree->setAlternatingRowColors(true);
    for (QAction *action : registry->actions(registry->ids())) {
        QStringList keys;
        for (const QKeySequence &sequence : action->shortcuts()) {
            if (!sequence.isEmpty())
                keys.append(sequence.toString(QKeySequence::NativeText));
        }
        if (keys.isEmpty())
            continue;
        auto *item = new QTreeWidgetItem(m_tree, {plainText(action), keys.join(QStringLiteral(", "))});
        item->setData(0, Qt::UserRole, action->objectName());
        item->setToolTip(0, action->toolTip());
    }
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->setMinimumSize(520, 480);
    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsDialog::filter);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
}

QAction *ShortcutsDialog::createAction(ActionRegistry *registry, QWidget *window)
{
    QAction *action = registry->create(QStringLiteral("actionKeyboardShortcuts"), tr("&Keyboard Shortcuts"));
    connect(action, &QAction::triggered, window, [registry, window] { ShortcutsDialog(registry, window).exec(); });
    return action;
}

void ShortcutsDialog::filter(const QString &text)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        item->setHidden(!item->text(0).contains(text, Qt::CaseInsensitive) && !item->text(1).contains(text, Qt::CaseInsensitive));
    }
}

} // namespace Revmark
