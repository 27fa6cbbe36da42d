// SPDX-License-Identifier: GPL-3.0-or-later
#include "anchoring/anchoring.h"
#include "modelcompare.h"
#include "project/project.h"
#include "project/projectfile.h"
#include "model/qtcompat.h"

#include <QSignalSpy>
#include <QtTest>

#include <algorithm>
#include <functional>

using namespace Revmark;
using Revmark::Test::compareAnnotation;
using Revmark::Test::compareReview;

namespace {

QDateTime at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

Review makeReview(const QString &id, const QString &title, const QString &text)
{
    Review r;
    r.id = id;
    r.title = title;
    r.author = QStringLiteral("Author of ") + title;
    r.outlet = QStringLiteral("The Weekly Lens");
    r.text = text;
    r.sourcePath = QStringLiteral("/reviews/") + id + QStringLiteral(".txt");
    r.format = SourceFormat::PlainText;
    r.importedAt = at("2024-03-01T09:30:00Z");
    return r;
}

Annotation makeAnnotation(const QString &id, const QString &text, const QString &quote, Polarity polarity,
                          const QStringList &tags = {}, const QString &note = {})
{
    Annotation a;
    a.id = id;
    a.start = int(text.indexOf(quote));
    a.end = a.start + int(quote.size());
    a.polarity = polarity;
    a.tags = tags;
    a.note = note;
    a.created = at("2024-03-02T10:00:00Z");
    a.modified = at("2024-03-02T10:05:00Z");
    Anchoring::fillQuote(text, &a);
    return a;
}

const QString Text1 = QStringLiteral("A patient, luminous drama. The lead is superb, the ending rushed.");
const QString Text2 = QString::fromUtf8("Loud and empty. \xF0\x9F\x8E\xAC The score, though, is wonderful.");
const QString Text3 = QStringLiteral("Slow going but worth it.");

// Three reviews; the first two annotated.
void fillProject(Project *project)
{
    Review r1 = makeReview(QStringLiteral("r1"), QStringLiteral("Harbour Lights"), Text1);
    r1.annotations = {makeAnnotation(QStringLiteral("a1"), Text1, QStringLiteral("luminous"), Polarity::Praise,
                                     {QStringLiteral("cinematography")}),
                      makeAnnotation(QStringLiteral("a2"), Text1, QStringLiteral("ending rushed"), Polarity::Criticism,
                                     {QStringLiteral("pacing"), QStringLiteral("ending")},
                                     QStringLiteral("Felt cut short.\nSecond thought: maybe not."))};
    Review r2 = makeReview(QStringLiteral("r2"), QStringLiteral("Night Ferry"), Text2);
    r2.format = SourceFormat::Markdown;
    r2.annotations = {makeAnnotation(QStringLiteral("b1"), Text2, QStringLiteral("wonderful"), Polarity::Praise,
                                     {QStringLiteral("music")}),
                      makeAnnotation(QStringLiteral("b2"), Text2, QStringLiteral("Loud and empty"), Polarity::Criticism)};
    Review r3 = makeReview(QStringLiteral("r3"), QStringLiteral("Glass Orchard"), Text3);
    r3.format = SourceFormat::Html;
    project->reset(QStringLiteral("Autumn festival"), Project::defaultTags(), {r1, r2, r3});
}

QByteArray snapshot(const Project &project)
{
    return ProjectFile::serialize(project);
}

QStringList reviewIds(const Project &project)
{
    QStringList ids;
    for (const Review &r : project.reviews())
        ids.append(r.id);
    return ids;
}

// Runs edit and checks that it pushed exactly one command, that undo restores the exact
// previous state and redo the edited one, twice over.
void checkOneUndoStep(Project &project, const std::function<void()> &edit)
{
    QUndoStack *stack = project.undoStack();
    // Commands undone before the edit are dropped by it, so count from the current index.
    const int indexBefore = stack->index();
    const QByteArray before = snapshot(project);
    edit();
    QCOMPARE(stack->count(), indexBefore + 1);
    QCOMPARE(stack->index(), indexBefore + 1);
    const QByteArray after = snapshot(project);
    QVERIFY(after != before);
    for (int round = 0; round < 2; ++round) {
        stack->undo();
        QCOMPARE(snapshot(project), before);
        stack->redo();
        QCOMPARE(snapshot(project), after);
    }
}

// The review's text replaced as a re-import of the same source would (Project::reimportReview).
ReimportReport reimportText(Project &project, const QString &reviewId, const QString &newText)
{
    Review imported;
    if (const Review *review = project.findReview(reviewId))
        imported = *review;
    imported.text = newText;
    return project.reimportReview(reviewId, imported);
}

const Annotation *findOrphan(const Project &project, const QString &reviewId, const QString &orphanId)
{
    const Review *review = project.findReview(reviewId);
    const int index = review ? review->orphanIndex(orphanId) : -1;
    return index < 0 ? nullptr : &review->orphans.at(index);
}

void checkNoStep(Project &project, const std::function<void()> &edit)
{
    const int countBefore = project.undoStack()->count();
    const int indexBefore = project.undoStack()->index();
    const QByteArray before = snapshot(project);
    edit();
    QCOMPARE(project.undoStack()->count(), countBefore);
    QCOMPARE(project.undoStack()->index(), indexBefore);
    QCOMPARE(snapshot(project), before);
}

} // namespace

#define CHECK_ONE_UNDO_STEP(project, edit)                                                                    \
    do {                                                                                                      \
        checkOneUndoStep(project, edit);                                                                      \
        if (QTest::currentTestFailed())                                                                       \
            return;                                                                                           \
    } while (false)

#define CHECK_NO_STEP(project, edit)                                                                          \
    do {                                                                                                      \
        checkNoStep(project, edit);                                                                           \
        if (QTest::currentTestFailed())                                                                       \
            return;                                                                                           \
    } while (false)

class TestProject : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newProject();
    void resetSortsAndClearsHistory();
    void addReviews();
    void addNoReviews();
    void addImported();
    void addImportedNothing();
    void removeReview();
    void removeUnknownReview();
    void moveReview_data();
    void moveReview();
    void moveReviewInvalid_data();
    void moveReviewInvalid();
    void setReviewProperties();
    void setReviewGrade();
    void addAnnotation();
    void addAnnotationRejects_data();
    void addAnnotationRejects();
    void removeAnnotation();
    void setAnnotationPolarity();
    void setAnnotationTags();
    void editsOfMissingAnnotationsAreIgnored();
    void setAnnotationRange_data();
    void setAnnotationRange();
    void setAnnotationRangeRejects();
    void createTag();
    void rejectSuggestions();
    void noteEditsMerge();
    void noteEditsOfTwoAnnotationsDoNotMerge();
    void noteEditsDoNotMergeAcrossCleanPoint();
    void otherEditsDoNotMergeWithNotes();
    void setTagsRenameAndRemove();
    void setTagsKeepsTagsOutsideTheList();
    void setTagsNoChange();
    void modifiedFollowsCleanState();
    void displayName();

    void replaceReviewText();
    void replaceReviewTextSameOrUnknown();
    void replaceReviewTextFindsTheGradeAgain();
    void placeOrphan();
    void placeOrphanRejects();
    void removeOrphan();
    void reimportRecordsSource();
    void reimportSameTextOtherFile();
    void replaceReviewTextRetriesOrphans();
    void setTagsUpdatesOrphans();

    void addAnnotationSnapsToWords_data();
    void addAnnotationSnapsToWords();
    void placeOrphanSnapsToWords();
    void addAnnotationsIsOneStep();
    void setReviewPropertiesWithGradeIsOneStep();
    void setReviewLanguage();
    void setReviewPropertiesWithLanguageIsOneStep();
    void dataIsWhatIsSaved();
    void setPassageSetAsideIsOneUndoStep();
    void editTitleIsOneUndoStep();
    void reimportTakesTheNewTextsSetAside();
};

void TestProject::newProject()
{
    Project project;
    QVERIFY(!project.isModified());
    QCOMPARE(project.undoStack()->count(), 0);
    QCOMPARE(project.reviewCount(), 0);
    QCOMPARE(project.annotationCount(), 0);
    QCOMPARE(project.tags(), Project::defaultTags());
    QVERIFY(Project::defaultTags().contains(QStringLiteral("music")));
    QVERIFY(project.filePath().isEmpty());
}

void TestProject::resetSortsAndClearsHistory()
{
    Project project;
    fillProject(&project);
    project.setReviewProperties(QStringLiteral("r1"), QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("z"));
    QVERIFY(project.isModified());
    QSignalSpy resetSpy(&project, &Project::projectReset);
    QSignalSpy modifiedSpy(&project, &Project::modifiedChanged);

    Review r = makeReview(QStringLiteral("r9"), QStringLiteral("Solo"), Text1);
    r.annotations = {makeAnnotation(QStringLiteral("z"), Text1, QStringLiteral("rushed"), Polarity::Praise),
                     makeAnnotation(QStringLiteral("y"), Text1, QStringLiteral("patient"), Polarity::Praise)};
    project.reset(QStringLiteral("Other"), {QStringLiteral("one")}, {r});
    QCOMPARE(resetSpy.count(), 1);
    QCOMPARE(modifiedSpy.count(), 1);
    QCOMPARE(modifiedSpy.at(0).at(0).toBool(), false);
    QVERIFY(!project.isModified());
    QCOMPARE(project.undoStack()->count(), 0);
    QCOMPARE(project.title(), QStringLiteral("Other"));
    QCOMPARE(project.tags(), QStringList{QStringLiteral("one")});
    QCOMPARE(project.review(0).annotations.at(0).id, QStringLiteral("y"));
    QCOMPARE(project.review(0).annotations.at(1).id, QStringLiteral("z"));
}

