// SPDX-License-Identifier: GPL-3.0-or-later
#include "panels/compareview.h"

#include "columns/columnsarea.h"
#include "columns/reviewcolumn.h"
#include "columns/reviewview.h"
#include "export/consensuschart.h"
#include "export/highlightstyle.h"
#include "compare/consensusmodel.h"
#include "mainwindow.h"
#include "model/qtcompat.h"
#include "panels/annotationpanel.h"
#include "panels/consensuschartwidget.h"
#include "project/project.h"
#include "uitestutil.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QHelpEvent>
#include <QToolTip>
#include <QCheckBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QScrollBar>
#include <QSettings>
#include <QTableView>
#include <QTest>
#include <QTextCursor>
#include <QToolButton>

using namespace Revmark;

namespace {

const int ReviewCount = 6;
const int Paragraphs = 40;

// "Paragraph 7 of review C" opens paragraph 7 of review C; every paragraph is long enough to wrap.
QString paragraphMarker(int paragraph, int review)
{
    return QStringLiteral("Paragraph %1 of review %2").arg(paragraph).arg(QChar(QLatin1Char('A' + review)));
}

Review makeReview(int index)
{
    Review review;
    review.id = QStringLiteral("review-%1").arg(index);
    review.title = QStringLiteral("A test review %1").arg(index);
    review.author = QStringLiteral("Critic %1").arg(QChar(QLatin1Char('A' + index)));
    review.outlet = QStringLiteral("The Test Gazette");
    QStringList paragraphs;
    for (int p = 0; p < Paragraphs; ++p)
        paragraphs.append(paragraphMarker(p, index)
                          + QStringLiteral(" says the pictures are tidy, the talk is brisk and the ending is "
                                           "neither here nor there, as endings of such films tend to be."));
    review.text = paragraphs.join(QStringLiteral("\n\n"));
    return review;
}

} // namespace

class TestCompareView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void opensWithShortcut();
    void cellClickShowsColumnAndAnnotation();
    void stepsWithF4();
    void arrowsAndReturn();
    void alignOnAspectAndEscape();
    void followsMarkingAndUndo();
    void accessibleNames();
    void includeHiddenColumns();
    void chartFollowsAndSelectsRows();
    void cellsDrawHighlightCues_data();
    void cellsDrawHighlightCues();

private:
    // Annotates "Paragraph <paragraph> of review <review>" and returns the annotation's id.
    QString mark(int review, int paragraph, Polarity polarity, const QStringList &tags);
    QModelIndex cell(const QString &tag, int review) const;
    void clickCell(const QModelIndex &index);
    // The annotation's place on screen (global y of its first line).
    int passageY(int review, const QString &annotationId) const;
    bool columnInView(int review) const;

    MainWindow *m_window = nullptr;
    Project *m_project = nullptr;
    CompareView *m_view = nullptr;
    QTableView *m_table = nullptr;
    ConsensusModel *m_model = nullptr;
    // Annotations in text order per review, on "performances".
    QVector<QStringList> m_performances;
};

void TestCompareView::init()
{
    QSettings().clear();
    m_window = new MainWindow;
    m_window->resize(1280, 960); // the chart needs room beside the annotation panel, whose editor is tall
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_project = m_window->project();
    QVector<Review> reviews;
    for (int i = 0; i < ReviewCount; ++i)
        reviews.append(makeReview(i));
    m_project->addReviews(reviews);

    // "performances": review A at paragraphs 2 and 25 (and a criticism at 30); B at 14;
    // C at 33; F at 20; D and E not at all. "story": criticism in A and B.
    m_performances = QVector<QStringList>(ReviewCount);
    m_performances[0] = QStringList{mark(0, 2, Polarity::Praise, {QStringLiteral("performances")}),
                         mark(0, 25, Polarity::Praise, {QStringLiteral("performances")}),
                         mark(0, 30, Polarity::Criticism, {QStringLiteral("performances"), QStringLiteral("story")})};
    m_performances[1] = QStringList{mark(1, 14, Polarity::Praise, {QStringLiteral("performances")})};
    m_performances[2] = QStringList{mark(2, 33, Polarity::Praise, {QStringLiteral("performances")})};
    m_performances[5] = QStringList{mark(5, 20, Polarity::Praise, {QStringLiteral("performances")})};
    mark(1, 5, Polarity::Criticism, {QStringLiteral("story")});
    m_project->undoStack()->clear();

    m_view = m_window->findChild<CompareView *>(QStringLiteral("compareView"));
    QVERIFY(m_view);
    m_table = m_view->findChild<QTableView *>(QStringLiteral("consensusTable"));
    QVERIFY(m_table);
    m_model = m_view->model();
    m_window->findChild<QAction *>(QStringLiteral("actionCompareReviews"))->trigger();
    QTRY_VERIFY(m_table->isVisible());
}

