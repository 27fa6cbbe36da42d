// SPDX-License-Identifier: GPL-3.0-or-later
// Never losing work, driven as a user would: autosave, a crash (the window destroyed without
// closing), the offer at the next start, read-only projects and backups.
#include "columns/columnsarea.h"
#include "mainwindow.h"
#include "dialogs/preferencesdialog.h"
#include "project/project.h"
#include "project/projectfile.h"
#include "model/qtcompat.h"
#include "dialogs/recoverydialog.h"
#include "project/recoverystore.h"
#include "columns/reviewcolumn.h"
#include "columns/reviewview.h"
#include "uitestutil.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <functional>
#include <memory>

using namespace Revmark;
using namespace Revmark::UiTest;

namespace {

// Runs action once the modal widget of type T is showing (it runs inside its event loop). Gives
// up after a while, and with context (the test's window or dialog), so a dialog that never
// comes fails the test instead of answering a later one.
template<typename T>
void whenModal(QObject *context, std::function<void(T *)> action, int attempts = 500)
{
    QTimer::singleShot(attempts == 500 ? 0 : 10, context, [context, action, attempts] {
        if (auto *widget = qobject_cast<T *>(QApplication::activeModalWidget())) {
            action(widget);
            return;
        }
        if (attempts > 0)
            whenModal<T>(context, action, attempts - 1); // not up yet
    });
}

} // namespace

class TestRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void autosaveCrashRestore();
    void keepForLaterKeepsTheFile();
    void discardRemovesTheFile();
    void cleanCloseLeavesNothing();
    void undoToSavedStateRemovesRecovery();
    void projectOpenElsewhereIsReadOnly();
    void unwritableProjectIsReadOnly();
    void backupOnSave();

private:
    std::unique_ptr<MainWindow> newWindow();
    // A saved project with one review and, on top, one unsaved annotation marked with the
    // keyboard and autosaved; then the window is destroyed without closing, as in a crash.
    // Returns the recovery file.
    QString crashWithUnsavedAnnotation();

    QStringList m_messages;
    QTemporaryDir m_dir;
    QString m_projectPath;
};

void TestRecovery::init()
{
    m_messages.clear();
    QSettings().clear();
    QDir(RecoveryStore::defaultDirectory()).removeRecursively();
    m_projectPath = m_dir.filePath(QStringLiteral("festival.revmark"));
    QFile::remove(m_projectPath);
    QFile::remove(ProjectFile::backupPath(m_projectPath));
}

void TestRecovery::cleanup()
{
    QVERIFY2(!QApplication::activeModalWidget(), "a dialog was left open");
}

std::unique_ptr<MainWindow> TestRecovery::newWindow()
{
    auto window = std::make_unique<MainWindow>();
    window->setMessageSink([this](const QString &message) { m_messages.append(message); });
    window->setAutosaveInterval(20);
    window->resize(1200, 800);
    window->show();
    return window;
}

QString TestRecovery::crashWithUnsavedAnnotation()
{
    std::unique_ptr<MainWindow> window = newWindow();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return {};
    window->addReviewFiles({dataFile(QStringLiteral("harbour-lights.txt"))});
    if (!window->saveProjectAs(m_projectPath))
        return {};
    ReviewView *view = window->columnsArea()->column(0)->view();
    selectWords(view, 2, 5);
    QTest::keyClick(view, Qt::Key_1, Qt::ControlModifier);
    if (window->project()->annotationCount() != 1)
        return {};
    // The autosave comes by itself, into the user's data folder, not the project file.
    if (!QTest::qWaitFor([&] { return QFile::exists(window->recoveryFilePath()); }, 5000))
        return {};
    const QString recovery = window->recoveryFilePath();
    if (!recovery.startsWith(RecoveryStore::defaultDirectory()))
        return {};
    auto *summary = window->findChild<QLabel *>(QStringLiteral("statusSummary"));
    if (!summary->text().contains(QStringLiteral("autosaved")))
        return {};
    if (ProjectFile::load(m_projectPath).data.reviews.value(0).annotations.size() != 0)
        return {};
    window.reset(); // the crash: no close, no clean-up
    return recovery;
}

