// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark, not a test: exports a generated project of 100 reviews with 5,000 annotations to PDF
// and prints the seconds, pages, pages per second and peak memory; then exports the same reviews
// without annotations and prints the ratio, which is the cost of highlights and notes.
// Run: build/qt6/bin/bench_export [reviews] [annotations per review] [words per review]
#include "benchutil.h"
#include "export/pdfexporter.h"
#include "project/project.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace Revmark;
using Revmark::Bench::peakMemoryMiB;

namespace {

struct Run
{
    bool ok = false;
    double seconds = 0;
    int pages = 0;
};

Run exportOnce(const Project &project, const QString &path, QTextStream &out)
{
    Run run;
    ExportOptions options;
    options.pageSize = QPageSize(QPageSize::A4);
    QElapsedTimer timer;
    timer.start();
    QString error;
    run.ok = PdfExporter::exportPdf(project, path, options, [&run](int, int pages) {
        run.pages = pages;
        return true;
    }, &error);
    run.seconds = timer.nsecsElapsed() / 1e9;
    if (!run.ok)
        out << error << "\n";
    return run;
}

void print(QTextStream &out, const char *label, const Run &run, const QString &path)
{
    out << label << QString::number(run.seconds, 'f', 2) << " s, " << run.pages << " pages, "
        << QString::number(run.pages / run.seconds, 'f', 1) << " pages/s, "
        << QString::number(QFileInfo(path).size() / (1024.0 * 1024.0), 'f', 1) << " MiB file; peak memory so far "
        << QString::number(peakMemoryMiB(), 'f', 0) << " MiB\n";
    out.flush();
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int reviewCount = args.size() > 1 ? args.at(1).toInt() : 100;
    const int perReview = args.size() > 2 ? args.at(2).toInt() : 50;
    const int words = args.size() > 3 ? args.at(3).toInt() : 1200;
    QTextStream out(stdout);

    QRandomGenerator random(20261124);
    const QStringList tags = Project::defaultTags();
    QVector<Review> annotated;
    QVector<Review> plain;
    for (int r = 0; r < reviewCount; ++r) {
        const Review review = Bench::makeReview(random, r, words, perReview, tags);
        annotated.append(review);
        plain.append(review);
        plain.last().annotations.clear();
    }
    Project withAnnotations;
    withAnnotations.reset(QStringLiteral("Benchmark"), tags, annotated);
    Project without;
    without.reset(QStringLiteral("Benchmark"), tags, plain);
    out << "generated " << reviewCount << " reviews of " << words << " words, " << withAnnotations.annotationCount()
        << " annotations; peak " << QString::number(peakMemoryMiB(), 'f', 0) << " MiB so far\n";
    out.flush();

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("annotated.pdf"));
    const Run a = exportOnce(withAnnotations, path, out);
    if (!a.ok)
        return 1;
    print(out, "with annotations:    ", a, path);
    const QString plainPath = dir.filePath(QStringLiteral("plain.pdf"));
    const Run b = exportOnce(without, plainPath, out);
    if (!b.ok)
        return 1;
    print(out, "without annotations: ", b, plainPath);
    out << "ratio annotated / plain: " << QString::number(a.seconds / b.seconds, 'f', 2) << "\n";
    return 0;
}
