// SPDX-License-Identifier: GPL-3.0-or-later
// File › Export and File › Import (InterchangeActions) in a real main window: the menus, each
// format written from its menu entry, imports as one undo step, a .qdpx added like review files,
// and a hostile file refused with a message while the project stays as it was.
#include "actionregistry.h"
#include "columns/columnsarea.h"
#include "interchangeactions.h"
#include "mainwindow.h"
#include "project/project.h"
#include "uitestutil.h"

#include <QAction>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include <memory>

using namespace Revmark;

namespace {

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestInterchangeActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void menus();
    void exportCsvFromMenu();
    void webAnnotationsRoundTrip();
    void qdpxAddedLikeReviewFiles();
    void hostileImportRefused();
    void openQdpx();

private:
    // Opens the submenu and presses the key of its entry's mnemonic, as a user would.
    void choose(const char *menuName, Qt::Key key)
    {
        auto *menu = m_window->findChild<QMenu *>(QLatin1String(menuName));
        QVERIFY(menu);
        menu->popup(m_window->mapToGlobal(QPoint(100, 100)));
        QTRY_VERIFY(menu->isVisible());
        QTest::keyClick(menu, key);
        QTRY_VERIFY(!menu->isVisible());
    }
    Project *project() const { return m_window->project(); }

    MainWindow *m_window = nullptr;
    InterchangeActions *m_interchange = nullptr;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_chosen;
    QStringList m_messages;
};

void TestInterchangeActions::init()
{
    QSettings().clear();
    m_messages.clear();
    m_dir = std::make_unique<QTemporaryDir>();
    m_window = new MainWindow;
    m_window->setMessageSink([this](const QString &message) { m_messages.append(message); });
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_interchange = m_window->findChild<InterchangeActions *>();
    QVERIFY(m_interchange);
    m_interchange->setFileChooser([this](InterchangeActions::Format, bool) { return m_chosen; });
    const QString review = m_dir->filePath(QStringLiteral("harbour.txt"));
    QVERIFY(writeFile(review, "Harbour Lights\n\nBy Zoë Marchetti\n\nThe harbour scenes 🎻 are luminous, \"quietly\" so. "
                              "Sadly the middle act drags.\n"));
    QCOMPARE(m_window->addReviewFiles({review}), 1);
    const QString id = project()->review(0).id;
    const QString text = project()->review(0).text;
    const int luminous = int(text.indexOf(QLatin1String("are luminous")));
    const int drags = int(text.indexOf(QLatin1String("the middle act drags")));
    QVERIFY(!project()->addAnnotation(id, luminous, luminous + 12, Polarity::Praise, {QStringLiteral("cinematography")},
                                      QStringLiteral("Light, \"painterly\",\nwarm"))
                 .isEmpty());
    QVERIFY(!project()->addAnnotation(id, drags, drags + 20, Polarity::Criticism, {QStringLiteral("pacing")}).isEmpty());
}

void TestInterchangeActions::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

void TestInterchangeActions::menus()
{
    auto *file = m_window->menuBar()->actions().first()->menu();
    QVERIFY(file);
    const QList<QAction *> fileActions = file->actions();
    QVERIFY(fileActions.contains(m_window->actions()->action(QStringLiteral("menuExportAction"))));
    QVERIFY(fileActions.contains(m_window->actions()->action(QStringLiteral("menuImportAction"))));
    auto *exportMenu = m_window->findChild<QMenu *>(QStringLiteral("exportMenu"));
    auto *importMenu = m_window->findChild<QMenu *>(QStringLiteral("importMenu"));
    QStringList ids;
    for (QAction *action : exportMenu->actions())
        ids.append(action->objectName());
    QCOMPARE(ids, (QStringList{QStringLiteral("actionExportCsv"), QStringLiteral("actionExportW3c"),
                               QStringLiteral("actionExportQdpx"), QString(), QStringLiteral("actionCsvByteOrderMark")}));
    ids.clear();
    for (QAction *action : importMenu->actions())
        ids.append(action->objectName());
    QCOMPARE(ids, (QStringList{QStringLiteral("actionImportW3c"), QStringLiteral("actionImportQdpx")}));
}

void TestInterchangeActions::exportCsvFromMenu()
{
    m_chosen = m_dir->filePath(QStringLiteral("notes.csv"));
    choose("exportMenu", Qt::Key_C);
    QTRY_VERIFY(QFile::exists(m_chosen));
    QByteArray csv = readFile(m_chosen);
    QVERIFY(csv.startsWith("\xEF\xBB\xBFreview_id,"));
    QVERIFY2(csv.contains("\"Light, \"\"painterly\"\",\nwarm\""), csv.constData());
    QVERIFY(m_messages.isEmpty());

    // Without the byte order mark, and the choice is remembered.
    choose("exportMenu", Qt::Key_B);
    QVERIFY(!m_window->actions()->action(QStringLiteral("actionCsvByteOrderMark"))->isChecked());
    QCOMPARE(QSettings().value(QStringLiteral("export/csvByteOrderMark")).toBool(), false);
    choose("exportMenu", Qt::Key_C);
    QTRY_VERIFY(readFile(m_chosen).startsWith("review_id,"));

    // A file that cannot be written: the error names it.
    m_chosen = m_dir->filePath(QStringLiteral("missing/notes.csv"));
    choose("exportMenu", Qt::Key_C);
    QTRY_COMPARE(m_messages.size(), 1);
    QVERIFY2(m_messages.first().contains(QStringLiteral("notes.csv")), qPrintable(m_messages.first()));
}

