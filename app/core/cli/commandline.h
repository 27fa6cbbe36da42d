// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace Revmark {

// The command line: which verbs run without a window, running them, and what the window
// should open. One definition of the options serves both, so --help lists everything.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(Revmark::CommandLine)

public:
    enum ExitCode {
        Success = 0,
        SomeFilesFailed = 1, // --new: the project was written, but some files could not be imported
        UsageError = 2,      // unknown option, missing argument
        Failed = 3,          // nothing written: --new imported nothing or could not write the project;
                             // --export-pdf could not read the project or write the PDF;
                             // --summary could not read the project;
                             // --suggest / --grade could import none of the files
        NotAvailable = 4,    // --suggest in a build without KSyntaxHighlighting
    };
    // SomeFilesFailed also means: --suggest / --grade printed the files that could be imported,
    // but not all could.

    // What the window opens: at most one project, and review files to add to it.
    struct OpenRequest
    {
        QString projectFile;
        QStringList reviewFiles;
        // --new-instance: never hand the files to a Revmark already running.
        bool newInstance = false;
    };

    // "Revmark 1.2.3 (Qt 6.4.2)" and a line per optional part ("KSyntaxHighlighting cues:
    // yes"); what --version prints and the About dialog shows.
    static QString versionText();

    // True when the arguments ask for something that needs no window
    // (--version, --help, --new, --export-pdf, --suggest, --grade, --summary, or a usage error).
    static bool isHeadless(const QStringList &arguments);
    // True when a headless verb renders text (--export-pdf): it needs a QGuiApplication (on the
    // offscreen platform when there is no display) instead of a QCoreApplication.
    static bool needsGui(const QStringList &arguments);
    // Runs a headless verb and returns the process exit code. Needs a QCoreApplication, or a
    // QGuiApplication when needsGui().
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
    // Sorts the positional arguments into a project file (*.revmark; without one, the first
    // REFI-QDA project *.qdpx, which the window opens as a new project) and review files (other
    // *.qdpx files among them are imported into the project).
    static OpenRequest openRequest(const QStringList &arguments);
};

} // namespace Revmark
