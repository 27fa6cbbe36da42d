// SPDX-License-Identifier: GPL-3.0-or-later
#include "compare/consensusmodel.h"

#include "model/qtcompat.h"
#include "project/project.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace Revmark;

namespace {

const QString Text = QStringLiteral("One two three four five six seven eight nine ten eleven twelve.");

Review makeReview(const QString &id)
{
    Review review;
    review.id = id;
    review.title = QStringLiteral("Title ") + id;
    review.author = QStringLiteral("Critic ") + id.toUpper();
    review.outlet = QStringLiteral("The Lantern Circuit");
    review.text = Text;
    return review;
}

QStringList tagList(const QString &spec)
{
    return spec == QLatin1String("-") ? QStringList() : spec.split(QLatin1Char(','));
}

// The fixture: reviews a, b, c; tags performances, story, music; a few annotations.
// Annotations are named "<review>:<word>" in m_ids.
class Fixture
{
public:
    Project project;
    QHash<QString, QString> ids;

    Fixture()
    {
        project.setTags({QStringLiteral("performances"), QStringLiteral("story"), QStringLiteral("music")});
        project.addReviews({makeReview(QStringLiteral("a")), makeReview(QStringLiteral("b")), makeReview(QStringLiteral("c"))});
        run(QStringLiteral("add a One praise performances"));
        run(QStringLiteral("add a three criticism performances,story"));
        run(QStringLiteral("add a five praise -"));
        run(QStringLiteral("add b two praise performances"));
        run(QStringLiteral("add c four criticism story"));
        project.undoStack()->clear();
    }

    // Runs one step of the little language of the data-driven test. Model steps go to model.
    void run(const QString &step, ConsensusModel *model = nullptr)
    {
        const QStringList w = step.split(QLatin1Char(' '));
        const QString &op = w.at(0);
        const auto polarity = [](const QString &key) {
            Polarity p = Polarity::Praise;
            polarityFromKey(key, &p);
            return p;
        };
        if (op == QLatin1String("add")) {
            const int start = int(Text.indexOf(w.at(2)));
            ids.insert(w.at(1) + QLatin1Char(':') + w.at(2),
                       project.addAnnotation(w.at(1), start, start + int(w.at(2).size()), polarity(w.at(3)), tagList(w.at(4))));
        } else if (op == QLatin1String("pol")) {
            project.setAnnotationPolarity(w.at(1), ids.value(w.at(1) + QLatin1Char(':') + w.at(2)), polarity(w.at(3)));
        } else if (op == QLatin1String("tags")) {
            project.setAnnotationTags(w.at(1), ids.value(w.at(1) + QLatin1Char(':') + w.at(2)), tagList(w.at(3)));
        } else if (op == QLatin1String("del")) {
            project.removeAnnotation(w.at(1), ids.value(w.at(1) + QLatin1Char(':') + w.at(2)));
        } else if (op == QLatin1String("undo")) {
            project.undoStack()->undo();
        } else if (op == QLatin1String("redo")) {
            project.undoStack()->redo();
        } else if (op == QLatin1String("taglist")) {
            QHash<QString, QString> renames;
            if (w.size() > 2) {
                const QStringList pair = w.at(2).split(QLatin1Char('='));
                renames.insert(pair.at(0), pair.at(1));
            }
            project.setTags(tagList(w.at(1)), renames);
        } else if (op == QLatin1String("addreview")) {
            project.addReviews({makeReview(w.at(1))});
        } else if (op == QLatin1String("rmreview")) {
            project.removeReview(w.at(1));
        } else if (op == QLatin1String("move")) {
            project.moveReview(w.at(1).toInt(), w.at(2).toInt());
        } else if (op == QLatin1String("grade")) {
            project.setReviewGrade(w.at(1), GradeParser::parse(w.at(2)));
        } else if (op == QLatin1String("rename")) {
            project.setReviewProperties(w.at(1), w.at(2), w.at(2), w.at(2));
        } else if (op == QLatin1String("hide")) {
            model->setHiddenReviews(QSet<QString>(w.cbegin() + 1, w.cend()));
        } else if (op == QLatin1String("include")) {
            model->setIncludeHidden(true);
        } else if (op == QLatin1String("exclude")) {
            model->setIncludeHidden(false);
        } else {
            QTest::qFail(qPrintable(QStringLiteral("unknown step ") + step), __FILE__, __LINE__);
        }
    }
};

// A summary as lines, to compare the model with summarize() and to read failures.
QStringList describe(const ConsensusSummary &summary)
{
    QStringList out;
    QStringList reviews;
    for (const ConsensusSummary::ReviewEntry &entry : summary.reviews)
        reviews.append(QStringLiteral("%1#%2 %3/%4 %5")
                           .arg(entry.id)
                           .arg(entry.index)
                           .arg(entry.total.praise)
                           .arg(entry.total.criticism)
                           .arg(entry.grade.raw));
    out.append(reviews.join(QStringLiteral(", ")));
    for (const ConsensusSummary::Aspect &aspect : summary.aspects) {
        QStringList cells;
        for (const Tally &cell : aspect.cells)
            cells.append(QStringLiteral("%1/%2").arg(cell.praise).arg(cell.criticism));
        out.append(QStringLiteral("[%1] %2 = %3/%4 %5")
                       .arg(aspect.tag, cells.join(QLatin1Char(' ')))
                       .arg(aspect.total.praise)
                       .arg(aspect.total.criticism)
                       .arg(verdictKey(aspect.verdict)));
    }
    return out;
}

// The same read through data(), as a view sees it.
QStringList describeModel(const ConsensusModel &model)
{
    ConsensusSummary summary = model.summary();
    for (int row = 0; row < model.aspectCount(); ++row) {
        ConsensusSummary::Aspect &aspect = summary.aspects[row];
        aspect.tag = model.index(row, 0).data(ConsensusModel::TagRole).toString();
        for (int column = 0; column < model.reviewCount(); ++column) {
            const QModelIndex index = model.index(row, column);
            aspect.cells[column] = Tally{index.data(ConsensusModel::PraiseRole).toInt(),
                                         index.data(ConsensusModel::CriticismRole).toInt()};
        }
        const QModelIndex verdict = model.index(row, model.verdictColumn());
        aspect.total = Tally{verdict.data(ConsensusModel::PraiseRole).toInt(), verdict.data(ConsensusModel::CriticismRole).toInt()};
        const QString key = verdict.data(ConsensusModel::VerdictKeyRole).toString();
        for (Verdict v : {Verdict::None, Verdict::OneVoice, Verdict::ConsensusPraise, Verdict::ConsensusCriticism, Verdict::Split}) {
            if (verdictKey(v) == key)
                aspect.verdict = v;
        }
    }
    for (int column = 0; column < model.reviewCount(); ++column) {
        const QModelIndex total = model.index(model.totalsRow(), column);
        summary.reviews[column].total = Tally{total.data(ConsensusModel::PraiseRole).toInt(),
                                              total.data(ConsensusModel::CriticismRole).toInt()};
        summary.reviews[column].grade.raw = model.index(model.gradeRow(), column).data().toString();
    }
    return describe(summary);
}

QVector<int> shownIndexes(const Project &project, const ConsensusModel &model)
{
    QVector<int> indexes;
    for (int i = 0; i < project.reviewCount(); ++i) {
        if (model.includeHidden() || !model.hiddenReviews().contains(project.review(i).id))
            indexes.append(i);
    }
    if (indexes.isEmpty())
        indexes.append(-1); // summarize() takes an empty list for "all"
    return indexes;
}

} // namespace

class TestConsensusModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void layout();
    void followsEdits_data();
    void followsEdits();
    void annotationChangeIsIncremental();
    void roles();
    void hiddenColumns();
    void projectReset();
};

void TestConsensusModel::layout()
{
    Fixture f;
    ConsensusModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setProject(&f.project);
    QCOMPARE(model.rowCount(), 3 + 1 + 2); // tags, (no tag), Grade, Totals
    QCOMPARE(model.columnCount(), 3 + 1);
    QCOMPARE(model.headerData(0, Qt::Vertical).toString(), QStringLiteral("Performances"));
    QCOMPARE(model.headerData(model.untaggedRow(), Qt::Vertical).toString(), QStringLiteral("(no tag)"));
    QCOMPARE(model.headerData(model.gradeRow(), Qt::Vertical).toString(), QStringLiteral("Grade"));
    QCOMPARE(model.headerData(model.totalsRow(), Qt::Vertical).toString(), QStringLiteral("Totals"));
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Critic B"));
    QCOMPARE(model.headerData(model.verdictColumn(), Qt::Horizontal).toString(), QStringLiteral("Verdict"));
    QCOMPARE(model.index(model.totalsRow(), 0).data(ConsensusModel::RowKindRole).toInt(), int(ConsensusModel::TotalsRow));
    QCOMPARE(describeModel(model), describe(summarize(f.project)));
    QCOMPARE(describe(model.summary()), describe(summarize(f.project)));
    QCOMPARE(model.verdict(model.rowOfTag(QStringLiteral("performances"))), Verdict::Split);
    QCOMPARE(model.verdict(model.rowOfTag(QStringLiteral("story"))), Verdict::ConsensusCriticism);
    QCOMPARE(model.verdict(model.rowOfTag(QStringLiteral("music"))), Verdict::None);
    QCOMPARE(model.verdict(model.untaggedRow()), Verdict::OneVoice);
}

