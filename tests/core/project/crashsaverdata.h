// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The successive project versions the crash test's child (crashsaver.cpp) saves, shared with the
// test (tst_crashsave.cpp) so it can tell which version a file holds.

#include "anchoring/anchoring.h"
#include "project/projectfile.h"

#include <QString>

namespace Revmark::Test {

// Version `version` of the project as saved (autosave = false) or as autosaved with unsaved
// edits on top (autosave = true). Deterministic; large enough (about 300 KB) that a save takes
// a while, so kills land inside writes too.
inline ProjectData crashVersion(int version, bool autosave)
{
    ProjectData data;
    data.title = QStringLiteral("Crash test, version %1%2").arg(version).arg(autosave ? QStringLiteral(" + unsaved") : QString());
    data.tags = QStringList{QStringLiteral("story"), QStringLiteral("music")};
    Review review;
    review.id = QStringLiteral("rev-crash");
    review.title = QStringLiteral("A long review");
    const QString paragraph = QStringLiteral("The harbour lights flicker while the score swells and the story drifts. ");
    for (int i = 0; i < 4000; ++i)
        review.text += paragraph;
    review.text.chop(1);
    review.importedAt = QDateTime::fromString(QStringLiteral("2026-11-20T09:00:00Z"), Qt::ISODate);
    const int count = version % 40 + (autosave ? 2 : 1);
    for (int i = 0; i < count; ++i) {
        Annotation a;
        a.id = QStringLiteral("ann-%1").arg(i, 4, 10, QLatin1Char('0'));
        a.start = int(paragraph.size()) * i + 4;
        a.end = a.start + 7; // "harbour"
        a.polarity = i % 2 ? Polarity::Criticism : Polarity::Praise;
        a.note = QStringLiteral("Written in version %1.").arg(version);
        a.created = review.importedAt;
        a.modified = review.importedAt;
        Anchoring::fillQuote(review.text, &a);
        review.annotations.append(a);
    }
    data.reviews = {review};
    return data;
}

} // namespace Revmark::Test
