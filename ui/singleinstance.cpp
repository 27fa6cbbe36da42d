// SPDX-License-Identifier: GPL-3.0-or-later
#include "singleinstance.h"

#include "importjob.h"
#include "mainwindow.h"
#include "model/logging.h"

#include <QApplication>
#include <QDataStream>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QTimer>
#include <QtEndian>

#include <utility>

namespace Revmark {

namespace {

constexpr int StreamVersion = QDataStream::Qt_5_15;
// A list of paths larger than this is not a request from Revmark.
constexpr qint64 MaxMessageSize = 16 * 1024 * 1024;

} // namespace

SingleInstance::SingleInstance(const QString &serverName, QObject *parent)
    : QObject(parent)
    , m_name(serverName.isEmpty() ? defaultServerName() : serverName)
{
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::defaultServerName()
{
    // The runtime folder is the user's own (mode 0700), so no other user can connect or squat.
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty() && QFileInfo(runtime).isDir())
        return QDir(runtime).filePath(QStringLiteral("revmark-instance"));
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return QStringLiteral("revmark-instance-") + user;
}

bool SingleInstance::listen()
{
    if (isListening())
        return true;
    // Ask first: with UserAccessOption, Qt makes the socket elsewhere and renames it into place,
    // which would silently take the name from a running Revmark.
    {
        QLocalSocket probe;
        probe.connectToServer(m_name);
        if (probe.waitForConnected(1000)) {
            probe.disconnectFromServer();
            return false;
        }
    }
    // Nobody answers: a socket file left by a Revmark that crashed, or none.
    QLocalServer::removeServer(m_name);
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name)) {
        qCWarning(lcSession) << "cannot listen for other Revmarks on" << m_name << m_server->errorString();
        delete m_server;
        m_server = nullptr;
        return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
    return true;
}

bool SingleInstance::isListening() const
{
    return m_server && m_server->isListening();
}

bool SingleInstance::sendToRunning(const QStringList &files, const QString &serverName, int timeoutMs)
{
    QStringList absolute;
    for (const QString &file : files)
        absolute.append(QFileInfo(file).absoluteFilePath());
    QLocalSocket socket;
    socket.connectToServer(serverName.isEmpty() ? defaultServerName() : serverName);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    QByteArray message;
    {
        QDataStream stream(&message, QIODevice::WriteOnly);
        stream.setVersion(StreamVersion);
        stream << absolute;
    }
    QByteArray framed;
    {
        QDataStream stream(&framed, QIODevice::WriteOnly);
        stream.setVersion(StreamVersion);
        stream << message;
    }
    socket.write(framed);
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    // The answer says the files are with the running Revmark; without it, open a window here.
    while (socket.bytesAvailable() < 1) {
        if (!socket.waitForReadyRead(timeoutMs))
            return false;
    }
    return socket.read(1) == QByteArrayLiteral("\x01");
}

bool SingleInstance::handOver(const CommandLine::OpenRequest &request)
{
    if (!request.newInstance && request.projectFile.isEmpty() && !request.reviewFiles.isEmpty()
        && sendToRunning(request.reviewFiles, m_name))
        return true;
    listen();
    return false;
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            QDataStream stream(socket);
            stream.setVersion(StreamVersion);
            if (socket->bytesAvailable() >= 4) {
                // The frame's length comes first; refuse what no Revmark would send.
                quint32 length = 0;
                if (socket->peek(reinterpret_cast<char *>(&length), 4) == 4) {
                    length = qFromBigEndian(length);
                    if (length != 0xFFFFFFFFu && length > MaxMessageSize) {
                        socket->abort();
                        return;
                    }
                }
            }
            stream.startTransaction();
            QByteArray message;
            stream >> message;
            if (!stream.commitTransaction())
                return; // more to come
            QDataStream inner(message);
            inner.setVersion(StreamVersion);
            QStringList paths;
            inner >> paths;
            if (inner.status() != QDataStream::Ok) {
                socket->abort();
                return;
            }
            socket->write(QByteArrayLiteral("\x01"));
            socket->flush();
            qCInfo(lcSession) << "received" << paths.size() << "files from another Revmark";
            if (!paths.isEmpty())
                Q_EMIT filesReceived(paths);
        });
    }
}

void SingleInstance::forwardTo(MainWindow *window)
{
    m_window = window;
    if (!m_retry) {
        m_retry = new QTimer(this);
        m_retry->setSingleShot(true);
        m_retry->setInterval(250);
        connect(m_retry, &QTimer::timeout, this, &SingleInstance::deliverPending);
        connect(this, &SingleInstance::filesReceived, this, [this](const QStringList &paths) {
            m_pending += paths;
            // Not from inside the socket's signal: the import runs an event loop of its own.
            QTimer::singleShot(0, this, &SingleInstance::deliverPending);
        });
    }
}

void SingleInstance::deliverPending()
{
    if (!m_window || m_pending.isEmpty())
        return;
    if (ImportJob::isActive() || QApplication::activeModalWidget()) {
        m_retry->start();
        return;
    }
    const QStringList paths = std::exchange(m_pending, {});
    if (m_window->isMinimized())
        m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
    m_window->addReviewFiles(paths);
}

} // namespace Revmark
