// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QVector>

namespace Revmark {

enum class SourceFormat { PlainText, Markdown, Html };

// "text" / "markdown" / "html", as in project files.
QString sourceFormatKey(SourceFormat format);
bool sourceFormatFromKey(const QString &key, SourceFormat *format);

// One review in a project: its canonical text (NFC, '\n' line ends, fixed at import),
// editable metadata, where it came from, and its annotations (sorted by annotationLessThan).
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

    // Lower-case hex SHA-256 of text in UTF-8.
    QString textSha256() const;
    // Index into annotations of the annotation with this id, or -1.
    int annotationIndex(const QString &annotationId) const;
    int countOf(Polarity polarity) const;
    // A short name for lists, where reviews of one work all have similar titles: the author,
    // else the outlet, else the title, else "Untitled review" (translated).
    QString label() const;
};

} // namespace Revmark
