// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QAction;
class QLineEdit;
class QTreeWidget;

namespace Revmark {

class ActionRegistry;

// Help › Keyboard Shortcuts: every action of the window's ActionRegistry that has a shortcut,
// in the order they were registered, with its text (translated, as in the menus) and its
// shortcuts in the platform's notation ("shortcutsTree"); typing in "shortcutsFilter" keeps
// the rows whose action or keys contain the text. Built when opened, so it is always current.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    ShortcutsDialog(const ActionRegistry *registry, QWidget *parent = nullptr);

    // Registers "actionKeyboardShortcuts", which opens the dialog over window.
    static QAction *createAction(ActionRegistry *registry, QWidget *window);

private:
    void filter(const QString &text);

    QLineEdit *m_filter;
    QTreeWidget *m_tree;
};

} // namespace Revmark
