// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/projectfile.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

class QDateTime;
class QJsonValue;

namespace Revmark {

// Writes JSON byte for byte as QJsonDocument::toJson(QJsonDocument::Indented) writes the same
// values (members in key order, four spaces of indent, Qt's escapes), straight from the model:
// no QJsonObject is built and no string is copied on the way.
//
// Members of an object must be written in ascending key order, as QJsonObject keeps them
// (checked with Q_ASSERT). Values of other kinds go through member(key, QJsonValue), written as
// Qt writes them.
class JsonWriter
{
public:
    explicit JsonWriter(qsizetype expectedSize = 0);

    void beginObject(const char *key = nullptr);
    void endObject();
    void beginArray(const char *key = nullptr);
    void endArray();

    void member(const char *key, const QString &value);
    void member(const char *key, const QStringList &value);
    void member(const char *key, qint64 value);
    void member(const char *key, bool value);
    // As isoDate() gives it.
    void member(const char *key, const QDateTime &value);
    void member(const char *key, const QJsonValue &value);
    void member(const char *key, const char *) = delete; // say QString or QLatin1String
    void memberNull(const char *key);
    // Array items.
    void item(const QString &value);

    // The document, with the newline Qt ends it with.
    QByteArray finish();

    // What isoDate() writes: the UTC time as Qt::ISODate, without fractions of a second; "" when invalid.
    static QString isoDate(const QDateTime &dateTime);

private:
    void next(const char *key);
    void indent();
    void string(const QString &value);
    void string(const char16_t *begin, const char16_t *end);

    QByteArray m_out;
    QVector<bool> m_empty;          // per open container: nothing written in it yet
    QVector<const char *> m_lastKey; // per open container, for the key order check
};

// ProjectData to the bytes of a project file (docs/project-format.md). One function per object
// kind in projectwriter.cpp (project(), review(), annotation(), grade()); a field is one line
// there, at its place in key order.
class ProjectWriter
{
public:
    // extra: further top-level members (the recovery store's), in key order among the project's.
    static QByteArray write(const ProjectData &data, const QJsonObject &extra = QJsonObject());
};

} // namespace Revmark
