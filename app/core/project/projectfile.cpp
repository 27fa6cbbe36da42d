// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/projectfile.h"

#include "anchoring/anchoring.h"
#include "model/codepointmap.h"
#include "model/logging.h"
#include "project/jsonscanner.h"
#include "project/project.h"
#include "project/savefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <utility>

namespace Revmark {

namespace {

const QString FormatName = QStringLiteral("revmark-project");

QString isoDate(const QDateTime &dateTime)
{
    return dateTime.toUTC().toString(Qt::ISODate);
}

QJsonArray toJsonArray(const QStringList &list)
{
    QJsonArray array;
    for (const QString &s : list)
        array.append(s);
    return array;
}

// An orphan (map == nullptr) has no place in the text: no start or end.
QJsonObject annotationToJson(const Annotation &a, const CodePointMap *map)
{
    QJsonObject quote;
    quote.insert(QStringLiteral("exact"), a.quote);
    quote.insert(QStringLiteral("prefix"), a.prefix);
    quote.insert(QStringLiteral("suffix"), a.suffix);
    QJsonObject o;
    o.insert(QStringLiteral("id"), a.id);
    if (map) {
        o.insert(QStringLiteral("start"), map->toCodePoint(a.start));
        o.insert(QStringLiteral("end"), map->toCodePoint(a.end));
    }
    o.insert(QStringLiteral("polarity"), polarityKey(a.polarity));
    o.insert(QStringLiteral("tags"), toJsonArray(a.tags));
    o.insert(QStringLiteral("note"), a.note);
    o.insert(QStringLiteral("quote"), quote);
    o.insert(QStringLiteral("created"), isoDate(a.created));
    o.insert(QStringLiteral("modified"), isoDate(a.modified));
    return o;
}

// The optional "language" of a review: written only when known, so files of reviews without
// one stay as they were; read back by Reader::languageOf.
void writeLanguage(const Review &r, QJsonObject *o)
{
    if (!r.language.isEmpty())
        o->insert(QStringLiteral("language"), r.language);
}

// The optional "rejectedSuggestions" list of a review: the exact text of each rejected
// suggestion, written only when there is one, so older readers and older files agree.
void writeRejectedSuggestions(const Review &r, QJsonObject *o)
{
    if (!r.rejectedSuggestions.isEmpty())
        o->insert(QStringLiteral("rejectedSuggestions"), toJsonArray(r.rejectedSuggestions));
}

// "setAside": the passages set aside as the web page's, in code points; only when there are
// any, so files without them stay as they always were.
void setAsideToJson(const Review &r, const CodePointMap &map, QJsonObject *o)
{
    if (r.setAside.isEmpty())
        return;
    QJsonArray ranges;
    for (const TextRange &range : r.setAside) {
        QJsonObject item;
        item.insert(QStringLiteral("start"), map.toCodePoint(range.start));
        item.insert(QStringLiteral("end"), map.toCodePoint(range.end));
        ranges.append(item);
    }
    o->insert(QStringLiteral("setAside"), ranges);
}

QJsonObject reviewToJson(const Review &r)
{
    const CodePointMap map(r.text);
    // Text order whatever order the caller keeps them in: the output must not depend on it.
    QVector<Annotation> sorted = r.annotations;
    std::stable_sort(sorted.begin(), sorted.end(), annotationLessThan);
    QJsonArray annotations;
    for (const Annotation &a : std::as_const(sorted))
        annotations.append(annotationToJson(a, &map));
    QJsonObject source;
    source.insert(QStringLiteral("path"), r.sourcePath);
    source.insert(QStringLiteral("format"), sourceFormatKey(r.format));
    source.insert(QStringLiteral("imported"), isoDate(r.importedAt));
    source.insert(QStringLiteral("sha256"), r.textSha256());
    QJsonObject o;
    o.insert(QStringLiteral("id"), r.id);
    o.insert(QStringLiteral("title"), r.title);
    o.insert(QStringLiteral("author"), r.author);
    o.insert(QStringLiteral("outlet"), r.outlet);
    o.insert(QStringLiteral("source"), source);
    o.insert(QStringLiteral("text"), r.text);
    o.insert(QStringLiteral("annotations"), annotations);
    // Only when there are any, so files without orphans stay as they always were.
    if (!r.orphans.isEmpty()) {
        QJsonArray orphans;
        for (const Annotation &a : r.orphans)
            orphans.append(annotationToJson(a, nullptr));
        o.insert(QStringLiteral("orphans"), orphans);
    }
    // Only when there is something to keep: a grade, or the user's "no grade" correction.
    if (r.grade.isValid() || r.grade.corrected) {
        QJsonObject grade;
        grade.insert(QStringLiteral("raw"), r.grade.raw);
        grade.insert(QStringLiteral("value"), r.grade.isValid() ? QJsonValue(r.grade.value) : QJsonValue());
        grade.insert(QStringLiteral("corrected"), r.grade.corrected);
        o.insert(QStringLiteral("grade"), grade);
    }
    writeLanguage(r, &o);
    writeRejectedSuggestions(r, &o);
    setAsideToJson(r, map, &o);
    return o;
}

// Reads one JSON object into model types, collecting the first hard error and the repairs.
class Reader
{
    Q_DECLARE_TR_FUNCTIONS(Revmark::ProjectFile)

public:
    explicit Reader(const ProjectLimits &limits)
        : m_limits(limits)
    {
    }

