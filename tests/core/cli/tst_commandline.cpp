// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commandline.h"
#ifdef REVMARK_HAVE_SYNTAX
#include "cues/suggester.h"
#endif
#include "compare/consensus.h"
#include "export/summaryformatter.h"
#include "project/project.h"
#include "project/projectfile.h"
#include "interchange/annotationmerger.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>
#include <QtTest>

using namespace Revmark;

Q_DECLARE_METATYPE(SummaryFormatter::Format)

namespace {

struct RunResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

RunResult runCommandLine(const QStringList &arguments)
{
    RunResult result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    result.exitCode = CommandLine::run(QStringList{QStringLiteral("revmark")} + arguments, out, err);
    out.flush();
    err.flush();
    return result;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void version_data();
    void version();
    void help_data();
    void help();
    void usageErrors_data();
    void usageErrors();
    void newWithAllGood();
    void newWithSomeBad();
    void newWithOnlyBad();
    void newIntoMissingDirectory();
    void exportPdf();
    void exportPdfBadReview_data();
    void exportPdfBadReview();
    void exportPdfMissingProject();
    void exportPdfIntoMissingDirectory();
    void isHeadless_data();
    void isHeadless();
    void needsGui_data();
    void needsGui();
    void openRequest_data();
    void openRequest();
    void grade();
    void gradeImportErrors();
    void suggestAndGradeUsage_data();
    void suggestAndGradeUsage();
    void suggest();
    void suggestImportErrors();
    void suggestInTheReviewsLanguage_data();
    void suggestInTheReviewsLanguage();
    void summary_data();
    void summary();
    void summarySelectedReviews();
    void summaryUsageErrors_data();
    void summaryUsageErrors();
    void summaryMissingProject();
    void exportCsv();
    void w3cRoundTrip();
    void importW3cBadFile();
    void qdpxRoundTrip();
    void newFromCodebookOnly();
    void interchangeUsageErrors_data();
    void interchangeUsageErrors();
    void roundupPrintsTheGoldenMarkdown_data();
    void roundupPrintsTheGoldenMarkdown();
    void roundupErrors_data();
    void roundupErrors();

private:
    QString writeProject();

    QScopedPointer<QTemporaryDir> m_dir;
    QString m_good1;
    QString m_good2;
    QString m_empty;
    QString m_missing;
};

void TestCommandLine::init()
{
    m_dir.reset(new QTemporaryDir);
    QVERIFY(m_dir->isValid());
    m_good1 = m_dir->filePath(QStringLiteral("harbour.txt"));
    m_good2 = m_dir->filePath(QStringLiteral("ferry review.md"));
    m_empty = m_dir->filePath(QStringLiteral("empty.txt"));
    m_missing = m_dir->filePath(QStringLiteral("missing.txt"));
    QVERIFY(writeFile(m_good1, "Harbour Lights\n\nA patient, luminous drama. The ending feels rushed.\n"));
    QVERIFY(writeFile(m_good2, "# Night Ferry\n\nLoud and empty, yet the score is *wonderful*.\n"));
    QVERIFY(writeFile(m_empty, QByteArray()));
}

void TestCommandLine::version_data()
{
    QTest::addColumn<QString>("option");
    QTest::newRow("long") << QStringLiteral("--version");
    QTest::newRow("short") << QStringLiteral("-v");
}

void TestCommandLine::version()
{
    QFETCH(QString, option);
    const RunResult r = runCommandLine({option});
    QCOMPARE(r.exitCode, int(CommandLine::Success));
    QVERIFY2(r.out.startsWith(QStringLiteral("Revmark ")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("^Revmark \\d+\\.\\d+\\.\\d+"))), qPrintable(r.out));
    QVERIFY2(r.out.contains(QString::fromLatin1(qVersion())), qPrintable(r.out));
    QVERIFY(r.out.endsWith(QLatin1Char('\n')));
    QCOMPARE(r.err, QString());
    // The optional parts, and whether this build has them.
#ifdef REVMARK_HAVE_SYNTAX
    const QString cues = QStringLiteral("KSyntaxHighlighting cues (highlighting, suggestions, source view): yes");
#else
    const QString cues = QStringLiteral("KSyntaxHighlighting cues (highlighting, suggestions, source view): no");
#endif
    QVERIFY2(r.out.contains(cues), qPrintable(r.out));
    QCOMPARE(r.out, CommandLine::versionText() + QLatin1Char('\n'));
}

void TestCommandLine::help_data()
{
    QTest::addColumn<QString>("option");
    QTest::newRow("long") << QStringLiteral("--help");
    QTest::newRow("short") << QStringLiteral("-h");
}

void TestCommandLine::help()
{
    QFETCH(QString, option);
    const RunResult r = runCommandLine({option});
    QCOMPARE(r.exitCode, int(CommandLine::Success));
    QCOMPARE(r.err, QString());
    QVERIFY2(r.out.contains(QStringLiteral("--new")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("--version")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("--export-pdf")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("--review")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("--suggest")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("--grade")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("--summary")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("--format")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("Exit codes")), qPrintable(r.out));
    // Every exit code on a line of its own, with its meaning.
    for (int code : {int(CommandLine::Success), int(CommandLine::SomeFilesFailed), int(CommandLine::UsageError),
                     int(CommandLine::Failed), int(CommandLine::NotAvailable)}) {
        const QRegularExpression line(QStringLiteral("(^|\\n)\\s*%1\\s+\\S").arg(code));
        QVERIFY2(r.out.contains(line), qPrintable(QStringLiteral("exit code %1 missing").arg(code)));
    }
}

void TestCommandLine::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentioned");

    QTest::newRow("unknown long option") << QStringList{QStringLiteral("--frobnicate")} << QStringLiteral("frobnicate");
    QTest::newRow("unknown short option") << QStringList{QStringLiteral("-q")} << QStringLiteral("q");
    QTest::newRow("unknown option with files")
        << QStringList{QStringLiteral("--colour"), QStringLiteral("x.txt")} << QStringLiteral("colour");
    QTest::newRow("--new without a value") << QStringList{QStringLiteral("--new")} << QStringLiteral("new");
    QTest::newRow("--new without files") << QStringList{QStringLiteral("--new"), QStringLiteral("OUT")}
                                         << QStringLiteral("--new");
}

