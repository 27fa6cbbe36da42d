// SPDX-License-Identifier: GPL-3.0-or-later
#include "columns/suggestionset.h"

#ifdef REVMARK_HAVE_SYNTAX

#include "project/project.h"
#include "model/qtcompat.h"

#include <algorithm>


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

// Accepting a suggestion tags the annotation with its aspect (a tag of the project's).
QStringList aspectTags(const Suggestion &suggestion)
{
    return suggestion.aspect.isEmpty() ? QStringList() : QStringList(suggestion.aspect);
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
    const auto forget = [this](const QString &reviewId) {
        m_pool.remove(reviewId);
        replace(reviewId, {});
    };
    connect(project, &Project::reviewRemoved, this, forget);
    // Offsets into the old text mean nothing in the new one.
    connect(project, &Project::reviewTextChanged, this, forget);
    connect(project, &Project::annotationsChanged, this, &SuggestionSet::prune);
    connect(project, &Project::rejectedSuggestionsChanged, this, &SuggestionSet::refresh);
}

int SuggestionSet::suggest(const QString &reviewId)
{
    const Review *review = m_project ? m_project->findReview(reviewId) : nullptr;
    if (!review)
        return 0;
    return setSuggestions(reviewId, Suggester::suggest(review->textWithoutSetAside(),
                                                       CueRepository::cueSetFor(m_cueSet, review->language),
                                                       m_project->tags()));
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
    m_pool.insert(reviewId, kept);
    m_shown.insert(reviewId, m_maxPerReview);
    refresh(reviewId);
    return int(m_suggestions.value(reviewId).size());
}

void SuggestionSet::refresh(const QString &reviewId)
{
    const Review *review = m_project ? m_project->findReview(reviewId) : nullptr;
    QVector<Suggestion> open;
    if (review) {
        for (const Suggestion &s : m_pool.value(reviewId)) {
            if (!review->rejectedSuggestions.contains(review->text.mid(s.start, s.end - s.start)))
                open.append(s);
        }
    }
    const int limit = m_shown.value(reviewId, 0);
    if (limit > 0 && open.size() > limit) {
        // The strongest, then back in text order.
        std::stable_sort(open.begin(), open.end(), [](const Suggestion &a, const Suggestion &b) { return a.score > b.score; });
        open.resize(limit);
        std::sort(open.begin(), open.end(), [](const Suggestion &a, const Suggestion &b) { return a.start < b.start; });
    }
    const QVector<Suggestion> old = m_suggestions.value(reviewId);
    const auto same = [](const Suggestion &a, const Suggestion &b) {
        return a.start == b.start && a.end == b.end && a.polarity == b.polarity;
    };
    if (old.size() != open.size() || !std::equal(old.cbegin(), old.cend(), open.cbegin(), same))
        replace(reviewId, open);
}

int SuggestionSet::showMore()
{
    if (m_maxPerReview <= 0)
        return 0;
    const int before = count();
    for (auto it = m_pool.cbegin(); it != m_pool.cend(); ++it) {
        m_shown[it.key()] += m_maxPerReview;
        refresh(it.key());
    }
    return count() - before;
}