    QString error;
    QStringList warnings;
    qint64 annotationCount = 0;
    qint64 repairWork = 0;
    int unsearched = 0; // mismatched annotations kept as orphans once maxRepairWork was spent

    bool fail(const QString &message)
    {
        if (error.isEmpty())
            error = message;
        return false;
    }

    bool string(const QJsonObject &o, const char *key, QString *out, const QString &where, bool required = false)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                return fail(tr("%1 has no “%2”.").arg(where, QLatin1String(key)));
            out->clear();
            return true;
        }
        if (!v.isString())
            return fail(tr("“%2” of %1 is not text.").arg(where, QLatin1String(key)));
        *out = v.toString();
        const bool isText = qstrcmp(key, "text") == 0;
        const int limit = isText ? m_limits.maxTextLength : m_limits.maxStringLength;
        if (out->size() > limit) {
            out->clear();
            return fail(tr("“%2” of %1 is longer than %3 characters, the most a project file may hold.")
                            .arg(where, QLatin1String(key))
                            .arg(limit));
        }
        return true;
    }

    bool stringList(const QJsonObject &o, const char *key, QStringList *out, const QString &where)
    {
        out->clear();
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return true;
        if (!v.isArray())
            return fail(tr("“%2” of %1 is not a list.").arg(where, QLatin1String(key)));
        for (const QJsonValue &item : v.toArray()) {
            if (!item.isString())
                return fail(tr("“%2” of %1 holds something other than text.").arg(where, QLatin1String(key)));
            if (item.toString().size() > m_limits.maxStringLength)
                return fail(tr("“%2” of %1 holds a text longer than %3 characters, the most a project file may "
                               "hold.")
                                .arg(where, QLatin1String(key))
                                .arg(m_limits.maxStringLength));
            if (!out->contains(item.toString()))
                out->append(item.toString());
        }
        return true;
    }

