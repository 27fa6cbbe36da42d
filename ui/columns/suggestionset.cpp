// SPDX-License-Identifier: GPL-3.0-or-later
#include "columns/suggestionset.h"

#ifdef REVMARK_HAVE_SYNTAX

#include "project/project.h"
#include "model/qtcompat.h"


namespace Revmark {

namespace {

bool overlapsAnnotation(const Suggestion &s, const Review &review)
{
    for (const Annotation &a : review.annotations) {
        if (a.start < s.end && s.start < a.end)
            return true;
    }
    return false;
}

} // namespace

SuggestionSet::SuggestionSet(QObject *parent)
    : QObject(parent)
    , m_cueSet(CueRepository::defaultCueSetName())
{
}

void SuggestionSet::setProject(Project *project)
{
    if (m_project)
        m_project->disconnect(this);
    clear();
    m_project = project;
    if (!project)
        return;
    connect(project, &Project::projectReset, this, &SuggestionSet::clear);
    connect(project, &Project::reviewRemoved, this,
            [this](const QString &reviewId) { replace(reviewId, {}); });
    // Offsets into the old text mean nothing in the new one.
    connect(project, &Project::reviewTextChanged, this,
            [this](const QString &reviewId) { replace(reviewId, {}); });
    connect(project, &Project::annotationsChanged, this, &SuggestionSet::prune);
}

int SuggestionSet::suggest(const QString &reviewId)
{
    const Review *review = m_project ? m_project->findReview(reviewId) : nullptr;
    if (!review)
        return 0;
    return setSuggestions(reviewId, Suggester::suggest(review->textWithoutSetAside(), m_cueSet));
}

int SuggestionSet::setSuggestions(const QString &reviewId, const QVector<Suggestion> &suggestions)
{
    const Review *review = m_project ? m_project->findReview(reviewId) : nullptr;
    if (!review)
        return 0;
    QVector<Suggestion> kept;
    for (const Suggestion &s : suggestions) {
        if (!overlapsAnnotation(s, *review))
            kept.append(s);
    }
    replace(reviewId, kept);
    return int(kept.size());
}

int SuggestionSet::suggestAll()
{
    if (!m_project)
        return 0;
    int total = 0;
    for (int i = 0; i < m_project->reviewCount(); ++i)
        total += suggest(m_project->review(i).id);
    return total;
}

int SuggestionSet::count() const
{
    int total = 0;
    for (auto it = m_suggestions.cbegin(); it != m_suggestions.cend(); ++it)
        total += int(it.value().size());
    return total;
}

void SuggestionSet::setCurrent(const QString &reviewId, int index)
{
    const bool valid = index >= 0 && index < m_suggestions.value(reviewId).size();
    const QString newReview = valid ? reviewId : QString();
    const int newIndex = valid ? index : -1;
    if (newReview == m_currentReviewId && newIndex == m_currentIndex)
        return;
    const QString oldReview = m_currentReviewId;
    m_currentReviewId = newReview;
    m_currentIndex = newIndex;
    if (!oldReview.isEmpty() && oldReview != newReview)
        Q_EMIT changed(oldReview);
    if (!newReview.isEmpty())
        Q_EMIT changed(newReview);
    Q_EMIT stateChanged();
}

QVector<QPair<QString, int>> SuggestionSet::ordered() const
{
    QVector<QPair<QString, int>> all;
    if (!m_project)
        return all;
    for (const Review &review : m_project->reviews()) {
        const int n = int(m_suggestions.value(review.id).size());
        for (int i = 0; i < n; ++i)
            all.append({review.id, i});
    }
    return all;
}

bool SuggestionSet::next()
{
    const auto all = ordered();
    if (all.isEmpty())
        return false;
    const int at = int(all.indexOf({m_currentReviewId, m_currentIndex}));
    const auto &target = all.at(at < 0 ? 0 : (at + 1) % all.size());
    setCurrent(target.first, target.second);
    return true;
}

bool SuggestionSet::previous()
{
    const auto all = ordered();
    if (all.isEmpty())
        return false;
    const int at = int(all.indexOf({m_currentReviewId, m_currentIndex}));
    const auto &target = all.at(at < 0 ? all.size() - 1 : (at - 1 + all.size()) % all.size());
    setCurrent(target.first, target.second);
    return true;
}

QString SuggestionSet::acceptCurrent()
{
    if (!hasCurrent() || !m_project)
        return {};
    const Review *review = m_project->findReview(m_currentReviewId);
    if (!review)
        return {};
    const Suggestion s = m_suggestions.value(m_currentReviewId).at(m_currentIndex);
    // The new annotation overlaps the suggestion, so prune() takes it away and moves on.
    const QString id = m_project->addAnnotation(m_currentReviewId, s.start, s.end, s.polarity);
    if (id.isEmpty())
        rejectCurrent(); // no words in it to mark
    return id;
}

void SuggestionSet::rejectCurrent()
{
    if (hasCurrent())
        remove(QString(m_currentReviewId), m_currentIndex);
}

int SuggestionSet::acceptAll()
{
    if (!m_project || count() == 0)
        return 0;
    // Taken first: every addition prunes what it overlaps.
    QVector<NewAnnotation> pending;
    for (const auto &entry : ordered()) {
        const Suggestion s = m_suggestions.value(entry.first).at(entry.second);
        pending.append({entry.first, s.start, s.end, s.polarity});
    }
    const int added = int(
        m_project->addAnnotations(pending, tr("Accept %n Suggestion(s)", nullptr, int(pending.size()))).size());
    clear();
    return added;
}

void SuggestionSet::clear()
{
    const QStringList reviews = m_suggestions.keys();
    m_suggestions.clear();
    m_currentReviewId.clear();
    m_currentIndex = -1;
    for (const QString &id : reviews)
        Q_EMIT changed(id);
    Q_EMIT stateChanged();
}

QString SuggestionSet::toolTip(const Suggestion &suggestion)
{
    const QString title = suggestion.polarity == Polarity::Praise ? tr("Suggested praise") : tr("Suggested criticism");
    QStringList cues;
    for (const QString &cue : suggestion.cues)
        cues.append(QStringLiteral("“%1”").arg(cue.toHtmlEscaped()));
    QString tip = QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped());
    if (!cues.isEmpty())
        tip += QStringLiteral("<br>") + tr("Cues: %1").arg(cues.join(QStringLiteral(", ")));
    tip += QStringLiteral("<br><i>%1</i>").arg(tr("Ctrl+Return accepts, Delete rejects, F8 goes to the next").toHtmlEscaped());
    return tip;
}

