// SPDX-License-Identifier: GPL-3.0-or-later
// File › Export PDF… driven as a user would: real widgets offscreen, keyboard and mouse events,
// real PDF files in a temporary folder; and the main window's export and print actions.
#include "columns/columnsarea.h"
#include "dialogs/exportdialog.h"
#include "dialogs/stepprogress.h"
#include "mainwindow.h"
#include "export/pdfexporter.h"
#include "project/project.h"
#include "model/qtcompat.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Revmark;

namespace {

Review makeReview(const QString &id, const QString &title, const QString &author, const QString &outlet,
                  const QString &text)
{
    Review review;
    review.id = id;
    review.title = title;
    review.author = author;
    review.outlet = outlet;
    review.text = text;
    review.sourcePath = QStringLiteral("/reviews/") + id + QStringLiteral(".txt");
    review.importedAt = QDateTime(QDate(2026, 3, 14), QTime(10, 30));
    return review;
}

void annotate(Project *project, const QString &reviewId, const QString &phrase, Polarity polarity,
              const QString &note = {})
{
    const int start = int(project->findReview(reviewId)->text.indexOf(phrase));
    QVERIFY(start >= 0);
    QVERIFY(!project->addAnnotation(reviewId, start, start + int(phrase.size()), polarity, {}, note).isEmpty());
}

// Three short invented reviews of an invented play, each with a praise and a criticism.
void fillProject(Project *project, int longReviewParagraphs = 0)
{
    project->setTitle(QStringLiteral("The Lantern Ferry"));
    QString longText = QStringLiteral("A patient production that rewards attention.");
    for (int i = 0; i < longReviewParagraphs; ++i)
        longText += QStringLiteral("\n\nParagraph %1: the staging is careful and the lighting is lovely, though the "
                                   "second act drags and the score repeats itself more than it should.")
                        .arg(i + 1);
    project->addReviews({
        makeReview(QStringLiteral("r1"), QStringLiteral("A ferry worth boarding"), QStringLiteral("Mira Holt"),
                   QStringLiteral("The Quayside"),
                   QStringLiteral("The cast is superb and the lighting glows.\n\nThe second act is far too long.")),
        makeReview(QStringLiteral("r2"), QStringLiteral("Lost at sea"), QString(), QStringLiteral("Harbour Weekly"),
                   QStringLiteral("A muddled script sinks it.\n\nStill, the set design is clever.")),
        makeReview(QStringLiteral("r3"), QStringLiteral("Lanterns and longueurs"), QStringLiteral("Tomas Vey"),
                   QString(), longText),
    });
    annotate(project, QStringLiteral("r1"), QStringLiteral("cast"), Polarity::Praise, QStringLiteral("Ensemble work"));
    annotate(project, QStringLiteral("r1"), QStringLiteral("second act"), Polarity::Criticism);
    annotate(project, QStringLiteral("r2"), QStringLiteral("muddled script"), Polarity::Criticism,
             QStringLiteral("Which scenes?"));
    annotate(project, QStringLiteral("r2"), QStringLiteral("set design"), Polarity::Praise);
    annotate(project, QStringLiteral("r3"), QStringLiteral("patient"), Polarity::Praise);
}

bool isPdf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(4) == "%PDF";
}

// Replaces the line edit's text by typing, as a user would.
void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

} // namespace

class TestExportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void listsReviewsWithInitialSelectionAndDefaults();
    void defaultPathFollowsProjectFile();
    void allAndNoneButtons();
    void exportsCheckedReviewsAfterKeyboardEdits();
    void unwritablePathReportsError_data();
    void unwritablePathReportsError();
    void cancelDuringExportLeavesNoFile();
    void printsPageByPage();
    void cancelWhilePrinting();

    void mainWindowActionsFollowReviews();
    void mainWindowExportUsesShownColumns();
    void mainWindowPrintPreviewRenders();

