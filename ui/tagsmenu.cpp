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

QKeySequence TagsMenu::quickTagKey(int index)
{
    static const Qt::Key digits[] = {Qt::Key_1, Qt::Key_2, Qt::Key_3, Qt::Key_4, Qt::Key_5,
                                     Qt::Key_6, Qt::Key_7, Qt::Key_8, Qt::Key_9};
    if (index < 0 || index >= 9)
        return {};
    return QKeySequence(Qt::ALT | digits[index]);
}

void TagsMenu::setTag(Project *project, const AnnotationSelection *selection, const QString &tag, bool on)
{
    const Annotation *current = selection->annotation();
    if (!current || !project)
        return;
    QStringList tags;
    const QStringList known = project->tags();
    for (const QString &t : known) {
        if (t == tag ? on : current->tags.contains(t))
            tags.append(t);
    }
    for (const QString &t : current->tags) {
        if (!known.contains(t))
            tags.append(t);
    }
    project->setAnnotationTags(selection->reviewId(), selection->annotationId(), tags);
}

void TagsMenu::rebuild()
{
    const Annotation *current = m_selection->annotation();
    const QStringList tags = m_project->tags();
    // Same tags: only the states change. Toggling an entry lands here while that entry is still
    // emitting, so it must not be deleted then.
    if (m_built && m_shown == tags) {
        for (QAction *a : actions()) {
            const QString tag = a->data().toString();
            if (a->isSeparator() || !tags.contains(tag))
                continue;
            const QSignalBlocker blocker(a);
            a->setEnabled(current != nullptr);
            a->setChecked(current && current->tags.contains(tag));
        }
        return;
    }
    m_shown = tags;
    m_built = true;
    clear();
    for (int i = 0; i < tags.size(); ++i) {
        const QString &tag = tags.at(i);
        const QKeySequence key = quickTagKey(i);
        // Shown after a tab, as a menu shows shortcuts; the key itself belongs to actionQuickTag<n>.
        QAction *a = addAction(key.isEmpty() ? tag : tag + QLatin1Char('\t') + key.toString(QKeySequence::NativeText));
        a->setData(tag);
        a->setCheckable(true);
        a->setEnabled(current != nullptr);
        a->setChecked(current && current->tags.contains(tag));
        connect(a, &QAction::toggled, this, [this, tag](bool on) { setTag(m_project, m_selection, tag, on); });
    }
    addSeparator();
    addActions(m_extra);
}

} // namespace Revmark
