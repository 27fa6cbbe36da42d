// SPDX-License-Identifier: GPL-3.0-or-later
#include "panels/annotationlistmodel.h"
#include "panels/annotationpanel.h"
#include "export/highlightstyle.h"
#include "project/project.h"
#include "model/qtcompat.h"
#include "dialogs/reviewpropertiesdialog.h"
#include "dialogs/tagsdialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

#include <memory>

using namespace Revmark;

namespace {

const QString alphaText = QStringLiteral(
    "The acting is superb throughout, but the plot drags badly in the middle. Music soars at the end.");
const QString betaText = QStringLiteral(
    "A confused script sinks it. Still, the direction is confident and every frame looks deliberate.");
const QString gammaText = QStringLiteral("Nothing much to say about this one.");

Review makeReview(const QString &title, const QString &text)
{
    Review review;
    review.id = newId();
    review.title = title;
    review.author = title + QStringLiteral(" Critic");
    review.outlet = QStringLiteral("The Daily Reel");
    review.text = text;
    review.sourcePath = QStringLiteral("/tmp/reviews/%1.txt").arg(title.toLower());
    review.format = SourceFormat::PlainText;
    review.importedAt = QDateTime::fromString(QStringLiteral("2024-03-01T12:00:00Z"), Qt::ISODate);
    return review;
}

QStringList modelColumn(const QAbstractItemModel *model, int column, int role = Qt::DisplayRole)
{
    QStringList values;
    for (int row = 0; row < model->rowCount(); ++row)
        values.append(model->index(row, column).data(role).toString());
    return values;
}

} // namespace

class TestAnnotationPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void modelListsAllInColumnThenTextOrder();
    void modelFilters();
    void modelFollowsProjectEdits();
    void modelKeepsRowsWhileTypingAtScale();

    void panelShowsRowsAndCount();
    void panelFilterCombos();
    void clickingRowEmitsActivated();
    void keyboardInList();
    void typingNoteIsOneUndoStep();
    void externalUpdateKeepsNoteCursor();
    void polarityButtonsAreOneStepEach();
    void tagCheckboxesAreOneStepEach();
    void deleteButtonAndUndo();
    void setCurrentAnnotationClearsHidingFilters();
    void setProjectAgainAndDestroyedProject();

    void reviewPropertiesApplyAsOneStep();
    void reviewPropertiesCancelChangesNothing();
    void tagsDialogRenameFollowsAnnotations();
    void tagsDialogRejectsEmptyAndDuplicate();
    void tagsDialogAddRemoveMove();

private:
    QString addAnnotation(int reviewIndex, const QString &quote, Polarity polarity, const QStringList &tags = {},
                          const QString &note = {});
    // Shows a panel on m_project and waits until it can take keyboard focus.
    std::unique_ptr<AnnotationPanel> showPanel();
    template<typename T>
    static T *child(QObject *parent, const char *name)
    {
        T *widget = parent->findChild<T *>(QLatin1String(name));
        if (!widget)
            qWarning("no child %s", name);
        return widget;
    }

    std::unique_ptr<Project> m_project;
    QString m_alpha, m_beta, m_gamma;
    // Alpha: acting (praise), plot (criticism), music (praise); Beta: script (criticism),
    // direction (praise); Gamma: none.
    QString m_acting, m_plot, m_music, m_script, m_direction;
};

QString TestAnnotationPanel::addAnnotation(int reviewIndex, const QString &quote, Polarity polarity,
                                           const QStringList &tags, const QString &note)
{
    const Review &review = m_project->review(reviewIndex);
    const int start = int(review.text.indexOf(quote));
    Q_ASSERT(start >= 0);
    return m_project->addAnnotation(review.id, start, start + int(quote.size()), polarity, tags, note);
}

void TestAnnotationPanel::init()
{
    m_project = std::make_unique<Project>();
    m_project->addReviews({makeReview(QStringLiteral("Alpha"), alphaText), makeReview(QStringLiteral("Beta"), betaText),
                           makeReview(QStringLiteral("Gamma"), gammaText)});
    m_alpha = m_project->review(0).id;
    m_beta = m_project->review(1).id;
    m_gamma = m_project->review(2).id;
    // Added out of text order on purpose: the list must follow the text.
    m_music = addAnnotation(0, QStringLiteral("Music soars"), Polarity::Praise, {QStringLiteral("music")});
    m_acting = addAnnotation(0, QStringLiteral("acting is superb"), Polarity::Praise, {QStringLiteral("performances")});
    m_plot = addAnnotation(0, QStringLiteral("plot drags badly"), Polarity::Criticism,
                           {QStringLiteral("story"), QStringLiteral("pacing")}, QStringLiteral("too slow"));
    m_direction = addAnnotation(1, QStringLiteral("the direction is confident"), Polarity::Praise,
                                {QStringLiteral("direction")});
    m_script = addAnnotation(1, QStringLiteral("confused script"), Polarity::Criticism, {QStringLiteral("story")});
    QVERIFY(!m_music.isEmpty() && !m_acting.isEmpty() && !m_plot.isEmpty() && !m_direction.isEmpty()
            && !m_script.isEmpty());
    m_project->undoStack()->clear();
}

void TestAnnotationPanel::cleanup()
{
    m_project.reset();
}

std::unique_ptr<AnnotationPanel> TestAnnotationPanel::showPanel()
{
    auto panel = std::make_unique<AnnotationPanel>();
    panel->setProject(m_project.get());
    panel->resize(900, 700);
    panel->show();
    panel->activateWindow();
    if (!QTest::qWaitForWindowActive(panel.get()))
        qWarning("panel window did not become active");
    return panel;
}

