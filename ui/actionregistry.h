// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QKeySequence>
#include <QList>
#include <QObject>
#include <QStringList>

class QAction;
class QWidget;

namespace Revmark {

// The actions of one main window by id, in the manner of Tiled's ActionManager: whoever owns an
// action registers it once; menus, toolbars, context menus and other components look it up by
// id instead of reaching into MainWindow. The id is the action's objectName ("actionSave"), so
// tests find the same actions with findChild(). One registry per window (several windows may be
// open in one process); of() finds the registry of any widget's window.
class ActionRegistry : public QObject
{
    Q_OBJECT

public:
    // window: owns the registry and the actions created through it.
    explicit ActionRegistry(QWidget *window);

    // The registry of widget's window; nullptr when it has none.
    static ActionRegistry *of(const QWidget *widget);

    // A new action with this id, text and shortcuts (empty and repeated ones left out), owned by
    // the window and registered.
    QAction *create(const QString &id, const QString &text, const QList<QKeySequence> &shortcuts = {});
    // Registers an action made elsewhere (a dock's toggle action, QUndoStack's undo action)
    // under its objectName, which must be set and not registered yet (else it is not registered,
    // with a warning).
    QAction *add(QAction *action);
    // The action with this id; nullptr (and a warning) when there is none.
    QAction *action(const QString &id) const;
    bool contains(const QString &id) const { return m_actions.contains(id); }
    // Every id, in the order of registration.
    QStringList ids() const { return m_order; }

    // Adds the actions to a menu or toolbar in order; an empty id adds a separator.
    void addTo(QWidget *menuOrToolBar, const QStringList &ids) const;
    // The actions in order (ids that are not registered are left out).
    QList<QAction *> actions(const QStringList &ids) const;

Q_SIGNALS:
    void actionAdded(QAction *action);

private:
    QWidget *m_window;
    QHash<QString, QAction *> m_actions;
    QStringList m_order;
};

} // namespace Revmark
