// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QPointer>

class QAction;
class QLineEdit;

namespace Revmark {

class ActionRegistry;
class Project;

// File › Project Properties…: the project's title ("projectTitleEdit"), which heads the PDF's
// pages and the window title, with the file, review and annotation counts read-only. OK applies
// a changed title with Project::editTitle (one undo step); Cancel changes nothing.
class ProjectPropertiesDialog : public QDialog
{
    Q_OBJECT

public:
    ProjectPropertiesDialog(Project *project, QWidget *parent = nullptr);

    // Registers "actionProjectProperties", which opens the dialog on project over window.
    static QAction *createAction(ActionRegistry *registry, Project *project, QWidget *window);

    void accept() override;

private:
    QPointer<Project> m_project;
    QLineEdit *m_titleEdit;
};

} // namespace Revmark
