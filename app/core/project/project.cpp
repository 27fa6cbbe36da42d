// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/project.h"

#include "anchoring/anchoring.h"
#include "project/commands/addannotationcommand.h"
#include "project/commands/addreviewscommand.h"
#include "project/commands/changeannotationcommand.h"
#include "project/commands/changereviewcommand.h"
#include "project/commands/changereviewcontentcommand.h"
#include "project/commands/setreviewgradecommand.h"
#include "project/commands/movereviewcommand.h"
#include "project/commands/removeannotationcommand.h"
#include "project/commands/removereviewcommand.h"
#include "project/commands/settaglistcommand.h"
#include "model/qtcompat.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>

namespace Revmark {

namespace {

QDateTime now()
{
    // Seconds are enough and keep files free of sub-second noise.
    QDateTime t = QDateTime::currentDateTimeUtc();
    t.setTime(QTime(t.time().hour(), t.time().minute(), t.time().second()));
    return t;
}

} // namespace

Project::Project(QObject *parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
    , m_tags(defaultTags())
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
}

Project::~Project() = default;

QStringList Project::defaultTags()
{
    // Tag names are data saved in the project, not interface text: they stay in English.
    return {QStringLiteral("performances"), QStringLiteral("direction"), QStringLiteral("story"),
            QStringLiteral("cinematography"), QStringLiteral("music"), QStringLiteral("pacing"),
            QStringLiteral("ending")};
}

bool Project::isModified() const
{
    return !m_undoStack->isClean();
}

void Project::setFilePath(const QString &filePath)
{
    if (m_filePath == filePath)
        return;
    m_filePath = filePath;
    Q_EMIT filePathChanged();
}

void Project::setTitle(const QString &title)
{
    m_title = title;
}

QString Project::displayName() const
{
    if (!m_title.isEmpty())
        return m_title;
    if (!m_filePath.isEmpty())
        return QFileInfo(m_filePath).completeBaseName();
    return QCoreApplication::translate("Revmark::Project", "Untitled");
}

int Project::reviewIndex(const QString &reviewId) const
{
    for (int i = 0; i < m_reviews.size(); ++i) {
        if (m_reviews.at(i).id == reviewId)
            return i;
    }
    return -1;
}

const Review *Project::findReview(const QString &reviewId) const
{
    const int index = reviewIndex(reviewId);
    return index < 0 ? nullptr : &m_reviews.at(index);
}

const Annotation *Project::findAnnotation(const QString &reviewId, const QString &annotationId) const
{
    const Review *review = findReview(reviewId);
    if (!review)
        return nullptr;
    const int index = review->annotationIndex(annotationId);
    return index < 0 ? nullptr : &review->annotations.at(index);
}

const Annotation *Project::findOrphan(const QString &reviewId, const QString &orphanId) const
{
    const Review *review = findReview(reviewId);
    if (!review)
        return nullptr;
    const int index = review->orphanIndex(orphanId);
    return index < 0 ? nullptr : &review->orphans.at(index);
}

int Project::annotationCount() const
{
    int count = 0;
    for (const Review &review : m_reviews)
        count += int(review.annotations.size());
    return count;
}

void Project::reset(const QString &title, const QStringList &tags, const QVector<Review> &reviews)
{
    m_undoStack->clear();
    m_title = title;
    m_tags = tags;
    m_reviews = reviews;
    for (Review &review : m_reviews)
        std::sort(review.annotations.begin(), review.annotations.end(), annotationLessThan);
    Q_EMIT projectReset();
}

// --- Edits -------------------------------------------------------------------------------

void Project::addReviews(const QVector<Review> &reviews)
{
    if (!reviews.isEmpty())
        m_undoStack->push(new AddReviewsCommand(this, reviews));
}

void Project::removeReview(const QString &reviewId)
{
    const int index = reviewIndex(reviewId);
    if (index >= 0)
        m_undoStack->push(new RemoveReviewCommand(this, index));
}

void Project::moveReview(int from, int to)
{
    if (from == to || from < 0 || to < 0 || from >= reviewCount() || to >= reviewCount())
        return;
    m_undoStack->push(new MoveReviewCommand(this, from, to));
}

void Project::setReviewProperties(const QString &reviewId, const QString &title, const QString &author,
                                  const QString &outlet)
{
    const Review *review = findReview(reviewId);
    if (!review || (review->title == title && review->author == author && review->outlet == outlet))
        return;
    m_undoStack->push(new ChangeReviewCommand(this, reviewId, title, author, outlet));
}

void Project::setReviewGrade(const QString &reviewId, const Grade &grade)
{
    const Review *review = findReview(reviewId);
    if (!review || review->grade == grade)
        return;
    m_undoStack->push(new SetReviewGradeCommand(this, reviewId, grade));
}

QString Project::addAnnotation(const QString &reviewId, int start, int end, Polarity polarity,
                               const QStringList &tags, const QString &note)
{
    const Review *review = findReview(reviewId);
    if (!review || start < 0 || end <= start || end > review->text.size())
        return {};
    Annotation annotation;
    annotation.id = newId();
    annotation.start = start;
    annotation.end = end;
    annotation.polarity = polarity;
    annotation.tags = tags;
    annotation.note = note;
    annotation.created = annotation.modified = now();
    Anchoring::fillQuote(review->text, &annotation);
    m_undoStack->push(new AddAnnotationCommand(this, reviewId, annotation));
    return annotation.id;
}

void Project::removeAnnotation(const QString &reviewId, const QString &annotationId)
{
    if (const Annotation *annotation = findAnnotation(reviewId, annotationId))
        m_undoStack->push(new RemoveAnnotationCommand(this, reviewId, *annotation));
}

void Project::setAnnotationPolarity(const QString &reviewId, const QString &annotationId, Polarity polarity)
{
    const Annotation *annotation = findAnnotation(reviewId, annotationId);
    if (!annotation || annotation->polarity == polarity)
        return;
    Annotation after = *annotation;
    after.polarity = polarity;
    after.modified = now();
    m_undoStack->push(new ChangeAnnotationCommand(this, reviewId, *annotation, after,
                                                  ChangeAnnotationCommand::Field::Polarity));
}

void Project::setAnnotationTags(const QString &reviewId, const QString &annotationId, const QStringList &tags)
{
    const Annotation *annotation = findAnnotation(reviewId, annotationId);
    if (!annotation || annotation->tags == tags)
        return;
    Annotation after = *annotation;
    after.tags = tags;
    after.modified = now();
    m_undoStack->push(
        new ChangeAnnotationCommand(this, reviewId, *annotation, after, ChangeAnnotationCommand::Field::Tags));
}

void Project::setAnnotationNote(const QString &reviewId, const QString &annotationId, const QString &note)
{
    const Annotation *annotation = findAnnotation(reviewId, annotationId);
    if (!annotation || annotation->note == note)
        return;
    Annotation after = *annotation;
    after.note = note;
    after.modified = now();
    m_undoStack->push(
        new ChangeAnnotationCommand(this, reviewId, *annotation, after, ChangeAnnotationCommand::Field::Note));
}

void Project::setTags(const QStringList &tags, const QHash<QString, QString> &renames)
{
    if (tags == m_tags && renames.isEmpty())
        return;
    m_undoStack->push(new SetTagListCommand(this, tags, renames));
}

ReimportReport Project::replaceReviewText(const QString &reviewId, const QString &newText)
{
    return replaceContent(reviewId, newText, nullptr,
                          QCoreApplication::translate("Revmark::Commands", "Replace Review Text"));
}

ReimportReport Project::reimportReview(const QString &reviewId, const Review &imported)
{
    return replaceContent(reviewId, imported.text, &imported,
                          QCoreApplication::translate("Revmark::Commands", "Re-import Review"));
}

ReimportReport Project::replaceContent(const QString &reviewId, const QString &newText, const Review *source,
                                       const QString &undoText)
{
    ReimportReport report;
    const Review *review = findReview(reviewId);
    if (!review)
        return report;
    const ReviewContent before = ReviewContent::of(*review);
    ReviewContent after = before;
    after.text = newText;
    if (source) {
        after.sourcePath = source->sourcePath;
        after.format = source->format;
        after.importedAt = source->importedAt;
    }
    const bool sourceMoved = after.sourcePath != before.sourcePath || after.format != before.format;
    if (review->text == newText) {
        report.unchanged = int(review->annotations.size());
        if (!sourceMoved)
            return report;
        m_undoStack->push(new ChangeReviewContentCommand(this, reviewId, before, after, undoText));
        return report;
    }
    // A newer text may carry a newer rating; the user's own correction stays.
    if (!review->grade.corrected)
        after.grade = GradeParser::find(newText);
    after.annotations.clear();
    after.orphans.clear();
    // Earlier orphans first: a newer version may have brought their words back.
    for (Annotation orphan : review->orphans) {
        if (Anchoring::place(newText, &orphan) == AnchorStatus::Orphan) {
            after.orphans.append(orphan);
        } else {
            ++report.restored;
            after.annotations.append(orphan);
        }
    }
    for (Annotation annotation : review->annotations) {
        const AnchorStatus status = Anchoring::place(newText, &annotation);
        report.add(status);
        if (status == AnchorStatus::Orphan) {
            // Its old offsets mean nothing in the new text; the quote and context keep what it was.
            annotation.start = annotation.end = 0;
            after.orphans.append(annotation);
        } else {
            after.annotations.append(annotation);
        }
    }
    std::stable_sort(after.annotations.begin(), after.annotations.end(), annotationLessThan);
    m_undoStack->push(new ChangeReviewContentCommand(this, reviewId, before, after, undoText));
    return report;
}

bool Project::placeOrphan(const QString &reviewId, const QString &orphanId, int start, int end)
{
    const Review *review = findReview(reviewId);
    if (!review || start < 0 || end <= start || end > review->text.size())
        return false;
    const int index = review->orphanIndex(orphanId);
    if (index < 0)
        return false;
    const ReviewContent before = ReviewContent::of(*review);
    ReviewContent after = before;
    Annotation annotation = after.orphans.takeAt(index);
    annotation.start = start;
    annotation.end = end;
    annotation.modified = now();
    Anchoring::fillQuote(review->text, &annotation);
    after.annotations.insert(
        std::lower_bound(after.annotations.begin(), after.annotations.end(), annotation, annotationLessThan),
        annotation);
    m_undoStack->push(new ChangeReviewContentCommand(
        this, reviewId, before, after, QCoreApplication::translate("Revmark::Commands", "Place Orphaned Annotation")));
    return true;
}

void Project::removeOrphan(const QString &reviewId, const QString &orphanId)
{
    const Review *review = findReview(reviewId);
    if (!review)
        return;
    const int index = review->orphanIndex(orphanId);
    if (index < 0)
        return;
    const ReviewContent before = ReviewContent::of(*review);
    ReviewContent after = before;
    after.orphans.removeAt(index);
    m_undoStack->push(new ChangeReviewContentCommand(
        this, reviewId, before, after, QCoreApplication::translate("Revmark::Commands", "Delete Orphaned Annotation")));
}

// --- Raw edits for the commands ----------------------------------------------------------

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

void Project::setReviewMetadataRaw(int index, const QString &title, const QString &author, const QString &outlet)
{
    Review &review = m_reviews[index];
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

void Project::insertAnnotationRaw(const QString &reviewId, const Annotation &annotation)
{
    Review &review = m_reviews[reviewIndex(reviewId)];
    auto at = std::lower_bound(review.annotations.begin(), review.annotations.end(), annotation, annotationLessThan);
    review.annotations.insert(at, annotation);
    Q_EMIT annotationsChanged(reviewId);
    Q_EMIT annotationAdded(reviewId, annotation.id);
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
    if (textChanged)
        Q_EMIT reviewTextChanged(reviewId);
    if (sourceChanged || gradeChanged)
        Q_EMIT reviewPropertiesChanged(reviewId);
    Q_EMIT annotationsChanged(reviewId);
    Q_EMIT orphansChanged(reviewId);
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

} // namespace Revmark
