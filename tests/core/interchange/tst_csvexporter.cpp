// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/csvexporter.h"
#include "model/codepointmap.h"
#include "project/project.h"

#include "interchangefixture.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace Revmark;

namespace {

// An RFC 4180 reader, as a spreadsheet program reads the file.
QVector<QStringList> parseCsv(const QString &csv)
{
    QVector<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool wasQuoted = false;
    for (int i = 0; i < csv.size(); ++i) {
        const QChar c = csv.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < csv.size() && csv.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            if (!field.isEmpty() || wasQuoted)
                qWarning("quote inside an unquoted field");
            quoted = wasQuoted = true;
        } else if (c == QLatin1Char(',')) {
            row.append(field);
            field.clear();
            wasQuoted = false;
        } else if (c == QLatin1Char('\r') && i + 1 < csv.size() && csv.at(i + 1) == QLatin1Char('\n')) {
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            wasQuoted = false;
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty()) {
        row.append(field);
        rows.append(row);
    }
    return rows;
}

} // namespace

class TestCsvExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void header();
    void byteOrderMark_data();
    void byteOrderMark();
    void field_data();
    void field();
    void everyAnnotationSurvives();
    void codePointOffsets();
    void emptyProject();
    void exportFileAtomic();
};

void TestCsvExporter::header()
{
    Project project;
    InterchangeFixture::fill(&project);
    const QVector<QStringList> rows = parseCsv(QString::fromUtf8(CsvExporter::toCsv(project.data()).mid(3)));
    QVERIFY(!rows.isEmpty());
    QCOMPARE(rows.first().join(QLatin1Char(',')),
             QStringLiteral("review_id,review,author,outlet,grade,grade_value,annotation_id,polarity,tags,start,end,"
                            "quote,prefix,suffix,note,created,modified"));
    for (const QStringList &row : rows)
        QCOMPARE(row.size(), 17);
}

void TestCsvExporter::byteOrderMark_data()
{
    QTest::addColumn<bool>("bom");
    QTest::newRow("with BOM (default)") << true;
    QTest::newRow("without BOM") << false;
}

void TestCsvExporter::byteOrderMark()
{
    QFETCH(bool, bom);
    Project project;
    InterchangeFixture::fill(&project);
    CsvExporter::Options options;
    options.byteOrderMark = bom;
    const QByteArray csv = CsvExporter::toCsv(project.data(), options);
    QCOMPARE(csv.startsWith("\xEF\xBB\xBF"), bom);
    QCOMPARE(csv.mid(bom ? 3 : 0, 10), QByteArray("review_id,"));
    if (bom)
        QCOMPARE(CsvExporter::toCsv(project.data()), csv);
}

void TestCsvExporter::field_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("plain text") << QStringLiteral("plain text");
    QTest::newRow("comma") << QStringLiteral("a, b") << QStringLiteral("\"a, b\"");
    QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::newRow("LF") << QStringLiteral("one\ntwo") << QStringLiteral("\"one\ntwo\"");
    QTest::newRow("CRLF") << QStringLiteral("one\r\ntwo") << QStringLiteral("\"one\r\ntwo\"");
    QTest::newRow("emoji") << QString::fromUtf8("🎻 ok") << QString::fromUtf8("🎻 ok");
    QTest::newRow("empty") << QString() << QString();
}

void TestCsvExporter::field()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QCOMPARE(CsvExporter::field(value), expected);
}