void TestInterchangeActions::webAnnotationsRoundTrip()
{
    m_chosen = m_dir->filePath(QStringLiteral("notes.jsonld"));
    choose("exportMenu", Qt::Key_W);
    QTRY_VERIFY(QFile::exists(m_chosen));
    const Review before = project()->review(0);
    for (const Annotation &a : before.annotations)
        project()->removeAnnotation(before.id, a.id);
    QCOMPARE(project()->annotationCount(), 0);
    const int steps = project()->undoStack()->count();

    choose("importMenu", Qt::Key_W);
    QTRY_COMPARE(project()->annotationCount(), 2);
    QCOMPARE(project()->undoStack()->count(), steps + 1);
    const Review &after = project()->review(0);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(after.annotations.at(i).id, before.annotations.at(i).id);
        QCOMPARE(after.annotations.at(i).start, before.annotations.at(i).start);
        QCOMPARE(after.annotations.at(i).end, before.annotations.at(i).end);
        QCOMPARE(after.annotations.at(i).note, before.annotations.at(i).note);
        QCOMPARE(after.annotations.at(i).tags, before.annotations.at(i).tags);
    }
    QVERIFY(m_messages.isEmpty());
    project()->undoStack()->undo();
    QCOMPARE(project()->annotationCount(), 0);
}

void TestInterchangeActions::qdpxAddedLikeReviewFiles()
{
    m_chosen = m_dir->filePath(QStringLiteral("study.qdpx"));
    choose("exportMenu", Qt::Key_R);
    QTRY_VERIFY(QFile::exists(m_chosen));
    const Review original = project()->review(0);
    m_window->session()->newProject();
    QCOMPARE(project()->reviewCount(), 0);
    // As a file dropped, opened with Add Reviews or named on the command line.
    QCOMPARE(m_window->addReviewFiles({m_chosen}), 0);
    QCOMPARE(project()->reviewCount(), 1);
    QTRY_COMPARE(m_window->columnsArea()->findChildren<ReviewView *>().size(), 1);
    QCOMPARE(project()->review(0).id, original.id);
    QCOMPARE(project()->review(0).annotations.size(), 2);
    QCOMPARE(project()->review(0).annotations.at(1).start, original.annotations.at(1).start);
    QCOMPARE(project()->undoStack()->count(), 1);
    project()->undoStack()->undo();
    QCOMPARE(project()->reviewCount(), 0);
}

void TestInterchangeActions::hostileImportRefused()
{
    m_chosen = m_dir->filePath(QStringLiteral("evil.qdpx"));
    QVERIFY(writeFile(m_chosen, "PK\x03\x04 not really a zip"));
    const QByteArray before = ProjectFile::serialize(*project());
    const int steps = project()->undoStack()->count();
    choose("importMenu", Qt::Key_R);
    QTRY_COMPARE(m_messages.size(), 1);
    QVERIFY2(m_messages.first().contains(QStringLiteral("evil.qdpx")), qPrintable(m_messages.first()));
    QCOMPARE(ProjectFile::serialize(*project()), before);
    QCOMPARE(project()->undoStack()->count(), steps);
}

void TestInterchangeActions::openQdpx()
{
    m_chosen = m_dir->filePath(QStringLiteral("study.qdpx"));
    choose("exportMenu", Qt::Key_R);
    QTRY_VERIFY(QFile::exists(m_chosen));
    const Review original = project()->review(0);
    // File › Open: a new, unsaved project made from it, its tags exactly the codes.
    QVERIFY(m_window->openProject(m_chosen));
    QCOMPARE(project()->filePath(), QString());
    QVERIFY(project()->isModified());
    QCOMPARE(project()->tags(), Project::defaultTags());
    QCOMPARE(project()->reviewCount(), 1);
    QCOMPARE(project()->review(0).annotations.size(), original.annotations.size());
    QCOMPARE(project()->review(0).text, original.text);
    // One that cannot be read leaves the project open as it was.
    const QString bad = m_dir->filePath(QStringLiteral("bad.qdpx"));
    QVERIFY(writeFile(bad, "not a zip"));
    const QByteArray before = ProjectFile::serialize(*project());
    QVERIFY(!m_window->openProject(bad));
    QTRY_COMPARE(m_messages.size(), 1);
    QVERIFY2(m_messages.first().contains(QStringLiteral("bad.qdpx")), qPrintable(m_messages.first()));
    QCOMPARE(ProjectFile::serialize(*project()), before);
}

QTEST_MAIN(TestInterchangeActions)
#include "tst_interchangeactions.moc"