// --- AnnotationListModel ---------------------------------------------------------------------

void TestAnnotationPanel::modelListsAllInColumnThenTextOrder()
{
    AnnotationListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProject(m_project.get());

    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.columnCount(), 5);
    QCOMPARE(modelColumn(&model, 0, AnnotationListModel::AnnotationIdRole),
             QStringList({m_acting, m_plot, m_music, m_script, m_direction}));
    QCOMPARE(modelColumn(&model, AnnotationListModel::ReviewColumn),
             QStringList({"Alpha Critic", "Alpha Critic", "Alpha Critic", "Beta Critic", "Beta Critic"}));
    QCOMPARE(modelColumn(&model, AnnotationListModel::PolarityColumn),
             QStringList({"Praise", "Criticism", "Praise", "Criticism", "Praise"}));
    QCOMPARE(modelColumn(&model, AnnotationListModel::QuoteColumn).at(1), QString("plot drags badly"));
    QCOMPARE(modelColumn(&model, AnnotationListModel::TagsColumn).at(1), QString("story, pacing"));
    QCOMPARE(modelColumn(&model, AnnotationListModel::NoteColumn).at(1), QString("too slow"));
    QCOMPARE(model.index(3, 2).data(AnnotationListModel::ReviewIdRole).toString(), m_beta);
    QCOMPARE(model.index(1, 4).data(AnnotationListModel::PolarityRole).toInt(), int(Polarity::Criticism));
    QCOMPARE(model.index(1, AnnotationListModel::PolarityColumn).data(Qt::DecorationRole).value<QColor>(),
             HighlightStyle::lineColor(Polarity::Criticism, HighlightStyle::themeFor(QApplication::palette())));
    const QString toolTip = model.index(1, AnnotationListModel::QuoteColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(toolTip.contains("plot drags badly") && toolTip.contains("too slow"), qPrintable(toolTip));
    QCOMPARE(model.headerData(AnnotationListModel::QuoteColumn, Qt::Horizontal).toString(), QString("Quote"));

    QCOMPARE(model.praiseCount(), 3);
    QCOMPARE(model.criticismCount(), 2);
    QCOMPARE(model.indexOf(m_beta, m_script).row(), 3);
    QVERIFY(!model.indexOf(m_beta, m_acting).isValid());
    QVERIFY(!model.indexOf(QStringLiteral("nope"), m_acting).isValid());
}

void TestAnnotationPanel::modelFilters()
{
    AnnotationListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProject(m_project.get());
    QSignalSpy counts(&model, &AnnotationListModel::countsChanged);

    model.setReviewFilter(m_beta);
    QCOMPARE(modelColumn(&model, 0, AnnotationListModel::AnnotationIdRole), QStringList({m_script, m_direction}));
    QCOMPARE(model.praiseCount(), 1);
    QCOMPARE(model.criticismCount(), 1);
    QVERIFY(!model.indexOf(m_alpha, m_acting).isValid());
    QCOMPARE(model.indexOf(m_beta, m_direction).row(), 1);
    QVERIFY(counts.count() >= 1);

    model.setReviewFilter(QString());
    model.setPolarityFilter(Polarity::Criticism);
    QCOMPARE(modelColumn(&model, 0, AnnotationListModel::AnnotationIdRole), QStringList({m_plot, m_script}));
    QCOMPARE(model.praiseCount(), 0);
    QCOMPARE(model.criticismCount(), 2);

    model.setTagFilter(QStringLiteral("story"));
    QCOMPARE(modelColumn(&model, 0, AnnotationListModel::AnnotationIdRole), QStringList({m_plot, m_script}));
    model.setPolarityFilter(std::nullopt);
    model.setTagFilter(QStringLiteral("performances"));
    QCOMPARE(modelColumn(&model, 0, AnnotationListModel::AnnotationIdRole), QStringList({m_acting}));
    model.setReviewFilter(m_beta);
    QCOMPARE(model.rowCount(), 0);
    model.setReviewFilter(m_gamma);
    model.setTagFilter(QString());
    QCOMPARE(model.rowCount(), 0);
    model.setReviewFilter(QString());
    QCOMPARE(model.rowCount(), 5);
}

void TestAnnotationPanel::modelFollowsProjectEdits()
{
    AnnotationListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProject(m_project.get());

    const QString confident = addAnnotation(1, QStringLiteral("every frame"), Polarity::Praise);
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.indexOf(m_beta, confident).row(), 5);
    QCOMPARE(model.praiseCount(), 4);
    m_project->undoStack()->undo();
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.praiseCount(), 3);

    // A change that keeps the rows is a dataChanged, not a reset.
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    m_project->setAnnotationNote(m_alpha, m_acting, QStringLiteral("career best"));
    QCOMPARE(resets.count(), 0);
    QVERIFY(changed.count() >= 1);
    QCOMPARE(model.index(0, AnnotationListModel::NoteColumn).data().toString(), QString("career best"));

    // Under a polarity filter, relabelling moves the annotation out of the list.
    model.setPolarityFilter(Polarity::Praise);
    QCOMPARE(model.rowCount(), 3);
    m_project->setAnnotationPolarity(m_alpha, m_music, Polarity::Criticism);
    QCOMPARE(modelColumn(&model, 0, AnnotationListModel::AnnotationIdRole), QStringList({m_acting, m_direction}));
    QCOMPARE(model.praiseCount(), 2);
    m_project->undoStack()->undo();
    QCOMPARE(modelColumn(&model, 0, AnnotationListModel::AnnotationIdRole),
             QStringList({m_acting, m_music, m_direction}));
    model.setPolarityFilter(std::nullopt);

    m_project->moveReview(1, 0);
    QCOMPARE(modelColumn(&model, AnnotationListModel::ReviewColumn),
             QStringList({"Beta Critic", "Beta Critic", "Alpha Critic", "Alpha Critic", "Alpha Critic"}));
    m_project->setReviewProperties(m_beta, QStringLiteral("Beta Prime"), QString(), QString());
    QCOMPARE(model.index(0, AnnotationListModel::ReviewColumn).data().toString(), QString("Beta Prime"));
    m_project->removeReview(m_alpha);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.praiseCount(), 1);
    m_project->undoStack()->undo();
    QCOMPARE(model.rowCount(), 5);

    m_project->reset(QStringLiteral("Empty"), Project::defaultTags(), {});
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.praiseCount(), 0);
    QCOMPARE(model.criticismCount(), 0);
}