void TestCsvExporter::everyAnnotationSurvives()
{
    Project project;
    InterchangeFixture::fill(&project);
    const QVector<QStringList> rows = parseCsv(QString::fromUtf8(CsvExporter::toCsv(project.data()).mid(3)));
    int expectedRows = 1;
    for (const Review &review : project.reviews())
        expectedRows += int(review.annotations.size() + review.orphans.size());
    QCOMPARE(rows.size(), expectedRows);
    int row = 1;
    for (const Review &review : project.reviews()) {
        const CodePointMap map(review.text);
        for (const Annotation &a : review.annotations) {
            const QStringList &r = rows.at(row++);
            QCOMPARE(r.at(0), review.id);
            QCOMPARE(r.at(1), review.title);
            QCOMPARE(r.at(2), review.author);
            QCOMPARE(r.at(4), review.grade.isValid() ? review.grade.raw : QString());
            QCOMPARE(r.at(5), review.grade.isValid() ? QString::number(review.grade.value) : QString());
            QCOMPARE(r.at(6), a.id);
            QCOMPARE(r.at(7), polarityKey(a.polarity));
            QCOMPARE(r.at(8), a.tags.join(QLatin1String("; ")));
            QCOMPARE(r.at(9).toInt(), map.toCodePoint(a.start));
            QCOMPARE(r.at(10).toInt(), map.toCodePoint(a.end));
            QCOMPARE(r.at(11), a.quote);
            QCOMPARE(r.at(12), a.prefix);
            QCOMPARE(r.at(13), a.suffix);
            QCOMPARE(r.at(14), a.note);
            QCOMPARE(r.at(15), a.created.toString(Qt::ISODate));
            QCOMPARE(r.at(16), a.modified.toString(Qt::ISODate));
        }
        for (const Annotation &orphan : review.orphans) {
            const QStringList &r = rows.at(row++);
            QCOMPARE(r.at(6), orphan.id);
            QCOMPARE(r.at(9), QString());
            QCOMPARE(r.at(10), QString());
            QCOMPARE(r.at(11), orphan.quote);
        }
    }
    // The notes with a comma, quotes, line breaks (CRLF too), emoji and Hebrew came through.
    const QString all = QString::fromUtf8(CsvExporter::toCsv(project.data()));
    QVERIFY(all.contains(QString::fromUtf8("\"Gorgeous, \"\"painterly\"\" light,\nsee the opening.\"")));
    QVERIFY(all.contains(QString::fromUtf8("\"Too long; 20 minutes\r\nat least\"")));
    QVERIFY(all.contains(QString::fromUtf8("😴 zzz")));
    QVERIFY(all.contains(QString::fromUtf8("\xD7\xA1\xD7\xA8\xD7\x98 \xD7\x9E\xD7\xA8\xD7\x92\xD7\xA9")));
}

void TestCsvExporter::codePointOffsets()
{
    Project project;
    InterchangeFixture::fill(&project);
    const Review &review = project.review(0);
    // "are luminous" comes after the emoji: UTF-16 and code points differ by one there.
    const Annotation *luminous = nullptr;
    for (const Annotation &a : review.annotations) {
        if (a.quote == QLatin1String("are luminous"))
            luminous = &a;
    }
    QVERIFY(luminous);
    const QVector<QStringList> rows = parseCsv(QString::fromUtf8(CsvExporter::toCsv(project.data()).mid(3)));
    bool found = false;
    for (const QStringList &row : rows) {
        if (row.at(6) != luminous->id)
            continue;
        found = true;
        QCOMPARE(row.at(9).toInt(), luminous->start - 1);
        QCOMPARE(row.at(10).toInt(), luminous->end - 1);
    }
    QVERIFY(found);
}

void TestCsvExporter::emptyProject()
{
    Project project;
    const QByteArray csv = CsvExporter::toCsv(project.data());
    QCOMPARE(parseCsv(QString::fromUtf8(csv.mid(3))).size(), 1);
    QVERIFY(csv.endsWith("modified\r\n"));
}

void TestCsvExporter::exportFileAtomic()
{
    Project project;
    InterchangeFixture::fill(&project);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    QString error;
    QVERIFY2(CsvExporter::exportCsv(project.data(), path, {}, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), CsvExporter::toCsv(project.data()));
    const QString missing = dir.filePath(QStringLiteral("no/such/folder/out.csv"));
    QVERIFY(!CsvExporter::exportCsv(project.data(), missing, {}, &error));
    QVERIFY2(error.contains(QStringLiteral("out.csv")), qPrintable(error));
    QVERIFY(!QFile::exists(missing));
}

QTEST_GUILESS_MAIN(TestCsvExporter)
#include "tst_csvexporter.moc"
