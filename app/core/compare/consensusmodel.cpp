// SPDX-License-Identifier: GPL-3.0-or-later
#include "compare/consensusmodel.h"

#include "project/project.h"

#include <QCoreApplication>

#include <utility>

namespace Revmark {

namespace {

QString countsText(const Tally &tally)
{
    QStringList parts;
    if (tally.praise > 0)
        parts.append(QStringLiteral("+%1").arg(tally.praise));
    if (tally.criticism > 0)
        parts.append(QStringLiteral("−%1").arg(tally.criticism));
    return parts.join(QLatin1Char(' '));
}

QString countsSentence(const Tally &tally)
{
    if (tally.isEmpty())
        return QCoreApplication::translate("Revmark", "not mentioned");
    return QCoreApplication::translate("Revmark", "%1, %2")
        .arg(QCoreApplication::translate("Revmark", "%n praise", nullptr, tally.praise),
             QCoreApplication::translate("Revmark", "%n criticism(s)", nullptr, tally.criticism));
}

} // namespace

ConsensusModel::ConsensusModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

ConsensusModel::~ConsensusModel() = default;

void ConsensusModel::setProject(Project *project)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    m_hidden.clear();
    if (project) {
        connect(project, &Project::projectReset, this, &ConsensusModel::reset);
        connect(project, &Project::reviewInserted, this, [this] {
            syncColumns();
            syncRows();
            Q_EMIT summaryChanged();
        });
        connect(project, &Project::reviewRemoved, this, &ConsensusModel::onReviewRemoved);
        connect(project, &Project::reviewMoved, this, &ConsensusModel::onReviewMoved);
        connect(project, &Project::reviewPropertiesChanged, this, &ConsensusModel::onReviewPropertiesChanged);
        connect(project, &Project::annotationsChanged, this, &ConsensusModel::onAnnotationsChanged);
        connect(project, &Project::tagsChanged, this, [this] {
            syncRows();
            Q_EMIT summaryChanged();
        });
        connect(project, &QObject::destroyed, this, &ConsensusModel::reset);
    }
    reset();
}

Project *ConsensusModel::project() const
{
    return m_project;
}

void ConsensusModel::setHiddenReviews(const QSet<QString> &reviewIds)
{
    if (reviewIds == m_hidden)
        return;
    m_hidden = reviewIds;
    if (m_includeHidden)
        return;
    syncColumns();
    syncRows();
    Q_EMIT summaryChanged();
}

void ConsensusModel::setIncludeHidden(bool include)
{
    if (include == m_includeHidden)
        return;
    m_includeHidden = include;
    syncColumns();
    syncRows();
    Q_EMIT summaryChanged();
}

int ConsensusModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_rows.isEmpty() ? 0 : aspectCount() + 2;
}

int ConsensusModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_rows.isEmpty() ? 0 : reviewCount() + 1;
}

int ConsensusModel::rowOfTag(const QString &tag) const
{
    return m_rowOf.value(tag, -1);
}

int ConsensusModel::columnOfReview(const QString &reviewId) const
{
    return m_columnOf.value(reviewId, -1);
}

QString ConsensusModel::tagAt(int row) const
{
    return row >= 0 && row < aspectCount() ? m_rows.at(row) : QString();
}

QString ConsensusModel::reviewIdAt(int column) const
{
    return column >= 0 && column < reviewCount() ? m_columns.at(column).reviewId : QString();
}

Tally ConsensusModel::tally(int row, int column) const
{
    const bool verdict = column == verdictColumn();
    if (row == totalsRow())
        return verdict ? m_total : (column >= 0 && column < reviewCount() ? m_columns.at(column).total : Tally());
    if (row < 0 || row >= aspectCount())
        return {};
    if (verdict)
        return m_stats.value(m_rows.at(row)).total;
    if (column < 0 || column >= reviewCount())
        return {};
    const QHash<QString, Cell> &cells = m_columns.at(column).cells;
    const auto it = cells.constFind(m_rows.at(row));
    return it == cells.cend() ? Tally() : it->tally;
}

Verdict ConsensusModel::verdict(int row) const
{
    if (row < 0 || row >= aspectCount())
        return Verdict::None;
    const RowStats stats = m_stats.value(m_rows.at(row));
    if (stats.voices == 0)
        return Verdict::None;
    if (stats.voices == 1)
        return Verdict::OneVoice;
    if (stats.positive == stats.voices)
        return Verdict::ConsensusPraise;
    if (stats.negative == stats.voices)
        return Verdict::ConsensusCriticism;
    return Verdict::Split;
}