void TestProject::addReviews()
{
    Project project;
    fillProject(&project);
    QSignalSpy inserted(&project, &Project::reviewInserted);
    QSignalSpy removed(&project, &Project::reviewRemoved);
    const QVector<Review> added = {makeReview(QStringLiteral("n1"), QStringLiteral("New One"), Text3),
                                   makeReview(QStringLiteral("n2"), QStringLiteral("New Two"), Text1)};

    CHECK_ONE_UNDO_STEP(project, [&] { project.addReviews(added); });
    QCOMPARE(reviewIds(project),
             (QStringList{QStringLiteral("r1"), QStringLiteral("r2"), QStringLiteral("r3"), QStringLiteral("n1"),
                          QStringLiteral("n2")}));
    compareReview(project.review(3), added.at(0));
    compareReview(project.review(4), added.at(1));
    // Do, then two rounds of undo/redo: each adds both, each undo removes both (last first).
    QCOMPARE(inserted.count(), 6);
    QCOMPARE(removed.count(), 4);
    QCOMPARE(inserted.at(0).at(0).toInt(), 3);
    QCOMPARE(inserted.at(1).at(0).toInt(), 4);
    QCOMPARE(removed.at(0).at(0).toString(), QStringLiteral("n2"));
    QCOMPARE(removed.at(0).at(1).toInt(), 4);
    QCOMPARE(removed.at(1).at(0).toString(), QStringLiteral("n1"));
    QCOMPARE(removed.at(1).at(1).toInt(), 3);
    QCOMPARE(inserted.at(2).at(0).toInt(), 3);
    QCOMPARE(inserted.at(3).at(0).toInt(), 4);
}

void TestProject::addImported()
{
    Project project;
    fillProject(&project);
    ImportedContent content;
    content.tags = QStringList{QStringLiteral("editing"), QStringLiteral("music")}; // music is there already
    Review fresh = makeReview(QStringLiteral("n1"), QStringLiteral("New One"), Text3);
    fresh.annotations = {makeAnnotation(QStringLiteral("n1a"), Text3, QStringLiteral("worth it"), Polarity::Praise,
                                        {QStringLiteral("editing"), QStringLiteral("story")})};
    content.reviews = {fresh};
    content.annotations[QStringLiteral("r1")] = {
        makeAnnotation(QStringLiteral("i1"), Text1, QStringLiteral("A patient"), Polarity::Praise,
                       {QStringLiteral("editing"), QStringLiteral("pacing")}),
        makeAnnotation(QStringLiteral("i2"), Text1, QStringLiteral("The lead is superb"), Polarity::Praise)};
    Annotation orphan = makeAnnotation(QStringLiteral("i3"), Text2, QStringLiteral("wonderful"), Polarity::Criticism);
    orphan.quote = QStringLiteral("nowhere to be seen");
    orphan.start = orphan.end = 0;
    content.orphans[QStringLiteral("r2")] = {orphan};
    content.annotations[QStringLiteral("unknown")] = {orphan};
    QSignalSpy tagsChanged(&project, &Project::tagsChanged);

    CHECK_ONE_UNDO_STEP(project, [&] { project.addImported(content, QStringLiteral("Import")); });
    QCOMPARE(project.undoStack()->undoText(), QStringLiteral("Import"));
    QCOMPARE(project.tags(), Project::defaultTags() + QStringList{QStringLiteral("editing")});
    QCOMPARE(reviewIds(project), (QStringList{QStringLiteral("r1"), QStringLiteral("r2"), QStringLiteral("r3"),
                                              QStringLiteral("n1")}));
    // In text order, tags in the project's order.
    const Review &r1 = project.review(0);
    QCOMPARE(r1.annotations.size(), 4);
    QCOMPARE(r1.annotations.at(0).id, QStringLiteral("i1"));
    QCOMPARE(r1.annotations.at(0).tags, (QStringList{QStringLiteral("pacing"), QStringLiteral("editing")}));
    QCOMPARE(r1.annotations.at(2).id, QStringLiteral("i2"));
    QCOMPARE(project.review(3).annotations.first().tags, (QStringList{QStringLiteral("story"), QStringLiteral("editing")}));
    QCOMPARE(project.review(1).orphans.size(), 1);
    QCOMPARE(project.review(1).orphans.first().id, QStringLiteral("i3"));
    QVERIFY(tagsChanged.count() > 0);
}

void TestProject::addImportedNothing()
{
    Project project;
    fillProject(&project);
    ImportedContent content;
    content.annotations[QStringLiteral("r1")] = {};
    QVERIFY(content.isEmpty());
    project.addImported(content, QStringLiteral("Import"));
    QCOMPARE(project.undoStack()->count(), 0);
}

void TestProject::addNoReviews()
{
    Project project;
    fillProject(&project);
    CHECK_NO_STEP(project, [&] { project.addReviews({}); });
}

void TestProject::removeReview()
{
    Project project;
    fillProject(&project);
    const Review original = project.review(1);
    QCOMPARE(original.annotations.size(), 2);
    QSignalSpy inserted(&project, &Project::reviewInserted);
    QSignalSpy removed(&project, &Project::reviewRemoved);

    project.removeReview(QStringLiteral("r2"));
    QCOMPARE(project.undoStack()->count(), 1);
    QCOMPARE(reviewIds(project), (QStringList{QStringLiteral("r1"), QStringLiteral("r3")}));
    QCOMPARE(project.annotationCount(), 2);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(0).toString(), QStringLiteral("r2"));
    QCOMPARE(removed.at(0).at(1).toInt(), 1);
    QVERIFY(!project.findReview(QStringLiteral("r2")));

    project.undoStack()->undo();
    QCOMPARE(reviewIds(project), (QStringList{QStringLiteral("r1"), QStringLiteral("r2"), QStringLiteral("r3")}));
    compareReview(project.review(1), original);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(0).toInt(), 1);

    project.undoStack()->redo();
    QCOMPARE(reviewIds(project), (QStringList{QStringLiteral("r1"), QStringLiteral("r3")}));
    QCOMPARE(removed.count(), 2);
    QCOMPARE(removed.at(1).at(1).toInt(), 1);

    project.undoStack()->undo();
    CHECK_ONE_UNDO_STEP(project, [&] { project.removeReview(QStringLiteral("r1")); });
    CHECK_ONE_UNDO_STEP(project, [&] { project.removeReview(QStringLiteral("r3")); });
}

void TestProject::removeUnknownReview()
{
    Project project;
    fillProject(&project);
    CHECK_NO_STEP(project, [&] { project.removeReview(QStringLiteral("nope")); });
    CHECK_NO_STEP(project, [&] { project.removeReview(QString()); });
}

void TestProject::moveReview_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::addColumn<QStringList>("order");

    QTest::newRow("first to last") << 0 << 2 << QStringList{QStringLiteral("r2"), QStringLiteral("r3"), QStringLiteral("r1")};
    QTest::newRow("last to first") << 2 << 0 << QStringList{QStringLiteral("r3"), QStringLiteral("r1"), QStringLiteral("r2")};
    QTest::newRow("middle right") << 1 << 2 << QStringList{QStringLiteral("r1"), QStringLiteral("r3"), QStringLiteral("r2")};
    QTest::newRow("middle left") << 1 << 0 << QStringList{QStringLiteral("r2"), QStringLiteral("r1"), QStringLiteral("r3")};
}

void TestProject::moveReview()
{
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(QStringList, order);
    Project project;
    fillProject(&project);
    QSignalSpy moved(&project, &Project::reviewMoved);
    CHECK_ONE_UNDO_STEP(project, [&] { project.moveReview(from, to); });
    QCOMPARE(reviewIds(project), order);
    // do, undo, redo, undo, redo
    QCOMPARE(moved.count(), 5);
    QCOMPARE(moved.at(0).at(0).toInt(), from);
    QCOMPARE(moved.at(0).at(1).toInt(), to);
    QCOMPARE(moved.at(1).at(0).toInt(), to);
    QCOMPARE(moved.at(1).at(1).toInt(), from);
}

void TestProject::moveReviewInvalid_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::newRow("same place") << 1 << 1;
    QTest::newRow("negative from") << -1 << 0;
    QTest::newRow("negative to") << 0 << -1;
    QTest::newRow("from past end") << 3 << 0;
    QTest::newRow("to past end") << 0 << 3;
}

void TestProject::moveReviewInvalid()
{
    QFETCH(int, from);
    QFETCH(int, to);
    Project project;
    fillProject(&project);
    CHECK_NO_STEP(project, [&] { project.moveReview(from, to); });
}

void TestProject::setReviewGrade()
{
    Project project;
    fillProject(&project);
    QSignalSpy changed(&project, &Project::reviewPropertiesChanged);
    const Grade corrected{QStringLiteral("B+"), 85, true};
    CHECK_ONE_UNDO_STEP(project, [&] { project.setReviewGrade(QStringLiteral("r2"), corrected); });
    QCOMPARE(project.findReview(QStringLiteral("r2"))->grade, corrected);
    QCOMPARE(project.findReview(QStringLiteral("r1"))->grade, Grade());
    QCOMPARE(changed.count(), 5); // edit, then undo/redo twice
    for (const QList<QVariant> &arguments : std::as_const(changed))
        QCOMPARE(arguments.at(0).toString(), QStringLiteral("r2"));
    QCOMPARE(project.undoStack()->undoText(), QStringLiteral("Change Grade"));

    // Back to "no grade", kept as the user's choice.
    CHECK_ONE_UNDO_STEP(project, [&] { project.setReviewGrade(QStringLiteral("r2"), Grade{QString(), -1, true}); });
    QVERIFY(!project.findReview(QStringLiteral("r2"))->grade.isValid());

    CHECK_NO_STEP(project, [&] { project.setReviewGrade(QStringLiteral("r2"), Grade{QString(), -1, true}); });
    CHECK_NO_STEP(project, [&] { project.setReviewGrade(QStringLiteral("nope"), corrected); });
}

