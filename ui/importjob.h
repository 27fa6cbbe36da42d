// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/importbatch.h"

#include <QObject>
#include <QPointer>

class QProgressDialog;
class QWidget;

namespace Revmark {

// Adding review files from the window: the files are read, decoded and extracted off the GUI
// thread (ImportBatch) while the window keeps repainting. After ShowDelay ms a window-modal
// progress dialog ("importProgress") counts the files and can cancel; until then user input is
// held back (a wait cursor shows), so nothing can change the project while it runs.
// The job never touches the project: the caller adds reviews() (one undo step) after exec().
class ImportJob : public QObject
{
    Q_OBJECT

public:
    static constexpr int ShowDelay = 500;

    ImportJob(const QStringList &paths, QWidget *window);
    ~ImportJob() override;

    // Runs the import to its end in a local event loop. Returns false when the user cancelled
    // (reviews() and errors() are then empty). A progress dialog on show stays, saying the
    // reviews are being added, until the job is destroyed.
    bool exec();
    const QVector<Review> &reviews() const { return m_batch->reviews(); }
    const QStringList &errors() const { return m_batch->errors(); }

    // Whether a job is running in this process (a second request should wait for it).
    static bool isActive() { return s_active > 0; }
    // Tests only: reads each file instead of Importer::importFile (on the worker thread);
    // an empty function restores the default.
    static void setImportFunctionForTests(ImportBatch::ImportFunction function);

private:
    void showProgress();

    ImportBatch *m_batch;
    QPointer<QWidget> m_window;
    QProgressDialog *m_dialog = nullptr;
    int m_done = 0;
    static int s_active;
};

} // namespace Revmark
