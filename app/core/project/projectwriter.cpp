// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/projectwriter.h"

#include "model/codepointmap.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include <algorithm>
#include <cstring>

namespace Revmark {

namespace {

const QString FormatName = QStringLiteral("revmark-project");

char hexDigit(uint u)
{
    return char(u < 10 ? '0' + u : 'a' + u - 10);
}

// Writes "yyyy-MM-ddTHH:mm:ssZ" at out; returns false for what Qt formats otherwise.
bool writeIsoDate(const QDateTime &dateTime, char *out)
{
    if (!dateTime.isValid())
        return false;
    const qint64 ms = dateTime.toMSecsSinceEpoch();
    constexpr qint64 Year10000 = Q_INT64_C(253402300800000);
    if (ms < 0 || ms >= Year10000)
        return false;
    const qint64 seconds = ms / 1000;
    const QDate date = QDate::fromJulianDay(2440588 + seconds / 86400); // 1970-01-01
    const int inDay = int(seconds % 86400);
    const auto put = [&out](int value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            out[i] = char('0' + value % 10);
        out += digits;
    };
    put(date.year(), 4);
    *out++ = '-';
    put(date.month(), 2);
    *out++ = '-';
    put(date.day(), 2);
    *out++ = 'T';
    put(inDay / 3600, 2);
    *out++ = ':';
    put(inDay / 60 % 60, 2);
    *out++ = ':';
    put(inDay % 60, 2);
    *out++ = 'Z';
    return true;
}

} // namespace

JsonWriter::JsonWriter(qsizetype expectedSize)
{
    m_out.reserve(qMax<qsizetype>(expectedSize, 4096));
}

void JsonWriter::indent()
{
    const qsizetype n = 4 * m_empty.size();
    const qsizetype at = m_out.size();
    m_out.resize(at + n);
    std::memset(m_out.data() + at, ' ', size_t(n));
}

void JsonWriter::next(const char *key)
{
    if (!m_empty.isEmpty()) {
        if (!m_empty.last())
            m_out += ",\n";
        m_empty.last() = false;
        indent();
    }
    if (key) {
        Q_ASSERT_X(!m_lastKey.last() || std::strcmp(m_lastKey.last(), key) < 0, "JsonWriter",
                   "members must be written in key order");
        m_lastKey.last() = key;
        m_out += '"';
        m_out += key;
        m_out += "\": ";
    }
}

void JsonWriter::beginObject(const char *key)
{
    next(key);
    m_out += "{\n";
    m_empty.append(true);
    m_lastKey.append(nullptr);
}

void JsonWriter::endObject()
{
    const bool empty = m_empty.takeLast();
    m_lastKey.removeLast();
    if (!empty)
        m_out += '\n';
    indent();
    m_out += '}';
}

void JsonWriter::beginArray(const char *key)
{
    next(key);
    m_out += "[\n";
    m_empty.append(true);
    m_lastKey.append(nullptr);
}

void JsonWriter::endArray()
{
    const bool empty = m_empty.takeLast();
    m_lastKey.removeLast();
    if (!empty)
        m_out += '\n';
    indent();
    m_out += ']';
}

void JsonWriter::string(const QString &value)
{
    string(reinterpret_cast<const char16_t *>(value.constData()),
           reinterpret_cast<const char16_t *>(value.constData()) + value.size());
}

// As Qt's JSON writer escapes: ", \ and control characters; UTF-8 for the rest, except a lone
// surrogate, which becomes \uXXXX.
void JsonWriter::string(const char16_t *begin, const char16_t *end)
{
    const qsizetype at = m_out.size();
    m_out.resize(at + 2 + 6 * (end - begin)); // the longest escape is six bytes per unit
    char *out = m_out.data() + at;
    *out++ = '"';
    for (const char16_t *p = begin; p != end; ++p) {
        const char16_t u = *p;
        if (u < 0x80) {
            if (u >= 0x20 && u != '"' && u != '\\') {
                *out++ = char(u);
                continue;
            }
            *out++ = '\\';
            switch (u) {
            case '"': *out++ = '"'; break;
            case '\\': *out++ = '\\'; break;
            case '\b': *out++ = 'b'; break;
            case '\f': *out++ = 'f'; break;
            case '\n': *out++ = 'n'; break;
            case '\r': *out++ = 'r'; break;
            case '\t': *out++ = 't'; break;
            default:
                *out++ = 'u';
                *out++ = '0';
                *out++ = '0';
                *out++ = hexDigit(u >> 4);
                *out++ = hexDigit(u & 0xf);
            }
        } else if (u < 0x800) {
            *out++ = char(0xc0 | (u >> 6));
            *out++ = char(0x80 | (u & 0x3f));
        } else if (u < 0xd800 || u > 0xdfff) {
            *out++ = char(0xe0 | (u >> 12));
            *out++ = char(0x80 | ((u >> 6) & 0x3f));
            *out++ = char(0x80 | (u & 0x3f));
        } else if (u <= 0xdbff && p + 1 != end && p[1] >= 0xdc00 && p[1] <= 0xdfff) {
            const char32_t c = 0x10000 + ((char32_t(u) - 0xd800) << 10) + (char32_t(p[1]) - 0xdc00);
            ++p;
            *out++ = char(0xf0 | (c >> 18));
            *out++ = char(0x80 | ((c >> 12) & 0x3f));
            *out++ = char(0x80 | ((c >> 6) & 0x3f));
            *out++ = char(0x80 | (c & 0x3f));
        } else {
            *out++ = '\\';
            *out++ = 'u';
            *out++ = hexDigit(u >> 12);
            *out++ = hexDigit((u >> 8) & 0xf);
            *out++ = hexDigit((u >> 4) & 0xf);
            *out++ = hexDigit(u & 0xf);
        }
    }
    *out++ = '"';
    m_out.resize(out - m_out.constData());
}

void JsonWriter::member(const char *key, const QString &value)
{
    next(key);
    string(value);
}

void JsonWriter::item(const QString &value)
{
    next(nullptr);
    string(value);
}

void JsonWriter::member(const char *key, const QStringList &value)
{
    beginArray(key);
    for (const QString &s : value)
        item(s);
    endArray();
}

void JsonWriter::member(const char *key, qint64 value)
{
    next(key);
    m_out += QByteArray::number(value);
}

void JsonWriter::member(const char *key, bool value)
{
    next(key);
    m_out += value ? "true" : "false";
}

void JsonWriter::memberNull(const char *key)
{
    next(key);
    m_out += "null";
}

void JsonWriter::member(const char *key, const QDateTime &value)
{
    next(key);
    char date[20];
    if (writeIsoDate(value, date)) {
        m_out += '"';
        m_out.append(date, 20);
        m_out += '"';
    } else {
        string(value.isValid() ? value.toUTC().toString(Qt::ISODate) : QString());
    }
}

void JsonWriter::member(const char *key, const QJsonValue &value)
{
    next(key);
    if (value.isObject() || value.isArray()) {
        // Qt's own output, indented to where it stands: no string holds a raw newline.
        QByteArray json = value.isObject() ? QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented)
                                           : QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented);
        json.chop(1);
        m_out += json.replace("\n", QByteArray("\n") + QByteArray(4 * m_empty.size(), ' '));
    } else {
        const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        m_out += json.mid(1, json.size() - 2);
    }
}

