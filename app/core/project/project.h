// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "anchoring/anchoring.h"
#include "model/review.h"
#include "project/projectfile.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QVector>

#include <functional>

class QUndoStack;

namespace Revmark {

// What a re-import did: ReanchorReport's counts for the annotations the review had, plus the
// earlier orphans that found a place in the new text.
struct ReimportReport : ReanchorReport
{
    int restored = 0;
};

// One annotation to add with Project::addAnnotations().
struct NewAnnotation
{
    QString reviewId;
    int start = 0;
    int end = 0;
    Polarity polarity = Polarity::Praise;
    QStringList tags; // e.g. the aspect of an accepted suggestion
};

// What an import from another format adds to the project in one step (Project::addImported()):
// tags missing from the project's list, new reviews (columns, with their annotations), and
// annotations and orphans for reviews already in the project, by review id. Ids must be unique
// across the project and the import; annotations carry their quote and context already.
struct ImportedContent
{
    QStringList tags;
    QVector<Review> reviews;
    QHash<QString, QVector<Annotation>> annotations;
    QHash<QString, QVector<Annotation>> orphans;

    bool isEmpty() const;
};

// The open project: reviews in column order, each with its annotations, and the tag list.
// Every edit goes through the methods below, which push one undo command onto undoStack();
// the commands are private to the core. Signals fire for edits, undo and redo alike, so
// views only listen and never need to know which of the three happened.
// The project is modified exactly when the undo stack is not clean.
struct ReviewContent;

class Project : public QObject
{
    Q_OBJECT

public:
    explicit Project(QObject *parent = nullptr);
    ~Project() override;

    // The default tags of a new film project.
    static QStringList defaultTags();

    QUndoStack *undoStack() const { return m_undoStack; }
    bool isModified() const;

    // Where the project was loaded from or last saved to; empty for a new project.
    QString filePath() const { return m_filePath; }
    void setFilePath(const QString &filePath);
    // The project's title: stored in the file; a new project takes it from the file name.
    QString title() const { return m_title; }
    // Without undo (a new project's name when first saved); emits titleChanged.
    void setTitle(const QString &title);
    // Name to show: the title, else the file's base name, else "Untitled".
    QString displayName() const;

    const QVector<Review> &reviews() const { return m_reviews; }
    int reviewCount() const { return int(m_reviews.size()); }
    const Review &review(int index) const { return m_reviews.at(index); }
    int reviewIndex(const QString &reviewId) const;
    // nullptr when there is no such review / annotation.
    const Review *findReview(const QString &reviewId) const;
    const Annotation *findAnnotation(const QString &reviewId, const QString &annotationId) const;
    int annotationCount() const;

    QStringList tags() const { return m_tags; }
    // Title, tags and reviews as a project file holds them (for saving, autosaving, export).
    ProjectData data() const { return {m_title, m_tags, m_reviews}; }

    // Replaces the whole content without undo history (used by the loader); clears the stack.
    void reset(const QString &title, const QStringList &tags, const QVector<Review> &reviews);

    // --- Edits, each one undo step -----------------------------------------------------
    void addReviews(const QVector<Review> &reviews);
    void removeReview(const QString &reviewId);
    void moveReview(int from, int to);
    void setReviewProperties(const QString &reviewId, const QString &title, const QString &author,
                             const QString &outlet);
    // Both in one undo step ("Edit Review Properties" when both change), as the properties dialog
    // edits them; does nothing when neither changes.
    void setReviewProperties(const QString &reviewId, const QString &title, const QString &author,
                             const QString &outlet, const Grade &grade);
    // Sets the review's grade as given (callers mark a user's correction with
    // grade.corrected = true). One undo step; emits reviewPropertiesChanged(reviewId). Does
    // nothing for an unknown review or an unchanged grade.
    void setReviewGrade(const QString &reviewId, const Grade &grade);
    // Title, author, outlet, grade and language (Review::language, empty = unknown) in one undo
    // step ("Edit Review Properties" when more than one kind changes), as the properties dialog
    // edits them; does nothing when nothing changes.
    void setReviewProperties(const QString &reviewId, const QString &title, const QString &author,
                             const QString &outlet, const Grade &grade, const QString &language);
    // Sets the review's language ("Change Language"): one undo step; emits
    // reviewPropertiesChanged(reviewId). Does nothing for an unknown review or the same language.
    // The grade is not re-read: a grade found earlier stays as it is.
    void setReviewLanguage(const QString &reviewId, const QString &language);
    // The user's title for the project (Project Properties): one undo step; emits titleChanged.
    // Does nothing when it is unchanged.
    void editTitle(const QString &title);
    // Sets the passage range (UTF-16, clamped to the text) aside, joining the review's other
    // set-aside passages it touches, or (setAside false) includes it again: the set-aside
    // passages lose what lies in range. One undo step; emits setAsideChanged. Does nothing when
    // nothing changes.
    void setPassageSetAside(const QString &reviewId, TextRange range, bool setAside);

