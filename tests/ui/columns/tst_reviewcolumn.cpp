// SPDX-License-Identifier: GPL-3.0-or-later
// ReviewColumn's header: the line under the title is drawn in a visible colour (it was blank on
// Qt 5, whose palettes may leave PlaceholderText transparent).
#include "columns/reviewcolumn.h"
#include "model/review.h"

#include <QLabel>
#include <QTest>

using namespace Revmark;

class TestReviewColumn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bylineIsVisibleAndMuted();
};

void TestReviewColumn::bylineIsVisibleAndMuted()
{
    ReviewColumn column;
    Review review;
    review.id = QStringLiteral("r");
    review.title = QStringLiteral("Night Swimmers Review");
    review.author = QStringLiteral("Corin Ashdown");
    review.outlet = QStringLiteral("The Picture House");
    review.text = QStringLiteral("Text.");
    column.setReview(review);
    column.show();
    QVERIFY(QTest::qWaitForWindowExposed(&column));
    auto *byline = column.findChild<QLabel *>(QStringLiteral("columnByline"));
    QVERIFY(byline && byline->isVisible());
    QVERIFY(byline->text().contains(QStringLiteral("Corin Ashdown")));
    const QColor ink = byline->palette().color(byline->foregroundRole());
    const QColor window = byline->palette().color(QPalette::Window);
    const QColor text = column.palette().color(QPalette::WindowText);
    QCOMPARE(ink.alpha(), 255);
    QVERIFY(ink != window);
    QVERIFY(ink != text); // muted, apart from the title
    // Far enough from the background to read.
    QVERIFY(qAbs(ink.lightness() - window.lightness()) > 60);
    // Drawn: the label's pixels hold more than its background.
    const QImage image = byline->grab().toImage();
    bool inked = false;
    for (int y = 0; y < image.height() && !inked; ++y) {
        for (int x = 0; x < image.width() && !inked; ++x)
            inked = qAbs(QColor(image.pixel(x, y)).lightness() - window.lightness()) > 60;
    }
    QVERIFY(inked);
}

QTEST_MAIN(TestReviewColumn)
#include "tst_reviewcolumn.moc"
