// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compare/consensus.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QVector>

namespace Revmark {

class Project;

// The consensus matrix of a project, live. Rows: the aspects as in ConsensusSummary (the tag
// list, then tags found on the shown reviews' annotations but missing from the list, then
// "(no tag)"), then a Grade row and a Totals row. Columns: the reviews in column order, those
// hidden left out unless includeHidden is set, then a Verdict column.
// A cell counts the review's annotations carrying the row's tag (an annotation with two tags
// counts in both rows, one without in "(no tag)"); the Verdict column holds verdictFor() of the
// row, and in the Totals row the sums of every review shown.
// It follows every Project signal (edits, undo and redo alike) incrementally: an annotation
// change recomputes only that review's column and the verdicts (dataChanged for that column,
// the Verdict column and the Totals row); reviews and tags coming and going insert, remove and
// move columns and rows. summary() equals Revmark::summarize() over the shown reviews.
class ConsensusModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        PraiseRole = Qt::UserRole + 1, // int: praise annotations in the cell (or the row/total)
        CriticismRole,                 // int
        VerdictKeyRole,                // QString verdictKey() of the row (aspect rows, any column)
        ReviewIdRole,                  // QString: the column's review ("" in the Verdict column)
        TagRole,                       // QString: the row's tag ("" for "(no tag)", Grade, Totals)
        AnnotationIdsRole,             // QStringList: the cell's annotations in text order
        RowKindRole,                   // int RowKind
        GradeValueRole,                // int 0..100, -1 without a grade (Grade row)
    };
    enum RowKind { AspectRow, UntaggedRow, GradeRow, TotalsRow };

    explicit ConsensusModel(QObject *parent = nullptr);
    ~ConsensusModel() override;

    // nullptr allowed; resets the model.
    void setProject(Project *project);
    Project *project() const;

    // The reviews the columns area hides (view state, told by the UI); left out unless
    // includeHidden.
    void setHiddenReviews(const QSet<QString> &reviewIds);
    QSet<QString> hiddenReviews() const { return m_hidden; }
    void setIncludeHidden(bool include);
    bool includeHidden() const { return m_includeHidden; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Layout helpers.
    int aspectCount() const { return int(m_rows.size()); } // aspect rows, "(no tag)" included
    int untaggedRow() const { return aspectCount() - 1; }
    int gradeRow() const { return aspectCount(); }
    int totalsRow() const { return aspectCount() + 1; }
    int reviewCount() const { return int(m_columns.size()); }
    int verdictColumn() const { return reviewCount(); }
    // -1 when the tag has no row / the review no column. An empty tag is "(no tag)".
    int rowOfTag(const QString &tag) const;
    int columnOfReview(const QString &reviewId) const;
    QString tagAt(int row) const;
    QString reviewIdAt(int column) const;

    Tally tally(int row, int column) const;
    Verdict verdict(int row) const;
    QStringList annotationIds(int row, int column) const;

    // The matrix as ConsensusSummary, for the chart.
    ConsensusSummary summary() const;

Q_SIGNALS:
    // After any change of the counts, rows or columns (once per project signal).
    void summaryChanged();

private:
    struct Cell
    {
        Tally tally;
        QStringList annotationIds;
    };
    struct Column
    {
        QString reviewId;
        QHash<QString, Cell> cells; // by tag, "" = untagged
        QStringList tagOrder;       // tags in order of first appearance in the text
        Tally total;
    };
    // What the verdict of a row needs, kept up to date column by column.
    struct RowStats
    {
        int voices = 0;
        int positive = 0;
        int negative = 0;
        Tally total;
    };

    void reset();
    Column buildColumn(const QString &reviewId) const;
    void addStats(const Column &column, int sign);
    QVector<QString> wantedReviews() const;
    QStringList wantedRows() const;
    void syncColumns();
    void syncRows();
    void onAnnotationsChanged(const QString &reviewId);
    void onReviewMoved(int from, int to);
    void onReviewRemoved(const QString &reviewId);
    void onReviewPropertiesChanged(const QString &reviewId);
    QString accessibleText(int row, int column) const;

    QPointer<Project> m_project;
    QSet<QString> m_hidden;
    bool m_includeHidden = false;
    QVector<Column> m_columns;
    QHash<QString, int> m_columnOf;
    QStringList m_rows; // aspect tags, "" (untagged) last
    QHash<QString, int> m_rowOf;
    QHash<QString, RowStats> m_stats;
    Tally m_total;
};

} // namespace Revmark
