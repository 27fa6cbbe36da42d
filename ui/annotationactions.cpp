// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationactions.h"

#include "actionregistry.h"
#include "annotationselection.h"
#include "columns/columnsarea.h"
#include "columns/reviewcolumn.h"
#include "columns/reviewview.h"
#include "dialogs/tagpalette.h"
#include "project/project.h"
#include "tagsmenu.h"

#include <QAction>
#include <QApplication>
#include <QTextCursor>
#include <QWidget>

namespace Revmark {

AnnotationActions::AnnotationActions(Project *project, ColumnsArea *columns, AnnotationSelection *selection,
                                     ActionRegistry *actions, QWidget *window)
    : QObject(window)
    , m_project(project)
    , m_columns(columns)
    , m_selection(selection)
    , m_actions(actions)
    , m_window(window)
{
    QAction *praise = actions->create(QStringLiteral("actionPraise"), tr("&Praise"), {QKeySequence(Qt::CTRL | Qt::Key_1)});
    praise->setToolTip(tr("Mark the selection as praise, or relabel the current annotation (Ctrl+1)"));
    praise->setIconText(tr("Praise  Ctrl+1"));
    connect(praise, &QAction::triggered, this, [this] { markSelection(Polarity::Praise); });
    QAction *criticism =
        actions->create(QStringLiteral("actionCriticism"), tr("&Criticism"), {QKeySequence(Qt::CTRL | Qt::Key_2)});
    criticism->setToolTip(tr("Mark the selection as criticism, or relabel the current annotation (Ctrl+2)"));
    criticism->setIconText(tr("Criticism  Ctrl+2"));
    connect(criticism, &QAction::triggered, this, [this] { markSelection(Polarity::Criticism); });
    QAction *note = actions->create(QStringLiteral("actionNote"), tr("Edit &Note"), {QKeySequence(Qt::CTRL | Qt::Key_3)});
    note->setIconText(tr("Note  Ctrl+3"));
    connect(note, &QAction::triggered, this, [this] {
        // Ctrl+3 toggles: from the note editor it goes back to the text.
        const QWidget *focus = QApplication::focusWidget();
        if (focus && focus->objectName() == QLatin1String("noteEdit"))
            returnToText();
        else if (m_selection->isEmpty())
            Q_EMIT message(tr("Select an annotation first: click a highlight or a row in the list."), 4000);
        else
            Q_EMIT noteRequested(m_selection->reviewId(), m_selection->annotationId());
    });
    QAction *remove =
        actions->create(QStringLiteral("actionDeleteAnnotation"), tr("&Delete Annotation"), {QKeySequence::Delete});
    // Only while the columns have focus: Delete must keep working in the note editor.
    remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    columns->addAction(remove);
    connect(remove, &QAction::triggered, this, [this] {
        if (m_project && !m_selection->isEmpty())
            m_project->removeAnnotation(m_selection->reviewId(), m_selection->annotationId());
    });
    // Window-wide (their shortcuts work from every widget).
    window->addActions({praise, criticism, note});

    for (int i = 0; i < 9; ++i) {
        QAction *quick = actions->create(QStringLiteral("actionQuickTag%1").arg(i + 1), tr("Toggle Tag %1").arg(i + 1),
                                         {TagsMenu::quickTagKey(i)});
        connect(quick, &QAction::triggered, this, [this, i] { toggleQuickTag(i); });
        window->addAction(quick);
    }
    QAction *palette =
        actions->create(QStringLiteral("actionTagPalette"), tr("Tag &Palette…"), {QKeySequence(Qt::CTRL | Qt::Key_T)});
    palette->setToolTip(tr("Toggle and create tags of the current annotation by typing (Ctrl+T)"));
    connect(palette, &QAction::triggered, this, &AnnotationActions::showTagPalette);
    window->addAction(palette);

    // The span keys act in the columns only: elsewhere Shift+Alt+arrows keep their usual meaning.
    struct SpanKey
    {
        const char *id;
        QString text;
        QKeySequence key;
        std::function<void()> run;
    };
    const SpanKey spanKeys[] = {
        {"actionSpanEndLeft", tr("Move Span End Left"), QKeySequence(Qt::SHIFT | Qt::ALT | Qt::Key_Left),
         [this] { moveSpanEnd(-1, false); }},
        {"actionSpanEndRight", tr("Move Span End Right"), QKeySequence(Qt::SHIFT | Qt::ALT | Qt::Key_Right),
         [this] { moveSpanEnd(1, false); }},
        {"actionSpanEndWordLeft", tr("Move Span End a Word Left"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::ALT | Qt::Key_Left), [this] { moveSpanEnd(-1, true); }},
        {"actionSpanEndWordRight", tr("Move Span End a Word Right"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::ALT | Qt::Key_Right), [this] { moveSpanEnd(1, true); }},
        {"actionSpanMoveStart", tr("Adjust Span Start"), QKeySequence(Qt::ALT | Qt::Key_Home),
         [this] {
             m_movesStart = true;
             Q_EMIT message(tr("Shift+Alt+Left/Right now move the start of the highlight."), 3000);
         }},
        {"actionSpanMoveEnd", tr("Adjust Span End"), QKeySequence(Qt::ALT | Qt::Key_End),
         [this] {
             m_movesStart = false;
             Q_EMIT message(tr("Shift+Alt+Left/Right now move the end of the highlight."), 3000);
         }},
    };
    for (const SpanKey &spec : spanKeys) {
        QAction *a = actions->create(QLatin1String(spec.id), spec.text, {spec.key});
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        columns->addAction(a);
        connect(a, &QAction::triggered, this, spec.run);
    }
    connect(selection, &AnnotationSelection::changed, this,
            [this](const QString &, const QString &annotationId) {
                if (annotationId.isEmpty() || annotationId != m_lastCurrent)
                    m_movesStart = false;
                m_lastCurrent = annotationId;
            });
}

void AnnotationActions::toggleQuickTag(int index)
{
    const Annotation *current = m_selection->annotation();
    const QStringList tags = m_project ? m_project->tags() : QStringList();
    if (!current) {
        Q_EMIT message(tr("Select an annotation first: click a highlight or a row in the list."), 4000);
        return;
    }
    if (index >= tags.size())
        return;
    const QString &tag = tags.at(index);
    const bool on = !current->tags.contains(tag);
    TagsMenu::setTag(m_project, m_selection, tag, on);
    Q_EMIT message(on ? tr("Tagged “%1”.").arg(tag) : tr("Removed the tag “%1”.").arg(tag), 2500);
}

void AnnotationActions::showTagPalette()
{
    if (m_selection->isEmpty() || !m_project) {
        Q_EMIT message(tr("Select an annotation first: click a highlight or a row in the list."), 4000);
        return;
    }
    if (!m_palette)
        m_palette = new TagPalette(m_project, m_selection, m_window);
    // Beside the highlight when its column shows it, else in the middle of the window.
    QPoint at = m_window->mapToGlobal(m_window->rect().center()) - QPoint(m_palette->width() / 2, m_palette->height() / 2);
    const Annotation *current = m_selection->annotation();
    if (ReviewColumn *column = m_columns->columnFor(m_selection->reviewId()); column && column->isVisible()) {
        const QVector<QRectF> lines = column->view()->rangeRects(current->start, current->end);
        if (!lines.isEmpty() && column->view()->viewport()->rect().contains(lines.constLast().bottomLeft().toPoint()))
            at = column->view()->viewport()->mapToGlobal(lines.constLast().bottomLeft().toPoint() + QPoint(0, 6));
    }
    m_palette->popup(at);
}

void AnnotationActions::returnToText()
{
    ReviewColumn *column = m_selection->isEmpty() ? m_columns->currentColumn() : m_columns->columnFor(m_selection->reviewId());
    if (!column)
        return;
    m_columns->setCurrentReview(column->reviewId());
    ReviewView *view = column->view();
    if (const Annotation *current = m_selection->annotation()) {
        QTextCursor cursor = view->textCursor();
        cursor.setPosition(current->start);
        view->setTextCursor(cursor);
        if (!view->isRangeVisible(current->start, current->end))
            view->revealAnnotation(current->id);
    }
    view->setFocus(Qt::ShortcutFocusReason);
}

void AnnotationActions::moveSpanEnd(int direction, bool byWord)
{
    const Annotation *current = m_selection->annotation();
    const Review *review = m_project ? m_project->findReview(m_selection->reviewId()) : nullptr;
    if (!current || !review) {
        Q_EMIT message(tr("Select an annotation first: click a highlight or a row in the list."), 4000);
        return;
    }
    const QString &text = review->text;
    const int size = int(text.size());
    const auto isWord = [&text](int i) { return text.at(i).isLetterOrNumber(); };
    int start = current->start;
    int end = current->end;
    int &moving = m_movesStart ? start : end;
    // Snapping takes whole words, so a step into a word takes all of it and a step out of one
    // changes nothing until the word is left: go on until the snapped range differs.
    for (;;) {
        if (byWord) {
            // Over the gap, then over the word, as Ctrl+arrows move the caret.
            if (direction > 0) {
                while (moving < size && !isWord(moving))
                    ++moving;
                while (moving < size && isWord(moving))
                    ++moving;
            } else {
                while (moving > 0 && !isWord(moving - 1))
                    --moving;
                while (moving > 0 && isWord(moving - 1))
                    --moving;
            }
        } else {
            moving += direction;
            if (moving > 0 && moving < size && text.at(moving).isLowSurrogate())
                moving += direction;
        }
        if (moving < 0 || moving > size || start >= end)
            return;
        int s = start;
        int e = end;
        if (Anchoring::snapToWords(text, &s, &e) && (s != current->start || e != current->end)) {
            m_project->setAnnotationRange(m_selection->reviewId(), current->id, start, end);
            return;
        }
        if ((direction > 0 && moving >= size) || (direction < 0 && moving <= 0))
            return;
    }
}

QString AnnotationActions::markSelection(Polarity polarity)
{
    ReviewColumn *column = m_columns->currentColumn();
    if (!column || !m_project)
        return {};
    int start = 0;
    int end = 0;
    const QString reviewId = column->reviewId();
    if (!column->view()->selectedRange(&start, &end)) {
        if (m_acceptSuggestion) {
            const QString accepted = m_acceptSuggestion(polarity);
            if (!accepted.isEmpty())
                return accepted;
        }
        if (m_selection->reviewId() == reviewId && !m_selection->isEmpty()) {
            m_project->setAnnotationPolarity(reviewId, m_selection->annotationId(), polarity);
            return m_selection->annotationId();
        }
        Q_EMIT message(tr("Select some text in a review first."), 4000);
        return {};
    }
    const QString id = m_project->addAnnotation(reviewId, start, end, polarity);
    if (id.isEmpty()) {
        Q_EMIT message(tr("The selection holds no words to mark."), 4000);
        return {};
    }
    // The selection would hide the new highlight: the caret goes to its end instead.
    QTextCursor cursor = column->view()->textCursor();
    cursor.clearSelection();
    column->view()->setTextCursor(cursor);
    m_selection->set(reviewId, id);
    return id;
}

void AnnotationActions::updateActions(bool deleteBlocked)
{
    const bool hasReview = m_project && m_project->findReview(m_columns->currentReviewId());
    const bool hasAnnotation = !m_selection->isEmpty();
    m_actions->action(QStringLiteral("actionPraise"))->setEnabled(hasReview);
    m_actions->action(QStringLiteral("actionCriticism"))->setEnabled(hasReview);
    m_actions->action(QStringLiteral("actionNote"))->setEnabled(hasAnnotation);
    m_actions->action(QStringLiteral("actionDeleteAnnotation"))->setEnabled(hasAnnotation && !deleteBlocked);
    for (const char *id : {"actionTagPalette", "actionSpanEndLeft", "actionSpanEndRight", "actionSpanEndWordLeft",
                           "actionSpanEndWordRight", "actionSpanMoveStart", "actionSpanMoveEnd"})
        m_actions->action(QLatin1String(id))->setEnabled(hasAnnotation);
}

} // namespace Revmark
