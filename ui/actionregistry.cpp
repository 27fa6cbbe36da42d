// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionregistry.h"

#include <QAction>
#include <QMenu>
#include <QToolBar>
#include <QWidget>

namespace Revmark {

ActionRegistry::ActionRegistry(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    setObjectName(QStringLiteral("actionRegistry"));
}

ActionRegistry *ActionRegistry::of(const QWidget *widget)
{
    const QWidget *window = widget ? widget->window() : nullptr;
    return window ? window->findChild<ActionRegistry *>(QStringLiteral("actionRegistry"), Qt::FindDirectChildrenOnly)
                  : nullptr;
}

QAction *ActionRegistry::create(const QString &id, const QString &text, const QList<QKeySequence> &shortcuts)
{
    auto *action = new QAction(text, m_window);
    action->setObjectName(id);
    QList<QKeySequence> keys;
    for (const QKeySequence &key : shortcuts) {
        // A key listed twice (a platform's standard key plus the same key added by hand) would be
        // ambiguous and never trigger.
        if (!key.isEmpty() && !keys.contains(key))
            keys.append(key);
    }
    action->setShortcuts(keys);
    return add(action);
}

QAction *ActionRegistry::add(QAction *action)
{
    const QString id = action->objectName();
    if (id.isEmpty() || m_actions.contains(id)) {
        qWarning("ActionRegistry: an action needs a new id, not \"%s\"", qPrintable(id));
        return action;
    }
    m_actions.insert(id, action);
    m_order.append(id);
    // An action deleted by its owner leaves the registry with it.
    connect(action, &QObject::destroyed, this, [this, id] {
        m_actions.remove(id);
        m_order.removeAll(id);
    });
    Q_EMIT actionAdded(action);
    return action;
}

QAction *ActionRegistry::action(const QString &id) const
{
    QAction *action = m_actions.value(id);
    if (!action)
        qWarning("ActionRegistry: no action \"%s\"", qPrintable(id));
    return action;
}

void ActionRegistry::addTo(QWidget *menuOrToolBar, const QStringList &ids) const
{
    auto *menu = qobject_cast<QMenu *>(menuOrToolBar);
    auto *bar = qobject_cast<QToolBar *>(menuOrToolBar);
    for (const QString &id : ids) {
        if (id.isEmpty()) {
            if (menu)
                menu->addSeparator();
            else if (bar)
                bar->addSeparator();
        } else if (QAction *a = m_actions.value(id)) {
            menuOrToolBar->addAction(a);
        }
    }
}

QList<QAction *> ActionRegistry::actions(const QStringList &ids) const
{
    QList<QAction *> list;
    for (const QString &id : ids) {
        if (QAction *a = m_actions.value(id))
            list.append(a);
    }
    return list;
}

} // namespace Revmark
