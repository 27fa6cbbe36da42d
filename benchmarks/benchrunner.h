// SPDX-License-Identifier: GPL-3.0-or-later
// Runs benchmark steps each in a child process of the benchmark itself (so every figure has its
// own clean memory peak), interleaving Revmark's work with the bare Qt floor, and prints medians.
#pragma once

#include <QCoreApplication>
#include <QProcess>
#include <QStringList>
#include <QTextStream>
#include <QVector>

#include <algorithm>

namespace Revmark::Bench {

struct Figure
{
    double seconds = -1;
    double peakMiB = -1;
};

// A child's last line on stdout is "<seconds> <peak MiB>".
inline Figure runChild(const QStringList &arguments)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), arguments);
    Figure figure;
    if (!child.waitForFinished(-1) || child.exitCode() != 0)
        return figure;
    const QList<QByteArray> lines = child.readAllStandardOutput().trimmed().split('\n');
    const QList<QByteArray> fields = lines.last().split(' ');
    if (fields.size() == 2) {
        figure.seconds = fields.at(0).toDouble();
        figure.peakMiB = fields.at(1).toDouble();
    }
    return figure;
}

inline double median(QVector<double> values)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    const int n = int(values.size());
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

// One measured step and its floor, each run `runs` times, interleaved; prints one line.
inline void compare(QTextStream &out, const QString &label, const QStringList &step, const QStringList &floorStep,
                    int runs)
{
    QVector<double> seconds, floorSeconds, peak, floorPeak;
    for (int i = 0; i < runs; ++i) {
        const Figure a = runChild(step);
        const Figure b = runChild(floorStep);
        if (a.seconds < 0 || b.seconds < 0) {
            out << label << ": a run failed\n";
            out.flush();
            return;
        }
        seconds.append(a.seconds);
        peak.append(a.peakMiB);
        floorSeconds.append(b.seconds);
        floorPeak.append(b.peakMiB);
    }
    const double s = median(seconds), f = median(floorSeconds), m = median(peak), fm = median(floorPeak);
    out << label << ": " << QString::number(s, 'f', 3) << " s, " << QString::number(m, 'f', 0) << " MiB | floor "
        << QString::number(f, 'f', 3) << " s, " << QString::number(fm, 'f', 0) << " MiB | ratio time "
        << QString::number(s / f, 'f', 2) << ", memory " << QString::number(m / fm, 'f', 2) << "  (medians of "
        << runs << ")\n";
    out.flush();
}

} // namespace Revmark::Bench