void TestCompareView::cleanup()
{
    m_window->project()->undoStack()->setClean();
    delete m_window;
    m_window = nullptr;
}

QString TestCompareView::mark(int review, int paragraph, Polarity polarity, const QStringList &tags)
{
    const QString reviewId = m_project->review(review).id;
    const QString marker = paragraphMarker(paragraph, review);
    const int start = int(m_project->review(review).text.indexOf(marker));
    return m_project->addAnnotation(reviewId, start, start + int(marker.size()), polarity, tags);
}

QModelIndex TestCompareView::cell(const QString &tag, int review) const
{
    return m_model->index(m_model->rowOfTag(tag), m_model->columnOfReview(m_project->review(review).id));
}

void TestCompareView::clickCell(const QModelIndex &index)
{
    m_table->scrollTo(index);
    QTest::mouseClick(m_table->viewport(), Qt::LeftButton, Qt::NoModifier, m_table->visualRect(index).center());
}

int TestCompareView::passageY(int review, const QString &annotationId) const
{
    const QString reviewId = m_project->review(review).id;
    ReviewView *view = m_window->columnsArea()->columnFor(reviewId)->view();
    QTextCursor cursor(view->document());
    cursor.setPosition(m_project->findAnnotation(reviewId, annotationId)->start);
    return view->viewport()->mapToGlobal(view->cursorRect(cursor).topLeft()).y();
}

bool TestCompareView::columnInView(int review) const
{
    ColumnsArea *area = m_window->columnsArea();
    ReviewColumn *column = area->columnFor(m_project->review(review).id);
    const QRect rect(column->mapTo(area->viewport(), QPoint(0, 0)), column->size());
    return area->viewport()->rect().intersects(rect) && column->isVisible();
}