void TestRecovery::autosaveCrashRestore()
{
    const QString recovery = crashWithUnsavedAnnotation();
    QVERIFY(!recovery.isEmpty());
    QVERIFY(QFile::exists(recovery));

    std::unique_ptr<MainWindow> window = newWindow();
    QStringList rows;
    whenModal<RecoveryDialog>(window.get(), [&](RecoveryDialog *dialog) {
        auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("recoveryList"));
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            QStringList columns;
            for (int c = 0; c < list->columnCount(); ++c)
                columns.append(list->topLevelItem(i)->text(c));
            rows.append(columns.join(QLatin1Char('|')));
        }
        rows.append(dialog->findChild<QLabel *>(QStringLiteral("recoveryDetails"))->text());
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("restoreButton")), Qt::LeftButton);
    });
    window->openStartupFiles({}, {});
    QCOMPARE(rows.size(), 2);
    // The selected entry in full below the list.
    QVERIFY2(rows.at(1).contains(QStringLiteral("festival")) && rows.at(1).contains(QStringLiteral("added")),
             qPrintable(rows.at(1)));
    QVERIFY2(rows.at(0).contains(QStringLiteral("festival")), qPrintable(rows.at(0)));
    QVERIFY2(rows.at(0).contains(QDir::toNativeSeparators(m_projectPath)), qPrintable(rows.at(0)));
    QVERIFY2(rows.at(0).contains(QStringLiteral("1 annotation")) && rows.at(0).contains(QStringLiteral("added")),
             qPrintable(rows.at(0)));

    // The annotation is back, unsaved, in the project that belongs to the file.
    QCOMPARE(window->project()->annotationCount(), 1);
    QCOMPARE(window->project()->review(0).annotations.at(0).quote, QStringLiteral("The two leads are luminous"));
    QVERIFY(window->project()->isModified());
    QVERIFY(window->isWindowModified());
    QCOMPARE(window->project()->filePath(), QFileInfo(m_projectPath).absoluteFilePath());
    QVERIFY(!window->isReadOnly());
    // Still recoverable until saved; Save writes to the project file and ends that.
    QVERIFY(QFile::exists(recovery));
    window->findChild<QAction *>(QStringLiteral("actionSave"))->trigger();
    QVERIFY(!window->project()->isModified());
    QCOMPARE(ProjectFile::load(m_projectPath).data.reviews.value(0).annotations.size(), 1);
    QVERIFY(!QFile::exists(recovery));
    QVERIFY(RecoveryStore().abandonedEntries().isEmpty());
    QVERIFY2(m_messages.isEmpty(), qPrintable(m_messages.join(QLatin1Char('\n'))));
}

void TestRecovery::keepForLaterKeepsTheFile()
{
    const QString recovery = crashWithUnsavedAnnotation();
    QVERIFY(!recovery.isEmpty());

    std::unique_ptr<MainWindow> window = newWindow();
    bool offered = false;
    whenModal<RecoveryDialog>(window.get(), [&](RecoveryDialog *dialog) {
        offered = dialog->entryCount() == 1;
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    window->openStartupFiles({}, {});
    QVERIFY(offered);
    // Start-up went on as usual (the last project) and nothing was deleted.
    QCOMPARE(window->project()->filePath(), QFileInfo(m_projectPath).absoluteFilePath());
    QCOMPARE(window->project()->annotationCount(), 0);
    QVERIFY(QFile::exists(recovery));

    // Offered again later from the File menu; Keep for Later there too.
    offered = false;
    whenModal<RecoveryDialog>(window.get(), [&](RecoveryDialog *dialog) {
        offered = dialog->entryCount() == 1;
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("keepButton")), Qt::LeftButton);
    });
    window->findChild<QAction *>(QStringLiteral("actionRecover"))->trigger();
    QVERIFY(offered);
    QVERIFY(QFile::exists(recovery));
    QCOMPARE(window->project()->annotationCount(), 0);
}