private:
    ExportDialog *openDialog(const QVector<int> &initialReviews = {});
    template <typename T> T *child(const char *name) const
    {
        T *widget = m_dialog->findChild<T *>(QLatin1String(name));
        if (!widget)
            qWarning("no child %s", name);
        return widget;
    }

    Project *m_project = nullptr;
    ExportDialog *m_dialog = nullptr;
    QStringList m_messages;
    // A fresh folder per test: each checks that nothing but its own file appears.
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestExportDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_messages.clear();
    m_project = new Project;
    fillProject(m_project);
}

void TestExportDialog::cleanup()
{
    delete m_dialog;
    m_dialog = nullptr;
    delete m_project;
    m_project = nullptr;
    m_dir.reset();
}

ExportDialog *TestExportDialog::openDialog(const QVector<int> &initialReviews)
{
    m_dialog = new ExportDialog(m_project, initialReviews);
    m_dialog->setMessageSink([this](const QString &message) { m_messages.append(message); });
    m_dialog->show();
    if (!QTest::qWaitForWindowExposed(m_dialog))
        qWarning("dialog not exposed");
    return m_dialog;
}

void TestExportDialog::listsReviewsWithInitialSelectionAndDefaults()
{
    openDialog({0, 2});
    QCOMPARE(m_dialog->objectName(), QStringLiteral("exportDialog"));
    auto *list = child<QListWidget>("reviewList");
    QVERIFY(list);
    QCOMPARE(list->count(), 3);
    // Label (author, else outlet) and title, so reviews with similar titles stay apart.
    QVERIFY(list->item(0)->text().contains(QStringLiteral("Mira Holt")));
    QVERIFY(list->item(0)->text().contains(QStringLiteral("A ferry worth boarding")));
    QVERIFY(list->item(1)->text().contains(QStringLiteral("Harbour Weekly")));
    QVERIFY(list->item(1)->text().contains(QStringLiteral("Lost at sea")));
    QCOMPARE(list->item(0)->checkState(), Qt::Checked);
    QCOMPARE(list->item(1)->checkState(), Qt::Unchecked);
    QCOMPARE(list->item(2)->checkState(), Qt::Checked);
    QCOMPARE(m_dialog->options().reviews, QVector<int>({0, 2}));

    auto *combo = child<QComboBox>("pageSizeCombo");
    QVERIFY(combo);
    QCOMPARE(combo->count(), 2);
    QCOMPARE(m_dialog->options().pageSize.id(), PdfExporter::defaultPageSize().id());

    // No roundup unless asked for; then the project's tags to choose from.
    auto *roundup = child<QComboBox>("roundupCombo");
    QVERIFY(roundup);
    QCOMPARE(roundup->count(), m_project->tags().size() + 1);
    QVERIFY(m_dialog->options().roundupTag.isEmpty());
    roundup->setFocus();
    QTest::keyClick(roundup, Qt::Key_Down);
    QCOMPARE(m_dialog->options().roundupTag, m_project->tags().first());
    QTest::keyClick(roundup, Qt::Key_Up);
    QVERIFY(m_dialog->options().roundupTag.isEmpty());

    auto *path = child<QLineEdit>("outputPath");
    QVERIFY(path);
    const QString expected = QDir::home().filePath(QStringLiteral("The Lantern Ferry.pdf"));
    QCOMPARE(QDir::fromNativeSeparators(path->text()), expected);
    QCOMPARE(m_dialog->outputPath(), expected);
    QVERIFY(child<QPushButton>("exportButton")->isEnabled());
    QVERIFY(child<QPushButton>("browseButton"));

    // No initial selection: every review.
    delete m_dialog;
    openDialog();
    QCOMPARE(m_dialog->options().reviews, QVector<int>({0, 1, 2}));
}

void TestExportDialog::defaultPathFollowsProjectFile()
{
    m_project->setFilePath(m_dir->filePath(QStringLiteral("ferry.revmark")));
    m_project->setTitle(QStringLiteral("Ferry: notes/drafts"));
    openDialog();
    // Beside the project file, and characters a file name cannot hold replaced.
    QCOMPARE(m_dialog->outputPath(), m_dir->filePath(QStringLiteral("Ferry- notes-drafts.pdf")));
    // A relative path typed by hand is taken from that same folder.
    typeInto(child<QLineEdit>("outputPath"), QStringLiteral("out/x.pdf"));
    QCOMPARE(m_dialog->outputPath(), m_dir->filePath(QStringLiteral("out/x.pdf")));
}

