// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/projectreader.h"

#include "anchoring/anchoring.h"
#include "model/codepointmap.h"
#include "model/logging.h"
#include "model/qtcompat.h"
#include "project/jsonscanner.h"
#include "project/jsonvalue.h"
#include "project/project.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

#include <simdjson.h>

#include <QThread>

#include <algorithm>
#include <atomic>
#include <climits>
#include <memory>
#include <string_view>
#include <vector>

namespace Revmark {

namespace {

namespace dom = simdjson::dom;

static_assert(ProjectReader::Padding >= int(simdjson::SIMDJSON_PADDING));

const QString FormatName = QStringLiteral("revmark-project");

// "2026-11-24T10:00:00Z", what the writer writes, without QDateTime::fromString()'s general
// parser nor QDate's and QTime's checks (a tenth of the cost; there are two dates per
// annotation); anything else (another offset, fractions of a second, 24:00) goes to Qt.
QDateTime parseDate(std::string_view s)
{
    const auto digits = [&s](int from, int count) {
        int n = 0;
        for (int i = from; i < from + count; ++i) {
            const unsigned d = unsigned(s[size_t(i)]) - '0';
            if (d > 9)
                return -1;
            n = n * 10 + int(d);
        }
        return n;
    };
    if (s.size() == 20 && s[4] == '-' && s[7] == '-' && s[10] == 'T' && s[13] == ':' && s[16] == ':' && s[19] == 'Z') {
        const int year = digits(0, 4);
        const int month = digits(5, 2);
        const int day = digits(8, 2);
        const int hour = digits(11, 2);
        const int minute = digits(14, 2);
        const int second = digits(17, 2);
        const bool leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        static constexpr int monthDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        if (year >= 1 && month >= 1 && month <= 12 && day >= 1
            && day <= monthDays[month - 1] + (month == 2 && leap) && hour >= 0 && hour < 24 && minute >= 0
            && minute < 60 && second >= 0 && second < 60) {
            // Days from 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's
            // days_from_civil), as QDate counts them.
            const int y = year - (month <= 2);
            const int era = y / 400;
            const int yearOfEra = y - era * 400;
            const int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
            const int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
            const qint64 days = qint64(era) * 146097 + dayOfEra - 719468;
            return utcDateTime(((days * 24 + hour) * 60 + minute) * 60000 + second * 1000);
        }
    }
    const QDateTime t = QDateTime::fromString(QString::fromUtf8(s.data(), qsizetype(s.size())), Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

// Names what is being read, for messages; an annotation's name is made only when a message
// needs it, not for each of tens of thousands read without one.
class Where
{
    Q_DECLARE_TR_FUNCTIONS(Revmark::ProjectFile)

public:
    Where(const QString &text) // NOLINT: implicit, as the name of a review or the project
        : m_text(text)
    {
    }
    Where(bool orphan, int number, int review)
        : m_orphan(orphan)
        , m_number(number)
        , m_review(review)
    {
    }

    QString text() const
    {
        if (m_number == 0)
            return m_text;
        return m_orphan ? tr("orphaned annotation %1 of review %2").arg(m_number).arg(m_review)
                        : tr("annotation %1 of review %2").arg(m_number).arg(m_review);
    }

private:
    QString m_text;
    bool m_orphan = false;
    int m_number = 0;
    int m_review = 0;
};

// Reads one parsed document into model types, collecting the first hard error and the repairs.
class Reader
{
    Q_DECLARE_TR_FUNCTIONS(Revmark::ProjectFile)

public:
    // deferRepairs: a review with an annotation that needs re-anchoring is left for a reader
    // that holds the project's repair budget (deferred becomes true and review() false).
    explicit Reader(const ProjectLimits &limits, bool deferRepairs = false)
        : m_limits(limits)
        , m_deferRepairs(deferRepairs)
    {
    }

    QString error;
    bool deferred = false;
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

    template <typename Object>
    bool string(const Object &o, const char *key, QString *out, const Where &where, bool required = false)
    {
        const JsonValue v = member(o, key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                return fail(tr("%1 has no “%2”.").arg(where.text(), QLatin1String(key)));
            out->clear();
            return true;
        }
        if (!v.isString())
            return fail(tr("“%2” of %1 is not text.").arg(where.text(), QLatin1String(key)));
        const bool isText = qstrcmp(key, "text") == 0;
        const int limit = isText ? m_limits.maxTextLength : m_limits.maxStringLength;
        // UTF-8 is never shorter in bytes than UTF-16 in units: most strings need no conversion
        // to be known short enough, and a long one is not converted to be refused.
        const std::string_view utf8 = v.utf8();
        if (qint64(utf8.size()) > 3 * qint64(limit) + 3) {
            out->clear();
            return fail(tr("“%2” of %1 is longer than %3 characters, the most a project file may hold.")
                            .arg(where.text(), QLatin1String(key))
                            .arg(limit));
        }
        *out = QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
        if (out->size() > limit) {
            out->clear();
            return fail(tr("“%2” of %1 is longer than %3 characters, the most a project file may hold.")
                            .arg(where.text(), QLatin1String(key))
                            .arg(limit));
        }
        return true;
    }

    template <typename Object>
    bool stringList(const Object &o, const char *key, QStringList *out, const Where &where)
    {
        out->clear();
        const JsonValue v = member(o, key);
        if (v.isUndefined() || v.isNull())
            return true;
        if (!v.isArray())
            return fail(tr("“%2” of %1 is not a list.").arg(where.text(), QLatin1String(key)));
        for (const dom::element element : v.toArray()) {
            const JsonValue item(element);
            if (!item.isString())
                return fail(tr("“%2” of %1 holds something other than text.").arg(where.text(), QLatin1String(key)));
            const QString s = item.toString();
            if (s.size() > m_limits.maxStringLength)
                return fail(tr("“%2” of %1 holds a text longer than %3 characters, the most a project file may "
                               "hold.")
                                .arg(where.text(), QLatin1String(key))
                                .arg(m_limits.maxStringLength));
            if (!out->contains(s))
                out->append(s);
        }
        return true;
    }

    template <typename Object>
    bool integer(const Object &o, const char *key, qint64 *out, const Where &where)
    {
        const JsonValue v = member(o, key);
        const double d = v.toDouble(-1.5);
        // Range first: converting a double outside qint64 is undefined behaviour.
        constexpr double limit = 9007199254740992.0; // 2^53, beyond which doubles skip integers
        if (!v.isDouble() || !(d >= -limit && d <= limit) || d != double(qint64(d)))
            return fail(tr("“%2” of %1 is not a whole number.").arg(where.text(), QLatin1String(key)));
        *out = qint64(d);
        return true;
    }

    template <typename Object>
    static QDateTime date(const Object &o, const char *key) { return parseDate(member(o, key).utf8()); }

    // An orphan (map == nullptr) needs no start or end; any found are ignored.
    bool annotation(const dom::object &object, const Review &review, const CodePointMap *map, Annotation *a,
                    const Where &where)
    {
        const JsonMembers o(object);
        QString polarity;
        qint64 start = 0;
        qint64 end = 0;
        if (!string(o, "id", &a->id, where)
            || (map && (!integer(o, "start", &start, where) || !integer(o, "end", &end, where)))
            || !string(o, "polarity", &polarity, where, true) || !stringList(o, "tags", &a->tags, where)
            || !string(o, "note", &a->note, where))
            return false;
        if (!polarityFromKey(polarity, &a->polarity))
            return fail(tr("%1 has the unknown polarity “%2”.").arg(where.text(), polarity));
        const JsonValue quoteValue = member(o, "quote");
        if (!quoteValue.isUndefined() && !quoteValue.isObject())
            return fail(tr("“quote” of %1 is not an object.").arg(where.text()));
        const dom::object quote = quoteValue.toObject();
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
    bool gradeOf(const dom::object &o, Grade *grade, const Where &where)
    {
        *grade = Grade();
        const JsonValue value = member(o, "grade");
        if (value.isUndefined() || value.isNull())
            return true;
        if (!value.isObject())
            return fail(tr("“grade” of %1 is not an object.").arg(where.text()));
        const dom::object g = value.toObject();
        const QString gwhere = tr("the grade of %1").arg(where.text());
        if (!string(g, "raw", &grade->raw, gwhere))
            return false;
        const JsonValue number = member(g, "value");
        if (!number.isUndefined() && !number.isNull()) {
            qint64 v = 0;
            if (!integer(g, "value", &v, gwhere))
                return false;
            if (v < 0 || v > 100)
                return fail(tr("“value” of %1 is not between 0 and 100.").arg(gwhere));
            grade->value = int(v);
        }
        const JsonValue corrected = member(g, "corrected");
        if (!corrected.isUndefined() && !corrected.isNull() && !corrected.isBool())
            return fail(tr("“corrected” of %1 is not true or false.").arg(gwhere));
        grade->corrected = corrected.toBool(false);
        return true;
    }

    // The optional "language": an ISO 639-1/639-3 code, 2 or 3 lower-case letters; absent or
    // null reads as unknown (files before it existed).
    bool languageOf(const dom::object &o, QString *language, const Where &where)
    {
        if (!string(o, "language", language, where))
            return false;
        const bool isCode = (language->size() == 2 || language->size() == 3)
            && std::all_of(language->cbegin(), language->cend(), [](QChar c) { return c >= u'a' && c <= u'z'; });
        if (!language->isEmpty() && !isCode)
            return fail(tr("“language” of %1 is not a language code such as “en”.").arg(where.text()));
        return true;
    }

    // The optional "setAside" list; ranges out of the text are dropped, overlapping ones merged.
    bool setAsideOf(const dom::object &o, const CodePointMap &map, Review *r, const Where &where)
    {
        const JsonValue value = member(o, "setAside");
        if (value.isUndefined() || value.isNull())
            return true;
        if (!value.isArray())
            return fail(tr("“setAside” of %1 is not a list.").arg(where.text()));
        QVector<TextRange> ranges;
        const Where rwhere(tr("a passage set aside in %1").arg(where.text()));
        for (const dom::element element : value.toArray()) {
            const JsonValue item(element);
            if (!item.isObject())
                return fail(tr("“setAside” of %1 holds something other than a passage.").arg(where.text()));
            qint64 start = 0;
            qint64 end = 0;
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

    void uniqueId(Annotation *a, QSet<QString> *ids, const Where &where)
    {
        if (a->id.isEmpty() || ids->contains(a->id)) {
            a->id = newId();
            warnings.append(tr("%1 had a missing or duplicate id and was given a new one.").arg(where.text()));
        }
        ids->insert(a->id);
    }

    bool review(const dom::object &o, Review *r, int number)
    {
        const Where where(tr("review %1").arg(number));
        if (!string(o, "id", &r->id, where) || !string(o, "title", &r->title, where)
            || !string(o, "author", &r->author, where) || !string(o, "outlet", &r->outlet, where)
            || !string(o, "text", &r->text, where, true))
            return false;
        const JsonValue sourceValue = member(o, "source");
        if (!sourceValue.isUndefined() && !sourceValue.isObject())
            return fail(tr("“source” of %1 is not an object.").arg(where.text()));
        const dom::object source = sourceValue.toObject();
        QString format;
        if (!string(source, "path", &r->sourcePath, where) || !string(source, "format", &format, where))
            return false;
        if (!format.isEmpty() && !sourceFormatFromKey(format, &r->format))
            return fail(tr("%1 has the unknown source format “%2”.").arg(where.text(), format));
        r->importedAt = date(source, "imported");

        const JsonValue annotationsValue = member(o, "annotations");
        if (!annotationsValue.isUndefined() && !annotationsValue.isArray())
            return fail(tr("“annotations” of %1 is not a list.").arg(where.text()));
        const dom::array annotations = annotationsValue.toArray();
        const CodePointMap map(r->text);
        r->annotations.reserve(qsizetype(annotations.size()));
        QSet<QString> ids;
        ids.reserve(qsizetype(annotations.size()));
        ReanchorReport report;
        int number2 = 0;
        for (const dom::element element : annotations) {
            const JsonValue value(element);
            ++number2;
            const Where awhere(false, number2, number);
            if (!value.isObject())
                return fail(tr("%1 is not an object.").arg(awhere.text()));
            Annotation a;
            if (!countAnnotation() || !annotation(value.toObject(), *r, &map, &a, awhere))
                return false;
            uniqueId(&a, &ids, awhere);
            // A file full of mismatched annotations must not keep the loader searching for
            // minutes: past the budget they are kept as orphans, which loses nothing.
            const bool anchored = Anchoring::isAnchored(r->text, a);
            if (!anchored && m_deferRepairs) {
                deferred = true;
                return false;
            }
            if (!anchored && !affordRepair(r->text, a)) {
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
                warnings.append(tr("%1 did not match its quote and was moved to where the quote is.").arg(awhere.text()));
                break;
            case AnchorStatus::Fuzzy:
                warnings.append(tr("%1 did not match its quote and was moved to where similar text is (“%2”).")
                                    .arg(awhere.text(), a.quote.left(60)));
                break;
            case AnchorStatus::Orphan:
                warnings.append(tr("%1 (“%2”) could not be placed in the text and was kept as an orphaned "
                                   "annotation.")
                                    .arg(awhere.text(), a.quote.left(60)));
                a.start = a.end = 0;
                r->orphans.append(a);
                continue;
            }
            r->annotations.append(a);
        }

        if (!gradeOf(o, &r->grade, where) || !languageOf(o, &r->language, where)
            || !stringList(o, "rejectedSuggestions", &r->rejectedSuggestions, where) || !setAsideOf(o, map, r, where))
            return false;

        const JsonValue orphansValue = member(o, "orphans");
        if (!orphansValue.isUndefined() && !orphansValue.isArray())
            return fail(tr("“orphans” of %1 is not a list.").arg(where.text()));
        int number3 = 0;
        for (const dom::element element : orphansValue.toArray()) {
            const JsonValue value(element);
            ++number3;
            const Where owhere(true, number3, number);
            if (!value.isObject())
                return fail(tr("%1 is not an object.").arg(owhere.text()));
            Annotation a;
            if (!countAnnotation() || !annotation(value.toObject(), *r, nullptr, &a, owhere))
                return false;
            uniqueId(&a, &ids, owhere);
            r->orphans.append(a);
        }
        if (report.changedAnything()) {
            warnings.append(tr("In %1, of %2 annotations %3 were moved to their exact quote, %4 to similar text, "
                               "and %5 could not be placed and were kept as orphans.")
                                .arg(where.text())
                                .arg(report.total())
                                .arg(report.exact)
                                .arg(report.fuzzy)
                                .arg(report.orphaned));
        }
        if (r->id.isEmpty())
            r->id = newId();
        return true;
    }

    // The top level: title, tags and the reviews, into data.
    bool project(const dom::object &root, ProjectData *data)
    {
        bool ok = string(root, "title", &data->title, tr("the project"))
            && stringList(root, "tags", &data->tags, tr("the project"));
        const JsonValue reviewsValue = member(root, "reviews");
        if (ok && !reviewsValue.isUndefined() && !reviewsValue.isArray())
            ok = fail(tr("“reviews” is not a list."));
        const dom::array reviews = reviewsValue.toArray();
        if (ok && qint64(reviews.size()) > m_limits.maxReviews)
            ok = fail(tr("it has more than %1 reviews, the most a project may have.").arg(m_limits.maxReviews));
        if (ok)
            ok = readReviews(reviews, data);
        if (ok && !contains(root, "tags"))
            data->tags = Project::defaultTags();
        return ok;
    }

private:
    // What reading one review in the parallel pass gave.
    struct Outcome
    {
        Review review;
        QStringList warnings;
        QString error;
        bool deferred = false;
    };

    // Reviews are read on several threads, each into its own Outcome; then, in file order, the
    // first error wins, warnings keep their order, and deferred reviews are read again here,
    // where the repair budget is spent in the same order as by one thread.
    bool readReviews(const dom::array &reviews, ProjectData *data)
    {
        std::vector<dom::element> elements;
        elements.reserve(reviews.size());
        qint64 annotations = 0;
        for (const dom::element element : reviews) {
            elements.push_back(element);
            const JsonValue value(element);
            if (value.isObject()) {
                const JsonMembers o(value.toObject());
                annotations += qint64(o("annotations").toArray().size() + o("orphans").toArray().size());
            }
        }
        // Known before any is read: no thread needs the others' count.
        if (annotations > m_limits.maxAnnotations)
            return fail(tr("it has more than %1 annotations, the most a project may have.").arg(m_limits.maxAnnotations));

        const int count = int(elements.size());
        std::vector<Outcome> outcomes(elements.size());
        std::atomic<int> next{0};
        std::atomic<int> failedAt{INT_MAX};
        const auto work = [&]() {
            for (int i = next++; i < count && i < failedAt; i = next++) {
                Reader reader(m_limits, true);
                Outcome &out = outcomes[size_t(i)];
                const JsonValue value(elements[size_t(i)]);
                if (!value.isObject())
                    reader.fail(tr("review %1 is not an object.").arg(i + 1));
                else if (!reader.review(value.toObject(), &out.review, i + 1))
                    out.deferred = reader.deferred;
                out.error = out.deferred ? QString() : reader.error;
                out.warnings = reader.warnings;
                int failed = failedAt;
                while (!out.error.isEmpty() && i < failed && !failedAt.compare_exchange_weak(failed, i)) {
                }
            }
        };
        int threads = m_limits.readerThreads;
        if (threads <= 0)
            threads = annotations + count >= ParallelFrom ? qBound(1, QThread::idealThreadCount(), 4) : 1;
        std::vector<std::unique_ptr<QThread>> helpers;
        for (int t = 1; t < qMin(threads, count); ++t) {
            helpers.emplace_back(QThread::create(work));
            helpers.back()->start();
        }
        work();
        for (const auto &helper : helpers)
            helper->wait();

        QSet<QString> reviewIds;
        data->reviews.reserve(count);
        for (int i = 0; i < count; ++i) {
            Outcome &out = outcomes[size_t(i)];
            if (out.deferred) {
                out.review = Review();
                if (!review(JsonValue(elements[size_t(i)]).toObject(), &out.review, i + 1))
                    return false;
            } else if (!out.error.isEmpty()) {
                return fail(out.error);
            } else {
                warnings.append(out.warnings);
            }
            if (reviewIds.contains(out.review.id)) {
                out.review.id = newId();
                warnings.append(tr("review %1 had a duplicate id and was given a new one.").arg(i + 1));
            }
            reviewIds.insert(out.review.id);
            data->reviews.append(std::move(out.review));
        }
        return true;
    }

    // Annotations and reviews from which a project is read on more than one thread.
    static constexpr qint64 ParallelFrom = 2000;

    const ProjectLimits &m_limits;
    bool m_deferRepairs = false;
};

QString tooLarge(const QString &name, const ProjectLimits &limits)
{
    return ProjectReader::tr("Could not open “%1”: %2").arg(name, Limits::projectFileTooLarge(limits.maxFileSize));
}

// Qt's JSON parser accepts lone surrogate escapes ("\ud800"), which simdjson refuses: as Qt
// writes them back, they become U+FFFD so that simdjson can read what Qt read.
QByteArray replaceLoneSurrogates(const QByteArray &json)
{
    const auto hexAt = [&json](qsizetype i) {
        bool ok = false;
        const uint u = i + 6 <= json.size() && json.at(i) == '\\' && json.at(i + 1) == 'u'
            ? json.mid(i + 2, 4).toUInt(&ok, 16)
            : 0;
        return ok ? u : 0u;
    };
    QByteArray out;
    out.reserve(json.size());
    for (qsizetype i = 0; i < json.size(); ++i) {
        if (json.at(i) != '\\' || i + 1 >= json.size()) {
            out += json.at(i);
            continue;
        }
        const uint u = hexAt(i);
        if (u >= 0xd800 && u <= 0xdbff && hexAt(i + 6) >= 0xdc00 && hexAt(i + 6) <= 0xdfff) {
            out += json.mid(i, 12);
            i += 11;
        } else if (u >= 0xd800 && u <= 0xdfff) {
            out += "\\ufffd";
            i += 5;
        } else {
            out += json.mid(i, 2);
            ++i;
        }
    }
    return out;
}

} // namespace

ProjectLoadResult ProjectReader::parse(QByteArray json, const QString &fileName, const ProjectLimits &limits,
                                       bool padded)
{
    const QString name = QDir::toNativeSeparators(fileName);
    ProjectLoadResult result;
    // Not json.trimmed(), which would copy all of it.
    if (std::all_of(json.cbegin(), json.cend(), [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); })) {
        result.error = tr("Could not open “%1”: the file is empty.").arg(name);
        return result;
    }
    if (json.size() > limits.maxFileSize) {
        result.error = tooLarge(name, limits);
        return result;
    }
    // Counted before anything is built, so a file of millions of small values is refused before
    // the parser spends gigabytes on it.
    if (!JsonScanner::withinLimits(json, limits.maxJsonValues(), limits.maxJsonObjects())) {
        result.error = tr("Could not open “%1”: it holds far more entries than a project may have (at most "
                          "%2 annotations in %3 reviews); it may be damaged or not a Revmark project.")
                           .arg(name)
                           .arg(limits.maxAnnotations)
                           .arg(limits.maxReviews);
        return result;
    }
    dom::parser parser;
    dom::element document;
    simdjson::error_code parsed = parser.parse(json.constData(), size_t(json.size()), !padded).get(document);
    if (parsed != simdjson::SUCCESS) {
        // Qt's message and offset, as the loader always gave them; and what Qt accepts, read
        // again in the form Qt writes it.
        QJsonParseError parseError;
        const QJsonDocument qtDocument = QJsonDocument::fromJson(json, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            result.error = tr("Could not open “%1”: it is not a valid project file (%2 at byte %3); it may be "
                              "damaged or truncated.")
                               .arg(name, parseError.errorString())
                               .arg(parseError.offset);
            return result;
        }
        json = replaceLoneSurrogates(qtDocument.toJson(QJsonDocument::Compact));
        parsed = parser.parse(json.constData(), size_t(json.size()), true).get(document);
        if (parsed != simdjson::SUCCESS) {
            result.error = tr("Could not open “%1”: it is not a valid project file (%2 at byte %3); it may be "
                              "damaged or truncated.")
                               .arg(name, QString::fromUtf8(simdjson::error_message(parsed)))
                               .arg(0);
            return result;
        }
    }
    // Every string is in the parser's own buffer now.
    json = QByteArray();

    const JsonValue rootValue(document);
    const dom::object root = rootValue.toObject();
    if (!rootValue.isObject() || member(root, "format").toString() != FormatName) {
        result.error = tr("Could not open “%1”: it is not a Revmark project file.").arg(name);
        return result;
    }
    const JsonValue version = member(root, "version");
    if (!version.isDouble() || version.toDouble(0) < 1 || version.toDouble(0) != double(version.toInt())) {
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
    if (!reader.project(root, &result.data)) {
        result.data = {};
        result.error = tr("Could not open “%1”: %2").arg(name, reader.error);
        return result;
    }
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

} // namespace Revmark
