// SPDX-License-Identifier: GPL-3.0-or-later
// Reads the exported PDFs back with poppler's command-line tools (pdfinfo, pdftotext, pdftoppm),
// the same way for the Qt 5 and Qt 6 builds; the tests skip when poppler-utils is missing.
#include "export/highlightstyle.h"
#include "export/exportdocument.h"
#include "export/pdfexporter.h"
#include "model/grade.h"
#include "project/project.h"
#include "project/projectfile.h"

#include <QDir>
#include <QFile>
#include <QFontInfo>
#include <QImage>
#include <QPageSize>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>
#include <QAbstractTextDocumentLayout>
#include <QTextLayout>
#include <QtTest>

using namespace Revmark;

namespace {

const QString AlphaText = QStringLiteral(
    "The cinematography is luminous and the harbour scenes glow. The script drags badly in the middle act.\n\n"
    "A second paragraph praises the ending, which earns its quiet tears.");
const QString BetaText = QStringLiteral("Loud and empty, yet the score is wonderful.\n\nThe pacing is clumsy.");

QString runTool(const QString &tool, const QStringList &arguments)
{
    QProcess process;
    process.start(tool, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return QString();
    return QString::fromUtf8(process.readAllStandardOutput());
}

int pageCount(const QString &pdf)
{
    const QString info = runTool(QStringLiteral("pdfinfo"), {pdf});
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)"),
                                                         QRegularExpression::MultilineOption)
                                          .match(info);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

QString pageText(const QString &pdf, int page, bool layout = false)
{
    QStringList arguments{QStringLiteral("-enc"), QStringLiteral("UTF-8"), QStringLiteral("-f"), QString::number(page),
                          QStringLiteral("-l"), QString::number(page)};
    if (layout)
        arguments << QStringLiteral("-layout");
    return runTool(QStringLiteral("pdftotext"), arguments << pdf << QStringLiteral("-"));
}

// Text without any whitespace and in compatibility form: line breaks, justification spaces and
// Arabic presentation forms (which the PDF may map glyphs back to) no longer matter.
QString squeezed(const QString &text)
{
    QString s = text.normalized(QString::NormalizationForm_KC);
    s.remove(QRegularExpression(QStringLiteral("\\s+")));
    return s;
}

struct Word
{
    QRectF box;
    QString text;
};

QVector<Word> pageWords(const QString &pdf, int page, const QString &folder)
{
    const QString out = QDir(folder).filePath(QStringLiteral("bbox-%1.html").arg(page));
    runTool(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), QStringLiteral("-enc"), QStringLiteral("UTF-8"),
                                          QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                          QString::number(page), pdf, out});
    QFile file(out);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString html = QString::fromUtf8(file.readAll());
    static const QRegularExpression word(QStringLiteral(
        "<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>"));
    QVector<Word> words;
    for (auto it = word.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QPointF topLeft(m.captured(1).toDouble(), m.captured(2).toDouble());
        const QPointF bottomRight(m.captured(3).toDouble(), m.captured(4).toDouble());
        words.append({QRectF(topLeft, bottomRight), m.captured(5)});
    }
    return words;
}

// At 72 dpi one pixel is one PDF point, the unit of pdftotext's boxes.
QImage renderPage(const QString &pdf, int page, const QString &folder)
{
    const QString prefix = QDir(folder).filePath(QStringLiteral("page-%1").arg(page));
    runTool(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("72"), QStringLiteral("-png"),
                                         QStringLiteral("-singlefile"), QStringLiteral("-f"), QString::number(page),
                                         QStringLiteral("-l"), QString::number(page), pdf, prefix});
    return QImage(prefix + QStringLiteral(".png"));
}

int pixelsNear(const QImage &image, const QRectF &box, const QColor &colour)
{
    int count = 0;
    const QRect area = box.toAlignedRect().intersected(image.rect());
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (qAbs(c.red() - colour.red()) <= 6 && qAbs(c.green() - colour.green()) <= 6
                && qAbs(c.blue() - colour.blue()) <= 6)
                ++count;
        }
    }
    return count;
}

Review makeReview(const QString &title, const QString &author, const QString &outlet, const QString &text)
{
    Review review;
    review.id = newId();
    review.title = title;
    review.author = author;
    review.outlet = outlet;
    review.text = text;
    review.importedAt = QDateTime::currentDateTimeUtc();
    return review;
}

// [start, end) of the first occurrence of word in text.
QPair<int, int> span(const QString &text, const QString &word)
{
    const int start = int(text.indexOf(word));
    return {start, start + int(word.size())};
}

} // namespace

class TestPdfExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void pagesAndText();
    void summaryCounts();
    void summaryGradesAndVerdicts();
    void sampleProjectGrades();
    void summaryChart();
    void wideMatrix();
    void noLigatures();
    void fontFamilies_data();
    void fontFamilies();
    void runningHeaderAndFooter();
    void highlightColours();
    void selectedReviews();
    void unicodeRoundTrip_data();
    void unicodeRoundTrip();
    void emojiDoesNotVanish();
    void failures_data();
    void failures();
    void cancelKeepsExistingFile();
    void setAsidePassagesAreLeftOut();
    void notesHeadingStaysWithItsQuote();
    void notesHeadingInThePdf();
    void roundupSection();
    void defaultPageSize_data();
    void defaultPageSize();

private:
    QString exportProject(const Project &project, const ExportOptions &options = {});
    void buildProject();

    QScopedPointer<QTemporaryDir> m_dir;
    QScopedPointer<Project> m_project;
    QString m_alphaId;
    QString m_betaId;
};

