// SPDX-License-Identifier: GPL-3.0-or-later
// Scores the Markdown importer against the CommonMark specification examples by visible text:
// per example, the text Revmark makes of the Markdown is compared with the text HtmlExtractor
// makes of the expected HTML, both made canonical and with every whitespace run as one space.
// The examples stay out of the repository; the JSON file is read at run time:
//   bench_commonmark [path/to/spec-0.31.2.json] [--failures]
// (default: ../shared/commonmark/spec-0.31.2.json next to the source tree). Prints figures only.
#include "import/htmlextractor.h"
#include "import/importer.h"
#include "import/markdownextractor.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QStringList>

#include <cstdio>
#include <utility>

using namespace Revmark;

namespace {

QString visible(const QString &text)
{
    return Importer::canonicalText(text).simplified();
}

// The examples show tabs as '→', as the specification's text does; its own test runner
// (spec_tests.py) puts the tabs back the same way.
QString withTabs(QString text)
{
    return text.replace(QChar(0x2192), QLatin1Char('\t'));
}

struct Tally
{
    int passed = 0;
    int total = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QString path = QStringLiteral(REVMARK_SOURCE_DIR "/../shared/commonmark/spec-0.31.2.json");
    bool showFailures = false;
    const QStringList args = app.arguments().mid(1);
    for (const QString &arg : args) {
        if (arg == QLatin1String("--failures"))
            showFailures = true;
        else
            path = arg;
    }

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "bench_commonmark: cannot read %s: %s\n", qPrintable(path),
                     qPrintable(file.errorString()));
        return 1;
    }
    const QJsonArray examples = QJsonDocument::fromJson(file.readAll()).array();
    if (examples.isEmpty()) {
        std::fprintf(stderr, "bench_commonmark: no examples in %s\n", qPrintable(path));
        return 1;
    }

    QStringList sectionOrder;
    QMap<QString, Tally> sections;
    Tally all;
    qint64 markdownNs = 0;
    qint64 markdownBytes = 0;
    for (const QJsonValue &value : examples) {
        const QJsonObject example = value.toObject();
        const QString section = example.value(QLatin1String("section")).toString();
        const QString markdown = withTabs(example.value(QLatin1String("markdown")).toString());
        const QString html = withTabs(example.value(QLatin1String("html")).toString());

        QElapsedTimer timer;
        timer.start();
        const QString got = visible(MarkdownExtractor::extract(markdown).text);
        markdownNs += timer.nsecsElapsed();
        markdownBytes += markdown.toUtf8().size();
        const QString expected = visible(HtmlExtractor::extract(html).text);

        if (!sections.contains(section))
            sectionOrder.append(section);
        Tally &tally = sections[section];
        ++tally.total;
        ++all.total;
        if (got == expected) {
            ++tally.passed;
            ++all.passed;
        } else if (showFailures) {
            std::printf("--- example %d (%s)\nmarkdown: %s\nexpected: %s\ngot:      %s\n",
                        example.value(QLatin1String("number")).toInt(), qPrintable(section),
                        qPrintable(markdown), qPrintable(expected), qPrintable(got));
        }
    }

    std::printf("CommonMark examples matching by visible text: %d of %d (%.1f%%)\n", all.passed, all.total,
                100.0 * all.passed / all.total);
    for (const QString &section : std::as_const(sectionOrder)) {
        const Tally &t = sections.value(section);
        std::printf("  %-40s %4d of %4d\n", qPrintable(section), t.passed, t.total);
    }
    std::printf("Markdown extraction, first pass: %.2f ms for the %lld bytes of the examples\n", markdownNs / 1e6,
                static_cast<long long>(markdownBytes));

    // Throughput on whole files: every example's Markdown (and expected HTML) in one document,
    // repeated to about 2 MB, imported as Importer does it (decoding, extraction, canonical text).
    QByteArray markdownFile;
    QByteArray htmlFile = "<!DOCTYPE html><html><body>";
    while (markdownFile.size() < 2 * 1024 * 1024) {
        for (const QJsonValue &value : examples) {
            markdownFile += withTabs(value.toObject().value(QLatin1String("markdown")).toString()).toUtf8() + "\n";
            htmlFile += withTabs(value.toObject().value(QLatin1String("html")).toString()).toUtf8();
        }
    }
    htmlFile += "</body></html>";
    for (const auto &[name, data] : {std::pair<const char *, QByteArray>("review.md", markdownFile),
                                     std::pair<const char *, QByteArray>("review.html", htmlFile)}) {
        qint64 best = -1;
        int textLength = 0;
        for (int run = 0; run < 3; ++run) {
            QElapsedTimer timer;
            timer.start();
            const ImportResult result = Importer::importData(data, QLatin1String(name));
            const qint64 ns = timer.nsecsElapsed();
            textLength = int(result.review.text.size());
            if (best < 0 || ns < best)
                best = ns;
        }
        std::printf("Importer::importData(%s): %.1f MB in %.1f ms (best of 3), %.1f MB/s, %d characters of text\n",
                    name, data.size() / 1e6, best / 1e6, data.size() / 1e6 / (best / 1e9), textLength);
    }
    return 0;
}
