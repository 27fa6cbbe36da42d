// SPDX-License-Identifier: GPL-3.0-or-later
#include "compare/consensus.h"

#include "model/qtcompat.h"
#include "project/project.h"

#include <QtTest>

using namespace Revmark;

namespace {

// "2/1 0/0 1/3": one cell per review, praise/criticism.
QVector<Tally> parseCells(const QString &spec)
{
    QVector<Tally> cells;
    const QStringList parts = spec.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QStringList numbers = part.split(QLatin1Char('/'));
        cells.append(Tally{numbers.at(0).toInt(), numbers.at(1).toInt()});
    }
    return cells;
}

Review makeReview(const QString &id, const QString &text)
{
    Review review;
    review.id = id;
    review.title = QStringLiteral("Review ") + id;
    review.text = text;
    return review;
}

const QString Text = QStringLiteral("One two three four five six seven eight nine ten.");

int startOf(const QString &word)
{
    return int(Text.indexOf(word));
}

int endOf(const QString &word)
{
    return int(Text.indexOf(word) + word.size());
}

// "performances" row, cells of reviews a and b, and the verdict, e.g. "1/0 0/2 split".
QString describeRow(const ConsensusSummary &summary, const QString &tag)
{
    for (const ConsensusSummary::Aspect &aspect : summary.aspects) {
        if (aspect.tag != tag)
            continue;
        QStringList out;
        for (const Tally &cell : aspect.cells)
            out.append(QStringLiteral("%1/%2").arg(cell.praise).arg(cell.criticism));
        out.append(verdictKey(aspect.verdict));
        return out.join(QLatin1Char(' '));
    }
    return QStringLiteral("missing");
}

} // namespace

class TestConsensus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void verdictRule_data();
    void verdictRule();
    void keysAndNames();
    void aspectNames();
    void summarizeCounts();
    void summarizeFollowsUndo();
};

void TestConsensus::verdictRule_data()
{
    QTest::addColumn<QString>("cells");
    QTest::addColumn<QString>("verdict");

    QTest::newRow("no reviews") << QString() << QStringLiteral("none");
    QTest::newRow("nobody mentions it") << QStringLiteral("0/0 0/0 0/0") << QStringLiteral("none");
    QTest::newRow("one voice, praise") << QStringLiteral("0/0 3/0 0/0") << QStringLiteral("one-voice");
    QTest::newRow("one voice, criticism") << QStringLiteral("0/2") << QStringLiteral("one-voice");
    QTest::newRow("one voice, net zero") << QStringLiteral("0/0 0/0 1/1") << QStringLiteral("one-voice");
    QTest::newRow("two praise") << QStringLiteral("1/0 2/1") << QStringLiteral("consensus-praise");
    QTest::newRow("praise, silent review between") << QStringLiteral("2/0 0/0 1/0") << QStringLiteral("consensus-praise");
    QTest::newRow("two criticism") << QStringLiteral("0/1 1/3") << QStringLiteral("consensus-criticism");
    QTest::newRow("praise and criticism") << QStringLiteral("2/0 0/1") << QStringLiteral("split");
    QTest::newRow("a net of zero beside praise") << QStringLiteral("2/0 1/1") << QStringLiteral("split");
    QTest::newRow("a net of zero beside criticism") << QStringLiteral("0/2 2/2") << QStringLiteral("split");
    QTest::newRow("every net zero") << QStringLiteral("1/1 2/2") << QStringLiteral("split");
    QTest::newRow("many praise, one dissent") << QStringLiteral("1/0 4/1 2/0 0/1") << QStringLiteral("split");
}

void TestConsensus::verdictRule()
{
    QFETCH(QString, cells);
    QFETCH(QString, verdict);
    QCOMPARE(verdictKey(verdictFor(parseCells(cells))), verdict);
}

void TestConsensus::keysAndNames()
{
    const QVector<Verdict> all = {Verdict::None, Verdict::OneVoice, Verdict::ConsensusPraise,
                                  Verdict::ConsensusCriticism, Verdict::Split};
    QSet<QString> keys;
    QSet<QString> names;
    for (Verdict verdict : all) {
        keys.insert(verdictKey(verdict));
        names.insert(verdictName(verdict));
    }
    QCOMPARE(keys.size(), all.size());
    QCOMPARE(names.size(), all.size());
    QVERIFY(!names.contains(QString()));
}