int SuggestionSet::waitingCount() const
{
    int waiting = 0;
    for (auto it = m_pool.cbegin(); it != m_pool.cend(); ++it) {
        const Review *review = m_project ? m_project->findReview(it.key()) : nullptr;
        if (!review)
            continue;
        int open = 0;
        for (const Suggestion &s : it.value())
            open += review->rejectedSuggestions.contains(review->text.mid(s.start, s.end - s.start)) ? 0 : 1;
        waiting += open - int(m_suggestions.value(it.key()).size());
    }
    return waiting;
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

int SuggestionSet::suggestAll(const std::function<bool(int done, int total)> &progress)
{
    if (!m_project)
        return 0;
    // Computed first and shown only at the end, so a cancel leaves the suggestions as they were.
    QVector<QPair<QString, QVector<Suggestion>>> computed;
    const int count = m_project->reviewCount();
    for (int i = 0; i < count && i < m_project->reviewCount(); ++i) {
        const Review &review = m_project->review(i);
        computed.append({review.id, Suggester::suggest(review.textWithoutSetAside(), CueRepository::cueSetFor(m_cueSet, review.language),
                                                        m_project->tags())});
        if (progress && !progress(i + 1, count))
            return -1;
    }
    int total = 0;
    for (const auto &entry : std::as_const(computed))
        total += setSuggestions(entry.first, entry.second);
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
    if (!hasCurrent())
        return {};
    return acceptCurrent(m_suggestions.value(m_currentReviewId).at(m_currentIndex).polarity);
}

QString SuggestionSet::acceptCurrent(Polarity polarity)
{
    if (!hasCurrent() || !m_project)
        return {};
    const Review *review = m_project->findReview(m_currentReviewId);
    if (!review)
        return {};
    const Suggestion s = m_suggestions.value(m_currentReviewId).at(m_currentIndex);
    // The new annotation overlaps the suggestion, so prune() takes it away and moves on.
    const QString id = m_project->addAnnotation(m_currentReviewId, s.start, s.end, polarity, aspectTags(s));
    if (id.isEmpty())
        remove(QString(m_currentReviewId), m_currentIndex); // no words in it to mark
    return id;
}

void SuggestionSet::rejectCurrent()
{
    if (!hasCurrent())
        return;
    const Review *review = m_project ? m_project->findReview(m_currentReviewId) : nullptr;
    const Suggestion s = m_suggestions.value(m_currentReviewId).at(m_currentIndex);
    if (review)
        m_project->rejectSuggestions(m_currentReviewId, {review->text.mid(s.start, s.end - s.start)});
    // Already remembered (the same words elsewhere), or no project: only dropped.
    if (hasCurrent() && m_currentIndex < m_suggestions.value(m_currentReviewId).size()
        && m_suggestions.value(m_currentReviewId).at(m_currentIndex).start == s.start)
        remove(QString(m_currentReviewId), m_currentIndex);
}

void SuggestionSet::rejectAll()
{
    if (m_project) {
        QHash<QString, QStringList> quotes;
        // Only those on show: nothing the user has not seen is remembered as rejected.
        for (auto it = m_suggestions.cbegin(); it != m_suggestions.cend(); ++it) {
            if (const Review *review = m_project->findReview(it.key())) {
                for (const Suggestion &s : it.value())
                    quotes[it.key()].append(review->text.mid(s.start, s.end - s.start));
            }
        }
        m_project->rejectSuggestions(quotes);
    }
    clear();
}

int SuggestionSet::acceptAll()
{
    if (!m_project || count() == 0)
        return 0;
    // Taken first: every addition prunes what it overlaps.
    QVector<NewAnnotation> pending;
    for (const auto &entry : ordered()) {
        const Suggestion s = m_suggestions.value(entry.first).at(entry.second);
        pending.append({entry.first, s.start, s.end, s.polarity, aspectTags(s)});
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
    m_pool.clear();
    m_shown.clear();
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
    if (!suggestion.aspect.isEmpty())
        tip += QStringLiteral("<br>") + tr("Tag: %1").arg(suggestion.aspect.toHtmlEscaped());
    tip += QStringLiteral("<br><i>%1</i>").arg(tr("Ctrl+Return accepts, Delete rejects, F8 goes to the next").toHtmlEscaped());
    return tip;
}

void SuggestionSet::prune(const QString &reviewId)
{
    const Review *review = m_project ? m_project->findReview(reviewId) : nullptr;
    const QVector<Suggestion> old = m_pool.value(reviewId);
    if (old.isEmpty())
        return;
    QVector<Suggestion> kept;
    for (const Suggestion &s : old) {
        if (review && !overlapsAnnotation(s, *review))
            kept.append(s);
    }
    if (kept.size() != old.size()) {
        m_pool.insert(reviewId, kept);
        refresh(reviewId);
    }
}

void SuggestionSet::remove(QString reviewId, int index)
{
    const QVector<Suggestion> shown = m_suggestions.value(reviewId);
    if (index < 0 || index >= shown.size())
        return;
    QVector<Suggestion> pool = m_pool.value(reviewId);
    for (int i = 0; i < pool.size(); ++i) {
        if (pool.at(i).start == shown.at(index).start && pool.at(i).end == shown.at(index).end) {
            pool.remove(i);
            break;
        }
    }
    m_pool.insert(reviewId, pool);
    refresh(reviewId);
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