QStringList ConsensusModel::annotationIds(int row, int column) const
{
    if (row < 0 || row >= aspectCount() || column < 0 || column >= reviewCount())
        return {};
    return m_columns.at(column).cells.value(m_rows.at(row)).annotationIds;
}

QString ConsensusModel::accessibleText(int row, int column) const
{
    const Review *review = m_project ? m_project->findReview(reviewIdAt(column)) : nullptr;
    const QString reviewName = review ? review->label() : QString();
    if (row == gradeRow()) {
        if (!review)
            return tr("Grade");
        if (!review->grade.isValid())
            return tr("Grade, %1: none").arg(reviewName);
        return tr("Grade, %1: %2 (%3 of 100)").arg(reviewName, review->grade.raw).arg(review->grade.value);
    }
    const Tally counts = tally(row, column);
    if (row == totalsRow()) {
        if (!review)
            return tr("Totals, all reviews: %1").arg(countsSentence(counts));
        return tr("Totals, %1: %2").arg(reviewName, countsSentence(counts));
    }
    const QString aspect = aspectName(tagAt(row));
    if (!review)
        return tr("%1, verdict: %2 (%3)").arg(aspect, verdictName(verdict(row)), countsSentence(counts));
    return tr("%1, %2: %3").arg(aspect, reviewName, countsSentence(counts));
}

QVariant ConsensusModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const int row = index.row();
    const int column = index.column();
    const bool isVerdict = column == verdictColumn();

    switch (role) {
    case RowKindRole:
        return row == gradeRow() ? GradeRow : row == totalsRow() ? TotalsRow : row == untaggedRow() ? UntaggedRow : AspectRow;
    case ReviewIdRole:
        return reviewIdAt(column);
    case TagRole:
        return tagAt(row);
    case Qt::AccessibleTextRole:
        return accessibleText(row, column);
    case Qt::TextAlignmentRole:
        return int(isVerdict ? (Qt::AlignLeft | Qt::AlignVCenter) : Qt::AlignCenter);
    default:
        break;
    }

    if (row == gradeRow()) {
        const Review *review = m_project && !isVerdict ? m_project->findReview(reviewIdAt(column)) : nullptr;
        if (!review)
            return {};
        switch (role) {
        case Qt::DisplayRole:
            return review->grade.isValid() ? review->grade.raw : QString();
        case Qt::ToolTipRole:
            return review->grade.isValid() ? tr("%1 of 100").arg(review->grade.value) : tr("No grade");
        case GradeValueRole:
            return review->grade.value;
        default:
            return {};
        }
    }

    const Tally counts = tally(row, column);
    switch (role) {
    case Qt::DisplayRole:
        if (isVerdict && row != totalsRow())
            return verdictName(verdict(row));
        return countsText(counts);
    case Qt::ToolTipRole:
        return accessibleText(row, column);
    case PraiseRole:
        return counts.praise;
    case CriticismRole:
        return counts.criticism;
    case VerdictKeyRole:
        return row < aspectCount() ? verdictKey(verdict(row)) : QString();
    case AnnotationIdsRole:
        return annotationIds(row, column);
    default:
        return {};
    }
}

QVariant ConsensusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section == verdictColumn())
            return role == Qt::DisplayRole || role == Qt::AccessibleTextRole ? QVariant(tr("Verdict")) : QVariant();
        const Review *review = m_project ? m_project->findReview(reviewIdAt(section)) : nullptr;
        if (!review)
            return {};
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return review->label();
        case Qt::ToolTipRole:
            return QStringList{review->title, review->author, review->outlet}.join(QStringLiteral(" · "));
        case ReviewIdRole:
            return review->id;
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole && role != TagRole)
        return {};
    if (role == TagRole)
        return tagAt(section);
    if (section == gradeRow())
        return tr("Grade");
    if (section == totalsRow())
        return tr("Totals");
    return section >= 0 && section < aspectCount() ? aspectName(m_rows.at(section)) : QVariant();
}

ConsensusSummary ConsensusModel::summary() const
{
    ConsensusSummary summary;
    if (!m_project)
        return summary;
    summary.title = m_project->displayName();
    // Project::reviewIndex() is a linear search: one pass instead, for a thousand columns.
    QHash<QString, int> indexOf;
    indexOf.reserve(m_project->reviewCount());
    for (int i = 0; i < m_project->reviewCount(); ++i)
        indexOf.insert(m_project->review(i).id, i);
    for (const Column &column : m_columns) {
        const int index = indexOf.value(column.reviewId);
        const Review &review = m_project->review(index);
        ConsensusSummary::ReviewEntry entry;
        entry.index = index + 1;
        entry.id = review.id;
        entry.title = review.title;
        entry.author = review.author;
        entry.outlet = review.outlet;
        entry.grade = review.grade;
        entry.total = column.total;
        summary.reviews.append(entry);
    }
    for (int row = 0; row < aspectCount(); ++row) {
        ConsensusSummary::Aspect aspect;
        aspect.tag = m_rows.at(row);
        aspect.cells.reserve(m_columns.size());
        for (const Column &column : m_columns) {
            const auto it = column.cells.constFind(aspect.tag);
            aspect.cells.append(it == column.cells.cend() ? Tally() : it->tally);
        }
        aspect.total = m_stats.value(aspect.tag).total;
        aspect.verdict = verdict(row);
        summary.aspects.append(aspect);
    }
    return summary;
}

