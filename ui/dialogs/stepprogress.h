// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QPointer>
#include <QString>

class QProgressDialog;
class QWidget;

namespace Revmark {

// Progress for a long job that must stay on the GUI thread (it uses objects that are not
// thread-safe, such as KSyntaxHighlighting's Repository) and is cut into steps: after each step
// the event loop runs, so the window repaints. For the first half second user input waits (a
// wait cursor shows); then a window-modal progress dialog (objectName given) counts the steps
// and can cancel, which keeps the window's own input away while it runs.
class StepProgress
{
public:
    static constexpr int DefaultShowDelay = 500;
    // Tests: 0 shows the dialog after the first step.
    static void setShowDelay(int milliseconds) { s_showDelay = milliseconds; }

    StepProgress(QWidget *parent, const QString &objectName, const QString &title, const QString &label);
    ~StepProgress();
    StepProgress(const StepProgress &) = delete;
    StepProgress &operator=(const StepProgress &) = delete;

    // After step `done` of `total`: returns false once the user cancelled.
    bool step(int done, int total);
    bool wasCanceled() const;
    QProgressDialog *dialog() const;

private:
    QPointer<QProgressDialog> m_dialog;
    QElapsedTimer m_clock;
    bool m_cursor = true;
    static int s_showDelay;
};

} // namespace Revmark
