// SPDX-License-Identifier: GPL-3.0-or-later
#include "compare/consensus.h"

#include "project/project.h"

#include <QCoreApplication>
#include <QHash>

#include <utility>

namespace Revmark {

QString verdictKey(Verdict verdict)
{
    switch (verdict) {
    case Verdict::None:
        return QStringLiteral("none");
    case Verdict::OneVoice:
        return QStringLiteral("one-voice");
    case Verdict::ConsensusPraise:
        return QStringLiteral("consensus-praise");
    case Verdict::ConsensusCriticism:
        return QStringLiteral("consensus-criticism");
    case Verdict::Split:
        return QStringLiteral("split");
    }
    return {};
}

QString verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::None:
        return QCoreApplication::translate("Revmark", "Not mentioned");
    case Verdict::OneVoice:
        return QCoreApplication::translate("Revmark", "One voice");
    case Verdict::ConsensusPraise:
        return QCoreApplication::translate("Revmark", "Agree: praise");
    case Verdict::ConsensusCriticism:
        return QCoreApplication::translate("Revmark", "Agree: criticism");
    case Verdict::Split:
        return QCoreApplication::translate("Revmark", "Split");
    }
    return {};
}

QString aspectName(const QString &tag)
{
    if (tag.isEmpty())
        return QCoreApplication::translate("Revmark", "(no tag)");
    // Tags are saved in lower case; a row label reads better capitalised.
    return tag.left(1).toUpper() + tag.mid(1);
}

Verdict verdictFor(const QVector<Tally> &cells)
{
    int voices = 0;
    bool allPositive = true;
    bool allNegative = true;
    for (const Tally &cell : cells) {
        if (cell.isEmpty())
            continue;
        ++voices;
        allPositive = allPositive && cell.net() > 0;
        allNegative = allNegative && cell.net() < 0;
    }
    if (voices == 0)
        return Verdict::None;
    if (voices == 1)
        return Verdict::OneVoice;
    if (allPositive)
        return Verdict::ConsensusPraise;
    if (allNegative)
        return Verdict::ConsensusCriticism;
    return Verdict::Split;
}

ConsensusSummary summarize(const Project &project, const QVector<int> &reviewIndexes)
{
    QVector<int> indexes = reviewIndexes;
    if (indexes.isEmpty()) {
        for (int i = 0; i < project.reviewCount(); ++i)
            indexes.append(i);
    }

    ConsensusSummary summary;
    summary.title = project.displayName();

    // Rows: the tag list first, so a tag nobody used still shows (as "none").
    QHash<QString, int> rowOfTag;
    const auto addAspect = [&summary, &rowOfTag](const QString &tag) {
        rowOfTag.insert(tag, int(summary.aspects.size()));
        ConsensusSummary::Aspect aspect;
        aspect.tag = tag;
        summary.aspects.append(aspect);
    };
    for (const QString &tag : project.tags()) {
        if (!tag.isEmpty() && !rowOfTag.contains(tag))
            addAspect(tag);
    }

    for (int index : std::as_const(indexes)) {
        if (index < 0 || index >= project.reviewCount())
            continue;
        const Review &review = project.review(index);
        ConsensusSummary::ReviewEntry entry;
        entry.index = index + 1;
        entry.id = review.id;
        entry.title = review.title;
        entry.author = review.author;
        entry.outlet = review.outlet;
        entry.grade = review.grade;
        for (const Annotation &annotation : review.annotations) {
            int &count = annotation.polarity == Polarity::Praise ? entry.total.praise : entry.total.criticism;
            ++count;
            for (const QString &tag : annotation.tags) {
                if (!tag.isEmpty() && !rowOfTag.contains(tag))
                    addAspect(tag);
            }
        }
        summary.reviews.append(entry);
    }
    addAspect(QString()); // "(no tag)", always last

    const int columns = int(summary.reviews.size());
    for (ConsensusSummary::Aspect &aspect : summary.aspects)
        aspect.cells.resize(columns);
    const int untaggedRow = int(summary.aspects.size()) - 1;

    for (int column = 0; column < columns; ++column) {
        const Review &review = project.review(summary.reviews.at(column).index - 1);
        for (const Annotation &annotation : review.annotations) {
            const bool praise = annotation.polarity == Polarity::Praise;
            const auto count = [&](int row) {
                Tally &cell = summary.aspects[row].cells[column];
                ++(praise ? cell.praise : cell.criticism);
            };
            bool counted = false;
            for (const QString &tag : annotation.tags) {
                if (tag.isEmpty())
                    continue;
                count(rowOfTag.value(tag));
                counted = true;
            }
            if (!counted)
                count(untaggedRow);
        }
    }
    for (ConsensusSummary::Aspect &aspect : summary.aspects) {
        for (const Tally &cell : std::as_const(aspect.cells)) {
            aspect.total.praise += cell.praise;
            aspect.total.criticism += cell.criticism;
        }
        aspect.verdict = verdictFor(aspect.cells);
    }
    return summary;
}

} // namespace Revmark
