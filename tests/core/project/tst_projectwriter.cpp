// SPDX-License-Identifier: GPL-3.0-or-later
// ProjectWriter writes what QJsonDocument::toJson(Indented) would write for the same values:
// Qt, reading the bytes and writing them again, must give the very same bytes back.
#include "anchoring/anchoring.h"
#include "modelcompare.h"
#include "project/projectfile.h"
#include "project/projectwriter.h"
#include "model/qtcompat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace Revmark;

namespace {

Review reviewWithText(const QString &text, const QString &field)
{
    Review review;
    review.id = newId();
    review.title = field;
    review.author = field;
    review.outlet = QString();
    review.sourcePath = field;
    review.text = text;
    review.importedAt = utcDateTime(QDate(2026, 11, 24), QTime(9, 30, 5, 250));
    Annotation a;
    a.id = newId();
    a.start = 0;
    a.end = int(qMin<qsizetype>(text.size(), 5));
    a.note = field;
    a.tags = QStringList{field, QStringLiteral("plain")};
    a.created = utcDateTime(QDate(1969, 7, 20), QTime(20, 17));
    a.modified = offsetDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), 3600);
    Anchoring::fillQuote(review.text, &a);
    review.annotations.append(a);
    Annotation orphan = a;
    orphan.id = newId();
    orphan.created = QDateTime();
    review.orphans.append(orphan);
    return review;
}

} // namespace

class TestProjectWriter : public QObject
{
    Q_OBJECT

private slots:
    void sameBytesAsQt_data()
    {
        QTest::addColumn<QString>("field");
        QTest::newRow("plain") << QStringLiteral("A plain field");
        QTest::newRow("empty") << QString();
        QTest::newRow("quotes and backslashes") << QStringLiteral("say \"so\" \\ back\\slash /");
        QTest::newRow("control characters") << QString::fromUtf16(u"\t\n\r\b\f\x01\x1f\x7f end");
        QTest::newRow("nul") << QString(QChar(0)) + QStringLiteral("after");
        QTest::newRow("accents and quotes") << QStringLiteral("café “naïve” Søren – ½");
        QTest::newRow("line separators") << QString::fromUtf16(u"a\u2028b\u2029c\ufeffd\uffff");
        QTest::newRow("surrogate pair") << QString::fromUtf16(u"emoji \U0001F600 and \U00010348");
        QTest::newRow("lone high surrogate") << QString::fromUtf16(u"x") + QChar(0xd83d) + QStringLiteral("y");
        QTest::newRow("lone low surrogate") << QString(QChar(0xde00)) + QStringLiteral("y");
        QTest::newRow("high surrogate at the end") << QStringLiteral("y") + QChar(0xd83d);
        QTest::newRow("CJK") << QStringLiteral("評論家の意見");
    }

    void sameBytesAsQt()
    {
        QFETCH(QString, field);
        ProjectData data;
        data.title = field;
        data.tags = QStringList{field, QStringLiteral("Acting")};
        data.reviews.append(reviewWithText(QStringLiteral("Text ") + field + QStringLiteral(" with \U0001F600 in it."), field));
        Review graded = reviewWithText(QStringLiteral("Short."), field);
        graded.grade.raw = field;
        graded.grade.value = 80;
        data.reviews.append(graded);
        Review corrected = reviewWithText(QStringLiteral("Shorter."), field);
        corrected.grade.corrected = true;
        corrected.annotations.clear();
        corrected.orphans.clear();
        data.reviews.append(corrected);

        const QByteArray written = ProjectFile::serialize(data);
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(written, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(written, document.toJson(QJsonDocument::Indented));
    }

    void extraMembersInKeyOrder()
    {
        ProjectData data;
        data.title = QStringLiteral("T");
        data.reviews.append(reviewWithText(QStringLiteral("Some text here."), QStringLiteral("f")));
        QJsonObject extra;
        extra.insert(QStringLiteral("recovery"), QJsonObject{{QStringLiteral("written"), QStringLiteral("now")},
                                                             {QStringLiteral("list"), QJsonArray{1, QStringLiteral("b")}}});
        extra.insert(QStringLiteral("a"), 2.5);
        extra.insert(QStringLiteral("zz"), QJsonValue());
        extra.insert(QStringLiteral("title"), QStringLiteral("ignored: the project's own wins"));
        const QByteArray written = ProjectFile::serialize(data, extra);
        const QJsonDocument document = QJsonDocument::fromJson(written);
        QCOMPARE(written, document.toJson(QJsonDocument::Indented));
        QCOMPARE(document.object().value(QLatin1String("title")).toString(), QStringLiteral("T"));
        QCOMPARE(document.object().value(QLatin1String("recovery")).toObject().value(QLatin1String("written")).toString(),
                 QStringLiteral("now"));
        QCOMPARE(document.object().value(QLatin1String("a")).toDouble(), 2.5);
        QVERIFY(document.object().contains(QLatin1String("zz")));
    }

    void unsortedAnnotationsAreWrittenInTextOrder()
    {
        ProjectData data;
        Review review = reviewWithText(QStringLiteral("One two three four five six."), QStringLiteral("f"));
        Annotation later = review.annotations.first();
        later.id = newId();
        later.start = 8;
        later.end = 13;
        Anchoring::fillQuote(review.text, &later);
        review.annotations.prepend(later);
        data.reviews.append(review);
        const QByteArray written = ProjectFile::serialize(data);
        QCOMPARE(written, QJsonDocument::fromJson(written).toJson(QJsonDocument::Indented));
        const ProjectLoadResult read = ProjectFile::parse(written, QStringLiteral("t.revmark"));
        QVERIFY(read.ok);
        QCOMPARE(read.data.reviews.at(0).annotations.at(0).start, 0);
        QCOMPARE(read.data.reviews.at(0).annotations.at(1).start, 8);
    }

    void isoDate_data()
    {
        QTest::addColumn<QDateTime>("dateTime");
        QTest::newRow("utc") << utcDateTime(QDate(2026, 11, 24), QTime(23, 59, 59, 999));
        QTest::newRow("offset") << offsetDateTime(QDate(2026, 3, 1), QTime(0, 30), -5 * 3600);
        QTest::newRow("local") << QDateTime(QDate(2000, 2, 29), QTime(12, 0));
        QTest::newRow("epoch") << utcDateTime(QDate(1970, 1, 1), QTime(0, 0));
        QTest::newRow("before the epoch") << utcDateTime(QDate(1900, 6, 15), QTime(8, 0));
        QTest::newRow("year 9999") << utcDateTime(QDate(9999, 12, 31), QTime(23, 59, 59));
        QTest::newRow("year 10000") << utcDateTime(QDate(10000, 1, 1), QTime(0, 0));
        QTest::newRow("invalid") << QDateTime();
    }

    void isoDate()
    {
        QFETCH(QDateTime, dateTime);
        const QString expected = dateTime.toUTC().toString(Qt::ISODate);
        QCOMPARE(JsonWriter::isoDate(dateTime), expected);
    }
};

QTEST_GUILESS_MAIN(TestProjectWriter)
#include "tst_projectwriter.moc"
