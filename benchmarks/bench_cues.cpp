// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark, not a test: prints the seconds for cue detection (KSyntaxHighlighting over the
// built-in cue set), suggestion scoring and grade finding on one long review (about 1 MB of
// text) and on 1,000 reviews of 600 words; then detection in seconds per MB next to the floor:
// KSyntaxHighlighting highlighting the same long text with a stock definition (Markdown) that
// does nothing with the results. Then the same per language on real review text: Revmark's own
// labelled reviews in English (tests/data/cues/dev), French and German (tests/data/cues/fr, de),
// repeated to the same size, each with its built-in cue set, each next to the Markdown floor on
// that text. Seconds are wall-clock and CPU time of this process.
// A third argument names one more cue set (yours, or an older copy of the built-in one under
// another name) to time on the English reviews.
// Run: build/qt5/bin/bench_cues [megabytes] [reviews] [cue set]
// Two more modes, for work on a cue set:
//   bench_cues --dump FILE...  prints every cue each built-in cue set (en, fr, de) finds in each
//                              file and in the generated text, one per line: diff the output of
//                              two builds to see that a change of a definition finds the same cues;
//   bench_cues --profile WHAT TEXT [megabytes]  detects once, nothing else: WHAT is a language
//                              (en, fr, de) or "floor" (the Markdown definition), TEXT "generated"
//                              or a folder of tests/data/cues (dev, fr, de), for
//                              valgrind --tool=callgrind --collect-atstart=no
//                              --toggle-collect='*profiledRun*' (instruction counts are repeatable).
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
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
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

// Best of five runs: wall and CPU seconds per MB of UTF-8.
void perMegabyte(QTextStream &out, const QString &what, const QString &text, const std::function<void()> &run)
{
    const double megabytes = double(text.toUtf8().size()) / (1024.0 * 1024.0);
    double wall = 1e9;
    double cpu = 1e9;
    for (int i = 0; i < 5; ++i) {
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

// The plain text of the labelled reviews in folder (tests/data/cues/<language>), marks and
// labels removed, repeated until it holds at least megabytes of UTF-8.
QString reviewText(const QString &folder, double megabytes)
{
    QString once;
    const QDir dir(folder);
    const QStringList files = dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
        for (const QString &line : lines.mid(1)) {
            // Development-set lines ("+ writing | The prose ...", "= Title") and labelled text
            // with {+ +} {- -} marks.
            const int bar = int(line.indexOf(QLatin1String(" | ")));
            QString plain = bar >= 0 && bar < 20 ? line.mid(bar + 3)
                : line.startsWith(QLatin1String("= ")) ? line.mid(2) : line;
            for (const char *mark : {"{+", "+}", "{-", "-}"})
                plain.remove(QLatin1String(mark));
            once += plain + QLatin1Char('\n');
        }
        once += QLatin1Char('\n');
    }
    if (once.trimmed().isEmpty())
        return {};
    QString text;
    while (text.toUtf8().size() < megabytes * 1024 * 1024)
        text += once;
    return text;
}

QString generatedText(double megabytes)
{
    QRandomGenerator random(20261124);
    QString text;
    while (text.toUtf8().size() < megabytes * 1024 * 1024)
        text += Bench::makeText(random, 20000);
    return text;
}

int dump(QTextStream &out, const QStringList &files)
{
    QVector<QPair<QString, QString>> texts;
    for (const QString &name : files) {
        QFile file(name);
        if (!file.open(QIODevice::ReadOnly)) {
            out << "cannot read " << name << "\n";
            return 1;
        }
        QString text = QString::fromUtf8(file.readAll());
        texts.append({name, text});
        // Labelled text without its marks, as the reviews are read.
        for (const char *mark : {"{+", "+}", "{-", "-}"})
            text.remove(QLatin1String(mark));
        texts.append({name + QStringLiteral(":plain"), text});
    }
    texts.append({QStringLiteral("generated"), generatedText(0.2)});
    for (const char *language : {"en", "fr", "de"}) {
        const CueDetector detector(CueRepository::builtInCueSetName(QLatin1String(language)));
        for (const auto &text : std::as_const(texts)) {
            for (const Cue &cue : detector.detect(text.second))
                out << language << ' ' << text.first << ' ' << cue.start << ' ' << cue.end << ' ' << cueKindKey(cue.kind)
                    << ' ' << QStringView(text.second).mid(cue.start, cue.end - cue.start).toString() << '\n';
        }
    }
    return 0;
}

// The run profiled: callgrind --collect-atstart=no --toggle-collect='*profiledRun*' counts only
// this, after a warm-up run that loads the definition and compiles its expressions.
Q_NEVER_INLINE void profiledRun(const std::function<void()> &run)
{
    run();
}

int profile(QTextStream &out, const QString &what, const QString &source, double megabytes)
{
    const QString text = source == QLatin1String("generated")
        ? generatedText(megabytes)
        : reviewText(QStringLiteral(REVMARK_SOURCE_DIR "/tests/data/cues/") + source, megabytes);
    if (what == QLatin1String("floor")) {
        NullHighlighter highlighter;
        highlighter.setDefinition(CueRepository::repository().definitionForName(QStringLiteral("Markdown")));
        highlighter.run(text);
        profiledRun([&] { highlighter.run(text); });
    } else {
        const CueDetector detector(CueRepository::builtInCueSetName(what));
        detector.detect(text);
        qsizetype cues = 0;
        profiledRun([&] { cues = detector.detect(text).size(); });
        out << cues << " cues in " << text.toUtf8().size() << " bytes\n";
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() > 1 && args.at(1) == QLatin1String("--dump")) {
        QTextStream out(stdout);
        return dump(out, args.mid(2));
    }
    if (args.size() > 3 && args.at(1) == QLatin1String("--profile")) {
        QTextStream out(stdout);
        return profile(out, args.at(2), args.at(3), args.size() > 4 ? args.at(4).toDouble() : 0.25);
    }
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
    // Real reviews, per language: each built-in cue set on text of its own language.
    const struct
    {
        const char *language;
        const char *folder;
    } languages[] = {{"en", "dev"}, {"fr", "fr"}, {"de", "de"}, {"", "dev"}};
    for (const auto &l : languages) {
        if (!*l.language && args.size() <= 3)
            break;
        const QString text =
            reviewText(QStringLiteral(REVMARK_SOURCE_DIR "/tests/data/cues/") + QLatin1String(l.folder), megabytes);
        const QString name = *l.language ? CueRepository::builtInCueSetName(QLatin1String(l.language)) : args.at(3);
        const CueDetector languageDetector(name);
        if (text.isEmpty() || !languageDetector.isValid()) {
            out << "no text or no cue set for " << l.language << "\n";
            continue;
        }
        languageDetector.detect(QStringLiteral("warm-up"));
        perMegabyte(out, QStringLiteral("%1 reviews (tests/data/cues/%2), cue detection, %3")
                             .arg(QLatin1String(*l.language ? l.language : "en"), QLatin1String(l.folder), name),
                    text, [&] { languageDetector.detect(text); });
        if (floor.isValid()) {
            NullHighlighter highlighter;
            highlighter.setDefinition(floor);
            perMegabyte(out, QStringLiteral("%1 reviews, floor: KSyntaxHighlighting with its Markdown definition")
                                 .arg(QLatin1String(*l.language ? l.language : "en")),
                        text, [&] { highlighter.run(text); });
        }
    }
    out << "peak memory " << QString::number(Bench::peakMemoryMiB(), 'f', 0) << " MiB\n";
    return 0;
}
