// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QPointer>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace Revmark {

class Project;

// Edits the project's tag list ("tagList"): add ("addTagButton"), rename in place (F2, double
// click or "renameTagButton"), remove ("removeTagButton"), reorder ("moveUpButton",
// "moveDownButton"). Empty and duplicate (case-insensitive) names are refused on the spot, the
// name reverts and an inline message ("tagMessage") says why. Nothing touches the project
// until OK, which applies everything through Project::setTags(tags, renames) as one undo step,
// renames mapping old to new names so annotations follow. Cancel changes nothing.
class TagsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TagsDialog(Project *project, QWidget *parent = nullptr);
    ~TagsDialog() override;

    // The list as it stands in the dialog.
    QStringList tags() const;

    void accept() override;

private:
    void addTag();
    void renameTag();
    void removeTag();
    void moveTag(int delta);
    void onItemChanged(QListWidgetItem *item);
    void updateButtons();
    void showMessage(const QString &text);

    QPointer<Project> m_project;
    QListWidget *m_list;
    QPushButton *m_addButton;
    QPushButton *m_renameButton;
    QPushButton *m_removeButton;
    QPushButton *m_upButton;
    QPushButton *m_downButton;
    QWidget *m_message;
    QLabel *m_messageText;
    bool m_updating = false;
};

} // namespace Revmark