void TestAnnotationPanel::modelKeepsRowsWhileTypingAtScale()
{
    QVector<Review> reviews;
    const QString text = QString(QStringLiteral("word ")).repeated(100);
    for (int r = 0; r < 1000; ++r) {
        Review review = makeReview(QStringLiteral("Review %1").arg(r), text);
        for (int a = 0; a < 50; ++a) {
            Annotation annotation;
            annotation.id = newId();
            annotation.start = a * 5;
            annotation.end = a * 5 + 4;
            annotation.polarity = a % 3 == 0 ? Polarity::Criticism : Polarity::Praise;
            annotation.quote = QStringLiteral("word");
            review.annotations.append(annotation);
        }
        reviews.append(review);
    }
    m_project->reset(QStringLiteral("Big"), Project::defaultTags(), reviews);

    AnnotationListModel model;
    model.setProject(m_project.get());
    QCOMPARE(model.rowCount(), 50000);
    QCOMPARE(model.criticismCount(), 1000 * 17);
    const QString reviewId = m_project->review(700).id;
    const QString annotationId = m_project->review(700).annotations.at(20).id;
    QCOMPARE(model.indexOf(reviewId, annotationId).row(), 700 * 50 + 20);

    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    for (const QString &note : {QStringLiteral("a"), QStringLiteral("ab"), QStringLiteral("abc")})
        m_project->setAnnotationNote(reviewId, annotationId, note);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(model.index(700 * 50 + 20, AnnotationListModel::NoteColumn).data().toString(), QString("abc"));
    QCOMPARE(m_project->undoStack()->count(), 1);
}

// --- AnnotationPanel -------------------------------------------------------------------------

void TestAnnotationPanel::panelShowsRowsAndCount()
{
    auto panel = showPanel();
    auto *list = child<QTreeView>(panel.get(), "annotationList");
    auto *count = child<QLabel>(panel.get(), "annotationCount");
    auto *editor = child<QWidget>(panel.get(), "annotationEditor");
    QVERIFY(list && count && editor);
    QVERIFY(!list->rootIsDecorated());
    QVERIFY(list->uniformRowHeights());
    QVERIFY(list->alternatingRowColors());
    QVERIFY(!list->isSortingEnabled());
    QCOMPARE(list->selectionMode(), QAbstractItemView::SingleSelection);
    QCOMPARE(list->model()->rowCount(), 5);
    QCOMPARE(count->text(), QString::fromUtf8("5 annotation(s) · 3 praise · 2 criticism"));
    QVERIFY(!editor->isEnabled());
    QVERIFY(panel->currentAnnotationId().isEmpty());

    addAnnotation(2, QStringLiteral("Nothing much"), Polarity::Criticism);
    QCOMPARE(list->model()->rowCount(), 6);
    QCOMPARE(count->text(), QString::fromUtf8("6 annotation(s) · 3 praise · 3 criticism"));

    // The list is part of the Tab chain after the filters.
    auto *tagFilter = child<QComboBox>(panel.get(), "tagFilter");
    tagFilter->setFocus();
    QTRY_VERIFY(tagFilter->hasFocus());
    QTest::keyClick(tagFilter, Qt::Key_Tab);
    QTRY_VERIFY(list->hasFocus());
}

