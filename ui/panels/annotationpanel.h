// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QAbstractButton;
class QComboBox;
class QGroupBox;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QModelIndex;
class QPlainTextEdit;
class QPushButton;
class QToolButton;
class QTreeView;

namespace Revmark {

class AnnotationListModel;
class AnnotationSelection;
class Project;
struct Review;

// Content of the annotations dock: filters (review "reviewFilter", polarity "polarityFilter",
// tag "tagFilter"), a count label ("annotationCount"), the list ("annotationList") and, below
// a vertical splitter, an editor ("annotationEditor", disabled when nothing is current) with
// "praiseButton"/"criticismButton", a checkable "tagList", "noteEdit" and
// "deleteAnnotationButton"; the first nine tags show their quick keys (Alt+1 …). Escape in the
// list, the tag list or the note editor emits textRequested. Every editor change goes through the Project, one undo step each
// (consecutive note keystrokes merge in the Project).
// The current annotation follows the window's AnnotationSelection (setAnnotationSelection), the
// one notion of "current" that the Tags menu shares: it stays current while filters hide its
// row, and is dropped (editor cleared) when the selection is cleared or the annotation goes.
class AnnotationPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AnnotationPanel(QWidget *parent = nullptr);
    ~AnnotationPanel() override;

    // May be called again with another project; nullptr allowed. Clears the filters and the
    // current annotation.
    void setProject(Project *project);
    Project *project() const;
    // Follows the window's current annotation: it becomes the panel's current row too.
    void setAnnotationSelection(AnnotationSelection *selection);

    // Selects that annotation's row (clearing the filters that hide it) and shows it in the
    // editor. Does not emit annotationActivated. Unknown ids clear the current annotation.
    void setCurrentAnnotation(const QString &reviewId, const QString &annotationId);
    QString currentReviewId() const { return m_reviewId; }
    QString currentAnnotationId() const { return m_annotationId; }

    // Keyboard focus to the note editor.
    void focusNote();

    // The tag the list is filtered to ("tagFilter"), empty for all tags. A tag missing from
    // the project's tag list shows all tags.
    QString tagFilter() const;
    void setTagFilter(const QString &tag);

Q_SIGNALS:
    // The user picked a row (click, keyboard navigation, Enter/Return, double click).
    void annotationActivated(const QString &reviewId, const QString &annotationId);
    // Escape in the panel: the keyboard should go back to the text at the current annotation.
    void textRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    static QString reviewTitle(const Review &review);
    void updateIcons();
    void rebuildReviewFilter();
    void rebuildTagFilter();
    void rebuildTagList();
    void applyFilters();
    void updateCount();
    void updateEditor();
    void syncSelection();
    void onCurrentRowChanged(const QModelIndex &current);
    void onAnnotationsChanged(const QString &reviewId);
    void onTagItemChanged(QListWidgetItem *item);
    void onNoteChanged();
    void setPolarityFromButtons(QAbstractButton *button);
    void activateCurrentRow();
    void deleteCurrent();
    void deleteCurrentRow();
    void clearCurrent();

    QPointer<Project> m_project;
    AnnotationListModel *m_model;
    QString m_reviewId;
    QString m_annotationId;

    QComboBox *m_reviewFilter;
    QComboBox *m_polarityFilter;
    QComboBox *m_tagFilter;
    QLabel *m_countLabel;
    QTreeView *m_view;
    QGroupBox *m_editor;
    QLabel *m_quoteLabel;
    QToolButton *m_praiseButton;
    QToolButton *m_criticismButton;
    QListWidget *m_tagList;
    QPlainTextEdit *m_noteEdit;
    QPushButton *m_deleteButton;

    // Set while the panel itself changes widgets or the selection, so their change signals
    // are not mistaken for the user's.
    int m_updating = 0;
    // Set while the model restructures, when the view moves its current index on its own.
    bool m_modelChanging = false;
};

} // namespace Revmark
