// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/consensuschart.h"

#include "export/highlightstyle.h"

#include <QFont>
#include <QImage>
#include <QPainter>
#include <QtTest>

using namespace Revmark;

namespace {

// Two reviews; aspects: "performances" (praise 1+3, criticism 1+1), "story" (nothing),
// untagged (criticism 2 in the second review only).
ConsensusSummary makeSummary()
{
    ConsensusSummary summary;
    summary.title = QStringLiteral("Chart test");
    for (int i = 0; i < 2; ++i) {
        ConsensusSummary::ReviewEntry entry;
        entry.index = i + 1;
        entry.id = QStringLiteral("r%1").arg(i);
        summary.reviews.append(entry);
    }
    const auto aspect = [](const QString &tag, const QVector<Tally> &cells) {
        ConsensusSummary::Aspect a;
        a.tag = tag;
        a.cells = cells;
        for (const Tally &cell : cells) {
            a.total.praise += cell.praise;
            a.total.criticism += cell.criticism;
        }
        a.verdict = verdictFor(cells);
        return a;
    };
    summary.aspects.append(aspect(QStringLiteral("performances"), {Tally{1, 1}, Tally{3, 1}}));
    summary.aspects.append(aspect(QStringLiteral("story"), {Tally{}, Tally{}}));
    summary.aspects.append(aspect(QString(), {Tally{}, Tally{0, 2}}));
    return summary;
}

struct Extent
{
    int left = INT_MAX;
    int right = INT_MIN;
    int count = 0;
    bool isEmpty() const { return count == 0; }
    int width() const { return right - left + 1; }
};

Extent extentOf(const QImage &image, const QRect &band, QRgb colour)
{
    Extent e;
    for (int y = band.top(); y <= band.bottom(); ++y) {
        for (int x = band.left(); x <= band.right(); ++x) {
            if (image.pixel(x, y) == colour) {
                e.left = std::min(e.left, x);
                e.right = std::max(e.right, x);
                ++e.count;
            }
        }
    }
    return e;
}

int countIn(const QImage &image, const QRect &box, QRgb colour)
{
    return extentOf(image, box, colour).count;
}

} // namespace

class TestConsensusChart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void preferredSize();
    void paintsDivergingBars_data();
    void paintsDivergingBars();
    void emptySummary();
    void hitTesting();

private:
    QFont m_font;
};

void TestConsensusChart::initTestCase()
{
    m_font = QFont(QStringLiteral("DejaVu Sans"));
    m_font.setPixelSize(13);
}

void TestConsensusChart::preferredSize()
{
    ConsensusSummary summary = makeSummary();
    const QSizeF three = ConsensusChart::preferredSize(summary, m_font);
    QVERIFY(three.width() > 200);
    QVERIFY(three.height() > 3 * 13);
    summary.aspects.append(summary.aspects.first());
    const QSizeF four = ConsensusChart::preferredSize(summary, m_font);
    QCOMPARE(four.width(), three.width());
    QVERIFY(four.height() > three.height());
    // A long tag widens the label column.
    summary.aspects.last().tag = QStringLiteral("a rather long aspect name");
    QVERIFY(ConsensusChart::preferredSize(summary, m_font).width() > three.width());
}