void ConsensusModel::reset()
{
    beginResetModel();
    m_columns.clear();
    m_columnOf.clear();
    m_rows.clear();
    m_rowOf.clear();
    m_stats.clear();
    m_total = {};
    if (m_project) {
        const QVector<QString> wanted = wantedReviews();
        m_columns.reserve(wanted.size());
        for (const QString &id : wanted) {
            m_columnOf.insert(id, int(m_columns.size()));
            m_columns.append(buildColumn(id));
            addStats(m_columns.last(), 1);
        }
        m_rows = wantedRows();
        for (int row = 0; row < m_rows.size(); ++row)
            m_rowOf.insert(m_rows.at(row), row);
    }
    endResetModel();
    Q_EMIT summaryChanged();
}

ConsensusModel::Column ConsensusModel::buildColumn(const QString &reviewId) const
{
    Column column;
    column.reviewId = reviewId;
    const Review *review = m_project ? m_project->findReview(reviewId) : nullptr;
    if (!review)
        return column;
    // The same counting as summarize(): one count per tag, "(no tag)" for none.
    const auto count = [&column](const QString &tag, const Annotation &annotation) {
        auto it = column.cells.find(tag);
        if (it == column.cells.end()) {
            it = column.cells.insert(tag, Cell());
            if (!tag.isEmpty())
                column.tagOrder.append(tag);
        }
        ++(annotation.polarity == Polarity::Praise ? it->tally.praise : it->tally.criticism);
        it->annotationIds.append(annotation.id);
    };
    for (const Annotation &annotation : review->annotations) {
        ++(annotation.polarity == Polarity::Praise ? column.total.praise : column.total.criticism);
        bool counted = false;
        for (const QString &tag : annotation.tags) {
            if (tag.isEmpty())
                continue;
            count(tag, annotation);
            counted = true;
        }
        if (!counted)
            count(QString(), annotation);
    }
    return column;
}

void ConsensusModel::addStats(const Column &column, int sign)
{
    for (auto it = column.cells.cbegin(); it != column.cells.cend(); ++it) {
        const Tally &cell = it->tally;
        RowStats &stats = m_stats[it.key()];
        stats.voices += sign;
        stats.positive += cell.net() > 0 ? sign : 0;
        stats.negative += cell.net() < 0 ? sign : 0;
        stats.total.praise += sign * cell.praise;
        stats.total.criticism += sign * cell.criticism;
        if (stats.voices == 0)
            m_stats.remove(it.key());
    }
    m_total.praise += sign * column.total.praise;
    m_total.criticism += sign * column.total.criticism;
}

QVector<QString> ConsensusModel::wantedReviews() const
{
    QVector<QString> ids;
    if (!m_project)
        return ids;
    for (const Review &review : m_project->reviews()) {
        if (m_includeHidden || !m_hidden.contains(review.id))
            ids.append(review.id);
    }
    return ids;
}

QStringList ConsensusModel::wantedRows() const
{
    if (!m_project)
        return {};
    QStringList rows;
    QSet<QString> seen;
    for (const QString &tag : m_project->tags()) {
        if (!tag.isEmpty() && !seen.contains(tag)) {
            seen.insert(tag);
            rows.append(tag);
        }
    }
    for (const Column &column : m_columns) {
        for (const QString &tag : column.tagOrder) {
            if (!seen.contains(tag)) {
                seen.insert(tag);
                rows.append(tag);
            }
        }
    }
    rows.append(QString());
    return rows;
}

