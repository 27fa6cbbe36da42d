// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/projectpropertiesdialog.h"

#include "actionregistry.h"
#include "project/project.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace Revmark {

ProjectPropertiesDialog::ProjectPropertiesDialog(Project *project, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_titleEdit(new QLineEdit(project->title(), this))
{
    setObjectName(QStringLiteral("projectPropertiesDialog"));
    setWindowTitle(tr("Project Properties"));
    m_titleEdit->setObjectName(QStringLiteral("projectTitleEdit"));
    m_titleEdit->setPlaceholderText(project->displayName());
    m_titleEdit->setMinimumWidth(m_titleEdit->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 48);
    auto *hint = new QLabel(tr("Heads the pages of an exported PDF and the window title."), this);
    hint->setWordWrap(true);
    auto *file = new QLabel(project->filePath().isEmpty() ? tr("Not saved yet") : QDir::toNativeSeparators(project->filePath()),
                            this);
    file->setObjectName(QStringLiteral("projectFileLabel"));
    file->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    file->setWordWrap(true);
    auto *counts = new QLabel(tr("%1 · %2")
                                  .arg(tr("%n review(s)", nullptr, project->reviewCount()),
                                       tr("%n annotation(s)", nullptr, project->annotationCount())),
                              this);

    auto *titleLabel = new QLabel(tr("&Title:"), this);
    titleLabel->setBuddy(m_titleEdit);
    auto *form = new QFormLayout;
    form->addRow(titleLabel, m_titleEdit);
    form->addRow(QString(), hint);
    form->addRow(tr("File:"), file);
    form->addRow(tr("Contents:"), counts);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProjectPropertiesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ProjectPropertiesDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QAction *ProjectPropertiesDialog::createAction(ActionRegistry *registry, Project *project, QWidget *window)
{
    QAction *action = registry->create(QStringLiteral("actionProjectProperties"), tr("Project P&roperties…"));
    connect(action, &QAction::triggered, window, [project, window] { ProjectPropertiesDialog(project, window).exec(); });
    return action;
}

void ProjectPropertiesDialog::accept()
{
    if (m_project)
        m_project->editTitle(m_titleEdit->text().simplified());
    QDialog::accept();
}

} // namespace Revmark
