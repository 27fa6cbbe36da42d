// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/savefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace Revmark {

SaveFile::SaveFile(const QString &path)
    : m_path(path)
{
}

bool SaveFile::write(const QByteArray &data)
{
    const QString name = QDir::toNativeSeparators(m_path);
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_error = QCoreApplication::translate("Revmark::SaveFile", "Could not save “%1”: %2").arg(name, file.errorString());
        return false;
    }
    if (file.write(data) != data.size()) {
        m_error = QCoreApplication::translate("Revmark::SaveFile", "Could not save “%1”: %2").arg(name, file.errorString());
        file.cancelWriting();
        return false;
    }
    // QSaveFile::commit() only notices errors of write() itself: when the last buffered block is
    // written short while committing (disk full, file size limit), it renames the truncated
    // temporary over the target and reports success (Qt 5.15 and 6.x alike). Flushing first
    // turns a short write into an error while the target is still untouched.
    if (!file.flush()) {
        m_error = QCoreApplication::translate("Revmark::SaveFile",
                                              "Could not save “%1”: not everything could be written (is the "
                                              "disk full?).")
                      .arg(name);
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        m_error = QCoreApplication::translate("Revmark::SaveFile", "Could not save “%1”: %2").arg(name, file.errorString());
        return false;
    }
    m_error.clear();
    return true;
}

} // namespace Revmark
