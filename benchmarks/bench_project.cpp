// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark, not a test: generates a project of 1,000 reviews with 50,000 annotations and prints
// the seconds to save it, load it and open it in the main window, and the peak memory.
// Run: build/qt6/bin/bench_project [reviews] [annotations per review]
#include "panels/annotationpanel.h"
#include "benchutil.h"
#include "columns/columnsarea.h"
#include "mainwindow.h"
#include "project/project.h"
#include "project/projectfile.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Revmark;
using Revmark::Bench::peakMemoryMiB;

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("RevmarkBenchmark"));
    const QStringList args = app.arguments();
    const int reviewCount = args.size() > 1 ? args.at(1).toInt() : 1000;
    const int perReview = args.size() > 2 ? args.at(2).toInt() : 50;
    QTextStream out(stdout);

    QRandomGenerator random(20261124);
    ProjectData data;
    data.title = QStringLiteral("Benchmark");
    data.tags = Project::defaultTags();
    for (int r = 0; r < reviewCount; ++r)
        data.reviews.append(Bench::makeReview(random, r, 600, perReview, data.tags));
    out << "generated " << reviewCount << " reviews, " << reviewCount * perReview << " annotations; peak "
        << QString::number(peakMemoryMiB(), 'f', 0) << " MiB so far\n";

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.revmark"));
    Project project;
    project.reset(data.title, data.tags, data.reviews);

    QElapsedTimer timer;
    timer.start();
    QString error;
    if (!ProjectFile::save(project, path, &error)) {
        out << error << "\n";
        return 1;
    }
    const double saveSeconds = timer.nsecsElapsed() / 1e9;
    out << "save:  " << QString::number(saveSeconds, 'f', 3) << " s  (" << QFileInfo(path).size() / (1024 * 1024)
        << " MiB file)\n";
    out.flush();

    timer.restart();
    const ProjectLoadResult loaded = ProjectFile::load(path);
    const double loadSeconds = timer.nsecsElapsed() / 1e9;
    if (!loaded.ok || loaded.data.reviews.size() != reviewCount) {
        out << "load failed: " << loaded.error << "\n";
        return 1;
    }
    out << "load:  " << QString::number(loadSeconds, 'f', 3) << " s\n";
    out.flush();

    timer.restart();
    MainWindow window;
    window.resize(1600, 1000);
    window.show();
    if (!window.openProject(path))
        return 1;
    // Until the columns in sight have laid out their text (they load after their first paint).
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
    const double openSeconds = timer.nsecsElapsed() / 1e9;
    out << "open in main window: " << QString::number(openSeconds, 'f', 3) << " s  ("
        << window.columnsArea()->columnCount() << " columns)\n";
    out << "peak memory: " << QString::number(peakMemoryMiB(), 'f', 0) << " MiB\n";
    return 0;
}