void TestCommandLine::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentioned);
    // OUT stands for a path in the temporary folder: it must not be created.
    const QString out = m_dir->filePath(QStringLiteral("out.revmark"));
    arguments.replaceInStrings(QRegularExpression(QStringLiteral("^OUT$")), out);
    const RunResult r = runCommandLine(arguments);
    QCOMPARE(r.exitCode, int(CommandLine::UsageError));
    QVERIFY2(r.err.contains(mentioned), qPrintable(r.err));
    QCOMPARE(r.out, QString());
    QVERIFY(!QFile::exists(out));
}

void TestCommandLine::newWithAllGood()
{
    const QString out = m_dir->filePath(QStringLiteral("all good.revmark"));
    const RunResult r = runCommandLine({QStringLiteral("--new"), out, m_good1, m_good2});
    QCOMPARE(r.exitCode, int(CommandLine::Success));
    QCOMPARE(r.err, QString());
    QVERIFY2(r.out.contains(native(out)), qPrintable(r.out));
    const ProjectLoadResult loaded = ProjectFile::load(out);
    QVERIFY2(loaded.ok, qPrintable(loaded.error));
    QCOMPARE(loaded.data.reviews.size(), 2);
    QCOMPARE(loaded.data.title, QStringLiteral("all good"));
    QCOMPARE(loaded.data.tags, Project::defaultTags());
}

void TestCommandLine::newWithSomeBad()
{
    const QString out = m_dir->filePath(QStringLiteral("festival.revmark"));
    const RunResult r = runCommandLine({QStringLiteral("--new"), out, m_good1, m_missing, m_empty, m_good2});
    QCOMPARE(r.exitCode, int(CommandLine::SomeFilesFailed));
    QVERIFY2(r.err.contains(native(m_missing)), qPrintable(r.err));
    QVERIFY2(r.err.contains(native(m_empty)), qPrintable(r.err));
    QVERIFY2(!r.err.contains(native(m_good1)), qPrintable(r.err));
    QVERIFY2(!r.err.contains(native(m_good2)), qPrintable(r.err));
    QCOMPARE(r.err.count(QLatin1Char('\n')), 2); // one line per bad file
    QVERIFY2(r.out.contains(native(out)), qPrintable(r.out));

    const ProjectLoadResult loaded = ProjectFile::load(out);
    QVERIFY2(loaded.ok, qPrintable(loaded.error));
    QCOMPARE(loaded.warnings, QStringList());
    QCOMPARE(loaded.data.reviews.size(), 2);
    // In the order given on the command line, each with its own text and source.
    const Review &first = loaded.data.reviews.at(0);
    const Review &second = loaded.data.reviews.at(1);
    QVERIFY2(first.text.contains(QStringLiteral("luminous drama")), qPrintable(first.text));
    QCOMPARE(first.sourcePath, QFileInfo(m_good1).absoluteFilePath());
    QCOMPARE(first.format, SourceFormat::PlainText);
    QVERIFY2(second.text.contains(QStringLiteral("score is")), qPrintable(second.text));
    QCOMPARE(second.sourcePath, QFileInfo(m_good2).absoluteFilePath());
    QCOMPARE(second.format, SourceFormat::Markdown);
    QVERIFY(first.id != second.id);
    QVERIFY(first.annotations.isEmpty());
}

void TestCommandLine::newWithOnlyBad()
{
    const QString out = m_dir->filePath(QStringLiteral("nothing.revmark"));
    const RunResult r = runCommandLine({QStringLiteral("--new"), out, m_missing, m_empty});
    QCOMPARE(r.exitCode, int(CommandLine::Failed));
    QVERIFY(!QFile::exists(out));
    QVERIFY2(r.err.contains(native(m_missing)), qPrintable(r.err));
    QVERIFY2(r.err.contains(native(m_empty)), qPrintable(r.err));
    QVERIFY2(r.err.contains(native(out)), qPrintable(r.err)); // says what was not written
    QCOMPARE(r.out, QString());
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden),
             (QStringList{QStringLiteral("empty.txt"), QStringLiteral("ferry review.md"), QStringLiteral("harbour.txt")}));
}

void TestCommandLine::newIntoMissingDirectory()
{
    const QString out = m_dir->filePath(QStringLiteral("no-such-folder/out.revmark"));
    const RunResult r = runCommandLine({QStringLiteral("--new"), out, m_good1});
    QCOMPARE(r.exitCode, int(CommandLine::Failed));
    QVERIFY2(r.err.contains(native(out)), qPrintable(r.err));
    QVERIFY(!QFile::exists(out));
}

// A project of two reviews, the second one annotated.
QString TestCommandLine::writeProject()
{
    Project project;
    project.setTitle(QStringLiteral("Harbour Festival"));
    Review first;
    first.id = newId();
    first.title = QStringLiteral("Harbour Lights");
    first.text = QStringLiteral("A patient, luminous drama. The ending feels rushed.");
    Review second;
    second.id = newId();
    second.title = QStringLiteral("Night Ferry");
    second.text = QStringLiteral("Loud and empty, yet the score is wonderful.");
    project.addReviews({first, second});
    project.addAnnotation(second.id, 34, 43, Polarity::Praise, {}, QStringLiteral("Hummable."));
    const QString path = m_dir->filePath(QStringLiteral("festival.revmark"));
    QString error;
    if (!ProjectFile::save(project, path, &error))
        qWarning("%s", qPrintable(error));
    return path;
}

