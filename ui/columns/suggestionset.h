// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#ifdef REVMARK_HAVE_SYNTAX

#include "cues/suggester.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

namespace Revmark {

class Project;

// The suggested annotations on show (Review › Suggest Annotations): per review, the
// suggestions of Suggester::suggest that overlap no annotation and were not rejected before
// (Review::rejectedSuggestions: same text), and which one is current. Of those, at most
// maxPerReview() of the strongest (by score) are shown at once per review; showMore() shows
// that many more, and each one accepted or rejected makes room for the next strongest.
// The suggestions are view state: the project changes only when one is accepted (an
// annotation) or rejected (remembered in the review, one undo step; undoing it shows the
// suggestion again). A review's suggestions go when its text changes or it is removed, all of
// them when the project is reset; a suggestion goes as soon as an annotation overlaps it
// (accepting it, or the user marking that text by hand), and undoing that does not bring it
// back. Order is the project's review order, then text order.
class SuggestionSet : public QObject
{
    Q_OBJECT

public:
    explicit SuggestionSet(QObject *parent = nullptr);

    // Follows this project; forgets every suggestion.
    void setProject(Project *project);
    // The cue set the next suggest() uses (CueRepository::defaultCueSetName() at first).
    void setCueSet(const QString &cueSet) { m_cueSet = cueSet; }
    QString cueSet() const { return m_cueSet; }

    // How many suggestions a review shows at once; 0 (the default) for all. Applies from the
    // next suggest() or setSuggestions().
    void setMaxPerReview(int max) { m_maxPerReview = qMax(0, max); }
    int maxPerReview() const { return m_maxPerReview; }
    // Shows maxPerReview() more of every review's waiting suggestions; returns how many more
    // are shown.
    int showMore();
    // Suggestions found but not shown yet (beyond maxPerReview()), in all reviews.
    int waitingCount() const;

    // Replaces the review's suggestions with fresh ones; returns how many are shown.
    int suggest(const QString &reviewId);
    // The same for every review; returns the total.
    int suggestAll();
    // The same, calling progress after each review (on this thread: KSyntaxHighlighting's
    // Repository is not thread-safe); when it returns false nothing changes and -1 returns.
    int suggestAll(const std::function<bool(int done, int total)> &progress);
    // Shows these suggestions for the review (sorted, not overlapping), minus those that overlap
    // an annotation or were rejected, at most maxPerReview(); returns how many are shown.
    // suggest() comes here with Suggester's.
    int setSuggestions(const QString &reviewId, const QVector<Suggestion> &suggestions);

    QVector<Suggestion> suggestions(const QString &reviewId) const { return m_suggestions.value(reviewId); }
    int count() const;

    // The current suggestion, which the accept and reject actions apply to; none: index -1.
    QString currentReviewId() const { return m_currentReviewId; }
    int currentIndex() const { return m_currentIndex; }
    bool hasCurrent() const { return m_currentIndex >= 0; }
    void setCurrent(const QString &reviewId, int index);
    // Steps to the next / previous suggestion across reviews, wrapping around; with no current
    // one, to the first / last. Returns false when there are no suggestions.
    bool next();
    bool previous();

    // Makes the current suggestion an annotation of its polarity, or of the one given, tagged with
    // its aspect when it has one (one undo step), and returns its id; the next suggestion becomes
    // current. Empty when there is no current suggestion.
    QString acceptCurrent();
    QString acceptCurrent(Polarity polarity);
    // Rejects the current suggestion: remembered in its review (Project::rejectSuggestions, one
    // undo step), so it is not offered again; the next one becomes current.
    void rejectCurrent();
    // Rejects every suggestion on show in one undo step, and drops them and those waiting.
    void rejectAll();
    // Makes every suggestion on show an annotation, tagged with its aspect, as one undo step (Project::addAnnotations),
    // and drops those waiting; returns how many annotations were added.
    int acceptAll();
    // Drops every suggestion without remembering anything.
    void clear();

    // Tooltip text (rich text) that names the polarity and the cues.
    static QString toolTip(const Suggestion &suggestion);

Q_SIGNALS:
    // The review's suggestions or the current suggestion changed.
    void changed(const QString &reviewId);
    // The number of suggestions or the current one changed.
    void stateChanged();

private:
    void prune(const QString &reviewId);
    // Shows the review's pool minus the rejected, the strongest m_shown of them.
    void refresh(const QString &reviewId);
    // By value: callers pass m_currentReviewId, which these change.
    void remove(QString reviewId, int index);
    void replace(QString reviewId, const QVector<Suggestion> &suggestions);
    // (review, index) of every suggestion in order.
    QVector<QPair<QString, int>> ordered() const;

    QPointer<Project> m_project;
    QString m_cueSet;
    QHash<QString, QVector<Suggestion>> m_suggestions; // shown
    QHash<QString, QVector<Suggestion>> m_pool;        // found, overlapping no annotation
    QHash<QString, int> m_shown;                       // how many a review may show now
    int m_maxPerReview = 0;
    QString m_currentReviewId;
    int m_currentIndex = -1;
};

} // namespace Revmark

#endif // REVMARK_HAVE_SYNTAX
