// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/limits.h"

#include <QLocale>

namespace Revmark {

QString Limits::sourceFileTooLarge()
{
    //: Why a review file is refused; follows "Could not import “file”: "
    return tr("it is larger than %1, the most Revmark reads from a review file.").arg(formatSize(MaxSourceFileSize));
}

QString Limits::projectFileTooLarge(qint64 limit)
{
    //: Why a project file is refused; follows "Could not open “file”: "
    return tr("the file is larger than %1, the most a project file may be.").arg(formatSize(limit));
}

QString Limits::reviewTextTooLong()
{
    //: Why a review file is refused; follows "Could not import “file”: "
    return tr("its text is longer than %1 characters, the most a review may hold.")
        .arg(QLocale().toString(MaxReviewTextLength));
}

QString Limits::formatSize(qint64 bytes)
{
    // Traditional units (1 MB = 2^20 bytes): the limits are powers of two and read as round numbers.
    return QLocale().formattedDataSize(bytes, 0, QLocale::DataSizeTraditionalFormat);
}

} // namespace Revmark