void TestCommandLine::exportPdf()
{
    const QString project = writeProject();
    const QString out = m_dir->filePath(QStringLiteral("festival export.pdf"));
    const RunResult r = runCommandLine({QStringLiteral("--export-pdf"), out, project, QStringLiteral("--review"),
                                        QStringLiteral("2")});
    QCOMPARE(r.exitCode, int(CommandLine::Success));
    QCOMPARE(r.err, QString());
    QVERIFY2(r.out.contains(native(out)), qPrintable(r.out));
    QFile pdf(out);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    const QByteArray data = pdf.readAll();
    QVERIFY(data.startsWith("%PDF-"));
    // Summary page and the one review asked for (Qt writes "/Type /Page" once per page).
    QCOMPARE(data.count("/Type /Page\n") + data.count("/Type /Page\r") + data.count("/Type /Page "), 2);

    // Without --review: every review.
    const RunResult all = runCommandLine({QStringLiteral("--export-pdf"), out, project});
    QCOMPARE(all.exitCode, int(CommandLine::Success));
    QFile again(out);
    QVERIFY(again.open(QIODevice::ReadOnly));
    const QByteArray allData = again.readAll();
    QCOMPARE(allData.count("/Type /Page\n") + allData.count("/Type /Page\r") + allData.count("/Type /Page "), 3);
}

void TestCommandLine::exportPdfBadReview_data()
{
    QTest::addColumn<QString>("review");
    QTest::newRow("zero") << QStringLiteral("0");
    QTest::newRow("past the last") << QStringLiteral("3");
    QTest::newRow("not a number") << QStringLiteral("second");
}

void TestCommandLine::exportPdfBadReview()
{
    QFETCH(QString, review);
    const QString project = writeProject();
    const QString out = m_dir->filePath(QStringLiteral("out.pdf"));
    const RunResult r = runCommandLine({QStringLiteral("--export-pdf"), out, project, QStringLiteral("--review"),
                                        QStringLiteral("1"), QStringLiteral("--review"), review});
    QCOMPARE(r.exitCode, int(CommandLine::UsageError));
    QVERIFY2(r.err.contains(QStringLiteral("--review ") + review), qPrintable(r.err));
    QCOMPARE(r.out, QString());
    QVERIFY(!QFile::exists(out));
}

void TestCommandLine::exportPdfMissingProject()
{
    const QString project = m_dir->filePath(QStringLiteral("nowhere.revmark"));
    const QString out = m_dir->filePath(QStringLiteral("out.pdf"));
    const RunResult r = runCommandLine({QStringLiteral("--export-pdf"), out, project});
    QCOMPARE(r.exitCode, int(CommandLine::Failed));
    QVERIFY2(r.err.contains(native(project)), qPrintable(r.err));
    QCOMPARE(r.out, QString());
    QVERIFY(!QFile::exists(out));

    // No project at all is a usage error.
    const RunResult none = runCommandLine({QStringLiteral("--export-pdf"), out});
    QCOMPARE(none.exitCode, int(CommandLine::UsageError));
    QVERIFY2(none.err.contains(QStringLiteral("--export-pdf")), qPrintable(none.err));
    QVERIFY(!QFile::exists(out));
}

void TestCommandLine::exportPdfIntoMissingDirectory()
{
    const QString project = writeProject();
    const QString out = m_dir->filePath(QStringLiteral("no-such-folder/out.pdf"));
    const RunResult r = runCommandLine({QStringLiteral("--export-pdf"), out, project});
    QCOMPARE(r.exitCode, int(CommandLine::Failed));
    QVERIFY2(r.err.contains(native(out)), qPrintable(r.err));
    QVERIFY(!QFile::exists(out));
}

void TestCommandLine::isHeadless_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("headless");

    QTest::newRow("no arguments") << QStringList() << false;
    QTest::newRow("review files") << QStringList{QStringLiteral("a.txt"), QStringLiteral("b.md")} << false;
    QTest::newRow("project and review") << QStringList{QStringLiteral("p.revmark"), QStringLiteral("a.txt")} << false;
    QTest::newRow("file named like an option after --")
        << QStringList{QStringLiteral("--"), QStringLiteral("--new")} << false;
    QTest::newRow("--version") << QStringList{QStringLiteral("--version")} << true;
    QTest::newRow("-v") << QStringList{QStringLiteral("-v")} << true;
    QTest::newRow("--help") << QStringList{QStringLiteral("--help")} << true;
    QTest::newRow("-h with files") << QStringList{QStringLiteral("a.txt"), QStringLiteral("-h")} << true;
    QTest::newRow("--new") << QStringList{QStringLiteral("--new"), QStringLiteral("o.revmark"), QStringLiteral("a.txt")}
                           << true;
    QTest::newRow("--new=") << QStringList{QStringLiteral("--new=o.revmark"), QStringLiteral("a.txt")} << true;
    QTest::newRow("--new missing value") << QStringList{QStringLiteral("--new")} << true;
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--bogus")} << true;
    QTest::newRow("unknown option with files") << QStringList{QStringLiteral("a.txt"), QStringLiteral("--bogus")} << true;
    QTest::newRow("--export-pdf") << QStringList{QStringLiteral("--export-pdf"), QStringLiteral("o.pdf"),
                                                 QStringLiteral("p.revmark")}
                                  << true;
    QTest::newRow("--review alone") << QStringList{QStringLiteral("--review"), QStringLiteral("1")} << true;
    QTest::newRow("--suggest") << QStringList{QStringLiteral("--suggest"), QStringLiteral("a.txt")} << true;
    QTest::newRow("--grade") << QStringList{QStringLiteral("a.txt"), QStringLiteral("--grade")} << true;
    QTest::newRow("--summary") << QStringList{QStringLiteral("--summary"), QStringLiteral("p.revmark")} << true;
    QTest::newRow("--summary after the project")
        << QStringList{QStringLiteral("p.revmark"), QStringLiteral("--summary"), QStringLiteral("--format=csv")} << true;
    QTest::newRow("--format alone") << QStringList{QStringLiteral("--format"), QStringLiteral("json")} << true;
}