void TestPdfExporter::initTestCase()
{
    for (const char *tool : {"pdfinfo", "pdftotext", "pdftoppm"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            QSKIP("poppler-utils (pdfinfo, pdftotext, pdftoppm) is needed to read the PDFs back");
    }
}

void TestPdfExporter::init()
{
    m_dir.reset(new QTemporaryDir);
    QVERIFY(m_dir->isValid());
    buildProject();
}

void TestPdfExporter::buildProject()
{
    m_project.reset(new Project);
    m_project->setTitle(QStringLiteral("Salt Orchard Reviews"));
    m_project->setTags({QStringLiteral("acting"), QStringLiteral("score"), QStringLiteral("script"),
                        QStringLiteral("unused")});
    const Review alpha = makeReview(QStringLiteral("Alpha Review"), QStringLiteral("Ann Author"),
                                    QStringLiteral("Planet"), AlphaText);
    const Review beta = makeReview(QStringLiteral("Beta Review"), QStringLiteral("Bo Critic"),
                                   QStringLiteral("Star"), BetaText);
    m_alphaId = alpha.id;
    m_betaId = beta.id;
    m_project->addReviews({alpha, beta});

    auto add = [this](const QString &id, const QString &text, const QString &word, Polarity polarity,
                      const QStringList &tags, const QString &note) {
        const QPair<int, int> s = span(text, word);
        QVERIFY(!m_project->addAnnotation(id, s.first, s.second, polarity, tags, note).isEmpty());
    };
    add(m_alphaId, AlphaText, QStringLiteral("luminous"), Polarity::Praise, {QStringLiteral("acting")},
        QStringLiteral("Best shot of the year.\nSecond line of the note."));
    add(m_alphaId, AlphaText, QStringLiteral("quiet tears"), Polarity::Praise, {QStringLiteral("score")}, QString());
    add(m_alphaId, AlphaText, QStringLiteral("drags"), Polarity::Criticism, {QStringLiteral("script")},
        QStringLiteral("Too slow."));
    add(m_betaId, BetaText, QStringLiteral("Loud and empty"), Polarity::Criticism, {}, QString());
    add(m_betaId, BetaText, QStringLiteral("clumsy"), Polarity::Criticism, {QStringLiteral("script")},
        QStringLiteral("Editing problem."));
}

QString TestPdfExporter::exportProject(const Project &project, const ExportOptions &options)
{
    const QString path = m_dir->filePath(QStringLiteral("out.pdf"));
    ExportOptions o = options;
    o.pageSize = QPageSize(QPageSize::A4);
    o.exportDate = QDateTime(QDate(2026, 3, 14), QTime(12, 0));
    QString error;
    if (!PdfExporter::exportPdf(project, path, o, {}, &error)) {
        qWarning("%s", qPrintable(error));
        return QString();
    }
    return path;
}

void TestPdfExporter::pagesAndText()
{
    const QString pdf = exportProject(*m_project);
    QVERIFY(!pdf.isEmpty());
    QCOMPARE(pageCount(pdf), 3); // summary + one page for each short review

    const QString info = runTool(QStringLiteral("pdfinfo"), {pdf});
    QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Title:\\s+Salt Orchard Reviews"))), qPrintable(info));
    QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Creator:\\s+Revmark"))), qPrintable(info));

    const QString first = pageText(pdf, 1);
    QVERIFY2(first.contains(QStringLiteral("Salt Orchard Reviews")), qPrintable(first));
    QVERIFY2(first.contains(QLocale().toString(QDate(2026, 3, 14), QLocale::LongFormat)), qPrintable(first));
    for (const QString &word : {QStringLiteral("solid underline"), QStringLiteral("wavy underline"),
                                QStringLiteral("dashed underline"), QStringLiteral("Alpha Review"),
                                QStringLiteral("Beta Review"), QStringLiteral("Ann Author"),
                                QStringLiteral("Star"), QStringLiteral("—")})
        QVERIFY2(first.contains(word), qPrintable(word + QStringLiteral(" missing in:\n") + first));
    // Every aspect of the tag list gets a row, used or not.
    QVERIFY2(first.contains(QStringLiteral("Unused")), qPrintable(first));

    const QString alpha = pageText(pdf, 2);
    QVERIFY2(alpha.contains(QStringLiteral("Alpha Review")), qPrintable(alpha));
    QVERIFY2(alpha.contains(QStringLiteral("Ann Author · Planet")), qPrintable(alpha));
    // The note numbers follow the annotated words; the notes keep their lines.
    QVERIFY2(alpha.contains(QStringLiteral("luminous1")), qPrintable(alpha));
    QVERIFY2(alpha.contains(QStringLiteral("drags2")), qPrintable(alpha));
    QVERIFY2(alpha.contains(QStringLiteral("Notes")), qPrintable(alpha));
    QVERIFY2(alpha.contains(QStringLiteral("“luminous”")), qPrintable(alpha));
    QVERIFY2(alpha.contains(QStringLiteral("Best shot of the year.\nSecond line of the note.")), qPrintable(alpha));
    QVERIFY2(alpha.contains(QStringLiteral("Too slow.")), qPrintable(alpha));
    QVERIFY2(!alpha.contains(QStringLiteral("“quiet tears”")), qPrintable(alpha)); // no note, no entry
    QVERIFY2(squeezed(alpha).contains(squeezed(QStringLiteral("The cinematography is luminous"))), qPrintable(alpha));

    const QString beta = pageText(pdf, 3);
    QVERIFY2(beta.contains(QStringLiteral("Editing problem.")), qPrintable(beta));
    QVERIFY2(beta.contains(QStringLiteral("“clumsy”")), qPrintable(beta));
}

namespace {

// The line of -layout text that starts with start (after blanks), with its blanks collapsed.
QString layoutRow(const QStringList &lines, const QString &start)
{
    for (const QString &line : lines) {
        if (line.simplified().startsWith(start))
            return line.simplified();
    }
    return QString();
}

} // namespace

void TestPdfExporter::summaryCounts()
{
    const QString pdf = exportProject(*m_project);
    QVERIFY(!pdf.isEmpty());
    // -layout keeps each table row on one line. The reviews: number, title, author, outlet,
    // grade, praise, criticism.
    const QStringList lines = pageText(pdf, 1, true).split(QLatin1Char('\n'));
    const QString header = layoutRow(lines, QStringLiteral("# Review"));
    QVERIFY2(header == QStringLiteral("# Review Author Outlet Grade Praise Criticism"), qPrintable(header));
    const QString alpha = layoutRow(lines, QStringLiteral("1 Alpha Review"));
    QVERIFY2(alpha.endsWith(QStringLiteral("Planet — 2 1")), qPrintable(alpha));
    const QString beta = layoutRow(lines, QStringLiteral("2 Beta Review"));
    QVERIFY2(beta.endsWith(QStringLiteral("Star — 0 2")), qPrintable(beta));
    const QString total = layoutRow(lines, QStringLiteral("Total"));
    QVERIFY2(total.endsWith(QStringLiteral("2 3")), qPrintable(total));

    // The consensus matrix: aspects in tag-list order, then the untagged ones; the verdict; a
    // column per review with "+praise -criticism".
    const QString matrixHeader = layoutRow(lines, QStringLiteral("Aspect"));
    QVERIFY2(matrixHeader == QStringLiteral("Aspect Verdict 1 2"), qPrintable(matrixHeader));
    QCOMPARE(layoutRow(lines, QStringLiteral("Acting")), QStringLiteral("Acting One voice +1"));
    QCOMPARE(layoutRow(lines, QStringLiteral("Score")), QStringLiteral("Score One voice +1"));
    QCOMPARE(layoutRow(lines, QStringLiteral("Script")), QStringLiteral("Script Agree: criticism -1 -1"));
    QCOMPARE(layoutRow(lines, QStringLiteral("Unused")), QStringLiteral("Unused Not mentioned"));
    QCOMPARE(layoutRow(lines, QStringLiteral("(no tag)")), QStringLiteral("(no tag) One voice -1"));
    // In that order (the chart below repeats them: only the first of each counts).
    const QStringList aspects{QStringLiteral("Acting"), QStringLiteral("Score"), QStringLiteral("Script"),
                              QStringLiteral("Unused"), QStringLiteral("(no")};
    QStringList order;
    for (const QString &line : lines) {
        const QString aspect = line.simplified().section(QLatin1Char(' '), 0, 0);
        if (aspects.contains(aspect) && !order.contains(aspect))
            order.append(aspect);
    }
    QCOMPARE(order, aspects);
}

void TestPdfExporter::summaryGradesAndVerdicts()
{
    // Grades (raw and 0-100) and every verdict on the summary page.
    Project project;
    project.setTitle(QStringLiteral("Graded"));
    project.setTags({QStringLiteral("acting"), QStringLiteral("script"), QStringLiteral("music"),
                     QStringLiteral("pacing"), QStringLiteral("ending")});
    const QString text = QStringLiteral("good bad fine poor nice weak");
    QVector<Review> reviews;
    for (const QString &name : {QStringLiteral("One"), QStringLiteral("Two"), QStringLiteral("Three")})
        reviews.append(makeReview(name + QStringLiteral(" Review"), name, QString(), text));
    reviews[0].grade = GradeParser::parse(QStringLiteral("B-"));
    reviews[1].grade = GradeParser::parse(QStringLiteral("★★★½"));
    project.addReviews(reviews);
    const auto mark = [&](int review, const QString &word, Polarity polarity, const QString &tag) {
        const QPair<int, int> s = span(text, word);
        QVERIFY(!project.addAnnotation(project.review(review).id, s.first, s.second, polarity, {tag}).isEmpty());
    };
    mark(0, QStringLiteral("good"), Polarity::Praise, QStringLiteral("acting"));
    mark(1, QStringLiteral("fine"), Polarity::Praise, QStringLiteral("acting"));   // acting: agree, praise
    mark(0, QStringLiteral("bad"), Polarity::Criticism, QStringLiteral("script"));
    mark(2, QStringLiteral("poor"), Polarity::Criticism, QStringLiteral("script")); // script: agree, criticism
    mark(0, QStringLiteral("nice"), Polarity::Praise, QStringLiteral("music"));
    mark(1, QStringLiteral("weak"), Polarity::Criticism, QStringLiteral("music"));  // music: split
    mark(2, QStringLiteral("good"), Polarity::Praise, QStringLiteral("pacing"));    // pacing: one voice
    const QString pdf = exportProject(project);
    QVERIFY(!pdf.isEmpty());
    const QStringList lines = pageText(pdf, 1, true).split(QLatin1Char('\n'));
    QVERIFY2(layoutRow(lines, QStringLiteral("1 One Review")).endsWith(QStringLiteral("One B- (75) 2 1")),
             qPrintable(layoutRow(lines, QStringLiteral("1 One Review"))));
    QVERIFY2(layoutRow(lines, QStringLiteral("2 Two Review")).endsWith(QStringLiteral("Two ★★★½ (70) 1 1")),
             qPrintable(layoutRow(lines, QStringLiteral("2 Two Review"))));
    QVERIFY2(layoutRow(lines, QStringLiteral("3 Three Review")).endsWith(QStringLiteral("Three — 1 1")),
             qPrintable(layoutRow(lines, QStringLiteral("3 Three Review"))));
    QCOMPARE(layoutRow(lines, QStringLiteral("Acting")), QStringLiteral("Acting Agree: praise +1 +1"));
    QCOMPARE(layoutRow(lines, QStringLiteral("Script")), QStringLiteral("Script Agree: criticism -1 -1"));
    QCOMPARE(layoutRow(lines, QStringLiteral("Music")), QStringLiteral("Music Split +1 -1"));
    QCOMPARE(layoutRow(lines, QStringLiteral("Pacing")), QStringLiteral("Pacing One voice +1"));
    QCOMPARE(layoutRow(lines, QStringLiteral("Ending")), QStringLiteral("Ending Not mentioned"));
}

void TestPdfExporter::sampleProjectGrades()
{
    // The bundled sample: every review has a grade, and the summary page shows each, never "—".
    Project project;
    const ProjectLoadResult loaded =
        ProjectFile::loadInto(&project, QStringLiteral(REVMARK_TEST_DATA "/../../resources/sample/sample.revmark"));
    QVERIFY2(loaded.ok, qPrintable(loaded.error));
    QCOMPARE(project.reviewCount(), 4);
    const QString pdf = exportProject(project);
    QVERIFY(!pdf.isEmpty());
    const QStringList lines = pageText(pdf, 1, true).split(QLatin1Char('\n'));
    QVERIFY2(layoutRow(lines, QStringLiteral("# Review")).contains(QStringLiteral("Grade")),
             qPrintable(lines.join(QLatin1Char('\n'))));
    for (int i = 0; i < project.reviewCount(); ++i) {
        const Grade &grade = project.review(i).grade;
        QVERIFY(grade.isValid());
        const QString row = layoutRow(lines, QStringLiteral("%1 ").arg(i + 1));
        QVERIFY2(row.contains(QStringLiteral("%1 (%2)").arg(grade.raw).arg(grade.value)), qPrintable(row));
        QVERIFY2(!row.contains(QStringLiteral("—")), qPrintable(row));
    }
}

void TestPdfExporter::summaryChart()
{
    // The chart under the matrix is drawn, not pasted as a picture: its words are text in the
    // PDF, and its bars are there, in the polarity's tint, on the row of their aspect.
    const QString pdf = exportProject(*m_project);
    QVERIFY(!pdf.isEmpty());
    const QString text = pageText(pdf, 1);
    QVERIFY2(text.contains(QStringLiteral("Criticism ◀")) && text.contains(QStringLiteral("▶ Praise")), qPrintable(text));
    QCOMPARE(int(text.count(QStringLiteral("Agree: criticism"))), 2); // matrix and chart

    const QVector<Word> words = pageWords(pdf, 1, m_dir->path());
    const QImage image = renderPage(pdf, 1, m_dir->path());
    QVERIFY(!image.isNull());
    // The chart's row label is the second "Script" on the page (the matrix has the first).
    const auto chartRow = [&words, &image](const QString &aspect) {
        int seen = 0;
        for (const Word &w : words) {
            if (w.text == aspect && ++seen == 2)
                return QRectF(w.box.right() + 2, w.box.top(), image.width() - w.box.right() - 2, w.box.height());
        }
        return QRectF();
    };
    // At 72 dpi the criticism hatch blends with its tint, so count hues rather than exact colours:
    // praise is blue, criticism orange; the chart's text is grey.
    const auto hued = [&image](const QRectF &box, bool warm) {
        int count = 0;
        const QRect area = box.toAlignedRect().intersected(image.rect());
        for (int y = area.top(); y <= area.bottom(); ++y) {
            for (int x = area.left(); x <= area.right(); ++x) {
                const QColor c = image.pixelColor(x, y);
                count += (warm ? c.red() - c.blue() : c.blue() - c.red()) > 30 ? 1 : 0;
            }
        }
        return count;
    };
    const QRectF script = chartRow(QStringLiteral("Script"));
    const QRectF acting = chartRow(QStringLiteral("Acting"));
    const QRectF unused = chartRow(QStringLiteral("Unused"));
    QVERIFY(script.isValid() && acting.isValid() && unused.isValid());
    QVERIFY2(hued(script, true) > 10, "no criticism bar on the Script row");
    QCOMPARE(hued(script, false), 0);
    QVERIFY2(hued(acting, false) > 10, "no praise bar on the Acting row");
    QCOMPARE(hued(acting, true), 0);
    QCOMPARE(hued(unused, true) + hued(unused, false), 0);
}

void TestPdfExporter::wideMatrix()
{
    // More reviews than fit across the page: the matrix continues in further tables, and every
    // review's column is in one of them (none cut off at the page's edge).
    Project project;
    project.setTags({QStringLiteral("acting")});
    const QString text = QStringLiteral("Strong acting throughout.");
    QVector<Review> reviews;
    for (int i = 1; i <= 30; ++i)
        reviews.append(makeReview(QStringLiteral("Review %1").arg(i), QStringLiteral("Critic %1").arg(i), QString(), text));
    project.addReviews(reviews);
    const QPair<int, int> s = span(text, QStringLiteral("Strong acting"));
    for (int i = 0; i < 30; ++i) {
        QVERIFY(!project.addAnnotation(project.review(i).id, s.first, s.second, i % 3 ? Polarity::Praise : Polarity::Criticism,
                                       {QStringLiteral("acting")})
                     .isEmpty());
    }
    const QString pdf = exportProject(project);
    QVERIFY(!pdf.isEmpty());
    QString layout;
    for (int page = 1; page <= 3; ++page)
        layout += pageText(pdf, page, true);
    QList<int> columns;
    int tables = 0;
    for (const QString &line : layout.split(QLatin1Char('\n'))) {
        const QStringList fields = line.simplified().split(QLatin1Char(' '));
        if (fields.size() < 3 || fields.at(0) != QLatin1String("Aspect") || fields.at(1) != QLatin1String("Verdict"))
            continue;
        ++tables;
        for (int k = 2; k < fields.size(); ++k) {
            if (!columns.contains(fields.at(k).toInt()))
                columns.append(fields.at(k).toInt());
        }
    }
    QVERIFY2(tables > 1, qPrintable(layout));
    std::sort(columns.begin(), columns.end());
    QList<int> expected;
    for (int i = 1; i <= 30; ++i)
        expected.append(i);
    QCOMPARE(columns, expected);
    // The verdict is over all thirty, whichever table shows it.
    QVERIFY2(layout.contains(QStringLiteral("Split")), qPrintable(layout));
}

void TestPdfExporter::fontFamilies_data()
{
    QTest::addColumn<QString>("first");
    QTest::newRow("body") << ExportDocument::bodyFamily();
    QTest::newRow("headings") << ExportDocument::headingFamily();
}

// The families are written in lower case (for speed): each must still find the font its usual
// spelling finds, and the list keeps the main family first, then each fallback once.
void TestPdfExporter::fontFamilies()
{
    QFETCH(QString, first);
    const QStringList families = ExportDocument::fontFamilies(first);
    QCOMPARE(families.first(), first.toLower());
    QCOMPARE(QSet<QString>(families.cbegin(), families.cend()).size(), families.size());
    QVERIFY(families.contains(QStringLiteral("symbola")));
    const QStringList spelled{first, QStringLiteral("DejaVu Sans"), QStringLiteral("WenQuanYi Micro Hei"),
                              QStringLiteral("Symbola")};
    for (const QString &family : spelled) {
        QVERIFY2(families.contains(family.toLower()), qPrintable(family));
        QCOMPARE(QFontInfo(QFont(family.toLower())).family(), QFontInfo(QFont(family)).family());
    }
    QFont lower;
    lower.setFamilies(families);
    QFont usual;
    usual.setFamilies(spelled);
    QCOMPARE(QFontInfo(lower).family(), QFontInfo(usual).family());
    QCOMPARE(QFontInfo(lower).family(), QFontInfo(QFont(first)).family());
}

void TestPdfExporter::noLigatures()
{
    // DejaVu has fi, fl, ffi... ligatures; Qt would use them and the PDF would map them to
    // U+FB00-FB06, so "film" could not be found. Everywhere: title and running header, table,
    // tags, review text, notes.
    const QStringList words{QStringLiteral("film"), QStringLiteral("first"), QStringLiteral("flat"),
                            QStringLiteral("official"), QStringLiteral("waffle")};
    const QString text = QStringLiteral("The film was first rate. A flat official waffle of a film.\n\n"
                                        "Its finest flourish is the office scene.");
    Project project;
    project.setTitle(QStringLiteral("Official film reviews"));
    project.setTags({QStringLiteral("waffle"), QStringLiteral("flow")});
    Review review = makeReview(QStringLiteral("A first look at the film"), QStringLiteral("Fiona Flint"),
                               QStringLiteral("The Official Waffle"), text);
    project.addReviews({review});
    const QPair<int, int> s = span(text, QStringLiteral("flat official waffle"));
    QVERIFY(!project.addAnnotation(review.id, s.first, s.second, Polarity::Criticism, {QStringLiteral("waffle")},
                                   QStringLiteral("A fine, fluffy note on the film."))
                 .isEmpty());
    const QString pdf = exportProject(project);
    QVERIFY(!pdf.isEmpty());
    static const QRegularExpression ligature(QStringLiteral("[\\x{FB00}-\\x{FB06}]"));
    const int pages = pageCount(pdf);
    QCOMPARE(pages, 2);
    QString all;
    for (int page = 1; page <= pages; ++page) {
        const QString extracted = pageText(pdf, page);
        QVERIFY2(!extracted.contains(ligature), qPrintable(QStringLiteral("page %1 has ligatures:\n%2").arg(page).arg(extracted)));
        all += extracted;
    }
    for (const QString &word : words)
        QVERIFY2(all.contains(word), qPrintable(QStringLiteral("“%1” not found in:\n%2").arg(word, all)));
    // Each kind of text: title and tables on the summary page; running header (painted apart
    // from the document), review text and note on the review's page.
    const QString first = pageText(pdf, 1);
    for (const QString &phrase : {QStringLiteral("Official film reviews"), QStringLiteral("A first look at the film"),
                                  QStringLiteral("Fiona Flint"), QStringLiteral("Waffle"), QStringLiteral("Flow")})
        QVERIFY2(first.contains(phrase), qPrintable(phrase + QStringLiteral(" missing in:\n") + first));
    const QString second = pageText(pdf, 2);
    for (const QString &phrase : {QStringLiteral("Official film reviews"), QStringLiteral("flat official waffle"),
                                  QStringLiteral("finest flourish"), QStringLiteral("A fine, fluffy note")})
        QVERIFY2(second.contains(phrase), qPrintable(phrase + QStringLiteral(" missing in:\n") + second));
}

void TestPdfExporter::runningHeaderAndFooter()
{
    // A review long enough for three pages or more.
    QString text;
    for (int i = 0; i < 60; ++i)
        text += QStringLiteral("Paragraph %1 of a long review that keeps going about the film. ").arg(i + 1).repeated(3)
            + QStringLiteral("\n\n");
    text.chop(2);
    Project project;
    project.setTitle(QStringLiteral("Long One"));
    project.addReviews({makeReview(QStringLiteral("Epic Review"), QStringLiteral("Writer"), QString(), text)});
    const QString pdf = exportProject(project);
    QVERIFY(!pdf.isEmpty());
    const int pages = pageCount(pdf);
    QVERIFY2(pages >= 4, qPrintable(QString::number(pages)));
    for (int page = 1; page <= pages; ++page) {
        const QString t = pageText(pdf, page);
        QVERIFY2(t.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)), qPrintable(t));
        if (page > 1) {
            QVERIFY2(t.contains(QStringLiteral("Long One")), qPrintable(t));
            QVERIFY2(t.contains(QStringLiteral("Epic Review")), qPrintable(t));
        }
    }
    // Every paragraph made it, in order, across the page breaks.
    QString all;
    for (int page = 2; page <= pages; ++page)
        all += pageText(pdf, page);
    QVERIFY(squeezed(all).contains(squeezed(QStringLiteral("Paragraph 60 of a long review"))));
    int last = -1;
    for (int i = 1; i <= 60; ++i) {
        const int at = int(all.indexOf(QStringLiteral("Paragraph %1 of").arg(i)));
        QVERIFY2(at > last, qPrintable(QString::number(i)));
        last = at;
    }
}