void TestConsensusModel::followsEdits_data()
{
    QTest::addColumn<QStringList>("steps");

    const auto steps = [](const char *text) { return QString::fromLatin1(text).split(QLatin1Char(';')); };
    QTest::newRow("add, undo, redo") << steps("add b six praise story;undo;redo");
    QTest::newRow("polarity flips a verdict") << steps("pol a three praise;undo;redo");
    QTest::newRow("two tags, then none") << steps("tags b two music,story;tags b two -;undo;undo;redo");
    QTest::newRow("delete the one voice") << steps("del c four;undo;redo");
    QTest::newRow("untagged comes and goes") << steps("del a five;add c nine criticism -;undo;undo");
    QTest::newRow("a tag outside the list") << steps("add b eight praise editing;add c ten criticism editing;del b eight;undo;undo;undo");
    QTest::newRow("tags outside the list change order")
        << steps("add b eight praise editing;add c ten praise sound;add a nine praise sound;del a nine;undo");
    QTest::newRow("rename a tag") << steps("taglist acting,story,music performances=acting;undo;redo");
    QTest::newRow("remove a used tag") << steps("taglist performances,music;undo");
    QTest::newRow("reorder the tags") << steps("taglist music,story,performances;undo;redo");
    QTest::newRow("reviews come and go") << steps("addreview d;add d six praise music;rmreview a;undo;undo;undo;redo");
    QTest::newRow("move a review") << steps("move 0 2;move 2 1;undo;undo");
    QTest::newRow("grade and names") << steps("grade a B-;rename b Zed;undo;redo");
    QTest::newRow("hidden left out") << steps("hide b;add b six criticism story;include;exclude;hide;undo");
    QTest::newRow("hidden with an outside tag") << steps("add c six praise editing;hide c;include;hide a c;move 2 0");
    QTest::newRow("everything hidden") << steps("hide a b c;add a six praise story;hide");
}

void TestConsensusModel::followsEdits()
{
    QFETCH(QStringList, steps);
    Fixture f;
    ConsensusModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProject(&f.project);
    QSignalSpy resets(&model, &QAbstractItemModel::modelAboutToBeReset);
    for (const QString &step : std::as_const(steps)) {
        f.run(step, &model);
        const QStringList expected = describe(summarize(f.project, shownIndexes(f.project, model)));
        QVERIFY2(describe(model.summary()) == expected,
                 qPrintable(step + QStringLiteral(":\n") + describe(model.summary()).join(QLatin1Char('\n'))
                            + QStringLiteral("\nexpected:\n") + expected.join(QLatin1Char('\n'))));
        QCOMPARE(describeModel(model), expected);
        // The same as a model built from scratch.
        ConsensusModel fresh;
        fresh.setProject(&f.project);
        fresh.setHiddenReviews(model.hiddenReviews());
        fresh.setIncludeHidden(model.includeHidden());
        QCOMPARE(describeModel(model), describeModel(fresh));
    }
    QCOMPARE(resets.count(), 0); // rows and columns are inserted, moved and removed, never reset
}

void TestConsensusModel::annotationChangeIsIncremental()
{
    Fixture f;
    ConsensusModel model;
    model.setProject(&f.project);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy rowsInserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy summaries(&model, &ConsensusModel::summaryChanged);
    f.run(QStringLiteral("pol a three praise"));
    QCOMPARE(summaries.count(), 1);
    QVERIFY(!changed.isEmpty());
    for (const QList<QVariant> &args : std::as_const(changed)) {
        const QModelIndex topLeft = args.at(0).toModelIndex();
        const QModelIndex bottomRight = args.at(1).toModelIndex();
        QCOMPARE(topLeft.column(), bottomRight.column());
        QVERIFY2(topLeft.column() == 0 || topLeft.column() == model.verdictColumn(), "only review a and the verdicts");
    }
    QCOMPARE(rowsInserted.count(), 0);
    // A tag outside the list inserts its row before "(no tag)".
    f.run(QStringLiteral("add b six praise editing"));
    QCOMPARE(rowsInserted.count(), 1);
    QCOMPARE(rowsInserted.first().at(1).toInt(), 3);
    QCOMPARE(model.tagAt(3), QStringLiteral("editing"));
}

