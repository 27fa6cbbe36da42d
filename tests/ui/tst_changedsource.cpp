// SPDX-License-Identifier: GPL-3.0-or-later
// A review's source file changes on disk while the project is open: the review is re-imported
// as one undo step, its highlights move with the text, what cannot be placed is listed in the
// Orphans dock, and a bar above the columns says what happened.
#include "anchoring/anchoring.h"
#include "columns/columnsarea.h"
#include "mainwindow.h"
#include "panels/orphanspanel.h"
#include "project/project.h"
#include "project/projectfile.h"
#include "model/qtcompat.h"
#include "columns/reviewcolumn.h"
#include "columns/reviewview.h"
#include "session/sourcewatcher.h"

#include <QAction>
#include <QDialog>
#include <QSignalSpy>
#include <QApplication>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Revmark;

namespace {

const QByteArray Version1 = "Harbour Lights\n\n"
                            "A patient, luminous drama about a lighthouse keeper and his daughter.\n\n"
                            "The lead performance is superb and moving from the first scene to the last.\n\n"
                            "Sadly the ending feels rushed and unearned, as if a reel were missing.\n";
// A paragraph inserted before the first span, the second span's sentence altered slightly, the
// third span's sentence gone.
const QByteArray Version2 = "Harbour Lights\n\n"
                            "Seen at the autumn festival, twice.\n\n"
                            "A patient, luminous drama about a lighthouse keeper and his daughter.\n\n"
                            "The lead performance is superb and deeply moving from the first scene to the last.\n\n"
                            "The score is lovely.\n";

bool writeFile(const QString &path, const QByteArray &bytes)
{
    // As editors save: a new file renamed over the old one.
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
}

// The texts drawn as highlights, in document order.
QStringList highlighted(const ReviewView *view)
{
    QStringList texts;
    for (const QTextEdit::ExtraSelection &selection : view->extraSelections())
        texts.append(selection.cursor.selectedText());
    return texts;
}

QStringList quotes(const Review &review)
{
    QStringList texts;
    for (const Annotation &a : review.annotations) {
        if (!Anchoring::isAnchored(review.text, a))
            return {QStringLiteral("not anchored: ") + a.quote};
        texts.append(a.quote);
    }
    return texts;
}

} // namespace

class TestChangedSource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void editedOnDiskWhileOpen();
    void changeOnTopOfUnsavedEdits();
    void reimportFromNewerFile();
    void waitsForModalDialog();
    void changedWhileClosedIsCaughtUpOnOpening();
    void unreadableChangeIsReported();

private:
    QWidget *bar() const { return m_window->findChild<QWidget *>(QStringLiteral("sourceReportBar")); }
    QLabel *barText() const { return m_window->findChild<QLabel *>(QStringLiteral("sourceReportText")); }
    QPushButton *barButton(const char *name) const
    {
        return m_window->findChild<QPushButton *>(QLatin1String(name));
    }
    const Review &review() const { return m_window->project()->review(0); }
    ReviewView *view() const { return m_window->columnsArea()->column(0)->view(); }

    MainWindow *m_window = nullptr;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_source;
    QString m_luminous;
    QString m_lead;
    QString m_ending;
    QStringList m_messages;
};

