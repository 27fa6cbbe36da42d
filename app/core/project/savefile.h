// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Revmark {

// Writes a whole file atomically (QSaveFile: a temporary file beside the target, renamed over it
// only when everything was written). On failure the target is untouched, no temporary is left,
// and errorString() is a translated sentence naming the file and the reason.
class SaveFile
{
public:
    explicit SaveFile(const QString &path);

    bool write(const QByteArray &data);
    QString errorString() const { return m_error; }

private:
    QString m_path;
    QString m_error;
};

} // namespace Revmark
