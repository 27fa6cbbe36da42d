// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>
#include <QPointer>

namespace Revmark {

class AnnotationSelection;
class Project;

// Annotation › Tags ("tagsMenu"): one checkable entry per tag of the project, checked when the
// current annotation has it, the first nine showing their quick keys (Alt+1 … Alt+9, the
// actions "actionQuickTag1" … of AnnotationActions); toggling one sets the annotation's tags
// (one undo step, in the order of the project's list). Disabled entries while no annotation is
// current. The extra actions (Edit Tag List…) follow a separator. Follows the project and the
// selection itself.
class TagsMenu : public QMenu
{
    Q_OBJECT

public:
    TagsMenu(Project *project, AnnotationSelection *selection, QWidget *parent = nullptr);

    void setExtraActions(const QList<QAction *> &actions);

    // The quick key of the project's tag at index: Alt+1 … Alt+9 for the first nine, else empty.
    static QKeySequence quickTagKey(int index);
    // Adds (on) or removes the tag on the current annotation, keeping the order of the project's
    // list and tags missing from it (last). One undo step; nothing when nothing changes.
    static void setTag(Project *project, const AnnotationSelection *selection, const QString &tag, bool on);

private:
    void rebuild();

    QPointer<Project> m_project;
    AnnotationSelection *m_selection;
    QList<QAction *> m_extra;
    QStringList m_shown; // the tags the entries were made for
    bool m_built = false;
};

} // namespace Revmark