void TestChangedSource::init()
{
    QSettings().clear();
    m_messages.clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_source = m_dir->filePath(QStringLiteral("harbour-lights.txt"));
    QVERIFY(writeFile(m_source, Version1));

    m_window = new MainWindow;
    m_window->setMessageSink([this](const QString &message) { m_messages.append(message); });
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QCOMPARE(m_window->addReviewFiles({m_source}), 1);
    Project *project = m_window->project();
    const QString id = review().id;
    const QString text = review().text;
    const auto mark = [&](const QString &quote, Polarity polarity, const QStringList &tags, const QString &note) {
        const int at = int(text.indexOf(quote));
        return project->addAnnotation(id, at, at + int(quote.size()), polarity, tags, note);
    };
    m_luminous = mark(QStringLiteral("luminous drama"), Polarity::Praise, {}, {});
    m_lead = mark(QStringLiteral("The lead performance is superb and moving"), Polarity::Praise,
                  {QStringLiteral("performances")}, QStringLiteral("Career best"));
    m_ending = mark(QStringLiteral("the ending feels rushed and unearned"), Polarity::Criticism,
                    {QStringLiteral("ending")}, QStringLiteral("Too abrupt"));
    QVERIFY(m_window->saveProjectAs(m_dir->filePath(QStringLiteral("festival.revmark"))));
    QVERIFY(!project->isModified());
    QVERIFY(m_window->sourceWatcher()->watchedFiles().contains(QFileInfo(m_source).absoluteFilePath()));
    QCOMPARE(highlighted(view()),
             (QStringList{QStringLiteral("luminous drama"), QStringLiteral("The lead performance is superb and moving"),
                          QStringLiteral("the ending feels rushed and unearned")}));
    QVERIFY(!bar()->isVisible());
}

void TestChangedSource::cleanup()
{
    m_window->project()->undoStack()->setClean();
    delete m_window;
    m_window = nullptr;
    QVERIFY2(m_messages.isEmpty(), qPrintable(m_messages.join(QLatin1Char('\n'))));
}

void TestChangedSource::editedOnDiskWhileOpen()
{
    const QString title = review().title;
    const int steps = m_window->project()->undoStack()->count();
    QVERIFY(writeFile(m_source, Version2));

    QTRY_VERIFY(bar()->isVisible());
    QCOMPARE(barText()->text(),
             QStringLiteral("“%1” changed on disk: 0 annotation(s) unchanged, 1 moved, 1 re-placed by fuzzy match, "
                            "1 orphaned")
                 .arg(title));
    QCOMPARE(m_window->project()->undoStack()->count(), steps + 1);
    QVERIFY(m_window->project()->isModified());
    QVERIFY(review().text.contains(QStringLiteral("Seen at the autumn festival")));

    // The highlights sit on the right words of the new text.
    QCOMPARE(quotes(review()),
             (QStringList{QStringLiteral("luminous drama"),
                          QStringLiteral("The lead performance is superb and deeply moving")}));
    QCOMPARE(highlighted(view()), quotes(review()));
    QCOMPARE(review().annotations.at(1).id, m_lead);
    QCOMPARE(review().annotations.at(1).note, QStringLiteral("Career best"));

    // The deleted one is an orphan: counted in the header, listed with quote and note.
    QCOMPARE(review().orphans.size(), 1);
    QCOMPARE(review().orphans.at(0).id, m_ending);
    auto *count = m_window->columnsArea()->column(0)->findChild<QWidget *>(QStringLiteral("columnOrphansButton"));
    QTRY_VERIFY(count->isVisible());
    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("orphansDock"));
    QVERIFY(!dock->isVisible());
    QPushButton *showOrphans = barButton("sourceReportShowOrphans");
    QVERIFY(showOrphans->isVisible());
    QTest::mouseClick(showOrphans, Qt::LeftButton);
    QTRY_VERIFY(dock->isVisible());
    auto *list = m_window->findChild<QTreeWidget *>(QStringLiteral("orphanList"));
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(list->topLevelItem(0)->text(2), QStringLiteral("the ending feels rushed and unearned"));
    QCOMPARE(list->topLevelItem(0)->text(3), QStringLiteral("Too abrupt"));
    QCOMPARE(m_window->orphansPanel()->currentOrphanId(), m_ending);

    // Undo in the bar: the old text, all three highlights, no orphans.
    QTest::mouseClick(barButton("sourceReportUndo"), Qt::LeftButton);
    QTRY_VERIFY(!bar()->isVisible());
    QVERIFY(!m_window->project()->isModified());
    QVERIFY(!review().text.contains(QStringLiteral("Seen at the autumn festival")));
    QCOMPARE(highlighted(view()),
             (QStringList{QStringLiteral("luminous drama"), QStringLiteral("The lead performance is superb and moving"),
                          QStringLiteral("the ending feels rushed and unearned")}));
    QVERIFY(review().orphans.isEmpty());
    QCOMPARE(list->topLevelItemCount(), 0);
    QTRY_VERIFY(!count->isVisible());
    // Having chosen the old text, the user is not asked again until the file changes again.
    QVERIFY(!m_window->sourceWatcher()->check(review().id));

    m_window->findChild<QAction *>(QStringLiteral("actionRedo"))->trigger();
    QCOMPARE(highlighted(view()), quotes(review()));
    QCOMPARE(review().orphans.size(), 1);
}