void TestProject::setReviewProperties()
{
    Project project;
    fillProject(&project);
    QSignalSpy changed(&project, &Project::reviewPropertiesChanged);
    CHECK_ONE_UNDO_STEP(project, [&] {
        project.setReviewProperties(QStringLiteral("r2"), QStringLiteral("Night Ferry (revised)"),
                                    QStringLiteral("M. Okafor"), QString::fromUtf8("Caf\xC3\xA9 Screen"));
    });
    const Review *r = project.findReview(QStringLiteral("r2"));
    QVERIFY(r);
    QCOMPARE(r->title, QStringLiteral("Night Ferry (revised)"));
    QCOMPARE(r->author, QStringLiteral("M. Okafor"));
    QCOMPARE(r->outlet, QString::fromUtf8("Caf\xC3\xA9 Screen"));
    QCOMPARE(changed.count(), 5);
    QCOMPARE(changed.at(1).at(0).toString(), QStringLiteral("r2"));

    // Only one field changes: still one step, and the others stay.
    CHECK_ONE_UNDO_STEP(project, [&] {
        project.setReviewProperties(QStringLiteral("r1"), QStringLiteral("Harbour Lights"),
                                    QStringLiteral("Author of Harbour Lights"), QString());
    });
    QCOMPARE(project.review(0).outlet, QString());
    QCOMPARE(project.review(0).title, QStringLiteral("Harbour Lights"));

    CHECK_NO_STEP(project, [&] {
        project.setReviewProperties(QStringLiteral("r3"), QStringLiteral("Glass Orchard"),
                                    QStringLiteral("Author of Glass Orchard"), QStringLiteral("The Weekly Lens"));
    });
    CHECK_NO_STEP(project, [&] {
        project.setReviewProperties(QStringLiteral("missing"), QStringLiteral("t"), QStringLiteral("a"),
                                    QStringLiteral("o"));
    });
}

void TestProject::addAnnotation()
{
    Project project;
    fillProject(&project);
    QSignalSpy changed(&project, &Project::annotationsChanged);
    const int start = int(Text1.indexOf(QStringLiteral("superb")));
    QString id;
    CHECK_ONE_UNDO_STEP(project, [&] {
        id = project.addAnnotation(QStringLiteral("r1"), start, start + 6, Polarity::Praise,
                                   {QStringLiteral("performances")}, QStringLiteral("Best thing in it."));
    });
    QVERIFY(!id.isEmpty());
    QVERIFY(id != QStringLiteral("a1") && id != QStringLiteral("a2"));
    const Annotation *a = project.findAnnotation(QStringLiteral("r1"), id);
    QVERIFY(a);
    QCOMPARE(a->start, start);
    QCOMPARE(a->end, start + 6);
    QCOMPARE(a->polarity, Polarity::Praise);
    QCOMPARE(a->tags, QStringList{QStringLiteral("performances")});
    QCOMPARE(a->note, QStringLiteral("Best thing in it."));
    QCOMPARE(a->quote, QStringLiteral("superb"));
    QCOMPARE(a->prefix, Text1.mid(start - 32, 32));
    QCOMPARE(a->suffix, QStringLiteral(", the ending rushed."));
    QVERIFY(a->created.isValid());
    QCOMPARE(a->modified, a->created);
    QCOMPARE(a->created.timeSpec(), Qt::UTC);
    // Kept in text order: between a1 ("luminous") and a2 ("ending rushed").
    QCOMPARE(project.review(0).annotations.at(1).id, id);
    QCOMPARE(project.annotationCount(), 5);

    // do, undo, redo, undo, redo
    QCOMPARE(changed.count(), 5);
    for (const QList<QVariant> &args : changed)
        QCOMPARE(args.at(0).toString(), QStringLiteral("r1"));

    // An annotation exactly over another one, and one after an emoji (UTF-16 offsets).
    CHECK_ONE_UNDO_STEP(project, [&] {
        project.addAnnotation(QStringLiteral("r1"), start, start + 6, Polarity::Criticism);
    });
    const int score = int(Text2.indexOf(QStringLiteral("score")));
    CHECK_ONE_UNDO_STEP(project, [&] {
        id = project.addAnnotation(QStringLiteral("r2"), score, score + 5, Polarity::Criticism);
    });
    QCOMPARE(project.findAnnotation(QStringLiteral("r2"), id)->quote, QStringLiteral("score"));
}

void TestProject::addAnnotationRejects_data()
{
    QTest::addColumn<QString>("reviewId");
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("end");

    const int length = int(Text1.size());
    QTest::newRow("empty range") << QStringLiteral("r1") << 5 << 5;
    QTest::newRow("inverted range") << QStringLiteral("r1") << 9 << 4;
    QTest::newRow("negative start") << QStringLiteral("r1") << -1 << 4;
    QTest::newRow("end past text") << QStringLiteral("r1") << 10 << length + 1;
    QTest::newRow("start past text") << QStringLiteral("r1") << length << length + 3;
    QTest::newRow("unknown review") << QStringLiteral("nope") << 0 << 4;
    QTest::newRow("review without text") << QStringLiteral("r3") << 0 << 1000;
}

void TestProject::addAnnotationRejects()
{
    QFETCH(QString, reviewId);
    QFETCH(int, start);
    QFETCH(int, end);
    Project project;
    fillProject(&project);
    QSignalSpy changed(&project, &Project::annotationsChanged);
    QString id = QStringLiteral("unset");
    CHECK_NO_STEP(project, [&] { id = project.addAnnotation(reviewId, start, end, Polarity::Praise); });
    QVERIFY(id.isEmpty());
    QCOMPARE(changed.count(), 0);
    QVERIFY(!project.isModified());
}

void TestProject::removeAnnotation()
{
    Project project;
    fillProject(&project);
    const Annotation original = *project.findAnnotation(QStringLiteral("r1"), QStringLiteral("a2"));
    QSignalSpy changed(&project, &Project::annotationsChanged);
    CHECK_ONE_UNDO_STEP(project, [&] { project.removeAnnotation(QStringLiteral("r1"), QStringLiteral("a2")); });
    QVERIFY(!project.findAnnotation(QStringLiteral("r1"), QStringLiteral("a2")));
    QCOMPARE(changed.count(), 5);
    project.undoStack()->undo();
    const Annotation *restored = project.findAnnotation(QStringLiteral("r1"), QStringLiteral("a2"));
    QVERIFY(restored);
    compareAnnotation(*restored, original);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(project.review(0).annotations.at(1).id, QStringLiteral("a2"));

    CHECK_ONE_UNDO_STEP(project, [&] { project.removeAnnotation(QStringLiteral("r1"), QStringLiteral("a1")); });
    CHECK_NO_STEP(project, [&] { project.removeAnnotation(QStringLiteral("r2"), QStringLiteral("a2")); });
    CHECK_NO_STEP(project, [&] { project.removeAnnotation(QStringLiteral("nope"), QStringLiteral("a1")); });
}

void TestProject::setAnnotationPolarity()
{
    Project project;
    fillProject(&project);
    QSignalSpy changed(&project, &Project::annotationsChanged);
    const QDateTime oldModified = project.findAnnotation(QStringLiteral("r2"), QStringLiteral("b1"))->modified;
    CHECK_ONE_UNDO_STEP(project, [&] {
        project.setAnnotationPolarity(QStringLiteral("r2"), QStringLiteral("b1"), Polarity::Criticism);
    });
    const Annotation *a = project.findAnnotation(QStringLiteral("r2"), QStringLiteral("b1"));
    QCOMPARE(a->polarity, Polarity::Criticism);
    QVERIFY(a->modified > oldModified);
    QCOMPARE(a->tags, QStringList{QStringLiteral("music")});
    QCOMPARE(changed.count(), 5);
    QCOMPARE(changed.at(1).at(0).toString(), QStringLiteral("r2"));
    CHECK_NO_STEP(project, [&] {
        project.setAnnotationPolarity(QStringLiteral("r2"), QStringLiteral("b1"), Polarity::Criticism);
    });
}

void TestProject::setAnnotationTags()
{
    Project project;
    fillProject(&project);
    QSignalSpy changed(&project, &Project::annotationsChanged);
    const QStringList tags{QStringLiteral("story"), QStringLiteral("direction")};
    CHECK_ONE_UNDO_STEP(project, [&] { project.setAnnotationTags(QStringLiteral("r1"), QStringLiteral("a1"), tags); });
    QCOMPARE(project.findAnnotation(QStringLiteral("r1"), QStringLiteral("a1"))->tags, tags);
    QCOMPARE(changed.count(), 5);
    CHECK_ONE_UNDO_STEP(project, [&] { project.setAnnotationTags(QStringLiteral("r1"), QStringLiteral("a1"), {}); });
    QVERIFY(project.findAnnotation(QStringLiteral("r1"), QStringLiteral("a1"))->tags.isEmpty());
    CHECK_NO_STEP(project, [&] { project.setAnnotationTags(QStringLiteral("r1"), QStringLiteral("a1"), {}); });
}