void TestAnnotationPanel::panelFilterCombos()
{
    auto panel = showPanel();
    auto *list = child<QTreeView>(panel.get(), "annotationList");
    auto *count = child<QLabel>(panel.get(), "annotationCount");
    auto *reviewFilter = child<QComboBox>(panel.get(), "reviewFilter");
    auto *polarityFilter = child<QComboBox>(panel.get(), "polarityFilter");
    auto *tagFilter = child<QComboBox>(panel.get(), "tagFilter");
    QVERIFY(list && count && reviewFilter && polarityFilter && tagFilter);

    QCOMPARE(reviewFilter->count(), 4);
    QCOMPARE(reviewFilter->itemText(0), QString("All reviews"));
    QCOMPARE(reviewFilter->itemText(2), QString("Beta Critic"));
    QCOMPARE(polarityFilter->count(), 3);
    QCOMPARE(tagFilter->count(), 1 + m_project->tags().size());
    QCOMPARE(tagFilter->itemText(0), QString("All tags"));

    // Keyboard: Down moves a closed combo box to its next entry.
    QTest::keyClick(reviewFilter, Qt::Key_Down);
    QTest::keyClick(reviewFilter, Qt::Key_Down);
    QCOMPARE(reviewFilter->currentText(), QString("Beta Critic"));
    QCOMPARE(list->model()->rowCount(), 2);
    QCOMPARE(count->text(), QString::fromUtf8("2 annotation(s) · 1 praise · 1 criticism"));

    QTest::keyClick(polarityFilter, Qt::Key_Down);
    QCOMPARE(polarityFilter->currentText(), QString("Praise"));
    QCOMPARE(list->model()->rowCount(), 1);
    QCOMPARE(list->model()->index(0, 0).data(AnnotationListModel::AnnotationIdRole).toString(), m_direction);
    QCOMPARE(count->text(), QString::fromUtf8("1 annotation(s) · 1 praise · 0 criticism"));

    QTest::keyClick(reviewFilter, Qt::Key_Home);
    QTest::keyClick(polarityFilter, Qt::Key_End);
    QCOMPARE(polarityFilter->currentText(), QString("Criticism"));
    QCOMPARE(list->model()->rowCount(), 2);

    tagFilter->setCurrentIndex(tagFilter->findText(QStringLiteral("pacing")));
    QCOMPARE(list->model()->rowCount(), 1);
    QCOMPARE(list->model()->index(0, 0).data(AnnotationListModel::AnnotationIdRole).toString(), m_plot);

    // The review combo follows renames and removals.
    m_project->setReviewProperties(m_gamma, QStringLiteral("Gamma Ray"), QString(), QString());
    QCOMPARE(reviewFilter->itemText(3), QString("Gamma Ray"));
    reviewFilter->setCurrentIndex(3);
    QCOMPARE(list->model()->rowCount(), 0);
    m_project->removeReview(m_gamma);
    QCOMPARE(reviewFilter->count(), 3);
    QCOMPARE(reviewFilter->currentIndex(), 0);
    QCOMPARE(list->model()->rowCount(), 1);

    // Insertions and moves keep the combo box in column order.
    m_project->addReviews({makeReview(QStringLiteral("Delta"), gammaText)});
    m_project->moveReview(2, 0);
    QCOMPARE(reviewFilter->count(), 4);
    QStringList names;
    for (int i = 0; i < reviewFilter->count(); ++i)
        names.append(reviewFilter->itemText(i));
    QCOMPARE(names, QStringList({"All reviews", "Delta Critic", "Alpha Critic", "Beta Critic"}));
    QCOMPARE(reviewFilter->itemData(3).toString(), m_beta);
    m_project->undoStack()->undo();
    m_project->undoStack()->undo();
    QCOMPARE(reviewFilter->count(), 3);
    QCOMPARE(reviewFilter->itemText(2), QString("Beta Critic"));

    // A tag filter on a tag that disappears falls back to all tags.
    QStringList tags = m_project->tags();
    tags.removeAll(QStringLiteral("pacing"));
    m_project->setTags(tags);
    QCOMPARE(tagFilter->currentIndex(), 0);
    QCOMPARE(tagFilter->count(), 1 + tags.size());
    QCOMPARE(list->model()->rowCount(), 2);
}

void TestAnnotationPanel::clickingRowEmitsActivated()
{
    auto panel = showPanel();
    auto *list = child<QTreeView>(panel.get(), "annotationList");
    auto *editor = child<QWidget>(panel.get(), "annotationEditor");
    auto *note = child<QPlainTextEdit>(panel.get(), "noteEdit");
    QVERIFY(list && editor && note);
    QSignalSpy activated(panel.get(), &AnnotationPanel::annotationActivated);

    const QModelIndex scriptRow = list->model()->index(3, AnnotationListModel::QuoteColumn);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(scriptRow).center());
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(0).toString(), m_beta);
    QCOMPARE(activated.at(0).at(1).toString(), m_script);
    QCOMPARE(panel->currentReviewId(), m_beta);
    QCOMPARE(panel->currentAnnotationId(), m_script);
    QVERIFY(editor->isEnabled());
    QCOMPARE(list->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(list->selectionModel()->selectedRows().at(0).row(), 3);

    const QModelIndex plotRow = list->model()->index(1, AnnotationListModel::ReviewColumn);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(plotRow).center());
    QCOMPARE(activated.count(), 2);
    QCOMPARE(activated.at(1).at(1).toString(), m_plot);
    QCOMPARE(note->toPlainText(), QString("too slow"));
}

void TestAnnotationPanel::keyboardInList()
{
    auto panel = showPanel();
    auto *list = child<QTreeView>(panel.get(), "annotationList");
    QVERIFY(list);
    QSignalSpy activated(panel.get(), &AnnotationPanel::annotationActivated);

    // Programmatic selection does not emit.
    panel->setCurrentAnnotation(m_alpha, m_acting);
    QCOMPARE(activated.count(), 0);
    QCOMPARE(list->currentIndex().row(), 0);

    list->setFocus();
    QTRY_VERIFY(list->hasFocus());
    QTest::keyClick(list, Qt::Key_Down);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(1).toString(), m_plot);
    QCOMPARE(panel->currentAnnotationId(), m_plot);

    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(activated.count(), 2);
    QCOMPARE(activated.at(1).at(0).toString(), m_alpha);
    QCOMPARE(activated.at(1).at(1).toString(), m_plot);
    QTest::keyClick(list, Qt::Key_Enter, Qt::KeypadModifier);
    QCOMPARE(activated.count(), 3);

    // Delete removes the current row's annotation, as one undo step; removal is no "pick".
    QTest::keyClick(list, Qt::Key_Delete);
    QVERIFY(!m_project->findAnnotation(m_alpha, m_plot));
    QCOMPARE(m_project->undoStack()->count(), 1);
    QCOMPARE(list->model()->rowCount(), 4);
    QCOMPARE(activated.count(), 3);
    QVERIFY(panel->currentAnnotationId().isEmpty());
    QVERIFY(!child<QWidget>(panel.get(), "annotationEditor")->isEnabled());
}