    bool integer(const QJsonObject &o, const char *key, qint64 *out, const QString &where)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        const double d = v.toDouble(-1.5);
        // Range first: converting a double outside qint64 is undefined behaviour.
        constexpr double limit = 9007199254740992.0; // 2^53, beyond which doubles skip integers
        if (!v.isDouble() || !(d >= -limit && d <= limit) || d != double(qint64(d)))
            return fail(tr("“%2” of %1 is not a whole number.").arg(where, QLatin1String(key)));
        *out = qint64(d);
        return true;
    }

    QDateTime date(const QJsonObject &o, const char *key)
    {
        QDateTime t = QDateTime::fromString(o.value(QLatin1String(key)).toString(), Qt::ISODate);
        return t.isValid() ? t.toUTC() : QDateTime();
    }

    // An orphan (map == nullptr) needs no start or end; any found are ignored.
    bool annotation(const QJsonObject &o, const Review &review, const CodePointMap *map, Annotation *a,
                    const QString &where)
    {
        QString polarity;
        qint64 start = 0;
        qint64 end = 0;
        if (!string(o, "id", &a->id, where)
            || (map && (!integer(o, "start", &start, where) || !integer(o, "end", &end, where)))
            || !string(o, "polarity", &polarity, where, true) || !stringList(o, "tags", &a->tags, where)
            || !string(o, "note", &a->note, where))
            return false;
        if (!polarityFromKey(polarity, &a->polarity))
            return fail(tr("%1 has the unknown polarity “%2”.").arg(where, polarity));
        const QJsonValue quoteValue = o.value(QLatin1String("quote"));
        if (!quoteValue.isUndefined() && !quoteValue.isObject())
            return fail(tr("“quote” of %1 is not an object.").arg(where));
        const QJsonObject quote = quoteValue.toObject();
        if (!string(quote, "exact", &a->quote, where) || !string(quote, "prefix", &a->prefix, where)
            || !string(quote, "suffix", &a->suffix, where))
            return false;
        a->created = date(o, "created");
        a->modified = date(o, "modified");
        const bool inRange = map && start >= 0 && start < end && end <= map->codePointLength();
        a->start = inRange ? map->toUtf16(int(start)) : 0;
        a->end = inRange ? map->toUtf16(int(end)) : 0;
        if (a->quote.isEmpty() && inRange)
            Anchoring::fillQuote(review.text, a);
        return true;
    }

    // The optional "grade" object; absent or null reads as no grade.
    bool gradeOf(const QJsonObject &o, Grade *grade, const QString &where)
    {
        *grade = Grade();
        const QJsonValue value = o.value(QLatin1String("grade"));
        if (value.isUndefined() || value.isNull())
            return true;
        if (!value.isObject())
            return fail(tr("“grade” of %1 is not an object.").arg(where));
        const QJsonObject g = value.toObject();
        const QString gwhere = tr("the grade of %1").arg(where);
        if (!string(g, "raw", &grade->raw, gwhere))
            return false;
        const QJsonValue number = g.value(QLatin1String("value"));
        if (!number.isUndefined() && !number.isNull()) {
            qint64 v = 0;
            if (!integer(g, "value", &v, gwhere))
                return false;
            if (v < 0 || v > 100)
                return fail(tr("“value” of %1 is not between 0 and 100.").arg(gwhere));
            grade->value = int(v);
        }
        const QJsonValue corrected = g.value(QLatin1String("corrected"));
        if (!corrected.isUndefined() && !corrected.isNull() && !corrected.isBool())
            return fail(tr("“corrected” of %1 is not true or false.").arg(gwhere));
        grade->corrected = corrected.toBool(false);
        return true;
    }

    // The optional "language": an ISO 639-1/639-3 code, 2 or 3 lower-case letters; absent or
    // null reads as unknown (files before it existed).
    bool languageOf(const QJsonObject &o, QString *language, const QString &where)
    {
        if (!string(o, "language", language, where))
            return false;
        static const QRegularExpression code(QStringLiteral("^[a-z]{2,3}$"));
        if (!language->isEmpty() && !code.match(*language).hasMatch())
            return fail(tr("“language” of %1 is not a language code such as “en”.").arg(where));
        return true;
    }

    // The optional "setAside" list; ranges out of the text are dropped, overlapping ones merged.
    bool setAsideOf(const QJsonObject &o, const CodePointMap &map, Review *r, const QString &where)
    {
        const QJsonValue value = o.value(QLatin1String("setAside"));
        if (value.isUndefined() || value.isNull())
            return true;
        if (!value.isArray())
            return fail(tr("“setAside” of %1 is not a list.").arg(where));
        QVector<TextRange> ranges;
        for (const QJsonValue &item : value.toArray()) {
            if (!item.isObject())
                return fail(tr("“setAside” of %1 holds something other than a passage.").arg(where));
            qint64 start = 0;
            qint64 end = 0;
            const QString rwhere = tr("a passage set aside in %1").arg(where);
            if (!integer(item.toObject(), "start", &start, rwhere) || !integer(item.toObject(), "end", &end, rwhere))
                return false;
            if (start >= 0 && start < end && end <= map.codePointLength())
                ranges.append({map.toUtf16(int(start)), map.toUtf16(int(end))});
        }
        r->setAside = Review::normalizedRanges(ranges, int(r->text.size()));
        return true;
    }

    bool countAnnotation()
    {
        if (++annotationCount <= m_limits.maxAnnotations)
            return true;
        return fail(tr("it has more than %1 annotations, the most a project may have.").arg(m_limits.maxAnnotations));
    }

    // Whether the re-anchoring of a, which does not match its text, still fits the budget.
    bool affordRepair(const QString &text, const Annotation &a)
    {
        // What Anchoring::locate() may cost at most: an exact search, then a bounded fuzzy one.
        const qint64 blocks = (qint64(a.quote.size()) + 63) / 64;
        const qint64 fuzzy = a.quote.size() > Anchoring::MaxFuzzyQuoteLength
            ? 0
            : qMin(Anchoring::MaxFuzzyWork, qint64(text.size()) * qMax<qint64>(1, blocks));
        const qint64 cost = qint64(text.size()) + fuzzy + 1;
        if (repairWork + cost > m_limits.maxRepairWork)
            return false;
        repairWork += cost;
        return true;
    }

    void uniqueId(Annotation *a, QSet<QString> *ids, const QString &where)
    {
        if (a->id.isEmpty() || ids->contains(a->id)) {
            a->id = newId();
            warnings.append(tr("%1 had a missing or duplicate id and was given a new one.").arg(where));
        }
        ids->insert(a->id);
    }

    bool review(const QJsonObject &o, Review *r, int number)
    {
        const QString where = tr("review %1").arg(number);
        if (!string(o, "id", &r->id, where) || !string(o, "title", &r->title, where)
            || !string(o, "author", &r->author, where) || !string(o, "outlet", &r->outlet, where)
            || !string(o, "text", &r->text, where, true))
            return false;
        const QJsonValue sourceValue = o.value(QLatin1String("source"));
        if (!sourceValue.isUndefined() && !sourceValue.isObject())
            return fail(tr("“source” of %1 is not an object.").arg(where));
        const QJsonObject source = sourceValue.toObject();
        QString format;
        if (!string(source, "path", &r->sourcePath, where) || !string(source, "format", &format, where))
            return false;
        if (!format.isEmpty() && !sourceFormatFromKey(format, &r->format))
            return fail(tr("%1 has the unknown source format “%2”.").arg(where, format));
        r->importedAt = date(source, "imported");

        const QJsonValue annotationsValue = o.value(QLatin1String("annotations"));
        if (!annotationsValue.isUndefined() && !annotationsValue.isArray())
            return fail(tr("“annotations” of %1 is not a list.").arg(where));
        const QJsonArray annotations = annotationsValue.toArray();
        const CodePointMap map(r->text);
        QSet<QString> ids;
        ReanchorReport report;
        int number2 = 0;
        for (const QJsonValue &value : annotations) {
            ++number2;
            const QString awhere = tr("annotation %1 of review %2").arg(number2).arg(number);
            if (!value.isObject())
                return fail(tr("%1 is not an object.").arg(awhere));
            Annotation a;
            if (!countAnnotation() || !annotation(value.toObject(), *r, &map, &a, awhere))
                return false;
            uniqueId(&a, &ids, awhere);
            // A file full of mismatched annotations must not keep the loader searching for
            // minutes: past the budget they are kept as orphans, which loses nothing.
            if (!Anchoring::isAnchored(r->text, a) && !affordRepair(r->text, a)) {
                ++unsearched;
                ++report.orphaned;
                a.start = a.end = 0;
                r->orphans.append(a);
                continue;
            }
            // Offsets that disagree with the quote (a hand edit, a merge): find the quote again,
            // exactly or approximately, rather than highlight the wrong words; what cannot be
            // placed is kept as an orphan, never dropped.
            const AnchorStatus status = Anchoring::place(r->text, &a);
            report.add(status);
            switch (status) {
            case AnchorStatus::Unchanged:
                break;
            case AnchorStatus::Exact:
                warnings.append(tr("%1 did not match its quote and was moved to where the quote is.").arg(awhere));
                break;
            case AnchorStatus::Fuzzy:
                warnings.append(tr("%1 did not match its quote and was moved to where similar text is (“%2”).")
                                    .arg(awhere, a.quote.left(60)));
                break;
            case AnchorStatus::Orphan:
                warnings.append(tr("%1 (“%2”) could not be placed in the text and was kept as an orphaned "
                                   "annotation.")
                                    .arg(awhere, a.quote.left(60)));
                a.start = a.end = 0;
                r->orphans.append(a);
                continue;
            }
            r->annotations.append(a);
        }

        if (!gradeOf(o, &r->grade, where) || !languageOf(o, &r->language, where)
            || !stringList(o, "rejectedSuggestions", &r->rejectedSuggestions, where) || !setAsideOf(o, map, r, where))
            return false;

        const QJsonValue orphansValue = o.value(QLatin1String("orphans"));
        if (!orphansValue.isUndefined() && !orphansValue.isArray())
            return fail(tr("“orphans” of %1 is not a list.").arg(where));
        int number3 = 0;
        for (const QJsonValue &value : orphansValue.toArray()) {
            ++number3;
            const QString owhere = tr("orphaned annotation %1 of review %2").arg(number3).arg(number);
            if (!value.isObject())
                return fail(tr("%1 is not an object.").arg(owhere));
            Annotation a;
            if (!countAnnotation() || !annotation(value.toObject(), *r, nullptr, &a, owhere))
                return false;
            uniqueId(&a, &ids, owhere);
            r->orphans.append(a);
        }
        if (report.changedAnything()) {
            warnings.append(tr("In %1, of %2 annotations %3 were moved to their exact quote, %4 to similar text, "
                               "and %5 could not be placed and were kept as orphans.")
                                .arg(where)
                                .arg(report.total())
                                .arg(report.exact)
                                .arg(report.fuzzy)
                                .arg(report.orphaned));
        }
        if (r->id.isEmpty())
            r->id = newId();
        return true;
    }

