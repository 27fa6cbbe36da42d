// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/importer.h"
#include "model/limits.h"
#include "project/projectfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

using namespace Revmark;

namespace {

QString dataPath(const QString &relative)
{
    return QStringLiteral(REVMARK_TEST_DATA "/import/") + relative;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestImporter : public QObject
{
    Q_OBJECT

private slots:
    void canonicalText_data();
    void canonicalText();
    void canonicalTextIsIdempotent();
    void lineEndingsGiveSameText_data();
    void lineEndingsGiveSameText();
    void nfdBecomesNfc();
    void encodings_data();
    void encodings();
    void plainTextMetadata_data();
    void plainTextMetadata();
    void markdownFile();
    void htmlFile();
    void htmlDeclaredCharset_data();
    void htmlDeclaredCharset();
    void markdownWithoutScripts();
    void reviewFields();
    void grade_data();
    void grade();
    void language_data();
    void language();
    void errors_data();
    void errors();
    void missingFile();
    void directory();
    void tooLarge();
    void importDataTooLarge();
    void metadataCutToWhatAProjectHolds();
    void detectFormat_data();
    void detectFormat();
    void bylineName_data();
    void bylineName();
    void golden_data();
    void golden();
    void cleanupTestCase();

private:
    QTemporaryDir m_dir;
    int m_regenerated = 0;
};

void TestImporter::canonicalText_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("output");

    QTest::newRow("empty") << "" << "";
    QTest::newRow("crlf") << "a\r\nb" << "a\nb";
    QTest::newRow("cr") << "a\rb\r\rc" << "a\nb\n\nc";
    QTest::newRow("trailing whitespace") << "a \t\nb  " << "a\nb";
    QTest::newRow("nbsp kept") << "10\u00a0km\u00a0\nx" << "10\u00a0km\u00a0\nx";
    QTest::newRow("tabs kept") << "\tindented\ta" << "\tindented\ta";
    QTest::newRow("blank runs") << "a\n\n\n\nb\n \n\t\n\nc" << "a\n\nb\n\nc";
    QTest::newRow("leading and trailing blank lines") << "\n \n\n  a\n\n\n" << "  a";
    QTest::newRow("nfc") << QStringLiteral("Cafe\u0301") << QStringLiteral("Caf\u00e9");
    QTest::newRow("control characters dropped") << QStringLiteral("a\u0000b\u0007c\u001bd\u007f") << "abcd";
    QTest::newRow("paragraph separator") << QStringLiteral("a\u2029b\u2028c") << "a\n\nb\nc";
}

void TestImporter::canonicalText()
{
    QFETCH(QString, input);
    QFETCH(QString, output);
    QCOMPARE(Importer::canonicalText(input), output);
}

void TestImporter::canonicalTextIsIdempotent()
{
    const QString samples[] = {
        QStringLiteral(" a \r\n\r\n\r\nb\u0301 \u00a0 \n\n"),
        QStringLiteral("x\u0000\u0301y\n\t\n\u2029z"),
        QStringLiteral("\u1100\u1161\u11a8 \r o\u0308\u0304"),
    };
    for (const QString &s : samples) {
        const QString once = Importer::canonicalText(s);
        QCOMPARE(Importer::canonicalText(once), once);
        QCOMPARE(once, once.normalized(QString::NormalizationForm_C));
    }
}

void TestImporter::lineEndingsGiveSameText_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");

    QTest::newRow("text") << "review.txt" << QByteArray("Title line\n\nFirst para\nstill first.\n\n\n\nSecond.  \n")
                          << "Title line\n\nFirst para\nstill first.\n\nSecond.";
    QTest::newRow("markdown") << "review.md" << QByteArray("# Title\n\nFirst para\nstill first.\n\n- a\n- b\n")
                              << "Title\n\nFirst para still first.\n\n\u2022 a\n\u2022 b";
    QTest::newRow("html") << "review.html"
                          << QByteArray("<h1>Title</h1>\n<p>First para\nstill first.</p>\n<pre>\ncode\n  more\n</pre>\n")
                          << "Title\n\nFirst para still first.\n\ncode\n  more";
}

void TestImporter::lineEndingsGiveSameText()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);

    QByteArray crlf = content;
    crlf.replace("\n", "\r\n");
    QByteArray cr = content;
    cr.replace("\n", "\r");
    for (const QByteArray &bytes : {content, crlf, cr}) {
        const ImportResult result = Importer::importData(bytes, fileName);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.review.text, expected);
    }
}

