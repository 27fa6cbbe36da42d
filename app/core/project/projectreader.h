// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/projectfile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Revmark {

// Reads a project file's bytes into ProjectData: what ProjectFile::parse() and load() do, with
// every validation, limit, repair and message described there. Parses with simdjson (one pass
// at gigabytes per second, each string converted to a QString once); QJsonDocument is asked
// only when simdjson refuses the bytes, for Qt's own error message and offset, or to read what
// Qt accepts and simdjson does not (lone surrogate escapes, a byte order mark).
//
// Adding a field: each object kind is read in one function of projectreader.cpp (project(),
// review(), annotation(), gradeOf()), with the helpers string(), stringList(), integer(),
// date() and member().
class ProjectReader
{
    Q_DECLARE_TR_FUNCTIONS(Revmark::ProjectFile)

public:
    // json is taken by value and released as soon as it is parsed, to keep the peak low.
    // padded: json's buffer holds ProjectReader::Padding readable bytes past its end, so it is
    // not copied to add them.
    static ProjectLoadResult parse(QByteArray json, const QString &fileName, const ProjectLimits &limits,
                                   bool padded = false);
    static constexpr int Padding = 64; // SIMDJSON_PADDING
};

} // namespace Revmark
