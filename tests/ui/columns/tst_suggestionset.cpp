// SPDX-License-Identifier: GPL-3.0-or-later
// SuggestionSet: which suggestions are on show, which is current, and what accepting does to the
// project. Suggestions are given by hand here so the rules are tested apart from the scoring.
#include "project/project.h"
#include "project/projectfile.h"
#include "model/qtcompat.h"
#include "columns/suggestionset.h"

#include <QSignalSpy>
#include <QTest>

using namespace Revmark;

namespace {

Review makeReview(const QString &id, const QString &text)
{
    Review r;
    r.id = id;
    r.title = id;
    r.text = text;
    return r;
}

// The suggestion over the first occurrence of quote.
Suggestion over(const QString &text, const QString &quote, Polarity polarity, const QStringList &cues = {})
{
    Suggestion s;
    s.start = int(text.indexOf(quote));
    s.end = s.start + int(quote.size());
    s.polarity = polarity;
    s.score = 1;
    s.cues = cues;
    return s;
}

const QString TextA = QStringLiteral("The score is ravishing. The middle act drags. The cast is assured.");
const QString TextB = QStringLiteral("A clumsy script. A triumph of design.");

} // namespace

class TestSuggestionSet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void stepsInReviewThenTextOrderAndWraps();
    void acceptIsOneUndoStepAndMovesOn();
    void acceptAllIsOneUndoStep();
    void rejectIsRememberedAndUndoable();
    void rejectedStayRejectedAcrossSaveAndLoad();
    void rejectAllIsOneStep();
    void showsTheStrongestFirstAndMoreOnRequest();
    void acceptWithAnotherPolarity();
    void acceptSetsTheAspectTag();
    void passagesSetAsideAreNeverSuggested();
    void annotationsHideOverlappingSuggestions();
    void clearedWhenTextChangesReviewGoesOrProjectResets();
    void neverSaved();
    void toolTipNamesTheCues();
    void suggestAllStepsAndCancelChangesNothing();

private:
    void fill();

    Project *m_project = nullptr;
    SuggestionSet *m_set = nullptr;
};

void TestSuggestionSet::init()
{
    m_project = new Project;
    m_project->reset(QStringLiteral("Test"), Project::defaultTags(),
                     {makeReview(QStringLiteral("a"), TextA), makeReview(QStringLiteral("b"), TextB)});
    m_set = new SuggestionSet;
    m_set->setProject(m_project);
}

void TestSuggestionSet::cleanup()
{
    delete m_set;
    delete m_project;
}

void TestSuggestionSet::fill()
{
    QCOMPARE(m_set->setSuggestions(QStringLiteral("a"),
                                   {over(TextA, QStringLiteral("The score is ravishing."), Polarity::Praise),
                                    over(TextA, QStringLiteral("The middle act drags."), Polarity::Criticism),
                                    over(TextA, QStringLiteral("The cast is assured."), Polarity::Praise)}),
             3);
    QCOMPARE(m_set->setSuggestions(QStringLiteral("b"),
                                   {over(TextB, QStringLiteral("A clumsy script."), Polarity::Criticism),
                                    over(TextB, QStringLiteral("A triumph of design."), Polarity::Praise)}),
             2);
    QCOMPARE(m_set->count(), 5);
}

void TestSuggestionSet::stepsInReviewThenTextOrderAndWraps()
{
    fill();
    QVERIFY(!m_set->hasCurrent());
    QSignalSpy changed(m_set, &SuggestionSet::changed);
    QVERIFY(m_set->next());
    QCOMPARE(m_set->currentReviewId(), QStringLiteral("a"));
    QCOMPARE(m_set->currentIndex(), 0);
    QVERIFY(changed.count() >= 1);
    QVERIFY(m_set->next());
    QVERIFY(m_set->next());
    QVERIFY(m_set->next());
    QCOMPARE(m_set->currentReviewId(), QStringLiteral("b"));
    QCOMPARE(m_set->currentIndex(), 0);
    QVERIFY(m_set->next());
    QVERIFY(m_set->next());
    // Past the last one: back to the first.
    QCOMPARE(m_set->currentReviewId(), QStringLiteral("a"));
    QCOMPARE(m_set->currentIndex(), 0);
    QVERIFY(m_set->previous());
    QCOMPARE(m_set->currentReviewId(), QStringLiteral("b"));
    QCOMPARE(m_set->currentIndex(), 1);

    // Columns moved: the order follows the project.
    m_project->moveReview(1, 0);
    m_set->setCurrent({}, -1);
    QVERIFY(m_set->next());
    QCOMPARE(m_set->currentReviewId(), QStringLiteral("b"));

    m_set->clear();
    QVERIFY(!m_set->next());
    QVERIFY(!m_set->previous());
}