void TestPdfExporter::highlightColours()
{
    const QString pdf = exportProject(*m_project);
    QVERIFY(!pdf.isEmpty());
    const QImage image = renderPage(pdf, 2, m_dir->path());
    QVERIFY(!image.isNull());
    const QVector<Word> words = pageWords(pdf, 2, m_dir->path());
    auto box = [&words](const QString &prefix) {
        for (const Word &w : words) {
            if (w.text.startsWith(prefix))
                return w.box;
        }
        return QRectF();
    };
    const QColor praise = HighlightStyle::tint(Polarity::Praise, HighlightStyle::Theme::Light);
    const QColor criticism = HighlightStyle::tint(Polarity::Criticism, HighlightStyle::Theme::Light);
    const QRectF luminous = box(QStringLiteral("luminous"));
    const QRectF drags = box(QStringLiteral("drags"));
    const QRectF act = box(QStringLiteral("act."));
    QVERIFY(luminous.isValid() && drags.isValid() && act.isValid());
    // Shrink the boxes a little: poppler's boxes and the painted background differ by a pixel.
    const auto inner = [](const QRectF &r) { return r.adjusted(1, 1, -1, -1); };
    QVERIFY2(pixelsNear(image, inner(luminous), praise) > 10, "praise tint missing on “luminous”");
    QCOMPARE(pixelsNear(image, inner(luminous), criticism), 0);
    QVERIFY2(pixelsNear(image, inner(drags), criticism) > 10, "criticism tint missing on “drags”");
    QCOMPARE(pixelsNear(image, inner(drags), praise), 0);
    // Unmarked words stay on white.
    QCOMPARE(pixelsNear(image, inner(act), praise) + pixelsNear(image, inner(act), criticism), 0);
}