void TestRecovery::discardRemovesTheFile()
{
    const QString recovery = crashWithUnsavedAnnotation();
    QVERIFY(!recovery.isEmpty());

    std::unique_ptr<MainWindow> window = newWindow();
    QString question;
    whenModal<RecoveryDialog>(window.get(), [&](RecoveryDialog *dialog) {
        // First declined at the confirmation, then confirmed.
        whenModal<QMessageBox>(dialog, [&](QMessageBox *box) {
            question = box->text();
            box->button(QMessageBox::Cancel)->click();
        });
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("discardButton")), Qt::LeftButton);
        if (!QFile::exists(recovery) || !dialog->isVisible())
            return;
        whenModal<QMessageBox>(dialog, [&](QMessageBox *box) { box->button(QMessageBox::Discard)->click(); });
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("discardButton")), Qt::LeftButton);
    });
    window->openStartupFiles({}, {});
    QVERIFY2(question.contains(QStringLiteral("festival")), qPrintable(question));
    QVERIFY(!QFile::exists(recovery));
    QVERIFY(RecoveryStore().abandonedEntries().isEmpty());
    // Nothing was restored: the last project as saved.
    QCOMPARE(window->project()->annotationCount(), 0);
    QVERIFY(!window->project()->isModified());
}

void TestRecovery::cleanCloseLeavesNothing()
{
    std::unique_ptr<MainWindow> window = newWindow();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    window->addReviewFiles({dataFile(QStringLiteral("night-train.txt"))});
    QTRY_VERIFY(QFile::exists(window->recoveryFilePath()));
    const QString recovery = window->recoveryFilePath();
    // Closing with unsaved changes asks; Discard removes the autosave too.
    whenModal<QMessageBox>(window.get(), [](QMessageBox *box) { box->button(QMessageBox::Discard)->click(); });
    QVERIFY(window->close());
    QVERIFY(!QFile::exists(recovery));
    window.reset();
    QVERIFY(RecoveryStore().abandonedEntries().isEmpty());
}

void TestRecovery::undoToSavedStateRemovesRecovery()
{
    std::unique_ptr<MainWindow> window = newWindow();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    window->addReviewFiles({dataFile(QStringLiteral("night-train.txt"))});
    QTRY_VERIFY(QFile::exists(window->recoveryFilePath()));
    const QString recovery = window->recoveryFilePath();
    window->findChild<QAction *>(QStringLiteral("actionUndo"))->trigger();
    QVERIFY(!window->project()->isModified());
    QTRY_VERIFY(!QFile::exists(recovery));
    window->project()->undoStack()->setClean();
}

void TestRecovery::projectOpenElsewhereIsReadOnly()
{
    {
        Project project;
        QString error;
        QVERIFY(ProjectFile::save(project, m_projectPath, &error));
    }
    std::unique_ptr<MainWindow> first = newWindow();
    QVERIFY(first->openProject(m_projectPath));
    QVERIFY(!first->isReadOnly());
    // The lock is hidden beside the project.
    QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral(".festival.revmark.lock"))));

    std::unique_ptr<MainWindow> second = newWindow();
    QVERIFY(second->openProject(m_projectPath));
    QVERIFY(second->isReadOnly());
    QVERIFY(second->windowTitle().contains(QStringLiteral("read-only")));
    auto *notice = second->findChild<QLabel *>(QStringLiteral("readOnlyNotice"));
    QVERIFY(notice && notice->isVisible());
    QVERIFY2(notice->text().contains(QStringLiteral("another Revmark")), qPrintable(notice->text()));
    QVERIFY(!first->findChild<QLabel *>(QStringLiteral("readOnlyNotice"))->isVisible());

    // Saving over the file the first window has open is refused...
    second->addReviewFiles({dataFile(QStringLiteral("night-train.txt"))});
    QVERIFY(!second->saveProjectAs(m_projectPath));
    QCOMPARE(m_messages.size(), 1);
    QVERIFY2(m_messages.at(0).contains(QStringLiteral("another Revmark")), qPrintable(m_messages.at(0)));
    QCOMPARE(ProjectFile::load(m_projectPath).data.reviews.size(), 0);
    // ...saving elsewhere works and ends the read-only state.
    const QString elsewhere = m_dir.filePath(QStringLiteral("copy.revmark"));
    QVERIFY(second->saveProjectAs(elsewhere));
    QVERIFY(!second->isReadOnly());
    QVERIFY(!notice->isVisible());
    QVERIFY(!second->windowTitle().contains(QStringLiteral("read-only")));
    QCOMPARE(ProjectFile::load(elsewhere).data.reviews.size(), 1);

    // When the first window goes, the project is free again.
    first.reset();
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral(".festival.revmark.lock"))));
    std::unique_ptr<MainWindow> third = newWindow();
    QVERIFY(third->openProject(m_projectPath));
    QVERIFY(!third->isReadOnly());
}

