// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/annotation.h"
#include "model/grade.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Revmark {

enum class SourceFormat { PlainText, Markdown, Html };

// A span of a review's text: [start, end) in UTF-16 units.
struct TextRange
{
    int start = 0;
    int end = 0;

    bool contains(int position) const { return position >= start && position < end; }
    friend bool operator==(const TextRange &a, const TextRange &b) { return a.start == b.start && a.end == b.end; }
    friend bool operator!=(const TextRange &a, const TextRange &b) { return !(a == b); }
};

// "text" / "markdown" / "html", as in project files.
QString sourceFormatKey(SourceFormat format);
bool sourceFormatFromKey(const QString &key, SourceFormat *format);

// One review in a project: its canonical text (NFC, '\n' line ends, fixed at import),
// editable metadata, where it came from, and its annotations (sorted by annotationLessThan).
// Annotations that could not be placed in the text (re-anchoring found no good enough match
// after a re-import or a hand edit) are never dropped: they move to orphans, with their id,
// polarity, tags, note, times and quote/prefix/suffix from the last text they were placed in,
// and start = end = 0 (they have no place in this text). They are not drawn, but are saved and
// can be placed again by hand (Project::placeOrphan) or deleted (Project::removeOrphan).
// Ids are unique across annotations and orphans.
struct Review
{
    QString id;
    QString title;
    QString author;
    QString outlet;
    QString text;
    QString sourcePath;
    SourceFormat format = SourceFormat::PlainText;
    QDateTime importedAt;
    QVector<Annotation> annotations;
    QVector<Annotation> orphans; // in the order they became orphans
    // The rating found in the text at import (GradeParser::find) or set by the user
    // (Project::setReviewGrade, then corrected is true). Saved as the optional "grade" object.
    Grade grade;
    // The language the text is written in, as an ISO 639-1 code ("en", "fr", "de", ...), guessed
    // at import (LanguageGuess::guess) or set by the user; empty when unknown. Picks the cue set,
    // the suggestions and the grade forms (German school grades). Saved as the optional
    // "language" string.
    QString language;
    // Suggestions the user rejected in this text, as the exact text of each span (a text quote):
    // a suggestion over the same words is never offered again, and returns only when the text
    // there changes. Saved as the optional "rejectedSuggestions" list.
    QStringList rejectedSuggestions;
    // Passages set aside as the web page's, not the review's (site name, "More articles",
    // the author's biography...): found at import (Boilerplate::detect), toggled by the user
    // (Project::setPassageSetAside). Sorted, disjoint, within the text. They are shown dimmed
    // and left out of cues, suggestions, find and export; saved as "setAside".
    QVector<TextRange> setAside;

    // Lower-case hex SHA-256 of text in UTF-8.
    QString textSha256() const;
    // Index into annotations of the annotation with this id, or -1.
    int annotationIndex(const QString &annotationId) const;
    // Index into orphans of the orphan with this id, or -1.
    int orphanIndex(const QString &orphanId) const;
    int countOf(Polarity polarity) const;
    // A short name for lists, where reviews of one work all have similar titles: the author,
    // else the outlet, else the title, else "Untitled review" (translated).
    QString label() const;
    // Index into setAside of the range holding position, or -1.
    int setAsideIndexAt(int position) const;
    // The text with every set-aside passage blanked (each character but line breaks becomes a
    // space): offsets stay those of text, so what is found in it maps back unchanged.
    QString textWithoutSetAside() const;
    // ranges clamped to [0, length), empty ones dropped, sorted, overlapping and touching ones
    // merged.
    static QVector<TextRange> normalizedRanges(QVector<TextRange> ranges, int length);
};

} // namespace Revmark