void TestCompareView::opensWithShortcut()
{
    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("compareDock"));
    QTest::keyClick(m_window, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(!dock->isVisible());
    QTest::keyClick(m_window, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(dock->isVisible());
    // Tags in tag-list order, "(no tag)", Grade, Totals; the reviews and the Verdict.
    QCOMPARE(m_model->columnCount(), ReviewCount + 1);
    QCOMPARE(m_model->rowCount(), int(Project::defaultTags().size()) + 3);
    QCOMPARE(m_model->headerData(0, Qt::Vertical).toString(), QStringLiteral("Performances"));
    QCOMPARE(m_model->index(m_model->rowOfTag(QStringLiteral("performances")), m_model->verdictColumn()).data().toString(),
             verdictName(Verdict::ConsensusPraise));
}

void TestCompareView::cellClickShowsColumnAndAnnotation()
{
    // Review F's column starts out of view: six columns do not fit.
    QVERIFY(!columnInView(5));
    clickCell(cell(QStringLiteral("performances"), 5));
    QTRY_COMPARE(m_window->currentAnnotationId(), m_performances.at(5).first());
    QVERIFY(columnInView(5));
    QVERIFY(!columnInView(0));
    QCOMPARE(m_window->columnsArea()->currentReviewId(), m_project->review(5).id);
    QCOMPARE(m_window->annotationPanel()->currentAnnotationId(), m_performances.at(5).first());

    // Clicking again steps through the cell in text order, then wraps.
    clickCell(cell(QStringLiteral("performances"), 0));
    QTRY_COMPARE(m_window->currentAnnotationId(), m_performances.at(0).at(0));
    QVERIFY(columnInView(0));
    ReviewView *view = m_window->columnsArea()->columnFor(m_project->review(0).id)->view();
    for (int i = 1; i <= 3; ++i) {
        clickCell(cell(QStringLiteral("performances"), 0));
        QTRY_COMPARE(m_window->currentAnnotationId(), m_performances.at(0).at(i % 3));
        // Revealed: its line is inside the column's view.
        const QString id = m_performances.at(0).at(i % 3);
        QTextCursor cursor(view->document());
        cursor.setPosition(m_project->findAnnotation(m_project->review(0).id, id)->start);
        QTRY_VERIFY(view->viewport()->rect().contains(view->cursorRect(cursor).center()));
    }
    // An empty cell shows the column and leaves the current annotation alone.
    clickCell(cell(QStringLiteral("performances"), 5));
    QTRY_VERIFY(!columnInView(0));
    const QString before = m_window->currentAnnotationId();
    clickCell(cell(QStringLiteral("music"), 0));
    QTRY_VERIFY(columnInView(0));
    QCOMPARE(m_window->currentAnnotationId(), before);
}

void TestCompareView::stepsWithF4()
{
    m_table->setFocus();
    m_table->setCurrentIndex(cell(QStringLiteral("performances"), 0));
    const QStringList &ids = m_performances.at(0);
    QTest::keyClick(m_table, Qt::Key_F4);
    QTRY_COMPARE(m_window->currentAnnotationId(), ids.at(0));
    QTest::keyClick(m_table, Qt::Key_F4);
    QCOMPARE(m_window->currentAnnotationId(), ids.at(1));
    QTest::keyClick(m_table, Qt::Key_F4, Qt::ShiftModifier);
    QCOMPARE(m_window->currentAnnotationId(), ids.at(0));
    QTest::keyClick(m_table, Qt::Key_F4, Qt::ShiftModifier);
    QCOMPARE(m_window->currentAnnotationId(), ids.at(2));
    // F4 works from the column too, on the cell still current in the table.
    ReviewView *view = m_window->columnsArea()->columnFor(m_project->review(0).id)->view();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_F4);
    QCOMPARE(m_window->currentAnnotationId(), ids.at(0));
    // A cell without annotations: F4 does nothing.
    m_table->setCurrentIndex(cell(QStringLiteral("music"), 0));
    QTest::keyClick(m_table, Qt::Key_F4);
    QCOMPARE(m_window->currentAnnotationId(), ids.at(0));
}

void TestCompareView::arrowsAndReturn()
{
    m_table->setFocus();
    m_table->setCurrentIndex(m_model->index(0, 0));
    QTest::keyClick(m_table, Qt::Key_Right);
    QCOMPARE(m_table->currentIndex(), m_model->index(0, 1));
    QTest::keyClick(m_table, Qt::Key_Down);
    QTest::keyClick(m_table, Qt::Key_Up);
    QCOMPARE(m_table->currentIndex(), m_model->index(0, 1));
    // Row 0 is "performances": review B has one annotation there.
    QTest::keyClick(m_table, Qt::Key_Return);
    QTRY_COMPARE(m_window->currentAnnotationId(), m_performances.at(1).first());
    QVERIFY(columnInView(1));
    // Left, Return: review A's first; Return again: its second.
    QTest::keyClick(m_table, Qt::Key_Left);
    QTest::keyClick(m_table, Qt::Key_Return);
    QCOMPARE(m_window->currentAnnotationId(), m_performances.at(0).at(0));
    QTest::keyClick(m_table, Qt::Key_Return);
    QCOMPARE(m_window->currentAnnotationId(), m_performances.at(0).at(1));
    QVERIFY(m_table->hasFocus());
}