void TestPdfExporter::selectedReviews()
{
    ExportOptions options;
    options.reviews = {1};
    const QString pdf = exportProject(*m_project, options);
    QVERIFY(!pdf.isEmpty());
    QCOMPARE(pageCount(pdf), 2);
    const QString first = pageText(pdf, 1);
    QVERIFY2(first.contains(QStringLiteral("Beta Review")), qPrintable(first));
    QVERIFY2(!first.contains(QStringLiteral("Alpha Review")), qPrintable(first));
    QVERIFY2(pageText(pdf, 2).contains(QStringLiteral("Editing problem.")), "");
}

void TestPdfExporter::unicodeRoundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("rightToLeft");
    QTest::newRow("accented Latin") << QStringLiteral(
        "Café naïve façade: Søren’s œuvre, Łódź, Ångström, señor.\n\nZoë’s “daß” déjà vu.") << false;
    QTest::newRow("CJK") << QStringLiteral("这部电影的摄影非常出色，但剧本拖沓。\n\n映画の音楽は素晴らしい。한국어 리뷰입니다.")
                         << false;
    QTest::newRow("Hebrew") << QStringLiteral("הסרט יפה מאוד אבל ארוך מדי.\n\nהמשחק של השחקנים מצוין.") << true;
    QTest::newRow("Arabic") << QStringLiteral("الفيلم جميل جدا لكن النهاية ضعيفة.\n\nالموسيقى رائعة.") << true;
}