void TestChangedSource::changeOnTopOfUnsavedEdits()
{
    // An unsaved note edit, then the file changes: the re-import is one more step, and undoing
    // it leaves the note alone.
    Project *project = m_window->project();
    project->setAnnotationNote(review().id, m_luminous, QStringLiteral("Glows"));
    const int steps = project->undoStack()->count();
    QVERIFY(writeFile(m_source, Version2));
    QTRY_COMPARE(project->undoStack()->count(), steps + 1);
    QTRY_VERIFY(bar()->isVisible());
    QCOMPARE(project->findAnnotation(review().id, m_luminous)->note, QStringLiteral("Glows"));

    // Ctrl+Z in the text undoes the re-import; the bar's Undo then has nothing left to undo.
    QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(project->undoStack()->index(), steps);
    QVERIFY(!barButton("sourceReportUndo")->isEnabled());
    QCOMPARE(project->findAnnotation(review().id, m_luminous)->note, QStringLiteral("Glows"));
    QCOMPARE(review().annotations.size(), 3);
    QVERIFY(project->isModified());

    // A further change on disk is announced again.
    QVERIFY(writeFile(m_source, Version2 + "A final word.\n"));
    QTRY_COMPARE(project->undoStack()->count(), steps + 1);
    QTRY_VERIFY(review().text.contains(QStringLiteral("A final word.")));
    QVERIFY(barButton("sourceReportUndo")->isEnabled());
}

void TestChangedSource::reimportFromNewerFile()
{
    const QString newer = m_dir->filePath(QStringLiteral("harbour-lights-final.txt"));
    QVERIFY(writeFile(newer, Version2));
    QVERIFY(m_window->reimportReview(review().id, newer));
    QVERIFY(bar()->isVisible());
    QVERIFY2(barText()->text().contains(QStringLiteral("re-imported: 0 annotation(s) unchanged, 1 moved, 1 re-placed "
                                                       "by fuzzy match, 1 orphaned")),
             qPrintable(barText()->text()));
    QCOMPARE(review().sourcePath, QFileInfo(newer).absoluteFilePath());
    QCOMPARE(m_window->sourceWatcher()->watchedFiles(), QStringList{QFileInfo(newer).absoluteFilePath()});

    // The new file is the one followed now; the old one may change as it likes.
    QVERIFY(writeFile(m_source, Version1 + "Unrelated.\n"));
    QVERIFY(writeFile(newer, QByteArray(Version2).replace("The score is lovely.",
                                                          "Sadly the ending feels rushed and unearned.")));
    QTRY_VERIFY(barText()->text().contains(QStringLiteral("changed on disk")));
    // The orphan found its words again.
    QVERIFY(barText()->text().contains(QStringLiteral("1 earlier orphan(s) placed again")));
    QVERIFY(review().orphans.isEmpty());
    QCOMPARE(quotes(review()).size(), 3);
    QVERIFY(!review().text.contains(QStringLiteral("Unrelated")));

    // The same file again: nothing to do, and nothing to undo.
    const int steps = m_window->project()->undoStack()->count();
    QVERIFY(m_window->reimportReview(review().id, newer));
    QCOMPARE(m_window->project()->undoStack()->count(), steps);
    QVERIFY(barText()->text().contains(QStringLiteral("nothing changed")));
    QVERIFY(!barButton("sourceReportUndo")->isVisible());

    // A file that cannot be imported: said so, nothing changed.
    QVERIFY(!m_window->reimportReview(review().id, m_dir->filePath(QStringLiteral("missing.txt"))));
    QCOMPARE(m_messages.size(), 1);
    QVERIFY(m_messages.at(0).contains(QStringLiteral("missing.txt")));
    m_messages.clear();
    QCOMPARE(m_window->project()->undoStack()->count(), steps);
}