    // Adds an annotation over [start, end) (UTF-16 indices) snapped to whole words
    // (Anchoring::snapToWords) and returns its id, or an empty string when the range is out of the
    // text or holds no words.
    QString addAnnotation(const QString &reviewId, int start, int end, Polarity polarity,
                          const QStringList &tags = {}, const QString &note = {});
    // addAnnotation() for each, all in one undo step named undoText (accepting suggestions).
    // Ranges that addAnnotation() would refuse are skipped; returns the ids of those added, in
    // order. Does nothing when none can be added.
    QStringList addAnnotations(const QVector<NewAnnotation> &annotations, const QString &undoText);
    void removeAnnotation(const QString &reviewId, const QString &annotationId);
    // Moves the annotation to [start, end) snapped to whole words as addAnnotation() does,
    // keeping id, polarity, tags, note and created time; quote, prefix and suffix follow the new
    // range. One undo step. Returns false, changing nothing, for an unknown annotation, a range
    // out of the text or without words, or one that snaps to the range it already has.
    bool setAnnotationRange(const QString &reviewId, const QString &annotationId, int start, int end);
    void setAnnotationPolarity(const QString &reviewId, const QString &annotationId, Polarity polarity);
    void setAnnotationTags(const QString &reviewId, const QString &annotationId, const QStringList &tags);
    // Consecutive calls for the same annotation merge into one undo step (typing a note).
    void setAnnotationNote(const QString &reviewId, const QString &annotationId, const QString &note);
    // Renaming or removing a tag updates every annotation and orphan that uses it, in the same
    // step.
    // renames maps old name -> new name.
    void setTags(const QStringList &tags, const QHash<QString, QString> &renames = {});
    // Appends a new tag to the project's list and, when given, to that annotation's tags, in one
    // undo step ("New Tag"). Does nothing for an empty (after trimming) or existing tag.
    void createTag(const QString &tag, const QString &reviewId = {}, const QString &annotationId = {});

    // Remembers suggestions the user rejected in a review (Review::rejectedSuggestions): the exact
    // text of each span; those already remembered are skipped. One undo step; emits
    // rejectedSuggestionsChanged. Does nothing for an unknown review or nothing new.
    void rejectSuggestions(const QString &reviewId, const QStringList &quotes);
    // The same for several reviews (review id -> quotes), all in one undo step.
    void rejectSuggestions(const QHash<QString, QStringList> &quotes);

    // Adds everything content holds as one undo step named undoText: its tags at the end of the
    // tag list (those not there yet), its reviews as new columns at the right, its annotations
    // and orphans to their reviews (unknown review ids are skipped). Annotation tags are put in
    // the project's tag order. Does nothing when content is empty.
    void addImported(const ImportedContent &content, const QString &undoText);