void TestPdfExporter::unicodeRoundTrip()
{
    QFETCH(QString, text);
    QFETCH(bool, rightToLeft);
    Project project;
    project.setTitle(QStringLiteral("Scripts"));
    project.addReviews({makeReview(QStringLiteral("Sample"), QStringLiteral("Someone"), QString(), text)});
    const QString id = project.review(0).id;
    // A highlight in the middle must not break the text apart.
    QVERIFY(!project.addAnnotation(id, 2, 6, Polarity::Praise).isEmpty());
    const QString pdf = exportProject(project);
    QVERIFY(!pdf.isEmpty());
    QString extracted = pageText(pdf, 2);
    // What poppler gives back for right-to-left lines (checked with pdftotext 22.12): the letters
    // in logical order, as stored, wrapped in embedding controls (U+202B ... U+202C), Arabic as
    // presentation forms (NFKC in squeezed() maps them back), and the full stop that ends the
    // line logically placed before it, where it stands visually. So for RTL the comparison drops
    // the controls and the full stops; the letters and words must match exactly, in order.
    if (rightToLeft) {
        extracted.remove(QRegularExpression(QStringLiteral("[\\x{200E}\\x{200F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}.]")));
        text.remove(QLatin1Char('.'));
    }
    QVERIFY2(squeezed(extracted).contains(squeezed(text)),
             qPrintable(QStringLiteral("expected:\n%1\nextracted:\n%2").arg(text, extracted)));
}

