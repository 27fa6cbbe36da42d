// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#ifdef REVMARK_HAVE_SYNTAX

#include "cues/suggester.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace Revmark {

class Project;

// The suggested annotations on show (Review › Suggest Annotations): per review, the
// suggestions of Suggester::suggest that overlap no annotation, and which one is current.
// This is view state only: nothing here is ever saved, and the project changes only when a
// suggestion is accepted. A review's suggestions go when its text changes or it is removed,
// all of them when the project is reset; a suggestion goes as soon as an annotation overlaps
// it (accepting it, or the user marking that text by hand), and undoing that does not bring
// it back. Order is the project's review order, then text order.
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

    // Replaces the review's suggestions with fresh ones; returns how many there are.
    int suggest(const QString &reviewId);
    // The same for every review; returns the total.
    int suggestAll();
    // Shows these suggestions for the review (sorted, not overlapping), minus those that overlap
    // an annotation; returns how many are kept. suggest() comes here with Suggester's.
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

    // Makes the current suggestion an annotation of its polarity, tagged with its aspect when it
    // has one (one undo step), and returns its id; the next suggestion becomes current. Empty when there is no current suggestion.
    QString acceptCurrent();
    // Drops the current suggestion; the next one becomes current.
    void rejectCurrent();
    // Makes every suggestion an annotation, tagged with its aspect, as one undo step
    // (Project::addAnnotations); returns
    // how many annotations were added.
    int acceptAll();
    // Drops every suggestion.
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
    // By value: callers pass m_currentReviewId, which these change.
    void remove(QString reviewId, int index);
    void replace(QString reviewId, const QVector<Suggestion> &suggestions);
    // (review, index) of every suggestion in order.
    QVector<QPair<QString, int>> ordered() const;

    QPointer<Project> m_project;
    QString m_cueSet;
    QHash<QString, QVector<Suggestion>> m_suggestions;
    QString m_currentReviewId;
    int m_currentIndex = -1;
};

} // namespace Revmark

#endif // REVMARK_HAVE_SYNTAX
