// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/commands/changeannotationcommand.h"

#include "project/commands/commandids.h"
#include "project/project.h"

#include <QCoreApplication>

namespace Revmark {

ChangeAnnotationCommand::ChangeAnnotationCommand(Project *project, const QString &reviewId,
                                                 const Annotation &before, const Annotation &after, Field field)
    : m_project(project)
    , m_reviewId(reviewId)
    , m_before(before)
    , m_after(after)
    , m_field(field)
{
    switch (field) {
    case Field::Polarity:
        setText(after.polarity == Polarity::Praise
                    ? QCoreApplication::translate("Revmark::Commands", "Relabel as Praise")
                    : QCoreApplication::translate("Revmark::Commands", "Relabel as Criticism"));
        break;
    case Field::Tags:
        setText(QCoreApplication::translate("Revmark::Commands", "Change Tags"));
        break;
    case Field::Note:
        setText(QCoreApplication::translate("Revmark::Commands", "Edit Note"));
        break;
    }
}

void ChangeAnnotationCommand::redo()
{
    m_project->replaceAnnotationRaw(m_reviewId, m_after);
}

void ChangeAnnotationCommand::undo()
{
    m_project->replaceAnnotationRaw(m_reviewId, m_before);
}

int ChangeAnnotationCommand::id() const
{
    return m_field == Field::Note ? ChangeAnnotationNoteId : -1;
}

bool ChangeAnnotationCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const ChangeAnnotationCommand *>(other);
    if (next->m_reviewId != m_reviewId || next->m_after.id != m_after.id)
        return false;
    m_after = next->m_after;
    return true;
}

} // namespace Revmark