void TestImporter::nfdBecomesNfc()
{
    const QString nfd = QStringLiteral("Cre\u0300me bru\u0302le\u0301e, Ame\u0301lie\n");
    for (const char *name : {"nfd.txt", "nfd.md", "nfd.html"}) {
        const ImportResult result = Importer::importData(nfd.toUtf8(), QLatin1String(name));
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.review.text, QStringLiteral("Cr\u00e8me br\u00fbl\u00e9e, Am\u00e9lie"));
    }
}

void TestImporter::encodings_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("author");

    const QString novel = QStringLiteral(
        "Notes on a quiet novel\nBy Tomasz Weller\n\n"
        "Its chapters are short, its sentences \u201cpatient\u201d; the ending \u2014 na\u00efve or wise? \u2014 stays with you.\n"
        "Greek, for good measure: \u03bb\u03cc\u03b3\u03bf\u03c2. And one emoji: \U0001F4DA.");
    QTest::newRow("windows-1252") << "windows-1252.txt"
                                  << QStringLiteral("Caf\u00e9 Lumi\u00e8re, reviewed\nBy Marguerite Olsen\n\n"
                                                    "The \u201chouse\u201d soup arrived lukewarm, but the cr\u00e8me br\u00fbl\u00e9e "
                                                    "made up for it \u2013 mostly.\nPrices are fair\u2026 for now.")
                                  << QStringLiteral("Caf\u00e9 Lumi\u00e8re, reviewed") << "Marguerite Olsen";
    QTest::newRow("utf-16le with bom") << "utf16le-bom.txt" << novel << "Notes on a quiet novel" << "Tomasz Weller";
    QTest::newRow("utf-16be with bom") << "utf16be-bom.txt" << novel << "Notes on a quiet novel" << "Tomasz Weller";
    QTest::newRow("utf-8 with bom") << "utf8-bom.txt" << novel << "Notes on a quiet novel" << "Tomasz Weller";
    QTest::newRow("utf-8") << "utf8.txt" << novel << "Notes on a quiet novel" << "Tomasz Weller";
}

void TestImporter::encodings()
{
    QFETCH(QString, file);
    QFETCH(QString, text);
    QFETCH(QString, title);
    QFETCH(QString, author);

    const ImportResult result = Importer::importFile(dataPath(file));
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.review.text, text);
    QCOMPARE(result.review.title, title);
    QCOMPARE(result.review.author, author);
    QCOMPARE(result.review.format, SourceFormat::PlainText);
}

void TestImporter::plainTextMetadata_data()
{
    QTest::addColumn<QString>("content");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("author");

    QTest::newRow("title and byline") << "\n\n  A Short Title  \n\nBY Jo Kim\n\nText." << "A Short Title" << "Jo Kim";
    QTest::newRow("byline on fifth line") << "T\n2\n3\n4\nBy: Lu Ma\n" << "T" << "Lu Ma";
    QTest::newRow("byline too late") << "T\n2\n3\n4\n5\nBy Lu Ma\n" << "T" << "";
    QTest::newRow("long first line") << QString(130, QLatin1Char('x')) + QStringLiteral("\n\nBy Ann Ode") << "notes"
                                     << "Ann Ode";
    QTest::newRow("long first sentence")
        << "Under a low sky the harbour town wakes slowly, and the film takes its time to follow it through "
           "a whole winter of small disappointments.\n\nMore."
        << "Under a low sky the harbour town wakes slowly, and the film" << "";
    QTest::newRow("not a byline") << "Title\nBy the river, the food was fine." << "Title" << "";
}

void TestImporter::plainTextMetadata()
{
    QFETCH(QString, content);
    QFETCH(QString, title);
    QFETCH(QString, author);
    const ImportResult result = Importer::importData(content.toUtf8(), QStringLiteral("/some/where/notes.txt"));
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.review.title, title);
    QCOMPARE(result.review.author, author);
    QCOMPARE(result.review.outlet, QString());
}

