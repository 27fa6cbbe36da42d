// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/projectfile.h"
#include "project/projectlock.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace Revmark;

class TestProjectLock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secondOpenerIsToldWhoHasIt();
    void lockFileThatCannotBeCreated();
};

// One Revmark holds the project; another (here: a second lock of this process, which QLockFile
// treats like any live process) is told so, and may take it once the first lets go.
void TestProjectLock::secondOpenerIsToldWhoHasIt()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("film.revmark"));
    QVERIFY(!ProjectLock::isHeldElsewhere(path));
    {
        ProjectLock first(path);
        QVERIFY(first.isHeld());
        QVERIFY(first.whyNotHeld().isEmpty());
        QVERIFY(QFile::exists(ProjectFile::lockFilePath(path)));

        ProjectLock second(path);
        QVERIFY(!second.isHeld());
        QVERIFY(second.isHeldElsewhere());
        QVERIFY2(second.whyNotHeld().contains(QString::number(QCoreApplication::applicationPid())),
                 qPrintable(second.whyNotHeld()));
        QVERIFY(ProjectLock::isHeldElsewhere(path));
    }
    QVERIFY(!QFile::exists(ProjectFile::lockFilePath(path)));
    QVERIFY(!ProjectLock::isHeldElsewhere(path));
    ProjectLock again(path);
    QVERIFY(again.isHeld());
}

void TestProjectLock::lockFileThatCannotBeCreated()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no such folder/film.revmark"));
    ProjectLock lock(path);
    QVERIFY(!lock.isHeld());
    QVERIFY(!lock.isHeldElsewhere());
    QVERIFY(lock.whyNotHeld().contains(QStringLiteral("lock file")));
    QVERIFY(!ProjectLock::isHeldElsewhere(path));
}

QTEST_GUILESS_MAIN(TestProjectLock)
#include "tst_projectlock.moc"
