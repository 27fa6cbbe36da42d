// SPDX-License-Identifier: GPL-3.0-or-later
// What the benchmarks share: generated review text and the peak memory figure.
#pragma once

#include "anchoring/anchoring.h"
#include "model/review.h"

#include <QFile>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

#include <sys/resource.h>

#include <algorithm>

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

// Peak resident memory of this process so far: VmHWM, which (unlike getrusage's ru_maxrss, kept
// across exec) starts afresh in a child process started by the benchmark.
inline double peakMemoryMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:"))
                return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0; // KiB
        }
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0; // Linux reports KiB
}

// Review number `index` (0-based) with `words` words of text and `annotations` random spans of
// 10 to 70 characters, a third of them criticism, tagged in turn, every fourth with a note.
inline Review makeReview(QRandomGenerator &random, int index, int words, int annotations, const QStringList &tags)
{
    Review review;
    review.id = newId();
    review.title = QStringLiteral("Review %1").arg(index + 1);
    review.author = QStringLiteral("Critic %1").arg(index % 37);
    review.outlet = QStringLiteral("Outlet %1").arg(index % 11);
    review.text = makeText(random, words);
    review.importedAt = QDateTime::currentDateTimeUtc();
    const int length = int(review.text.size());
    for (int a = 0; a < annotations; ++a) {
        Annotation annotation;
        annotation.id = newId();
        annotation.start = random.bounded(length - 80);
        annotation.end = annotation.start + 10 + random.bounded(60);
        annotation.polarity = a % 3 == 0 ? Polarity::Criticism : Polarity::Praise;
        annotation.tags = QStringList(tags.at(a % int(tags.size())));
        annotation.note = a % 4 == 0 ? QStringLiteral("A note on this span.\nWith a second line.") : QString();
        Anchoring::fillQuote(review.text, &annotation);
        annotation.created = annotation.modified = review.importedAt;
        review.annotations.append(annotation);
    }
    std::sort(review.annotations.begin(), review.annotations.end(), annotationLessThan);
    return review;
}

} // namespace Revmark::Bench