void TestImporter::grade_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("raw");
    QTest::addColumn<int>("value");
    QTest::newRow("plain text") << QByteArray("A Film\n\nGood.\n\nGrade: B-\n") << QStringLiteral("a.txt")
                                << QStringLiteral("B-") << 75;
    QTest::newRow("markdown stars") << QByteArray("# A Film\n\nGood.\n\n**Rating:** \xE2\x98\x85\xE2\x98\x85\xE2\x98\x85\n")
                                    << QStringLiteral("a.md") << QString::fromUtf8("\xE2\x98\x85\xE2\x98\x85\xE2\x98\x85") << 60;
    QTest::newRow("html") << QByteArray("<html><body><article><p>Good.</p><p>Score: 7/10</p></article></body></html>")
                          << QStringLiteral("a.html") << QStringLiteral("7/10") << 70;
    QTest::newRow("none") << QByteArray("A Film\n\nGood, 50% longer.\n") << QStringLiteral("a.txt") << QString() << -1;
    // The language is guessed first, so a German review's school grade is read.
    QTest::newRow("German school grade")
        << QByteArray("Der Film\n\nDer Film ist nicht schlecht, aber die Musik ist zu laut und das Ende ist zu "
                      "lang.\n\nNote: 2-\n")
        << QStringLiteral("a.txt") << QStringLiteral("2-") << 75;
    QTest::newRow("English Note: 2 is no grade")
        << QByteArray("A Film\n\nThe film is good and the music is fine, but it is long.\n\nNote: 2 endings were shot.\n")
        << QStringLiteral("a.txt") << QString() << -1;
}

// The importer fills the review's grade from its text; it is not a user correction.
void TestImporter::grade()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, fileName);
    QFETCH(QString, raw);
    QFETCH(int, value);
    const ImportResult result = Importer::importData(content, fileName);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.review.grade.raw, raw);
    QCOMPARE(result.review.grade.value, value);
    QVERIFY(!result.review.grade.corrected);
}

void TestImporter::language_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QByteArray("A Film\n\nThe cast is superb and the script is sharp, but it is long.\n")
                             << QStringLiteral("a.txt") << QStringLiteral("en");
    QTest::newRow("French html")
        << QByteArray("<html><body><article><p>Le sc\xC3\xA9nario est faible et la musique est trop forte, mais les "
                      "acteurs sont tr\xC3\xA8s bons.</p></article></body></html>")
        << QStringLiteral("a.html") << QStringLiteral("fr");
    QTest::newRow("German markdown")
        << QByteArray("# Kritik\n\nDie Kamera ist ruhig, und das Drehbuch ist nicht schlecht, aber es ist zu lang.\n")
        << QStringLiteral("a.md") << QStringLiteral("de");
    QTest::newRow("too short to tell") << QByteArray("Superb.\n") << QStringLiteral("a.txt") << QString();
}

// The importer guesses the language from the review's text.
void TestImporter::language()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, fileName);
    QFETCH(QString, language);
    const ImportResult result = Importer::importData(content, fileName);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.review.language, language);
}

void TestImporter::markdownFile()
{
    const ImportResult result = Importer::importFile(dataPath(QStringLiteral("review.md")));
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.review.format, SourceFormat::Markdown);
    QCOMPARE(result.review.title, QStringLiteral("A Review of *The Glass Orchard*"));
    QCOMPARE(result.review.author, QStringLiteral("Henrik Vasquez-Lund"));
    QCOMPARE(result.review.outlet, QStringLiteral("Imaginary Books Monthly"));
    QVERIFY(result.review.text.startsWith(QLatin1String("The Glass Orchard\n\nThe novel is long and")));
    QVERIFY(!result.review.text.contains(QLatin1String("---")));
}

void TestImporter::htmlFile()
{
    const ImportResult result = Importer::importFile(dataPath(QStringLiteral("review.html")));
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.review.format, SourceFormat::Html);
    QCOMPARE(result.review.title, QStringLiteral("Dinner at the Lantern Room"));
    QCOMPARE(result.review.author, QStringLiteral("Priya Castellano"));
    QCOMPARE(result.review.outlet, QStringLiteral("The Invented Gazette"));
    QVERIFY(result.review.text.startsWith(QLatin1String("Dinner at the Lantern Room\n\nBy Priya Castellano\n\n")));
    QVERIFY(!result.review.text.contains(QLatin1String("SCRIPT TEXT")));
    QVERIFY(!result.review.text.contains(QLatin1String("rights reserved")));
}

