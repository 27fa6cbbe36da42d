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

using namespace Revmark;

namespace {

QString visible(const QString &text)
{
    return Importer::canonicalText(text).simplified();
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
        const QString markdown = example.value(QLatin1String("markdown")).toString();
        const QString html = example.value(QLatin1String("html")).toString();

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
    std::printf("Markdown extraction: %.2f ms for %lld bytes of examples\n", markdownNs / 1e6,
                static_cast<long long>(markdownBytes));
    return 0;
}
