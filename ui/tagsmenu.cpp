// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagsmenu.h"

#include "annotationselection.h"
#include "project/project.h"

#include <QSignalBlocker>

namespace Revmark {

TagsMenu::TagsMenu(Project *project, AnnotationSelection *selection, QWidget *parent)
    : QMenu(tr("&Tags"), parent)
    , m_project(project)
    , m_selection(selection)
{
    setObjectName(QStringLiteral("tagsMenu"));
    connect(project, &Project::tagsChanged, this, &TagsMenu::rebuild);
    connect(project, &Project::annotationsChanged, this, &TagsMenu::rebuild);
    connect(project, &Project::projectReset, this, &TagsMenu::rebuild);
    connect(selection, &AnnotationSelection::changed, this, &TagsMenu::rebuild);
    rebuild();
}

void TagsMenu::setExtraActions(const QList<QAction *> &actions)
{
    m_extra = actions;
    m_built = false;
    rebuild();
}

void TagsMenu::rebuild()
{
    const Annotation *current = m_selection->annotation();
    const QStringList tags = m_project->tags();
    // Same tags: only the states change. Toggling an entry lands here while that entry is still
    // emitting, so it must not be deleted then.
    if (m_built && m_shown == tags) {
        for (QAction *a : actions()) {
            if (a->isSeparator() || !tags.contains(a->text()))
                continue;
            const QSignalBlocker blocker(a);
            a->setEnabled(current != nullptr);
            a->setChecked(current && current->tags.contains(a->text()));
        }
        return;
    }
    m_shown = tags;
    m_built = true;
    clear();
    for (const QString &tag : tags) {
        QAction *a = addAction(tag);
        a->setCheckable(true);
        a->setEnabled(current != nullptr);
        a->setChecked(current && current->tags.contains(tag));
        connect(a, &QAction::toggled, this, [this, tag](bool on) {
            const Annotation *current = m_selection->annotation();
            if (!current || !m_project)
                return;
            QStringList tags;
            for (const QString &t : m_project->tags()) {
                if (t == tag ? on : current->tags.contains(t))
                    tags.append(t);
            }
            m_project->setAnnotationTags(m_selection->reviewId(), m_selection->annotationId(), tags);
        });
    }
    addSeparator();
    addActions(m_extra);
}

} // namespace Revmark
