// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>
#include <QPointer>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;

namespace Revmark {

class AnnotationSelection;
class Project;

// Annotation › Tag Palette… (Ctrl+T): a small popup ("tagPalette") for tagging the current
// annotation from the keyboard. Typing in "tagPaletteFilter" filters the project's tags
// ("tagPaletteList", checked when the current annotation has the tag, the first nine with their
// Alt+1 … Alt+9 keys); Up/Down choose, Enter or a click toggles the chosen tag (one undo step)
// and the palette stays open for the next; when the text matches no tag exactly, the last row
// creates it and tags the annotation with it (one undo step, Project::createTag). Escape closes.
// Follows the project and the selection while open; closes when no annotation is current.
class TagPalette : public QFrame
{
    Q_OBJECT

public:
    TagPalette(Project *project, AnnotationSelection *selection, QWidget *parent);

    // Shows the palette with an empty filter, its top left at globalPos (kept on screen), and
    // gives it the keyboard. Does nothing while no annotation is current.
    void popup(const QPoint &globalPos);

    // Role of a row's tag name; empty on the "create" row.
    static constexpr int TagRole = Qt::UserRole + 1;
    // Role of the "create" row: the tag it creates.
    static constexpr int CreateRole = Qt::UserRole + 2;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    void activate(QListWidgetItem *item);

    QPointer<Project> m_project;
    AnnotationSelection *m_selection;
    QLabel *m_title;
    QLineEdit *m_filter;
    QListWidget *m_list;
};

} // namespace Revmark
