// SPDX-License-Identifier: GPL-3.0-or-later
#include "importjob.h"

#include <QApplication>
#include <QEventLoop>
#include <QProgressDialog>
#include <QTimer>

namespace Revmark {

namespace {

ImportBatch::ImportFunction &testImportFunction()
{
    static ImportBatch::ImportFunction function;
    return function;
}

} // namespace

int ImportJob::s_active = 0;

ImportJob::ImportJob(const QStringList &paths, QWidget *window)
    : m_batch(new ImportBatch(paths, this))
    , m_window(window)
{
    if (testImportFunction())
        m_batch->setImportFunction(testImportFunction());
}

ImportJob::~ImportJob()
{
    delete m_dialog;
}

void ImportJob::setImportFunctionForTests(ImportBatch::ImportFunction function)
{
    testImportFunction() = std::move(function);
}

bool ImportJob::exec()
{
    ++s_active;
    QEventLoop loop;
    connect(m_batch, &ImportBatch::finished, &loop, &QEventLoop::quit);
    QTimer showTimer;
    showTimer.setSingleShot(true);
    connect(&showTimer, &QTimer::timeout, &loop, &QEventLoop::quit);
    connect(m_batch, &ImportBatch::progress, this, [this](int done) {
        m_done = done;
        if (m_dialog)
            m_dialog->setValue(done);
    });
    m_batch->start();

    // Most imports end within the delay: no dialog flickers up, and clicks and keys wait (the
    // window still repaints) so nothing edits the project meanwhile.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    showTimer.start(ShowDelay);
    if (!m_batch->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    QApplication::restoreOverrideCursor();

    if (!m_batch->isFinished()) {
        // From here the modal dialog keeps the window's input away, and its Cancel works.
        showProgress();
        loop.exec();
    }
    if (m_dialog && !m_batch->isCancelled() && !m_batch->reviews().isEmpty()) {
        // Adding the columns takes a while for many reviews and cannot be cancelled: say so
        // (the dialog goes with the job, after the caller has added them).
        m_dialog->setLabelText(tr("Adding %n review(s)…", nullptr, int(m_batch->reviews().size())));
        m_dialog->setCancelButton(nullptr);
        m_dialog->repaint();
    } else if (m_dialog) {
        m_dialog->hide();
    }
    --s_active;
    return !m_batch->isCancelled();
}

void ImportJob::showProgress()
{
    m_dialog = new QProgressDialog(m_window);
    m_dialog->setObjectName(QStringLiteral("importProgress"));
    m_dialog->setWindowTitle(tr("Add Reviews"));
    m_dialog->setLabelText(tr("Reading %n review file(s)…", nullptr, m_batch->total()));
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumDuration(0);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    m_dialog->setRange(0, m_batch->total());
    m_dialog->setValue(m_done);
    connect(m_dialog, &QProgressDialog::canceled, m_batch, [this] {
        m_dialog->setLabelText(tr("Cancelling…"));
        m_batch->cancel();
    });
    m_dialog->show();
}

} // namespace Revmark