void TestPdfExporter::emojiDoesNotVanish()
{
    // Symbola draws emoji as black outlines (colour emoji fonts are bitmaps the PDF engine cannot
    // embed). Symbols in the Basic Multilingual Plane come back as text; emoji beyond it are drawn
    // but Qt's PDF engine writes no text mapping for them (Qt 6.4 and 5.15 alike), so for those the
    // test checks that ink is there, between the words around them.
    const QString text = QStringLiteral("A joyful movie 🎬 with a star turn ⭐ and a heart ❤ at its core.");
    Project project;
    project.addReviews({makeReview(QStringLiteral("Emoji"), QString(), QString(), text)});
    const QString pdf = exportProject(project);
    QVERIFY(!pdf.isEmpty());
    const QString extracted = pageText(pdf, 2);
    QVERIFY2(squeezed(extracted).contains(squeezed(QStringLiteral("with a star turn ⭐ and a heart ❤ at its core."))),
             qPrintable(extracted));

    const QImage image = renderPage(pdf, 2, m_dir->path());
    const QVector<Word> words = pageWords(pdf, 2, m_dir->path());
    QRectF movie;
    QRectF with;
    for (const Word &w : words) {
        if (w.text == QLatin1String("movie"))
            movie = w.box;
        else if (w.text == QLatin1String("with") && movie.isValid() && !with.isValid())
            with = w.box;
    }
    QVERIFY(movie.isValid() && with.isValid());
    QVERIFY(qAbs(movie.center().y() - with.center().y()) < 2); // same line
    const QRect gap = QRectF(QPointF(movie.right() + 1, movie.top()), QPointF(with.left() - 1, movie.bottom()))
                          .toAlignedRect()
                          .intersected(image.rect());
    int ink = 0;
    for (int y = gap.top(); y <= gap.bottom(); ++y) {
        for (int x = gap.left(); x <= gap.right(); ++x)
            ink += qGray(image.pixel(x, y)) < 128 ? 1 : 0;
    }
    QVERIFY2(ink > 10, qPrintable(QStringLiteral("the clapperboard emoji left no ink (%1 dark pixels)").arg(ink)));
}

