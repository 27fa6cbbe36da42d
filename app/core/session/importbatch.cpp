// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/importbatch.h"

#include "model/logging.h"

#include <QThread>

namespace Revmark {

ImportBatch::ImportBatch(const QStringList &paths, QObject *parent)
    : QObject(parent)
    , m_paths(paths)
    , m_function(&Importer::importFile)
{
}

ImportBatch::~ImportBatch()
{
    if (m_thread) {
        m_cancelled = true;
        m_thread->wait();
        delete m_thread;
    }
}

void ImportBatch::setImportFunction(ImportFunction function)
{
    Q_ASSERT(!m_started);
    m_function = std::move(function);
}

void ImportBatch::start()
{
    Q_ASSERT(!m_started);
    m_started = true;
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("ImportBatch"));
    // QThread::finished is emitted on the worker; the context object queues the slot to ours.
    connect(m_thread, &QThread::finished, this, &ImportBatch::onThreadFinished);
    m_thread->start();
}

void ImportBatch::cancel()
{
    m_cancelled = true;
}

void ImportBatch::run()
{
    const int count = int(m_paths.size());
    for (int i = 0; i < count; ++i) {
        if (m_cancelled.load())
            return;
        const ImportResult result = m_function(m_paths.at(i));
        if (result.ok)
            m_reviews.append(result.review);
        else
            m_errors.append(result.error);
        const int done = i + 1;
        QMetaObject::invokeMethod(
            this, [this, done, count] { Q_EMIT progress(done, count); }, Qt::QueuedConnection);
    }
}

void ImportBatch::onThreadFinished()
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    if (m_cancelled.load()) {
        m_reviews.clear();
        m_errors.clear();
        qCInfo(lcImport) << "import of" << m_paths.size() << "files cancelled";
    }
    m_finished = true;
    Q_EMIT finished();
}

} // namespace Revmark
