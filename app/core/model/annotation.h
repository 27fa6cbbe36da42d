// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Revmark {

enum class Polarity { Praise, Criticism };

// "praise" / "criticism": the spelling used in project files and on the command line.
QString polarityKey(Polarity polarity);
// Returns false for anything but the two keys.
bool polarityFromKey(const QString &key, Polarity *polarity);
// Translated, for display.
QString polarityName(Polarity polarity);

// A marked span of one review's text.
// start/end are UTF-16 indices into Review::text (QString positions, as QTextDocument uses);
// the project file stores code points instead, see docs/project-format.md.
// quote/prefix/suffix are the TextQuoteSelector: the exact span and up to
// Anchoring::ContextLength characters either side, kept so the span can be re-anchored.
struct Annotation
{
    QString id;
    int start = 0;
    int end = 0;
    Polarity polarity = Polarity::Praise;
    QStringList tags;
    QString note;
    QString quote;
    QString prefix;
    QString suffix;
    QDateTime created;
    QDateTime modified;

    int length() const { return end - start; }
    bool covers(int position) const { return position >= start && position < end; }
};

// Order of annotations within a review: by start, then end, then id (stable, so files diff well).
bool annotationLessThan(const Annotation &a, const Annotation &b);

// The time an edit or an import stamps on an annotation: now, in UTC, to the whole second.
QDateTime annotationTimestamp();

// A new unique id for an annotation or review.
QString newId();

} // namespace Revmark