    // Replaces the review's text with imported.text (a fresh import of the review's source, or of
    // a newer file: Importer::importFile; canonical, as the importer makes it) and takes source
    // path, format and import time from imported, all in one undo step (reviewPropertiesChanged
    // follows when the source changed). Re-anchors every annotation with Anchoring::place():
    // unchanged, moved to the exact quote, moved to a fuzzy match, or, when it cannot be placed,
    // appended to the review's orphans (start = end = 0). Earlier orphans are tried again the
    // same way: those that now fit become annotations again (counted in ReimportReport::restored
    // only), the others stay orphans, ahead of the new ones. Undo restores text, annotations and
    // orphans exactly. Title, author and language are left alone; the grade is found again in the
    // new text (GradeParser::find, in the review's language) unless the user corrected it. When only the text is the same, records
    // the new source in one step with every annotation unchanged; when source path, format and
    // text are all the same, does nothing. Returns an empty report for an unknown review.
    ReimportReport reimportReview(const QString &reviewId, const Review &imported);
    // Makes the orphan a normal annotation over [start, end) (UTF-16, snapped to whole words) with its quote and context taken from the current text and modified set to now.
    // One undo step. Returns false, changing nothing, for an unknown orphan or a range that is
    // out of the text or holds no words.
    bool placeOrphan(const QString &reviewId, const QString &orphanId, int start, int end);
    // Deletes an orphan for good. One undo step; does nothing for an unknown orphan.
    void removeOrphan(const QString &reviewId, const QString &orphanId);

Q_SIGNALS:
    // The whole content was replaced (reset()).
    void projectReset();
    void reviewInserted(int index);
    void reviewRemoved(const QString &reviewId, int index);
    void reviewMoved(int from, int to);
    void reviewPropertiesChanged(const QString &reviewId);
    // Annotations of this review were added, removed or changed.
    void annotationsChanged(const QString &reviewId);
    // The review's list of orphans changed (re-import, placeOrphan, removeOrphan, their undo).
    void orphansChanged(const QString &reviewId);
    // The review's text was replaced (reimportReview and its undo);
    // annotationsChanged and orphansChanged follow.
    void reviewTextChanged(const QString &reviewId);
    void tagsChanged();
    // The review's remembered rejected suggestions changed (rejectSuggestions and its undo).
    void rejectedSuggestionsChanged(const QString &reviewId);
    void titleChanged();
    // The review's passages set aside changed (setPassageSetAside, re-import, their undo).
    void setAsideChanged(const QString &reviewId);
    void modifiedChanged(bool modified);
    void filePathChanged();

private:
    // Pushes one ProjectCommand (project/commands.h) whose two directions are built by the edits
    // above from the raw edits below; being members, they need no friend.
    void push(const QString &text, std::function<void()> redo, std::function<void()> undo, int mergeId = -1,
              const QString &mergeKey = {});
    void changeAnnotation(const QString &reviewId, const Annotation &before, const Annotation &after,
                          const QString &text, int mergeId = -1);
    void changeContent(const QString &reviewId, const ReviewContent &before, const ReviewContent &after,
                       const QString &text);

    // Raw edits for the commands: no undo, but the signals.
    void insertReviewAt(int index, const Review &review);
    Review takeReviewAt(int index);
    void moveReviewRaw(int from, int to);
    void setReviewMetadataRaw(const QString &reviewId, const QString &title, const QString &author,
                              const QString &outlet);
    void setReviewGradeRaw(const QString &reviewId, const Grade &grade);
    void setReviewLanguageRaw(const QString &reviewId, const QString &language);
    void insertAnnotationRaw(const QString &reviewId, const Annotation &annotation);
    Annotation takeAnnotationRaw(const QString &reviewId, const QString &annotationId);
    void replaceAnnotationRaw(const QString &reviewId, const Annotation &annotation);
    // Replaces the annotation of the same id by one with another range, keeping the order.
    void moveAnnotationRaw(const QString &reviewId, const Annotation &annotation);
    void setTagsRaw(const QStringList &tags);
    void setRejectedSuggestionsRaw(const QString &reviewId, const QStringList &quotes);
    void setReviewContentRaw(const QString &reviewId, const ReviewContent &content);
    void replaceOrphanRaw(const QString &reviewId, const Annotation &orphan);
    void setSetAsideRaw(const QString &reviewId, const QVector<TextRange> &ranges);
    void setTitleRaw(const QString &title);
    // The annotation addAnnotation() would add, or none (empty id).
    Annotation makeAnnotation(const QString &reviewId, int start, int end, Polarity polarity) const;

    QUndoStack *m_undoStack;
    QString m_filePath;
    QString m_title;
    QStringList m_tags;
    QVector<Review> m_reviews;
};

} // namespace Revmark
