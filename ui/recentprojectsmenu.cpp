// SPDX-License-Identifier: GPL-3.0-or-later
#include "recentprojectsmenu.h"

#include <QDir>
#include <QSettings>

namespace Revmark {

namespace {

const QString RecentKey = QStringLiteral("recentProjects");
const QString LastProjectKey = QStringLiteral("lastProject");

} // namespace

RecentProjectsMenu::RecentProjectsMenu(QWidget *parent)
    : QMenu(tr("Open &Recent"), parent)
{
    setObjectName(QStringLiteral("recentMenu"));
    rebuild();
}

void RecentProjectsMenu::addProject(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(RecentKey).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > MaxProjects)
        recent.removeLast();
    settings.setValue(RecentKey, recent);
    settings.setValue(LastProjectKey, path);
    rebuild();
}

void RecentProjectsMenu::rebuild()
{
    clear();
    const QStringList recent = QSettings().value(RecentKey).toStringList();
    for (const QString &path : recent)
        connect(addAction(QDir::toNativeSeparators(path)), &QAction::triggered, this,
                [this, path] { Q_EMIT projectChosen(path); });
    if (recent.isEmpty()) {
        addAction(tr("No recent projects"))->setEnabled(false);
        return;
    }
    addSeparator();
    connect(addAction(tr("Clear List")), &QAction::triggered, this, [this] {
        QSettings().remove(RecentKey);
        rebuild();
    });
}

} // namespace Revmark