void TestSuggestionSet::acceptIsOneUndoStepAndMovesOn()
{
    fill();
    m_set->setCurrent(QStringLiteral("a"), 1);
    const int steps = m_project->undoStack()->count();
    const QString id = m_set->acceptCurrent();
    QVERIFY(!id.isEmpty());
    QCOMPARE(m_project->undoStack()->count(), steps + 1);
    const Annotation *added = m_project->findAnnotation(QStringLiteral("a"), id);
    QVERIFY(added);
    QCOMPARE(added->polarity, Polarity::Criticism);
    // Snapped to words, as marking by hand is.
    QCOMPARE(added->quote, QStringLiteral("The middle act drags"));
    // The accepted one is gone; the one after it is current.
    QCOMPARE(m_set->count(), 4);
    QCOMPARE(m_set->currentReviewId(), QStringLiteral("a"));
    QCOMPARE(m_set->suggestions(QStringLiteral("a")).at(m_set->currentIndex()).start,
             int(TextA.indexOf(QStringLiteral("The cast"))));

    // Accepting the review's last one moves on to the next review.
    QVERIFY(!m_set->acceptCurrent().isEmpty());
    QCOMPARE(m_set->currentReviewId(), QStringLiteral("b"));
    QCOMPARE(m_set->currentIndex(), 0);

    // Undo takes the annotations back, but not the suggestions.
    m_project->undoStack()->undo();
    m_project->undoStack()->undo();
    QCOMPARE(m_project->review(0).annotations.size(), 0);
    QCOMPARE(m_set->count(), 3);
    QVERIFY(!m_project->isModified());

    m_set->setCurrent({}, -1);
    QVERIFY(m_set->acceptCurrent().isEmpty());
    QCOMPARE(m_project->undoStack()->count(), steps + 2);
}

void TestSuggestionSet::acceptSetsTheAspectTag()
{
    Suggestion music = over(TextA, QStringLiteral("The score is ravishing."), Polarity::Praise);
    music.aspect = QStringLiteral("music");
    Suggestion pacing = over(TextA, QStringLiteral("The middle act drags."), Polarity::Criticism);
    pacing.aspect = QStringLiteral("pacing");
    const Suggestion none = over(TextA, QStringLiteral("The cast is assured."), Polarity::Praise);
    QCOMPARE(m_set->setSuggestions(QStringLiteral("a"), {music, pacing, none}), 3);
    m_set->setCurrent(QStringLiteral("a"), 0);
    const QString id = m_set->acceptCurrent();
    QCOMPARE(m_project->findAnnotation(QStringLiteral("a"), id)->tags, QStringList{QStringLiteral("music")});
    QCOMPARE(m_set->acceptAll(), 2);
    QStringList tags;
    for (const Annotation &a : m_project->review(0).annotations)
        tags.append(a.tags.join(QLatin1Char('+')));
    tags.sort();
    QCOMPARE(tags, (QStringList{QString(), QStringLiteral("music"), QStringLiteral("pacing")}));
    // Suggesting with the project's tags: every aspect is one of them.
    m_set->clear();
    m_set->suggest(QStringLiteral("b"));
    for (const Suggestion &s : m_set->suggestions(QStringLiteral("b")))
        QVERIFY(s.aspect.isEmpty() || m_project->tags().contains(s.aspect));
}

