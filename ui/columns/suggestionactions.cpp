// SPDX-License-Identifier: GPL-3.0-or-later
#ifdef REVMARK_HAVE_SYNTAX

#include "columns/suggestionactions.h"

#include "actionregistry.h"
#include "annotationactions.h"
#include "annotationselection.h"
#include "columns/columnsarea.h"
#include "columns/reviewcolumn.h"
#include "columns/reviewview.h"
#include "columns/suggestionset.h"
#include "dialogs/stepprogress.h"
#include "cues/cuerepository.h"
#include "dialogs/preferencesdialog.h"
#include "project/project.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QSettings>

namespace Revmark {

namespace {

const QString ShowCuesKey = QStringLiteral("view/showCues");
const QString CueSetKey = QStringLiteral("view/cueSet");

} // namespace

SuggestionActions::SuggestionActions(Project *project, ColumnsArea *columns, SuggestionSet *suggestions,
                                     AnnotationSelection *selection, ActionRegistry *actions, QWidget *window)
    : QObject(window)
    , m_project(project)
    , m_columns(columns)
    , m_suggestions(suggestions)
    , m_selection(selection)
    , m_actions(actions)
    , m_cueSetMenu(new QMenu(tr("Cue &Set"), window))
    , m_cueSetGroup(new QActionGroup(this))
    , m_status(new QLabel(window))
{
    m_status->setObjectName(QStringLiteral("suggestionStatus"));
    m_status->hide();

    QAction *showCues = actions->create(QStringLiteral("showCuesAction"), tr("Show &Cues"));
    showCues->setIconText(tr("Cues"));
    showCues->setToolTip(tr("Show the words that carry judgement: praise, criticism, hedges, negations, ratings"));
    showCues->setCheckable(true);
    connect(showCues, &QAction::toggled, this, &SuggestionActions::setShowCues);

    m_cueSetMenu->setObjectName(QStringLiteral("cueSetMenu"));
    m_cueSetGroup->setExclusive(true);
    for (const QString &name : CueRepository::cueSetNames()) {
        QAction *a = m_cueSetMenu->addAction(name);
        a->setCheckable(true);
        a->setData(name);
        m_cueSetGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, name] { setCueSet(name); });
    }

    QAction *suggest = actions->create(QStringLiteral("actionSuggest"), tr("Su&ggest Annotations"),
                                       {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S)});
    suggest->setIconText(tr("Suggest"));
    suggest->setToolTip(tr("Propose praise and criticism for the current review from its cues (Ctrl+Alt+S)"));
    connect(suggest, &QAction::triggered, this, [this] { this->suggest(false); });
    QAction *suggestAll = actions->create(QStringLiteral("actionSuggestAll"), tr("Suggest for A&ll Reviews"),
                                          {QKeySequence(Qt::CTRL | Qt::ALT | Qt::SHIFT | Qt::Key_S)});
    connect(suggestAll, &QAction::triggered, this, [this] { this->suggest(true); });
    QAction *next = actions->create(QStringLiteral("actionNextSuggestion"), tr("Ne&xt Suggestion"),
                                    {QKeySequence(Qt::Key_F8)});
    connect(next, &QAction::triggered, this, [this] {
        if (m_suggestions->next())
            revealCurrent();
    });
    QAction *previous = actions->create(QStringLiteral("actionPreviousSuggestion"), tr("Pre&vious Suggestion"),
                                        {QKeySequence(Qt::SHIFT | Qt::Key_F8)});
    connect(previous, &QAction::triggered, this, [this] {
        if (m_suggestions->previous())
            revealCurrent();
    });
    QAction *accept = actions->create(QStringLiteral("actionAcceptSuggestion"), tr("&Accept Suggestion"),
                                      {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::Key_A)});
    connect(accept, &QAction::triggered, this, [this] { acceptCurrent(std::nullopt); });
    // Ctrl+1 / Ctrl+2 on a current suggestion accept it as praise / criticism.
    if (auto *annotationActions = window->findChild<AnnotationActions *>()) {
        annotationActions->setSuggestionAcceptor([this](Polarity polarity) {
            return m_suggestions->hasCurrent() ? acceptCurrent(polarity) : QString();
        });
    }
    QAction *more = actions->create(QStringLiteral("actionMoreSuggestions"), tr("Show &More Suggestions"),
                                    {QKeySequence(Qt::CTRL | Qt::Key_F8)});
    more->setToolTip(tr("Each column shows its strongest suggestions first; this shows more of them (Ctrl+F8)"));
    connect(more, &QAction::triggered, this, [this] {
        const int shown = m_suggestions->showMore();
        if (shown == 0)
            Q_EMIT message(tr("Every suggestion is already shown."), 3000);
        else if (!m_suggestions->hasCurrent() && m_suggestions->next())
            revealCurrent();
    });
    QAction *reject = actions->create(QStringLiteral("actionRejectSuggestion"), tr("&Reject Suggestion"),
                                      {QKeySequence(QKeySequence::Delete), QKeySequence(Qt::Key_R)});
    connect(reject, &QAction::triggered, this, [this] {
        m_suggestions->rejectCurrent();
        if (m_suggestions->hasCurrent())
            revealCurrent();
    });
    QAction *acceptAll = actions->create(QStringLiteral("actionAcceptAllSuggestions"), tr("Accept All Suggestions"),
                                         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return)});
    connect(acceptAll, &QAction::triggered, this, [this] {
        const int added = m_suggestions->acceptAll();
        Q_EMIT message(
            tr("%n suggestion(s) accepted as annotations. Undo (Ctrl+Z) takes them back.", nullptr, added), 6000);
    });
    QAction *rejectAll = actions->create(QStringLiteral("actionRejectAllSuggestions"), tr("Reject All Suggestions"),
                                         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete)});
    connect(rejectAll, &QAction::triggered, m_suggestions, &SuggestionSet::rejectAll);
    // Single keys and Delete only while a review has focus, so they never swallow typing in the
    // note editor; disabled unless a suggestion is current, so Delete is never ambiguous with
    // Delete Annotation.
    for (QAction *a : {accept, reject, acceptAll, rejectAll}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_columns->addAction(a);
    }
    window->addActions({suggest, suggestAll, next, previous, more});

    connect(m_suggestions, &SuggestionSet::changed, this, &SuggestionActions::showSuggestions);
    connect(m_suggestions, &SuggestionSet::stateChanged, this, [this] {
        updateStatus();
        updateActions();
        Q_EMIT stateChanged();
    });
    connect(m_columns, &ColumnsArea::suggestionClicked, this, [this](const QString &reviewId, int index) {
        m_suggestions->setCurrent(reviewId, index);
        if (index >= 0)
            m_selection->clear();
    });
    connect(m_selection, &AnnotationSelection::changed, this, [this](const QString &, const QString &annotationId) {
        // One thing at a time is current, so Delete always means one of them.
        if (!annotationId.isEmpty())
            m_suggestions->setCurrent({}, -1);
    });

    QSettings settings;
    setCueSet(settings.value(CueSetKey, CueRepository::defaultCueSetName()).toString());
    showCues->setChecked(settings.value(ShowCuesKey, false).toBool());
}

