// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/ziparchive.h"

#include "model/limits.h"
#include "model/logging.h"

#include <zip.h>

#include <cstdio>

namespace Revmark {

namespace {

zip_t *zipOf(void *handle)
{
    return static_cast<zip_t *>(handle);
}

QString libzipError(zip_error_t *error)
{
    return QString::fromLocal8Bit(zip_error_strerror(error));
}

} // namespace

ZipArchive::~ZipArchive()
{
    close();
}

void ZipArchive::close()
{
    if (m_zip)
        zip_discard(zipOf(m_zip));
    m_zip = nullptr;
    m_names.clear();
    m_sizes.clear();
}

bool ZipArchive::isSafeName(const QString &name)
{
    if (name.isEmpty() || name.startsWith(QLatin1Char('/')) || name.contains(QLatin1Char('\\'))
        || name.contains(QChar(0)) || (name.size() >= 2 && name.at(1) == QLatin1Char(':')))
        return false;
    const QStringList parts = name.split(QLatin1Char('/'));
    for (const QString &part : parts) {
        if (part == QLatin1String(".."))
            return false;
    }
    return true;
}

bool ZipArchive::open(const QByteArray &zip, const Bounds &bounds, QString *reason)
{
    close();
    m_bytes = zip;
    m_bounds = bounds;
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *source = zip_source_buffer_create(m_bytes.constData(), zip_uint64_t(m_bytes.size()), 0, &error);
    zip_t *archive = source ? zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error) : nullptr;
    if (!archive) {
        *reason = tr("it is not a readable zip archive (%1).").arg(libzipError(&error));
        zip_error_fini(&error);
        if (source)
            zip_source_free(source);
        return false;
    }
    zip_error_fini(&error);
    m_zip = archive;
    const zip_int64_t count = zip_get_num_entries(archive, 0);
    if (count < 0 || count > bounds.maxEntries) {
        *reason = tr("the archive has %1 entries; Revmark reads at most %2.").arg(count).arg(bounds.maxEntries);
        close();
        return false;
    }
    qint64 total = 0;
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t stat;
        zip_stat_init(&stat);
        if (zip_stat_index(archive, zip_uint64_t(i), 0, &stat) != 0 || !(stat.valid & ZIP_STAT_NAME)
            || !(stat.valid & ZIP_STAT_SIZE)) {
            *reason = tr("entry %1 of the archive cannot be read.").arg(i + 1);
            close();
            return false;
        }
        const QString name = QString::fromUtf8(stat.name);
        if (!isSafeName(name)) {
            *reason = tr("the archive has an entry named “%1”, which points outside it.").arg(name);
            close();
            return false;
        }
        const qint64 size = stat.size > zip_uint64_t(bounds.maxTotalSize) ? bounds.maxTotalSize + 1 : qint64(stat.size);
        total += size;
        if (size > bounds.maxEntrySize || total > bounds.maxTotalSize) {
            *reason = tr("the archive unpacks to more than %1, the most Revmark reads from it.")
                          .arg(Limits::formatSize(size > bounds.maxEntrySize ? bounds.maxEntrySize : bounds.maxTotalSize));
            close();
            return false;
        }
        m_names.append(name);
        m_sizes.append(size);
    }
    return true;
}

bool ZipArchive::read(const QString &name, QByteArray *data, QString *reason) const
{
    const int index = int(m_names.indexOf(name));
    if (!m_zip || index < 0) {
        *reason = tr("the archive has no entry “%1”.").arg(name);
        return false;
    }
    zip_file_t *file = zip_fopen(zipOf(m_zip), name.toUtf8().constData(), 0);
    if (!file) {
        *reason = tr("the entry “%1” cannot be unpacked (%2).")
                      .arg(name, libzipError(zip_get_error(zipOf(m_zip))));
        return false;
    }
    const qint64 declared = m_sizes.at(index);
    QByteArray bytes(declared + 1, Qt::Uninitialized);
    qint64 got = 0;
    while (got <= declared) {
        const zip_int64_t n = zip_fread(file, bytes.data() + got, zip_uint64_t(declared + 1 - got));
        if (n < 0) {
            *reason = tr("the entry “%1” cannot be unpacked (%2).")
                          .arg(name, libzipError(zip_file_get_error(file)));
            zip_fclose(file);
            return false;
        }
        if (n == 0)
            break;
        got += n;
    }
    zip_fclose(file);
    if (got != declared) {
        *reason = tr("the entry “%1” does not have the size the archive declares.").arg(name);
        return false;
    }
    bytes.truncate(int(got));
    *data = bytes;
    return true;
}

bool ZipArchive::write(const QVector<QPair<QString, QByteArray>> &entries, QByteArray *zip, QString *reason)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    if (!buffer) {
        *reason = libzipError(&error);
        zip_error_fini(&error);
        return false;
    }
    // Kept past zip_close(), which writes the archive into it.
    zip_source_keep(buffer);
    zip_t *archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
    if (!archive) {
        *reason = libzipError(&error);
        zip_error_fini(&error);
        zip_source_free(buffer);
        return false;
    }
    zip_error_fini(&error);
    bool ok = true;
    for (const auto &entry : entries) {
        zip_source_t *data = zip_source_buffer(archive, entry.second.constData(), zip_uint64_t(entry.second.size()), 0);
        if (!data || zip_file_add(archive, entry.first.toUtf8().constData(), data, ZIP_FL_ENC_UTF_8) < 0) {
            if (data)
                zip_source_free(data);
            *reason = QString::fromLocal8Bit(zip_strerror(archive));
            ok = false;
            break;
        }
    }
    if (!ok || zip_close(archive) != 0) {
        if (ok)
            *reason = QString::fromLocal8Bit(zip_strerror(archive));
        zip_discard(archive);
        zip_source_free(buffer);
        return false;
    }
    QByteArray bytes;
    if (zip_source_open(buffer) == 0) {
        zip_source_seek(buffer, 0, SEEK_END);
        const zip_int64_t size = zip_source_tell(buffer);
        zip_source_seek(buffer, 0, SEEK_SET);
        bytes.resize(int(size));
        const zip_int64_t n = size > 0 ? zip_source_read(buffer, bytes.data(), zip_uint64_t(size)) : 0;
        zip_source_close(buffer);
        ok = n == size;
    } else {
        ok = false;
    }
    zip_source_free(buffer);
    if (!ok) {
        *reason = tr("the archive could not be assembled in memory.");
        return false;
    }
    *zip = bytes;
    return true;
}

} // namespace Revmark