void TestAnnotationPanel::typingNoteIsOneUndoStep()
{
    auto panel = showPanel();
    auto *note = child<QPlainTextEdit>(panel.get(), "noteEdit");
    QVERIFY(note);
    panel->setCurrentAnnotation(m_alpha, m_acting);
    QCOMPARE(panel->currentAnnotationId(), m_acting);
    QCOMPARE(note->toPlainText(), QString());
    panel->focusNote();
    QTRY_VERIFY(note->hasFocus());

    QTest::keyClicks(note, "career best");
    QCOMPARE(m_project->findAnnotation(m_alpha, m_acting)->note, QString("career best"));
    QCOMPARE(m_project->undoStack()->count(), 1);
    QCOMPARE(note->toPlainText(), QString("career best"));
    QCOMPARE(note->textCursor().position(), 11);

    m_project->undoStack()->undo();
    QCOMPARE(m_project->findAnnotation(m_alpha, m_acting)->note, QString());
    QCOMPARE(note->toPlainText(), QString());
    // The editor's own update must not have pushed anything.
    QCOMPARE(m_project->undoStack()->count(), 1);
    QCOMPARE(m_project->undoStack()->index(), 0);

    m_project->undoStack()->redo();
    QCOMPARE(note->toPlainText(), QString("career best"));
    QCOMPARE(m_project->undoStack()->index(), 1);

    // Switching to another annotation shows its note without editing anything.
    panel->setCurrentAnnotation(m_alpha, m_plot);
    QCOMPARE(note->toPlainText(), QString("too slow"));
    QCOMPARE(m_project->undoStack()->count(), 1);
    QCOMPARE(m_project->findAnnotation(m_alpha, m_plot)->note, QString("too slow"));
}

