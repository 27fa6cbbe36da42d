// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/review.h"
#include "project/project.h"
#include "project/projectfile.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Revmark {

// An annotation read from another format (W3C Web Annotation, Hypothesis, REFI-QDA) before it
// has a place in the project.
struct IncomingAnnotation
{
    // id (may be empty), polarity, tags, note, quote/prefix/suffix, created, modified; start and
    // end are ignored (see startCodePoint).
    Annotation annotation;
    // The review the file says it belongs to: a review id (from "urn:uuid:…" or a REFI-QDA
    // source GUID) and/or the review's original file; either may be empty.
    QString reviewId;
    QString sourcePath;
    // The position the file gives, in code points of that review's text; -1 when none.
    int startCodePoint = -1;
    int endCodePoint = -1;
    // False when the file marks neither praise nor criticism (see AnnotationMerger).
    bool hasPolarity = true;
};

// What a merge did, for the message after an import.
struct MergeReport
{
    int placed = 0;      // at the position the file gave
    int moved = 0;       // found again by its quote (exactly or approximately)
    int orphaned = 0;    // kept as orphans: their quote is nowhere in the text
    int duplicates = 0;  // already in the project (same id in the same review): not added again
    int withoutPolarity = 0;
    int unmatched = 0;   // named no review of the project, found in none: orphans of the first
    int newReviews = 0;
    int newTags = 0;
    // Translated sentences about what the file held that could not be read (the import went
    // on without it); summary() ends with them.
    QStringList messages;

    int added() const { return placed + moved + orphaned; }
    // Translated, one or two sentences: "Imported 5 annotations: 4 at their place, 1 kept as an orphan.",
    // then the messages.
    QString summary() const;
};

struct MergeResult
{
    bool ok = false;
    QString error; // translated, names the file (when !ok)
    ImportedContent content;
    MergeReport report;
};

// Turns what an import read into one Project::addImported() step, never dropping an annotation:
// - sources (reviews a REFI-QDA file brings, canonical text) that are already in the project,
//   same id or same text, are not added again; their annotations go to the project's review;
// - each annotation goes to the review it names (id, then original file), else, when there is
//   only one review, to it, else to the first review where its quote is found;
// - it is placed through the re-anchoring cascade (Anchoring::place): at its position when the
//   text there reads its quote, else at its quote, exactly or approximately; else it becomes an
//   orphan of that review (one naming no review and found nowhere: of the first review);
// - an annotation without polarity becomes praise tagged NoPolarityTag, so it can be found
//   (annotation panel, filter by tag) and relabelled;
// - ids already used get a new one; an id already in the same review is a duplicate (the file
//   was imported before) and is not added again;
// - tags (the codebook) and every annotation tag missing from the project join its tag list.
// Fails (with a message naming fileName) only when annotations have no review to go to.
class AnnotationMerger
{
    Q_DECLARE_TR_FUNCTIONS(Revmark::AnnotationMerger)

public:
    static QString noPolarityTag() { return QStringLiteral("no-polarity"); }

    static MergeResult merge(const ProjectData &project, const QVector<Review> &sources, const QStringList &tags,
                             const QVector<IncomingAnnotation> &incoming, const QString &fileName);
    // "{A1B2…}" or "A1B2…" or "urn:uuid:a1b2…" as Revmark writes ids (lower case, no braces);
    // empty when it is not a UUID.
    static QString normalizedId(const QString &value);
};

} // namespace Revmark