void ConsensusModel::syncColumns()
{
    if (m_rows.isEmpty()) {
        // No project shown yet: nothing to keep.
        reset();
        return;
    }
    const QVector<QString> wanted = wantedReviews();
    const QSet<QString> wantedSet(wanted.cbegin(), wanted.cend());
    const auto reindex = [this] {
        m_columnOf.clear();
        for (int c = 0; c < m_columns.size(); ++c)
            m_columnOf.insert(m_columns.at(c).reviewId, c);
    };
    for (int c = int(m_columns.size()) - 1; c >= 0; --c) {
        if (wantedSet.contains(m_columns.at(c).reviewId))
            continue;
        beginRemoveColumns(QModelIndex(), c, c);
        addStats(m_columns.at(c), -1);
        m_columns.removeAt(c);
        reindex();
        endRemoveColumns();
    }
    // What is left is kept; a column in the wrong place moves, a missing one is built.
    for (int c = 0; c < wanted.size(); ++c) {
        if (c < m_columns.size() && m_columns.at(c).reviewId == wanted.at(c))
            continue;
        const int from = columnOfReview(wanted.at(c));
        if (from > c) {
            beginMoveColumns(QModelIndex(), from, from, QModelIndex(), c);
            m_columns.move(from, c);
            reindex();
            endMoveColumns();
        } else {
            beginInsertColumns(QModelIndex(), c, c);
            m_columns.insert(c, buildColumn(wanted.at(c)));
            addStats(m_columns.at(c), 1);
            reindex();
            endInsertColumns();
        }
    }
    if (!m_columns.isEmpty() || !m_rows.isEmpty()) {
        // The verdicts and the totals follow the columns shown.
        Q_EMIT dataChanged(index(0, verdictColumn()), index(rowCount() - 1, verdictColumn()));
        Q_EMIT dataChanged(index(totalsRow(), 0), index(totalsRow(), verdictColumn()));
    }
}

void ConsensusModel::syncRows()
{
    if (!m_project)
        return;
    const QStringList wanted = wantedRows();
    if (wanted == m_rows)
        return;
    const QSet<QString> wantedSet(wanted.cbegin(), wanted.cend());
    const auto reindex = [this] {
        m_rowOf.clear();
        for (int r = 0; r < m_rows.size(); ++r)
            m_rowOf.insert(m_rows.at(r), r);
    };
    for (int r = int(m_rows.size()) - 1; r >= 0; --r) {
        if (wantedSet.contains(m_rows.at(r)))
            continue;
        beginRemoveRows(QModelIndex(), r, r);
        m_rows.removeAt(r);
        reindex();
        endRemoveRows();
    }
    for (int r = 0; r < wanted.size(); ++r) {
        if (r < m_rows.size() && m_rows.at(r) == wanted.at(r))
            continue;
        const int from = rowOfTag(wanted.at(r));
        if (from > r) {
            beginMoveRows(QModelIndex(), from, from, QModelIndex(), r);
            m_rows.move(from, r);
            reindex();
            endMoveRows();
        } else {
            beginInsertRows(QModelIndex(), r, r);
            m_rows.insert(r, wanted.at(r));
            reindex();
            endInsertRows();
        }
    }
}

void ConsensusModel::onAnnotationsChanged(const QString &reviewId)
{
    const int c = columnOfReview(reviewId);
    if (c < 0)
        return;
    Column column = buildColumn(reviewId);
    addStats(m_columns.at(c), -1);
    addStats(column, 1);
    // Rows change only through tags outside the tag list: one appearing, going, or appearing
    // first in another order.
    bool rowsMayChange = false;
    const QStringList listed = m_project->tags();
    const QStringList *before = &m_columns.at(c).tagOrder;
    const QStringList *after = &column.tagOrder;
    for (const QStringList *tags : {before, after}) {
        for (const QString &tag : *tags)
            rowsMayChange = rowsMayChange || !listed.contains(tag);
    }
    m_columns[c] = std::move(column);
    if (rowsMayChange)
        syncRows();
    const int last = rowCount() - 1;
    Q_EMIT dataChanged(index(0, c), index(last, c));
    Q_EMIT dataChanged(index(0, verdictColumn()), index(last, verdictColumn()));
    Q_EMIT summaryChanged();
}

void ConsensusModel::onReviewMoved(int from, int to)
{
    Q_UNUSED(from)
    Q_UNUSED(to)
    syncColumns();
    syncRows(); // the order of tags outside the list follows the columns
    Q_EMIT summaryChanged();
}

void ConsensusModel::onReviewRemoved(const QString &reviewId)
{
    m_hidden.remove(reviewId);
    syncColumns();
    syncRows();
    Q_EMIT summaryChanged();
}

void ConsensusModel::onReviewPropertiesChanged(const QString &reviewId)
{
    const int c = columnOfReview(reviewId);
    if (c < 0)
        return;
    Q_EMIT headerDataChanged(Qt::Horizontal, c, c);
    Q_EMIT dataChanged(index(0, c), index(rowCount() - 1, c));
    Q_EMIT summaryChanged();
}

} // namespace Revmark
