// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/annotation.h"
#include "model/qtcompat.h"

namespace Revmark {

class Project;

// Replaces an annotation's polarity, tags or note (the whole record, before and after).
// Note edits of the same annotation merge, so typing a note is one undo step.
class ChangeAnnotationCommand : public QUndoCommand
{
public:
    enum class Field { Polarity, Tags, Note };

    ChangeAnnotationCommand(Project *project, const QString &reviewId, const Annotation &before,
                            const Annotation &after, Field field);
    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    Project *m_project;
    QString m_reviewId;
    Annotation m_before;
    Annotation m_after;
    Field m_field;
};

} // namespace Revmark