void TestCompareView::alignOnAspectAndEscape()
{
    AnnotationPanel *panel = m_window->annotationPanel();
    ColumnsArea *columns = m_window->columnsArea();
    columns->setSyncScrolling(true);
    // Only three columns, so all are on screen.
    for (int i = 3; i < ReviewCount; ++i)
        columns->setReviewHidden(m_project->review(i).id, true);
    QTRY_COMPARE(m_model->reviewCount(), 3);
    m_table->setFocus();
    m_table->setCurrentIndex(cell(QStringLiteral("performances"), 0));
    QTest::keyClick(m_table, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(m_view->isAligned());
    QCOMPARE(m_view->alignedTag(), QStringLiteral("performances"));
    QCOMPARE(panel->tagFilter(), QStringLiteral("performances"));
    QVERIFY(!columns->syncScrolling());

    // The first "performances" passage of A (paragraph 2), B (14) and C (33) at one height.
    const int a = passageY(0, m_performances.at(0).first());
    QCOMPARE(passageY(1, m_performances.at(1).first()), a);
    QCOMPARE(passageY(2, m_performances.at(2).first()), a);
    // Not by chance: the columns are scrolled by different amounts.
    const auto scroll = [this](int review) {
        return m_window->columnsArea()->columnFor(m_project->review(review).id)->view()->verticalScrollBar()->value();
    };
    QVERIFY(scroll(0) != scroll(1) && scroll(1) != scroll(2));

    // Escape ends it: the panel's filter and synchronised scrolling come back.
    QTest::keyClick(m_table, Qt::Key_Escape);
    QVERIFY(!m_view->isAligned());
    QCOMPARE(panel->tagFilter(), QString());
    QVERIFY(columns->syncScrolling());

    // From the button, on another row, with a filter of the user's own to restore.
    panel->setTagFilter(QStringLiteral("music"));
    m_table->setCurrentIndex(cell(QStringLiteral("story"), 1));
    QTest::mouseClick(m_view->findChild<QToolButton *>(QStringLiteral("alignButton")), Qt::LeftButton);
    QCOMPARE(panel->tagFilter(), QStringLiteral("story"));
    QCOMPARE(passageY(1, m_model->annotationIds(m_model->rowOfTag(QStringLiteral("story")), 1).first()),
             passageY(0, m_performances.at(0).at(2)));
    QTest::keyClick(m_window, Qt::Key_Escape);
    QCOMPARE(panel->tagFilter(), QStringLiteral("music"));

    // Closing the view while aligned ends the alignment too.
    m_table->setCurrentIndex(cell(QStringLiteral("performances"), 0));
    QTest::keyClick(m_table, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(m_view->isAligned());
    QTest::keyClick(m_window, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(!m_view->isAligned());
    QCOMPARE(panel->tagFilter(), QStringLiteral("music"));
    QVERIFY(columns->syncScrolling());
}

void TestCompareView::followsMarkingAndUndo()
{
    const QModelIndex untagged = m_model->index(m_model->untaggedRow(), m_model->columnOfReview(m_project->review(3).id));
    QCOMPARE(untagged.data(ConsensusModel::PraiseRole).toInt(), 0);
    // Mark the first words of review D with Ctrl+1, as a user does.
    ReviewView *view = m_window->columnsArea()->columnFor(m_project->review(3).id)->view();
    UiTest::selectWords(view, 0, 3);
    QTest::keyClick(view, Qt::Key_1, Qt::ControlModifier);
    QTRY_COMPARE(untagged.data(ConsensusModel::PraiseRole).toInt(), 1);
    QCOMPARE(untagged.data(Qt::AccessibleTextRole).toString(), QStringLiteral("(no tag), Critic D: 1 praise, 0 criticism(s)"));
    QCOMPARE(m_model->index(m_model->untaggedRow(), m_model->verdictColumn()).data(ConsensusModel::VerdictKeyRole).toString(),
             QStringLiteral("one-voice"));
    // Relabel it: Ctrl+2 with nothing selected.
    QTest::keyClick(view, Qt::Key_Right);
    QTest::keyClick(view, Qt::Key_2, Qt::ControlModifier);
    QTRY_COMPARE(untagged.data(ConsensusModel::CriticismRole).toInt(), 1);
    QCOMPARE(untagged.data(ConsensusModel::PraiseRole).toInt(), 0);
    QTest::keyClick(m_window, Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(untagged.data(ConsensusModel::PraiseRole).toInt(), 1);
    QTest::keyClick(m_window, Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(untagged.data(ConsensusModel::PraiseRole).toInt(), 0);
    QCOMPARE(untagged.data().toString(), QString());
    // Redo's keys depend on the platform's key bindings: the action's own.
    QTest::keySequence(m_window, m_window->findChild<QAction *>(QStringLiteral("actionRedo"))->shortcut());
    QTRY_COMPARE(untagged.data(ConsensusModel::PraiseRole).toInt(), 1);
}

void TestCompareView::accessibleNames()
{
    QAccessibleInterface *table = QAccessible::queryAccessibleInterface(m_table);
    QVERIFY(table);
    QAccessibleTableInterface *cells = table->tableInterface();
    QVERIFY(cells);
    const QModelIndex a = cell(QStringLiteral("performances"), 0);
    QAccessibleInterface *cellA = cells->cellAt(a.row(), a.column());
    QVERIFY(cellA);
    QCOMPARE(cellA->text(QAccessible::Name), QStringLiteral("Performances, Critic A: 2 praise, 1 criticism(s)"));
    const QModelIndex empty = cell(QStringLiteral("music"), 4);
    QCOMPARE(cells->cellAt(empty.row(), empty.column())->text(QAccessible::Name),
             QStringLiteral("Music, Critic E: not mentioned"));
    const QModelIndex verdict = m_model->index(m_model->rowOfTag(QStringLiteral("story")), m_model->verdictColumn());
    QCOMPARE(cells->cellAt(verdict.row(), verdict.column())->text(QAccessible::Name),
             QStringLiteral("Story, verdict: Agree: criticism (0 praise, 2 criticism(s))"));
}

void TestCompareView::includeHiddenColumns()
{
    ColumnsArea *columns = m_window->columnsArea();
    auto *include = m_view->findChild<QCheckBox *>(QStringLiteral("includeHiddenCheck"));
    columns->setReviewHidden(m_project->review(2).id, true);
    QTRY_COMPARE(m_model->reviewCount(), ReviewCount - 1);
    QCOMPARE(m_model->columnOfReview(m_project->review(2).id), -1);
    QTest::mouseClick(include, Qt::LeftButton);
    QVERIFY(include->isChecked());
    QCOMPARE(m_model->columnOfReview(m_project->review(2).id), 2);
    // Jumping to a hidden review's cell shows its column.
    clickCell(cell(QStringLiteral("performances"), 2));
    QTRY_VERIFY(!columns->isHidden(m_project->review(2).id));
    QCOMPARE(m_window->currentAnnotationId(), m_performances.at(2).first());
}

void TestCompareView::chartFollowsAndSelectsRows()
{
    auto *chart = m_view->findChild<ConsensusChartWidget *>(QStringLiteral("consensusChart"));
    QVERIFY(chart);
    QTRY_COMPARE(chart->summary().aspects.size(), m_model->aspectCount());
    QCOMPARE(chart->summary().aspects.first().total, (Tally{5, 1}));
    mark(3, 8, Polarity::Criticism, {QStringLiteral("performances")});
    QTRY_COMPARE(chart->summary().aspects.first().total, (Tally{5, 2}));
    m_project->undoStack()->undo();
    QTRY_COMPARE(chart->summary().aspects.first().total, (Tally{5, 1}));

    // Clicking an aspect's bar makes its row current in the table.
    const int story = m_model->rowOfTag(QStringLiteral("story"));
    const QRectF row = ConsensusChart::aspectRect(QRectF(chart->rect()), chart->summary(), chart->font(), story);
    QVERIFY(chart->visibleRegion().contains(row.center().toPoint()));
    QTest::mouseClick(chart, Qt::LeftButton, Qt::NoModifier, row.center().toPoint());
    QCOMPARE(m_table->currentIndex().row(), story);
    QVERIFY(chart->accessibleDescription().contains(QStringLiteral("Story: 0 praise, 2 criticism")));

    // The tooltip over review B's segment of the performances bar names B.
    const QRectF performances = ConsensusChart::aspectRect(QRectF(chart->rect()), chart->summary(), chart->font(), 0);
    QPoint point;
    for (int x = int(performances.left()); x < performances.right() && point.isNull(); ++x) {
        if (ConsensusChart::reviewAt(QRectF(chart->rect()), chart->summary(), chart->font(),
                                     QPointF(x, performances.center().y())) == 1)
            point = QPoint(x, int(performances.center().y()));
    }
    QVERIFY(!point.isNull());
    QHelpEvent help(QEvent::ToolTip, point, chart->mapToGlobal(point));
    QApplication::sendEvent(chart, &help);
    QTRY_VERIFY(QToolTip::text().contains(QStringLiteral("Critic B: 1 praise, 0 criticism")));
    QVERIFY(QToolTip::text().startsWith(QStringLiteral("Performances: 5 praise, 1 criticism")));
}

void TestCompareView::cellsDrawHighlightCues_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestCompareView::cellsDrawHighlightCues()
{
    QFETCH(bool, dark);
    if (dark) {
        QPalette palette = m_table->palette();
        palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        palette.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        m_table->setPalette(palette);
    }
    const HighlightStyle::Theme theme = dark ? HighlightStyle::Theme::Dark : HighlightStyle::Theme::Light;
    m_table->selectionModel()->clear();
    m_table->scrollToTop();
    QImage image = m_table->viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
    const auto count = [&image](const QRect &rect, const QColor &colour) {
        int n = 0;
        for (int y = rect.top(); y <= rect.bottom(); ++y)
            for (int x = rect.left(); x <= rect.right(); ++x)
                n += image.pixel(x, y) == colour.rgb() ? 1 : 0;
        return n;
    };
    const QColor praiseTint = HighlightStyle::tint(Polarity::Praise, theme);
    const QColor criticismTint = HighlightStyle::tint(Polarity::Criticism, theme);
    const QColor praiseLine = HighlightStyle::lineColor(Polarity::Praise, theme);
    const QColor criticismLine = HighlightStyle::lineColor(Polarity::Criticism, theme);

    // Review A on performances: +2 and -1, each on its tint with its underline.
    const QRect both = m_table->visualRect(cell(QStringLiteral("performances"), 0));
    QVERIFY(image.rect().contains(both));
    QVERIFY(count(both, praiseTint) > 20);
    QVERIFY(count(both, criticismTint) > 20);
    QVERIFY(count(both, praiseLine) > 5);
    // Review B: praise only, so no criticism cue at all.
    const QRect praise = m_table->visualRect(cell(QStringLiteral("performances"), 1));
    QVERIFY(count(praise, praiseTint) > 20);
    QCOMPARE(count(praise, criticismTint), 0);
    QCOMPARE(count(praise, criticismLine), 0);
    // An empty cell is blank: only the base colour (and the grid line).
    const QRect empty = m_table->visualRect(cell(QStringLiteral("performances"), 3)).adjusted(0, 0, -1, -1);
    QVERIFY(image.rect().contains(empty));
    const QColor base = m_table->palette().color(QPalette::Base);
    QCOMPARE(count(empty, base), empty.width() * empty.height());
    // Verdicts: a triangle in the praise colour for agreement on praise; none for "not mentioned".
    // Each verdict cell scrolled into view on its own: the dock may show few rows.
    const auto verdictShot = [&](const QString &tag) {
        const QModelIndex index = m_model->index(m_model->rowOfTag(tag), m_model->verdictColumn());
        m_table->scrollTo(index);
        image = m_table->viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
        // The Verdict column stretches, possibly past the view: its start, with the marker, is in it.
        return m_table->visualRect(index).intersected(image.rect());
    };
    const QRect agree = verdictShot(QStringLiteral("performances"));
    QVERIFY(agree.width() > agree.height());
    QVERIFY(count(agree, praiseLine) > 10);
    const QRect story = verdictShot(QStringLiteral("story"));
    QVERIFY(story.width() > story.height());
    QVERIFY(count(story, criticismLine) > 10);
    QCOMPARE(count(story, praiseLine), 0);
}

QTEST_MAIN(TestCompareView)
#include "tst_compareview.moc"
