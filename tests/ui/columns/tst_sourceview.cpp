// SPDX-License-Identifier: GPL-3.0-or-later
// Review › Show Source…: the original file, read-only, highlighted where KSyntaxHighlighting is
// in the build, and a clear message when the file is gone.
#include "columns/columnsarea.h"
#include "mainwindow.h"
#include "project/project.h"
#include "model/qtcompat.h"
#include "columns/sourceview.h"
#include "uitestutil.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace Revmark;
using namespace Revmark::UiTest;

namespace {

int layoutFormatCount(QPlainTextEdit *edit)
{
    int count = 0;
    for (QTextBlock block = edit->document()->begin(); block.isValid(); block = block.next())
        count += int(block.layout()->formats().size());
    return count;
}

} // namespace

class TestSourceView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void showsTheOriginalFile_data();
    void showsTheOriginalFile();
    void copesWithAMissingFile();
    void oneWindowPerReview();

private:
    SourceView *openSource();

    MainWindow *m_window = nullptr;
    QTemporaryDir m_dir;
};

void TestSourceView::init()
{
    QSettings().clear();
    m_window = new MainWindow;
    m_window->setMessageSink([](const QString &message) { QFAIL(qPrintable(message)); });
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestSourceView::cleanup()
{
    m_window->project()->undoStack()->setClean();
    delete m_window;
}

SourceView *TestSourceView::openSource()
{
    auto *action = m_window->findChild<QAction *>(QStringLiteral("actionShowSource"));
    if (!action || !action->isEnabled())
        return nullptr;
    QTest::keyClick(m_window, Qt::Key_U, Qt::ControlModifier);
    auto *view = m_window->findChild<SourceView *>(QStringLiteral("sourceView"));
    if (view && !QTest::qWaitForWindowExposed(view))
        return nullptr;
    return view;
}

void TestSourceView::showsTheOriginalFile_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("definition");
    QTest::addColumn<QString>("markup");
    QTest::newRow("markdown") << QStringLiteral("source-review.md") << QStringLiteral("Markdown")
                              << QStringLiteral("**earns its tears**");
    QTest::newRow("html") << QStringLiteral("source-review.html") << QStringLiteral("HTML")
                          << QStringLiteral("<em>humane</em>");
}

void TestSourceView::showsTheOriginalFile()
{
    QFETCH(QString, file);
    QFETCH(QString, definition);
    QFETCH(QString, markup);
    QCOMPARE(m_window->addReviewFiles({dataFile(file)}), 1);
    const int steps = m_window->project()->undoStack()->count();
    // The imported text has no markup; the source view shows the file as it is.
    QVERIFY(!m_window->project()->review(0).text.contains(markup));
    SourceView *view = openSource();
    QVERIFY(view);
    auto *text = view->findChild<QPlainTextEdit *>(QStringLiteral("sourceText"));
    QVERIFY(text);
    QVERIFY(text->isReadOnly());
    QVERIFY(text->toPlainText().contains(markup));
    QVERIFY(view->message().isEmpty());
    QVERIFY(!view->findChild<QLabel *>(QStringLiteral("sourceMessage"))->isVisible());
#ifdef REVMARK_HAVE_SYNTAX
    QCOMPARE(view->definitionName(), definition);
    QTRY_VERIFY(layoutFormatCount(text) > 0);
#else
    Q_UNUSED(definition);
    QCOMPARE(view->definitionName(), QString());
    QCOMPARE(layoutFormatCount(text), 0);
#endif
    // Reading the source is not an edit.
    QCOMPARE(m_window->project()->undoStack()->count(), steps);
    view->close();
}

void TestSourceView::copesWithAMissingFile()
{
    const QString path = m_dir.filePath(QStringLiteral("gone.md"));
    QVERIFY(QFile::copy(dataFile(QStringLiteral("source-review.md")), path));
    QCOMPARE(m_window->addReviewFiles({path}), 1);
    QVERIFY(QFile::remove(path));
    SourceView *view = openSource();
    QVERIFY(view);
    QVERIFY(view->message().contains(QStringLiteral("gone.md")));
    auto *message = view->findChild<QLabel *>(QStringLiteral("sourceMessage"));
    QVERIFY(message->isVisible());
    QCOMPARE(message->text(), view->message());
    QVERIFY(view->findChild<QPlainTextEdit *>(QStringLiteral("sourceText"))->toPlainText().isEmpty());
    view->close();

    // A review not imported from a file has nothing to show.
    Review plain;
    plain.id = QStringLiteral("typed");
    plain.text = QStringLiteral("Typed in.");
    m_window->project()->addReviews({plain});
    m_window->columnsArea()->setCurrentReview(QStringLiteral("typed"));
    QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("actionShowSource"))->isEnabled());
}

void TestSourceView::oneWindowPerReview()
{
    QCOMPARE(m_window->addReviewFiles({dataFile(QStringLiteral("source-review.md"))}), 1);
    QVERIFY(openSource());
    QVERIFY(openSource());
    QCOMPARE(m_window->findChildren<SourceView *>().size(), 1);
}

QTEST_MAIN(TestSourceView)
#include "tst_sourceview.moc"
