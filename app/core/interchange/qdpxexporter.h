// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/projectfile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QUuid>

namespace Revmark {

// Writes a REFI-QDA project (.qdpx, QDA-XML 1.0): a zip holding project.qde, valid against
// Project-mrt2019.xsd, and sources/GUID.txt with each review's text in UTF-8. Reviews become
// TextSources (guid = the review id, name = its title, plainTextPath="internal://GUID.txt",
// author and outlet as the text variables "Author" and "Outlet"), the project's tags codes, praise
// and criticism two codes of their own ("Praise", "Criticism"), annotations PlainTextSelections
// (guid = the annotation id, start and end in code points) with one Coding per code, notes their
// Description. Orphans (no place in the text, so no selection) become Notes in the project's
// Notes, each attached to its review by a NoteRef in the TextSource: guid = the orphan id, name
// "Orphaned praise: “<quote>”" (translated), PlainTextContent a translated, readable account
// (review, quote in context, polarity, tags, note, dates), Description the untranslated marker
// line orphanMarker() followed by a JSON object with every field, which QdpxImporter reads.
// Mapping: docs/project-format.md, "Other formats".
class QdpxExporter
{
    Q_DECLARE_TR_FUNCTIONS(Revmark::QdpxExporter)

public:
    static QString praiseCode() { return QStringLiteral("Praise"); }
    static QString criticismCode() { return QStringLiteral("Criticism"); }

    // project.qde alone.
    static QByteArray projectXml(const ProjectData &data);
    // The whole archive; false with *error (translated, names fileName) when it cannot be made.
    static bool toQdpx(const ProjectData &data, QByteArray *qdpx, const QString &fileName, QString *error);
    // Atomic; on failure *error names the file and the reason and an existing file is untouched.
    static bool exportFile(const ProjectData &data, const QString &path, QString *error);
    // The GUID a code for this tag (or "Praise", "Criticism") gets: the same in every export.
    static QUuid codeGuid(const QString &name);

    // The first line of the Description of a Note that holds an orphan; never translated.
    static QString orphanMarker() { return QStringLiteral("revmark-orphan/1"); }
    // The Note's GUID: the orphan id in upper case (a name-based UUID if the id is no UUID).
    static QString orphanNoteGuid(const QString &orphanId);
    // The Note's name, translated: "Orphaned praise: “<first 60 characters of the quote>”".
    static QString orphanNoteName(const Annotation &orphan);
    // How many orphans an export of data writes as notes, and the translated sentence saying
    // so for an export's message ("2 orphaned annotations written as notes."; empty for none).
    static int orphanCount(const ProjectData &data);
    static QString orphansWritten(const ProjectData &data);
};

} // namespace Revmark