QByteArray JsonWriter::finish()
{
    m_out += '\n';
    return std::move(m_out);
}

QString JsonWriter::isoDate(const QDateTime &dateTime)
{
    char date[20];
    if (writeIsoDate(dateTime, date))
        return QString::fromLatin1(date, 20);
    return dateTime.isValid() ? dateTime.toUTC().toString(Qt::ISODate) : QString();
}

namespace {

// An orphan (map == nullptr) has no place in the text: no start or end.
void annotation(JsonWriter &w, const Annotation &a, const CodePointMap *map)
{
    w.beginObject();
    w.member("created", a.created);
    if (map)
        w.member("end", qint64(map->toCodePoint(a.end)));
    w.member("id", a.id);
    w.member("modified", a.modified);
    w.member("note", a.note);
    w.member("polarity", polarityKey(a.polarity));
    w.beginObject("quote");
    w.member("exact", a.quote);
    w.member("prefix", a.prefix);
    w.member("suffix", a.suffix);
    w.endObject();
    if (map)
        w.member("start", qint64(map->toCodePoint(a.start)));
    w.member("tags", a.tags);
    w.endObject();
}

// Only when there is something to keep: a grade, or the user's "no grade" correction.
void grade(JsonWriter &w, const Grade &grade)
{
    if (!grade.isValid() && !grade.corrected)
        return;
    w.beginObject("grade");
    w.member("corrected", grade.corrected);
    w.member("raw", grade.raw);
    if (grade.isValid())
        w.member("value", qint64(grade.value));
    else
        w.memberNull("value");
    w.endObject();
}

void review(JsonWriter &w, const Review &r)
{
    const CodePointMap map(r.text);
    w.beginObject();
    w.beginArray("annotations");
    // Text order whatever order the caller keeps them in: the output must not depend on it.
    if (std::is_sorted(r.annotations.cbegin(), r.annotations.cend(), annotationLessThan)) {
        for (const Annotation &a : r.annotations)
            annotation(w, a, &map);
    } else {
        QVector<Annotation> sorted = r.annotations;
        std::stable_sort(sorted.begin(), sorted.end(), annotationLessThan);
        for (const Annotation &a : std::as_const(sorted))
            annotation(w, a, &map);
    }
    w.endArray();
    w.member("author", r.author);
    grade(w, r.grade);
    w.member("id", r.id);
    // The optional fields below are written only when set, so files without them stay as they were.
    if (!r.language.isEmpty())
        w.member("language", r.language);
    // Only when there are any, so files without orphans stay as they always were.
    if (!r.orphans.isEmpty()) {
        w.beginArray("orphans");
        for (const Annotation &a : r.orphans)
            annotation(w, a, nullptr);
        w.endArray();
    }
    w.member("outlet", r.outlet);
    if (!r.rejectedSuggestions.isEmpty())
        w.member("rejectedSuggestions", r.rejectedSuggestions);
    if (!r.setAside.isEmpty()) {
        w.beginArray("setAside");
        for (const TextRange &range : r.setAside) {
            w.beginObject();
            w.member("end", qint64(map.toCodePoint(range.end)));
            w.member("start", qint64(map.toCodePoint(range.start)));
            w.endObject();
        }
        w.endArray();
    }
    w.beginObject("source");
    w.member("format", sourceFormatKey(r.format));
    w.member("imported", r.importedAt);
    w.member("path", r.sourcePath);
    w.member("sha256", r.textSha256());
    w.endObject();
    w.member("text", r.text);
    w.member("title", r.title);
    w.endObject();
}

} // namespace

