// SPDX-License-Identifier: GPL-3.0-or-later
// Project's raw edits: the private functions that the redo and undo functions of its commands
// (project/commands.h) call. Each changes the model and emits the matching signal, for an edit,
// its undo and its redo alike; nothing here pushes a command.
#include "project/project.h"

#include "model/qtcompat.h"
#include "project/commands.h"

#include <algorithm>

namespace Revmark {

void Project::insertReviewAt(int index, const Review &review)
{
    m_reviews.insert(index, review);
    Q_EMIT reviewInserted(index);
}

Review Project::takeReviewAt(int index)
{
    Review review = m_reviews.takeAt(index);
    Q_EMIT reviewRemoved(review.id, index);
    return review;
}

void Project::moveReviewRaw(int from, int to)
{
    m_reviews.move(from, to);
    Q_EMIT reviewMoved(from, to);
}

void Project::setReviewMetadataRaw(const QString &reviewId, const QString &title, const QString &author,
                                   const QString &outlet)
{
    Review &review = m_reviews[reviewIndex(reviewId)];
    review.title = title;
    review.author = author;
    review.outlet = outlet;
    Q_EMIT reviewPropertiesChanged(review.id);
}

void Project::setReviewGradeRaw(const QString &reviewId, const Grade &grade)
{
    Review &review = m_reviews[reviewIndex(reviewId)];
    review.grade = grade;
    Q_EMIT reviewPropertiesChanged(reviewId);
}

void Project::setReviewLanguageRaw(const QString &reviewId, const QString &language)
{
    Review &review = m_reviews[reviewIndex(reviewId)];
    review.language = language;
    Q_EMIT reviewPropertiesChanged(reviewId);
}

void Project::insertAnnotationRaw(const QString &reviewId, const Annotation &annotation)
{
    Review &review = m_reviews[reviewIndex(reviewId)];
    auto at = std::lower_bound(review.annotations.begin(), review.annotations.end(), annotation, annotationLessThan);
    review.annotations.insert(at, annotation);
    Q_EMIT annotationsChanged(reviewId);
}

Annotation Project::takeAnnotationRaw(const QString &reviewId, const QString &annotationId)
{
    Review &review = m_reviews[reviewIndex(reviewId)];
    Annotation annotation = review.annotations.takeAt(review.annotationIndex(annotationId));
    Q_EMIT annotationsChanged(reviewId);
    return annotation;
}

void Project::replaceAnnotationRaw(const QString &reviewId, const Annotation &annotation)
{
    Review &review = m_reviews[reviewIndex(reviewId)];
    // Start and end never change here, so the sort order holds.
    review.annotations[review.annotationIndex(annotation.id)] = annotation;
    Q_EMIT annotationsChanged(reviewId);
}

void Project::moveAnnotationRaw(const QString &reviewId, const Annotation &annotation)
{
    Review &review = m_reviews[reviewIndex(reviewId)];
    // Another range may mean another place in the sort order; one signal, so that no observer
    // sees the annotation missing in between.
    review.annotations.removeAt(review.annotationIndex(annotation.id));
    review.annotations.insert(
        std::lower_bound(review.annotations.begin(), review.annotations.end(), annotation, annotationLessThan),
        annotation);
    Q_EMIT annotationsChanged(reviewId);
}

void Project::setReviewContentRaw(const QString &reviewId, const ReviewContent &content)
{
    Review &review = m_reviews[reviewIndex(reviewId)];
    const bool textChanged = review.text != content.text;
    const bool sourceChanged = review.sourcePath != content.sourcePath || review.format != content.format
        || review.importedAt != content.importedAt;
    review.text = content.text;
    review.annotations = content.annotations;
    review.orphans = content.orphans;
    review.sourcePath = content.sourcePath;
    review.format = content.format;
    review.importedAt = content.importedAt;
    const bool gradeChanged = review.grade != content.grade;
    review.grade = content.grade;
    const bool setAsideChanged = review.setAside != content.setAside;
    review.setAside = content.setAside;
    if (textChanged)
        Q_EMIT reviewTextChanged(reviewId);
    if (sourceChanged || gradeChanged)
        Q_EMIT reviewPropertiesChanged(reviewId);
    if (setAsideChanged)
        Q_EMIT this->setAsideChanged(reviewId);
    Q_EMIT annotationsChanged(reviewId);
    Q_EMIT orphansChanged(reviewId);
}

void Project::setSetAsideRaw(const QString &reviewId, const QVector<TextRange> &ranges)
{
    m_reviews[reviewIndex(reviewId)].setAside = ranges;
    Q_EMIT setAsideChanged(reviewId);
}

void Project::setTitleRaw(const QString &title)
{
    m_title = title;
    Q_EMIT titleChanged();
}

void Project::replaceOrphanRaw(const QString &reviewId, const Annotation &orphan)
{
    Review &review = m_reviews[reviewIndex(reviewId)];
    review.orphans[review.orphanIndex(orphan.id)] = orphan;
    Q_EMIT orphansChanged(reviewId);
}

void Project::setTagsRaw(const QStringList &tags)
{
    m_tags = tags;
    Q_EMIT tagsChanged();
}

void Project::setRejectedSuggestionsRaw(const QString &reviewId, const QStringList &quotes)
{
    m_reviews[reviewIndex(reviewId)].rejectedSuggestions = quotes;
    Q_EMIT rejectedSuggestionsChanged(reviewId);
}

} // namespace Revmark
