// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/stepprogress.h"

#include <QApplication>
#include <QProgressDialog>

namespace Revmark {

int StepProgress::s_showDelay = StepProgress::DefaultShowDelay;

StepProgress::StepProgress(QWidget *parent, const QString &objectName, const QString &title, const QString &label)
    : m_dialog(new QProgressDialog(label, QCoreApplication::translate("Revmark::StepProgress", "Cancel"), 0, 0, parent))
{
    m_dialog->setObjectName(objectName);
    m_dialog->setWindowTitle(title);
    m_dialog->setWindowModality(Qt::WindowModal);
    // Shown by step() once the delay has passed, not by its own timer while input is held back.
    m_dialog->setMinimumDuration(24 * 3600 * 1000);
    m_dialog->setAutoReset(false);
    m_dialog->setAutoClose(false);
    m_clock.start();
    QApplication::setOverrideCursor(Qt::WaitCursor);
}

StepProgress::~StepProgress()
{
    if (m_cursor)
        QApplication::restoreOverrideCursor();
    delete m_dialog;
}

bool StepProgress::step(int done, int total)
{
    if (!m_dialog)
        return false;
    if (m_dialog->maximum() != total)
        m_dialog->setMaximum(total);
    m_dialog->setValue(done);
    if (!m_dialog->isVisible() && m_clock.elapsed() >= s_showDelay && done < total) {
        QApplication::restoreOverrideCursor();
        m_cursor = false;
        m_dialog->show();
    }
    // Until the modal dialog is up, clicks and keys would reach the window (and could change
    // what the job works on): they wait.
    QCoreApplication::processEvents(m_dialog->isVisible() ? QEventLoop::AllEvents
                                                          : QEventLoop::ExcludeUserInputEvents);
    return !wasCanceled();
}

bool StepProgress::wasCanceled() const
{
    return !m_dialog || m_dialog->wasCanceled();
}

QProgressDialog *StepProgress::dialog() const
{
    return m_dialog;
}

} // namespace Revmark