// The web page around a review (Review::setAside) is no judgement of the work: the same words
// are suggested once the user includes them again.
void TestSuggestionSet::passagesSetAsideAreNeverSuggested()
{
    const QString text = QStringLiteral("The plot is muddled and the ending falls flat.\n\n"
                                        "Our readers say: a wonderful, gorgeous, brilliant film!");
    m_project->reset(QStringLiteral("Test"), Project::defaultTags(), {makeReview(QStringLiteral("c"), text)});
    const int from = int(text.indexOf(QStringLiteral("Our readers")));
    const TextRange aside{from, int(text.size())};
    const auto overlapsAside = [&] {
        for (const Suggestion &s : m_set->suggestions(QStringLiteral("c"))) {
            if (s.start < aside.end && s.end > aside.start)
                return true;
        }
        return false;
    };
    m_set->suggest(QStringLiteral("c"));
    QVERIFY2(overlapsAside(), "the fixture's praise must be suggested while it is part of the review");
    m_project->setPassageSetAside(QStringLiteral("c"), aside, true);
    m_set->suggest(QStringLiteral("c"));
    QVERIFY(!overlapsAside());
    QVERIFY(!m_set->suggestions(QStringLiteral("c")).isEmpty()); // the review's own criticism stays
    m_project->undoStack()->undo();
    m_set->suggest(QStringLiteral("c"));
    QVERIFY(overlapsAside());
}

void TestSuggestionSet::acceptAllIsOneUndoStep()
{
    fill();
    const int steps = m_project->undoStack()->count();
    QCOMPARE(m_set->acceptAll(), 5);
    QCOMPARE(m_project->undoStack()->count(), steps + 1);
    QCOMPARE(m_project->annotationCount(), 5);
    QCOMPARE(m_project->review(0).countOf(Polarity::Praise), 2);
    QCOMPARE(m_project->review(1).countOf(Polarity::Criticism), 1);
    QCOMPARE(m_set->count(), 0);
    QVERIFY(!m_set->hasCurrent());
    m_project->undoStack()->undo();
    QCOMPARE(m_project->annotationCount(), 0);
    QVERIFY(!m_project->isModified());
    QCOMPARE(m_set->acceptAll(), 0);
    QCOMPARE(m_project->undoStack()->count(), steps + 1);
}

void TestSuggestionSet::rejectIsRememberedAndUndoable()
{
    fill();
    m_set->setCurrent(QStringLiteral("b"), 0);
    m_set->rejectCurrent();
    QCOMPARE(m_set->count(), 4);
    QCOMPARE(m_set->currentReviewId(), QStringLiteral("b"));
    QCOMPARE(m_set->suggestions(QStringLiteral("b")).at(m_set->currentIndex()).polarity, Polarity::Praise);
    // Remembered in the review, one undo step, no annotation.
    QCOMPARE(m_project->review(1).rejectedSuggestions, QStringList{QStringLiteral("A clumsy script.")});
    QCOMPARE(m_project->undoStack()->count(), 1);
    QCOMPARE(m_project->annotationCount(), 0);
    // Suggesting again does not offer it.
    QCOMPARE(m_set->setSuggestions(QStringLiteral("b"),
                                   {over(TextB, QStringLiteral("A clumsy script."), Polarity::Criticism),
                                    over(TextB, QStringLiteral("A triumph of design."), Polarity::Praise)}),
             1);
    // Undo forgets the rejection and shows it again; redo hides it.
    m_project->undoStack()->undo();
    QVERIFY(m_project->review(1).rejectedSuggestions.isEmpty());
    QCOMPARE(m_set->suggestions(QStringLiteral("b")).size(), 2);
    m_project->undoStack()->redo();
    QCOMPARE(m_set->suggestions(QStringLiteral("b")).size(), 1);
    // Clearing (hiding them all) changes nothing in the project.
    m_set->clear();
    QCOMPARE(m_set->count(), 0);
    QCOMPARE(m_project->undoStack()->count(), 1);
}