void TestConsensus::aspectNames()
{
    QCOMPARE(aspectName(QStringLiteral("performances")), QStringLiteral("Performances"));
    QCOMPARE(aspectName(QStringLiteral("Music")), QStringLiteral("Music"));
    QCOMPARE(aspectName(QString::fromUtf8("écriture")), QString::fromUtf8("Écriture"));
    QCOMPARE(aspectName(QString()), QStringLiteral("(no tag)"));
}

void TestConsensus::summarizeCounts()
{
    Project project;
    project.setTags({QStringLiteral("performances"), QStringLiteral("story"), QStringLiteral("music")});
    project.addReviews({makeReview(QStringLiteral("a"), Text), makeReview(QStringLiteral("b"), Text)});
    // a: two tags on one annotation, an untagged criticism; b: criticism of the story, a tag
    // missing from the list.
    project.addAnnotation(QStringLiteral("a"), startOf(QStringLiteral("One")), endOf(QStringLiteral("two")),
                          Polarity::Praise, {QStringLiteral("performances"), QStringLiteral("story")});
    project.addAnnotation(QStringLiteral("a"), startOf(QStringLiteral("four")), endOf(QStringLiteral("four")),
                          Polarity::Criticism);
    project.addAnnotation(QStringLiteral("b"), startOf(QStringLiteral("six")), endOf(QStringLiteral("six")),
                          Polarity::Criticism, {QStringLiteral("story")});
    project.addAnnotation(QStringLiteral("b"), startOf(QStringLiteral("nine")), endOf(QStringLiteral("nine")),
                          Polarity::Praise, {QStringLiteral("editing")});

    const ConsensusSummary summary = summarize(project);
    QCOMPARE(summary.reviews.size(), 2);
    QCOMPARE(summary.reviews.at(0).total, (Tally{1, 1}));
    QCOMPARE(summary.reviews.at(1).index, 2);
    QStringList tags;
    for (const ConsensusSummary::Aspect &aspect : summary.aspects)
        tags.append(aspect.tag);
    QCOMPARE(tags, (QStringList{QStringLiteral("performances"), QStringLiteral("story"), QStringLiteral("music"),
                                QStringLiteral("editing"), QString()}));
    QCOMPARE(describeRow(summary, QStringLiteral("performances")), QStringLiteral("1/0 0/0 one-voice"));
    QCOMPARE(describeRow(summary, QStringLiteral("story")), QStringLiteral("1/0 0/1 split"));
    QCOMPARE(describeRow(summary, QStringLiteral("music")), QStringLiteral("0/0 0/0 none"));
    QCOMPARE(describeRow(summary, QStringLiteral("editing")), QStringLiteral("0/0 1/0 one-voice"));
    QCOMPARE(describeRow(summary, QString()), QStringLiteral("0/1 0/0 one-voice"));
    QCOMPARE(summary.aspects.at(1).total, (Tally{1, 1}));

    // Only the second review, by index.
    const ConsensusSummary second = summarize(project, {1});
    QCOMPARE(second.reviews.size(), 1);
    QCOMPARE(describeRow(second, QStringLiteral("story")), QStringLiteral("0/1 one-voice"));
}

void TestConsensus::summarizeFollowsUndo()
{
    Project project;
    project.setTags({QStringLiteral("story")});
    project.addReviews({makeReview(QStringLiteral("a"), Text), makeReview(QStringLiteral("b"), Text)});
    project.addAnnotation(QStringLiteral("a"), startOf(QStringLiteral("One")), endOf(QStringLiteral("One")),
                          Polarity::Praise, {QStringLiteral("story")});
    const QString id = project.addAnnotation(QStringLiteral("b"), startOf(QStringLiteral("two")),
                                             endOf(QStringLiteral("two")), Polarity::Praise, {QStringLiteral("story")});
    QCOMPARE(describeRow(summarize(project), QStringLiteral("story")), QStringLiteral("1/0 1/0 consensus-praise"));
    project.setAnnotationPolarity(QStringLiteral("b"), id, Polarity::Criticism);
    QCOMPARE(describeRow(summarize(project), QStringLiteral("story")), QStringLiteral("1/0 0/1 split"));
    project.undoStack()->undo();
    QCOMPARE(describeRow(summarize(project), QStringLiteral("story")), QStringLiteral("1/0 1/0 consensus-praise"));
    project.undoStack()->undo();
    QCOMPARE(describeRow(summarize(project), QStringLiteral("story")), QStringLiteral("1/0 0/0 one-voice"));
    project.undoStack()->redo();
    project.undoStack()->redo();
    QCOMPARE(describeRow(summarize(project), QStringLiteral("story")), QStringLiteral("1/0 0/1 split"));
}

QTEST_MAIN(TestConsensus)
#include "tst_consensus.moc"