void TestCommandLine::needsGui_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("gui");
    QTest::newRow("window") << QStringList{QStringLiteral("p.revmark")} << false;
    QTest::newRow("--new") << QStringList{QStringLiteral("--new"), QStringLiteral("o.revmark"), QStringLiteral("a.txt")}
                           << false;
    QTest::newRow("--help") << QStringList{QStringLiteral("--help"), QStringLiteral("--export-pdf"), QStringLiteral("o.pdf")}
                            << false;
    QTest::newRow("--export-pdf") << QStringList{QStringLiteral("--export-pdf"), QStringLiteral("o.pdf"),
                                                 QStringLiteral("p.revmark"), QStringLiteral("--review"),
                                                 QStringLiteral("2")}
                                  << true;
    QTest::newRow("usage error") << QStringList{QStringLiteral("--export-pdf")} << false;
    QTest::newRow("--summary") << QStringList{QStringLiteral("--summary"), QStringLiteral("p.revmark"),
                                              QStringLiteral("--format"), QStringLiteral("markdown")}
                               << false;
}

void TestCommandLine::needsGui()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, gui);
    QCOMPARE(CommandLine::needsGui(QStringList{QStringLiteral("revmark")} + arguments), gui);
}

void TestCommandLine::isHeadless()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, headless);
    QCOMPARE(CommandLine::isHeadless(QStringList{QStringLiteral("revmark")} + arguments), headless);
}

void TestCommandLine::openRequest_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("projectFile");
    QTest::addColumn<QStringList>("reviewFiles");
    QTest::addColumn<bool>("newInstance");

    QTest::newRow("nothing") << QStringList() << QString() << QStringList() << false;
    QTest::newRow("--new-instance") << QStringList{QStringLiteral("--new-instance"), QStringLiteral("a.txt")}
                                    << QString() << QStringList{QStringLiteral("a.txt")} << true;
    QTest::newRow("--new-instance after the files")
        << QStringList{QStringLiteral("a.revmark"), QStringLiteral("--new-instance")} << QStringLiteral("a.revmark")
        << QStringList() << true;
    QTest::newRow("project only") << QStringList{QStringLiteral("/films/autumn.revmark")}
                                  << QStringLiteral("/films/autumn.revmark") << QStringList() << false;
    QTest::newRow("reviews only") << QStringList{QStringLiteral("a.txt"), QStringLiteral("b.html")} << QString()
                                  << QStringList{QStringLiteral("a.txt"), QStringLiteral("b.html")} << false;
    QTest::newRow("project among reviews")
        << QStringList{QStringLiteral("a.txt"), QStringLiteral("festival.revmark"), QStringLiteral("b.md")}
        << QStringLiteral("festival.revmark") << QStringList{QStringLiteral("a.txt"), QStringLiteral("b.md")} << false;
    QTest::newRow("extension in capitals") << QStringList{QStringLiteral("OLD.REVMARK"), QStringLiteral("c.htm")}
                                           << QStringLiteral("OLD.REVMARK") << QStringList{QStringLiteral("c.htm")} << false;
    QTest::newRow("revmark only in the middle of the name")
        << QStringList{QStringLiteral("notes.revmark.txt")} << QString() << QStringList{QStringLiteral("notes.revmark.txt")} << false;
    QTest::newRow("spaces and unicode")
        << QStringList{QString::fromUtf8("/tmp/r\xC3\xA9sum\xC3\xA9 one.txt"), QStringLiteral("my project.revmark")}
        << QStringLiteral("my project.revmark") << QStringList{QString::fromUtf8("/tmp/r\xC3\xA9sum\xC3\xA9 one.txt")} << false;
}

void TestCommandLine::openRequest()
{
    QFETCH(QStringList, arguments);
    const CommandLine::OpenRequest request = CommandLine::openRequest(QStringList{QStringLiteral("revmark")} + arguments);
    QTEST(request.projectFile, "projectFile");
    QTEST(request.reviewFiles, "reviewFiles");
    QTEST(request.newInstance, "newInstance");
    // It opens a window: not a headless verb.
    QVERIFY(!CommandLine::isHeadless(QStringList{QStringLiteral("revmark")} + arguments));
}

// --export-pdf lays out text, which needs a QGuiApplication (the tests run offscreen).
namespace {

QVector<QJsonObject> jsonLines(const QString &out)
{
    QVector<QJsonObject> objects;
    const QStringList lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return {};
        objects.append(doc.object());
    }
    return objects;
}

} // namespace

void TestCommandLine::grade()
{
    const QString graded = m_dir->filePath(QStringLiteral("graded.txt"));
    QVERIFY(writeFile(graded, "A film\n\nFine.\n\nRating: \xE2\x98\x85\xE2\x98\x85\xE2\x98\x85\xC2\xBD\n"));
    const RunResult r = runCommandLine({QStringLiteral("--grade"), graded, m_good1});
    QCOMPARE(r.exitCode, int(CommandLine::Success));
    QCOMPARE(r.err, QString());
    // One object per line, keys in the documented order.
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith(QStringLiteral("{\"file\":")), qPrintable(lines.at(0)));
    const QVector<QJsonObject> objects = jsonLines(r.out);
    QCOMPARE(objects.size(), 2);
    QCOMPARE(objects.at(0).value(QLatin1String("file")).toString(), graded);
    QCOMPARE(objects.at(0).value(QLatin1String("raw")).toString(), QString::fromUtf8("\xE2\x98\x85\xE2\x98\x85\xE2\x98\x85\xC2\xBD"));
    QCOMPARE(objects.at(0).value(QLatin1String("value")).toInt(-1), 70);
    QCOMPARE(objects.at(1).value(QLatin1String("file")).toString(), m_good1);
    QVERIFY(objects.at(1).value(QLatin1String("raw")).isNull());
    QVERIFY(objects.at(1).value(QLatin1String("value")).isNull());
}

