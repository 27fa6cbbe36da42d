// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/annotation.h"
#include "model/grade.h"
#include "model/qtcompat.h"
#include "model/review.h"

#include <QDateTime>
#include <QString>
#include <QVector>

#include <functional>

// Private to the core: Project's undo commands. Nothing outside app/core/project includes this.
namespace Revmark {

// QUndoCommand::id() values; commands with the same id may merge (see mergeWith()).
enum CommandId {
    ChangeAnnotationNoteId = 1,
};

// What a re-anchoring edit changes in one review: its text, annotations and orphans, and where
// the text came from (a re-import may read another file).
struct ReviewContent
{
    QString text;
    QVector<Annotation> annotations;
    QVector<Annotation> orphans;
    QString sourcePath;
    SourceFormat format = SourceFormat::PlainText;
    QDateTime importedAt;
    Grade grade; // re-detected with a new text unless the user corrected it
    QVector<TextRange> setAside; // found again in a new text

    static ReviewContent of(const Review &review)
    {
        return {review.text,   review.annotations, review.orphans, review.sourcePath,
                review.format, review.importedAt,  review.grade,   review.setAside};
    }
};

// Every edit of a Project is one of these: the two directions of the change as functions that
// Project builds in its own members (so they may call its private raw edits, and no command
// class needs to be a friend). Each function holds its state by value, before and after in full;
// QString and QVector share their data, so keeping a whole review's content costs no copy of
// its text. Undo restores exactly what redo replaced.
// A command with a mergeId (CommandId) and a mergeKey merges with the next one of the same id
// and key (consecutive note edits of one annotation become one step): the first command's undo
// and the last one's redo remain.
class ProjectCommand : public QUndoCommand
{
public:
    using Action = std::function<void()>;

    ProjectCommand(const QString &text, Action redo, Action undo, int mergeId = -1, const QString &mergeKey = {});

    void redo() override;
    void undo() override;
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    Action m_redo;
    Action m_undo;
    int m_mergeId;
    QString m_mergeKey;
};

} // namespace Revmark
