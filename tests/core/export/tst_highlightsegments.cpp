// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/highlightsegments.h"

#include <QtTest>

#include <algorithm>

using namespace Revmark;

namespace {

// "3-8p" is a praise annotation over [3, 8), "3-8c" criticism.
QVector<Annotation> parseSpans(const QStringList &spans)
{
    QVector<Annotation> annotations;
    for (const QString &span : spans) {
        const int dash = int(span.indexOf(QLatin1Char('-')));
        Annotation a;
        a.id = QStringLiteral("id%1").arg(annotations.size());
        a.start = span.left(dash).toInt();
        a.end = span.mid(dash + 1, span.size() - dash - 2).toInt();
        a.polarity = span.endsWith(QLatin1Char('c')) ? Polarity::Criticism : Polarity::Praise;
        annotations.append(a);
    }
    return annotations;
}

// "0-5 p1 c1 [0,1] mixed"
QStringList describe(const QVector<HighlightSegment> &segments)
{
    QStringList out;
    for (const HighlightSegment &s : segments) {
        QStringList indices;
        for (int i : s.annotations)
            indices.append(QString::number(i));
        QString line = QStringLiteral("%1-%2 p%3 c%4 [%5]")
                           .arg(s.start)
                           .arg(s.end)
                           .arg(s.praise)
                           .arg(s.criticism)
                           .arg(indices.join(QLatin1Char(',')));
        if (s.isMixed())
            line += QStringLiteral(" mixed");
        out.append(line);
    }
    return out;
}

} // namespace

class TestHighlightSegments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void compute_data();
    void compute();
    void invariants_data();
    void invariants();
    void depth();
};

void TestHighlightSegments::compute_data()
{
    QTest::addColumn<QStringList>("spans");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("no annotations") << QStringList() << QStringList();
    QTest::newRow("one") << QStringList{QStringLiteral("2-7p")} << QStringList{QStringLiteral("2-7 p1 c0 [0]")};
    QTest::newRow("disjoint")
        << QStringList{QStringLiteral("0-5p"), QStringLiteral("10-15c")}
        << QStringList{QStringLiteral("0-5 p1 c0 [0]"), QStringLiteral("10-15 p0 c1 [1]")};
    QTest::newRow("disjoint, given out of order")
        << QStringList{QStringLiteral("20-30c"), QStringLiteral("0-5p")}
        << QStringList{QStringLiteral("0-5 p1 c0 [1]"), QStringLiteral("20-30 p0 c1 [0]")};
    QTest::newRow("nested")
        << QStringList{QStringLiteral("0-20p"), QStringLiteral("5-10c")}
        << QStringList{QStringLiteral("0-5 p1 c0 [0]"), QStringLiteral("5-10 p1 c1 [0,1] mixed"),
                       QStringLiteral("10-20 p1 c0 [0]")};
    QTest::newRow("nested, same start")
        << QStringList{QStringLiteral("0-20p"), QStringLiteral("0-10p")}
        << QStringList{QStringLiteral("0-10 p2 c0 [0,1]"), QStringLiteral("10-20 p1 c0 [0]")};
    QTest::newRow("nested, same end")
        << QStringList{QStringLiteral("4-20c"), QStringLiteral("0-20p")}
        << QStringList{QStringLiteral("0-4 p1 c0 [1]"), QStringLiteral("4-20 p1 c1 [0,1] mixed")};
    QTest::newRow("partial overlap praise and criticism")
        << QStringList{QStringLiteral("0-10p"), QStringLiteral("5-15c")}
        << QStringList{QStringLiteral("0-5 p1 c0 [0]"), QStringLiteral("5-10 p1 c1 [0,1] mixed"),
                       QStringLiteral("10-15 p0 c1 [1]")};
    QTest::newRow("three deep, mixed counts")
        << QStringList{QStringLiteral("0-10p"), QStringLiteral("2-8p"), QStringLiteral("4-6c")}
        << QStringList{QStringLiteral("0-2 p1 c0 [0]"), QStringLiteral("2-4 p2 c0 [0,1]"),
                       QStringLiteral("4-6 p2 c1 [0,1,2] mixed"), QStringLiteral("6-8 p2 c0 [0,1]"),
                       QStringLiteral("8-10 p1 c0 [0]")};
    QTest::newRow("two criticisms over one praise")
        << QStringList{QStringLiteral("3-9c"), QStringLiteral("0-12p"), QStringLiteral("3-9c")}
        << QStringList{QStringLiteral("0-3 p1 c0 [1]"), QStringLiteral("3-9 p1 c2 [0,1,2] mixed"),
                       QStringLiteral("9-12 p1 c0 [1]")};
    QTest::newRow("identical ranges, both polarities")
        << QStringList{QStringLiteral("3-8p"), QStringLiteral("3-8c")}
        << QStringList{QStringLiteral("3-8 p1 c1 [0,1] mixed")};
    QTest::newRow("identical ranges, same polarity")
        << QStringList{QStringLiteral("3-8c"), QStringLiteral("3-8c")} << QStringList{QStringLiteral("3-8 p0 c2 [0,1]")};
    QTest::newRow("adjacent, same polarity, not merged")
        << QStringList{QStringLiteral("0-5p"), QStringLiteral("5-9p")}
        << QStringList{QStringLiteral("0-5 p1 c0 [0]"), QStringLiteral("5-9 p1 c0 [1]")};
    QTest::newRow("adjacent, given in reverse")
        << QStringList{QStringLiteral("5-9c"), QStringLiteral("0-5c")}
        << QStringList{QStringLiteral("0-5 p0 c1 [1]"), QStringLiteral("5-9 p0 c1 [0]")};
    QTest::newRow("adjacent, mixed polarity")
        << QStringList{QStringLiteral("0-5p"), QStringLiteral("5-9c")}
        << QStringList{QStringLiteral("0-5 p1 c0 [0]"), QStringLiteral("5-9 p0 c1 [1]")};
    QTest::newRow("adjacent inside a larger span")
        << QStringList{QStringLiteral("0-10p"), QStringLiteral("2-5c"), QStringLiteral("5-8c")}
        << QStringList{QStringLiteral("0-2 p1 c0 [0]"), QStringLiteral("2-5 p1 c1 [0,1] mixed"),
                       QStringLiteral("5-8 p1 c1 [0,2] mixed"), QStringLiteral("8-10 p1 c0 [0]")};
    QTest::newRow("empty span ignored")
        << QStringList{QStringLiteral("4-4p"), QStringLiteral("0-3p")} << QStringList{QStringLiteral("0-3 p1 c0 [1]")};
    QTest::newRow("inverted span ignored")
        << QStringList{QStringLiteral("9-2c"), QStringLiteral("0-3p")} << QStringList{QStringLiteral("0-3 p1 c0 [1]")};
    QTest::newRow("empty span inside another does not split it")
        << QStringList{QStringLiteral("0-10p"), QStringLiteral("5-5c")} << QStringList{QStringLiteral("0-10 p1 c0 [0]")};
    QTest::newRow("only empty and inverted")
        << QStringList{QStringLiteral("4-4p"), QStringLiteral("7-1c")} << QStringList();
}

