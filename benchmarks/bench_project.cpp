// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark, not a test: generates a project of 1,000 reviews with 50,000 annotations, then
// measures, each in its own child process and interleaved with the bare Qt floor of the same
// work, and prints the medians, the ratios and the peak memory of:
//   load:  ProjectFile::load     vs reading the file + QJsonDocument::fromJson, touching every annotation
//   open:  MainWindow::openProject to the first painted window
//                                vs a bare QMainWindow showing one review in a QTextEdit
//   save:  ProjectFile::save     vs QJsonDocument::toJson of the same document
// Run: build/qt6/bin/bench_project [reviews] [annotations per review] [runs]
// Profile one step: REVMARK_BENCH_FILE=/tmp/p.revmark bench_project 1000 50 0, then
// perf record build/qt6/bin/bench_project --child load /tmp/p.revmark
#include "benchrunner.h"
#include "benchutil.h"
#include "columns/columnsarea.h"
#include "mainwindow.h"
#include "project/project.h"
#include "project/projectfile.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMainWindow>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QTextStream>

using namespace Revmark;
using Revmark::Bench::peakMemoryMiB;

namespace {

// Counts paint events anywhere in the application.
class PaintCounter : public QObject
{
public:
    int paints = 0;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return QObject::eventFilter(watched, event);
    }
};

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Everything an annotation holds, touched so that a lazy parser could not skip it.
qint64 touch(const QJsonDocument &document)
{
    qint64 sum = 0;
    const QJsonArray reviews = document.object().value(QLatin1String("reviews")).toArray();
    for (const QJsonValue &review : reviews) {
        const QJsonObject r = review.toObject();
        sum += r.value(QLatin1String("text")).toString().size();
        for (const QJsonValue &value : r.value(QLatin1String("annotations")).toArray()) {
            const QJsonObject a = value.toObject();
            for (auto it = a.begin(); it != a.end(); ++it)
                sum += it.value().isString() ? it.value().toString().size() : 1;
            const QJsonObject quote = a.value(QLatin1String("quote")).toObject();
            for (auto it = quote.begin(); it != quote.end(); ++it)
                sum += it.value().toString().size();
        }
    }
    return sum;
}

// Shows the window and waits for its first paint after the content was set.
void waitForPaint(QWidget *window, PaintCounter *counter)
{
    counter->paints = 0;
    window->show();
    while (counter->paints == 0)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    // As a user would see it: the columns in sight laid out and painted.
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
}

// One step, in this (child) process; returns the seconds it took.
double runStep(const QString &step, const QString &path, QTextStream &out)
{
    QElapsedTimer timer;
    if (step == QLatin1String("load")) {
        timer.start();
        const ProjectLoadResult loaded = ProjectFile::load(path);
        const double s = timer.nsecsElapsed() / 1e9;
        return loaded.ok ? s : -1;
    }
    if (step == QLatin1String("load-floor")) {
        timer.start();
        const QJsonDocument document = QJsonDocument::fromJson(readAll(path));
        const qint64 sum = touch(document);
        const double s = timer.nsecsElapsed() / 1e9;
        return sum > 0 ? s : -1;
    }
    if (step == QLatin1String("save")) {
        const ProjectLoadResult loaded = ProjectFile::load(path);
        QTemporaryDir dir;
        timer.start();
        QString error;
        const bool ok = ProjectFile::save(loaded.data, dir.filePath(QStringLiteral("saved.revmark")), false, &error);
        const double s = timer.nsecsElapsed() / 1e9;
        return ok ? s : -1;
    }
    if (step == QLatin1String("save-floor")) {
        const QJsonDocument document = QJsonDocument::fromJson(readAll(path));
        timer.start();
        const QByteArray bytes = document.toJson(QJsonDocument::Indented);
        const double s = timer.nsecsElapsed() / 1e9;
        return bytes.size() > 0 ? s : -1;
    }
    PaintCounter counter;
    qApp->installEventFilter(&counter);
    if (step == QLatin1String("window")) {
        timer.start();
        MainWindow window;
        window.resize(1600, 1000);
        if (!window.openProject(path))
            return -1;
        waitForPaint(&window, &counter);
        const double s = timer.nsecsElapsed() / 1e9;
        out << window.columnsArea()->columnCount() << " columns\n";
        return s;
    }
    if (step == QLatin1String("window-floor")) {
        timer.start();
        const QJsonDocument document = QJsonDocument::fromJson(readAll(path));
        QMainWindow window;
        window.resize(1600, 1000);
        auto *view = new QTextEdit(&window);
        view->setReadOnly(true);
        window.setCentralWidget(view);
        view->setPlainText(
            document.object().value(QLatin1String("reviews")).toArray().at(0).toObject().value(QLatin1String("text")).toString());
        waitForPaint(&window, &counter);
        return timer.nsecsElapsed() / 1e9;
    }
    return -1;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("RevmarkBenchmark"));
    const QStringList args = app.arguments();
    QTextStream out(stdout);

    if (args.size() == 4 && args.at(1) == QLatin1String("--child")) {
        const double seconds = runStep(args.at(2), args.at(3), out);
        if (seconds < 0)
            return 1;
        out << seconds << ' ' << peakMemoryMiB() << '\n';
        return 0;
    }

    const int reviewCount = args.size() > 1 ? args.at(1).toInt() : 1000;
    const int perReview = args.size() > 2 ? args.at(2).toInt() : 50;
    const int runs = args.size() > 3 ? args.at(3).toInt() : 9;
    QRandomGenerator random(20261124);
    ProjectData data;
    data.title = QStringLiteral("Benchmark");
    data.tags = Project::defaultTags();
    for (int r = 0; r < reviewCount; ++r)
        data.reviews.append(Bench::makeReview(random, r, 600, perReview, data.tags));
    QTemporaryDir dir;
    // REVMARK_BENCH_FILE keeps the project, for a profiler: bench_project --child load <file>
    const QString path = qEnvironmentVariableIsSet("REVMARK_BENCH_FILE") ? qEnvironmentVariable("REVMARK_BENCH_FILE")
                                                                         : dir.filePath(QStringLiteral("bench.revmark"));
    QString error;
    if (!ProjectFile::save(data, path, false, &error)) {
        out << error << "\n";
        return 1;
    }
    data = {};
    out << "project of " << reviewCount << " reviews, " << reviewCount * perReview << " annotations, "
        << QFileInfo(path).size() / (1024 * 1024) << " MiB file\n";
    out.flush();

    const auto step = [&path](const char *name) { return QStringList{QStringLiteral("--child"), QLatin1String(name), path}; };
    Bench::compare(out, QStringLiteral("load"), step("load"), step("load-floor"), runs);
    Bench::compare(out, QStringLiteral("open in window"), step("window"), step("window-floor"), runs);
    Bench::compare(out, QStringLiteral("save"), step("save"), step("save-floor"), runs);
    return 0;
}