void TestChangedSource::waitsForModalDialog()
{
    // A dialog may be working on the project (an export): the re-import waits until it closes.
    QDialog dialog(m_window);
    dialog.setModal(true);
    dialog.show();
    QTRY_VERIFY(QApplication::activeModalWidget() == &dialog);
    QSignalSpy announced(m_window->sourceWatcher(), &SourceWatcher::sourceChanged);
    const int steps = m_window->project()->undoStack()->count();
    QVERIFY(writeFile(m_source, Version2));
    QVERIFY(announced.wait());
    QCOMPARE(m_window->project()->undoStack()->count(), steps);
    QVERIFY(!bar()->isVisible());
    dialog.accept();
    QTRY_COMPARE(m_window->project()->undoStack()->count(), steps + 1);
    QTRY_VERIFY(bar()->isVisible());
    QVERIFY(review().text.contains(QStringLiteral("Seen at the autumn festival")));
}

void TestChangedSource::unreadableChangeIsReported()
{
    // Announced while a dialog is open, emptied before the dialog closes: the re-import fails,
    // and the bar says so instead of dropping it silently.
    QDialog dialog(m_window);
    dialog.setModal(true);
    dialog.show();
    QTRY_VERIFY(QApplication::activeModalWidget() == &dialog);
    QSignalSpy announced(m_window->sourceWatcher(), &SourceWatcher::sourceChanged);
    const QByteArray before = ProjectFile::serialize(*m_window->project());
    const int steps = m_window->project()->undoStack()->count();
    QVERIFY(writeFile(m_source, Version2));
    QVERIFY(announced.wait());
    QVERIFY(writeFile(m_source, QByteArray()));
    dialog.accept();
    QTRY_VERIFY(bar()->isVisible());
    QVERIFY2(barText()->text().contains(QStringLiteral("could not be read again")), qPrintable(barText()->text()));
    QVERIFY2(barText()->text().contains(QStringLiteral("empty")), qPrintable(barText()->text()));
    QVERIFY(!barButton("sourceReportUndo")->isVisible());
    QVERIFY(!barButton("sourceReportShowOrphans")->isVisible());
    QCOMPARE(m_window->project()->undoStack()->count(), steps);
    QCOMPARE(ProjectFile::serialize(*m_window->project()), before);
    QVERIFY(!m_window->project()->isModified());
}

void TestChangedSource::changedWhileClosedIsCaughtUpOnOpening()
{
    const QString projectPath = m_window->project()->filePath();
    QVERIFY(!projectPath.isEmpty());
    delete m_window;
    m_window = nullptr;
    QVERIFY(writeFile(m_source, Version2));

    m_window = new MainWindow;
    m_window->setMessageSink([this](const QString &message) { m_messages.append(message); });
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QVERIFY(m_window->openProject(projectPath));
    QVERIFY(bar()->isVisible());
    QVERIFY(barText()->text().contains(QStringLiteral("changed on disk")));
    QVERIFY(review().text.contains(QStringLiteral("Seen at the autumn festival")));
    QCOMPARE(review().orphans.size(), 1);
    QVERIFY(m_window->project()->isModified());
    QTest::mouseClick(barButton("sourceReportUndo"), Qt::LeftButton);
    QVERIFY(!m_window->project()->isModified());
    QCOMPARE(review().annotations.size(), 3);
}

QTEST_MAIN(TestChangedSource)
#include "tst_changedsource.moc"