void TestHighlightSegments::compute()
{
    QFETCH(QStringList, spans);
    QFETCH(QStringList, expected);
    QCOMPARE(describe(HighlightSegments::compute(parseSpans(spans))), expected);
}

void TestHighlightSegments::invariants_data()
{
    compute_data();
}

void TestHighlightSegments::invariants()
{
    // Checked against brute force: for every position, the segment covering it (if any) lists
    // exactly the annotations that cover it; segments are ordered, non-empty and disjoint.
    QFETCH(QStringList, spans);
    const QVector<Annotation> annotations = parseSpans(spans);
    const QVector<HighlightSegment> segments = HighlightSegments::compute(annotations);
    for (int i = 0; i < segments.size(); ++i) {
        const HighlightSegment &s = segments.at(i);
        QVERIFY(s.start < s.end);
        QCOMPARE(s.praise + s.criticism, int(s.annotations.size()));
        if (i > 0) {
            const HighlightSegment &previous = segments.at(i - 1);
            QVERIFY(s.start >= previous.end);
            // Maximal runs: touching segments never cover the same set.
            if (s.start == previous.end)
                QVERIFY(s.annotations != previous.annotations);
        }
    }
    for (int position = 0; position < 40; ++position) {
        QVector<int> covering;
        for (int i = 0; i < annotations.size(); ++i) {
            if (annotations.at(i).covers(position))
                covering.append(i);
        }
        const auto it = std::find_if(segments.cbegin(), segments.cend(), [position](const HighlightSegment &s) {
            return position >= s.start && position < s.end;
        });
        if (covering.isEmpty()) {
            QVERIFY2(it == segments.cend(), qPrintable(QString::number(position)));
        } else {
            QVERIFY2(it != segments.cend(), qPrintable(QString::number(position)));
            QCOMPARE(it->annotations, covering);
        }
    }
}

void TestHighlightSegments::depth()
{
    const QVector<HighlightSegment> segments =
        HighlightSegments::compute(parseSpans({QStringLiteral("0-9c"), QStringLiteral("1-8p"), QStringLiteral("2-7c")}));
    QCOMPARE(segments.size(), 5);
    QCOMPARE(segments.at(2).depth(), 3);
    QVERIFY(segments.at(2).isMixed());
    QCOMPARE(segments.at(0).depth(), 1);
    QVERIFY(!segments.at(0).isMixed());
}

QTEST_GUILESS_MAIN(TestHighlightSegments)
#include "tst_highlightsegments.moc"
