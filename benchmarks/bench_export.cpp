// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark, not a test: exports a generated project of 100 reviews with 5,000 annotations to PDF
// and prints the seconds, pages and peak memory next to the bare Qt floor of the same work: one
// QTextDocument with the same text, highlights and noted quotes, printed by QPdfWriter. Each run
// is a child process of its own (clean memory peaks); Revmark and the floor run interleaved and
// the medians are compared. Also prints the cost of highlights and notes (annotated / plain).
// Run: build/qt6/bin/bench_export [reviews] [annotations per review] [words per review] [runs]
// REVMARK_BENCH_PDF=/tmp/bench keeps each step's PDF as /tmp/bench-<step>.pdf (export, floor, plain).
#include "benchrunner.h"
#include "benchutil.h"
#include "export/exportdocument.h"
#include "export/pdfexporter.h"
#include "project/project.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextStream>

using namespace Revmark;
using Revmark::Bench::peakMemoryMiB;

namespace {

QVector<Review> generate(int reviewCount, int perReview, int words, bool annotated)
{
    QRandomGenerator random(20261124);
    QVector<Review> reviews;
    for (int r = 0; r < reviewCount; ++r) {
        reviews.append(Bench::makeReview(random, r, words, perReview, Project::defaultTags()));
        if (!annotated)
            reviews.last().annotations.clear();
    }
    return reviews;
}

// The floor: what a bare Qt program does to print the same content.
bool bareExport(const QVector<Review> &reviews, const QString &path)
{
    QTextDocument document;
    document.setUndoRedoEnabled(false);
    QFont font;
    font.setFamilies({ExportDocument::bodyFamily()});
    font.setPointSizeF(ExportDocument::BodyPointSize);
    document.setDefaultFont(font);
    QTextCursor cursor(&document);
    QTextCharFormat title;
    title.setFontPointSize(17);
    title.setFontWeight(QFont::Bold);
    QTextCharFormat praise;
    praise.setBackground(QColor(0xd4, 0xf0, 0xd4));
    QTextCharFormat criticism;
    criticism.setBackground(QColor(0xf8, 0xd7, 0xd7));
    QTextCharFormat italic;
    italic.setFontItalic(true);
    for (const Review &review : reviews) {
        QTextBlockFormat titleBlock;
        titleBlock.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        cursor.insertBlock(titleBlock);
        cursor.insertText(review.title, title);
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
        const int base = cursor.position();
        cursor.insertText(review.text);
        for (const Annotation &a : review.annotations) {
            QTextCursor c(&document);
            c.setPosition(base + a.start);
            c.setPosition(base + a.end, QTextCursor::KeepAnchor);
            c.mergeCharFormat(a.polarity == Polarity::Praise ? praise : criticism);
        }
        cursor.movePosition(QTextCursor::End);
        for (const Annotation &a : review.annotations) {
            if (a.note.isEmpty())
                continue;
            cursor.insertBlock();
            cursor.insertText(review.text.mid(a.start, a.length()), italic);
            cursor.insertBlock();
            cursor.insertText(a.note, QTextCharFormat());
        }
    }
    QPdfWriter writer(path);
    writer.setResolution(300);
    writer.setPageSize(QPageSize(QPageSize::A4));
    document.print(&writer);
    return QFileInfo(path).size() > 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QStringList args = app.arguments();
    QTextStream out(stdout);
    const bool child = args.size() > 1 && args.at(1) == QLatin1String("--child");
    const QString step = child ? args.at(2) : QString();
    if (child)
        args.erase(args.begin() + 1, args.begin() + 3);
    const int reviewCount = args.size() > 1 ? args.at(1).toInt() : 100;
    const int perReview = args.size() > 2 ? args.at(2).toInt() : 50;
    const int words = args.size() > 3 ? args.at(3).toInt() : 1200;
    const int runs = args.size() > 4 ? args.at(4).toInt() : 9;

    if (child) {
        const bool plain = step == QLatin1String("plain");
        const QVector<Review> reviews = generate(reviewCount, perReview, words, !plain);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("export.pdf"));
        QElapsedTimer timer;
        timer.start();
        bool ok = false;
        if (step == QLatin1String("floor")) {
            ok = bareExport(reviews, path);
        } else {
            Project project;
            project.reset(QStringLiteral("Benchmark"), Project::defaultTags(), reviews);
            ExportOptions options;
            options.pageSize = QPageSize(QPageSize::A4);
            QString error;
            int pages = 0;
            timer.restart(); // the project's own set-up is not the export's
            ok = PdfExporter::exportPdf(project, path, options, [&pages](int, int count) {
                pages = count;
                return true;
            }, &error);
            if (!ok)
                out << error << "\n";
            else
                out << pages << " pages, " << QString::number(QFileInfo(path).size() / (1024.0 * 1024.0), 'f', 1)
                    << " MiB\n";
        }
        if (!ok)
            return 1;
        const double seconds = timer.nsecsElapsed() / 1e9;
        // To look at what was measured: REVMARK_BENCH_PDF=/tmp/bench keeps /tmp/bench-<step>.pdf.
        const QString keep = qEnvironmentVariable("REVMARK_BENCH_PDF");
        if (!keep.isEmpty()) {
            const QString target = keep + QLatin1Char('-') + step + QStringLiteral(".pdf");
            QFile::remove(target);
            QFile::copy(path, target);
        }
        out << seconds << ' ' << peakMemoryMiB() << '\n';
        return 0;
    }

    out << "export of " << reviewCount << " reviews of " << words << " words, " << reviewCount * perReview
        << " annotations\n";
    out.flush();
    const QStringList sizes{QString::number(reviewCount), QString::number(perReview), QString::number(words)};
    const auto childStep = [&sizes](const char *name) { return QStringList{QStringLiteral("--child"), QLatin1String(name)} + sizes; };
    Bench::compare(out, QStringLiteral("export"), childStep("export"), childStep("floor"), runs);
    Bench::compare(out, QStringLiteral("export without annotations (floor: with)"), childStep("plain"),
                   childStep("export"), qMax(1, runs / 3));
    return 0;
}