void TestConsensusModel::roles()
{
    Fixture f;
    f.run(QStringLiteral("add a eight praise performances"));
    f.run(QStringLiteral("grade b 3/4"));
    ConsensusModel model;
    model.setProject(&f.project);
    const int performances = model.rowOfTag(QStringLiteral("performances"));
    const QModelIndex a = model.index(performances, 0);
    // Untranslated, as in the other tests: revmark_en.ts turns "criticism(s)" into English plurals.
    QCOMPARE(a.data(Qt::AccessibleTextRole).toString(),
             QStringLiteral("Performances, Critic A: 2 praise, 1 criticism(s)"));
    QCOMPARE(a.data(ConsensusModel::ReviewIdRole).toString(), QStringLiteral("a"));
    QCOMPARE(a.data(ConsensusModel::TagRole).toString(), QStringLiteral("performances"));
    // a: +2 -1, b: +1
    QCOMPARE(a.data(ConsensusModel::VerdictKeyRole).toString(), QStringLiteral("consensus-praise"));
    // In text order, whatever the order of adding.
    QCOMPARE(a.data(ConsensusModel::AnnotationIdsRole).toStringList(),
             (QStringList{f.ids.value(QStringLiteral("a:One")), f.ids.value(QStringLiteral("a:three")),
                          f.ids.value(QStringLiteral("a:eight"))}));
    QCOMPARE(a.data().toString(), QString::fromUtf8("+2 −1"));
    // An annotation with two tags is in both cells.
    QVERIFY(model.annotationIds(model.rowOfTag(QStringLiteral("story")), 0).contains(f.ids.value(QStringLiteral("a:three"))));

    const QModelIndex empty = model.index(model.rowOfTag(QStringLiteral("music")), 2);
    QCOMPARE(empty.data().toString(), QString());
    QCOMPARE(empty.data(Qt::AccessibleTextRole).toString(), QStringLiteral("Music, Critic C: not mentioned"));
    QVERIFY(empty.data(ConsensusModel::AnnotationIdsRole).toStringList().isEmpty());

    const QModelIndex grade = model.index(model.gradeRow(), 1);
    QCOMPARE(grade.data().toString(), QStringLiteral("3/4"));
    QCOMPARE(grade.data(Qt::ToolTipRole).toString(), QStringLiteral("75 of 100"));
    QCOMPARE(grade.data(ConsensusModel::GradeValueRole).toInt(), 75);
    QCOMPARE(model.index(model.gradeRow(), 0).data().toString(), QString());

    const QModelIndex verdict = model.index(performances, model.verdictColumn());
    QCOMPARE(verdict.data().toString(), verdictName(Verdict::ConsensusPraise));
    QCOMPARE(verdict.data(Qt::AccessibleTextRole).toString(),
             QStringLiteral("Performances, verdict: Agree: praise (3 praise, 1 criticism(s))"));
    const QModelIndex totals = model.index(model.totalsRow(), model.verdictColumn());
    QCOMPARE(totals.data(ConsensusModel::PraiseRole).toInt(), 4);
    QCOMPARE(totals.data(ConsensusModel::CriticismRole).toInt(), 2);
}

void TestConsensusModel::hiddenColumns()
{
    Fixture f;
    ConsensusModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProject(&f.project);
    QSignalSpy removed(&model, &QAbstractItemModel::columnsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::columnsInserted);
    model.setHiddenReviews({QStringLiteral("c")});
    QCOMPARE(removed.count(), 1);
    QCOMPARE(model.reviewCount(), 2);
    QCOMPARE(model.columnOfReview(QStringLiteral("c")), -1);
    // Review c was the only voice criticising the story besides a.
    QCOMPARE(model.verdict(model.rowOfTag(QStringLiteral("story"))), Verdict::OneVoice);
    model.setIncludeHidden(true);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.columnOfReview(QStringLiteral("c")), 2);
    QCOMPARE(model.verdict(model.rowOfTag(QStringLiteral("story"))), Verdict::ConsensusCriticism);
    // Removing a hidden review forgets it.
    model.setIncludeHidden(false);
    f.run(QStringLiteral("rmreview c"));
    QVERIFY(model.hiddenReviews().isEmpty());
}

void TestConsensusModel::projectReset()
{
    Fixture f;
    ConsensusModel model;
    model.setProject(&f.project);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    f.project.reset(QStringLiteral("Other"), {QStringLiteral("pacing")}, {makeReview(QStringLiteral("z"))});
    QCOMPARE(resets.count(), 1);
    QCOMPARE(model.reviewCount(), 1);
    QCOMPARE(model.aspectCount(), 2);
    {
        Project other;
        model.setProject(&other);
        QCOMPARE(model.reviewCount(), 0);
        QCOMPARE(model.rowCount(), Project::defaultTags().size() + 3);
    }
    QCOMPARE(model.rowCount(), 0); // the project went away
}

QTEST_MAIN(TestConsensusModel)
#include "tst_consensusmodel.moc"
