// SPDX-License-Identifier: GPL-3.0-or-later
// Child process of tst_crashsave: saves successive versions of a project (with a backup of the
// previous one) and autosaves unsaved edits on top of each to a recovery store, printing
// "saving N" before and "saved N" after each round, until it is killed.
// Usage: crashsaver <project file> <recovery folder> <first version - 1> <rounds>
#include "crashsaverdata.h"
#include "project/recoverystore.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 5) {
        std::fprintf(stderr, "usage: crashsaver <project> <recovery folder> <from> <rounds>\n");
        return 2;
    }
    const QString path = args.at(1);
    Revmark::RecoveryStore store(args.at(2));
    const QString key = Revmark::RecoveryStore::newKey(path);
    const int from = args.at(3).toInt();
    const int rounds = args.at(4).toInt();
    for (int version = from + 1; version <= from + rounds; ++version) {
        std::printf("saving %d\n", version);
        std::fflush(stdout);
        QString error;
        if (!Revmark::ProjectFile::save(Revmark::Test::crashVersion(version, false), path, true, &error)
            || !store.write(key, Revmark::Test::crashVersion(version, true), path, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        std::printf("saved %d\n", version);
        std::fflush(stdout);
    }
    return 0;
}