void TestProject::setAnnotationRange_data()
{
    QTest::addColumn<QString>("wanted"); // the range asked for: this text's first occurrence
    QTest::addColumn<QString>("quote");  // what the annotation covers afterwards
    QTest::newRow("end shrinks") << QStringLiteral("ending") << QStringLiteral("ending");
    QTest::newRow("start moves back") << QStringLiteral("the ending rushed") << QStringLiteral("the ending rushed");
    QTest::newRow("start inside a word") << QStringLiteral("he ending rushed") << QStringLiteral("the ending rushed");
    QTest::newRow("both inside words") << QStringLiteral("uperb, the ending rus")
                                       << QStringLiteral("superb, the ending rushed");
    QTest::newRow("before another annotation") << QStringLiteral("A patient") << QStringLiteral("A patient");
}

void TestProject::setAnnotationRange()
{
    QFETCH(QString, wanted);
    QFETCH(QString, quote);
    Project project;
    fillProject(&project);
    const Annotation before = *project.findAnnotation(QStringLiteral("r1"), QStringLiteral("a2"));
    const int start = int(Text1.indexOf(wanted));
    QVERIFY(start >= 0);
    QSignalSpy changed(&project, &Project::annotationsChanged);
    CHECK_ONE_UNDO_STEP(project, [&] {
        QVERIFY(project.setAnnotationRange(QStringLiteral("r1"), QStringLiteral("a2"), start,
                                           start + int(wanted.size())));
    });
    const Annotation *after = project.findAnnotation(QStringLiteral("r1"), QStringLiteral("a2"));
    QVERIFY(after);
    QCOMPARE(after->quote, quote);
    QCOMPARE(after->start, int(Text1.indexOf(quote)));
    QCOMPARE(after->end, after->start + int(quote.size()));
    // The quote selector follows; note, tags, polarity and id stay.
    QCOMPARE(after->prefix, Text1.left(after->start).right(Anchoring::ContextLength));
    QCOMPARE(after->suffix, Text1.mid(after->end, Anchoring::ContextLength));
    QCOMPARE(after->note, before.note);
    QCOMPARE(after->tags, before.tags);
    QCOMPARE(after->polarity, before.polarity);
    QCOMPARE(after->created, before.created);
    // Still in text order.
    const QVector<Annotation> &all = project.findReview(QStringLiteral("r1"))->annotations;
    QVERIFY(std::is_sorted(all.cbegin(), all.cend(), annotationLessThan));
    QVERIFY(changed.count() > 0);
}

void TestProject::setAnnotationRangeRejects()
{
    Project project;
    fillProject(&project);
    const int at = int(Text1.indexOf(QStringLiteral("ending rushed")));
    CHECK_NO_STEP(project, [&] {
        // Unchanged after snapping, no words, out of the text, empty, unknown.
        QVERIFY(!project.setAnnotationRange(QStringLiteral("r1"), QStringLiteral("a2"), at + 2, at + 12));
        QVERIFY(!project.setAnnotationRange(QStringLiteral("r1"), QStringLiteral("a2"), at, at + 14)); // "rushed."
        QVERIFY(!project.setAnnotationRange(QStringLiteral("r1"), QStringLiteral("a2"), at - 1, at));
        QVERIFY(!project.setAnnotationRange(QStringLiteral("r1"), QStringLiteral("a2"), at, int(Text1.size()) + 1));
        QVERIFY(!project.setAnnotationRange(QStringLiteral("r1"), QStringLiteral("a2"), at, at));
        QVERIFY(!project.setAnnotationRange(QStringLiteral("r1"), QStringLiteral("b1"), at, at + 6));
        QVERIFY(!project.setAnnotationRange(QStringLiteral("r9"), QStringLiteral("a2"), at, at + 6));
    });
}

void TestProject::createTag()
{
    Project project;
    fillProject(&project);
    QSignalSpy tagsChanged(&project, &Project::tagsChanged);
    // With an annotation: the list and the annotation's tags in one step.
    CHECK_ONE_UNDO_STEP(project, [&] {
        project.createTag(QStringLiteral("  editing "), QStringLiteral("r1"), QStringLiteral("a1"));
    });
    QCOMPARE(project.tags().constLast(), QStringLiteral("editing"));
    QCOMPARE(project.findAnnotation(QStringLiteral("r1"), QStringLiteral("a1"))->tags,
             QStringList({QStringLiteral("cinematography"), QStringLiteral("editing")}));
    QVERIFY(tagsChanged.count() > 0);
    // Without one: the list only.
    CHECK_ONE_UNDO_STEP(project, [&] { project.createTag(QStringLiteral("sound")); });
    QCOMPARE(project.tags().constLast(), QStringLiteral("sound"));
    CHECK_NO_STEP(project, [&] {
        project.createTag(QStringLiteral("sound"), QStringLiteral("r1"), QStringLiteral("a2"));
        project.createTag(QStringLiteral("   "));
    });
}

void TestProject::rejectSuggestions()
{
    Project project;
    fillProject(&project);
    QSignalSpy changed(&project, &Project::rejectedSuggestionsChanged);
    const QString one = QStringLiteral("The lead is superb");
    const QString two = QStringLiteral("A patient, luminous drama");
    CHECK_ONE_UNDO_STEP(project, [&] { project.rejectSuggestions(QStringLiteral("r1"), {one}); });
    QCOMPARE(project.findReview(QStringLiteral("r1"))->rejectedSuggestions, QStringList({one}));
    QCOMPARE(changed.count(), 5); // the edit, then undo/redo twice
    QCOMPARE(changed.at(0).at(0).toString(), QStringLiteral("r1"));
    // Only what is new counts; several at once are one step.
    CHECK_ONE_UNDO_STEP(project, [&] { project.rejectSuggestions(QStringLiteral("r1"), {one, two, two}); });
    QCOMPARE(project.findReview(QStringLiteral("r1"))->rejectedSuggestions, QStringList({one, two}));
    CHECK_NO_STEP(project, [&] {
        project.rejectSuggestions(QStringLiteral("r1"), {one});
        project.rejectSuggestions(QStringLiteral("r1"), {QString()});
        project.rejectSuggestions(QStringLiteral("r9"), {one});
    });
    // Saved and read back with the review.
    const ProjectLoadResult loaded = ProjectFile::parse(ProjectFile::serialize(project), QStringLiteral("t.revmark"));
    QVERIFY2(loaded.ok, qPrintable(loaded.error));
    QCOMPARE(loaded.data.reviews.at(0).rejectedSuggestions, QStringList({one, two}));
    QVERIFY(loaded.data.reviews.at(1).rejectedSuggestions.isEmpty());
    QVERIFY(!ProjectFile::serialize(loaded.data).isEmpty());
}

void TestProject::editsOfMissingAnnotationsAreIgnored()
{
    Project project;
    fillProject(&project);
    CHECK_NO_STEP(project, [&] {
        project.setAnnotationPolarity(QStringLiteral("r1"), QStringLiteral("b1"), Polarity::Criticism);
    });
    CHECK_NO_STEP(project, [&] { project.setAnnotationTags(QStringLiteral("r9"), QStringLiteral("a1"), {}); });
    CHECK_NO_STEP(project, [&] {
        project.setAnnotationNote(QStringLiteral("r1"), QStringLiteral("zz"), QStringLiteral("x"));
    });
}

void TestProject::noteEditsMerge()
{
    Project project;
    fillProject(&project);
    QSignalSpy changed(&project, &Project::annotationsChanged);
    QUndoStack *stack = project.undoStack();
    const QByteArray before = snapshot(project);
    const QString original = project.findAnnotation(QStringLiteral("r1"), QStringLiteral("a1"))->note;

    // Typing a note: every keystroke is an edit.
    const QString typed = QStringLiteral("Glows.\nReally.");
    for (int i = 1; i <= typed.size(); ++i)
        project.setAnnotationNote(QStringLiteral("r1"), QStringLiteral("a1"), typed.left(i));
    QCOMPARE(stack->count(), 1);
    QCOMPARE(project.findAnnotation(QStringLiteral("r1"), QStringLiteral("a1"))->note, typed);
    QCOMPARE(changed.count(), int(typed.size()));
    const QByteArray after = snapshot(project);

    stack->undo();
    QCOMPARE(project.findAnnotation(QStringLiteral("r1"), QStringLiteral("a1"))->note, original);
    QCOMPARE(snapshot(project), before);
    QCOMPARE(stack->count(), 1);
    QCOMPARE(stack->index(), 0);
    stack->redo();
    QCOMPARE(snapshot(project), after);
    QCOMPARE(changed.count(), int(typed.size()) + 2);
}

void TestProject::noteEditsOfTwoAnnotationsDoNotMerge()
{
    Project project;
    fillProject(&project);
    QUndoStack *stack = project.undoStack();
    const QByteArray start = snapshot(project);
    project.setAnnotationNote(QStringLiteral("r1"), QStringLiteral("a1"), QStringLiteral("first"));
    const QByteArray afterA1 = snapshot(project);
    project.setAnnotationNote(QStringLiteral("r1"), QStringLiteral("a2"), QStringLiteral("second"));
    const QByteArray afterA2 = snapshot(project);
    QCOMPARE(stack->count(), 2);
    // Same annotation id in another review is another annotation too.
    project.setAnnotationNote(QStringLiteral("r2"), QStringLiteral("b1"), QStringLiteral("third"));
    project.setAnnotationNote(QStringLiteral("r2"), QStringLiteral("b1"), QStringLiteral("third, longer"));
    QCOMPARE(stack->count(), 3);
    project.setAnnotationNote(QStringLiteral("r1"), QStringLiteral("a1"), QStringLiteral("first again"));
    QCOMPARE(stack->count(), 4);

    stack->undo();
    stack->undo();
    QCOMPARE(snapshot(project), afterA2);
    stack->undo();
    QCOMPARE(snapshot(project), afterA1);
    stack->undo();
    QCOMPARE(snapshot(project), start);
}

