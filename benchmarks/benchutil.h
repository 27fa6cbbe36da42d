// SPDX-License-Identifier: GPL-3.0-or-later
// What the benchmarks share: generated review text and the peak memory figure.
#pragma once

#include <QRandomGenerator>
#include <QString>
#include <QStringList>

#include <sys/resource.h>

namespace Revmark::Bench {

// Review-like text of `words` words from a small vocabulary (accents and curly quotes included),
// in sentences and paragraphs separated by a blank line.
inline QString makeText(QRandomGenerator &random, int words)
{
    static const QStringList vocabulary = {
        QStringLiteral("the"), QStringLiteral("film"), QStringLiteral("performance"), QStringLiteral("quietly"),
        QStringLiteral("luminous"), QStringLiteral("script"), QStringLiteral("drags"), QStringLiteral("score"),
        QStringLiteral("camera"), QStringLiteral("ending"), QStringLiteral("earns"), QStringLiteral("its"),
        QStringLiteral("tears"), QStringLiteral("but"), QStringLiteral("never"), QStringLiteral("clumsy"),
        QStringLiteral("assured"), QStringLiteral("direction"), QStringLiteral("of"), QStringLiteral("a"),
        QStringLiteral("story"), QStringLiteral("that"), QStringLiteral("goes"), QStringLiteral("nowhere"),
        QStringLiteral("café"), QStringLiteral("naïve"), QStringLiteral("Søren"), QStringLiteral("“bold”")};
    QString text;
    for (int i = 0; i < words; ++i) {
        text += vocabulary.at(random.bounded(int(vocabulary.size())));
        text += (i % 90 == 89) ? QStringLiteral(".\n\n") : (i % 15 == 14 ? QStringLiteral(". ") : QStringLiteral(" "));
    }
    return text;
}

// Peak resident memory of this process so far.
inline double peakMemoryMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0; // Linux reports KiB
}

} // namespace Revmark::Bench