void TestCommandLine::gradeImportErrors()
{
    // A bad file is named on stderr; the others are still printed; the exit code tells.
    RunResult r = runCommandLine({QStringLiteral("--grade"), m_missing, m_good1, m_empty});
    QCOMPARE(r.exitCode, int(CommandLine::SomeFilesFailed));
    QCOMPARE(jsonLines(r.out).size(), 1);
    QVERIFY2(r.err.contains(native(m_missing)) || r.err.contains(m_missing), qPrintable(r.err));
    QVERIFY2(r.err.contains(native(m_empty)) || r.err.contains(m_empty), qPrintable(r.err));
    r = runCommandLine({QStringLiteral("--grade"), m_missing});
    QCOMPARE(r.exitCode, int(CommandLine::Failed));
    QCOMPARE(r.out, QString());
}

void TestCommandLine::suggestAndGradeUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentioned");
    QTest::newRow("--grade without files") << QStringList{QStringLiteral("--grade")} << QStringLiteral("--grade");
    QTest::newRow("--suggest without files") << QStringList{QStringLiteral("--suggest")} << QStringLiteral("--suggest");
    QTest::newRow("both") << QStringList{QStringLiteral("--suggest"), QStringLiteral("--grade"), QStringLiteral("a.txt")}
                          << QStringLiteral("together");
    QTest::newRow("with --new") << QStringList{QStringLiteral("--grade"), QStringLiteral("--new"), QStringLiteral("o.revmark"),
                                               QStringLiteral("a.txt")}
                                << QStringLiteral("--new");
}

void TestCommandLine::suggestAndGradeUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentioned);
    const RunResult r = runCommandLine(arguments);
    QCOMPARE(r.exitCode, int(CommandLine::UsageError));
    QCOMPARE(r.out, QString());
    QVERIFY2(r.err.contains(mentioned), qPrintable(r.err));
}

void TestCommandLine::suggest()
{
    // An emoji before the suggestion: start and end count code points, not UTF-16 units.
    const QString path = m_dir->filePath(QStringLiteral("verdict.txt"));
    QVERIFY(writeFile(path, "Verdict \xF0\x9F\x8E\xAC\n\nThe first hour is superb, but the second act drags. "
                            "It is not bad.\n"));
    const RunResult r = runCommandLine({QStringLiteral("--suggest"), path});
#ifdef REVMARK_HAVE_SYNTAX
    QCOMPARE(r.exitCode, int(CommandLine::Success));
    QCOMPARE(r.err, QString());
    const QVector<QJsonObject> objects = jsonLines(r.out);
    QCOMPARE(objects.size(), 3);
    const QString text = QString::fromUtf8("Verdict \xF0\x9F\x8E\xAC\n\nThe first hour is superb, but the second act drags. "
                                           "It is not bad.");
    const QStringList quotes = {QStringLiteral("The first hour is superb,"), QStringLiteral("but the second act drags."),
                                QStringLiteral("It is not bad.")};
    const QStringList polarities = {QStringLiteral("praise"), QStringLiteral("criticism"), QStringLiteral("praise")};
    const QVector<uint> codePoints = text.toUcs4();
    for (int i = 0; i < 3; ++i) {
        const QJsonObject &o = objects.at(i);
        QCOMPARE(o.value(QLatin1String("file")).toString(), path);
        QCOMPARE(o.value(QLatin1String("quote")).toString(), quotes.at(i));
        QCOMPARE(o.value(QLatin1String("polarity")).toString(), polarities.at(i));
        const int start = o.value(QLatin1String("start")).toInt(-1);
        const int end = o.value(QLatin1String("end")).toInt(-1);
        QVERIFY(start >= 0 && end > start);
        const QVector<uint> span = codePoints.mid(start, end - start);
        QCOMPARE(QString::fromUcs4(reinterpret_cast<const char32_t *>(span.constData()), int(span.size())), quotes.at(i));
        QVERIFY(!o.value(QLatin1String("cues")).toArray().isEmpty());
    }
    QCOMPARE(objects.at(0).value(QLatin1String("start")).toInt(), 11);
    QCOMPARE(objects.at(1).value(QLatin1String("cues")).toArray().first().toString(), QStringLiteral("drags"));
    // The aspect: a built-in one, or null for a verdict on the whole.
    for (const QJsonObject &o : objects)
        QVERIFY(o.contains(QLatin1String("aspect")));
    QVERIFY(Suggester::builtInAspects().contains(objects.at(1).value(QLatin1String("aspect")).toString()));
    QVERIFY(objects.at(2).value(QLatin1String("aspect")).isNull());
#else
    QCOMPARE(r.exitCode, int(CommandLine::NotAvailable));
    QCOMPARE(r.out, QString());
    QVERIFY2(r.err.contains(QStringLiteral("not available")), qPrintable(r.err));
#endif
}

void TestCommandLine::suggestImportErrors()
{
#ifdef REVMARK_HAVE_SYNTAX
    const RunResult r = runCommandLine({QStringLiteral("--suggest"), m_missing, m_good1});
    QCOMPARE(r.exitCode, int(CommandLine::SomeFilesFailed));
    QVERIFY2(r.err.contains(native(m_missing)) || r.err.contains(m_missing), qPrintable(r.err));
    const QVector<QJsonObject> objects = jsonLines(r.out);
    QVERIFY(!objects.isEmpty());
    for (const QJsonObject &o : objects)
        QCOMPARE(o.value(QLatin1String("file")).toString(), m_good1);
#else
    QSKIP("--suggest needs KSyntaxHighlighting");
#endif
}

void TestCommandLine::suggestInTheReviewsLanguage_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("quotes");
    QTest::addColumn<QStringList>("polarities");
    QTest::newRow("French") << QByteArray("Critique\n\nLa premi\xC3\xA8re heure est superbe, mais le dernier acte est "
                                          "interminable. Le film n'est pas mauvais.\n")
                            << QStringList{QStringLiteral("La premi\u00e8re heure est superbe,"),
                                           QStringLiteral("mais le dernier acte est interminable."),
                                           QStringLiteral("Le film n'est pas mauvais.")}
                            << QStringList{QStringLiteral("praise"), QStringLiteral("criticism"), QStringLiteral("praise")};
    QTest::newRow("German") << QByteArray("Kritik\n\nDie erste Stunde ist gro\xC3\x9F"
                                          "artig, aber das Drehbuch \xC3\xBC" "berzeugt nicht. Der Film ist nicht schlecht.\n")
                            << QStringList{QStringLiteral("Die erste Stunde ist gro\u00dfartig,"),
                                           QStringLiteral("aber das Drehbuch \u00fcberzeugt nicht."),
                                           QStringLiteral("Der Film ist nicht schlecht.")}
                            << QStringList{QStringLiteral("praise"), QStringLiteral("criticism"), QStringLiteral("praise")};
}

