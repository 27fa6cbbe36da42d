// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QtGlobal>

namespace Revmark {

// The limits on what Revmark reads from disk, each stated once with the one message that
// explains it to the user. Readers refuse a file past a limit before reading it whole, and read
// at most one byte past the limit in case the file grew since it was measured.
class Limits
{
    Q_DECLARE_TR_FUNCTIONS(Revmark::Limits)

public:
    // A review's source file (import, re-import, Show Source).
    static constexpr qint64 MaxSourceFileSize = qint64(20) << 20;
    // A project or recovery file: parsing takes a few times this in memory. The default of
    // ProjectLimits::maxFileSize; tests pass smaller limits.
    static constexpr qint64 MaxProjectFileSize = qint64(256) << 20;
    // UTF-16 units of one review's text, as imported and as a project file may hold it
    // (ProjectLimits::maxTextLength). A source within MaxSourceFileSize nearly always stays
    // below, but canonical (NFC) text can be longer than its bytes: the importer checks.
    static constexpr int MaxReviewTextLength = int(MaxSourceFileSize);
    // UTF-16 units of any other string of a project (title, author, outlet, note, quote, tag…):
    // ProjectLimits::maxStringLength; the importer cuts longer guesses of metadata to it.
    static constexpr int MaxFieldLength = 1 << 20;

    // The reason a source file is refused, as a clause after "Could not import “%1”: ":
    // "it is larger than 20 MB, the most Revmark reads from a review file."
    static QString sourceFileTooLarge();
    // The reason a project file is refused (limit: the ProjectLimits in force):
    // "the file is larger than 256 MB, the most a project file may be."
    static QString projectFileTooLarge(qint64 limit = MaxProjectFileSize);
    // The reason an imported text is refused, as a clause after "Could not import “%1”: ".
    static QString reviewTextTooLong();

    // A size in the user's locale, as the messages above show it ("20 MB").
    static QString formatSize(qint64 bytes);
};

} // namespace Revmark
