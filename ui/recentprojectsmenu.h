// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>

namespace Revmark {

// File › Open Recent ("recentMenu"): the last projects opened or saved (QSettings
// "recentProjects", at most MaxProjects, newest first), and Clear List. addProject() also makes
// the project the one opened at the next start ("lastProject").
class RecentProjectsMenu : public QMenu
{
    Q_OBJECT

public:
    static constexpr int MaxProjects = 10;

    explicit RecentProjectsMenu(QWidget *parent = nullptr);

    void addProject(const QString &path);

Q_SIGNALS:
    void projectChosen(const QString &path);

private:
    void rebuild();
};

} // namespace Revmark
