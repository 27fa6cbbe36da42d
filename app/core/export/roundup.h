// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/annotation.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace Revmark {

class Project;

// One marked passage on the roundup's aspect.
struct RoundupPassage
{
    int reviewIndex = 0; // into Project::reviews()
    QString reviewer;    // the review's author, else Review::label()
    QString outlet;
    Polarity polarity = Polarity::Praise;
    QString quote; // the passage as it stands in the text
    QString note;  // trimmed; may hold line breaks
};

// The raw material of a roundup piece: for one aspect (tag), every passage marked with it across
// the reviews, in column order and, within a review, in text order, with reviewer, outlet,
// polarity and note. Passages set aside as the web page's (Review::setAside) are left out.
// What `revmark --roundup TAG PROJECT` prints (Markdown) and the PDF's roundup section show.
class Roundup
{
    Q_DECLARE_TR_FUNCTIONS(Revmark::Roundup)

public:
    // The project's tag that tag names: exactly, else ignoring case; empty when none does.
    static QString findTag(const Project &project, const QString &tag);
    // reviews: indices into project.reviews() (empty: all, in column order; invalid ones skipped).
    static QVector<RoundupPassage> collect(const Project &project, const QString &tag, const QVector<int> &reviews = {});
    // A Markdown document: a heading naming the aspect and the project, the counts, then one
    // section per review with passages (reviewer and outlet), each passage a list item with its
    // polarity, the quote and the note. Markdown's special characters in the text are escaped.
    static QString toMarkdown(const Project &project, const QString &tag, const QVector<RoundupPassage> &passages);
};

} // namespace Revmark