void TestProject::noteEditsDoNotMergeAcrossCleanPoint()
{
    Project project;
    fillProject(&project);
    QUndoStack *stack = project.undoStack();
    project.setAnnotationNote(QStringLiteral("r1"), QStringLiteral("a1"), QStringLiteral("Sav"));
    project.setAnnotationNote(QStringLiteral("r1"), QStringLiteral("a1"), QStringLiteral("Saved"));
    QCOMPARE(stack->count(), 1);
    stack->setClean(); // the project was saved
    const QByteArray saved = snapshot(project);
    QVERIFY(!project.isModified());

    project.setAnnotationNote(QStringLiteral("r1"), QStringLiteral("a1"), QStringLiteral("Saved, then"));
    project.setAnnotationNote(QStringLiteral("r1"), QStringLiteral("a1"), QStringLiteral("Saved, then more"));
    QCOMPARE(stack->count(), 2);
    QVERIFY(project.isModified());

    stack->undo();
    QCOMPARE(project.findAnnotation(QStringLiteral("r1"), QStringLiteral("a1"))->note, QStringLiteral("Saved"));
    QCOMPARE(snapshot(project), saved);
    QVERIFY(!project.isModified());
}

void TestProject::otherEditsDoNotMergeWithNotes()
{
    Project project;
    fillProject(&project);
    QUndoStack *stack = project.undoStack();
    project.setAnnotationNote(QStringLiteral("r1"), QStringLiteral("a1"), QStringLiteral("n"));
    project.setAnnotationTags(QStringLiteral("r1"), QStringLiteral("a1"), {QStringLiteral("story")});
    project.setAnnotationTags(QStringLiteral("r1"), QStringLiteral("a1"), {QStringLiteral("music")});
    project.setAnnotationPolarity(QStringLiteral("r1"), QStringLiteral("a1"), Polarity::Criticism);
    project.setAnnotationNote(QStringLiteral("r1"), QStringLiteral("a1"), QStringLiteral("n2"));
    QCOMPARE(stack->count(), 5);
    stack->undo();
    const Annotation *a = project.findAnnotation(QStringLiteral("r1"), QStringLiteral("a1"));
    QCOMPARE(a->note, QStringLiteral("n"));
    QCOMPARE(a->polarity, Polarity::Criticism);
    stack->undo();
    QCOMPARE(a->polarity, Polarity::Praise);
    QCOMPARE(a->tags, QStringList{QStringLiteral("music")});
}

void TestProject::setTagsRenameAndRemove()
{
    Project project;
    fillProject(&project);
    QSignalSpy tagsChanged(&project, &Project::tagsChanged);
    QSignalSpy changed(&project, &Project::annotationsChanged);
    const Annotation a1 = *project.findAnnotation(QStringLiteral("r1"), QStringLiteral("a1"));
    const Annotation b2 = *project.findAnnotation(QStringLiteral("r2"), QStringLiteral("b2"));

    // "pacing" becomes "rhythm" in place, "music" goes.
    QStringList tags = Project::defaultTags();
    tags.replace(tags.indexOf(QStringLiteral("pacing")), QStringLiteral("rhythm"));
    tags.removeAll(QStringLiteral("music"));
    QHash<QString, QString> renames;
    renames.insert(QStringLiteral("pacing"), QStringLiteral("rhythm"));

    CHECK_ONE_UNDO_STEP(project, [&] { project.setTags(tags, renames); });
    QCOMPARE(project.tags(), tags);
    QCOMPARE(project.findAnnotation(QStringLiteral("r1"), QStringLiteral("a2"))->tags,
             (QStringList{QStringLiteral("rhythm"), QStringLiteral("ending")}));
    QVERIFY(project.findAnnotation(QStringLiteral("r2"), QStringLiteral("b1"))->tags.isEmpty());
    // Annotations without those tags are untouched.
    compareAnnotation(*project.findAnnotation(QStringLiteral("r1"), QStringLiteral("a1")), a1);
    compareAnnotation(*project.findAnnotation(QStringLiteral("r2"), QStringLiteral("b2")), b2);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(tagsChanged.count(), 5);
    QVERIFY(changed.count() >= 5 * 2); // r1 and r2 change, each time

    project.undoStack()->undo();
    QCOMPARE(project.tags(), Project::defaultTags());
    QCOMPARE(project.findAnnotation(QStringLiteral("r1"), QStringLiteral("a2"))->tags,
             (QStringList{QStringLiteral("pacing"), QStringLiteral("ending")}));
    QCOMPARE(project.findAnnotation(QStringLiteral("r2"), QStringLiteral("b1"))->tags, QStringList{QStringLiteral("music")});

    // Renaming onto a tag an annotation already has leaves it once.
    project.undoStack()->redo();
    project.setAnnotationTags(QStringLiteral("r1"), QStringLiteral("a2"),
                              {QStringLiteral("story"), QStringLiteral("rhythm"), QStringLiteral("ending")});
    QStringList merged = tags;
    merged.removeAll(QStringLiteral("rhythm"));
    QHash<QString, QString> mergeRename;
    mergeRename.insert(QStringLiteral("rhythm"), QStringLiteral("story"));
    CHECK_ONE_UNDO_STEP(project, [&] { project.setTags(merged, mergeRename); });
    QCOMPARE(project.findAnnotation(QStringLiteral("r1"), QStringLiteral("a2"))->tags,
             (QStringList{QStringLiteral("story"), QStringLiteral("ending")}));
}

void TestProject::setTagsKeepsTagsOutsideTheList()
{
    // A tag on an annotation that the project list does not have (a hand-edited or merged file)
    // is neither renamed nor removed by an unrelated change of the list.
    Project project;
    Review r = makeReview(QStringLiteral("r1"), QStringLiteral("Harbour Lights"), Text1);
    r.annotations = {makeAnnotation(QStringLiteral("a1"), Text1, QStringLiteral("luminous"), Polarity::Praise,
                                    {QStringLiteral("humour"), QStringLiteral("story")})};
    project.reset(QString(), {QStringLiteral("story"), QStringLiteral("music")}, {r});
    project.setTags({QStringLiteral("story"), QStringLiteral("music"), QStringLiteral("sound")});
    QCOMPARE(project.tags(), (QStringList{QStringLiteral("story"), QStringLiteral("music"), QStringLiteral("sound")}));
    QCOMPARE(project.findAnnotation(QStringLiteral("r1"), QStringLiteral("a1"))->tags,
             (QStringList{QStringLiteral("humour"), QStringLiteral("story")}));

    // Removing a listed tag still removes it, and the unlisted one stays.
    project.setTags({QStringLiteral("music"), QStringLiteral("sound")});
    QCOMPARE(project.findAnnotation(QStringLiteral("r1"), QStringLiteral("a1"))->tags,
             QStringList{QStringLiteral("humour")});
    project.undoStack()->undo();
    QCOMPARE(project.findAnnotation(QStringLiteral("r1"), QStringLiteral("a1"))->tags,
             (QStringList{QStringLiteral("humour"), QStringLiteral("story")}));
}

void TestProject::setTagsNoChange()
{
    Project project;
    fillProject(&project);
    CHECK_NO_STEP(project, [&] { project.setTags(Project::defaultTags()); });
    // Reordering the list is an edit of its own.
    QStringList reversed = Project::defaultTags();
    std::reverse(reversed.begin(), reversed.end());
    CHECK_ONE_UNDO_STEP(project, [&] { project.setTags(reversed); });
    QCOMPARE(project.tags(), reversed);
}

void TestProject::modifiedFollowsCleanState()
{
    Project project;
    fillProject(&project);
    QSignalSpy modified(&project, &Project::modifiedChanged);
    QUndoStack *stack = project.undoStack();
    QVERIFY(!project.isModified());

    project.setAnnotationPolarity(QStringLiteral("r1"), QStringLiteral("a1"), Polarity::Criticism);
    QVERIFY(project.isModified());
    QCOMPARE(modified.count(), 1);
    QCOMPARE(modified.at(0).at(0).toBool(), true);

    stack->undo();
    QVERIFY(!project.isModified());
    QCOMPARE(modified.count(), 2);
    QCOMPARE(modified.at(1).at(0).toBool(), false);

    stack->redo();
    QVERIFY(project.isModified());
    QCOMPARE(modified.count(), 3);

    stack->setClean();
    QVERIFY(!project.isModified());
    QCOMPARE(modified.count(), 4);
    QCOMPARE(modified.at(3).at(0).toBool(), false);

    // Undoing past the saved state modifies the project again; coming back unmodifies it.
    stack->undo();
    QVERIFY(project.isModified());
    QCOMPARE(modified.last().at(0).toBool(), true);
    stack->redo();
    QVERIFY(!project.isModified());
    QCOMPARE(modified.last().at(0).toBool(), false);
    QCOMPARE(modified.count(), 6);

    // A second edit after the clean point: modified once, not per edit.
    project.setAnnotationNote(QStringLiteral("r1"), QStringLiteral("a1"), QStringLiteral("x"));
    project.moveReview(0, 1);
    QVERIFY(project.isModified());
    QCOMPARE(modified.count(), 7);
}

void TestProject::displayName()
{
    Project project;
    QSignalSpy pathChanged(&project, &Project::filePathChanged);
    QVERIFY(!project.displayName().isEmpty());
    project.setFilePath(QStringLiteral("/films/autumn.festival.revmark"));
    QCOMPARE(pathChanged.count(), 1);
    project.setFilePath(QStringLiteral("/films/autumn.festival.revmark"));
    QCOMPARE(pathChanged.count(), 1);
    QCOMPARE(project.displayName(), QStringLiteral("autumn.festival"));
    project.setTitle(QStringLiteral("Autumn"));
    QCOMPARE(project.displayName(), QStringLiteral("Autumn"));
    QVERIFY(!project.isModified());
}

