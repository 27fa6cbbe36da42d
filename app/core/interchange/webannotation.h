// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interchange/annotationmerger.h"
#include "project/projectfile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace Revmark {

class Project;

// The W3C Web Annotation Data Model (JSON-LD) both ways; field mapping in
// docs/project-format.md, "Other formats".
// Writing: an AnnotationCollection (context http://www.w3.org/ns/anno.jsonld) whose first page
// embeds every annotation of every review, orphans included (they keep only their quote):
// id urn:uuid:, motivation assessing (and tagging with tags), TextualBody bodies for the
// polarity (purpose assessing, value praise / criticism), the note (commenting) and each tag
// (tagging), and a target whose source is the review (urn:uuid: id, title, and the original
// file as a file: URI in "via" when known) with a TextQuoteSelector and a TextPositionSelector
// (code points).
// Reading accepts that, an AnnotationPage, one Annotation, an array of annotations, and
// Hypothesis JSON (an annotation or search result with "rows"; "text" is the note, "tags" the
// tags, "updated" the modification time); selectors other than quote and position are ignored.
class WebAnnotation
{
    Q_DECLARE_TR_FUNCTIONS(Revmark::WebAnnotation)

public:
    // Files larger than this are refused before they are read.
    static constexpr qint64 MaxFileSize = qint64(64) << 20;
    static constexpr int MaxAnnotations = 200000;

    static QByteArray toJson(const ProjectData &data);
    // Atomic; on failure *error names the file and the reason and an existing file is untouched.
    static bool exportFile(const ProjectData &data, const QString &path, QString *error);

    struct ReadResult
    {
        bool ok = false;
        QString error; // translated, names the file and the reason
        QVector<IncomingAnnotation> annotations;
    };
    // fileName is used in messages only.
    static ReadResult parse(const QByteArray &json, const QString &fileName);
    static ReadResult read(const QString &path);

    // Reads path and adds its annotations to project's reviews (AnnotationMerger) as one undo
    // step. On failure the project is unchanged and the result's error says why.
    static MergeResult importInto(Project *project, const QString &path);
};

} // namespace Revmark