// --suggest reads each review with the built-in cue set of the language guessed at import.
void TestCommandLine::suggestInTheReviewsLanguage()
{
#ifdef REVMARK_HAVE_SYNTAX
    QFETCH(QByteArray, content);
    QFETCH(QStringList, quotes);
    QFETCH(QStringList, polarities);
    const QString path = m_dir->filePath(QStringLiteral("language.txt"));
    QVERIFY(writeFile(path, content));
    const RunResult r = runCommandLine({QStringLiteral("--suggest"), path});
    QCOMPARE(r.exitCode, int(CommandLine::Success));
    const QVector<QJsonObject> objects = jsonLines(r.out);
    QStringList foundQuotes;
    QStringList foundPolarities;
    for (const QJsonObject &o : objects) {
        foundQuotes.append(o.value(QLatin1String("quote")).toString());
        foundPolarities.append(o.value(QLatin1String("polarity")).toString());
    }
    QCOMPARE(foundQuotes, quotes);
    QCOMPARE(foundPolarities, polarities);
#else
    QSKIP("--suggest needs KSyntaxHighlighting");
#endif
}

void TestCommandLine::summary_data()
{
    QTest::addColumn<QStringList>("formatArguments");
    QTest::addColumn<SummaryFormatter::Format>("format");
    QTest::newRow("default") << QStringList() << SummaryFormatter::Format::Text;
    QTest::newRow("text") << QStringList{QStringLiteral("--format"), QStringLiteral("text")} << SummaryFormatter::Format::Text;
    QTest::newRow("markdown") << QStringList{QStringLiteral("--format"), QStringLiteral("markdown")}
                              << SummaryFormatter::Format::Markdown;
    QTest::newRow("csv") << QStringList{QStringLiteral("--format=csv")} << SummaryFormatter::Format::Csv;
    QTest::newRow("json") << QStringList{QStringLiteral("--format"), QStringLiteral("json")} << SummaryFormatter::Format::Json;
}

void TestCommandLine::summary()
{
    QFETCH(QStringList, formatArguments);
    QFETCH(SummaryFormatter::Format, format);
    const QString path = writeProject();
    const RunResult r = runCommandLine(QStringList{QStringLiteral("--summary"), path} + formatArguments);
    QCOMPARE(r.exitCode, int(CommandLine::Success));
    QCOMPARE(r.err, QString());
    // What the formatter makes of the project (its golden files are in tst_summaryformatter).
    Project project;
    const ProjectLoadResult loaded = ProjectFile::loadInto(&project, path);
    QVERIFY2(loaded.ok, qPrintable(loaded.error));
    QCOMPARE(r.out, SummaryFormatter::format(summarize(project), format));
    QVERIFY(r.out.contains(QStringLiteral("Night Ferry")) || format == SummaryFormatter::Format::Csv);
}

void TestCommandLine::summarySelectedReviews()
{
    const QString path = writeProject();
    const RunResult r = runCommandLine({QStringLiteral("--summary"), path, QStringLiteral("--format"), QStringLiteral("json"),
                                        QStringLiteral("--review"), QStringLiteral("2")});
    QCOMPARE(r.exitCode, int(CommandLine::Success));
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QJsonArray reviews = root.value(QLatin1String("reviews")).toArray();
    QCOMPARE(reviews.size(), 1);
    QCOMPARE(reviews.at(0).toObject().value(QLatin1String("index")).toInt(), 2);
    QCOMPARE(reviews.at(0).toObject().value(QLatin1String("title")).toString(), QStringLiteral("Night Ferry"));
    QCOMPARE(reviews.at(0).toObject().value(QLatin1String("praise")).toInt(), 1);
    const QJsonArray aspects = root.value(QLatin1String("aspects")).toArray();
    QVERIFY(!aspects.isEmpty());
    const QJsonObject untagged = aspects.last().toObject();
    QVERIFY(untagged.value(QLatin1String("tag")).isNull());
    QCOMPARE(untagged.value(QLatin1String("verdict")).toString(), QStringLiteral("one-voice"));
}

void TestCommandLine::summaryUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentioned");
    // PROJECT stands for a readable project.
    QTest::newRow("no project") << QStringList{QStringLiteral("--summary")} << QStringLiteral("--summary");
    QTest::newRow("two projects") << QStringList{QStringLiteral("--summary"), QStringLiteral("PROJECT"),
                                                 QStringLiteral("PROJECT")}
                                  << QStringLiteral("--summary");
    QTest::newRow("unknown format") << QStringList{QStringLiteral("--summary"), QStringLiteral("PROJECT"),
                                                   QStringLiteral("--format"), QStringLiteral("yaml")}
                                    << QStringLiteral("yaml");
    QTest::newRow("format without a value") << QStringList{QStringLiteral("--summary"), QStringLiteral("PROJECT"),
                                                           QStringLiteral("--format")}
                                            << QStringLiteral("format");
    QTest::newRow("--format without --summary") << QStringList{QStringLiteral("--format"), QStringLiteral("json"),
                                                               QStringLiteral("PROJECT")}
                                                << QStringLiteral("--summary");
    QTest::newRow("with --grade") << QStringList{QStringLiteral("--summary"), QStringLiteral("--grade"), QStringLiteral("PROJECT")}
                                  << QStringLiteral("--grade");
    QTest::newRow("review zero") << QStringList{QStringLiteral("--summary"), QStringLiteral("PROJECT"),
                                                QStringLiteral("--review"), QStringLiteral("0")}
                                 << QStringLiteral("--review 0");
    QTest::newRow("review past the last") << QStringList{QStringLiteral("--summary"), QStringLiteral("PROJECT"),
                                                         QStringLiteral("--review"), QStringLiteral("3")}
                                          << QStringLiteral("--review 3");
}

