// SPDX-License-Identifier: GPL-3.0-or-later
// ProjectReader (simdjson) reads what QJsonDocument reads, as Qt reads it: the corners where
// the two parsers differ (duplicate keys, lone surrogates, a byte order mark, numbers written
// as decimals) and the padded buffer of ProjectFile::load().
#include "project/projectfile.h"
#include "project/projectreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QtTest>

using namespace Revmark;

namespace {

// A one-review project whose review members are `reviewMembers` (JSON text) and whose top
// level also holds `topMembers`.
QByteArray project(const QByteArray &reviewMembers, const QByteArray &topMembers = QByteArray())
{
    return "{" + topMembers + "\"format\": \"revmark-project\", \"version\": 1, \"reviews\": [{" + reviewMembers
        + "}]}";
}

// A review of "One two three four five six." with an annotation on each of quotes, its offsets
// those of "One" (so all but "One" must be searched for); id is the review's id.
QByteArray reviewWith(const QByteArray &id, const QList<QByteArray> &quotes, const QByteArray &extra = QByteArray())
{
    QByteArray json = "{\"id\": \"" + id + "\", \"text\": \"One two three four five six.\", " + extra
        + "\"annotations\": [";
    for (int i = 0; i < quotes.size(); ++i) {
        json += (i ? ", " : "") + QByteArray("{\"id\": \"") + id + '-' + QByteArray::number(i)
            + "\", \"start\": 0, \"end\": 3, \"polarity\": \"praise\", \"quote\": {\"exact\": \"" + quotes.at(i)
            + "\"}}";
    }
    return json + "]}";
}

QByteArray projectOf(const QList<QByteArray> &reviews)
{
    QByteArray json("{\"format\": \"revmark-project\", \"version\": 1, \"reviews\": [");
    for (int i = 0; i < reviews.size(); ++i)
        json += (i ? ", " : "") + reviews.at(i);
    return json + "]}";
}

} // namespace

class TestProjectReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Every repair is logged; the threads test makes hundreds.
        QLoggingCategory::setFilterRules(QStringLiteral("revmark.project.info=false"));
    }

    void readsAsQtReads_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("duplicate title") << project("\"text\": \"T\"", "\"title\": \"first\", \"title\": \"second\", ");
        QTest::newRow("duplicate text") << project("\"text\": \"first\", \"text\": \"second\"");
        QTest::newRow("lone surrogate") << project("\"text\": \"a\\ud800b\", \"title\": \"\\udc00\"");
        QTest::newRow("surrogate pair") << project("\"text\": \"a\\ud83d\\ude00b\"");
        QTest::newRow("escaped backslash before u") << project("\"text\": \"a\\\\ud800b\"");
        QTest::newRow("byte order mark") << QByteArray("\xef\xbb\xbf") + project("\"text\": \"T\"");
        QTest::newRow("nul escape") << project("\"text\": \"a\\u0000b\"");
        QTest::newRow("whitespace") << QByteArray(" \n\t{ \"format\" :\"revmark-project\" ,\"version\":1.0,\"reviews\":[ {\"text\":\"T\"} ] }\r\n");
    }

    void readsAsQtReads()
    {
        QFETCH(QByteArray, json);
        QJsonParseError error;
        const QJsonDocument qt = QJsonDocument::fromJson(json, &error);
        const ProjectLoadResult result = ProjectFile::parse(json, QStringLiteral("t.revmark"));
        QCOMPARE(result.ok, error.error == QJsonParseError::NoError);
        if (!result.ok)
            return;
        const QJsonObject root = qt.object();
        const QJsonObject review = root.value(QLatin1String("reviews")).toArray().at(0).toObject();
        QString expectedText = review.value(QLatin1String("text")).toString();
        QString expectedTitle = review.value(QLatin1String("title")).toString();
        // simdjson cannot hold a lone surrogate: it reads as U+FFFD.
        for (QString *s : {&expectedText, &expectedTitle}) {
            for (int i = 0; i < int(s->size()); ++i) {
                const QChar c = s->at(i);
                if (c.isHighSurrogate() && i + 1 < s->size() && s->at(i + 1).isLowSurrogate())
                    ++i;
                else if (c.isSurrogate())
                    (*s)[i] = QChar(0xfffd);
            }
        }
        QCOMPARE(result.data.title, root.value(QLatin1String("title")).toString());
        QCOMPARE(result.data.reviews.size(), 1);
        QCOMPARE(result.data.reviews.at(0).text, expectedText);
        QCOMPARE(result.data.reviews.at(0).title, expectedTitle);
    }

    void refusesWhatQtRefusesWithQtsMessage_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("truncated") << project("\"text\": \"T\"").chopped(3);
        QTest::newRow("trailing comma") << QByteArray("{\"format\": \"revmark-project\", \"version\": 1,}");
        QTest::newRow("garbage after") << project("\"text\": \"T\"") + "x";
        QTest::newRow("bad utf-8") << project("\"text\": \"\xc3\x28\"");
        QTest::newRow("single quotes") << QByteArray("{'format': 'revmark-project'}");
    }

    void refusesWhatQtRefusesWithQtsMessage()
    {
        QFETCH(QByteArray, json);
        QJsonParseError error;
        QJsonDocument::fromJson(json, &error);
        QVERIFY(error.error != QJsonParseError::NoError);
        const ProjectLoadResult result = ProjectFile::parse(json, QStringLiteral("t.revmark"));
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(error.errorString()), qPrintable(result.error));
        QVERIFY2(result.error.contains(QString::number(error.offset)), qPrintable(result.error));
    }

    // load() reads into a padded buffer; parse() of the same bytes must give the same project.
    void loadAndParseAgree()
    {
        const QByteArray json = project("\"text\": \"Some text.\", \"annotations\": [{\"start\": 0, \"end\": 4, "
                                        "\"polarity\": \"praise\", \"id\": \"a\"}]",
                                        "\"title\": \"Loaded\", ");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.revmark"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(json);
        file.close();
        const ProjectLoadResult loaded = ProjectFile::load(path);
        const ProjectLoadResult parsed = ProjectFile::parse(json, path);
        QVERIFY2(loaded.ok, qPrintable(loaded.error));
        QVERIFY(parsed.ok);
        QCOMPARE(loaded.data.title, QStringLiteral("Loaded"));
        QCOMPARE(loaded.data.reviews.at(0).annotations.size(), 1);
        QCOMPARE(loaded.data.reviews.at(0).annotations.at(0).quote, QStringLiteral("Some"));
        QCOMPARE(ProjectFile::serialize(loaded.data).size(), ProjectFile::serialize(parsed.data).size());
    }

    // Reviews are read on several threads; what comes out must not depend on how many, nor on
    // which thread finishes first: the repair budget is spent in file order, the first error in
    // file order is the one reported, warnings keep file order.
    void threadsReadAsOneThread_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<qint64>("repairWork");
        QTest::addColumn<QList<int>>("placed"); // annotations placed per review; empty: refused
        QTest::addColumn<QString>("error");     // part of the message when refused

        QList<QByteArray> budget;
        for (int i = 0; i < 8; ++i) {
            // Even reviews match their text; each odd one has two annotations to search for.
            budget.append(i % 2 == 0 ? reviewWith("r" + QByteArray::number(i), {"One"})
                                     : reviewWith("r" + QByteArray::number(i), {"two", "three"}));
        }
        // Each search costs at most twice the text's 28 units, plus one: room for three.
        QTest::newRow("repair budget spent in file order")
            << projectOf(budget) << qint64(3 * 57) << QList<int>{1, 2, 1, 1, 1, 0, 1, 0} << QString();
        QTest::newRow("unbounded repairs")
            << projectOf(budget) << qint64(1) << QList<int>{} << QString();

        QList<QByteArray> errors = budget;
        errors[6] = reviewWith("r6", {"One"}, "\"title\": 7, ");
        errors[3] = reviewWith("r3", {"two"}, "\"language\": \"English\", ");
        QTest::newRow("first error in file order")
            << projectOf(errors) << qint64(1) << QList<int>{} << QStringLiteral("review 4");
        errors[3] = "[]";
        QTest::newRow("a review that is no object")
            << projectOf(errors) << qint64(1) << QList<int>{} << QStringLiteral("review 4 is not an object");

        QList<QByteArray> duplicates = budget;
        duplicates[5] = reviewWith("r2", {"One", "One"});
        QTest::newRow("duplicate review id")
            << projectOf(duplicates) << qint64(1) << QList<int>{} << QString();
    }

    void threadsReadAsOneThread()
    {
        QFETCH(QByteArray, json);
        QFETCH(qint64, repairWork);
        QFETCH(QList<int>, placed);
        QFETCH(QString, error);
        ProjectLimits limits;
        if (repairWork > 1)
            limits.maxRepairWork = repairWork;
        limits.readerThreads = 1;
        const ProjectLoadResult one = ProjectFile::parse(json, QStringLiteral("t.revmark"), limits);
        QCOMPARE(one.ok, error.isEmpty());
        QVERIFY2(one.error.contains(error), qPrintable(one.error));
        for (int i = 0; i < placed.size(); ++i)
            QCOMPARE(int(one.data.reviews.at(i).annotations.size()), placed.at(i));
        for (const int threads : {2, 3, 8}) {
            limits.readerThreads = threads;
            // Often enough for the threads to finish in different orders.
            for (int run = 0; run < 20; ++run) {
                const ProjectLoadResult many = ProjectFile::parse(json, QStringLiteral("t.revmark"), limits);
                QCOMPARE(many.ok, one.ok);
                QCOMPARE(many.error, one.error);
                QCOMPARE(many.warnings.size(), one.warnings.size());
                for (int w = 0; w < one.warnings.size(); ++w) {
                    // A new id is random; the rest of each warning is not.
                    if (!one.warnings.at(w).contains(QStringLiteral("new one")))
                        QCOMPARE(many.warnings.at(w), one.warnings.at(w));
                }
                QCOMPARE(many.data.reviews.size(), one.data.reviews.size());
                for (int r = 0; r < one.data.reviews.size(); ++r) {
                    const Review &a = many.data.reviews.at(r);
                    const Review &b = one.data.reviews.at(r);
                    QCOMPARE(a.id.isEmpty(), b.id.isEmpty());
                    QCOMPARE(a.text, b.text);
                    QCOMPARE(a.annotations.size(), b.annotations.size());
                    QCOMPARE(a.orphans.size(), b.orphans.size());
                    for (int n = 0; n < b.annotations.size(); ++n) {
                        QCOMPARE(a.annotations.at(n).id, b.annotations.at(n).id);
                        QCOMPARE(a.annotations.at(n).start, b.annotations.at(n).start);
                        QCOMPARE(a.annotations.at(n).end, b.annotations.at(n).end);
                    }
                }
            }
        }
    }

    void datesReadAsQtReadsThem_data()
    {
        QTest::addColumn<QString>("date");
        QTest::newRow("utc") << QStringLiteral("2026-11-24T10:20:30Z");
        QTest::newRow("offset") << QStringLiteral("2026-11-24T10:20:30+02:00");
        QTest::newRow("fraction") << QStringLiteral("2026-11-24T10:20:30.5Z");
        QTest::newRow("no zone") << QStringLiteral("2026-11-24T10:20:30");
        QTest::newRow("bad month") << QStringLiteral("2026-13-24T10:20:30Z");
        QTest::newRow("bad hour") << QStringLiteral("2026-11-24T25:20:30Z");
        QTest::newRow("midnight 24") << QStringLiteral("2026-11-24T24:00:00Z");
        QTest::newRow("leap day") << QStringLiteral("2024-02-29T23:59:59Z");
        QTest::newRow("no leap day") << QStringLiteral("2025-02-29T12:00:00Z");
        QTest::newRow("century leap day") << QStringLiteral("2000-02-29T00:00:00Z");
        QTest::newRow("century without one") << QStringLiteral("1900-02-29T00:00:00Z");
        QTest::newRow("first of March") << QStringLiteral("2100-03-01T00:00:01Z");
        QTest::newRow("last of a year") << QStringLiteral("2026-12-31T23:59:59Z");
        QTest::newRow("before 1970") << QStringLiteral("1969-12-31T23:59:59Z");
        QTest::newRow("year one") << QStringLiteral("0001-01-01T00:00:00Z");
        QTest::newRow("year zero") << QStringLiteral("0000-06-15T00:00:00Z");
        QTest::newRow("last day of April") << QStringLiteral("2026-04-31T00:00:00Z");
        QTest::newRow("second 60") << QStringLiteral("2026-06-30T23:59:60Z");
        QTest::newRow("minute 60") << QStringLiteral("2026-06-30T23:60:00Z");
        QTest::newRow("sign in a digit") << QStringLiteral("2026-0+-24T10:20:30Z");
        QTest::newRow("letters") << QStringLiteral("2026-1a-24T10:20:30Z");
        QTest::newRow("empty") << QString();
    }

    void datesReadAsQtReadsThem()
    {
        QFETCH(QString, date);
        const QByteArray json = project("\"text\": \"T\", \"source\": {\"imported\": \"" + date.toUtf8() + "\"}");
        const ProjectLoadResult result = ProjectFile::parse(json, QStringLiteral("t.revmark"));
        QVERIFY(result.ok);
        const QDateTime qt = QDateTime::fromString(date, Qt::ISODate);
        const QDateTime expected = qt.isValid() ? qt.toUTC() : QDateTime();
        QCOMPARE(result.data.reviews.at(0).importedAt, expected);
        QCOMPARE(result.data.reviews.at(0).importedAt.isValid(), expected.isValid());
    }
};

QTEST_GUILESS_MAIN(TestProjectReader)
#include "tst_projectreader.moc"