void TestProject::replaceReviewText()
{
    Project project;
    fillProject(&project);
    QSignalSpy annotations(&project, &Project::annotationsChanged);
    QSignalSpy orphans(&project, &Project::orphansChanged);
    QSignalSpy text(&project, &Project::reviewTextChanged);
    // "luminous" moves (text inserted before it), "ending rushed" is gone.
    const QString newText = QStringLiteral("Seen twice. A patient, luminous drama. The lead is superb.");
    ReanchorReport report;
    CHECK_ONE_UNDO_STEP(project, [&] { report = reimportText(project, QStringLiteral("r1"), newText); });
    QCOMPARE(report.unchanged, 0);
    QCOMPARE(report.exact, 1);
    QCOMPARE(report.fuzzy, 0);
    QCOMPARE(report.orphaned, 1);
    const Review &r1 = project.review(0);
    QCOMPARE(r1.text, newText);
    QCOMPARE(r1.annotations.size(), 1);
    QCOMPARE(r1.annotations.at(0).id, QStringLiteral("a1"));
    QVERIFY(Anchoring::isAnchored(newText, r1.annotations.at(0)));
    QCOMPARE(r1.annotations.at(0).start, 23);
    QCOMPARE(r1.orphans.size(), 1);
    QCOMPARE(r1.orphans.at(0).id, QStringLiteral("a2"));
    QCOMPARE(r1.orphans.at(0).quote, QStringLiteral("ending rushed"));
    QCOMPARE(r1.orphans.at(0).note, QStringLiteral("Felt cut short.\nSecond thought: maybe not."));
    QVERIFY(annotations.count() >= 1);
    QVERIFY(orphans.count() >= 1);
    QVERIFY(text.count() >= 1);
    QVERIFY(text.at(0).at(0).toString() == QStringLiteral("r1"));

    // A second re-import with a changed word: fuzzy; the orphan stays an orphan.
    const QString newer = QStringLiteral("Seen twice. A patient, lumineux drama. The lead is superb.");
    project.undoStack()->redo(); // no-op: already at the top
    CHECK_ONE_UNDO_STEP(project, [&] { report = reimportText(project, QStringLiteral("r1"), newer); });
    QCOMPARE(report.fuzzy, 1);
    QCOMPARE(report.total(), 1);
    QCOMPARE(project.review(0).annotations.at(0).quote, QStringLiteral("lumineux"));
    QCOMPARE(project.review(0).orphans.size(), 1);
}

void TestProject::replaceReviewTextSameOrUnknown()
{
    Project project;
    fillProject(&project);
    ReanchorReport report;
    CHECK_NO_STEP(project, [&] { report = reimportText(project, QStringLiteral("r1"), Text1); });
    QCOMPARE(report.unchanged, 2);
    QCOMPARE(report.total(), 2);
    CHECK_NO_STEP(project, [&] { report = reimportText(project, QStringLiteral("nope"), Text3); });
    QCOMPARE(report.total(), 0);
}

void TestProject::placeOrphan()
{
    Project project;
    fillProject(&project);
    reimportText(project, QStringLiteral("r1"), QStringLiteral("A patient, luminous drama. It ends in a hurry."));
    QCOMPARE(project.review(0).orphans.size(), 1);
    QSignalSpy orphans(&project, &Project::orphansChanged);
    const QString text = project.review(0).text;
    const int start = int(text.indexOf(QStringLiteral("ends in a hurry")));
    bool ok = false;
    CHECK_ONE_UNDO_STEP(project, [&] { ok = project.placeOrphan(QStringLiteral("r1"), QStringLiteral("a2"), start, start + 15); });
    QVERIFY(ok);
    QVERIFY(project.review(0).orphans.isEmpty());
    const Annotation *a = project.findAnnotation(QStringLiteral("r1"), QStringLiteral("a2"));
    QVERIFY(a);
    QCOMPARE(a->quote, QStringLiteral("ends in a hurry"));
    QCOMPARE(a->suffix, QStringLiteral("."));
    QVERIFY(Anchoring::isAnchored(text, *a));
    QCOMPARE(a->polarity, Polarity::Criticism);
    QCOMPARE(a->tags, (QStringList{QStringLiteral("pacing"), QStringLiteral("ending")}));
    QVERIFY(orphans.count() >= 1);
    // Sorted among the others.
    QCOMPARE(project.review(0).annotations.at(0).id, QStringLiteral("a1"));
    QCOMPARE(project.review(0).annotations.at(1).id, QStringLiteral("a2"));
}

void TestProject::placeOrphanRejects()
{
    Project project;
    fillProject(&project);
    reimportText(project, QStringLiteral("r1"), QStringLiteral("A patient, luminous drama."));
    QCOMPARE(project.review(0).orphans.size(), 1);
    CHECK_NO_STEP(project, [&] { QVERIFY(!project.placeOrphan(QStringLiteral("r1"), QStringLiteral("a2"), 5, 5)); });
    CHECK_NO_STEP(project, [&] { QVERIFY(!project.placeOrphan(QStringLiteral("r1"), QStringLiteral("a2"), -1, 3)); });
    CHECK_NO_STEP(project, [&] { QVERIFY(!project.placeOrphan(QStringLiteral("r1"), QStringLiteral("a2"), 0, 500)); });
    CHECK_NO_STEP(project, [&] { QVERIFY(!project.placeOrphan(QStringLiteral("r1"), QStringLiteral("a1"), 0, 3)); });
    CHECK_NO_STEP(project, [&] { QVERIFY(!project.placeOrphan(QStringLiteral("zz"), QStringLiteral("a2"), 0, 3)); });
    CHECK_NO_STEP(project, [&] { project.removeOrphan(QStringLiteral("r1"), QStringLiteral("a1")); });
    CHECK_NO_STEP(project, [&] { project.removeOrphan(QStringLiteral("zz"), QStringLiteral("a2")); });
}

void TestProject::removeOrphan()
{
    Project project;
    fillProject(&project);
    reimportText(project, QStringLiteral("r1"), QStringLiteral("A patient, luminous drama."));
    QCOMPARE(project.review(0).orphans.size(), 1);
    QSignalSpy orphans(&project, &Project::orphansChanged);
    CHECK_ONE_UNDO_STEP(project, [&] { project.removeOrphan(QStringLiteral("r1"), QStringLiteral("a2")); });
    QVERIFY(project.review(0).orphans.isEmpty());
    QVERIFY(!findOrphan(project, QStringLiteral("r1"), QStringLiteral("a2")));
    QCOMPARE(project.review(0).annotations.size(), 1);
    QVERIFY(orphans.count() >= 1);
    // Undoing everything gives back the original review.
    while (project.undoStack()->canUndo())
        project.undoStack()->undo();
    QCOMPARE(project.review(0).text, Text1);
    QCOMPARE(project.review(0).annotations.size(), 2);
    QVERIFY(project.review(0).orphans.isEmpty());
}

void TestProject::reimportRecordsSource()
{
    // A newer version read from another file: text, annotations and where it came from change
    // in one step, and undo puts the old file back as the source.
    Project project;
    fillProject(&project);
    QSignalSpy properties(&project, &Project::reviewPropertiesChanged);
    Review imported = makeReview(QStringLiteral("fresh-id"), QStringLiteral("Harbour Lights (final cut)"),
                                 QStringLiteral("Seen twice. A patient, luminous drama. The lead is superb, the "
                                                "ending rushed."));
    imported.sourcePath = QStringLiteral("/elsewhere/harbour-lights-v2.md");
    imported.format = SourceFormat::Markdown;
    imported.importedAt = at("2024-05-06T07:08:09Z");
    ReimportReport report;
    CHECK_ONE_UNDO_STEP(project, [&] { report = project.reimportReview(QStringLiteral("r1"), imported); });
    QCOMPARE(report.exact, 2);
    QCOMPARE(report.total(), 2);
    QCOMPARE(report.restored, 0);
    const Review &r1 = project.review(0);
    QCOMPARE(r1.text, imported.text);
    QCOMPARE(r1.sourcePath, imported.sourcePath);
    QCOMPARE(r1.format, SourceFormat::Markdown);
    QCOMPARE(r1.importedAt, imported.importedAt);
    // The review keeps its identity and the user's metadata; only its source moved.
    QCOMPARE(r1.id, QStringLiteral("r1"));
    QCOMPARE(r1.title, QStringLiteral("Harbour Lights"));
    QVERIFY(properties.count() >= 1);
    QCOMPARE(properties.at(0).at(0).toString(), QStringLiteral("r1"));

    project.undoStack()->undo();
    QCOMPARE(project.review(0).sourcePath, QStringLiteral("/reviews/r1.txt"));
    QCOMPARE(project.review(0).format, SourceFormat::PlainText);
    QCOMPARE(project.review(0).importedAt, at("2024-03-01T09:30:00Z"));
    QCOMPARE(project.review(0).text, Text1);
}

void TestProject::reimportSameTextOtherFile()
{
    Project project;
    fillProject(&project);
    Review imported = makeReview(QStringLiteral("x"), QString(), Text1);
    imported.importedAt = at("2024-06-01T00:00:00Z");
    // Same file, same text: nothing to do, however much later it was read.
    imported.sourcePath = QStringLiteral("/reviews/r1.txt");
    CHECK_NO_STEP(project, [&] { project.reimportReview(QStringLiteral("r1"), imported); });
    // Same text from another file: the new source is recorded, every annotation unchanged.
    imported.sourcePath = QStringLiteral("/moved/r1.txt");
    ReimportReport report;
    CHECK_ONE_UNDO_STEP(project, [&] { report = project.reimportReview(QStringLiteral("r1"), imported); });
    QCOMPARE(report.unchanged, 2);
    QCOMPARE(report.total(), 2);
    QCOMPARE(project.review(0).sourcePath, QStringLiteral("/moved/r1.txt"));
    QCOMPARE(project.review(0).importedAt, imported.importedAt);
    CHECK_NO_STEP(project, [&] { report = project.reimportReview(QStringLiteral("nope"), imported); });
    QCOMPARE(report.total(), 0);
}