void TestCommandLine::summaryUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentioned);
    arguments.replaceInStrings(QRegularExpression(QStringLiteral("^PROJECT$")), writeProject());
    const RunResult r = runCommandLine(arguments);
    QCOMPARE(r.exitCode, int(CommandLine::UsageError));
    QCOMPARE(r.out, QString());
    QVERIFY2(r.err.contains(mentioned), qPrintable(r.err));
}

void TestCommandLine::summaryMissingProject()
{
    const QString missing = m_dir->filePath(QStringLiteral("nowhere.revmark"));
    RunResult r = runCommandLine({QStringLiteral("--summary"), missing});
    QCOMPARE(r.exitCode, int(CommandLine::Failed));
    QCOMPARE(r.out, QString());
    QVERIFY2(r.err.contains(native(missing)), qPrintable(r.err));

    const QString broken = m_dir->filePath(QStringLiteral("broken.revmark"));
    QVERIFY(writeFile(broken, "{\"format\": \"revmark-project\", \"version\": 1, \"reviews\": 7}"));
    r = runCommandLine({QStringLiteral("--summary"), broken, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.exitCode, int(CommandLine::Failed));
    QCOMPARE(r.out, QString());
    QVERIFY2(r.err.contains(native(broken)), qPrintable(r.err));
}

void TestCommandLine::exportCsv()
{
    const QString project = writeProject();
    const QString out = m_dir->filePath(QStringLiteral("notes.csv"));
    RunResult r = runCommandLine({QStringLiteral("--export-csv"), out, project});
    QCOMPARE(r.exitCode, int(CommandLine::Success));
    QVERIFY2(r.out.contains(native(out)), qPrintable(r.out));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    QVERIFY(csv.startsWith("\xEF\xBB\xBFreview_id,review,"));
    QVERIFY2(csv.contains(",praise,,33,42,wonderful,"), csv.constData());
    QVERIFY(csv.contains("Hummable."));
    r = runCommandLine({QStringLiteral("--export-csv"), out, QStringLiteral("--no-bom"), project});
    QCOMPARE(r.exitCode, int(CommandLine::Success));
    file.close();
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith("review_id,"));
    r = runCommandLine({QStringLiteral("--export-csv"), out, m_dir->filePath(QStringLiteral("missing.revmark"))});
    QCOMPARE(r.exitCode, int(CommandLine::Failed));
    QVERIFY2(r.err.contains(QStringLiteral("missing.revmark")), qPrintable(r.err));
}

void TestCommandLine::w3cRoundTrip()
{
    const QString projectPath = writeProject();
    const QString out = m_dir->filePath(QStringLiteral("festival.jsonld"));
    RunResult r = runCommandLine({QStringLiteral("--export-w3c"), out, projectPath});
    QCOMPARE(r.exitCode, int(CommandLine::Success));
    QVERIFY2(r.out.contains(QStringLiteral("1 annotation")), qPrintable(r.out));
    // Into a copy of the project without its annotation.
    ProjectLoadResult loaded = ProjectFile::load(projectPath);
    QVERIFY(loaded.ok);
    const Annotation original = loaded.data.reviews[1].annotations.first();
    loaded.data.reviews[1].annotations.clear();
    const QString bare = m_dir->filePath(QStringLiteral("bare.revmark"));
    QString error;
    QVERIFY(ProjectFile::save(loaded.data, bare, false, &error));
    r = runCommandLine({QStringLiteral("--import-w3c"), bare, out});
    QCOMPARE(r.exitCode, int(CommandLine::Success));
    QVERIFY2(r.out.contains(QStringLiteral("1 at their place")), qPrintable(r.out));
    const ProjectLoadResult back = ProjectFile::load(bare);
    QVERIFY(back.ok);
    QCOMPARE(back.data.reviews[1].annotations.size(), 1);
    const Annotation &a = back.data.reviews[1].annotations.first();
    QCOMPARE(a.id, original.id);
    QCOMPARE(a.start, original.start);
    QCOMPARE(a.end, original.end);
    QCOMPARE(a.note, original.note);
    QCOMPARE(a.created, original.created);
}

void TestCommandLine::importW3cBadFile()
{
    const QString projectPath = writeProject();
    const QByteArray before = [&] {
        QFile f(projectPath);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    const QString bad = m_dir->filePath(QStringLiteral("bad.jsonld"));
    QVERIFY(writeFile(bad, "{ not json"));
    const RunResult r = runCommandLine({QStringLiteral("--import-w3c"), projectPath, bad});
    QCOMPARE(r.exitCode, int(CommandLine::Failed));
    QVERIFY2(r.err.contains(native(bad)), qPrintable(r.err));
    QFile f(projectPath);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
}

void TestCommandLine::qdpxRoundTrip()
{
    const QString projectPath = writeProject();
    const QString out = m_dir->filePath(QStringLiteral("festival.qdpx"));
    RunResult r = runCommandLine({QStringLiteral("--export-qdpx"), out, projectPath});
    QCOMPARE(r.exitCode, int(CommandLine::Success));
    const QString created = m_dir->filePath(QStringLiteral("from qdpx.revmark"));
    r = runCommandLine({QStringLiteral("--new"), created, out});
    QCOMPARE(r.exitCode, int(CommandLine::Success));
    QVERIFY2(r.out.contains(native(created)), qPrintable(r.out));
    const ProjectLoadResult original = ProjectFile::load(projectPath);
    const ProjectLoadResult back = ProjectFile::load(created);
    QVERIFY2(back.ok, qPrintable(back.error));
    QCOMPARE(back.data.reviews.size(), 2);
    QCOMPARE(back.data.tags, original.data.tags);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(back.data.reviews[i].id, original.data.reviews[i].id);
        QCOMPARE(back.data.reviews[i].text, original.data.reviews[i].text);
        QCOMPARE(back.data.reviews[i].annotations.size(), original.data.reviews[i].annotations.size());
    }
    const Annotation &a = back.data.reviews[1].annotations.first();
    const Annotation &o = original.data.reviews[1].annotations.first();
    QCOMPARE(a.id, o.id);
    QCOMPARE(a.start, o.start);
    QCOMPARE(a.end, o.end);
    QCOMPARE(a.polarity, o.polarity);
    QCOMPARE(a.note, o.note);
    // Alone, a .qdpx is what the window opens; beside a .revmark it is imported into it.
    CommandLine::OpenRequest request = CommandLine::openRequest({QStringLiteral("revmark"), m_good1, out});
    QCOMPARE(request.projectFile, out);
    QCOMPARE(request.reviewFiles, QStringList{m_good1});
    request = CommandLine::openRequest({QStringLiteral("revmark"), out, projectPath});
    QCOMPARE(request.projectFile, projectPath);
    QCOMPARE(request.reviewFiles, QStringList{out});
}

