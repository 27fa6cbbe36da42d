// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Revmark {

// A zip archive in memory, read or written with libzip, for .qdpx files. Nothing is ever written
// to or read from disk here: entries are looked up by name in the archive only, so no entry name
// can reach a path outside it. Opening refuses, before anything is inflated, archives with more
// than Bounds::maxEntries entries, an entry or a total declared larger than the bounds, and entry
// names that are absolute, contain "..", a backslash or a drive letter (zip-slip). Reading an
// entry stops one byte past its declared size, so a lying header cannot inflate more.
// Reasons are translated clauses to follow "Could not import “FILE”: ".
class ZipArchive
{
    Q_DECLARE_TR_FUNCTIONS(Revmark::ZipArchive)

public:
    struct Bounds
    {
        int maxEntries = 10000;
        qint64 maxEntrySize = qint64(64) << 20;
        qint64 maxTotalSize = qint64(256) << 20;
    };

    ZipArchive() = default;
    ~ZipArchive();
    ZipArchive(const ZipArchive &) = delete;
    ZipArchive &operator=(const ZipArchive &) = delete;

    bool open(const QByteArray &zip, const Bounds &bounds, QString *reason);
    bool open(const QByteArray &zip, QString *reason) { return open(zip, Bounds(), reason); }
    QStringList names() const { return m_names; }
    bool contains(const QString &name) const { return m_names.contains(name); }
    bool read(const QString &name, QByteArray *data, QString *reason) const;

    // A zip of the entries (name, data), deflated; false with *reason when libzip fails.
    static bool write(const QVector<QPair<QString, QByteArray>> &entries, QByteArray *zip, QString *reason);
    // True for a name that stays inside the archive (see above).
    static bool isSafeName(const QString &name);

private:
    void close();

    QByteArray m_bytes; // libzip reads from it while the archive is open
    void *m_zip = nullptr;
    QStringList m_names;
    QVector<qint64> m_sizes;
    Bounds m_bounds;
};

} // namespace Revmark