void TestExportDialog::allAndNoneButtons()
{
    openDialog({1});
    auto *exportButton = child<QPushButton>("exportButton");
    QVERIFY(exportButton->isEnabled());
    QTest::mouseClick(child<QPushButton>("selectNoneButton"), Qt::LeftButton);
    QVERIFY(m_dialog->options().reviews.isEmpty());
    QVERIFY(!exportButton->isEnabled());
    // Pressing the disabled button does nothing: no file, no message, dialog still open.
    QTest::mouseClick(exportButton, Qt::LeftButton);
    QVERIFY(m_dialog->isVisible());
    QVERIFY(m_messages.isEmpty());
    QTest::mouseClick(child<QPushButton>("selectAllButton"), Qt::LeftButton);
    QCOMPARE(m_dialog->options().reviews, QVector<int>({0, 1, 2}));
    QVERIFY(exportButton->isEnabled());

    // No path: disabled as well.
    typeInto(child<QLineEdit>("outputPath"), QString());
    QVERIFY(!exportButton->isEnabled());
    QTest::keyClicks(child<QLineEdit>("outputPath"), QStringLiteral("a.pdf"));
    QVERIFY(exportButton->isEnabled());
}

void TestExportDialog::exportsCheckedReviewsAfterKeyboardEdits()
{
    openDialog();
    QSignalSpy exported(m_dialog, &ExportDialog::exported);

    // Uncheck the second review: Down to it, Space toggles its check box.
    auto *list = child<QListWidget>("reviewList");
    list->setFocus();
    list->setCurrentRow(0);
    QTest::keyClick(list, Qt::Key_Down);
    QCOMPARE(list->currentRow(), 1);
    QTest::keyClick(list, Qt::Key_Space);
    QCOMPARE(list->item(1)->checkState(), Qt::Unchecked);
    QCOMPARE(m_dialog->options().reviews, QVector<int>({0, 2}));

    // The other page size, whichever the locale's default is.
    auto *combo = child<QComboBox>("pageSizeCombo");
    combo->setFocus();
    const bool wasA4 = m_dialog->options().pageSize.id() == QPageSize::A4;
    QTest::keyClick(combo, wasA4 ? Qt::Key_Down : Qt::Key_Up);
    QCOMPARE(m_dialog->options().pageSize.id(), wasA4 ? QPageSize::Letter : QPageSize::A4);

    const QString path = m_dir->filePath(QStringLiteral("ferry export.pdf"));
    typeInto(child<QLineEdit>("outputPath"), path);
    QCOMPARE(m_dialog->outputPath(), path);

    QTest::mouseClick(child<QPushButton>("exportButton"), Qt::LeftButton);
    QTRY_COMPARE(exported.count(), 1);
    QCOMPARE(exported.at(0).at(0).toString(), path);
    QVERIFY2(m_messages.isEmpty(), qPrintable(m_messages.join(QLatin1Char('\n'))));
    QVERIFY(QFileInfo::exists(path));
    QVERIFY(isPdf(path));
    QCOMPARE(m_dialog->exportedPath(), path);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QVERIFY(!m_dialog->isVisible());
    QCOMPARE(m_dialog->options().reviews, QVector<int>({0, 2}));
    QVERIFY(!m_dialog->progressDialog());
    // Only the PDF: no temporary file left beside it.
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList({QStringLiteral("ferry export.pdf")}));
}

void TestExportDialog::unwritablePathReportsError_data()
{
    QTest::addColumn<QString>("relativePath");
    QTest::newRow("missing folder") << QStringLiteral("missing/folder/out.pdf");
    QTest::newRow("a folder") << QStringLiteral("existing-folder");
}