private:
    const ProjectLimits &m_limits;
};

QString tooLarge(const QString &name, const ProjectLimits &limits)
{
    return ProjectFile::tr("Could not open “%1”: %2").arg(name, Limits::projectFileTooLarge(limits.maxFileSize));
}

} // namespace

QByteArray ProjectFile::serialize(const Project &project)
{
    return serialize(project.data());
}

QByteArray ProjectFile::serialize(const ProjectData &data)
{
    return QJsonDocument(toJson(data)).toJson(QJsonDocument::Indented);
}

QJsonObject ProjectFile::toJson(const ProjectData &data)
{
    QJsonArray reviews;
    for (const Review &review : data.reviews)
        reviews.append(reviewToJson(review));
    QJsonObject root;
    root.insert(QStringLiteral("format"), FormatName);
    root.insert(QStringLiteral("version"), FormatVersion);
    root.insert(QStringLiteral("title"), data.title);
    root.insert(QStringLiteral("tags"), toJsonArray(data.tags));
    root.insert(QStringLiteral("reviews"), reviews);
    return root;
}

bool ProjectFile::save(const Project &project, const QString &path, QString *error)
{
    return save(project.data(), path, false, error);
}

bool ProjectFile::save(const ProjectData &data, const QString &path, bool keepBackup, QString *error,
                       QString *warning)
{
    if (warning)
        warning->clear();
    // Serialised first: a failure below must not depend on how long that takes.
    const QByteArray bytes = serialize(data);
    QString backupProblem;
    if (keepBackup && QFileInfo(path).isFile()) {
        // A copy, not a rename: were the save to fail after it, the project file must still be
        // there. Through SaveFile, so a crash mid-copy leaves the older backup whole.
        QFile old(path);
        if (!old.open(QIODevice::ReadOnly)) {
            backupProblem = old.errorString();
        } else {
            const QByteArray previous = old.readAll();
            old.close();
            SaveFile backup(backupPath(path));
            if (!backup.write(previous))
                backupProblem = backup.errorString();
        }
    }
    SaveFile file(path);
    if (!file.write(bytes)) {
        qCWarning(lcProject, "could not save %s: %s", qUtf8Printable(QDir::toNativeSeparators(path)),
                  qUtf8Printable(file.errorString()));
        if (error)
            *error = file.errorString();
        return false;
    }
    qCDebug(lcProject, "saved %s (%lld bytes, %lld review(s))", qUtf8Printable(QDir::toNativeSeparators(path)),
            qint64(bytes.size()), qint64(data.reviews.size()));
    if (!backupProblem.isEmpty()) {
        qCWarning(lcProject, "saved %s but could not keep its backup: %s",
                  qUtf8Printable(QDir::toNativeSeparators(path)), qUtf8Printable(backupProblem));
    }
    if (!backupProblem.isEmpty() && warning) {
        *warning = tr("Saved “%1”, but its previous version could not be kept as a backup in “%2”, so "
                      "the older backup there (if any) is unchanged. %3")
                       .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(backupPath(path)),
                            backupProblem);
    }
    return true;
}