void SuggestionActions::updateActions()
{
    const bool hasReview = m_project && m_project->findReview(m_columns->currentReviewId());
    const bool hasSuggestion = m_suggestions->hasCurrent();
    const bool hasSuggestions = m_suggestions->count() > 0;
    m_actions->action(QStringLiteral("actionSuggest"))->setEnabled(hasReview);
    m_actions->action(QStringLiteral("actionSuggestAll"))->setEnabled(m_project && m_project->reviewCount() > 0);
    for (const char *id : {"actionNextSuggestion", "actionPreviousSuggestion", "actionAcceptAllSuggestions",
                           "actionRejectAllSuggestions"})
        m_actions->action(QLatin1String(id))->setEnabled(hasSuggestions);
    m_actions->action(QStringLiteral("actionMoreSuggestions"))->setEnabled(m_suggestions->waitingCount() > 0);
    for (const char *id : {"actionAcceptSuggestion", "actionRejectSuggestion"})
        m_actions->action(QLatin1String(id))->setEnabled(hasSuggestion);
}

void SuggestionActions::setShowCues(bool on)
{
    m_columns->setCueSet(on ? m_suggestions->cueSet() : QString());
    QSettings().setValue(ShowCuesKey, on);
}

void SuggestionActions::setCueSet(const QString &cueSet)
{
    // A cue set that has gone (a user definition removed) falls back to the built-in one.
    QString name = CueRepository::defaultCueSetName();
    for (QAction *a : m_cueSetGroup->actions()) {
        if (a->data().toString() == cueSet)
            name = cueSet;
    }
    for (QAction *a : m_cueSetGroup->actions())
        a->setChecked(a->data().toString() == name);
    m_suggestions->setCueSet(name);
    if (m_actions->action(QStringLiteral("showCuesAction"))->isChecked())
        m_columns->setCueSet(name);
    QSettings().setValue(CueSetKey, name);
}