void TestConsensusChart::paintsDivergingBars_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestConsensusChart::paintsDivergingBars()
{
    QFETCH(bool, dark);
    const HighlightStyle::Theme theme = dark ? HighlightStyle::Theme::Dark : HighlightStyle::Theme::Light;
    const ConsensusSummary summary = makeSummary();
    QImage image(900, int(ConsensusChart::preferredSize(summary, m_font).height()) + 20, QImage::Format_RGB32);
    image.fill(dark ? Qt::black : Qt::white);
    const QRectF area(0, 0, image.width(), image.height());
    {
        QPainter painter(&image);
        painter.setFont(m_font);
        ConsensusChart::paint(&painter, area, summary, dark);
    }
    const QRgb praiseTint = HighlightStyle::tint(Polarity::Praise, theme).rgb();
    const QRgb criticismTint = HighlightStyle::tint(Polarity::Criticism, theme).rgb();
    const QRgb criticismLine = HighlightStyle::lineColor(Polarity::Criticism, theme).rgb();

    const QRect performances = ConsensusChart::aspectRect(area, summary, m_font, 0).toAlignedRect();
    const Extent praise = extentOf(image, performances, praiseTint);
    const Extent criticism = extentOf(image, performances, criticismTint);
    QVERIFY2(!praise.isEmpty() && !criticism.isEmpty(), "both polarities drawn");
    // Criticism runs left of the axis, praise right of it.
    QVERIFY(criticism.right < praise.left);
    // Lengths follow the counts: 4 praise against 2 criticism.
    const double ratio = double(praise.width()) / criticism.width();
    QVERIFY2(ratio > 1.7 && ratio < 2.3, qPrintable(QString::number(ratio)));
    // Criticism is hatched: its line colour fills part of its inside, not only the outline.
    const QRect criticismInside(criticism.left + 3, performances.top() + 4, criticism.width() - 6, performances.height() - 8);
    QVERIFY(countIn(image, criticismInside, criticismLine) > criticismInside.width());
    const QRect praiseInside(praise.left + 3, criticismInside.top(), praise.width() - 6, criticismInside.height());
    QVERIFY(countIn(image, praiseInside, HighlightStyle::lineColor(Polarity::Praise, theme).rgb()) < 4);

    // No bar where no review mentions the aspect.
    const QRect story = ConsensusChart::aspectRect(area, summary, m_font, 1).toAlignedRect();
    QVERIFY(extentOf(image, story, praiseTint).isEmpty());
    QVERIFY(extentOf(image, story, criticismTint).isEmpty());
    // Untagged: criticism only, on the same side, as long as the 2 criticism above.
    const QRect untagged = ConsensusChart::aspectRect(area, summary, m_font, 2).toAlignedRect();
    QVERIFY(extentOf(image, untagged, praiseTint).isEmpty());
    const Extent untaggedCriticism = extentOf(image, untagged, criticismTint);
    QVERIFY(!untaggedCriticism.isEmpty());
    QVERIFY(qAbs(untaggedCriticism.right - criticism.right) <= 1);
    QVERIFY(qAbs(untaggedCriticism.width() - criticism.width()) <= 2);
}

void TestConsensusChart::emptySummary()
{
    ConsensusSummary summary;
    QVERIFY(ConsensusChart::preferredSize(summary, m_font).height() > 0);
    QImage image(200, 100, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setFont(m_font);
    ConsensusChart::paint(&painter, QRectF(0, 0, 200, 100), summary, false);
    painter.end();
    // Only the legend: no axis, so the lower half stays blank.
    QCOMPARE(countIn(image, QRect(0, 60, 200, 40), qRgb(255, 255, 255)), 200 * 40);
}

void TestConsensusChart::hitTesting()
{
    const ConsensusSummary summary = makeSummary();
    const QRectF area(QPointF(10, 20), ConsensusChart::preferredSize(summary, m_font));
    for (int i = 0; i < summary.aspects.size(); ++i)
        QCOMPARE(ConsensusChart::aspectAt(area, summary, m_font, ConsensusChart::aspectRect(area, summary, m_font, i).center()), i);
    QCOMPARE(ConsensusChart::aspectAt(area, summary, m_font, area.topLeft() + QPointF(1, 1)), -1); // legend
    QCOMPARE(ConsensusChart::aspectAt(area, summary, m_font, area.bottomRight() + QPointF(5, 5)), -1);
    QVERIFY(ConsensusChart::aspectRect(area, summary, m_font, 3).isEmpty());

    // Segments: performances has praise 1 (review 0) then 3 (review 1) right of the axis, and
    // criticism 1 + 1 left of it. Find the axis as the point between the two sides.
    const QRectF row = ConsensusChart::aspectRect(area, summary, m_font, 0);
    QVector<int> hits;
    int previous = -2;
    for (qreal x = row.left(); x < row.right(); x += 0.5) {
        const int review = ConsensusChart::reviewAt(area, summary, m_font, QPointF(x, row.center().y()));
        if (review != previous)
            hits.append(review);
        previous = review;
    }
    // Left to right: nothing, criticism of review 1, of review 0 then (across the axis) praise of
    // review 0, of review 1, nothing.
    QCOMPARE(hits, (QVector<int>{-1, 1, 0, 1, -1}));
    // Above the bar (still in the row) and in an empty row: no segment.
    QCOMPARE(ConsensusChart::reviewAt(area, summary, m_font, QPointF(row.center().x() + 2, row.top() + 1)), -1);
    const QRectF story = ConsensusChart::aspectRect(area, summary, m_font, 1);
    QCOMPARE(ConsensusChart::reviewAt(area, summary, m_font, story.center()), -1);
}

QTEST_MAIN(TestConsensusChart)
#include "tst_consensuschart.moc"