QString ProjectFile::backupPath(const QString &path)
{
    return path + QLatin1Char('~');
}

QString ProjectFile::lockFilePath(const QString &path)
{
    const QFileInfo info(path);
    return info.absoluteDir().filePath(QLatin1Char('.') + info.fileName() + QStringLiteral(".lock"));
}

QString ProjectFile::whyNotWritable(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists() && !info.isWritable())
        return tr("The file “%1” is read-only.").arg(QDir::toNativeSeparators(path));
    // An atomic save writes a temporary file beside the project and renames it over: that
    // needs a writable folder even when the file itself is writable.
    const QFileInfo folder(info.absolutePath());
    if (!folder.isDir() || !folder.isWritable())
        return tr("The folder “%1” is read-only, so the project cannot be saved there.")
            .arg(QDir::toNativeSeparators(info.absolutePath()));
    return {};
}

ProjectLoadResult ProjectFile::load(const QString &path, const ProjectLimits &limits)
{
    const QString name = QDir::toNativeSeparators(path);
    ProjectLoadResult result;
    const QFileInfo info(path);
    const auto refuse = [&](const QString &error) {
        qCWarning(lcProject, "refused %s: %s", qUtf8Printable(name), qUtf8Printable(error));
        result.error = error;
        return result;
    };
    if (info.isDir())
        return refuse(tr("Could not open “%1”: it is a folder, not a project file.").arg(name));
    if (info.exists() && info.size() > limits.maxFileSize)
        return refuse(tooLarge(name, limits));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(tr("Could not open “%1”: %2").arg(name, file.errorString()));
    // Read at most one byte past the limit: the file may have grown since it was measured.
    const QByteArray json = file.read(limits.maxFileSize + 1);
    if (json.size() > limits.maxFileSize)
        return refuse(tooLarge(name, limits));
    return parse(json, path, limits);
}