void TestCommandLine::newFromCodebookOnly()
{
    const QString out = m_dir->filePath(QStringLiteral("codes.revmark"));
    const RunResult r = runCommandLine(
        {QStringLiteral("--new"), out, QStringLiteral(REVMARK_TEST_DATA "/interchange/codebook-only.qdpx"), m_good1});
    QCOMPARE(r.exitCode, int(CommandLine::Success));
    const ProjectLoadResult loaded = ProjectFile::load(out);
    QVERIFY2(loaded.ok, qPrintable(loaded.error));
    QCOMPARE(loaded.data.tags, (QStringList{QStringLiteral("Sound"), QStringLiteral("Score"), QStringLiteral("Foley"),
                                             QStringLiteral("Casting")}));
    QCOMPARE(loaded.data.reviews.size(), 1);
}

void TestCommandLine::interchangeUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no project") << QStringList{QStringLiteral("--export-csv"), QStringLiteral("o.csv")}
                                << QStringLiteral("exactly one project file");
    QTest::newRow("two projects") << QStringList{QStringLiteral("--export-w3c"), QStringLiteral("o.jsonld"),
                                                 QStringLiteral("a.revmark"), QStringLiteral("b.revmark")}
                                  << QStringLiteral("exactly one project file");
    QTest::newRow("import without file") << QStringList{QStringLiteral("--import-w3c"), QStringLiteral("p.revmark")}
                                         << QStringLiteral("exactly one annotation file");
    QTest::newRow("two verbs") << QStringList{QStringLiteral("--export-csv"), QStringLiteral("o.csv"),
                                              QStringLiteral("--export-qdpx"), QStringLiteral("o.qdpx"),
                                              QStringLiteral("p.revmark")}
                               << QStringLiteral("cannot be used together");
    QTest::newRow("no-bom alone") << QStringList{QStringLiteral("--no-bom"), QStringLiteral("p.revmark")}
                                  << QStringLiteral("--no-bom is only used with --export-csv");
}

void TestCommandLine::interchangeUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QVERIFY(CommandLine::isHeadless(QStringList{QStringLiteral("revmark")} + arguments));
    const RunResult r = runCommandLine(arguments);
    QCOMPARE(r.exitCode, int(CommandLine::UsageError));
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

// The golden files of tst_roundup, through the command line.
void TestCommandLine::roundupPrintsTheGoldenMarkdown_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("golden");
    const QString project = QStringLiteral(REVMARK_TEST_DATA "/roundup/roundup.revmark");
    QTest::newRow("performances") << QStringList{QStringLiteral("--roundup"), QStringLiteral("performances"), project}
                                  << "performances";
    QTest::newRow("tag in other case") << QStringList{QStringLiteral("--roundup=Music"), project} << "music";
    QTest::newRow("no passages") << QStringList{project, QStringLiteral("--roundup"), QStringLiteral("sound")} << "sound";
}

void TestCommandLine::roundupPrintsTheGoldenMarkdown()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, golden);
    const RunResult r = runCommandLine(arguments);
    QCOMPARE(r.err, QString());
    QCOMPARE(r.exitCode, int(CommandLine::Success));
    QFile expected(QStringLiteral(REVMARK_TEST_DATA "/roundup/") + golden + QStringLiteral(".expected.md"));
    QVERIFY(expected.open(QIODevice::ReadOnly));
    QCOMPARE(r.out, QString::fromUtf8(expected.readAll()));
    QVERIFY(CommandLine::isHeadless(QStringList{QStringLiteral("revmark")} + arguments));
}

void TestCommandLine::roundupErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString project = QStringLiteral(REVMARK_TEST_DATA "/roundup/roundup.revmark");
    QTest::newRow("unknown tag") << QStringList{QStringLiteral("--roundup"), QStringLiteral("costumes"), project}
                                 << int(CommandLine::UsageError) << "no such tag";
    QTest::newRow("no project") << QStringList{QStringLiteral("--roundup"), QStringLiteral("music")}
                                << int(CommandLine::UsageError) << "exactly one project";
    QTest::newRow("with --summary") << QStringList{QStringLiteral("--roundup"), QStringLiteral("music"),
                                                   QStringLiteral("--summary"), project}
                                    << int(CommandLine::UsageError) << "cannot be used";
    QTest::newRow("review out of range") << QStringList{QStringLiteral("--roundup"), QStringLiteral("music"), project,
                                                        QStringLiteral("--review"), QStringLiteral("9")}
                                         << int(CommandLine::UsageError) << "has only";
    QTest::newRow("missing project") << QStringList{QStringLiteral("--roundup"), QStringLiteral("music"),
                                                    QStringLiteral("/nonexistent/x.revmark")}
                                     << int(CommandLine::Failed) << "x.revmark";
}

void TestCommandLine::roundupErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const RunResult r = runCommandLine(arguments);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QCOMPARE(r.out, QString());
}

QTEST_MAIN(TestCommandLine)
#include "tst_commandline.moc"