void TestExportDialog::unwritablePathReportsError()
{
    QFETCH(QString, relativePath);
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("existing-folder")));
    openDialog();
    QSignalSpy exported(m_dialog, &ExportDialog::exported);
    const QString path = m_dir->filePath(relativePath);
    typeInto(child<QLineEdit>("outputPath"), path);
    QTest::mouseClick(child<QPushButton>("exportButton"), Qt::LeftButton);

    QTRY_COMPARE(m_messages.size(), 1);
    QVERIFY2(m_messages.at(0).contains(QFileInfo(path).fileName()), qPrintable(m_messages.at(0)));
    QCOMPARE(m_dialog->lastError(), m_messages.at(0));
    QCOMPARE(exported.count(), 0);
    QVERIFY(QFileInfo(path).isDir() || !QFileInfo::exists(path));
    // The dialog stays open so the path can be corrected.
    QVERIFY(m_dialog->isVisible());
    QVERIFY(child<QPushButton>("exportButton")->isEnabled());
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList());
}

void TestExportDialog::cancelDuringExportLeavesNoFile()
{
    // Enough text for several pages, so the export is still running when Cancel arrives.
    delete m_project;
    m_project = new Project;
    fillProject(m_project, 120);
    openDialog();
    QSignalSpy exported(m_dialog, &ExportDialog::exported);
    const QString path = m_dir->filePath(QStringLiteral("cancelled.pdf"));
    typeInto(child<QLineEdit>("outputPath"), path);

    // The progress dialog exists only while the export runs (inside the click): look for it
    // from the event loop the progress callback keeps turning, and cancel it as a user would.
    bool sawProgress = false;
    bool wasModal = false;
    QTimer canceller;
    canceller.setInterval(0);
    connect(&canceller, &QTimer::timeout, this, [&] {
        auto *progress = m_dialog->findChild<QProgressDialog *>(QStringLiteral("exportProgress"));
        if (!progress)
            return;
        sawProgress = true;
        wasModal = progress->isModal() || progress->windowModality() != Qt::NonModal;
        QCOMPARE(m_dialog->progressDialog(), progress);
        progress->cancel();
        canceller.stop();
    });
    canceller.start();
    QTest::mouseClick(child<QPushButton>("exportButton"), Qt::LeftButton);
    canceller.stop();

    QVERIFY(sawProgress);
    QVERIFY(wasModal);
    QCOMPARE(exported.count(), 0);
    QVERIFY(!QFileInfo::exists(path));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList());
    // Cancelling is not an error.
    QVERIFY2(m_messages.isEmpty(), qPrintable(m_messages.join(QLatin1Char('\n'))));
    QVERIFY(m_dialog->lastError().isEmpty());
    QVERIFY(m_dialog->isVisible());
    QVERIFY(!m_dialog->progressDialog());

    // And the same dialog can export afterwards.
    QTest::mouseClick(child<QPushButton>("exportButton"), Qt::LeftButton);
    QTRY_COMPARE(exported.count(), 1);
    QVERIFY(isPdf(path));
}

