// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/commandline.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

class QLocalServer;
class QTimer;

namespace Revmark {

class MainWindow;

// One Revmark per user receives the review files opened from a file manager or the command line:
// the first window listens on a local socket named per user (serverName()); a later
// `revmark a.txt b.md` hands its files over (sendToRunning()) and exits, and the running window
// adds them to its project. `--new-instance` skips the handing over (main.cpp).
// Protocol: the client writes one QDataStream (Qt 5.15 format) QStringList of absolute paths;
// the server answers one byte, 1, once it has queued them.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    // serverName: a socket path or name; empty means defaultServerName().
    explicit SingleInstance(const QString &serverName = QString(), QObject *parent = nullptr);
    ~SingleInstance() override;

    // In the user's runtime folder ($XDG_RUNTIME_DIR/revmark-instance), else a name with the
    // user's name in the temporary folder.
    static QString defaultServerName();
    QString serverName() const { return m_name; }

    // Starts listening; false when another Revmark already does. A socket left behind by a
    // Revmark that crashed is removed and taken over.
    bool listen();
    bool isListening() const;

    // Hands the files (made absolute against the current folder) to the Revmark listening on
    // serverName; true once it acknowledged them. Blocks for at most timeoutMs.
    static bool sendToRunning(const QStringList &files, const QString &serverName = QString(),
                              int timeoutMs = 3000);

    // What start-up does: unless request asks for a new instance or names a project, its review
    // files go to a running Revmark and this returns true (the caller exits). Otherwise this
    // one listens (when no other does) and false is returned.
    bool handOver(const CommandLine::OpenRequest &request);

    // Adds the files received to window's project (MainWindow::addReviewFiles) and raises it;
    // while an import runs or a modal dialog is open they wait and are added afterwards.
    void forwardTo(MainWindow *window);

Q_SIGNALS:
    void filesReceived(const QStringList &paths);

private:
    void onNewConnection();
    void deliverPending();

    QString m_name;
    QLocalServer *m_server = nullptr;
    QPointer<MainWindow> m_window;
    QTimer *m_retry = nullptr;
    QStringList m_pending;
};

} // namespace Revmark