void SuggestionSet::prune(const QString &reviewId)
{
    const Review *review = m_project ? m_project->findReview(reviewId) : nullptr;
    const QVector<Suggestion> old = m_suggestions.value(reviewId);
    if (old.isEmpty())
        return;
    QVector<Suggestion> kept;
    for (const Suggestion &s : old) {
        if (review && !overlapsAnnotation(s, *review))
            kept.append(s);
    }
    if (kept.size() != old.size())
        replace(reviewId, kept);
}

void SuggestionSet::remove(QString reviewId, int index)
{
    QVector<Suggestion> list = m_suggestions.value(reviewId);
    if (index < 0 || index >= list.size())
        return;
    list.remove(index);
    replace(reviewId, list);
}

void SuggestionSet::replace(QString reviewId, const QVector<Suggestion> &suggestions)
{
    const QVector<Suggestion> old = m_suggestions.value(reviewId);
    if (old.isEmpty() && suggestions.isEmpty())
        return;
    // Where the current suggestion was, so the one after it can take over.
    const bool hadCurrent = m_currentReviewId == reviewId && m_currentIndex >= 0;
    const int oldStart = hadCurrent ? old.at(m_currentIndex).start : 0;
    if (suggestions.isEmpty())
        m_suggestions.remove(reviewId);
    else
        m_suggestions.insert(reviewId, suggestions);
    if (hadCurrent) {
        m_currentReviewId.clear();
        m_currentIndex = -1;
        int index = -1;
        for (int i = 0; i < suggestions.size() && index < 0; ++i) {
            if (suggestions.at(i).start >= oldStart)
                index = i;
        }
        if (index >= 0) {
            m_currentReviewId = reviewId;
            m_currentIndex = index;
        } else if (m_project) {
            // Past the review's last one: the first of the following reviews, wrapping around.
            const int from = m_project->reviewIndex(reviewId);
            const int n = m_project->reviewCount();
            for (int step = 1; step <= n && m_currentIndex < 0; ++step) {
                const QString id = m_project->review(((from < 0 ? 0 : from) + step) % n).id;
                if (!m_suggestions.value(id).isEmpty()) {
                    m_currentReviewId = id;
                    m_currentIndex = 0;
                }
            }
            if (!m_currentReviewId.isEmpty() && m_currentReviewId != reviewId)
                Q_EMIT changed(m_currentReviewId);
        }
    }
    Q_EMIT changed(reviewId);
    Q_EMIT stateChanged();
}

} // namespace Revmark

#endif // REVMARK_HAVE_SYNTAX