void TestSuggestionSet::rejectedStayRejectedAcrossSaveAndLoad()
{
    fill();
    m_set->setCurrent(QStringLiteral("a"), 1); // "The middle act drags."
    m_set->rejectCurrent();
    const ProjectLoadResult loaded = ProjectFile::parse(ProjectFile::serialize(*m_project), QStringLiteral("t.revmark"));
    QVERIFY2(loaded.ok, qPrintable(loaded.error));
    m_project->reset(loaded.data.title, loaded.data.tags, loaded.data.reviews);
    const QVector<Suggestion> again = {over(TextA, QStringLiteral("The score is ravishing."), Polarity::Praise),
                                       over(TextA, QStringLiteral("The middle act drags."), Polarity::Criticism),
                                       over(TextA, QStringLiteral("The cast is assured."), Polarity::Praise)};
    QCOMPARE(m_set->setSuggestions(QStringLiteral("a"), again), 2);
    for (const Suggestion &shown : m_set->suggestions(QStringLiteral("a")))
        QVERIFY(TextA.mid(shown.start, shown.end - shown.start) != QStringLiteral("The middle act drags."));
    // The text there changes (a re-import): offered again.
    Review changed = m_project->review(0);
    changed.text = QStringLiteral("The score is ravishing. The middle act soars. The cast is assured.");
    m_project->reimportReview(QStringLiteral("a"), changed);
    QVector<Suggestion> fresh = again;
    fresh[1] = over(changed.text, QStringLiteral("The middle act soars."), Polarity::Praise);
    QCOMPARE(m_set->setSuggestions(QStringLiteral("a"), fresh), 3);
}

void TestSuggestionSet::rejectAllIsOneStep()
{
    fill();
    const int steps = m_project->undoStack()->count();
    m_set->rejectAll();
    QCOMPARE(m_set->count(), 0);
    QCOMPARE(m_project->undoStack()->count(), steps + 1);
    QCOMPARE(m_project->review(0).rejectedSuggestions.size(), 3);
    QCOMPARE(m_project->review(1).rejectedSuggestions.size(), 2);
    QCOMPARE(m_project->annotationCount(), 0);
    m_project->undoStack()->undo();
    QVERIFY(m_project->review(0).rejectedSuggestions.isEmpty());
    QVERIFY(m_project->review(1).rejectedSuggestions.isEmpty());
}

void TestSuggestionSet::showsTheStrongestFirstAndMoreOnRequest()
{
    m_set->setMaxPerReview(2);
    QVector<Suggestion> three = {over(TextA, QStringLiteral("The score is ravishing."), Polarity::Praise),
                                 over(TextA, QStringLiteral("The middle act drags."), Polarity::Criticism),
                                 over(TextA, QStringLiteral("The cast is assured."), Polarity::Praise)};
    three[0].score = 1;
    three[1].score = 3;
    three[2].score = 2;
    QCOMPARE(m_set->setSuggestions(QStringLiteral("a"), three), 2);
    QCOMPARE(m_set->waitingCount(), 1);
    // The two strongest, in text order.
    QCOMPARE(m_set->suggestions(QStringLiteral("a")).at(0).score, 3.0);
    QCOMPARE(m_set->suggestions(QStringLiteral("a")).at(1).score, 2.0);
    // Rejecting one makes room for the next strongest.
    m_set->setCurrent(QStringLiteral("a"), 0);
    m_set->rejectCurrent();
    QCOMPARE(m_set->suggestions(QStringLiteral("a")).size(), 2);
    QCOMPARE(m_set->suggestions(QStringLiteral("a")).at(0).score, 1.0);
    QCOMPARE(m_set->waitingCount(), 0);
    QCOMPARE(m_set->showMore(), 0);
    // Show More shows the rest.
    m_set->setMaxPerReview(1);
    QCOMPARE(m_set->setSuggestions(QStringLiteral("a"), three), 1);
    QCOMPARE(m_set->waitingCount(), 1);
    QCOMPARE(m_set->showMore(), 1);
    QCOMPARE(m_set->suggestions(QStringLiteral("a")).size(), 2);
    QCOMPARE(m_set->waitingCount(), 0);
}

void TestSuggestionSet::acceptWithAnotherPolarity()
{
    fill();
    m_set->setCurrent(QStringLiteral("a"), 0); // praise
    const QString id = m_set->acceptCurrent(Polarity::Criticism);
    QVERIFY(!id.isEmpty());
    QCOMPARE(m_project->findAnnotation(QStringLiteral("a"), id)->polarity, Polarity::Criticism);
}

