// SPDX-License-Identifier: GPL-3.0-or-later
// Saving survives SIGKILL: a child process saves successive versions of a project (with a
// backup) and autosaves on top of each; it is killed after a random number of completed saves,
// and the project file, its backup and the recovery file must each be a whole version.
#include "crashsaverdata.h"
#include "project/projectfile.h"
#include "project/recoverystore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace Revmark;
using Revmark::Test::crashVersion;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray("<unreadable>");
    return file.readAll();
}

// Which of the candidate versions bytes is, or -1.
int versionOf(const QByteArray &bytes, const QVector<int> &candidates, bool autosave)
{
    for (int v : candidates) {
        if (bytes == ProjectFile::serialize(crashVersion(v, autosave)))
            return v;
    }
    return -1;
}

} // namespace

class TestCrashSave : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedWhileSaving();
};

void TestCrashSave::killedWhileSaving()
{
#ifndef Q_OS_UNIX
    QSKIP("Needs SIGKILL");
#endif
    const quint32 seed = qEnvironmentVariableIsSet("REVMARK_CRASH_SEED")
        ? quint32(qEnvironmentVariableIntValue("REVMARK_CRASH_SEED"))
        : QRandomGenerator::global()->generate();
    qInfo("Seed %u (set REVMARK_CRASH_SEED to repeat)", seed);
    QRandomGenerator random(seed);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("crash.revmark"));
    const QString recoveryDir = dir.filePath(QStringLiteral("recovery"));
    QString error;
    // Twice, so there is a backup from the start.
    QVERIFY2(ProjectFile::save(crashVersion(0, false), path, true, &error), qPrintable(error));
    QVERIFY2(ProjectFile::save(crashVersion(0, false), path, true, &error), qPrintable(error));
    int current = 0; // the version the project file holds
    int killedMidSave = 0;

    const int Kills = 25;
    for (int round = 0; round < Kills; ++round) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QStringLiteral(REVMARK_CRASHSAVER),
                    {path, recoveryDir, QString::number(current), QStringLiteral("100000")});
        QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));
        // Kill after a random number of lines, "saving N" or "saved N", so the kill lands in the
        // backup copy, the project write, the autosave or between them.
        const int wanted = int(random.bounded(1, 12));
        int last = current; // the last version the child reported saved
        bool midSave = false;
        for (int seen = 0; seen < wanted;) {
            if (!child.canReadLine())
                QVERIFY2(child.waitForReadyRead(60000), "the child stopped reporting saves");
            while (seen < wanted && child.canReadLine()) {
                const QByteArray line = child.readLine().trimmed();
                midSave = line.startsWith("saving ");
                if (line.startsWith("saved "))
                    last = line.mid(6).toInt();
                else
                    QVERIFY2(midSave, line.constData());
                ++seen;
            }
        }
        child.kill();
        QVERIFY(child.waitForFinished());
        if (midSave)
            ++killedMidSave;
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        QVERIFY(last >= current);
        // The project file: the last reported version or the one being written, whole.
        const QByteArray bytes = readAll(path);
        const int now = versionOf(bytes, {last, last + 1}, false);
        QVERIFY2(now >= 0, qPrintable(QStringLiteral("round %1: the project file is neither version %2 nor %3")
                                          .arg(round)
                                          .arg(last)
                                          .arg(last + 1)));
        const ProjectLoadResult loaded = ProjectFile::load(path);
        QVERIFY2(loaded.ok, qPrintable(loaded.error));
        QVERIFY(loaded.warnings.isEmpty());

        // The backup: the version before, or the current one when the kill came between
        // copying it and writing the next.
        const QByteArray backup = readAll(ProjectFile::backupPath(path));
        QVERIFY2(versionOf(backup, {now - 1, now}, false) >= 0,
                 qPrintable(QStringLiteral("round %1: the backup is not version %2 or %3").arg(round).arg(now - 1).arg(now)));
        QVERIFY(ProjectFile::load(ProjectFile::backupPath(path)).ok);

        // Recovery offers the dead child's autosave: the last reported round's or the next one's.
        RecoveryStore store(recoveryDir);
        const QVector<RecoveryEntry> entries = store.abandonedEntries();
        // Killed before its first round completed, the child may not have autosaved yet.
        const bool savedThisRound = last > current;
        current = now;
        if (!savedThisRound && entries.isEmpty())
            continue;
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.at(0).projectPath, QFileInfo(path).absoluteFilePath());
        const ProjectLoadResult recovered = RecoveryStore::load(entries.at(0));
        QVERIFY2(recovered.ok, qPrintable(recovered.error));
        const int autosaved = versionOf(ProjectFile::serialize(recovered.data), {last, last + 1}, true);
        QVERIFY2(autosaved >= 0, qPrintable(QStringLiteral("round %1: the recovery is not autosave %2 or %3")
                                                .arg(round)
                                                .arg(last)
                                                .arg(last + 1)));
        QVERIFY(RecoveryStore::summarize(entries.at(0), recovered.data).hasChanges());
        QVERIFY(store.discard(entries.at(0).key));
        QVERIFY(store.abandonedEntries().isEmpty());
    }
    qInfo("%d kills, %d of them after \"saving\" (inside a round of saves); last version %d", Kills,
          killedMidSave, current);
}

QTEST_GUILESS_MAIN(TestCrashSave)
#include "tst_crashsave.moc"
