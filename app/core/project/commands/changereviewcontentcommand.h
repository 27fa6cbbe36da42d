// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/annotation.h"
#include "model/grade.h"
#include "model/qtcompat.h"
#include "model/review.h"

#include <QDateTime>
#include <QString>
#include <QVector>

namespace Revmark {

class Project;

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

    static ReviewContent of(const Review &review)
    {
        return {review.text,       review.annotations, review.orphans, review.sourcePath,
                review.format,     review.importedAt,  review.grade};
    }
};

// Replaces a review's text, annotations, orphans and source as a whole (a re-import of a newer
// text, placing or deleting an orphan); undo restores the previous content exactly. The caller gives
// the undo text. Both states are kept in full; QString and QVector share their data, so an edit
// that keeps the text costs no copy of it.
class ChangeReviewContentCommand : public QUndoCommand
{
public:
    ChangeReviewContentCommand(Project *project, const QString &reviewId, const ReviewContent &before,
                               const ReviewContent &after, const QString &text);
    void undo() override;
    void redo() override;

private:
    Project *m_project;
    QString m_reviewId;
    ReviewContent m_before;
    ReviewContent m_after;
};

} // namespace Revmark
