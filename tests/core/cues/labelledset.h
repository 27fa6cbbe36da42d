// SPDX-License-Identifier: GPL-3.0-or-later
// The labelled-set format of the suggestion-quality tests (tests/data/cues/labelled/README.md):
// text with {+ praise +} and {- criticism -} marks, read into the plain text and its gold spans,
// and the overlap rule and counts both quality tests score with.
#pragma once

#include "cues/suggester.h"
#include "model/annotation.h"

#include <QDebug>

#include <QFile>
#include <QString>
#include <QStringView>
#include <QVector>

#include <algorithm>

namespace Revmark {
namespace LabelledSet {

struct Span
{
    int start = 0;
    int end = 0;
    Polarity polarity = Polarity::Praise;
};

struct LabelledText
{
    QString text;
    QVector<Span> gold;
};

// Strips the header (line 1 and the blank line 2) and the marks; gold spans in the result's
// UTF-16 offsets.
inline bool readLabelled(const QString &path, LabelledText *out, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    QString raw = QString::fromUtf8(file.readAll());
    if (!raw.startsWith(QLatin1Char('#'))) {
        *error = QStringLiteral("no header line");
        return false;
    }
    raw = raw.mid(raw.indexOf(QLatin1Char('\n')) + 1);
    if (raw.startsWith(QLatin1Char('\n')))
        raw.remove(0, 1);
    out->text.clear();
    out->gold.clear();
    Span open;
    bool inSpan = false;
    for (int i = 0; i < raw.size(); ++i) {
        const QStringView two = QStringView(raw).mid(i, 2);
        if (two == QLatin1String("{+") || two == QLatin1String("{-")) {
            if (inSpan) {
                *error = QStringLiteral("nested mark at %1").arg(i);
                return false;
            }
            inSpan = true;
            open.start = int(out->text.size());
            open.polarity = two.at(1) == QLatin1Char('+') ? Polarity::Praise : Polarity::Criticism;
            ++i;
            continue;
        }
        if (inSpan && (two == QLatin1String("+}") || two == QLatin1String("-}"))) {
            const Polarity closing = two.at(0) == QLatin1Char('+') ? Polarity::Praise : Polarity::Criticism;
            if (closing != open.polarity) {
                // "-}" can be text inside a span ("B-}" is not used); only a matching close ends it.
                out->text.append(raw.at(i));
                continue;
            }
            inSpan = false;
            open.end = int(out->text.size());
            out->gold.append(open);
            ++i;
            continue;
        }
        out->text.append(raw.at(i));
    }
    if (inSpan) {
        *error = QStringLiteral("unclosed mark");
        return false;
    }
    return true;
}

// Two spans match when they overlap by at least half of the shorter one: a clause suggested
// inside a labelled sentence counts, a sentence that only touches a labelled clause does not.
inline bool matches(int aStart, int aEnd, int bStart, int bEnd)
{
    const int overlap = std::min(aEnd, bEnd) - std::max(aStart, bStart);
    const int shorter = std::min(aEnd - aStart, bEnd - bStart);
    return overlap > 0 && 2 * overlap >= shorter;
}

struct Counts
{
    int suggested = 0;
    int suggestedCorrect = 0;
    int gold = 0;
    int goldFound = 0;
    double precision() const { return suggested ? double(suggestedCorrect) / suggested : 0; }
    double recall() const { return gold ? double(goldFound) / gold : 0; }
};

// Adds one labelled text's suggestions to the counts per polarity (index: Polarity). A suggestion
// is correct when it matches a gold span of its polarity; a gold span is found when a suggestion
// matches it. listed prints each false alarm and miss (for the tuning part only).
inline void score(const QString &name, const LabelledText &labelled, const QVector<Suggestion> &suggestions,
                  Counts counts[2], bool listed)
{
    const QString &text = labelled.text;
    for (const Suggestion &s : suggestions) {
        Counts &c = counts[int(s.polarity)];
        ++c.suggested;
        bool correct = false;
        for (const Span &g : labelled.gold)
            correct = correct || (g.polarity == s.polarity && matches(s.start, s.end, g.start, g.end));
        c.suggestedCorrect += correct;
        if (listed && !correct)
            qInfo().noquote() << name << "FALSE" << polarityKey(s.polarity) << s.cues.join(QLatin1Char('|'))
                              << "::" << text.mid(s.start, s.end - s.start);
    }
    for (const Span &g : labelled.gold) {
        Counts &c = counts[int(g.polarity)];
        ++c.gold;
        bool found = false;
        for (const Suggestion &s : suggestions)
            found = found || (g.polarity == s.polarity && matches(s.start, s.end, g.start, g.end));
        c.goldFound += found;
        if (listed && !found)
            qInfo().noquote() << name << "MISSED" << polarityKey(g.polarity) << "::" << text.mid(g.start, g.end - g.start);
    }
}

} // namespace LabelledSet
} // namespace Revmark