void TestRecovery::unwritableProjectIsReadOnly()
{
    {
        Project project;
        QString error;
        QVERIFY(ProjectFile::save(project, m_projectPath, &error));
    }
    QVERIFY(QFile::setPermissions(m_projectPath, QFileDevice::ReadOwner));
    struct Restore
    {
        QString path;
        ~Restore() { QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner); }
    } restore{m_projectPath};
    {
        QFile probe(m_projectPath);
        if (probe.open(QIODevice::WriteOnly | QIODevice::Append))
            QSKIP("Permissions are not enforced here (running as root?).");
    }
    std::unique_ptr<MainWindow> window = newWindow();
    QVERIFY(window->openProject(m_projectPath));
    QVERIFY(window->isReadOnly());
    auto *notice = window->findChild<QLabel *>(QStringLiteral("readOnlyNotice"));
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(QStringLiteral("read-only")), qPrintable(notice->text()));
    const QString elsewhere = m_dir.filePath(QStringLiteral("writable.revmark"));
    QVERIFY(window->saveProjectAs(elsewhere));
    QVERIFY(!window->isReadOnly());
}

void TestRecovery::backupOnSave()
{
    std::unique_ptr<MainWindow> window = newWindow();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    window->addReviewFiles({dataFile(QStringLiteral("night-train.txt"))});
    QVERIFY(window->saveProjectAs(m_projectPath));
    const QString backup = ProjectFile::backupPath(m_projectPath);
    QVERIFY(!QFile::exists(backup)); // nothing to back up the first time
    const QByteArray first = [&] {
        QFile f(m_projectPath);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();

    window->addReviewFiles({dataFile(QStringLiteral("harbour-lights.txt"))});
    window->findChild<QAction *>(QStringLiteral("actionSave"))->trigger();
    QVERIFY(!window->project()->isModified());
    QCOMPARE(ProjectFile::load(m_projectPath).data.reviews.size(), 2);
    QCOMPARE(ProjectFile::load(backup).data.reviews.size(), 1);
    {
        QFile f(backup);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), first);
    }

    // Turned off in Preferences: the backup stays as it was.
    whenModal<PreferencesDialog>(window.get(), [](PreferencesDialog *dialog) {
        auto *check = dialog->findChild<QCheckBox *>(QStringLiteral("keepBackupCheck"));
        QVERIFY(check && check->isChecked());
        check->click();
        dialog->accept();
    });
    window->findChild<QAction *>(QStringLiteral("actionPreferences"))->trigger();
    QCOMPARE(QSettings().value(PreferencesDialog::keepBackupKey()).toBool(), false);
    window->project()->removeReview(window->project()->review(0).id);
    window->findChild<QAction *>(QStringLiteral("actionSave"))->trigger();
    QCOMPARE(ProjectFile::load(m_projectPath).data.reviews.size(), 1);
    QCOMPARE(ProjectFile::load(backup).data.reviews.size(), 1);
    QFile kept(backup);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), first);
}

QTEST_MAIN(TestRecovery)
#include "tst_recovery.moc"