void TestAnnotationPanel::externalUpdateKeepsNoteCursor()
{
    auto panel = showPanel();
    auto *note = child<QPlainTextEdit>(panel.get(), "noteEdit");
    QVERIFY(note);
    panel->setCurrentAnnotation(m_alpha, m_plot);
    panel->focusNote();
    QTest::keyClick(note, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClicks(note, ", really");
    QCOMPARE(m_project->findAnnotation(m_alpha, m_plot)->note, QString("too slow, really"));
    QTest::keyClick(note, Qt::Key_Home);
    QTest::keyClick(note, Qt::Key_Right);
    QTest::keyClick(note, Qt::Key_Right);
    QTest::keyClick(note, Qt::Key_Right, Qt::ShiftModifier);
    QCOMPARE(note->textCursor().position(), 3);
    QCOMPARE(note->textCursor().selectedText(), QString("o"));

    // A change elsewhere in the same annotation refreshes the editor but keeps cursor and
    // selection: the document is left alone when its text is unchanged.
    m_project->setAnnotationPolarity(m_alpha, m_plot, Polarity::Praise);
    QVERIFY(child<QToolButton>(panel.get(), "praiseButton")->isChecked());
    QCOMPARE(note->textCursor().position(), 3);
    QCOMPARE(note->textCursor().anchor(), 2);
    QCOMPARE(note->toPlainText(), QString("too slow, really"));
    QCOMPARE(m_project->undoStack()->count(), 2);
}

void TestAnnotationPanel::polarityButtonsAreOneStepEach()
{
    auto panel = showPanel();
    auto *praise = child<QToolButton>(panel.get(), "praiseButton");
    auto *criticism = child<QToolButton>(panel.get(), "criticismButton");
    auto *count = child<QLabel>(panel.get(), "annotationCount");
    QVERIFY(praise && criticism && count);
    panel->setCurrentAnnotation(m_alpha, m_acting);
    QVERIFY(praise->isChecked());
    QVERIFY(!criticism->isChecked());

    QTest::mouseClick(criticism, Qt::LeftButton);
    QCOMPARE(m_project->findAnnotation(m_alpha, m_acting)->polarity, Polarity::Criticism);
    QCOMPARE(m_project->undoStack()->count(), 1);
    QVERIFY(criticism->isChecked());
    QVERIFY(!praise->isChecked());
    QCOMPARE(count->text(), QString::fromUtf8("5 annotation(s) · 2 praise · 3 criticism"));

    // Clicking the polarity it already has changes nothing.
    QTest::mouseClick(criticism, Qt::LeftButton);
    QCOMPARE(m_project->undoStack()->count(), 1);

    QTest::mouseClick(praise, Qt::LeftButton);
    QCOMPARE(m_project->findAnnotation(m_alpha, m_acting)->polarity, Polarity::Praise);
    QCOMPARE(m_project->undoStack()->count(), 2);

    m_project->undoStack()->undo();
    QCOMPARE(m_project->findAnnotation(m_alpha, m_acting)->polarity, Polarity::Criticism);
    QVERIFY(criticism->isChecked());
    QVERIFY(!praise->isChecked());
    QCOMPARE(m_project->undoStack()->count(), 2);
}

void TestAnnotationPanel::tagCheckboxesAreOneStepEach()
{
    auto panel = showPanel();
    auto *tagList = child<QListWidget>(panel.get(), "tagList");
    QVERIFY(tagList);
    QCOMPARE(tagList->count(), m_project->tags().size());
    panel->setCurrentAnnotation(m_alpha, m_plot);
    auto itemFor = [tagList](const char *tag) -> QListWidgetItem * {
        for (int i = 0; i < tagList->count(); ++i) {
            if (tagList->item(i)->data(Qt::UserRole).toString() == QLatin1String(tag))
                return tagList->item(i);
        }
        return nullptr;
    };
    QCOMPARE(itemFor("story")->checkState(), Qt::Checked);
    QCOMPARE(itemFor("pacing")->checkState(), Qt::Checked);
    QCOMPARE(itemFor("music")->checkState(), Qt::Unchecked);

    // Space toggles the current item's checkbox.
    tagList->setFocus();
    tagList->setCurrentItem(itemFor("performances"));
    QTest::keyClick(tagList, Qt::Key_Space);
    QCOMPARE(m_project->findAnnotation(m_alpha, m_plot)->tags,
             QStringList({"performances", "story", "pacing"})); // project order
    QCOMPARE(m_project->undoStack()->count(), 1);

    tagList->setCurrentItem(itemFor("story"));
    QTest::keyClick(tagList, Qt::Key_Space);
    QCOMPARE(m_project->findAnnotation(m_alpha, m_plot)->tags, QStringList({"performances", "pacing"}));
    QCOMPARE(m_project->undoStack()->count(), 2);

    m_project->undoStack()->undo();
    QCOMPARE(m_project->findAnnotation(m_alpha, m_plot)->tags, QStringList({"performances", "story", "pacing"}));
    QCOMPARE(itemFor("story")->checkState(), Qt::Checked);
    m_project->undoStack()->undo();
    QCOMPARE(itemFor("performances")->checkState(), Qt::Unchecked);
    QCOMPARE(m_project->undoStack()->index(), 0);
}

void TestAnnotationPanel::deleteButtonAndUndo()
{
    auto panel = showPanel();
    auto *list = child<QTreeView>(panel.get(), "annotationList");
    auto *editor = child<QWidget>(panel.get(), "annotationEditor");
    auto *note = child<QPlainTextEdit>(panel.get(), "noteEdit");
    auto *deleteButton = child<QPushButton>(panel.get(), "deleteAnnotationButton");
    QVERIFY(list && editor && note && deleteButton);
    panel->setCurrentAnnotation(m_alpha, m_plot);
    QVERIFY(deleteButton->isEnabled());

    QTest::mouseClick(deleteButton, Qt::LeftButton);
    QVERIFY(!m_project->findAnnotation(m_alpha, m_plot));
    QCOMPARE(m_project->undoStack()->count(), 1);
    QCOMPARE(list->model()->rowCount(), 4);
    QVERIFY(panel->currentAnnotationId().isEmpty());
    QVERIFY(!editor->isEnabled());
    QCOMPARE(note->toPlainText(), QString());
    QVERIFY(list->selectionModel()->selectedRows().isEmpty());

    m_project->undoStack()->undo();
    QCOMPARE(list->model()->rowCount(), 5);
    QVERIFY(m_project->findAnnotation(m_alpha, m_plot));
    panel->setCurrentAnnotation(m_alpha, m_plot);
    QCOMPARE(panel->currentAnnotationId(), m_plot);
    QVERIFY(editor->isEnabled());
    QCOMPARE(note->toPlainText(), QString("too slow"));
    QCOMPARE(list->currentIndex().row(), 1);
    QCOMPARE(list->currentIndex().data(AnnotationListModel::AnnotationIdRole).toString(), m_plot);
}

void TestAnnotationPanel::setCurrentAnnotationClearsHidingFilters()
{
    auto panel = showPanel();
    auto *list = child<QTreeView>(panel.get(), "annotationList");
    auto *reviewFilter = child<QComboBox>(panel.get(), "reviewFilter");
    auto *polarityFilter = child<QComboBox>(panel.get(), "polarityFilter");
    auto *tagFilter = child<QComboBox>(panel.get(), "tagFilter");
    QVERIFY(list && reviewFilter && polarityFilter && tagFilter);
    QSignalSpy activated(panel.get(), &AnnotationPanel::annotationActivated);

    // Only the polarity filter hides "acting": the review filter stays.
    reviewFilter->setCurrentIndex(1); // Alpha
    polarityFilter->setCurrentIndex(2); // Criticism
    QCOMPARE(list->model()->rowCount(), 1);
    panel->setCurrentAnnotation(m_alpha, m_acting);
    QCOMPARE(polarityFilter->currentIndex(), 0);
    QCOMPARE(reviewFilter->currentIndex(), 1);
    QCOMPARE(list->model()->rowCount(), 3);
    QCOMPARE(list->currentIndex().data(AnnotationListModel::AnnotationIdRole).toString(), m_acting);
    QCOMPARE(activated.count(), 0);

    // Review and tag filters that hide it are cleared too.
    reviewFilter->setCurrentIndex(1);
    tagFilter->setCurrentIndex(tagFilter->findText(QStringLiteral("music")));
    panel->setCurrentAnnotation(m_beta, m_script);
    QCOMPARE(reviewFilter->currentIndex(), 0);
    QCOMPARE(tagFilter->currentIndex(), 0);
    QCOMPARE(list->currentIndex().data(AnnotationListModel::AnnotationIdRole).toString(), m_script);
    QCOMPARE(panel->currentReviewId(), m_beta);
    QCOMPARE(activated.count(), 0);

    // A filter that hides the current annotation keeps it current (the editor still shows it).
    polarityFilter->setCurrentIndex(1); // Praise
    QCOMPARE(panel->currentAnnotationId(), m_script);
    QVERIFY(!list->currentIndex().isValid());
    QVERIFY(child<QWidget>(panel.get(), "annotationEditor")->isEnabled());
    polarityFilter->setCurrentIndex(0);
    QCOMPARE(list->currentIndex().data(AnnotationListModel::AnnotationIdRole).toString(), m_script);

    // Unknown ids clear the current annotation.
    panel->setCurrentAnnotation(m_beta, QStringLiteral("no-such-id"));
    QVERIFY(panel->currentAnnotationId().isEmpty());
    QVERIFY(!child<QWidget>(panel.get(), "annotationEditor")->isEnabled());
}

void TestAnnotationPanel::setProjectAgainAndDestroyedProject()
{
    auto panel = showPanel();
    auto *list = child<QTreeView>(panel.get(), "annotationList");
    auto *count = child<QLabel>(panel.get(), "annotationCount");
    auto *reviewFilter = child<QComboBox>(panel.get(), "reviewFilter");
    auto *tagList = child<QListWidget>(panel.get(), "tagList");
    QVERIFY(list && count && reviewFilter && tagList);
    panel->setCurrentAnnotation(m_alpha, m_plot);
    reviewFilter->setCurrentIndex(1);

    auto other = std::make_unique<Project>();
    other->setTags({QStringLiteral("only")});
    other->addReviews({makeReview(QStringLiteral("Solo"), gammaText)});
    other->addAnnotation(other->review(0).id, 0, 7, Polarity::Criticism);
    panel->setProject(other.get());
    QVERIFY(panel->currentAnnotationId().isEmpty());
    QCOMPARE(reviewFilter->currentIndex(), 0);
    QCOMPARE(reviewFilter->count(), 2);
    QCOMPARE(list->model()->rowCount(), 1);
    QCOMPARE(tagList->count(), 1);
    QCOMPARE(count->text(), QString::fromUtf8("1 annotation(s) · 0 praise · 1 criticism"));

    other.reset();
    QCOMPARE(list->model()->rowCount(), 0);
    QCOMPARE(reviewFilter->count(), 1);
    QCOMPARE(tagList->count(), 0);
    QCOMPARE(count->text(), QString::fromUtf8("0 annotation(s) · 0 praise · 0 criticism"));
    QVERIFY(!panel->project());

    panel->setProject(m_project.get());
    QCOMPARE(list->model()->rowCount(), 5);
    panel->setProject(nullptr);
    QCOMPARE(list->model()->rowCount(), 0);
}

// --- Dialogs ---------------------------------------------------------------------------------

void TestAnnotationPanel::reviewPropertiesApplyAsOneStep()
{
    ReviewPropertiesDialog dialog(m_project.get(), m_alpha);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *title = child<QLineEdit>(&dialog, "titleEdit");
    auto *author = child<QLineEdit>(&dialog, "authorEdit");
    auto *outlet = child<QLineEdit>(&dialog, "outletEdit");
    auto *hash = child<QLineEdit>(&dialog, "sha256Field");
    QVERIFY(title && author && outlet && hash);
    QCOMPARE(title->text(), QString("Alpha"));
    QCOMPARE(author->text(), QString("Alpha Critic"));
    QCOMPARE(hash->text(), m_project->review(0).textSha256());
    QVERIFY(hash->isReadOnly());
    QCOMPARE(child<QLabel>(&dialog, "characterCountLabel")->text(), QLocale().toString(int(alphaText.size())));
    QCOMPARE(child<QLineEdit>(&dialog, "sourcePathField")->text(), QString("/tmp/reviews/alpha.txt"));

    title->selectAll();
    QTest::keyClicks(title, "Alpha, Revisited");
    author->selectAll();
    QTest::keyClicks(author, "A. Critic");
    outlet->selectAll();
    QTest::keyClick(outlet, Qt::Key_Delete);
    QTest::keyClick(outlet, Qt::Key_Return); // the default button is OK
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    const Review *review = m_project->findReview(m_alpha);
    QCOMPARE(review->title, QString("Alpha, Revisited"));
    QCOMPARE(review->author, QString("A. Critic"));
    QCOMPARE(review->outlet, QString());
    QCOMPARE(m_project->undoStack()->count(), 1);
    m_project->undoStack()->undo();
    QCOMPARE(review->title, QString("Alpha"));
    QCOMPARE(review->author, QString("Alpha Critic"));
    QCOMPARE(review->outlet, QString("The Daily Reel"));
}

void TestAnnotationPanel::reviewPropertiesCancelChangesNothing()
{
    ReviewPropertiesDialog dialog(m_project.get(), m_beta);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *title = child<QLineEdit>(&dialog, "titleEdit");
    QVERIFY(title);
    title->selectAll();
    QTest::keyClicks(title, "Changed");
    QTest::keyClick(title, Qt::Key_Escape);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(m_project->findReview(m_beta)->title, QString("Beta"));
    QCOMPARE(m_project->undoStack()->count(), 0);

    // OK without changes pushes nothing either.
    ReviewPropertiesDialog unchanged(m_project.get(), m_beta);
    unchanged.accept();
    QCOMPARE(m_project->undoStack()->count(), 0);
}

void TestAnnotationPanel::tagsDialogRenameFollowsAnnotations()
{
    TagsDialog dialog(m_project.get());
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *list = child<QListWidget>(&dialog, "tagList");
    QVERIFY(list);
    QCOMPARE(list->count(), m_project->tags().size());

    const int storyRow = int(m_project->tags().indexOf(QStringLiteral("story")));
    list->setFocus();
    list->setCurrentRow(storyRow);
    QTest::keyClick(list, Qt::Key_F2);
    QLineEdit *editor = nullptr;
    QTRY_VERIFY((editor = qobject_cast<QLineEdit *>(QApplication::focusWidget())));
    editor->selectAll();
    QTest::keyClicks(editor, "plot");
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(list->item(storyRow)->text(), QString("plot"));
    QVERIFY(dialog.isVisible()); // Return ends the edit, not the dialog
    // Nothing is applied before OK.
    QVERIFY(m_project->tags().contains(QStringLiteral("story")));
    dialog.accept();

    QStringList expected = Project::defaultTags();
    expected[storyRow] = QStringLiteral("plot");
    QCOMPARE(m_project->tags(), expected);
    QCOMPARE(m_project->findAnnotation(m_alpha, m_plot)->tags, QStringList({"plot", "pacing"}));
    QCOMPARE(m_project->findAnnotation(m_beta, m_script)->tags, QStringList({"plot"}));
    QCOMPARE(m_project->undoStack()->count(), 1);

    m_project->undoStack()->undo();
    QCOMPARE(m_project->tags(), Project::defaultTags());
    QCOMPARE(m_project->findAnnotation(m_alpha, m_plot)->tags, QStringList({"story", "pacing"}));
    QCOMPARE(m_project->findAnnotation(m_beta, m_script)->tags, QStringList({"story"}));
}

void TestAnnotationPanel::tagsDialogRejectsEmptyAndDuplicate()
{
    TagsDialog dialog(m_project.get());
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *list = child<QListWidget>(&dialog, "tagList");
    auto *message = child<QWidget>(&dialog, "tagMessage");
    auto *messageText = child<QLabel>(&dialog, "tagMessageText");
    QVERIFY(list && message && messageText);
    QVERIFY(message->isHidden());

    const int musicRow = int(m_project->tags().indexOf(QStringLiteral("music")));
    list->setFocus();
    list->setCurrentRow(musicRow);

    // Double click (not simulated: QTest's double click does not reach item views reliably)
    // and the Rename button open the in-place editor too.
    QVERIFY(list->editTriggers().testFlag(QAbstractItemView::DoubleClicked));
    QTest::mouseClick(child<QPushButton>(&dialog, "renameTagButton"), Qt::LeftButton);
    QLineEdit *editor = nullptr;
    QTRY_VERIFY((editor = qobject_cast<QLineEdit *>(QApplication::focusWidget())));
    editor->selectAll();
    QTest::keyClick(editor, Qt::Key_Delete);
    QTest::keyClicks(editor, "   ");
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(message->isVisible());
    QVERIFY2(messageText->text().contains("empty"), qPrintable(messageText->text()));
    QCOMPARE(list->item(musicRow)->text(), QString("music"));
    QVERIFY(dialog.isVisible());

    list->setFocus();
    QTest::keyClick(list, Qt::Key_F2);
    QTRY_VERIFY((editor = qobject_cast<QLineEdit *>(QApplication::focusWidget())));
    editor->selectAll();
    QTest::keyClicks(editor, "Story");
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY2(messageText->text().contains("story"), qPrintable(messageText->text()));
    QCOMPARE(list->item(musicRow)->text(), QString("music"));

    // A valid name clears the message; surrounding spaces are dropped.
    list->setFocus();
    QTest::keyClick(list, Qt::Key_F2);
    QTRY_VERIFY((editor = qobject_cast<QLineEdit *>(QApplication::focusWidget())));
    editor->selectAll();
    QTest::keyClicks(editor, " score ");
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(list->item(musicRow)->text(), QString("score"));
    QVERIFY(dialog.isVisible()); // Return ends the edit, not the dialog
    QVERIFY(message->isHidden());

    dialog.reject();
    QCOMPARE(m_project->tags(), Project::defaultTags());
    QCOMPARE(m_project->undoStack()->count(), 0);
}

void TestAnnotationPanel::tagsDialogAddRemoveMove()
{
    TagsDialog dialog(m_project.get());
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *list = child<QListWidget>(&dialog, "tagList");
    auto *add = child<QPushButton>(&dialog, "addTagButton");
    auto *remove = child<QPushButton>(&dialog, "removeTagButton");
    auto *up = child<QPushButton>(&dialog, "moveUpButton");
    auto *down = child<QPushButton>(&dialog, "moveDownButton");
    QVERIFY(list && add && remove && up && down);

    QTest::mouseClick(add, Qt::LeftButton);
    QLineEdit *editor = nullptr;
    QTRY_VERIFY((editor = qobject_cast<QLineEdit *>(QApplication::focusWidget())));
    editor->selectAll();
    QTest::keyClicks(editor, "humour");
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(list->item(list->count() - 1)->text(), QString("humour"));
    QVERIFY(dialog.isVisible()); // Return ends the edit, not the dialog

    // Move "humour" to the top: one step per click.
    for (int i = 0; i < list->count() - 1; ++i)
        QTest::mouseClick(up, Qt::LeftButton);
    QCOMPARE(list->item(0)->text(), QString("humour"));
    QVERIFY(!up->isEnabled());

    // Remove "performances" (now second; used by one annotation).
    list->setCurrentRow(1);
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(child<QWidget>(&dialog, "tagMessage")->isVisible());

    // Move "direction" (now second) down one.
    list->setCurrentRow(1);
    QTest::mouseClick(down, Qt::LeftButton);
    QCOMPARE(list->currentRow(), 2);

    dialog.accept();
    QCOMPARE(m_project->tags(), QStringList({"humour", "story", "direction", "cinematography", "music", "pacing",
                                             "ending"}));
    QCOMPARE(m_project->findAnnotation(m_alpha, m_acting)->tags, QStringList());
    QCOMPARE(m_project->findAnnotation(m_alpha, m_plot)->tags, QStringList({"story", "pacing"}));
    QCOMPARE(m_project->undoStack()->count(), 1);
    m_project->undoStack()->undo();
    QCOMPARE(m_project->tags(), Project::defaultTags());
    QCOMPARE(m_project->findAnnotation(m_alpha, m_acting)->tags, QStringList({"performances"}));
}

QTEST_MAIN(TestAnnotationPanel)
#include "tst_annotationpanel.moc"