namespace {

// ProjectFile::parse() without its logging; the context of its messages is ProjectFile's.
class Parser
{
    Q_DECLARE_TR_FUNCTIONS(Revmark::ProjectFile)

public:
    static ProjectLoadResult parse(const QByteArray &json, const QString &fileName, const ProjectLimits &limits);
};

ProjectLoadResult Parser::parse(const QByteArray &json, const QString &fileName, const ProjectLimits &limits)
{
    const QString name = QDir::toNativeSeparators(fileName);
    ProjectLoadResult result;
    if (json.trimmed().isEmpty()) {
        result.error = tr("Could not open “%1”: the file is empty.").arg(name);
        return result;
    }
    if (json.size() > limits.maxFileSize) {
        result.error = tooLarge(name, limits);
        return result;
    }
    // Counted before anything is built, so a file of millions of small values is refused before
    // QJsonDocument spends gigabytes on it.
    if (!JsonScanner::withinLimits(json, limits.maxJsonValues(), limits.maxJsonObjects())) {
        result.error = tr("Could not open “%1”: it holds far more entries than a project may have (at most "
                          "%2 annotations in %3 reviews); it may be damaged or not a Revmark project.")
                           .arg(name)
                           .arg(limits.maxAnnotations)
                           .arg(limits.maxReviews);
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error = tr("Could not open “%1”: it is not a valid project file (%2 at byte %3); it may be "
                          "damaged or truncated.")
                           .arg(name, parseError.errorString())
                           .arg(parseError.offset);
        return result;
    }
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value(QLatin1String("format")).toString() != FormatName) {
        result.error = tr("Could not open “%1”: it is not a Revmark project file.").arg(name);
        return result;
    }
    const QJsonValue version = root.value(QLatin1String("version"));
    if (!version.isDouble() || version.toDouble() < 1 || version.toDouble() != double(version.toInt())) {
        result.error = tr("Could not open “%1”: its format version is missing or not a number.").arg(name);
        return result;
    }
    if (version.toInt() > ProjectFile::FormatVersion) {
        result.error = tr("Could not open “%1”: it was written by a newer version of Revmark (format %2; "
                          "this version reads format %3 and older). Update Revmark to open it.")
                           .arg(name)
                           .arg(version.toInt())
                           .arg(ProjectFile::FormatVersion);
        return result;
    }