void TestPdfExporter::failures_data()
{
    QTest::addColumn<QString>("relativePath");
    QTest::newRow("missing folder") << QStringLiteral("no-such-folder/out.pdf");
    QTest::newRow("folder as file") << QStringLiteral("a-folder");
}

void TestPdfExporter::failures()
{
    QFETCH(QString, relativePath);
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("a-folder")));
    const QString path = m_dir->filePath(relativePath);
    QString error;
    ExportOptions options;
    QVERIFY(!PdfExporter::exportPdf(*m_project, path, options, {}, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QVERIFY2(error.size() > QDir::toNativeSeparators(path).size() + 20, qPrintable(error)); // and a reason
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("a-folder")});
    QCOMPARE(QDir(m_dir->filePath(QStringLiteral("a-folder"))).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList());
}

void TestPdfExporter::cancelKeepsExistingFile()
{
    const QString path = m_dir->filePath(QStringLiteral("old.pdf"));
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("older export");
    }
    QVector<QPair<int, int>> calls;
    const auto cancelAfterFirst = [&calls](int page, int pages) {
        calls.append({page, pages});
        return false;
    };
    QString error = QStringLiteral("stale");
    QVERIFY(!PdfExporter::exportPdf(*m_project, path, ExportOptions(), cancelAfterFirst, &error));
    QCOMPARE(error, QString()); // cancelling is not an error
    QCOMPARE(calls, (QVector<QPair<int, int>>{{1, 3}}));
    QFile old(path);
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("older export"));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("old.pdf")});

    // Letting it run reports every page once and replaces the file.
    calls.clear();
    const auto keepGoing = [&calls](int page, int pages) {
        calls.append({page, pages});
        return true;
    };
    QVERIFY(PdfExporter::exportPdf(*m_project, path, ExportOptions(), keepGoing, &error));
    QCOMPARE(calls, (QVector<QPair<int, int>>{{1, 3}, {2, 3}, {3, 3}}));
    QCOMPARE(pageCount(path), 3);
}

void TestPdfExporter::defaultPageSize_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<int>("pageSize");
    QTest::newRow("en_US") << QStringLiteral("en_US") << int(QPageSize::Letter);
    QTest::newRow("en_CA") << QStringLiteral("en_CA") << int(QPageSize::Letter);
    QTest::newRow("fr_CA") << QStringLiteral("fr_CA") << int(QPageSize::Letter);
    QTest::newRow("es_MX") << QStringLiteral("es_MX") << int(QPageSize::Letter);
    QTest::newRow("en_GB") << QStringLiteral("en_GB") << int(QPageSize::A4);
    QTest::newRow("de_DE") << QStringLiteral("de_DE") << int(QPageSize::A4);
    QTest::newRow("ja_JP") << QStringLiteral("ja_JP") << int(QPageSize::A4);
}

void TestPdfExporter::defaultPageSize()
{
    QFETCH(QString, locale);
    QFETCH(int, pageSize);
    QCOMPARE(int(PdfExporter::defaultPageSize(QLocale(locale)).id()), pageSize);
}

