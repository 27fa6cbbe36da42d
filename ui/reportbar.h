// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>
#include <QPointer>

class QLabel;
class QPushButton;
class QUndoStack;

namespace Revmark {

struct ReimportResult;

// The non-modal bar above the columns that reports a re-import ("sourceReportBar"): its text
// ("sourceReportText"), Undo ("sourceReportUndo", which undoes that re-import only, and only
// while it is the last step), Show Orphans ("sourceReportShowOrphans", when the review has
// orphans) and Close ("sourceReportClose"). Stays until closed or replaced by the next report;
// a failed re-import shows its reason without the buttons.
class ReportBar : public QFrame
{
    Q_OBJECT

public:
    explicit ReportBar(QUndoStack *undoStack, QWidget *parent = nullptr);

    void showReimport(const ReimportResult &result);
    QString reviewId() const { return m_reviewId; }

Q_SIGNALS:
    void showOrphansRequested(const QString &reviewId);

private:
    QPointer<QUndoStack> m_undoStack;
    QLabel *m_text;
    QPushButton *m_undo;
    QPushButton *m_orphans;
    QString m_reviewId;
    // Undo stack index right after the reported re-import; -1 when there is nothing to undo.
    int m_index = -1;
};

} // namespace Revmark