    Reader reader(limits);
    ProjectData &data = result.data;
    bool ok = reader.string(root, "title", &data.title, tr("the project"))
        && reader.stringList(root, "tags", &data.tags, tr("the project"));
    const QJsonValue reviewsValue = root.value(QLatin1String("reviews"));
    if (ok && !reviewsValue.isUndefined() && !reviewsValue.isArray())
        ok = reader.fail(tr("“reviews” is not a list."));
    QSet<QString> reviewIds;
    int number = 0;
    const QJsonArray reviews = reviewsValue.toArray();
    if (ok && reviews.size() > limits.maxReviews)
        ok = reader.fail(tr("it has more than %1 reviews, the most a project may have.").arg(limits.maxReviews));
    for (auto it = reviews.begin(); ok && it != reviews.end(); ++it) {
        ++number;
        if (!(*it).isObject()) {
            ok = reader.fail(tr("review %1 is not an object.").arg(number));
            break;
        }
        Review review;
        ok = reader.review((*it).toObject(), &review, number);
        if (ok && reviewIds.contains(review.id)) {
            review.id = newId();
            reader.warnings.append(tr("review %1 had a duplicate id and was given a new one.").arg(number));
        }
        reviewIds.insert(review.id);
        data.reviews.append(review);
    }
    if (!ok) {
        result.data = {};
        result.error = tr("Could not open “%1”: %2").arg(name, reader.error);
        return result;
    }
    if (!root.contains(QLatin1String("tags")))
        data.tags = Project::defaultTags();
    if (reader.unsearched > 0) {
        qCInfo(lcProject, "%s: %d mismatched annotation(s) kept as orphans unsearched, the repair budget of %lld "
                          "steps being spent",
               qUtf8Printable(name), reader.unsearched, limits.maxRepairWork);
        reader.warnings.append(tr("%n annotation(s) did not match their text and were kept as orphans without "
                                  "being searched for: the file has more mismatched annotations than can be "
                                  "repaired in one go.",
                                  nullptr, reader.unsearched));
    }
    result.ok = true;
    result.warnings = reader.warnings;
    return result;
}

} // namespace

ProjectLoadResult ProjectFile::parse(const QByteArray &json, const QString &fileName, const ProjectLimits &limits)
{
    ProjectLoadResult result = Parser::parse(json, fileName, limits);
    if (!result.ok) {
        qCWarning(lcProject, "refused %s (%lld bytes): %s", qUtf8Printable(QDir::toNativeSeparators(fileName)),
                  qint64(json.size()), qUtf8Printable(result.error));
        return result;
    }
    if (lcProject().isDebugEnabled()) {
        qint64 annotations = 0;
        for (const Review &r : std::as_const(result.data.reviews))
            annotations += r.annotations.size() + r.orphans.size();
        qCDebug(lcProject, "read %s (%lld bytes): %lld review(s), %lld annotation(s), %lld repair(s)",
                qUtf8Printable(QDir::toNativeSeparators(fileName)), qint64(json.size()),
                qint64(result.data.reviews.size()), annotations, qint64(result.warnings.size()));
    }
    for (const QString &warning : std::as_const(result.warnings))
        qCInfo(lcProject, "repaired in %s: %s", qUtf8Printable(QDir::toNativeSeparators(fileName)),
               qUtf8Printable(warning));
    return result;
}

ProjectLoadResult ProjectFile::loadInto(Project *project, const QString &path)
{
    ProjectLoadResult result = load(path);
    if (result.ok) {
        project->reset(result.data.title, result.data.tags, result.data.reviews);
        project->setFilePath(QFileInfo(path).absoluteFilePath());
    }
    return result;
}

} // namespace Revmark
