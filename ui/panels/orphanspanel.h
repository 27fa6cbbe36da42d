// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace Revmark {

class AnnotationSelection;
class ColumnsArea;
class Project;

// Content of the orphans dock: the annotations of every review that could not be placed in its
// current text (Review::orphans), never dropped. A summary ("orphanCount"), the list
// ("orphanList": review, polarity, quote, note, tags; the quote's context in the tooltip), and
// "placeOrphanButton" (Place at Selection: the text selected in that review's column, snapped
// to words like marking; enabled only when there is one) and "deleteOrphanButton". Both are one
// undo step each, through the Project. Keyboard: Return places, Delete deletes.
class OrphansPanel : public QWidget
{
    Q_OBJECT

public:
    // Fills start/end with the selection in that review's column; false when there is none.
    using SelectionProvider = std::function<bool(const QString &reviewId, int *start, int *end)>;

    explicit OrphansPanel(QWidget *parent = nullptr);
    ~OrphansPanel() override;

    // May be called again with another project; nullptr allowed.
    void setProject(Project *project);
    void setSelectionProvider(SelectionProvider provider);
    // Works with the window's columns: the selection to place at is the column's, an activated
    // orphan brings its column into view, a placed one becomes the current annotation (and the
    // column's selection is cleared).
    void followColumns(ColumnsArea *columns, AnnotationSelection *selection);

    int orphanCount() const;
    QString currentReviewId() const;
    QString currentOrphanId() const;
    // Selects that orphan's row; unknown ids clear the selection.
    void setCurrentOrphan(const QString &reviewId, const QString &orphanId);
    // Selects the first orphan of that review, if it has one.
    void showReview(const QString &reviewId);
    // Keyboard focus to the list.
    void focusList();

    // Places the current orphan at its review's selection. Returns the annotation id (the
    // orphan's), or empty with the reason in the summary line when it could not.
    QString placeCurrent();
    void deleteCurrent();

public Q_SLOTS:
    // Enables the buttons for the current orphan and selection; call when a selection changes.
    void updateActions();

Q_SIGNALS:
    void countChanged(int count);
    // The user picked an orphan: its review should come into view, for selecting its new place.
    void orphanActivated(const QString &reviewId, const QString &orphanId);
    // An orphan became an annotation again.
    void orphanPlaced(const QString &reviewId, const QString &annotationId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    void updateCount();
    QTreeWidgetItem *currentItem() const;

    QPointer<Project> m_project;
    SelectionProvider m_selection;
    QLabel *m_countLabel;
    QTreeWidget *m_list;
    QPushButton *m_placeButton;
    QPushButton *m_deleteButton;
    QString m_message;
    bool m_rebuilding = false;
};

} // namespace Revmark