void TestImporter::htmlDeclaredCharset_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("text");

    // Pages written by tests/data/import/charsets/make_fixtures.py.
    QTest::newRow("koi8-r") << "koi8-r.html" << QStringLiteral("\u0420\u0435\u0446\u0435\u043d\u0437\u0438\u044f")
                            << QStringLiteral("\u0420\u0435\u0446\u0435\u043d\u0437\u0438\u044f\n\n"
                                              "\u0424\u0438\u043b\u044c\u043c \u0445\u043e\u0440\u043e\u0448\u0438\u0439, "
                                              "\u043d\u043e \u0441\u043b\u0438\u0448\u043a\u043e\u043c "
                                              "\u0434\u043b\u0438\u043d\u043d\u044b\u0439.");
    QTest::newRow("Shift_JIS") << "shift_jis.html" << QStringLiteral("\u6620\u753b\u8a55")
                               << QStringLiteral("\u6620\u753b\u8a55\n\n\u65e5\u672c\u306e\u6620\u753b\u306f"
                                                 "\u7d20\u6674\u3089\u3057\u3044\u3002");
    QTest::newRow("iso-8859-2") << "iso-8859-2.html" << QStringLiteral("Recenzja")
                                << QStringLiteral("Recenzja\n\nZa\u017c\u00f3\u0142\u0107 g\u0119\u015bl\u0105 "
                                                  "ja\u017a\u0144: film z \u0141odzi jest \u015bwietny.");
}

void TestImporter::htmlDeclaredCharset()
{
    QFETCH(QString, file);
    QFETCH(QString, title);
    QFETCH(QString, text);
    const ImportResult result = Importer::importFile(dataPath(QStringLiteral("charsets/") + file));
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.review.title, title);
    QCOMPARE(result.review.text, text);
}

void TestImporter::markdownWithoutScripts()
{
    const QByteArray markdown = "# Film\n\nGood *film*.\n\n<script>\ntrack(\"visit\");\n</script>\n\n"
                                "<style>\n.x { color: red }\n</style>\n\nRating: 3/5\n";
    const ImportResult result = Importer::importData(markdown, QStringLiteral("review.md"));
    QVERIFY(result.ok);
    QCOMPARE(result.review.text, QStringLiteral("Film\n\nGood film.\n\nRating: 3/5"));
    QCOMPARE(result.review.grade.value, 60);
}

void TestImporter::reviewFields()
{
    const QString relative = QDir::current().relativeFilePath(dataPath(QStringLiteral("utf8.txt")));
    const ImportResult a = Importer::importFile(relative);
    const ImportResult b = Importer::importFile(relative);
    QVERIFY2(a.ok, qPrintable(a.error));
    QVERIFY(a.error.isEmpty());
    QVERIFY(!a.review.id.isEmpty());
    QVERIFY(a.review.id != b.review.id);
    QVERIFY(QFileInfo(a.review.sourcePath).isAbsolute());
    QCOMPARE(a.review.sourcePath, QFileInfo(dataPath(QStringLiteral("utf8.txt"))).absoluteFilePath());
    QVERIFY(a.review.importedAt.isValid());
    QCOMPARE(a.review.importedAt.timeSpec(), Qt::UTC);
    QCOMPARE(a.review.importedAt.time().msec(), 0);
    QVERIFY(qAbs(a.review.importedAt.secsTo(QDateTime::currentDateTimeUtc())) < 3600);
    QVERIFY(a.review.annotations.isEmpty());

    const ImportResult fromData = Importer::importData(QByteArray("Hello"), QStringLiteral("rel/name.txt"));
    QVERIFY(fromData.ok);
    QCOMPARE(fromData.review.sourcePath, QStringLiteral("rel/name.txt"));
    QCOMPARE(fromData.review.title, QStringLiteral("Hello"));

    // Nothing to take a title from: the file's name.
    const ImportResult untitled = Importer::importData(QByteArray("<p>x</p>"), QStringLiteral("/tmp/my.page.html"));
    QVERIFY(untitled.ok);
    QCOMPARE(untitled.review.title, QStringLiteral("my.page"));
}

void TestImporter::errors_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("reason");

    QTest::newRow("empty") << "empty file.txt" << QByteArray() << "the file is empty";
    QTest::newRow("whitespace") << "blank.md" << QByteArray(" \r\n\t \n") << "the file is empty";
    QTest::newRow("png") << "picture.txt" << QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\0\x10", 20) << "binary file";
    QTest::newRow("nul bytes") << "nul.html" << QByteArray("<p>a\0b</p>", 10) << "binary file";
    QTest::newRow("odd utf-16") << "odd.txt" << QByteArray("\xFF\xFE" "a\0b", 5) << "encoding";
    QTest::newRow("no readable text") << "scripts.html" << QByteArray("<script>x()</script><style>p{}</style>")
                                      << "no readable text";
    QTest::newRow("only an image") << "image.md" << QByteArray("![alt](x.png)") << "no readable text";
}

