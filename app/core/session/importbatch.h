// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/importer.h"

#include <QObject>
#include <QStringList>
#include <QVector>

#include <atomic>
#include <functional>

class QThread;

namespace Revmark {

// Imports a list of files off the calling thread, for a window that must keep repainting while
// many files are read, decoded and extracted. The worker thread only reads files and builds
// Review values; nothing here touches a Project: the caller adds reviews() on its own thread,
// in one undo step, once finished() came and the batch was not cancelled.
// Signals are delivered on the thread that owns the batch (the GUI thread). Not restartable.
class ImportBatch : public QObject
{
    Q_OBJECT

public:
    // Must be reentrant: it runs on the worker thread. Importer::importFile by default.
    using ImportFunction = std::function<ImportResult(const QString &path)>;

    explicit ImportBatch(const QStringList &paths, QObject *parent = nullptr);
    // Cancels a running import and waits for the worker to stop.
    ~ImportBatch() override;

    // Before start() only.
    void setImportFunction(ImportFunction function);

    void start();
    // Thread-safe. The worker stops before the next file; the results are then empty and
    // finished() still comes. Cancelling after finished() changes nothing.
    void cancel();

    bool isRunning() const { return m_started && !m_finished; }
    bool isFinished() const { return m_finished; }
    bool isCancelled() const { return m_cancelled.load(); }
    int total() const { return int(m_paths.size()); }

    // Valid after finished(): the reviews imported, in the order of the paths, and one translated
    // error (naming the file and the reason) for each file that could not be imported. Both are
    // empty when the batch was cancelled.
    const QVector<Review> &reviews() const { return m_reviews; }
    const QStringList &errors() const { return m_errors; }

Q_SIGNALS:
    // `done` of `total` files have been read.
    void progress(int done, int total);
    void finished();

private:
    void run();
    void onThreadFinished();

    const QStringList m_paths;
    ImportFunction m_function;
    QThread *m_thread = nullptr;
    std::atomic_bool m_cancelled{false};
    bool m_started = false;
    bool m_finished = false;
    // Written by the worker only while it runs, read by the owner only after it ended.
    QVector<Review> m_reviews;
    QStringList m_errors;
};

} // namespace Revmark
