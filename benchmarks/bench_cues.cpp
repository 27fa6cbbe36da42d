// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark, not a test: prints the seconds for cue detection (KSyntaxHighlighting over the
// built-in cue set), suggestion scoring and grade finding on one long review (about 1 MB of
// text) and on 1,000 reviews of 600 words; then detection in seconds per MB next to the floor:
// KSyntaxHighlighting highlighting the same long text with a stock definition (Markdown) that
// does nothing with the results. Seconds are wall-clock and CPU time of this process.
// Run: build/qt5/bin/bench_cues [megabytes] [reviews]
#include "benchutil.h"
#include "cues/cuedetector.h"
#include "cues/suggester.h"
#include "model/grade.h"

#include "cues/cuerepository.h"

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTextStream>

#include <functional>

#include <ctime>

using namespace Revmark;

namespace {

struct Times
{
    double detect = 0;
    double suggest = 0;
    double grade = 0;
    qsizetype cues = 0;
    qsizetype suggestions = 0;
};

Times measure(const CueDetector &detector, const QVector<QString> &texts)
{
    Times t;
    QElapsedTimer timer;
    for (const QString &text : texts) {
        timer.start();
        const QVector<Cue> cues = detector.detect(text);
        t.detect += timer.nsecsElapsed() / 1e9;
        timer.start();
        const QVector<Suggestion> suggestions = Suggester::suggest(text, cues);
        t.suggest += timer.nsecsElapsed() / 1e9;
        timer.start();
        GradeParser::find(text);
        t.grade += timer.nsecsElapsed() / 1e9;
        t.cues += cues.size();
        t.suggestions += suggestions.size();
    }
    return t;
}

void print(QTextStream &out, const QString &what, const Times &t)
{
    out << what << ": detect " << QString::number(t.detect, 'f', 3) << " s, suggest "
        << QString::number(t.suggest, 'f', 3) << " s, grade " << QString::number(t.grade, 'f', 3) << " s ("
        << t.cues << " cues, " << t.suggestions << " suggestions)\n";
    out.flush();
}

// Highlights line by line and drops the formats: the cost of KSyntaxHighlighting alone.
class NullHighlighter : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    void run(const QString &text)
    {
        KSyntaxHighlighting::State state;
        const QStringView view(text);
        int lineStart = 0;
        while (lineStart <= text.size()) {
            int lineEnd = int(text.indexOf(QLatin1Char('\n'), lineStart));
            if (lineEnd < 0)
                lineEnd = int(text.size());
            state = highlightLine(view.mid(lineStart, lineEnd - lineStart), state);
            lineStart = lineEnd + 1;
        }
    }

protected:
    void applyFormat(int, int, const KSyntaxHighlighting::Format &) override {}
};

double cpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

// Best of three runs: wall and CPU seconds per MB of UTF-8.
void perMegabyte(QTextStream &out, const QString &what, const QString &text, const std::function<void()> &run)
{
    const double megabytes = double(text.toUtf8().size()) / (1024.0 * 1024.0);
    double wall = 1e9;
    double cpu = 1e9;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer timer;
        timer.start();
        const double c0 = cpuSeconds();
        run();
        cpu = std::min(cpu, cpuSeconds() - c0);
        wall = std::min(wall, timer.nsecsElapsed() / 1e9);
    }
    out << what << ": " << QString::number(wall / megabytes, 'f', 3) << " s/MB (CPU "
        << QString::number(cpu / megabytes, 'f', 3) << " s/MB)\n";
    out.flush();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const double megabytes = args.size() > 1 ? args.at(1).toDouble() : 1.0;
    const int reviewCount = args.size() > 2 ? args.at(2).toInt() : 1000;
    QTextStream out(stdout);

    QRandomGenerator random(20261124);
    QString longText;
    while (longText.toUtf8().size() < megabytes * 1024 * 1024)
        longText += Bench::makeText(random, 20000);
    QVector<QString> reviews;
    for (int i = 0; i < reviewCount; ++i)
        reviews.append(Bench::makeText(random, 600));

    QElapsedTimer timer;
    timer.start();
    const CueDetector detector;
    if (!detector.isValid()) {
        out << "the built-in cue set is missing\n";
        return 1;
    }
    detector.detect(QStringLiteral("warm-up: loads the definition"));
    out << "load cue set: " << QString::number(timer.nsecsElapsed() / 1e9, 'f', 3) << " s\n";
    print(out, QStringLiteral("one review of %1 MB (%2 characters)").arg(megabytes).arg(longText.size()),
          measure(detector, {longText}));
    print(out, QStringLiteral("%1 reviews of 600 words").arg(reviewCount), measure(detector, reviews));
    perMegabyte(out, QStringLiteral("cue detection, built-in cue set"), longText, [&] { detector.detect(longText); });
    const KSyntaxHighlighting::Definition floor = CueRepository::repository().definitionForName(QStringLiteral("Markdown"));
    if (floor.isValid()) {
        NullHighlighter highlighter;
        highlighter.setDefinition(floor);
        highlighter.run(QStringLiteral("warm-up"));
        perMegabyte(out, QStringLiteral("floor: KSyntaxHighlighting with its Markdown definition"), longText,
                    [&] { highlighter.run(longText); });
    }
    out << "peak memory " << QString::number(Bench::peakMemoryMiB(), 'f', 0) << " MiB\n";
    return 0;
}
