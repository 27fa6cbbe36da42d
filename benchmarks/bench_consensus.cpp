// SPDX-License-Identifier: GPL-3.0-or-later
// Prints how long the consensus matrix (ConsensusModel) takes to build for a large project and
// to follow one annotation change, undo included. The budget for an update is one frame (16 ms).
// Usage: bench_consensus [reviews] [annotations per review] [updates]
#include "benchutil.h"

#include "compare/consensusmodel.h"
#include "model/qtcompat.h"
#include "project/project.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Revmark;

namespace {

double median(QVector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0.0 : values.at(values.size() / 2);
}

double percentile95(QVector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0.0 : values.at(std::min<qtsize>(values.size() - 1, values.size() * 95 / 100));
}

// Milliseconds of each of `runs` calls of edit on a random annotation.
QVector<double> measure(Project &project, QRandomGenerator &random, int runs,
                        const std::function<void(const QString &, const Annotation &)> &edit)
{
    QVector<double> times;
    times.reserve(runs);
    for (int i = 0; i < runs; ++i) {
        const Review &review = project.review(random.bounded(project.reviewCount()));
        const Annotation annotation = review.annotations.at(random.bounded(int(review.annotations.size())));
        const QString reviewId = review.id;
        QElapsedTimer timer;
        timer.start();
        edit(reviewId, annotation);
        times.append(timer.nsecsElapsed() / 1e6);
    }
    return times;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int reviews = args.size() > 1 ? args.at(1).toInt() : 1000;
    const int perReview = args.size() > 2 ? args.at(2).toInt() : 50;
    const int runs = args.size() > 3 ? args.at(3).toInt() : 301;
    QTextStream out(stdout);

    QRandomGenerator random(10);
    const QStringList tags = Project::defaultTags();
    QVector<Review> content;
    content.reserve(reviews);
    for (int i = 0; i < reviews; ++i)
        content.append(Bench::makeReview(random, i, 400, perReview, tags));

    // The same edits with and without the model: the difference is the model's share.
    Project bare;
    bare.reset(QStringLiteral("Bench"), tags, content);
    Project project;
    project.reset(QStringLiteral("Bench"), tags, content);
    content.clear();

    ConsensusModel model;
    QElapsedTimer timer;
    timer.start();
    model.setProject(&project);
    const double build = timer.nsecsElapsed() / 1e6;
    out << "bench_consensus: " << reviews << " reviews, " << project.annotationCount() << " annotations, "
        << model.aspectCount() << " aspect rows\n";
    out << "  initial build:                        " << QString::number(build, 'f', 1) << " ms\n";

    const auto flip = [](Project *p) {
        return [p](const QString &reviewId, const Annotation &annotation) {
            p->setAnnotationPolarity(reviewId, annotation.id, annotation.polarity == Polarity::Praise
                                                                   ? Polarity::Criticism
                                                                   : Polarity::Praise);
        };
    };
    const auto retag = [&tags](Project *p) {
        return [p, &tags](const QString &reviewId, const Annotation &annotation) {
            p->setAnnotationTags(reviewId, annotation.id, {tags.at(0), tags.at(1)});
        };
    };
    const auto undo = [](Project *p) {
        return [p](const QString &, const Annotation &) { p->undoStack()->undo(); };
    };

    const auto report = [&out](const char *what, const QVector<double> &with, const QVector<double> &without) {
        out << "  " << what << QString(37 - int(qstrlen(what)), QLatin1Char(' ')) << "median "
            << QString::number(median(with), 'f', 3) << " ms, 95th percentile " << QString::number(percentile95(with), 'f', 3)
            << " ms (the edit alone, no model: " << QString::number(median(without), 'f', 3) << " ms)\n";
    };

    QRandomGenerator a(7);
    QRandomGenerator b(7);
    report("polarity change:", measure(project, a, runs, flip(&project)), measure(bare, b, runs, flip(&bare)));
    report("tags change (two tags):", measure(project, a, runs, retag(&project)), measure(bare, b, runs, retag(&bare)));
    report("undo:", measure(project, a, runs, undo(&project)), measure(bare, b, runs, undo(&bare)));

    // What the compare view's chart redraws from, once per burst of changes while it is shown.
    QVector<double> summaryTimes;
    qtsize aspects = 0;
    for (int i = 0; i < 21; ++i) {
        timer.restart();
        aspects = model.summary().aspects.size();
        summaryTimes.append(timer.nsecsElapsed() / 1e6);
    }
    out << "  summary() for the chart:              median " << QString::number(median(summaryTimes), 'f', 2) << " ms ("
        << aspects << " aspects)\n";
    out << "  budget per update: 16 ms; peak memory " << QString::number(Bench::peakMemoryMiB(), 'f', 0) << " MiB\n";
    return 0;
}
