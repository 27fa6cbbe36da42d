// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark, not a test: one query over every review of a 1,000-review project (the reviews of
// bench_project: 600 words each, with accents and curly quotes) with ReviewSearch, as the find
// bar runs it on each keystroke. Prints the first query, which folds every text, and later
// queries, which only scan the cached folds. Then the same project in the main window: each
// keystroke typed into the find bar (search, marks and header counts in every column, until the
// event loop is idle) and each step to the next match.
// Run: build/qt6/bin/bench_find [reviews] [words per review]   (offscreen unless QT_QPA_PLATFORM says)
#include "benchutil.h"
#include "columns/columnsarea.h"
#include "columns/findbar.h"
#include "compare/reviewsearch.h"
#include "mainwindow.h"
#include "project/project.h"

#include <QApplication>
#include <QLineEdit>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTextStream>

#include <algorithm>

#include <time.h>

using namespace Revmark;
using Revmark::Bench::peakMemoryMiB;

namespace {

int countMatches(const QVector<ReviewMatches> &all)
{
    int count = 0;
    for (const ReviewMatches &r : all)
        count += int(r.matches.size());
    return count;
}

QString ms(qint64 nanoseconds)
{
    return QString::number(nanoseconds / 1e6, 'f', 2) + QStringLiteral(" ms");
}

// CPU time of this thread: what the query costs, apart from waiting for a busy machine's cores.
qint64 cpuNanoseconds()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
}

// Wall-clock and CPU time of one call.
struct Timing
{
    qint64 wall = 0;
    qint64 cpu = 0;
    QString text() const { return ms(wall) + QStringLiteral(" (CPU ") + ms(cpu) + QLatin1Char(')'); }
};

template<typename F>
Timing timed(F &&f)
{
    QElapsedTimer timer;
    timer.start();
    const qint64 cpu = cpuNanoseconds();
    f();
    return {timer.nsecsElapsed(), cpuNanoseconds() - cpu};
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("RevmarkBenchmark"));
    const QStringList args = app.arguments();
    const int reviewCount = args.size() > 1 ? args.at(1).toInt() : 1000;
    const int words = args.size() > 2 ? args.at(2).toInt() : 600;
    QTextStream out(stdout);

    QRandomGenerator random(20261124);
    const QStringList tags = Project::defaultTags();
    QVector<Review> reviews;
    qint64 characters = 0;
    for (int r = 0; r < reviewCount; ++r) {
        reviews.append(Bench::makeReview(random, r, words, 50, tags));
        characters += reviews.constLast().text.size();
    }
    Project project;
    project.reset(QStringLiteral("Benchmark"), tags, reviews);
    out << reviewCount << " reviews of " << words << " words, " << QString::number(characters / 1e6, 'f', 1)
        << " million UTF-16 units in all; peak " << QString::number(peakMemoryMiB(), 'f', 0) << " MiB\n";

    ReviewSearch search;
    QVector<ReviewMatches> all;
    const Timing first = timed([&] { all = search.findAll(project, QStringLiteral("film")); });
    out << "first query \"film\" (folds every review): " << first.text() << ", " << countMatches(all)
        << " matches; peak " << QString::number(peakMemoryMiB(), 'f', 0) << " MiB\n";
    out.flush();

    struct Query
    {
        const char *label;
        QString text;
        SearchOptions options;
    };
    SearchOptions whole;
    whole.wholeWords = true;
    SearchOptions caseSensitive;
    caseSensitive.caseSensitive = true;
    const QVector<Query> queries = {
        {"\"film\"", QStringLiteral("film"), {}},
        {"\"f\" (first keystroke)", QStringLiteral("f"), {}},
        {"\"e\" (most matches)", QStringLiteral("e"), {}},
        {"\"quietly luminous\"", QStringLiteral("quietly luminous"), {}},
        {"\"cafe\" (finds café)", QStringLiteral("cafe"), {}},
        {"\"soren\" (finds Søren)", QStringLiteral("soren"), {}},
        {"\"\"bold\"\" (finds “bold”)", QStringLiteral("\"bold\""), {}},
        {"\"the\", whole words", QStringLiteral("the"), whole},
        {"\"nowhere-to-be-found\"", QStringLiteral("nowhere-to-be-found"), {}},
    };
    out << "later queries (median of 15 runs):\n";
    for (const Query &query : queries) {
        QVector<Timing> times;
        for (int run = 0; run < 15; ++run)
            times.append(timed([&] { all = search.findAll(project, query.text, query.options); }));
        std::sort(times.begin(), times.end(), [](const Timing &a, const Timing &b) { return a.wall < b.wall; });
        out << "  " << QString::fromUtf8(query.label) << ": " << times.at(times.size() / 2).text() << ", "
            << countMatches(all) << " matches\n";
    }

    const Timing firstCase = timed([&] { all = search.findAll(project, QStringLiteral("Soren"), caseSensitive); });
    out << "first case-sensitive query \"Soren\" (folds again, case kept): " << firstCase.text() << ", "
        << countMatches(all) << " matches\n";
    const Timing laterCase = timed([&] { all = search.findAll(project, QStringLiteral("Soren"), caseSensitive); });
    out << "later case-sensitive query \"Soren\": " << laterCase.text() << "\n";
    out << "peak memory: " << QString::number(peakMemoryMiB(), 'f', 0) << " MiB\n";
    out.flush();

    // The find bar over the columns of the same project.
    MainWindow window;
    window.resize(1600, 1000);
    window.show();
    window.project()->reset(QStringLiteral("Benchmark"), tags, reviews);
    reviews.clear();
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
    auto *bar = window.findChild<FindBar *>(QStringLiteral("findBar"));
    auto *edit = window.findChild<QLineEdit *>(QStringLiteral("findEdit"));
    bar->openBar();
    QCoreApplication::processEvents();
    out << "find bar over " << window.columnsArea()->columnCount() << " columns, typing \"film\":\n";
    QString typed;
    for (const QChar c : QStringLiteral("film")) {
        typed += c;
        const Timing keystroke = timed([&] {
            edit->setText(typed);
            QCoreApplication::processEvents();
        });
        out << "  \"" << typed << "\": " << keystroke.text() << ", " << bar->matchCount() << " matches\n";
    }
    QVector<Timing> steps;
    for (int i = 0; i < 15; ++i)
        steps.append(timed([&] {
            bar->findNext();
            QCoreApplication::processEvents();
        }));
    std::sort(steps.begin(), steps.end(), [](const Timing &a, const Timing &b) { return a.wall < b.wall; });
    out << "  F3 to the next match (median of 15): " << steps.at(steps.size() / 2).text() << "\n";
    const Timing close = timed([&] {
        bar->closeBar();
        QCoreApplication::processEvents();
    });
    out << "  Escape (clears every column): " << close.text() << "\n";
    return 0;
}