void TestExportDialog::printsPageByPage()
{
    QWidget window;
    window.show();
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString path = m_dir->filePath(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(path);
    QVERIFY(ExportDialog::printTo(*m_project, {}, &printer, &window));
    QVERIFY(isPdf(path));
    // The progress dialog is gone with the print.
    auto *progress = window.findChild<QProgressDialog *>(QStringLiteral("printProgress"));
    QVERIFY(!progress || !progress->isVisible());
}

void TestExportDialog::cancelWhilePrinting()
{
    delete m_project;
    m_project = new Project;
    fillProject(m_project, 120);
    QWidget window;
    window.show();
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(m_dir->filePath(QStringLiteral("cancelled-print.pdf")));
    // The dialog after the first page, however fast this machine prints.
    StepProgress::setShowDelay(0);

    // Found from the event loop the print turns between pages, and cancelled as a user would.
    bool sawProgress = false;
    bool wasModal = false;
    QTimer canceller;
    canceller.setInterval(0);
    connect(&canceller, &QTimer::timeout, this, [&] {
        auto *progress = window.findChild<QProgressDialog *>(QStringLiteral("printProgress"));
        if (!progress || !progress->isVisible())
            return;
        sawProgress = true;
        wasModal = progress->windowModality() != Qt::NonModal;
        progress->cancel();
        canceller.stop();
    });
    canceller.start();
    const bool printed = ExportDialog::printTo(*m_project, {}, &printer, &window);
    canceller.stop();
    StepProgress::setShowDelay(StepProgress::DefaultShowDelay);
    QVERIFY(!printed);
    QVERIFY(sawProgress);
    QVERIFY(wasModal);
}

void TestExportDialog::mainWindowActionsFollowReviews()
{
    QSettings().clear();
    MainWindow window;
    window.setMessageSink([this](const QString &message) { m_messages.append(message); });
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto *exportAction = window.findChild<QAction *>(QStringLiteral("actionExportPdf"));
    auto *printAction = window.findChild<QAction *>(QStringLiteral("actionPrint"));
    auto *previewAction = window.findChild<QAction *>(QStringLiteral("actionPrintPreview"));
    QVERIFY(exportAction && printAction && previewAction);
    QCOMPARE(exportAction->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
    QCOMPARE(printAction->shortcut(), QKeySequence(QKeySequence::Print));
    // Nothing to export in an empty project.
    QVERIFY(!exportAction->isEnabled());
    QVERIFY(!printAction->isEnabled());
    QVERIFY(!previewAction->isEnabled());

    fillProject(window.project());
    QVERIFY(exportAction->isEnabled());
    QVERIFY(printAction->isEnabled());
    QVERIFY(previewAction->isEnabled());

    // Undo everything: the annotations, then the reviews.
    while (window.project()->undoStack()->canUndo())
        window.project()->undoStack()->undo();
    QCOMPARE(window.project()->reviewCount(), 0);
    QVERIFY(!exportAction->isEnabled());
    window.project()->undoStack()->setClean();
}

void TestExportDialog::mainWindowExportUsesShownColumns()
{
    QSettings().clear();
    MainWindow window;
    window.setMessageSink([this](const QString &message) { m_messages.append(message); });
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    fillProject(window.project());
    window.project()->setFilePath(m_dir->filePath(QStringLiteral("ferry.revmark")));
    window.columnsArea()->setReviewHidden(QStringLiteral("r2"), true);

    // The dialog runs modally inside the action: handle it from the event loop.
    QVector<int> initial;
    QString suggested;
    QTimer driver;
    driver.setInterval(10);
    connect(&driver, &QTimer::timeout, this, [&] {
        auto *dialog = qobject_cast<ExportDialog *>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible() || dialog->objectName() != QLatin1String("exportDialog"))
            return;
        driver.stop();
        initial = dialog->options().reviews;
        suggested = dialog->outputPath();
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("exportButton")), Qt::LeftButton);
    });
    driver.start();
    window.findChild<QAction *>(QStringLiteral("actionExportPdf"))->trigger();
    driver.stop();

    QCOMPARE(initial, QVector<int>({0, 2}));
    const QString expected = m_dir->filePath(QStringLiteral("The Lantern Ferry.pdf"));
    QCOMPARE(suggested, expected);
    QVERIFY2(m_messages.isEmpty(), qPrintable(m_messages.join(QLatin1Char('\n'))));
    QVERIFY(isPdf(expected));
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("The Lantern Ferry.pdf")));
    window.project()->undoStack()->setClean();
}

void TestExportDialog::mainWindowPrintPreviewRenders()
{
    QSettings().clear();
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    fillProject(window.project());

    bool sawPreview = false;
    QTimer closer;
    closer.setInterval(10);
    connect(&closer, &QTimer::timeout, this, [&] {
        auto *preview = window.findChild<QDialog *>(QStringLiteral("printPreviewDialog"));
        if (!preview || !preview->isVisible())
            return;
        closer.stop();
        sawPreview = true;
        preview->reject();
    });
    closer.start();
    window.findChild<QAction *>(QStringLiteral("actionPrintPreview"))->trigger();
    closer.stop();
    QVERIFY(sawPreview);
    window.project()->undoStack()->setClean();
}

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
