// SPDX-License-Identifier: GPL-3.0-or-later
#include "panels/annotationlistmodel.h"

#include "accessibility.h"

#include "export/highlightstyle.h"
#include "project/project.h"
#include "model/qtcompat.h"

#include <QGuiApplication>
#include <QPalette>

#include <algorithm>

namespace Revmark {

namespace {

// Enough to fill any sane column width; the view elides the rest, and long quotes would only
// make text layout slow for rows that show a fraction of them.
constexpr int DisplayLength = 240;

QString oneLine(const QString &text)
{
    return text.left(DisplayLength).simplified();
}

QString toolTipFor(const Annotation &annotation)
{
    // Rich text so that a quote containing markup is shown as written, and long text wraps.
    QString html = QStringLiteral("<p style='white-space:pre-wrap'>%1</p>").arg(annotation.quote.toHtmlEscaped());
    if (!annotation.note.isEmpty())
        html += QStringLiteral("<hr/><p style='white-space:pre-wrap'><i>%1</i></p>").arg(annotation.note.toHtmlEscaped());
    return html;
}

} // namespace

AnnotationListModel::AnnotationListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

AnnotationListModel::~AnnotationListModel() = default;

Project *AnnotationListModel::project() const
{
    return m_project;
}

void AnnotationListModel::setProject(Project *project)
{
    if (m_project == project && project)
        return;
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    if (project) {
        // The guard is already null here; only the rows are left to forget.
        connect(project, &QObject::destroyed, this, &AnnotationListModel::rebuild);
        connect(project, &Project::projectReset, this, &AnnotationListModel::rebuild);
        connect(project, &Project::reviewInserted, this, &AnnotationListModel::rebuild);
        connect(project, &Project::reviewRemoved, this, &AnnotationListModel::rebuild);
        connect(project, &Project::reviewMoved, this, &AnnotationListModel::rebuild);
        connect(project, &Project::tagsChanged, this, &AnnotationListModel::rebuild);
        connect(project, &Project::reviewPropertiesChanged, this, &AnnotationListModel::updateReviewTitle);
        connect(project, &Project::annotationsChanged, this, &AnnotationListModel::updateReview);
    }
    rebuild();
}

void AnnotationListModel::setReviewFilter(const QString &reviewId)
{
    if (m_reviewFilter == reviewId)
        return;
    m_reviewFilter = reviewId;
    rebuild();
}

void AnnotationListModel::setPolarityFilter(std::optional<Polarity> polarity)
{
    if (m_polarityFilter == polarity)
        return;
    m_polarityFilter = polarity;
    rebuild();
}

void AnnotationListModel::setTagFilter(const QString &tag)
{
    if (m_tagFilter == tag)
        return;
    m_tagFilter = tag;
    rebuild();
}

QModelIndex AnnotationListModel::indexOf(const QString &reviewId, const QString &annotationId) const
{
    if (!m_project)
        return {};
    const int reviewIndex = m_project->reviewIndex(reviewId);
    if (reviewIndex < 0)
        return {};
    const int annotationIndex = m_project->review(reviewIndex).annotationIndex(annotationId);
    if (annotationIndex < 0)
        return {};
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), std::make_pair(reviewIndex, annotationIndex),
                                     [](const Row &row, const std::pair<int, int> &key) {
                                         return std::make_pair(row.review, row.annotation) < key;
                                     });
    if (it == m_rows.cend() || it->review != reviewIndex || it->annotation != annotationIndex)
        return {};
    return index(int(it - m_rows.cbegin()), 0);
}

const Annotation *AnnotationListModel::annotationAt(const QModelIndex &index) const
{
    if (!m_project || !index.isValid() || index.model() != this || index.row() >= m_rows.size())
        return nullptr;
    const Row &row = m_rows.at(index.row());
    return &m_project->review(row.review).annotations.at(row.annotation);
}

int AnnotationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AnnotationListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AnnotationListModel::data(const QModelIndex &index, int role) const
{
    const Annotation *annotation = annotationAt(index);
    if (!annotation)
        return {};
    const Review &review = m_project->review(m_rows.at(index.row()).review);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ReviewColumn:
            return review.label();
        case PolarityColumn:
            return polarityName(annotation->polarity);
        case QuoteColumn:
            return oneLine(annotation->quote);
        case TagsColumn:
            return annotation->tags.join(QLatin1String(", "));
        case NoteColumn:
            return oneLine(annotation->note);
        }
        break;
    case Qt::DecorationRole:
        // The views paint a QColor decoration as a swatch: the same colour as the text underline.
        if (index.column() == PolarityColumn)
            return HighlightStyle::lineColor(annotation->polarity, HighlightStyle::themeFor(QGuiApplication::palette()));
        break;
    case Qt::ToolTipRole:
        return toolTipFor(*annotation);
    case Qt::AccessibleTextRole:
        // An empty cell would be read as nothing at all.
        if (index.column() == TagsColumn && annotation->tags.isEmpty())
            return tr("no tags");
        if (index.column() == NoteColumn && annotation->note.trimmed().isEmpty())
            return tr("no note");
        return data(index, Qt::DisplayRole);
    case Qt::AccessibleDescriptionRole:
        return tr("%1, in %2").arg(Accessibility::describeAnnotation(*annotation), review.label());
    case ReviewIdRole:
        return review.id;
    case AnnotationIdRole:
        return annotation->id;
    case PolarityRole:
        return int(annotation->polarity);
    default:
        break;
    }
    return {};
}