void TestProject::replaceReviewTextRetriesOrphans()
{
    Project project;
    fillProject(&project);
    reimportText(project, QStringLiteral("r1"), QStringLiteral("A patient, luminous drama. The lead is superb."));
    QCOMPARE(project.review(0).orphans.size(), 1);
    const Annotation orphan = project.review(0).orphans.at(0);

    // The next version has the words back (slightly changed): the orphan finds its place again.
    const QString newer = QStringLiteral("A patient, luminous drama. The lead is superb, the Ending rushed!");
    ReimportReport report;
    CHECK_ONE_UNDO_STEP(project, [&] { report = reimportText(project, QStringLiteral("r1"), newer); });
    QCOMPARE(report.restored, 1);
    QCOMPARE(report.unchanged, 1);
    QCOMPARE(report.total(), 1); // restored orphans are counted on their own
    QVERIFY(project.review(0).orphans.isEmpty());
    const Annotation *placed = project.findAnnotation(QStringLiteral("r1"), QStringLiteral("a2"));
    QVERIFY(placed);
    QCOMPARE(placed->quote, QStringLiteral("Ending rushed"));
    QVERIFY(Anchoring::isAnchored(newer, *placed));
    QCOMPARE(placed->note, orphan.note);
    QCOMPARE(placed->tags, orphan.tags);
    QCOMPARE(project.review(0).annotations.at(1).id, QStringLiteral("a2")); // sorted

    // A version without them keeps the orphan an orphan, before any new one.
    project.undoStack()->undo();
    const QString without = QStringLiteral("A patient drama. The lead is superb.");
    CHECK_ONE_UNDO_STEP(project, [&] { report = reimportText(project, QStringLiteral("r1"), without); });
    QCOMPARE(report.restored, 0);
    QCOMPARE(report.orphaned, 1);
    QCOMPARE(project.review(0).orphans.size(), 2);
    QCOMPARE(project.review(0).orphans.at(0).id, QStringLiteral("a2"));
    QCOMPARE(project.review(0).orphans.at(1).id, QStringLiteral("a1"));
}

void TestProject::setTagsUpdatesOrphans()
{
    Project project;
    fillProject(&project);
    reimportText(project, QStringLiteral("r1"), QStringLiteral("A patient, luminous drama."));
    QCOMPARE(project.review(0).orphans.size(), 1);
    QCOMPARE(project.review(0).orphans.at(0).tags, (QStringList{QStringLiteral("pacing"), QStringLiteral("ending")}));
    QSignalSpy orphans(&project, &Project::orphansChanged);

    QStringList tags = Project::defaultTags();
    tags.replace(tags.indexOf(QStringLiteral("pacing")), QStringLiteral("rhythm"));
    tags.removeAll(QStringLiteral("ending"));
    QHash<QString, QString> renames;
    renames.insert(QStringLiteral("pacing"), QStringLiteral("rhythm"));
    CHECK_ONE_UNDO_STEP(project, [&] { project.setTags(tags, renames); });
    QCOMPARE(project.review(0).orphans.at(0).tags, QStringList{QStringLiteral("rhythm")});
    QVERIFY(orphans.count() >= 1);
    QCOMPARE(orphans.at(0).at(0).toString(), QStringLiteral("r1"));
    project.undoStack()->undo();
    QCOMPARE(project.review(0).orphans.at(0).tags, (QStringList{QStringLiteral("pacing"), QStringLiteral("ending")}));
    // Placed again later, it carries the tags of the list as it is then.
    project.undoStack()->redo();
    QVERIFY(project.placeOrphan(QStringLiteral("r1"), QStringLiteral("a2"), 0, 9));
    QCOMPARE(project.findAnnotation(QStringLiteral("r1"), QStringLiteral("a2"))->tags,
             QStringList{QStringLiteral("rhythm")});
}

// A newer text's rating replaces the detected one in the same undo step; a grade the user
// corrected stays.
void TestProject::replaceReviewTextFindsTheGradeAgain()
{
    Project project;
    fillProject(&project);
    const QString id = QStringLiteral("r1");
    project.setReviewGrade(id, GradeParser::find(QStringLiteral("Rating: 3/5")));
    QCOMPARE(project.findReview(id)->grade.value, 60);
    QSignalSpy changed(&project, &Project::reviewPropertiesChanged);
    const QString newText = project.findReview(id)->text + QStringLiteral("\n\nRating: 4/5");
    CHECK_ONE_UNDO_STEP(project, [&] { reimportText(project, id, newText); });
    QCOMPARE(project.findReview(id)->grade, (Grade{QStringLiteral("4/5"), 80, false}));
    QVERIFY(changed.count() >= 1);

    // The user's correction survives a re-import.
    project.setReviewGrade(id, Grade{QStringLiteral("B"), 80, true});
    CHECK_ONE_UNDO_STEP(project, [&] { reimportText(project, id, newText + QStringLiteral("\n\nScore: 2/10")); });
    QCOMPARE(project.findReview(id)->grade, (Grade{QStringLiteral("B"), 80, true}));
}

void TestProject::addAnnotationSnapsToWords_data()
{
    QTest::addColumn<QString>("selected"); // what the user's range covers in Text1
    QTest::addColumn<QString>("quote");    // what the annotation covers

    QTest::newRow("whole words") << QStringLiteral("is superb") << QStringLiteral("is superb");
    QTest::newRow("inside a word") << QStringLiteral("uper") << QStringLiteral("superb");
    QTest::newRow("spaces around") << QStringLiteral(" superb, ") << QStringLiteral("superb");
    QTest::newRow("two half words") << QStringLiteral("ad is sup") << QStringLiteral("lead is superb");
}

void TestProject::addAnnotationSnapsToWords()
{
    QFETCH(QString, selected);
    QFETCH(QString, quote);
    Project project;
    fillProject(&project);
    const int start = int(Text1.indexOf(selected));
    QVERIFY(start >= 0);
    QString id;
    CHECK_ONE_UNDO_STEP(project, [&] {
        id = project.addAnnotation(QStringLiteral("r1"), start, start + int(selected.size()), Polarity::Praise);
    });
    const Annotation *a = project.findAnnotation(QStringLiteral("r1"), id);
    QVERIFY(a);
    QCOMPARE(a->quote, quote);
    QCOMPARE(Text1.mid(a->start, a->end - a->start), quote);

    // Only spaces and punctuation: nothing to mark, no step.
    const int comma = int(Text1.indexOf(QStringLiteral(", ")));
    CHECK_NO_STEP(project, [&] {
        QVERIFY(project.addAnnotation(QStringLiteral("r1"), comma, comma + 2, Polarity::Praise).isEmpty());
    });
}

void TestProject::placeOrphanSnapsToWords()
{
    Project project;
    fillProject(&project);
    reimportText(project, QStringLiteral("r1"), QStringLiteral("A patient, luminous drama. It ends in a hurry."));
    const Review *review = project.findReview(QStringLiteral("r1"));
    QVERIFY(review->orphanIndex(QStringLiteral("a2")) >= 0);
    const QString text = review->text;
    // "nds in a hurr": half words at both ends.
    const int start = int(text.indexOf(QStringLiteral("nds in")));
    const int end = int(text.indexOf(QStringLiteral("hurry"))) + 4;
    const int spaces = int(text.indexOf(QStringLiteral(". ")));
    CHECK_NO_STEP(project, [&] { QVERIFY(!project.placeOrphan(QStringLiteral("r1"), QStringLiteral("a2"), spaces, spaces + 2)); });
    CHECK_ONE_UNDO_STEP(project, [&] { QVERIFY(project.placeOrphan(QStringLiteral("r1"), QStringLiteral("a2"), start, end)); });
    const Annotation *placed = project.findAnnotation(QStringLiteral("r1"), QStringLiteral("a2"));
    QVERIFY(placed);
    QCOMPARE(placed->quote, QStringLiteral("ends in a hurry"));
}

void TestProject::addAnnotationsIsOneStep()
{
    Project project;
    fillProject(&project);
    const int lead = int(Text1.indexOf(QStringLiteral("lead")));
    const int score = int(Text2.indexOf(QStringLiteral("score")));
    const int comma = int(Text1.indexOf(QStringLiteral(", ")));
    const QVector<NewAnnotation> wanted = {
        {QStringLiteral("r1"), lead + 1, lead + 3, Polarity::Praise, {}},    // snapped to "lead"
        {QStringLiteral("r1"), comma, comma + 2, Polarity::Praise, {}},      // no words: skipped
        {QStringLiteral("missing"), 0, 3, Polarity::Praise, {}},             // unknown review: skipped
        {QStringLiteral("r2"), score, score + 5, Polarity::Criticism, {QStringLiteral("music")}},
    };
    QStringList ids;
    CHECK_ONE_UNDO_STEP(project, [&] { ids = project.addAnnotations(wanted, QStringLiteral("Accept 2 Suggestions")); });
    QCOMPARE(ids.size(), 2);
    QCOMPARE(project.undoStack()->undoText(), QStringLiteral("Accept 2 Suggestions"));
    QCOMPARE(project.findAnnotation(QStringLiteral("r1"), ids.at(0))->quote, QStringLiteral("lead"));
    QCOMPARE(project.findAnnotation(QStringLiteral("r2"), ids.at(1))->polarity, Polarity::Criticism);
    QCOMPARE(project.findAnnotation(QStringLiteral("r2"), ids.at(1))->tags, QStringList{QStringLiteral("music")});
    QVERIFY(project.findAnnotation(QStringLiteral("r1"), ids.at(0))->tags.isEmpty());
    QCOMPARE(project.annotationCount(), 6);
    CHECK_NO_STEP(project, [&] { QVERIFY(project.addAnnotations({wanted.at(1), wanted.at(2)}, QStringLiteral("x")).isEmpty()); });
    CHECK_NO_STEP(project, [&] { QVERIFY(project.addAnnotations({}, QStringLiteral("x")).isEmpty()); });
}

