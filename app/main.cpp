// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commandline.h"
#include "mainwindow.h"
#include "model/translations.h"
#include "singleinstance.h"

#include <QApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace {

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Revmark"));
    QCoreApplication::setApplicationName(QStringLiteral("Revmark"));
    QCoreApplication::setApplicationVersion(QStringLiteral(REVMARK_VERSION));
}

QStringList argumentsOf(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

} // namespace

int main(int argc, char **argv)
{
    const QStringList arguments = argumentsOf(argc, argv);
    if (Revmark::CommandLine::isHeadless(arguments)) {
        // Command-line verbs run without a display; export renders text, which needs a
        // QGuiApplication, so it gets one on the offscreen platform unless told otherwise.
        std::unique_ptr<QCoreApplication> app;
        if (Revmark::CommandLine::needsGui(arguments)) {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            app.reset(new QGuiApplication(argc, argv));
        } else {
            app.reset(new QCoreApplication(argc, argv));
        }
        setApplicationNames();
        Revmark::Translations::install(*app, Revmark::Translations::languageFromSettings());
        QTextStream out(stdout);
        QTextStream err(stderr);
        return Revmark::CommandLine::run(arguments, out, err);
    }

    QApplication app(argc, argv);
    setApplicationNames();
    Revmark::Translations::install(app, Revmark::Translations::languageFromSettings());
    QApplication::setApplicationDisplayName(QStringLiteral("Revmark"));
    // Lets Wayland compositors match the window to the installed desktop entry and icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.revmark.Revmark"));
    const Revmark::CommandLine::OpenRequest request = Revmark::CommandLine::openRequest(arguments);
    Revmark::SingleInstance instance;
    if (instance.handOver(request))
        return 0; // the running Revmark adds the files
    Revmark::MainWindow window;
    instance.forwardTo(&window);
    window.show();
    window.openStartupFiles(request.projectFile, request.reviewFiles);
    return app.exec();
}
