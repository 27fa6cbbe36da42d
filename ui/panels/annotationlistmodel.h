// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/annotation.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QVector>

#include <optional>
#include <utility>

namespace Revmark {

class Project;

// Flat list of every annotation of every review, in column order then text order, narrowed by
// three filters: review id ("" = all), polarity (nullopt = both) and tag ("" = all).
// Rows are (review index, annotation index) pairs into the project; strings are only built
// when data() asks, so 50,000 annotations cost one small vector. Follows the project's signals:
// an edit that keeps a review's rows only emits dataChanged (selection and scroll survive
// typing a note); a change of which rows a review contributes removes and re-inserts that
// review's rows; review insertion/removal/moves, tag list changes and resets reset the model.
class AnnotationListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ReviewColumn, PolarityColumn, QuoteColumn, TagsColumn, NoteColumn, ColumnCount };
    enum Role {
        ReviewIdRole = Qt::UserRole + 1,
        AnnotationIdRole,
        PolarityRole, // int(Polarity)
    };

    explicit AnnotationListModel(QObject *parent = nullptr);
    ~AnnotationListModel() override;

    // nullptr allowed; the model forgets a project that is destroyed.
    void setProject(Project *project);
    Project *project() const;

    void setReviewFilter(const QString &reviewId);
    void setPolarityFilter(std::optional<Polarity> polarity);
    void setTagFilter(const QString &tag);
    QString reviewFilter() const { return m_reviewFilter; }
    std::optional<Polarity> polarityFilter() const { return m_polarityFilter; }
    QString tagFilter() const { return m_tagFilter; }

    // Of the filtered rows.
    int praiseCount() const { return m_praiseCount; }
    int criticismCount() const { return m_criticismCount; }

    // Column 0; invalid when there is no such annotation or the filters hide it.
    QModelIndex indexOf(const QString &reviewId, const QString &annotationId) const;
    // nullptr for an invalid index.
    const Annotation *annotationAt(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // rowCount(), praiseCount() or criticismCount() may have changed.
    void countsChanged();

private:
    struct Row
    {
        int review;
        int annotation;
        bool praise;
    };

    bool accepts(const Annotation &annotation) const;
    QVector<Row> rowsOf(int reviewIndex) const;
    void rebuild();
    void updateReview(const QString &reviewId);
    void updateReviewTitle(const QString &reviewId);
    void count(const QVector<Row> &rows, int first, int last, int sign);
    // [first, last) of the rows of one review.
    std::pair<int, int> rangeOf(int reviewIndex) const;

    QPointer<Project> m_project;
    QVector<Row> m_rows;
    QString m_reviewFilter;
    std::optional<Polarity> m_polarityFilter;
    QString m_tagFilter;
    int m_praiseCount = 0;
    int m_criticismCount = 0;
};

} // namespace Revmark
