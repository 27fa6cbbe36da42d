// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/project.h"

#include "anchoring/anchoring.h"
#include "project/commands.h"
#include "model/qtcompat.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPair>

#include <algorithm>

namespace Revmark {

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
    setTitleRaw(title);
}

void Project::editTitle(const QString &title)
{
    if (title == m_title)
        return;
    const QString old = m_title;
    push(QCoreApplication::translate("Revmark::Commands", "Edit Project Title"), [this, title] { setTitleRaw(title); },
         [this, old] { setTitleRaw(old); });
}

void Project::setPassageSetAside(const QString &reviewId, TextRange range, bool setAside)
{
    const Review *review = findReview(reviewId);
    if (!review)
        return;
    const int length = int(review->text.size());
    range.start = std::clamp(range.start, 0, length);
    range.end = std::clamp(range.end, 0, length);
    if (range.end <= range.start)
        return;
    QVector<TextRange> after;
    if (setAside) {
        after = review->setAside;
        after.append(range);
    } else {
        // What lies outside the passage stays set aside.
        for (const TextRange &r : review->setAside) {
            if (r.end <= range.start || r.start >= range.end) {
                after.append(r);
                continue;
            }
            if (r.start < range.start)
                after.append({r.start, range.start});
            if (r.end > range.end)
                after.append({range.end, r.end});
        }
    }
    after = Review::normalizedRanges(after, length);
    const QVector<TextRange> before = review->setAside;
    if (after == before)
        return;
    const QString text = setAside ? QCoreApplication::translate("Revmark::Commands", "Set Aside Passage")
                                  : QCoreApplication::translate("Revmark::Commands", "Include Passage");
    push(text, [this, reviewId, after] { setSetAsideRaw(reviewId, after); },
         [this, reviewId, before] { setSetAsideRaw(reviewId, before); });
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

void Project::push(const QString &text, std::function<void()> redo, std::function<void()> undo, int mergeId,
                   const QString &mergeKey)
{
    m_undoStack->push(new ProjectCommand(text, std::move(redo), std::move(undo), mergeId, mergeKey));
}

void Project::addReviews(const QVector<Review> &reviews)
{
    if (reviews.isEmpty())
        return;
    // Redo always meets the project as it is now, so the first new column is known already.
    const int first = reviewCount();
    push(
        QCoreApplication::translate("Revmark::Commands", "Add %n Review(s)", nullptr, int(reviews.size())),
        [this, reviews] {
            for (const Review &review : reviews)
                insertReviewAt(reviewCount(), review);
        },
        [this, reviews, first] {
            for (int i = int(reviews.size()) - 1; i >= 0; --i)
                takeReviewAt(first + i);
        });
}

void Project::removeReview(const QString &reviewId)
{
    const int index = reviewIndex(reviewId);
    if (index < 0)
        return;
    const Review review = m_reviews.at(index);
    push(QCoreApplication::translate("Revmark::Commands", "Remove Review “%1”").arg(review.title), [this, index] { takeReviewAt(index); },
         [this, index, review] { insertReviewAt(index, review); });
}

void Project::moveReview(int from, int to)
{
    if (from == to || from < 0 || to < 0 || from >= reviewCount() || to >= reviewCount())
        return;
    push(QCoreApplication::translate("Revmark::Commands", "Move Review"), [this, from, to] { moveReviewRaw(from, to); },
         [this, from, to] { moveReviewRaw(to, from); });
}

void Project::setReviewProperties(const QString &reviewId, const QString &title, const QString &author,
                                  const QString &outlet)
{
    const Review *review = findReview(reviewId);
    if (!review || (review->title == title && review->author == author && review->outlet == outlet))
        return;
    const QString oldTitle = review->title;
    const QString oldAuthor = review->author;
    const QString oldOutlet = review->outlet;
    push(
        QCoreApplication::translate("Revmark::Commands", "Change Review Properties"),
        [this, reviewId, title, author, outlet] { setReviewMetadataRaw(reviewId, title, author, outlet); },
        [this, reviewId, oldTitle, oldAuthor, oldOutlet] {
            setReviewMetadataRaw(reviewId, oldTitle, oldAuthor, oldOutlet);
        });
}

void Project::setReviewProperties(const QString &reviewId, const QString &title, const QString &author,
                                  const QString &outlet, const Grade &grade)
{
    const Review *review = findReview(reviewId);
    if (review)
        setReviewProperties(reviewId, title, author, outlet, grade, review->language);
}

void Project::setReviewProperties(const QString &reviewId, const QString &title, const QString &author,
                                  const QString &outlet, const Grade &grade, const QString &language)
{
    const Review *review = findReview(reviewId);
    if (!review)
        return;
    const bool metadataChanged = review->title != title || review->author != author || review->outlet != outlet;
    const bool gradeChanged = review->grade != grade;
    const bool languageChanged = review->language != language;
    // One kind of change keeps its own, more precise undo text.
    if (int(metadataChanged) + int(gradeChanged) + int(languageChanged) < 2) {
        if (metadataChanged)
            setReviewProperties(reviewId, title, author, outlet);
        if (gradeChanged)
            setReviewGrade(reviewId, grade);
        if (languageChanged)
            setReviewLanguage(reviewId, language);
        return;
    }
    const Review before = *review;
    push(
        QCoreApplication::translate("Revmark::Commands", "Edit Review Properties"),
        [this, reviewId, title, author, outlet, grade, language] {
            setReviewMetadataRaw(reviewId, title, author, outlet);
            setReviewGradeRaw(reviewId, grade);
            setReviewLanguageRaw(reviewId, language);
        },
        [this, reviewId, before] {
            setReviewLanguageRaw(reviewId, before.language);
            setReviewGradeRaw(reviewId, before.grade);
            setReviewMetadataRaw(reviewId, before.title, before.author, before.outlet);
        });
}

void Project::setReviewLanguage(const QString &reviewId, const QString &language)
{
    const Review *review = findReview(reviewId);
    if (!review || review->language == language)
        return;
    const QString old = review->language;
    push(QCoreApplication::translate("Revmark::Commands", "Change Language"),
         [this, reviewId, language] { setReviewLanguageRaw(reviewId, language); },
         [this, reviewId, old] { setReviewLanguageRaw(reviewId, old); });
}

void Project::setReviewGrade(const QString &reviewId, const Grade &grade)
{
    const Review *review = findReview(reviewId);
    if (!review || review->grade == grade)
        return;
    const Grade old = review->grade;
    push(QCoreApplication::translate("Revmark::Commands", "Change Grade"), [this, reviewId, grade] { setReviewGradeRaw(reviewId, grade); },
         [this, reviewId, old] { setReviewGradeRaw(reviewId, old); });
}

Annotation Project::makeAnnotation(const QString &reviewId, int start, int end, Polarity polarity) const
{
    const Review *review = findReview(reviewId);
    if (!review || start < 0 || end <= start || end > review->text.size()
        || !Anchoring::snapToWords(review->text, &start, &end))
        return {};
    Annotation annotation;
    annotation.id = newId();
    annotation.start = start;
    annotation.end = end;
    annotation.polarity = polarity;
    annotation.created = annotation.modified = annotationTimestamp();
    Anchoring::fillQuote(review->text, &annotation);
    return annotation;
}

QString Project::addAnnotation(const QString &reviewId, int start, int end, Polarity polarity,
                               const QStringList &tags, const QString &note)
{
    Annotation annotation = makeAnnotation(reviewId, start, end, polarity);
    if (annotation.id.isEmpty())
        return {};
    annotation.tags = tags;
    annotation.note = note;
    push(polarity == Polarity::Praise ? QCoreApplication::translate("Revmark::Commands", "Mark as Praise")
                                      : QCoreApplication::translate("Revmark::Commands", "Mark as Criticism"),
         [this, reviewId, annotation] { insertAnnotationRaw(reviewId, annotation); },
         [this, reviewId, id = annotation.id] { takeAnnotationRaw(reviewId, id); });
    return annotation.id;
}

QStringList Project::addAnnotations(const QVector<NewAnnotation> &annotations, const QString &undoText)
{
    QVector<QPair<QString, Annotation>> added;
    QStringList ids;
    for (const NewAnnotation &wanted : annotations) {
        Annotation annotation = makeAnnotation(wanted.reviewId, wanted.start, wanted.end, wanted.polarity);
        if (annotation.id.isEmpty())
            continue;
        annotation.tags = wanted.tags;
        added.append({wanted.reviewId, annotation});
        ids.append(annotation.id);
    }
    if (added.isEmpty())
        return ids;
    push(
        undoText,
        [this, added] {
            for (const auto &entry : added)
                insertAnnotationRaw(entry.first, entry.second);
        },
        [this, added] {
            for (auto it = added.crbegin(); it != added.crend(); ++it)
                takeAnnotationRaw(it->first, it->second.id);
        });
    return ids;
}

void Project::removeAnnotation(const QString &reviewId, const QString &annotationId)
{
    const Annotation *found = findAnnotation(reviewId, annotationId);
    if (!found)
        return;
    const Annotation annotation = *found;
    push(QCoreApplication::translate("Revmark::Commands", "Delete Annotation"), [this, reviewId, annotationId] { takeAnnotationRaw(reviewId, annotationId); },
         [this, reviewId, annotation] { insertAnnotationRaw(reviewId, annotation); });
}

bool Project::setAnnotationRange(const QString &reviewId, const QString &annotationId, int start, int end)
{
    const Review *review = findReview(reviewId);
    const Annotation *found = findAnnotation(reviewId, annotationId);
    if (!review || !found || start < 0 || end <= start || end > review->text.size()
        || !Anchoring::snapToWords(review->text, &start, &end) || (start == found->start && end == found->end))
        return false;
    const Annotation before = *found;
    Annotation after = before;
    after.start = start;
    after.end = end;
    after.modified = annotationTimestamp();
    Anchoring::fillQuote(review->text, &after);
    push(
        QCoreApplication::translate("Revmark::Commands", "Adjust Span"),
        [this, reviewId, after] { moveAnnotationRaw(reviewId, after); },
        [this, reviewId, before] { moveAnnotationRaw(reviewId, before); });
    return true;
}

void Project::changeAnnotation(const QString &reviewId, const Annotation &before, const Annotation &after,
                               const QString &text, int mergeId)
{
    push(
        text, [this, reviewId, after] { replaceAnnotationRaw(reviewId, after); },
        [this, reviewId, before] { replaceAnnotationRaw(reviewId, before); }, mergeId,
        mergeId < 0 ? QString() : reviewId + QLatin1Char('/') + before.id);
}

void Project::setAnnotationPolarity(const QString &reviewId, const QString &annotationId, Polarity polarity)
{
    const Annotation *annotation = findAnnotation(reviewId, annotationId);
    if (!annotation || annotation->polarity == polarity)
        return;
    Annotation after = *annotation;
    after.polarity = polarity;
    after.modified = annotationTimestamp();
    changeAnnotation(reviewId, *annotation, after,
                     polarity == Polarity::Praise ? QCoreApplication::translate("Revmark::Commands", "Relabel as Praise")
                                                  : QCoreApplication::translate("Revmark::Commands", "Relabel as Criticism"));
}

void Project::setAnnotationTags(const QString &reviewId, const QString &annotationId, const QStringList &tags)
{
    const Annotation *annotation = findAnnotation(reviewId, annotationId);
    if (!annotation || annotation->tags == tags)
        return;
    Annotation after = *annotation;
    after.tags = tags;
    after.modified = annotationTimestamp();
    changeAnnotation(reviewId, *annotation, after, QCoreApplication::translate("Revmark::Commands", "Change Tags"));
}

void Project::setAnnotationNote(const QString &reviewId, const QString &annotationId, const QString &note)
{
    const Annotation *annotation = findAnnotation(reviewId, annotationId);
    if (!annotation || annotation->note == note)
        return;
    Annotation after = *annotation;
    after.note = note;
    after.modified = annotationTimestamp();
    changeAnnotation(reviewId, *annotation, after, QCoreApplication::translate("Revmark::Commands", "Edit Note"), ChangeAnnotationNoteId);
}

void Project::setTags(const QStringList &tags, const QHash<QString, QString> &renames)
{
    if (tags == m_tags && renames.isEmpty())
        return;
    const QStringList oldTags = m_tags;
    // A tag changes when it is renamed, or removed: listed before and not any more. Tags the old
    // list never had (a hand-edited or merged file) are neither, and stay where they are.
    const auto changes = [&](const QString &tag) {
        const QString renamed = renames.value(tag, tag);
        return renamed != tag || (oldTags.contains(tag) && !tags.contains(tag));
    };
    struct Change
    {
        QString reviewId;
        Annotation before;
        Annotation after;
        bool orphan; // in Review::orphans rather than Review::annotations
    };
    QVector<Change> changed;
    // Orphans keep their tags for the day they are placed again, so they follow too.
    const auto collect = [&](const QString &reviewId, const QVector<Annotation> &annotations, bool orphan) {
        for (const Annotation &annotation : annotations) {
            if (std::none_of(annotation.tags.cbegin(), annotation.tags.cend(), changes))
                continue;
            QStringList newTags;
            for (const QString &tag : annotation.tags) {
                const QString renamed = renames.value(tag, tag);
                const bool keep = tags.contains(renamed) || (!oldTags.contains(tag) && renamed == tag);
                if (keep && !newTags.contains(renamed))
                    newTags.append(renamed);
            }
            // Annotation tags follow the order of the project's list; unlisted ones go last.
            const auto rank = [&tags](const QString &tag) {
                const auto index = tags.indexOf(tag);
                return index < 0 ? tags.size() : index;
            };
            std::stable_sort(newTags.begin(), newTags.end(),
                             [&rank](const QString &a, const QString &b) { return rank(a) < rank(b); });
            if (newTags != annotation.tags) {
                Annotation after = annotation;
                after.tags = newTags;
                changed.append({reviewId, annotation, after, orphan});
            }
        }
    };
    for (const Review &review : std::as_const(m_reviews)) {
        collect(review.id, review.annotations, false);
        collect(review.id, review.orphans, true);
    }
    const auto apply = [this](const Change &change, const Annotation &annotation) {
        if (change.orphan)
            replaceOrphanRaw(change.reviewId, annotation);
        else
            replaceAnnotationRaw(change.reviewId, annotation);
    };
    push(
        QCoreApplication::translate("Revmark::Commands", "Edit Tags"),
        [this, tags, changed, apply] {
            setTagsRaw(tags);
            for (const Change &change : changed)
                apply(change, change.after);
        },
        [this, oldTags, changed, apply] {
            for (const Change &change : changed)
                apply(change, change.before);
            setTagsRaw(oldTags);
        });
}

void Project::changeContent(const QString &reviewId, const ReviewContent &before, const ReviewContent &after,
                            const QString &text)
{
    push(text, [this, reviewId, after] { setReviewContentRaw(reviewId, after); },
         [this, reviewId, before] { setReviewContentRaw(reviewId, before); });
}

ReimportReport Project::reimportReview(const QString &reviewId, const Review &imported)
{
    const QString undoText = QCoreApplication::translate("Revmark::Commands", "Re-import Review");
    const QString &newText = imported.text;
    ReimportReport report;
    const Review *review = findReview(reviewId);
    if (!review)
        return report;
    const ReviewContent before = ReviewContent::of(*review);
    ReviewContent after = before;
    after.text = newText;
    after.sourcePath = imported.sourcePath;
    after.format = imported.format;
    after.importedAt = imported.importedAt;
    const bool sourceMoved = after.sourcePath != before.sourcePath || after.format != before.format;
    if (review->text == newText) {
        report.unchanged = int(review->annotations.size());
        if (!sourceMoved)
            return report;
        changeContent(reviewId, before, after, undoText);
        return report;
    }
    // A newer text may carry a newer rating; the user's own correction stays.
    if (!review->grade.corrected)
        after.grade = GradeParser::find(newText, review->language);
    // A new text has its own page furniture; what the user included or set aside in the old one
    // has no place in it.
    after.setAside = Review::normalizedRanges(imported.setAside, int(newText.size()));
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
    changeContent(reviewId, before, after, undoText);
    return report;
}

bool Project::placeOrphan(const QString &reviewId, const QString &orphanId, int start, int end)
{
    const Review *review = findReview(reviewId);
    if (!review || start < 0 || end <= start || end > review->text.size()
        || !Anchoring::snapToWords(review->text, &start, &end))
        return false;
    const int index = review->orphanIndex(orphanId);
    if (index < 0)
        return false;
    const ReviewContent before = ReviewContent::of(*review);
    ReviewContent after = before;
    Annotation annotation = after.orphans.takeAt(index);
    annotation.start = start;
    annotation.end = end;
    annotation.modified = annotationTimestamp();
    Anchoring::fillQuote(review->text, &annotation);
    after.annotations.insert(
        std::lower_bound(after.annotations.begin(), after.annotations.end(), annotation, annotationLessThan),
        annotation);
    changeContent(reviewId, before, after, QCoreApplication::translate("Revmark::Commands", "Place Orphaned Annotation"));
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
    changeContent(reviewId, before, after, QCoreApplication::translate("Revmark::Commands", "Delete Orphaned Annotation"));
}

void Project::createTag(const QString &tag, const QString &reviewId, const QString &annotationId)
{
    const QString name = tag.trimmed();
    if (name.isEmpty() || m_tags.contains(name))
        return;
    const QStringList oldTags = m_tags;
    QStringList newTags = m_tags;
    newTags.append(name);
    const Annotation *found = findAnnotation(reviewId, annotationId);
    const bool tagIt = found && !found->tags.contains(name);
    const Annotation before = found ? *found : Annotation();
    Annotation after = before;
    if (tagIt) {
        after.tags.append(name);
        after.modified = annotationTimestamp();
    }
    push(
        QCoreApplication::translate("Revmark::Commands", "New Tag"),
        [this, newTags, reviewId, after, tagIt] {
            setTagsRaw(newTags);
            if (tagIt)
                replaceAnnotationRaw(reviewId, after);
        },
        [this, oldTags, reviewId, before, tagIt] {
            if (tagIt)
                replaceAnnotationRaw(reviewId, before);
            setTagsRaw(oldTags);
        });
}

void Project::rejectSuggestions(const QString &reviewId, const QStringList &quotes)
{
    rejectSuggestions(QHash<QString, QStringList>{{reviewId, quotes}});
}

void Project::rejectSuggestions(const QHash<QString, QStringList> &quotes)
{
    QVector<std::pair<QString, QStringList>> before;
    QVector<std::pair<QString, QStringList>> after;
    int added = 0;
    // In column order, so the step does the same whatever order the hash gives.
    for (const Review &review : std::as_const(m_reviews)) {
        const auto wanted = quotes.constFind(review.id);
        if (wanted == quotes.cend())
            continue;
        QStringList list = review.rejectedSuggestions;
        for (const QString &quote : wanted.value()) {
            if (!quote.isEmpty() && !list.contains(quote))
                list.append(quote);
        }
        if (list.size() == review.rejectedSuggestions.size())
            continue;
        added += int(list.size() - review.rejectedSuggestions.size());
        before.append({review.id, review.rejectedSuggestions});
        after.append({review.id, list});
    }
    if (after.isEmpty())
        return;
    const auto apply = [this](const QVector<std::pair<QString, QStringList>> &lists) {
        for (const auto &entry : lists)
            setRejectedSuggestionsRaw(entry.first, entry.second);
    };
    push(added == 1 ? QCoreApplication::translate("Revmark::Commands", "Reject Suggestion")
                    : QCoreApplication::translate("Revmark::Commands", "Reject Suggestions"),
         [apply, after] { apply(after); }, [apply, before] { apply(before); });
}

bool ImportedContent::isEmpty() const
{
    const auto none = [](const QHash<QString, QVector<Annotation>> &byReview) {
        return std::all_of(byReview.cbegin(), byReview.cend(), [](const QVector<Annotation> &list) { return list.isEmpty(); });
    };
    return tags.isEmpty() && reviews.isEmpty() && none(annotations) && none(orphans);
}

void Project::addImported(const ImportedContent &content, const QString &undoText)
{
    if (content.isEmpty())
        return;
    const QStringList oldTags = m_tags;
    QStringList newTags = m_tags;
    for (const QString &tag : content.tags) {
        if (!newTags.contains(tag))
            newTags.append(tag);
    }
    const auto inTagOrder = [&newTags](Annotation annotation) {
        std::stable_sort(annotation.tags.begin(), annotation.tags.end(), [&newTags](const QString &a, const QString &b) {
            return newTags.indexOf(a) < newTags.indexOf(b);
        });
        return annotation;
    };
    QVector<Review> reviews = content.reviews;
    for (Review &review : reviews) {
        for (Annotation &annotation : review.annotations)
            annotation = inTagOrder(annotation);
        for (Annotation &orphan : review.orphans)
            orphan = inTagOrder(orphan);
        std::stable_sort(review.annotations.begin(), review.annotations.end(), annotationLessThan);
    }
    struct Change
    {
        QString reviewId;
        ReviewContent before;
        ReviewContent after;
    };
    QVector<Change> changes;
    for (const Review &review : std::as_const(m_reviews)) {
        const QVector<Annotation> added = content.annotations.value(review.id);
        const QVector<Annotation> orphans = content.orphans.value(review.id);
        if (added.isEmpty() && orphans.isEmpty())
            continue;
        Change change{review.id, ReviewContent::of(review), ReviewContent::of(review)};
        for (const Annotation &annotation : added)
            change.after.annotations.append(inTagOrder(annotation));
        for (const Annotation &orphan : orphans)
            change.after.orphans.append(inTagOrder(orphan));
        std::stable_sort(change.after.annotations.begin(), change.after.annotations.end(), annotationLessThan);
        changes.append(change);
    }
    const int first = reviewCount();
    push(
        undoText,
        [this, newTags, oldTags, reviews, changes] {
            if (newTags != oldTags)
                setTagsRaw(newTags);
            for (const Review &review : reviews)
                insertReviewAt(reviewCount(), review);
            for (const Change &change : changes)
                setReviewContentRaw(change.reviewId, change.after);
        },
        [this, newTags, oldTags, reviews, changes, first] {
            for (auto it = changes.crbegin(); it != changes.crend(); ++it)
                setReviewContentRaw(it->reviewId, it->before);
            for (int i = int(reviews.size()) - 1; i >= 0; --i)
                takeReviewAt(first + i);
            if (newTags != oldTags)
                setTagsRaw(oldTags);
        });
}

} // namespace Revmark
