// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/annotationmerger.h"

#include "anchoring/anchoring.h"
#include "model/codepointmap.h"
#include "model/logging.h"

#include <QDir>
#include <QHash>
#include <QSet>
#include <QUuid>

namespace Revmark {

namespace {

// A review an annotation may go to: one of the project's or one the file brings.
struct Target
{
    const Review *review = nullptr;
    int newIndex = -1; // index into the new reviews, or -1 for a review of the project
};

} // namespace

QString MergeReport::summary() const
{
    QStringList parts;
    if (placed > 0)
        parts.append(AnnotationMerger::tr("%n at their place", nullptr, placed));
    if (moved > 0)
        parts.append(AnnotationMerger::tr("%n found again by their quote", nullptr, moved));
    if (orphaned > 0)
        parts.append(AnnotationMerger::tr("%n kept as orphans", nullptr, orphaned));
    QString text = parts.isEmpty() ? AnnotationMerger::tr("Imported no annotations.")
                                   : AnnotationMerger::tr("Imported %n annotation(s): %1.", nullptr, added())
                                         .arg(parts.join(QLatin1String(", ")));
    if (newReviews > 0)
        text += QLatin1Char(' ') + AnnotationMerger::tr("%n review(s) added.", nullptr, newReviews);
    if (newTags > 0)
        text += QLatin1Char(' ') + AnnotationMerger::tr("%n tag(s) added.", nullptr, newTags);
    if (duplicates > 0)
        text += QLatin1Char(' ') + AnnotationMerger::tr("%n already in the project.", nullptr, duplicates);
    if (withoutPolarity > 0)
        text += QLatin1Char(' ')
            + AnnotationMerger::tr("%n had neither praise nor criticism: marked as praise with the tag “%1”.", nullptr,
                                   withoutPolarity)
                  .arg(AnnotationMerger::noPolarityTag());
    if (unmatched > 0)
        text += QLatin1Char(' ')
            + AnnotationMerger::tr("%n matched no review and became orphans of the first one.", nullptr, unmatched);
    for (const QString &message : messages)
        text += QLatin1Char(' ') + message;
    return text;
}

QString AnnotationMerger::normalizedId(const QString &value)
{
    QString v = value.trimmed();
    if (v.startsWith(QLatin1String("urn:uuid:"), Qt::CaseInsensitive))
        v = v.mid(9);
    if (!v.startsWith(QLatin1Char('{')))
        v = QLatin1Char('{') + v + QLatin1Char('}');
    const QUuid uuid(v);
    if (uuid.isNull())
        return {};
    return uuid.toString(QUuid::WithoutBraces);
}

MergeResult AnnotationMerger::merge(const ProjectData &project, const QVector<Review> &sources,
                                    const QStringList &tags, const QVector<IncomingAnnotation> &incoming,
                                    const QString &fileName)
{
    MergeResult result;
    ImportedContent &content = result.content;
    MergeReport &report = result.report;

    QSet<QString> usedIds;
    QHash<QString, int> projectIndex; // review id -> index in project.reviews
    for (int i = 0; i < project.reviews.size(); ++i) {
        const Review &review = project.reviews.at(i);
        usedIds.insert(review.id);
        projectIndex.insert(review.id, i);
        for (const Annotation &a : review.annotations)
            usedIds.insert(a.id);
        for (const Annotation &a : review.orphans)
            usedIds.insert(a.id);
    }

    // Sources the project has already (same id or same text) are aliases of its reviews.
    QHash<QString, QString> alias; // id as the file names it -> review id in the project
    for (const Review &source : sources) {
        const QString id = normalizedId(source.id);
        const Review *same = nullptr;
        if (projectIndex.contains(id))
            same = &project.reviews.at(projectIndex.value(id));
        for (int i = 0; !same && i < project.reviews.size(); ++i) {
            if (project.reviews.at(i).text == source.text)
                same = &project.reviews.at(i);
        }
        if (same) {
            alias.insert(source.id, same->id);
            continue;
        }
        Review review = source;
        review.id = id.isEmpty() || usedIds.contains(id) ? newId() : id;
        usedIds.insert(review.id);
        alias.insert(source.id, review.id);
        content.reviews.append(review);
    }
    report.newReviews = int(content.reviews.size());

    QVector<Target> targets;
    for (const Review &review : project.reviews)
        targets.append({&review, -1});
    for (int i = 0; i < content.reviews.size(); ++i)
        targets.append({&content.reviews.at(i), i});
    const auto targetById = [&](const QString &id) -> int {
        for (int i = 0; i < targets.size(); ++i) {
            if (targets.at(i).review->id == id)
                return i;
        }
        return -1;
    };
    if (targets.isEmpty() && !incoming.isEmpty()) {
        result.error = tr("Could not import “%1”: the project has no reviews to add its annotations to. Add the "
                          "reviews first.")
                           .arg(QDir::toNativeSeparators(fileName));
        return result;
    }

    QStringList allTags = project.tags;
    const auto addTag = [&](const QString &tag) {
        if (tag.isEmpty() || allTags.contains(tag))
            return;
        allTags.append(tag);
        content.tags.append(tag);
    };
    for (const QString &tag : tags)
        addTag(tag);

    // Annotations for the new reviews are collected aside: targets points into content.reviews.
    QVector<QVector<Annotation>> newAnnotations(content.reviews.size());
    QVector<QVector<Annotation>> newOrphans(content.reviews.size());

    for (const IncomingAnnotation &in : incoming) {
        Annotation a = in.annotation;
        int t = -1;
        if (!in.reviewId.isEmpty()) {
            const QString id = alias.value(in.reviewId, normalizedId(in.reviewId));
            t = id.isEmpty() ? -1 : targetById(id);
        }
        for (int i = 0; t < 0 && !in.sourcePath.isEmpty() && i < targets.size(); ++i) {
            if (QDir::cleanPath(targets.at(i).review->sourcePath) == QDir::cleanPath(in.sourcePath))
                t = i;
        }
        if (t < 0 && targets.size() == 1)
            t = 0;
        if (t < 0 && !a.quote.isEmpty()) {
            // The best place over all reviews: untouched, then exact, then approximate.
            AnchorStatus best = AnchorStatus::Orphan;
            for (int i = 0; i < targets.size(); ++i) {
                const AnchorStatus status = Anchoring::locate(targets.at(i).review->text, a).status;
                if (status < best) {
                    best = status;
                    t = i;
                }
            }
        }
        if (t < 0) {
            t = 0;
            ++report.unmatched;
        }
        const Review &review = *targets.at(t).review;

        // The same annotation imported again (a second import of one file) is not doubled.
        if (!a.id.isEmpty() && targets.at(t).newIndex < 0
            && (review.annotationIndex(a.id) >= 0 || review.orphanIndex(a.id) >= 0)) {
            ++report.duplicates;
            continue;
        }
        if (a.id.isEmpty() || usedIds.contains(a.id))
            a.id = newId();
        usedIds.insert(a.id);
        if (!in.hasPolarity) {
            a.polarity = Polarity::Praise;
            if (!a.tags.contains(noPolarityTag()))
                a.tags.append(noPolarityTag());
            ++report.withoutPolarity;
        }
        a.tags.removeDuplicates();
        for (const QString &tag : std::as_const(a.tags))
            addTag(tag);
        if (!a.created.isValid())
            a.created = annotationTimestamp();
        if (!a.modified.isValid())
            a.modified = a.created;

        const CodePointMap map(review.text);
        const bool hasPosition = in.startCodePoint >= 0 && in.endCodePoint > in.startCodePoint
            && in.endCodePoint <= map.codePointLength();
        a.start = hasPosition ? map.toUtf16(in.startCodePoint) : 0;
        a.end = hasPosition ? map.toUtf16(in.endCodePoint) : 0;
        bool orphan = false;
        if (a.quote.isEmpty()) {
            // Nothing to look for: the position alone, if any.
            if (hasPosition) {
                Anchoring::fillQuote(review.text, &a);
                ++report.placed;
            } else {
                orphan = true;
            }
        } else {
            const AnchorStatus status = Anchoring::place(review.text, &a);
            if (status == AnchorStatus::Unchanged)
                ++report.placed;
            else if (status != AnchorStatus::Orphan)
                ++report.moved;
            orphan = status == AnchorStatus::Orphan;
        }
        if (orphan) {
            a.start = a.end = 0;
            ++report.orphaned;
        }
        qCDebug(lcAnchoring) << "import:" << a.id << (orphan ? "orphan" : "placed") << "in" << review.id;
        const int n = targets.at(t).newIndex;
        if (n >= 0)
            (orphan ? newOrphans : newAnnotations)[n].append(a);
        else
            (orphan ? content.orphans : content.annotations)[review.id].append(a);
    }
    for (int i = 0; i < content.reviews.size(); ++i) {
        content.reviews[i].annotations += newAnnotations.at(i);
        content.reviews[i].orphans += newOrphans.at(i);
    }
    report.newTags = int(content.tags.size());
    result.ok = true;
    return result;
}

} // namespace Revmark
