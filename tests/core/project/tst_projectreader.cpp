// SPDX-License-Identifier: GPL-3.0-or-later
// ProjectReader (simdjson) reads what QJsonDocument reads, as Qt reads it: the corners where
// the two parsers differ (duplicate keys, lone surrogates, a byte order mark, numbers written
// as decimals) and the padded buffer of ProjectFile::load().
#include "project/projectfile.h"
#include "project/projectreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

} // namespace

class TestProjectReader : public QObject
{
    Q_OBJECT

private slots:
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
