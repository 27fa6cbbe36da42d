// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interchange/annotationmerger.h"
#include "interchange/ziparchive.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Revmark {

class Project;

// What a REFI-QDA project holds for Revmark.
struct QdpxContent
{
    bool ok = false;
    QString error; // translated, names the file and the reason (when !ok)
    QString title; // the Project's name
    // Every code but Praise and Criticism, in codebook order (children after their parent).
    QStringList tags;
    // One review per TextSource (id = its GUID, title = its name, author and outlet from the
    // "Author" and "Outlet" variables), text canonical (Importer::canonicalText).
    QVector<Review> sources;
    // One per PlainTextSelection (two when it is coded both Praise and Criticism): positions in
    // code points of the source's text, quote and context from it; tags from its other codes;
    // note from its Description and the Notes it refers to. A selection coded neither Praise nor
    // Criticism has hasPolarity false (AnnotationMerger makes it praise tagged "no-polarity").
    // Then one per Note that QdpxExporter wrote for an orphan (its Description starts with
    // "revmark-orphan/", as QdpxExporter::orphanMarker()), every field from the JSON there, for
    // the review whose TextSource refers to the Note (else the review the JSON names); no
    // position, so it stays an orphan unless its quote is found in that text. Missing or odd
    // fields take defaults (no polarity, no tags, the Note's GUID and dates); a marked Note
    // without a readable object or quote is left out with a warning. Other Notes only join
    // the notes of selections that refer to them.
    QVector<IncomingAnnotation> annotations;
    int orphanNotes = 0; // how many of annotations came from such Notes
    // Translated, each naming the file: marked Notes that could not be read and were left out.
    QStringList warnings;
};

// Reads REFI-QDA projects (.qdpx: a zip with project.qde and sources/), from Revmark or other
// QDA programs, codebook-only files included. Hostile input gives an error naming the file and
// the reason and changes nothing: archives past ZipArchive's bounds or with names pointing
// outside them, sources outside the archive (only plainTextPath="internal://NAME" and
// PlainTextContent are read), XML with a DTD or entity references (never resolved), more than
// MaxElements elements or nesting deeper than MaxDepth.
class QdpxImporter
{
    Q_DECLARE_TR_FUNCTIONS(Revmark::QdpxImporter)

public:
    static constexpr qint64 MaxFileSize = qint64(256) << 20;
    static constexpr int MaxElements = 2000000;
    static constexpr int MaxDepth = 64;

    // fileName is used in messages only.
    static QdpxContent parse(const QByteArray &qdpx, const QString &fileName,
                             const ZipArchive::Bounds &bounds = ZipArchive::Bounds());
    // project.qde alone, with the sources from archive (may be nullptr: inline text only).
    static QdpxContent parseXml(const QByteArray &xml, const ZipArchive *archive, const QString &fileName);
    static QdpxContent read(const QString &path);
    // AnnotationMerger::merge of what content holds, its warnings added to the report's messages.
    static MergeResult merge(const ProjectData &project, const QdpxContent &content, const QString &fileName);

    // Reads path and adds its sources as reviews (or, for a source the project has already,
    // its selections to that review), its codes as tags and its selections as annotations, in
    // one undo step (AnnotationMerger). On failure the project is unchanged.
    static MergeResult importInto(Project *project, const QString &path);
    // True for a path ending in ".qdpx".
    static bool isQdpx(const QString &path);
};

} // namespace Revmark