void TestSuggestionSet::annotationsHideOverlappingSuggestions()
{
    const int start = int(TextA.indexOf(QStringLiteral("ravishing")));
    QVERIFY(!m_project->addAnnotation(QStringLiteral("a"), start, start + 9, Polarity::Praise).isEmpty());
    QCOMPARE(m_set->setSuggestions(QStringLiteral("a"),
                                   {over(TextA, QStringLiteral("The score is ravishing."), Polarity::Praise),
                                    over(TextA, QStringLiteral("The middle act drags."), Polarity::Criticism),
                                    over(TextA, QStringLiteral("The cast is assured."), Polarity::Praise)}),
             2);
    QCOMPARE(m_set->suggestions(QStringLiteral("a")).size(), 2);
    // Marking a suggestion's text by hand takes the suggestion away.
    const int drags = int(TextA.indexOf(QStringLiteral("drags")));
    m_set->setCurrent(QStringLiteral("a"), 0);
    QVERIFY(!m_project->addAnnotation(QStringLiteral("a"), drags, drags + 5, Polarity::Criticism).isEmpty());
    QCOMPARE(m_set->suggestions(QStringLiteral("a")).size(), 1);
    QCOMPARE(m_set->currentReviewId(), QStringLiteral("a"));
    QCOMPARE(m_set->currentIndex(), 0);
}

void TestSuggestionSet::clearedWhenTextChangesReviewGoesOrProjectResets()
{
    fill();
    m_set->setCurrent(QStringLiteral("a"), 2);
    Review imported = *m_project->findReview(QStringLiteral("a"));
    imported.text = TextA + QStringLiteral(" More.");
    m_project->reimportReview(QStringLiteral("a"), imported);
    QVERIFY(m_set->suggestions(QStringLiteral("a")).isEmpty());
    QCOMPARE(m_set->count(), 2);
    QCOMPARE(m_set->currentReviewId(), QStringLiteral("b"));
    m_project->removeReview(QStringLiteral("b"));
    QCOMPARE(m_set->count(), 0);
    QVERIFY(!m_set->hasCurrent());
    m_project->undoStack()->undo();
    fill();
    m_project->reset(QStringLiteral("Other"), {}, {makeReview(QStringLiteral("a"), TextA)});
    QCOMPARE(m_set->count(), 0);
}

void TestSuggestionSet::neverSaved()
{
    const QByteArray before = ProjectFile::serialize(*m_project);
    fill();
    m_set->setCurrent(QStringLiteral("a"), 0);
    QCOMPARE(ProjectFile::serialize(*m_project), before);
    QVERIFY(!m_project->isModified());
}

void TestSuggestionSet::toolTipNamesTheCues()
{
    Suggestion s = over(TextA, QStringLiteral("The score is ravishing."), Polarity::Praise,
                        {QStringLiteral("not"), QStringLiteral("bad <b>")});
    const QString tip = SuggestionSet::toolTip(s);
    QVERIFY(tip.contains(QStringLiteral("praise")));
    QVERIFY(tip.contains(QStringLiteral("“not”")));
    // Cue text is escaped, never taken as markup.
    QVERIFY(tip.contains(QStringLiteral("bad &lt;b&gt;")));
    s.polarity = Polarity::Criticism;
    QVERIFY(SuggestionSet::toolTip(s).contains(QStringLiteral("criticism")));
}

void TestSuggestionSet::suggestAllStepsAndCancelChangesNothing()
{
    fill();
    const QVector<Suggestion> before = m_set->suggestions(QStringLiteral("a"));
    // Cancelled after the first review: what was on show stays.
    QList<int> steps;
    QCOMPARE(m_set->suggestAll([&steps](int done, int total) {
        steps << done << total;
        return false;
    }),
             -1);
    QCOMPARE(steps, (QList<int>{1, 2}));
    QCOMPARE(m_set->count(), 5);
    QCOMPARE(m_set->suggestions(QStringLiteral("a")).size(), before.size());

    // To the end: one step per review, and the same result as without progress.
    steps.clear();
    const int total = m_set->suggestAll([&steps](int done, int count) {
        steps << done << count;
        return true;
    });
    QCOMPARE(steps, (QList<int>{1, 2, 2, 2}));
    QCOMPARE(total, m_set->count());
    QCOMPARE(m_set->suggestAll(), total);
}

QTEST_GUILESS_MAIN(TestSuggestionSet)
#include "tst_suggestionset.moc"
