// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/grade.h"

#include <QString>
#include <QVector>

namespace Revmark {

class Project;

// Where the critics of one project agree on an aspect (tag) and where they split.
// The rule (docs/compare.md): for each review that mentions the aspect (has at least one
// annotation carrying the tag), net = praise - criticism. No review mentions it: None; exactly
// one: OneVoice; two or more and every net > 0: ConsensusPraise; every net < 0:
// ConsensusCriticism; otherwise (a net of 0, or nets of both signs): Split.
enum class Verdict { None, OneVoice, ConsensusPraise, ConsensusCriticism, Split };

// "none", "one-voice", "consensus-praise", "consensus-criticism", "split": the spelling of
// --summary's output and of the docs.
QString verdictKey(Verdict verdict);
// Translated, for display.
QString verdictName(Verdict verdict);

// How an aspect is named on screen and on paper: the tag with its first letter in upper case
// ("performances" -> "Performances"), or the translated "(no tag)" for an empty tag.
QString aspectName(const QString &tag);

// Praise and criticism annotations counted together (one review's, for one aspect or in all).
struct Tally
{
    int praise = 0;
    int criticism = 0;
    int net() const { return praise - criticism; }
    int total() const { return praise + criticism; }
    bool isEmpty() const { return praise == 0 && criticism == 0; }
    friend bool operator==(const Tally &a, const Tally &b)
    {
        return a.praise == b.praise && a.criticism == b.criticism;
    }
    friend bool operator!=(const Tally &a, const Tally &b) { return !(a == b); }
};

// The rule above over one aspect's cells, one per review; empty cells are reviews that do not
// mention it.
Verdict verdictFor(const QVector<Tally> &cells);

// The comparison of a project's reviews, aspect by aspect: what the compare view, the PDF
// summary page and `revmark --summary` show.
struct ConsensusSummary
{
    struct ReviewEntry
    {
        int index = 0; // 1-based position among the project's reviews (column order)
        QString id;
        QString title;
        QString author;
        QString outlet;
        Grade grade;
        Tally total; // all the review's annotations (orphans not counted)
    };
    struct Aspect
    {
        QString tag;            // empty for the "(no tag)" row
        QVector<Tally> cells;   // one per entry of reviews, in the same order
        Verdict verdict = Verdict::None;
        Tally total;            // the cells added up
        bool isUntagged() const { return tag.isEmpty(); }
    };

    QString title;                 // Project::displayName()
    QVector<ReviewEntry> reviews;  // the reviews compared, in the order asked for
    // The project's tags in tag-list order, then tags found on annotations but missing from the
    // list (in order of first appearance), then the "(no tag)" row. An annotation with two tags
    // counts in both rows; one with none counts in "(no tag)".
    QVector<Aspect> aspects;
};

// Summarises the reviews at reviewIndexes (0-based project indexes, in the order wanted; out of
// range ones are skipped), or all reviews in column order when reviewIndexes is empty.
ConsensusSummary summarize(const Project &project, const QVector<int> &reviewIndexes = {});

} // namespace Revmark