void TestImporter::errors()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QFETCH(QString, reason);
    QVERIFY(m_dir.isValid());

    const QString path = m_dir.filePath(fileName);
    QVERIFY(writeFile(path, content));
    const ImportResult fromFile = Importer::importFile(path);
    QVERIFY(!fromFile.ok);
    QVERIFY2(fromFile.error.contains(QDir::toNativeSeparators(path)), qPrintable(fromFile.error));
    QVERIFY2(fromFile.error.contains(reason), qPrintable(fromFile.error));
    QVERIFY(fromFile.review.id.isEmpty());
    QVERIFY(fromFile.review.text.isEmpty());

    const ImportResult fromData = Importer::importData(content, fileName);
    QVERIFY(!fromData.ok);
    QVERIFY2(fromData.error.contains(fileName), qPrintable(fromData.error));
    QVERIFY2(fromData.error.contains(reason), qPrintable(fromData.error));
}

void TestImporter::missingFile()
{
    const QString path = m_dir.filePath(QStringLiteral("does-not-exist.txt"));
    const ImportResult result = Importer::importFile(path);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QDir::toNativeSeparators(path)), qPrintable(result.error));
    QVERIFY2(result.error.contains(QLatin1String("does not exist")), qPrintable(result.error));
    QVERIFY(!Importer::importFile(QString()).ok);
}

void TestImporter::directory()
{
    const QString path = m_dir.filePath(QStringLiteral("folder.txt"));
    QVERIFY(QDir().mkpath(path));
    const ImportResult result = Importer::importFile(path);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QDir::toNativeSeparators(path)), qPrintable(result.error));
    QVERIFY2(result.error.contains(QLatin1String("folder")), qPrintable(result.error));
}

void TestImporter::tooLarge()
{
    // Sparse where the file system allows it: no 20 MB written, and nothing committed.
    const QString path = m_dir.filePath(QStringLiteral("huge.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.write("big") == 3);
    QVERIFY(file.resize(Limits::MaxSourceFileSize + 1));
    file.close();
    const ImportResult result = Importer::importFile(path);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QDir::toNativeSeparators(path)), qPrintable(result.error));
    QVERIFY2(result.error.contains(Limits::sourceFileTooLarge()), qPrintable(result.error));
    QVERIFY2(result.error.contains(QLatin1String("20 MB")), qPrintable(result.error));
    QFile::remove(path);
}

// A guessed title longer than a project may hold is cut, so the project still opens once saved.
void TestImporter::metadataCutToWhatAProjectHolds()
{
    const QByteArray data = "# " + QByteArray(Limits::MaxFieldLength + 100, 'a') + "\n\nThe score soars.\n";
    const ImportResult result = Importer::importData(data, QStringLiteral("long-title.md"));
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(result.review.title.size() <= Limits::MaxFieldLength);
    ProjectData project;
    project.reviews.append(result.review);
    const ProjectLoadResult loaded = ProjectFile::parse(ProjectFile::serialize(project), QStringLiteral("p.revmark"));
    QVERIFY2(loaded.ok, qPrintable(loaded.error));
}

void TestImporter::importDataTooLarge()
{
    const QByteArray data(int(Limits::MaxSourceFileSize + 1), 'a');
    const ImportResult result = Importer::importData(data, QStringLiteral("big.txt"));
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QLatin1String("big.txt")), qPrintable(result.error));
}

void TestImporter::detectFormat_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("format");

    const int text = int(SourceFormat::PlainText);
    const int markdown = int(SourceFormat::Markdown);
    const int html = int(SourceFormat::Html);
    QTest::newRow("md") << "a.md" << QByteArray("<html>") << markdown;
    QTest::newRow("markdown upper") << "A.MARKDOWN" << QByteArray() << markdown;
    QTest::newRow("html") << "a.html" << QByteArray("plain") << html;
    QTest::newRow("htm") << "a.htm" << QByteArray() << html;
    QTest::newRow("xhtml") << "dir.v2/a.xhtml" << QByteArray() << html;
    QTest::newRow("txt stays text") << "a.txt" << QByteArray("<!DOCTYPE html><p>") << text;
    QTest::newRow("unknown plain") << "README" << QByteArray("# not markdown by content") << text;
    QTest::newRow("unknown doctype") << "page" << QByteArray("\n  <!doctype HTML>\n<p>x") << html;
    QTest::newRow("unknown html tag") << "page.review" << QByteArray("<HTML lang=en>") << html;
    QTest::newRow("unknown bom html") << "page" << QByteArray("\xEF\xBB\xBF<html>") << html;
    QTest::newRow("unknown utf-16 html") << "page" << QByteArray("\xFF\xFE<\0h\0t\0m\0l\0>\0", 14) << html;
    QTest::newRow("unknown other tag") << "page" << QByteArray("<p>hi") << text;
}