QByteArray ProjectWriter::write(const ProjectData &data, const QJsonObject &extra)
{
    qsizetype expected = 1024;
    for (const Review &r : data.reviews)
        expected += 3 * r.text.size() + 900 * (r.annotations.size() + r.orphans.size()) + 1024;
    JsonWriter w(expected);
    // The project's members and extra's, merged in key order; the keys kept alive for the order check.
    QByteArrayList extraKeys;
    for (auto it = extra.begin(); it != extra.end(); ++it)
        extraKeys.append(it.key().toUtf8());
    qsizetype nextExtra = 0;
    const auto writeExtraBefore = [&](const char *key) {
        for (; nextExtra < extraKeys.size() && (!key || std::strcmp(extraKeys.at(nextExtra).constData(), key) <= 0);
             ++nextExtra) {
            if (!key || std::strcmp(extraKeys.at(nextExtra).constData(), key) < 0) // the project's own win
                w.member(extraKeys.at(nextExtra).constData(), extra.value(QString::fromUtf8(extraKeys.at(nextExtra))));
        }
    };
    w.beginObject();
    writeExtraBefore("format");
    w.member("format", FormatName);
    writeExtraBefore("reviews");
    w.beginArray("reviews");
    for (const Review &r : data.reviews)
        review(w, r);
    w.endArray();
    writeExtraBefore("tags");
    w.member("tags", data.tags);
    writeExtraBefore("title");
    w.member("title", data.title);
    writeExtraBefore("version");
    w.member("version", qint64(ProjectFile::FormatVersion));
    writeExtraBefore(nullptr);
    w.endObject();
    return w.finish();
}

} // namespace Revmark