// Passages set aside as the web page's are not exported, nor the notes of annotations in them.
void TestPdfExporter::setAsidePassagesAreLeftOut()
{
    const QString text = QStringLiteral("Picture Palace\n\nThe film is tender and the ending lands.\n\nMore articles\nAnother headline entirely");
    Review review = makeReview(QStringLiteral("Aside Review"), QStringLiteral("Ann Author"), QString(), text);
    review.setAside = {{0, 14}, {int(text.indexOf(QLatin1String("More"))), int(text.size())}};
    Project project;
    project.setTitle(QStringLiteral("Aside"));
    project.addReviews({review});
    const QString id = project.review(0).id;
    const QPair<int, int> tender = span(text, QStringLiteral("tender"));
    const QPair<int, int> headline = span(text, QStringLiteral("headline"));
    QVERIFY(!project.addAnnotation(id, tender.first, tender.second, Polarity::Praise, {}, QStringLiteral("Kept note.")).isEmpty());
    QVERIFY(!project.addAnnotation(id, headline.first, headline.second, Polarity::Praise, {}, QStringLiteral("Dropped note."))
                 .isEmpty());
    const QString pdf = exportProject(project);
    QVERIFY(!pdf.isEmpty());
    const QString page = pageText(pdf, 2);
    QVERIFY2(page.contains(QStringLiteral("tender1")), qPrintable(page));
    QVERIFY2(page.contains(QStringLiteral("Kept note.")), qPrintable(page));
    for (const char *gone : {"Picture Palace", "More articles", "Another headline", "Dropped note."})
        QVERIFY2(!page.contains(QLatin1String(gone)), qPrintable(page));
    // No blank paragraph where the site's name was: the text starts right under the byline.
    const QStringList lines = page.split(QLatin1Char('\n'));
    int byline = -1;
    for (int i = 0; i < lines.size() && byline < 0; ++i)
        byline = lines.at(i).startsWith(QStringLiteral("Ann Author")) ? i : -1;
    QVERIFY2(byline >= 0, qPrintable(page));
    QVERIFY2(lines.value(byline + 1).startsWith(QStringLiteral("The film is tender")) || lines.value(byline + 2).startsWith(QStringLiteral("The film is tender")),
             qPrintable(page));
}

// Wherever the review's text ends on a page, the "Notes" heading is on the page of its first quote.
void TestPdfExporter::notesHeadingStaysWithItsQuote()
{
    int moved = 0;
    for (int paragraphs = 1; paragraphs <= 40; ++paragraphs) {
        QString text;
        for (int i = 0; i < paragraphs; ++i)
            text += QStringLiteral("Line %1 of a review that fills the page.\n\n").arg(i + 1);
        text += QStringLiteral("The finale soars.");
        Project project;
        project.addReviews({makeReview(QStringLiteral("R"), QStringLiteral("A"), QString(), text)});
        const QPair<int, int> soars = span(text, QStringLiteral("soars"));
        project.addAnnotation(project.review(0).id, soars.first, soars.second, Polarity::Praise, {}, QStringLiteral("A note."));
        ExportDocument document(project, {}, QDateTime(QDate(2026, 3, 14), QTime(12, 0)), nullptr, 300);
        QTextDocument *doc = document.document();
        doc->setPageSize(QSizeF(400, 260));
        moved += document.keepHeadingsWithText();
        QTextBlock heading;
        for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
            if (b.text() == QStringLiteral("Notes"))
                heading = b;
        }
        QVERIFY(heading.isValid());
        const QTextBlock quote = heading.next().next();
        QVERIFY2(quote.text().contains(QStringLiteral("soars")), qPrintable(quote.text()));
        const auto page = [doc](const QTextBlock &block) {
            return int((doc->documentLayout()->blockBoundingRect(block).top() + block.layout()->lineAt(0).y()
                        + block.layout()->lineAt(0).height() / 2)
                       / doc->pageSize().height());
        };
        QVERIFY2(page(heading) == page(quote), qPrintable(QString::number(paragraphs)));
    }
    // Some of those lengths left the heading at the foot of a page: the rule was needed.
    QVERIFY(moved > 0);
}

void TestPdfExporter::notesHeadingInThePdf()
{
    // The same through the exporter: on each page holding "Notes", its quote too.
    for (int paragraphs = 30; paragraphs <= 60; paragraphs += 3) {
        QString text;
        for (int i = 0; i < paragraphs; ++i)
            text += QStringLiteral("Line %1 of a review that fills the page.\n\n").arg(i + 1);
        text += QStringLiteral("The finale soars.");
        Project project;
        project.addReviews({makeReview(QStringLiteral("R"), QStringLiteral("A"), QString(), text)});
        const QPair<int, int> soars = span(text, QStringLiteral("soars"));
        project.addAnnotation(project.review(0).id, soars.first, soars.second, Polarity::Praise, {}, QStringLiteral("A note."));
        const QString pdf = exportProject(project);
        QVERIFY(!pdf.isEmpty());
        for (int p = 2; p <= pageCount(pdf); ++p) {
            const QString t = pageText(pdf, p, true);
            if (t.contains(QRegularExpression(QStringLiteral("^\\s*Notes\\s*$"), QRegularExpression::MultilineOption)))
                QVERIFY2(t.contains(QStringLiteral("“soars”")), qPrintable(t));
        }
    }
}

void TestPdfExporter::roundupSection()
{
    ExportOptions options;
    options.roundupTag = QStringLiteral("script");
    const QString pdf = exportProject(*m_project, options);
    QVERIFY(!pdf.isEmpty());
    QCOMPARE(pageCount(pdf), 4); // summary, roundup, two reviews
    const QString roundup = pageText(pdf, 2);
    for (const char *word : {"Roundup: script", "Ann Author", "Planet", "Bo Critic", "“drags”", "Too slow.", "“clumsy”",
                             "Editing problem.", "Criticism: 2"})
        QVERIFY2(roundup.contains(QString::fromUtf8(word)), qPrintable(QString::fromUtf8(word) + QStringLiteral(" in\n") + roundup));
    QVERIFY2(roundup.indexOf(QStringLiteral("drags")) < roundup.indexOf(QStringLiteral("clumsy")), qPrintable(roundup));
    QVERIFY2(!roundup.contains(QStringLiteral("luminous")), qPrintable(roundup));
}

QTEST_MAIN(TestPdfExporter)
#include "tst_pdfexporter.moc"
