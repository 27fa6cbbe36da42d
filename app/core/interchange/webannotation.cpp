// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/webannotation.h"

#include "model/codepointmap.h"
#include "model/limits.h"
#include "model/logging.h"
#include "project/project.h"
#include "project/savefile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace Revmark {

namespace {

const QString Context = QStringLiteral("http://www.w3.org/ns/anno.jsonld");

QString isoDate(const QDateTime &dateTime)
{
    return dateTime.toUTC().toString(Qt::ISODate);
}

QJsonObject textualBody(const QString &purpose, const QString &value)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("TextualBody")},
                       {QStringLiteral("purpose"), purpose},
                       {QStringLiteral("value"), value},
                       {QStringLiteral("format"), QStringLiteral("text/plain")}};
}

QJsonObject toJson(const Review &review, const CodePointMap &map, const Annotation &a, bool placed)
{
    QJsonArray body;
    body.append(textualBody(QStringLiteral("assessing"), polarityKey(a.polarity)));
    if (!a.note.isEmpty())
        body.append(textualBody(QStringLiteral("commenting"), a.note));
    for (const QString &tag : a.tags)
        body.append(textualBody(QStringLiteral("tagging"), tag));
    QJsonObject source{{QStringLiteral("id"), QStringLiteral("urn:uuid:") + review.id},
                       {QStringLiteral("type"), QStringLiteral("Text")},
                       {QStringLiteral("format"), QStringLiteral("text/plain")}};
    if (!review.title.isEmpty())
        source.insert(QStringLiteral("title"), review.title);
    if (!review.sourcePath.isEmpty())
        source.insert(QStringLiteral("via"), QUrl::fromLocalFile(review.sourcePath).toString(QUrl::FullyEncoded));
    QJsonArray selectors{QJsonObject{{QStringLiteral("type"), QStringLiteral("TextQuoteSelector")},
                                     {QStringLiteral("exact"), a.quote},
                                     {QStringLiteral("prefix"), a.prefix},
                                     {QStringLiteral("suffix"), a.suffix}}};
    if (placed) {
        selectors.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("TextPositionSelector")},
                                     {QStringLiteral("start"), map.toCodePoint(a.start)},
                                     {QStringLiteral("end"), map.toCodePoint(a.end)}});
    }
    QJsonObject annotation{
        {QStringLiteral("id"), QStringLiteral("urn:uuid:") + a.id},
        {QStringLiteral("type"), QStringLiteral("Annotation")},
        {QStringLiteral("body"), body},
        {QStringLiteral("target"),
         QJsonObject{{QStringLiteral("source"), source}, {QStringLiteral("selector"), selectors}}},
    };
    annotation.insert(QStringLiteral("motivation"),
                      a.tags.isEmpty() ? QJsonValue(QStringLiteral("assessing"))
                                       : QJsonValue(QJsonArray{QStringLiteral("assessing"), QStringLiteral("tagging")}));
    if (a.created.isValid())
        annotation.insert(QStringLiteral("created"), isoDate(a.created));
    if (a.modified.isValid())
        annotation.insert(QStringLiteral("modified"), isoDate(a.modified));
    return annotation;
}

// A JSON value that may be one item or an array of them, as a list.
QJsonArray asArray(const QJsonValue &value)
{
    if (value.isArray())
        return value.toArray();
    if (value.isUndefined() || value.isNull())
        return {};
    return QJsonArray{value};
}

// The first string of a value that may be one string or an array of them; empty when none.
QString firstString(const QJsonValue &value)
{
    const QJsonArray array = asArray(value);
    return array.isEmpty() ? QString() : array.at(0).toString();
}

bool hasType(const QJsonObject &object, const QString &type)
{
    const QJsonArray types = asArray(object.value(QStringLiteral("type")));
    for (const QJsonValue &t : types) {
        if (t.toString() == type || t.toString() == QLatin1String("oa:") + type)
            return true;
    }
    return false;
}