void SuggestionActions::suggest(bool allReviews)
{
    const QString reviewId = m_columns->currentReviewId();
    const Review *review = m_project ? m_project->findReview(reviewId) : nullptr;
    if (!allReviews && !review)
        return;
    m_suggestions->setMaxPerReview(PreferencesDialog::suggestionLimitFromSettings());
    int count = 0;
    if (allReviews) {
        // Review by review on this thread (the cue Repository is GUI-thread only), with progress.
        StepProgress progress(m_columns->window(), QStringLiteral("suggestProgress"), tr("Suggest for All Reviews"),
                              tr("Looking for praise and criticism…"));
        count = m_suggestions->suggestAll([&progress](int done, int total) { return progress.step(done, total); });
        if (count < 0)
            return;
    } else {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        count = m_suggestions->suggest(reviewId);
        QApplication::restoreOverrideCursor();
    }
    if (count == 0) {
        Q_EMIT message(allReviews ? tr("No suggestions: the cues do not add up to clear praise or criticism "
                                       "outside what is already marked.")
                                  : tr("No suggestions for “%1”: its cues do not add up to clear praise or "
                                       "criticism outside what is already marked.")
                                        .arg(review->label()),
                       6000);
        return;
    }
    // Start where the user is looking: the current review's first suggestion, else the first.
    if (!m_suggestions->suggestions(reviewId).isEmpty())
        m_suggestions->setCurrent(reviewId, 0);
    else
        m_suggestions->next();
    revealCurrent();
}

void SuggestionActions::showSuggestions(const QString &reviewId)
{
    ReviewColumn *column = m_columns->columnFor(reviewId);
    if (!column)
        return;
    QVector<SuggestionMark> marks;
    const QVector<Suggestion> suggestions = m_suggestions->suggestions(reviewId);
    marks.reserve(suggestions.size());
    for (const Suggestion &s : suggestions)
        marks.append({s.start, s.end, s.polarity, SuggestionSet::toolTip(s)});
    column->textView()->setSuggestions(marks, m_suggestions->currentReviewId() == reviewId
                                                  ? m_suggestions->currentIndex()
                                                  : -1);
}

void SuggestionActions::revealCurrent()
{
    if (!m_suggestions->hasCurrent())
        return;
    const QString reviewId = m_suggestions->currentReviewId();
    m_selection->clear();
    if (m_columns->isHidden(reviewId))
        m_columns->setReviewHidden(reviewId, false);
    m_columns->setCurrentReview(reviewId);
    ReviewColumn *column = m_columns->columnFor(reviewId);
    if (!column)
        return;
    ReviewView *view = column->view();
    view->revealPosition(m_suggestions->suggestions(reviewId).at(m_suggestions->currentIndex()).start);
    // The accept and reject keys work where the focus is.
    view->setFocus();
}

void SuggestionActions::updateStatus()
{
    const int count = m_suggestions->count();
    m_status->setVisible(count > 0);
    //: Status bar, while suggestions are shown
    QString text = tr("%n suggestion(s) · F8 next · Ctrl+Return accept · Delete reject", nullptr, count);
    if (const int waiting = m_suggestions->waitingCount(); waiting > 0)
        //: Status bar: suggestions found but not shown yet
        text += QStringLiteral(" · ") + tr("Ctrl+F8 %n more", nullptr, waiting);
    m_status->setText(text);
}

QString SuggestionActions::acceptCurrent(std::optional<Polarity> polarity)
{
    const QString reviewId = m_suggestions->currentReviewId();
    const QString id = polarity ? m_suggestions->acceptCurrent(*polarity) : m_suggestions->acceptCurrent();
    // The new annotation is current at once, so Ctrl+3, the tags and the span keys apply to it;
    // F8 goes on to the next suggestion.
    if (!id.isEmpty())
        m_selection->set(reviewId, id);
    return id;
}

} // namespace Revmark

#endif // REVMARK_HAVE_SYNTAX