void TestImporter::detectFormat()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QFETCH(int, format);
    QCOMPARE(int(Importer::detectFormat(fileName, content)), format);
}

void TestImporter::bylineName_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("name");

    QTest::newRow("simple") << "By Jane Doe" << "Jane Doe";
    QTest::newRow("lower by") << "  by Jane Doe  " << "Jane Doe";
    QTest::newRow("colon") << "By: Jane Doe" << "Jane Doe";
    QTest::newRow("two authors") << "By Jane Doe and John Roe" << "Jane Doe and John Roe";
    QTest::newRow("particles") << "By Ludwig van Beethoven" << "Ludwig van Beethoven";
    QTest::newRow("initials and hyphen") << "By J. R. Smith-Jones" << "J. R. Smith-Jones";
    QTest::newRow("date after bar") << "By Jane Doe | 3 May 2024" << "Jane Doe";
    QTest::newRow("date after comma") << "By Jane Doe, May 3, 2024" << "Jane Doe";
    QTest::newRow("trailing period") << "By Jane Doe." << "Jane Doe";
    QTest::newRow("accented") << QStringLiteral("By \u00c9lodie Br\u00fcck") << QStringLiteral("\u00c9lodie Br\u00fcck");
    QTest::newRow("sentence") << "By the way, it was fine." << "";
    QTest::newRow("bypass") << "Bypass Road" << "";
    QTest::newRow("by alone") << "By" << "";
    QTest::newRow("numbers") << "By 2024 Standards" << "";
    QTest::newRow("too many words") << "By Aa Bb Cc Dd Ee Ff Gg" << "";
    QTest::newRow("connector only") << "By and" << "";
}

void TestImporter::bylineName()
{
    QFETCH(QString, line);
    QFETCH(QString, name);
    QCOMPARE(Importer::bylineName(line), name);
}

void TestImporter::golden_data()
{
    QTest::addColumn<QString>("source");
    const QDir dir(dataPath(QStringLiteral("golden")));
    const QStringList files = dir.entryList({QStringLiteral("*.txt"), QStringLiteral("*.md"), QStringLiteral("*.html")},
                                            QDir::Files, QDir::Name);
    QVERIFY(!files.isEmpty());
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << dir.filePath(file);
}

// Each golden/<name> is imported and its canonical text compared with golden/<name>.expected
// (stored with one extra final newline). REVMARK_REGENERATE=1 rewrites the expected files, reads
// each back, still compares with the one it replaced, and fails the run (cleanupTestCase), so a
// run with the variable set never passes.
void TestImporter::golden()
{
    QFETCH(QString, source);
    const ImportResult result = Importer::importFile(source);
    QVERIFY2(result.ok, qPrintable(result.error));

    const QString expectedPath = source + QStringLiteral(".expected");
    QFile file(expectedPath);
    const bool found = file.open(QIODevice::ReadOnly);
    QByteArray expected = file.readAll();
    file.close();
    if (qEnvironmentVariableIntValue("REVMARK_REGENERATE") == 1) {
        const QByteArray written = result.review.text.toUtf8() + '\n';
        QVERIFY(writeFile(expectedPath, written));
        ++m_regenerated;
        QFile back(expectedPath);
        QVERIFY(back.open(QIODevice::ReadOnly));
        QCOMPARE(back.readAll(), written);
    }
    QVERIFY2(found, qPrintable(expectedPath + QStringLiteral(" is missing; see regenerate.sh")));
    QVERIFY(expected.endsWith('\n'));
    expected.chop(1);
    QCOMPARE(result.review.text, QString::fromUtf8(expected));
}

void TestImporter::cleanupTestCase()
{
    if (qEnvironmentVariableIntValue("REVMARK_REGENERATE") == 1) {
        QFAIL(qPrintable(QStringLiteral("REVMARK_REGENERATE=1: %1 expected file(s) rewritten. Review the diff, "
                                        "then run again without it.")
                             .arg(m_regenerated)));
    }
}

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
