// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark, not a test: adds 1,000 review files (written here into a temporary folder: text,
// Markdown and HTML in turn, 600 words each) through the main window's real path
// (MainWindow::addReviewFiles: ImportJob reading on a worker thread, then one undo step), while a
// 0 ms QTimer on the GUI thread records the gaps between its ticks. Prints the longest gap while
// the files are read (what the user feels as a frozen window), the longest gap overall (adding
// the 1,000 columns at the end included), and, for comparison, how long reading the same files
// on the GUI thread blocks it.
// Run: build/qt6/bin/bench_import_gui [files] [words per file]   (offscreen unless QT_QPA_PLATFORM says)
#include "benchutil.h"
#include "import/importer.h"
#include "importjob.h"
#include "mainwindow.h"
#include "project/project.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>

using namespace Revmark;
using Revmark::Bench::peakMemoryMiB;

namespace {

QString ms(qint64 nanoseconds)
{
    return QString::number(nanoseconds / 1e6, 'f', 1) + QStringLiteral(" ms");
}

QByteArray fileText(QRandomGenerator &random, int index, int words, QString *suffix)
{
    const QString body = Bench::makeText(random, words);
    switch (index % 3) {
    case 0:
        *suffix = QStringLiteral("txt");
        return (QStringLiteral("Review %1\nBy Critic %2\n\n").arg(index).arg(index % 37) + body).toUtf8();
    case 1:
        *suffix = QStringLiteral("md");
        return (QStringLiteral("# Review %1\n\n*By Critic %2*\n\n").arg(index).arg(index % 37) + body).toUtf8();
    default: {
        *suffix = QStringLiteral("html");
        QString html = QStringLiteral("<!DOCTYPE html><html><head><title>Review %1</title></head><body><article>"
                                      "<h1>Review %1</h1>")
                           .arg(index);
        for (const QString &paragraph : body.split(QStringLiteral("\n\n")))
            html += QStringLiteral("<p>") + paragraph.toHtmlEscaped() + QStringLiteral("</p>");
        return (html + QStringLiteral("</article></body></html>")).toUtf8();
    }
    }
}

// Records the longest gap between ticks of a 0 ms timer on the GUI thread.
class GapMeter
{
public:
    GapMeter()
    {
        m_timer.setInterval(0);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { tick(); });
    }
    void start()
    {
        m_longest = 0;
        m_ticks = 0;
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    void stop()
    {
        tick();
        m_timer.stop();
    }
    qint64 longest() const { return m_longest; }
    qint64 ticks() const { return m_ticks; }
    // When the longest gap ended, from start().
    qint64 longestEnd() const { return m_longestEnd; }

private:
    void tick()
    {
        const qint64 now = m_clock.nsecsElapsed();
        if (now - m_last > m_longest) {
            m_longest = now - m_last;
            m_longestEnd = now;
        }
        m_last = now;
        ++m_ticks;
    }
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
    qint64 m_longestEnd = 0;
    qint64 m_ticks = 0;
};

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("RevmarkBench"));
    QCoreApplication::setApplicationName(QStringLiteral("bench_import_gui"));
    const QStringList args = QCoreApplication::arguments();
    const int files = args.size() > 1 ? args.at(1).toInt() : 1000;
    const int words = args.size() > 2 ? args.at(2).toInt() : 600;
    QTextStream out(stdout);

    QTemporaryDir dir;
    QRandomGenerator random(15);
    QStringList paths;
    for (int i = 0; i < files; ++i) {
        QString suffix;
        const QByteArray bytes = fileText(random, i, words, &suffix);
        const QString path = dir.filePath(QStringLiteral("review-%1.%2").arg(i, 4, 10, QLatin1Char('0')).arg(suffix));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
            out << "cannot write " << path << Qt::endl;
            return 1;
        }
        paths.append(path);
    }
    out << files << " files of " << words << " words (text, Markdown, HTML in turn) in " << dir.path() << Qt::endl;

    // Reading on the GUI thread, as Revmark did before: the window is frozen for all of it.
    GapMeter meter;
    QElapsedTimer clock;
    // Not QApplication::quit(): in Qt 6 it would close the window (and ask about unsaved changes).
    QEventLoop loop;
    {
        meter.start();
        QTimer::singleShot(0, &app, [&] {
            clock.start();
            int ok = 0;
            for (const QString &path : std::as_const(paths))
                ok += Importer::importFile(path).ok ? 1 : 0;
            const qint64 elapsed = clock.nsecsElapsed();
            out << "on the GUI thread: read " << ok << " files in " << ms(elapsed) << Qt::endl;
            loop.quit();
        });
        loop.exec();
        meter.stop();
        out << "  longest GUI-thread block: " << ms(meter.longest()) << Qt::endl;
    }

    MainWindow window;
    window.setMessageSink([&out](const QString &message) { out << "message: " << message.left(200) << Qt::endl; });
    window.resize(1400, 900);
    window.show();
    // Split at the moment the import has read every file and starts adding the columns.
    qint64 readingLongest = -1;
    qint64 readingLongestEnd = -1;
    qint64 readingEnd = -1;
    QObject::connect(window.project(), &Project::reviewInserted, &window, [&](int index) {
        if (index == 0 && readingLongest < 0) {
            readingLongest = meter.longest();
            readingLongestEnd = meter.longestEnd();
            readingEnd = clock.nsecsElapsed();
        }
    });
    int added = 0;
    qint64 elapsed = 0;
    QTimer::singleShot(0, &app, [&] {
        meter.start();
        clock.start();
        added = window.addReviewFiles(paths);
        elapsed = clock.nsecsElapsed();
        meter.stop();
        loop.quit();
    });
    loop.exec();
    out << "through the window (ImportJob): added " << added << " reviews in " << ms(elapsed)
        << ", one undo step: " << (window.project()->undoStack()->count() == 1 ? "yes" : "no") << Qt::endl;
    out << "  reading took " << ms(readingEnd) << "; longest GUI-thread block while reading: " << ms(readingLongest)
        << ", ending " << ms(readingLongestEnd) << " after the start (" << meter.ticks() << " timer ticks in all)"
        << Qt::endl;
    out << "  longest GUI-thread block overall (adding the columns included): " << ms(meter.longest()) << Qt::endl;
    out << "peak memory: " << QString::number(peakMemoryMiB(), 'f', 0) << " MiB" << Qt::endl;
    window.project()->undoStack()->setClean();
    return 0;
}
