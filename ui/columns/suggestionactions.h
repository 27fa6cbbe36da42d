// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#ifdef REVMARK_HAVE_SYNTAX

#include "model/annotation.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QActionGroup;
class QLabel;
class QMenu;

namespace Revmark {

class ActionRegistry;
class AnnotationSelection;
class ColumnsArea;
class Project;
class SuggestionSet;

// The cue and suggestion commands of a window (View › Show Cues, Cue Set, Review › Suggest…,
// stepping, accepting and rejecting): registers its actions in the window's ActionRegistry
// ("showCuesAction", "actionSuggest", "actionSuggestAll", "actionNextSuggestion",
// "actionPreviousSuggestion", "actionAcceptSuggestion", "actionRejectSuggestion",
// "actionAcceptAllSuggestions", "actionRejectAllSuggestions", "actionMoreSuggestions" (Ctrl+F8))
// and owns the Cue Set menu
// ("cueSetMenu") and the status bar label ("suggestionStatus"). Hands each review's suggestions
// to its column as outlines. A current suggestion and a current annotation exclude each other,
// so Delete always means one of them; an accepted suggestion becomes the current annotation, and
// Ctrl+1 / Ctrl+2 accept the current suggestion as praise / criticism (through AnnotationActions).
// Rejecting is remembered in the project (SuggestionSet::rejectCurrent, rejectAll). Suggest
// shows at most PreferencesDialog::suggestionLimitFromSettings() per column at once; Show More
// Suggestions (Ctrl+F8) shows that many more. Show Cues and the cue set are remembered (QSettings).
class SuggestionActions : public QObject
{
    Q_OBJECT

public:
    SuggestionActions(Project *project, ColumnsArea *columns, SuggestionSet *suggestions,
                      AnnotationSelection *selection, ActionRegistry *actions, QWidget *window);

    QMenu *cueSetMenu() const { return m_cueSetMenu; }
    QLabel *statusLabel() const { return m_status; }
    // Enables the actions for the current review and the suggestions on show.
    void updateActions();

Q_SIGNALS:
    // A passing message for the status bar.
    void message(const QString &text, int milliseconds);
    // The suggestions on show or the current one changed (Delete Annotation depends on it).
    void stateChanged();

private:
    void setShowCues(bool on);
    void setCueSet(const QString &cueSet);
    void suggest(bool allReviews);
    void showSuggestions(const QString &reviewId);
    void revealCurrent();
    // Accepts the current suggestion (with its own polarity, or this one) and makes the new
    // annotation current; returns its id or empty.
    QString acceptCurrent(std::optional<Polarity> polarity);
    void updateStatus();

    QPointer<Project> m_project;
    ColumnsArea *m_columns;
    SuggestionSet *m_suggestions;
    AnnotationSelection *m_selection;
    ActionRegistry *m_actions;
    QMenu *m_cueSetMenu;
    QActionGroup *m_cueSetGroup;
    QLabel *m_status;
};

} // namespace Revmark

#endif // REVMARK_HAVE_SYNTAX