QDateTime dateOf(const QJsonObject &object, const char *key)
{
    QDateTime t = QDateTime::fromString(object.value(QLatin1String(key)).toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        return {};
    t = t.toUTC();
    t.setTime(QTime(t.time().hour(), t.time().minute(), t.time().second()));
    return t;
}

// Where a target's source points: a review id (urn:uuid:) or an original file (file:).
void readSource(const QJsonValue &value, IncomingAnnotation *in)
{
    QStringList uris;
    if (value.isString()) {
        uris.append(value.toString());
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (const char *key : {"id", "@id", "via", "canonical"})
            uris.append(firstString(object.value(QLatin1String(key))));
    }
    for (const QString &uri : std::as_const(uris)) {
        if (uri.startsWith(QLatin1String("urn:uuid:"), Qt::CaseInsensitive) && in->reviewId.isEmpty())
            in->reviewId = AnnotationMerger::normalizedId(uri);
        else if (uri.startsWith(QLatin1String("file:"), Qt::CaseInsensitive) && in->sourcePath.isEmpty())
            in->sourcePath = QUrl(uri).toLocalFile();
    }
}

class Reader
{
    Q_DECLARE_TR_FUNCTIONS(Revmark::WebAnnotation)

public:
    explicit Reader(const QString &fileName)
        : m_fileName(QDir::toNativeSeparators(fileName))
    {
    }

    QString fail(const QString &reason)
    {
        if (m_error.isEmpty())
            m_error = tr("Could not import “%1”: %2").arg(m_fileName, reason);
        return m_error;
    }
    QString error() const { return m_error; }

    QString text(const QJsonValue &value)
    {
        const QString s = value.toString();
        if (s.size() > Limits::MaxFieldLength)
            fail(tr("a text in it is longer than %1 characters, the most Revmark keeps in one field.")
                     .arg(Limits::MaxFieldLength));
        return s;
    }

    void readAnnotation(const QJsonObject &object, QVector<IncomingAnnotation> *out)
    {
        if (out->size() >= WebAnnotation::MaxAnnotations) {
            fail(tr("it holds more than %1 annotations.").arg(WebAnnotation::MaxAnnotations));
            return;
        }
        IncomingAnnotation in;
        Annotation &a = in.annotation;
        a.id = AnnotationMerger::normalizedId(object.value(QStringLiteral("id")).toString());
        a.created = dateOf(object, "created");
        a.modified = dateOf(object, "modified");
        if (!a.modified.isValid())
            a.modified = dateOf(object, "updated"); // Hypothesis
        in.hasPolarity = false;
        QStringList notes;
        for (const QJsonValue &value : asArray(object.value(QStringLiteral("body")))) {
            const QJsonObject body = value.toObject();
            const QString purpose = firstString(body.value(QStringLiteral("purpose")));
            const QString v = text(body.value(QStringLiteral("value")));
            Polarity polarity;
            if (purpose == QLatin1String("assessing") && polarityFromKey(v, &polarity)) {
                a.polarity = polarity;
                in.hasPolarity = true;
            } else if (purpose == QLatin1String("tagging")) {
                a.tags.append(v);
            } else if (!v.isEmpty() && (purpose.isEmpty() || purpose == QLatin1String("commenting")
                                        || purpose == QLatin1String("describing"))) {
                notes.append(v);
            }
        }
        // Hypothesis: the note is "text", the tags "tags"; W3C's shorthand for a text body is "bodyValue".
        for (const char *key : {"bodyValue", "text"}) {
            const QString v = text(object.value(QLatin1String(key)));
            if (!v.isEmpty())
                notes.append(v);
        }
        for (const QJsonValue &tag : object.value(QStringLiteral("tags")).toArray())
            a.tags.append(text(tag));
        a.note = notes.join(QLatin1String("\n\n"));
        const QJsonArray targets = asArray(object.value(QStringLiteral("target")));
        if (!targets.isEmpty()) {
            const QJsonValue target = targets.first();
            if (target.isString()) {
                readSource(target, &in);
            } else {
                const QJsonObject t = target.toObject();
                readSource(t.value(QStringLiteral("source")), &in);
                for (const QJsonValue &value : asArray(t.value(QStringLiteral("selector")))) {
                    const QJsonObject selector = value.toObject();
                    if (hasType(selector, QStringLiteral("TextQuoteSelector"))) {
                        a.quote = text(selector.value(QStringLiteral("exact")));
                        a.prefix = text(selector.value(QStringLiteral("prefix")));
                        a.suffix = text(selector.value(QStringLiteral("suffix")));
                    } else if (hasType(selector, QStringLiteral("TextPositionSelector"))) {
                        const double start = selector.value(QStringLiteral("start")).toDouble(-1);
                        const double end = selector.value(QStringLiteral("end")).toDouble(-1);
                        if (start >= 0 && end >= start && end <= Limits::MaxReviewTextLength) {
                            in.startCodePoint = int(start);
                            in.endCodePoint = int(end);
                        }
                    }
                }
            }
        }
        out->append(in);
    }

    // Annotations of whatever the top level is; false when it is none of the known shapes.
    bool readAny(const QJsonValue &value, QVector<IncomingAnnotation> *out, int depth = 0)
    {
        if (depth > 4)
            return false;
        if (value.isArray()) {
            for (const QJsonValue &item : value.toArray()) {
                if (!m_error.isEmpty())
                    return true;
                if (item.isObject())
                    readAnnotation(item.toObject(), out);
            }
            return true;
        }
        const QJsonObject object = value.toObject();
        if (hasType(object, QStringLiteral("AnnotationCollection"))) {
            const QJsonValue first = object.value(QStringLiteral("first"));
            if (first.isObject())
                return readAny(first, out, depth + 1);
            return readAny(object.value(QStringLiteral("items")), out, depth + 1) || true;
        }
        if (hasType(object, QStringLiteral("AnnotationPage")))
            return readAny(object.value(QStringLiteral("items")), out, depth + 1) || true;
        if (object.value(QStringLiteral("rows")).isArray()) // Hypothesis search results
            return readAny(object.value(QStringLiteral("rows")), out, depth + 1);
        if (hasType(object, QStringLiteral("Annotation")) || object.contains(QStringLiteral("target"))) {
            readAnnotation(object, out);
            return true;
        }
        return false;
    }

private:
    QString m_fileName;
    QString m_error;
};

} // namespace