void TestProject::setReviewPropertiesWithGradeIsOneStep()
{
    Project project;
    fillProject(&project);
    Grade grade;
    grade.raw = QStringLiteral("B+");
    grade.value = 88;
    grade.corrected = true;
    const Review before = *project.findReview(QStringLiteral("r1"));
    CHECK_ONE_UNDO_STEP(project, [&] {
        project.setReviewProperties(QStringLiteral("r1"), QStringLiteral("New"), before.author, before.outlet, grade);
    });
    QCOMPARE(project.review(0).title, QStringLiteral("New"));
    QCOMPARE(project.review(0).grade, grade);
    // Only one of the two: that command alone.
    CHECK_ONE_UNDO_STEP(project, [&] {
        project.setReviewProperties(QStringLiteral("r1"), QStringLiteral("Newer"), before.author, before.outlet, grade);
    });
    QCOMPARE(project.undoStack()->undoText(), QStringLiteral("Change Review Properties"));
    Grade other = grade;
    other.value = 90;
    CHECK_ONE_UNDO_STEP(project, [&] {
        project.setReviewProperties(QStringLiteral("r1"), QStringLiteral("Newer"), before.author, before.outlet, other);
    });
    QCOMPARE(project.undoStack()->undoText(), QStringLiteral("Change Grade"));
    CHECK_NO_STEP(project, [&] {
        project.setReviewProperties(QStringLiteral("r1"), QStringLiteral("Newer"), before.author, before.outlet, other);
    });
    CHECK_NO_STEP(project, [&] {
        project.setReviewProperties(QStringLiteral("nope"), QStringLiteral("Newer"), before.author, before.outlet, other);
    });
}

void TestProject::setReviewLanguage()
{
    Project project;
    fillProject(&project);
    QSignalSpy changed(&project, &Project::reviewPropertiesChanged);
    const Grade gradeBefore = project.findReview(QStringLiteral("r2"))->grade;
    CHECK_ONE_UNDO_STEP(project, [&] { project.setReviewLanguage(QStringLiteral("r2"), QStringLiteral("de")); });
    QCOMPARE(project.findReview(QStringLiteral("r2"))->language, QStringLiteral("de"));
    QCOMPARE(project.findReview(QStringLiteral("r1"))->language, QString());
    QCOMPARE(project.findReview(QStringLiteral("r2"))->grade, gradeBefore);
    QCOMPARE(project.undoStack()->undoText(), QStringLiteral("Change Language"));
    QCOMPARE(changed.count(), 5); // edit, then undo/redo twice
    for (const QList<QVariant> &arguments : std::as_const(changed))
        QCOMPARE(arguments.at(0).toString(), QStringLiteral("r2"));
    CHECK_ONE_UNDO_STEP(project, [&] { project.setReviewLanguage(QStringLiteral("r2"), QString()); });
    QCOMPARE(project.findReview(QStringLiteral("r2"))->language, QString());
    CHECK_NO_STEP(project, [&] { project.setReviewLanguage(QStringLiteral("r2"), QString()); });
    CHECK_NO_STEP(project, [&] { project.setReviewLanguage(QStringLiteral("nope"), QStringLiteral("fr")); });
}

void TestProject::setReviewPropertiesWithLanguageIsOneStep()
{
    Project project;
    fillProject(&project);
    const Review before = *project.findReview(QStringLiteral("r1"));
    Grade grade{QStringLiteral("Note: 2+"), 85, true};
    CHECK_ONE_UNDO_STEP(project, [&] {
        project.setReviewProperties(QStringLiteral("r1"), QStringLiteral("Neu"), before.author, before.outlet, grade,
                                    QStringLiteral("de"));
    });
    QCOMPARE(project.undoStack()->undoText(), QStringLiteral("Edit Review Properties"));
    QCOMPARE(project.review(0).title, QStringLiteral("Neu"));
    QCOMPARE(project.review(0).grade, grade);
    QCOMPARE(project.review(0).language, QStringLiteral("de"));
    project.undoStack()->undo();
    QCOMPARE(project.review(0).language, before.language);
    QCOMPARE(project.review(0).title, before.title);
    project.undoStack()->redo();
    // Only the language: its own command.
    CHECK_ONE_UNDO_STEP(project, [&] {
        project.setReviewProperties(QStringLiteral("r1"), QStringLiteral("Neu"), before.author, before.outlet, grade,
                                    QStringLiteral("fr"));
    });
    QCOMPARE(project.undoStack()->undoText(), QStringLiteral("Change Language"));
    // The five-argument form keeps the language.
    CHECK_ONE_UNDO_STEP(project, [&] {
        project.setReviewProperties(QStringLiteral("r1"), QStringLiteral("Neuer"), before.author, before.outlet, grade);
    });
    QCOMPARE(project.review(0).language, QStringLiteral("fr"));
    CHECK_NO_STEP(project, [&] {
        project.setReviewProperties(QStringLiteral("r1"), QStringLiteral("Neuer"), before.author, before.outlet, grade,
                                    QStringLiteral("fr"));
    });
}

void TestProject::dataIsWhatIsSaved()
{
    Project project;
    fillProject(&project);
    const ProjectData data = project.data();
    QCOMPARE(data.title, project.title());
    QCOMPARE(data.tags, project.tags());
    QCOMPARE(data.reviews.size(), project.reviews().size());
    QCOMPARE(ProjectFile::serialize(data), ProjectFile::serialize(project));
}

void TestProject::setPassageSetAsideIsOneUndoStep()
{
    Project project;
    const QString text = QStringLiteral("Site\n\nThe review itself.\n\nMore articles\nOne\nTwo");
    project.reset(QString(), {}, {makeReview(QStringLiteral("r"), QStringLiteral("T"), text)});
    QSignalSpy spy(&project, &Project::setAsideChanged);
    const int more = int(text.indexOf(QLatin1String("More")));
    project.setPassageSetAside(QStringLiteral("r"), {more, int(text.size())}, true);
    project.setPassageSetAside(QStringLiteral("r"), {0, 4}, true);
    QCOMPARE(project.review(0).setAside, (QVector<TextRange>{{0, 4}, {more, int(text.size())}}));
    QCOMPARE(spy.count(), 2);
    QCOMPARE(project.undoStack()->count(), 2);
    // Setting aside what is already aside changes nothing.
    project.setPassageSetAside(QStringLiteral("r"), {0, 2}, true);
    QCOMPARE(project.undoStack()->count(), 2);
    // Including a part keeps the rest aside.
    const int one = int(text.indexOf(QLatin1String("One")));
    project.setPassageSetAside(QStringLiteral("r"), {one, one + 3}, false);
    QCOMPARE(project.review(0).setAside,
             (QVector<TextRange>{{0, 4}, {more, one}, {one + 3, int(text.size())}}));
    QCOMPARE(project.undoStack()->undoText(), QStringLiteral("Include Passage"));
    project.undoStack()->undo();
    QCOMPARE(project.review(0).setAside, (QVector<TextRange>{{0, 4}, {more, int(text.size())}}));
    project.undoStack()->undo();
    project.undoStack()->undo();
    QVERIFY(project.review(0).setAside.isEmpty());
    QCOMPARE(spy.count(), 6);
    QVERIFY(!project.isModified());
}

void TestProject::editTitleIsOneUndoStep()
{
    Project project;
    project.reset(QStringLiteral("Old"), {}, {});
    QSignalSpy spy(&project, &Project::titleChanged);
    project.editTitle(QStringLiteral("Old"));
    QCOMPARE(project.undoStack()->count(), 0);
    project.editTitle(QStringLiteral("The Salt Orchard: the critics"));
    QCOMPARE(project.title(), QStringLiteral("The Salt Orchard: the critics"));
    QCOMPARE(project.displayName(), project.title());
    QVERIFY(project.isModified());
    QCOMPARE(project.data().title, project.title());
    project.undoStack()->undo();
    QCOMPARE(project.title(), QStringLiteral("Old"));
    QCOMPARE(spy.count(), 2);
}

void TestProject::reimportTakesTheNewTextsSetAside()
{
    Project project;
    Review review = makeReview(QStringLiteral("r"), QStringLiteral("T"), QStringLiteral("Site\n\nOld text."));
    review.setAside = {{0, 4}};
    project.reset(QString(), {}, {review});
    Review imported = makeReview(QStringLiteral("x"), QStringLiteral("T"), QStringLiteral("New text.\n\nNo more articles"));
    imported.setAside = {{11, 27}};
    project.reimportReview(QStringLiteral("r"), imported);
    QCOMPARE(project.review(0).setAside, (QVector<TextRange>{{11, 27}}));
    project.undoStack()->undo();
    QCOMPARE(project.review(0).setAside, (QVector<TextRange>{{0, 4}}));
}

QTEST_GUILESS_MAIN(TestProject)
#include "tst_project.moc"