QVariant AnnotationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ReviewColumn:
        return tr("Review");
    case PolarityColumn:
        return tr("Polarity");
    case QuoteColumn:
        return tr("Quote");
    case TagsColumn:
        return tr("Tags");
    case NoteColumn:
        return tr("Note");
    }
    return {};
}

bool AnnotationListModel::accepts(const Annotation &annotation) const
{
    if (m_polarityFilter && annotation.polarity != *m_polarityFilter)
        return false;
    return m_tagFilter.isEmpty() || annotation.tags.contains(m_tagFilter);
}

QVector<AnnotationListModel::Row> AnnotationListModel::rowsOf(int reviewIndex) const
{
    QVector<Row> rows;
    const Review &review = m_project->review(reviewIndex);
    if (!m_reviewFilter.isEmpty() && review.id != m_reviewFilter)
        return rows;
    for (int i = 0; i < review.annotations.size(); ++i) {
        const Annotation &annotation = review.annotations.at(i);
        if (accepts(annotation))
            rows.append({reviewIndex, i, annotation.polarity == Polarity::Praise});
    }
    return rows;
}

void AnnotationListModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    m_praiseCount = m_criticismCount = 0;
    if (m_project) {
        for (int r = 0; r < m_project->reviewCount(); ++r) {
            const Review &review = m_project->review(r);
            if (!m_reviewFilter.isEmpty() && review.id != m_reviewFilter)
                continue;
            for (int i = 0; i < review.annotations.size(); ++i) {
                const Annotation &annotation = review.annotations.at(i);
                if (accepts(annotation))
                    m_rows.append({r, i, annotation.polarity == Polarity::Praise});
            }
        }
        count(m_rows, 0, int(m_rows.size()), 1);
    }
    endResetModel();
    Q_EMIT countsChanged();
}

void AnnotationListModel::updateReview(const QString &reviewId)
{
    const int reviewIndex = m_project->reviewIndex(reviewId);
    if (reviewIndex < 0) {
        rebuild();
        return;
    }
    const QVector<Row> rows = rowsOf(reviewIndex);
    const auto [first, last] = rangeOf(reviewIndex);
    const bool sameRows = last - first == rows.size()
        && std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin() + first, [](const Row &a, const Row &b) {
               return a.annotation == b.annotation;
           });
    count(m_rows, first, last, -1);
    if (sameRows) {
        // Only contents changed (note, tags, polarity): keep selection and scroll position.
        std::copy(rows.cbegin(), rows.cend(), m_rows.begin() + first);
        if (last > first)
            Q_EMIT dataChanged(index(first, 0), index(last - 1, ColumnCount - 1));
    } else {
        if (last > first) {
            beginRemoveRows({}, first, last - 1);
            m_rows.erase(m_rows.begin() + first, m_rows.begin() + last);
            endRemoveRows();
        }
        if (!rows.isEmpty()) {
            beginInsertRows({}, first, first + int(rows.size()) - 1);
            m_rows.insert(first, rows.size(), Row{});
            std::copy(rows.cbegin(), rows.cend(), m_rows.begin() + first);
            endInsertRows();
        }
    }
    count(rows, 0, int(rows.size()), 1);
    Q_EMIT countsChanged();
}

void AnnotationListModel::updateReviewTitle(const QString &reviewId)
{
    const auto [first, last] = rangeOf(m_project->reviewIndex(reviewId));
    if (last > first)
        Q_EMIT dataChanged(index(first, ReviewColumn), index(last - 1, ReviewColumn), {Qt::DisplayRole});
}

void AnnotationListModel::count(const QVector<Row> &rows, int first, int last, int sign)
{
    for (int i = first; i < last; ++i)
        (rows.at(i).praise ? m_praiseCount : m_criticismCount) += sign;
}

std::pair<int, int> AnnotationListModel::rangeOf(int reviewIndex) const
{
    const auto range = std::equal_range(m_rows.cbegin(), m_rows.cend(), Row{reviewIndex, 0, false},
                                        [](const Row &a, const Row &b) { return a.review < b.review; });
    return {int(range.first - m_rows.cbegin()), int(range.second - m_rows.cbegin())};
}

} // namespace Revmark