QByteArray WebAnnotation::toJson(const ProjectData &data)
{
    QJsonArray items;
    for (const Review &review : data.reviews) {
        const CodePointMap map(review.text);
        for (const Annotation &a : review.annotations)
            items.append(Revmark::toJson(review, map, a, true));
        for (const Annotation &a : review.orphans)
            items.append(Revmark::toJson(review, map, a, false));
    }
    QJsonObject collection{
        {QStringLiteral("@context"), Context},
        {QStringLiteral("type"), QStringLiteral("AnnotationCollection")},
        {QStringLiteral("total"), items.size()},
        {QStringLiteral("first"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("AnnotationPage")},
                     {QStringLiteral("startIndex"), 0},
                     {QStringLiteral("items"), items}}},
    };
    if (!data.title.isEmpty())
        collection.insert(QStringLiteral("label"), data.title);
    return QJsonDocument(collection).toJson(QJsonDocument::Indented);
}

bool WebAnnotation::exportFile(const ProjectData &data, const QString &path, QString *error)
{
    SaveFile file(path);
    if (!file.write(toJson(data))) {
        if (error)
            *error = file.errorString();
        qCWarning(lcExport) << "Web Annotation export failed:" << file.errorString();
        return false;
    }
    return true;
}

WebAnnotation::ReadResult WebAnnotation::parse(const QByteArray &json, const QString &fileName)
{
    ReadResult result;
    Reader reader(fileName);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (document.isNull()) {
        result.error = reader.fail(tr("it is not valid JSON (%1 at byte %2).")
                                       .arg(parseError.errorString())
                                       .arg(parseError.offset));
        return result;
    }
    const QJsonValue root = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    if (!reader.readAny(root, &result.annotations)) {
        result.error = reader.fail(tr("it is neither a W3C Web Annotation nor a Hypothesis annotation."));
        return result;
    }
    if (!reader.error().isEmpty()) {
        result.error = reader.error();
        result.annotations.clear();
        return result;
    }
    result.ok = true;
    return result;
}

WebAnnotation::ReadResult WebAnnotation::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ReadResult result;
        result.error = tr("Could not import “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return result;
    }
    if (file.size() > MaxFileSize) {
        ReadResult result;
        result.error = tr("Could not import “%1”: it is larger than %2, the most Revmark reads from an annotation file.")
                           .arg(QDir::toNativeSeparators(path), Limits::formatSize(MaxFileSize));
        return result;
    }
    const QByteArray bytes = file.read(MaxFileSize + 1);
    if (bytes.size() > MaxFileSize) {
        ReadResult result;
        result.error = tr("Could not import “%1”: it is larger than %2, the most Revmark reads from an annotation file.")
                           .arg(QDir::toNativeSeparators(path), Limits::formatSize(MaxFileSize));
        return result;
    }
    return parse(bytes, path);
}

MergeResult WebAnnotation::importInto(Project *project, const QString &path)
{
    const ReadResult read = WebAnnotation::read(path);
    if (!read.ok) {
        MergeResult result;
        result.error = read.error;
        return result;
    }
    MergeResult merged = AnnotationMerger::merge(project->data(), {}, {}, read.annotations, path);
    if (merged.ok)
        project->addImported(merged.content, tr("Import Web Annotations"));
    qCDebug(lcProject) << "Web Annotation import from" << path << ":" << merged.report.added() << "annotations";
    return merged;
}

} // namespace Revmark
