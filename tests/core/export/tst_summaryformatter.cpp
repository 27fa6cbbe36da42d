// SPDX-License-Identifier: GPL-3.0-or-later
// Golden files: each project in tests/data/summary/ is summarised in every format and compared
// with <project>.expected.<txt|md|csv|json> beside it. With REVMARK_UPDATE_REFERENCES=1 a changed
// output is written over its reference and the comparison still fails, so an update never
// passes unnoticed (tests/data/summary/update-references.sh runs that, then checks again).
#include "compare/consensus.h"
#include "export/summaryformatter.h"
#include "project/project.h"
#include "project/projectfile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QtTest>

#include <iterator>

using namespace Revmark;

Q_DECLARE_METATYPE(SummaryFormatter::Format)

namespace {

const QString Folder = QStringLiteral(REVMARK_TEST_DATA "/summary");

struct FormatFile
{
    SummaryFormatter::Format format;
    const char *extension;
};

const FormatFile Formats[] = {
    {SummaryFormatter::Format::Text, "txt"},
    {SummaryFormatter::Format::Markdown, "md"},
    {SummaryFormatter::Format::Csv, "csv"},
    {SummaryFormatter::Format::Json, "json"},
};

QStringList projectNames()
{
    QStringList names;
    const QStringList files = QDir(Folder).entryList({QStringLiteral("*.revmark")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        names.append(QFileInfo(file).completeBaseName());
    return names;
}

QString referencePath(const QString &project, const char *extension)
{
    return QDir(Folder).filePath(QStringLiteral("%1.expected.%2").arg(project, QLatin1String(extension)));
}

bool loadSummary(const QString &name, ConsensusSummary *summary, QString *error)
{
    Project project;
    const ProjectLoadResult loaded = ProjectFile::loadInto(&project, QDir(Folder).filePath(name + QStringLiteral(".revmark")));
    if (!loaded.ok) {
        *error = loaded.error;
        return false;
    }
    *summary = summarize(project);
    return true;
}

ConsensusSummary::ReviewEntry entry(int index, const QString &title, const QString &author, const QString &outlet,
                                    const Grade &grade = Grade())
{
    ConsensusSummary::ReviewEntry e;
    e.index = index;
    e.id = QStringLiteral("id-%1").arg(index);
    e.title = title;
    e.author = author;
    e.outlet = outlet;
    e.grade = grade;
    return e;
}

// Fields of one CSV record (RFC 4180), from the start of text; *rest receives what follows it.
QStringList csvRecord(const QString &text, QString *rest)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    int i = 0;
    for (; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            fields.append(field);
            field.clear();
        } else if (c == QLatin1Char('\n')) {
            ++i;
            break;
        } else {
            field += c;
        }
    }
    fields.append(field);
    *rest = text.mid(i);
    return fields;
}

} // namespace

class TestSummaryFormatter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void references_data();
    void references();
    void everyReferenceHasAProject();
    void formatKeys_data();
    void formatKeys();
    void gradeText_data();
    void gradeText();
    void jsonStructure();
    void csvQuoting_data();
    void csvQuoting();
    void markdownEscaping();
    void textAlignment();
};

void TestSummaryFormatter::initTestCase()
{
    QVERIFY2(!projectNames().isEmpty(), qPrintable(Folder + QStringLiteral(" holds no projects")));
}

void TestSummaryFormatter::references_data()
{
    QTest::addColumn<QString>("project");
    QTest::addColumn<SummaryFormatter::Format>("format");
    QTest::addColumn<QString>("reference");
    for (const QString &name : projectNames()) {
        for (const FormatFile &f : Formats) {
            QTest::addRow("%s.%s", qPrintable(name), f.extension) << name << f.format << referencePath(name, f.extension);
        }
    }
}

void TestSummaryFormatter::references()
{
    QFETCH(QString, project);
    QFETCH(SummaryFormatter::Format, format);
    QFETCH(QString, reference);

    ConsensusSummary summary;
    QString error;
    QVERIFY2(loadSummary(project, &summary, &error), qPrintable(error));
    const QString actual = SummaryFormatter::format(summary, format);

    QString expected;
    QFile file(reference);
    if (file.open(QIODevice::ReadOnly))
        expected = QString::fromUtf8(file.readAll());
    file.close();

    if (qEnvironmentVariableIntValue("REVMARK_UPDATE_REFERENCES") == 1 && actual != expected) {
        QFile out(reference);
        QVERIFY2(out.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(out.errorString()));
        QVERIFY(out.write(actual.toUtf8()) == actual.toUtf8().size());
        qWarning("updated %s: check the change with git diff", qPrintable(reference));
    }
    QVERIFY2(QFile::exists(reference), qPrintable(reference + QStringLiteral(" is missing; run update-references.sh")));
    QCOMPARE(actual, expected);
}

void TestSummaryFormatter::everyReferenceHasAProject()
{
    // A reference whose project was renamed or removed would go stale unnoticed.
    const QStringList projects = projectNames();
    const QStringList references = QDir(Folder).entryList({QStringLiteral("*.expected.*")}, QDir::Files);
    QVERIFY(!references.isEmpty());
    for (const QString &reference : references) {
        const QString project = reference.section(QLatin1Char('.'), 0, 0);
        QVERIFY2(projects.contains(project), qPrintable(reference));
    }
    QCOMPARE(references.size(), projects.size() * int(std::size(Formats)));
}

void TestSummaryFormatter::formatKeys_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("known");
    QTest::addColumn<SummaryFormatter::Format>("format");
    QTest::newRow("text") << QStringLiteral("text") << true << SummaryFormatter::Format::Text;
    QTest::newRow("markdown") << QStringLiteral("markdown") << true << SummaryFormatter::Format::Markdown;
    QTest::newRow("csv") << QStringLiteral("csv") << true << SummaryFormatter::Format::Csv;
    QTest::newRow("json") << QStringLiteral("json") << true << SummaryFormatter::Format::Json;
    QTest::newRow("upper case") << QStringLiteral("JSON") << true << SummaryFormatter::Format::Json;
    QTest::newRow("md") << QStringLiteral("md") << false << SummaryFormatter::Format::Text;
    QTest::newRow("empty") << QString() << false << SummaryFormatter::Format::Text;
    QTest::newRow("xml") << QStringLiteral("xml") << false << SummaryFormatter::Format::Text;
}

void TestSummaryFormatter::formatKeys()
{
    QFETCH(QString, key);
    QFETCH(bool, known);
    QFETCH(SummaryFormatter::Format, format);
    SummaryFormatter::Format parsed = SummaryFormatter::Format::Text;
    QCOMPARE(SummaryFormatter::formatFromKey(key, &parsed), known);
    QCOMPARE(parsed, format);
}

void TestSummaryFormatter::gradeText_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<int>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("letter") << QStringLiteral("B-") << 75 << QStringLiteral("B- (75)");
    QTest::newRow("stars") << QStringLiteral("★★★½") << 70 << QStringLiteral("★★★½ (70)");
    QTest::newRow("zero") << QStringLiteral("0/10") << 0 << QStringLiteral("0/10 (0)");
    QTest::newRow("none") << QString() << -1 << QStringLiteral("—");
    QTest::newRow("removed by the user") << QStringLiteral("B") << -1 << QStringLiteral("—");
}

void TestSummaryFormatter::gradeText()
{
    QFETCH(QString, raw);
    QFETCH(int, value);
    Grade grade;
    grade.raw = raw;
    grade.value = value;
    QTEST(SummaryFormatter::gradeText(grade), "text");
}

void TestSummaryFormatter::jsonStructure()
{
    ConsensusSummary summary;
    QString error;
    QVERIFY2(loadSummary(QStringLiteral("festival"), &summary, &error), qPrintable(error));
    const QString json = SummaryFormatter::format(summary, SummaryFormatter::Format::Json);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QVERIFY(document.isObject());
    const QJsonObject root = document.object();
    QCOMPARE(root.keys(), (QStringList{QStringLiteral("aspects"), QStringLiteral("reviews"), QStringLiteral("title")}));
    QCOMPARE(root.value(QLatin1String("title")).toString(), QStringLiteral("The Copper Lighthouse"));
    // Keys in the documented order, not Qt's alphabetical one.
    QVERIFY(json.indexOf(QLatin1String("\"title\"")) < json.indexOf(QLatin1String("\"reviews\"")));
    QVERIFY(json.indexOf(QLatin1String("\"reviews\"")) < json.indexOf(QLatin1String("\"aspects\"")));

    const QJsonArray reviews = root.value(QLatin1String("reviews")).toArray();
    QCOMPARE(reviews.size(), 4);
    for (int i = 0; i < reviews.size(); ++i) {
        const QJsonObject r = reviews.at(i).toObject();
        QCOMPARE(r.size(), 8);
        QCOMPARE(r.value(QLatin1String("index")).toInt(), i + 1);
        QCOMPARE(r.value(QLatin1String("id")).toString(), summary.reviews.at(i).id);
        QCOMPARE(r.value(QLatin1String("praise")).toInt(), summary.reviews.at(i).total.praise);
        QCOMPARE(r.value(QLatin1String("criticism")).toInt(), summary.reviews.at(i).total.criticism);
    }
    const QJsonObject grade = reviews.at(0).toObject().value(QLatin1String("grade")).toObject();
    QCOMPARE(grade.value(QLatin1String("raw")).toString(), QStringLiteral("A-"));
    QCOMPARE(grade.value(QLatin1String("value")).toInt(), 90);
    QVERIFY(reviews.at(3).toObject().value(QLatin1String("grade")).isNull());

    const QJsonArray aspects = root.value(QLatin1String("aspects")).toArray();
    QCOMPARE(aspects.size(), summary.aspects.size());
    for (int a = 0; a < aspects.size(); ++a) {
        const QJsonObject aspect = aspects.at(a).toObject();
        const ConsensusSummary::Aspect &expected = summary.aspects.at(a);
        if (expected.isUntagged())
            QVERIFY(aspect.value(QLatin1String("tag")).isNull());
        else
            QCOMPARE(aspect.value(QLatin1String("tag")).toString(), expected.tag);
        QCOMPARE(aspect.value(QLatin1String("verdict")).toString(), verdictKey(expected.verdict));
        const QJsonArray cells = aspect.value(QLatin1String("cells")).toArray();
        QCOMPARE(cells.size(), 4);
        for (int k = 0; k < cells.size(); ++k) {
            const QJsonObject cell = cells.at(k).toObject();
            QCOMPARE(cell.value(QLatin1String("review")).toInt(), k + 1);
            QCOMPARE(cell.value(QLatin1String("praise")).toInt(), expected.cells.at(k).praise);
            QCOMPARE(cell.value(QLatin1String("criticism")).toInt(), expected.cells.at(k).criticism);
        }
    }
    QVERIFY(aspects.last().toObject().value(QLatin1String("tag")).isNull());
}

void TestSummaryFormatter::csvQuoting_data()
{
    QTest::addColumn<QString>("author");
    QTest::newRow("plain") << QStringLiteral("Ann Author");
    QTest::newRow("comma") << QStringLiteral("Author, Ann");
    QTest::newRow("quotes") << QStringLiteral("Ann \"The Critic\" Author");
    QTest::newRow("quote at the start") << QStringLiteral("\"Ann\"");
    QTest::newRow("line break") << QStringLiteral("Ann\nAuthor");
    QTest::newRow("everything") << QStringLiteral("\"A, \"\"B\"\"\r\n");
}

void TestSummaryFormatter::csvQuoting()
{
    QFETCH(QString, author);
    ConsensusSummary summary;
    summary.reviews = {entry(1, QStringLiteral("T"), author, QString()), entry(2, QStringLiteral("U"), QString(), QString())};
    ConsensusSummary::Aspect aspect;
    aspect.tag = author; // tags are data too; the same quoting applies
    aspect.cells = {Tally{2, 1}, Tally{}};
    aspect.verdict = Verdict::OneVoice;
    summary.aspects = {aspect};

    const QString csv = SummaryFormatter::format(summary, SummaryFormatter::Format::Csv);
    QString rest;
    const QStringList header = csvRecord(csv, &rest);
    QCOMPARE(header.size(), 6);
    QCOMPARE(header.at(0), QStringLiteral("aspect"));
    QCOMPARE(header.at(4), QStringLiteral("U (2) praise"));
    QCOMPARE(header.at(5), QStringLiteral("U (2) criticism"));
    const QStringList row = csvRecord(rest, &rest);
    QCOMPARE(row, (QStringList{author, QStringLiteral("one-voice"), QStringLiteral("2"), QStringLiteral("1"),
                               QStringLiteral("0"), QStringLiteral("0")}));
    QCOMPARE(rest, QString());
}

void TestSummaryFormatter::markdownEscaping()
{
    ConsensusSummary summary;
    summary.title = QStringLiteral("A | B");
    summary.reviews = {entry(1, QStringLiteral("Pipes | and *stars* and _under_ and `code`"), QStringLiteral("<b>Bold</b>"),
                             QStringLiteral("[link](x)"))};
    ConsensusSummary::Aspect aspect;
    aspect.tag = QStringLiteral("a|b");
    aspect.cells = {Tally{1, 0}};
    aspect.verdict = Verdict::OneVoice;
    summary.aspects = {aspect};
    const QString markdown = SummaryFormatter::format(summary, SummaryFormatter::Format::Markdown);
    // Every table line has as many unescaped pipes as its header line.
    static const QRegularExpression unescapedPipe(QStringLiteral("(?<!\\\\)\\|"));
    int columns = -1;
    for (const QString &line : markdown.split(QLatin1Char('\n'))) {
        if (!line.startsWith(QLatin1Char('|'))) {
            columns = -1;
            continue;
        }
        const int pipes = int(line.count(unescapedPipe));
        if (columns < 0)
            columns = pipes;
        QVERIFY2(pipes == columns, qPrintable(line));
    }
    QVERIFY2(markdown.contains(QStringLiteral("Pipes \\| and \\*stars\\* and \\_under\\_ and \\`code\\`")), qPrintable(markdown));
    QVERIFY2(markdown.contains(QStringLiteral("\\<b\\>Bold\\</b\\>")), qPrintable(markdown));
    QVERIFY2(markdown.contains(QStringLiteral("| A\\|b |")), qPrintable(markdown));
    QVERIFY2(markdown.startsWith(QStringLiteral("# A \\| B\n")), qPrintable(markdown));
}

void TestSummaryFormatter::textAlignment()
{
    // Columns line up in a terminal even with wide (CJK) and combining characters.
    ConsensusSummary summary;
    summary.reviews = {entry(1, QStringLiteral("灯台"), QStringLiteral("Ine\u0300s"), QString()),
                       entry(12, QStringLiteral("Long title here"), QStringLiteral("B"), QString())};
    ConsensusSummary::Aspect aspect;
    aspect.tag = QStringLiteral("sound");
    aspect.cells = {Tally{1, 0}, Tally{10, 2}};
    aspect.verdict = Verdict::ConsensusPraise;
    summary.aspects = {aspect};
    const QStringList lines = SummaryFormatter::format(summary, SummaryFormatter::Format::Text).split(QLatin1Char('\n'));
    const auto line = [&lines](const QString &start) {
        for (const QString &l : lines) {
            if (l.trimmed().startsWith(start))
                return l;
        }
        return QString();
    };
    // "Author" starts at the same terminal column in the header and in both rows: 灯台 is two
    // characters but four columns wide, "Inès" with a combining grave accent four columns.
    const QString header = line(QStringLiteral("#"));
    const int authorColumn = int(header.indexOf(QStringLiteral("Author")));
    QVERIFY(authorColumn > 0);
    QCOMPARE(int(line(QStringLiteral("1 ")).indexOf(QStringLiteral("Ine\u0300s"))), authorColumn - 2);
    QCOMPARE(int(line(QStringLiteral("12 ")).indexOf(QStringLiteral("B "))), authorColumn);
    // Numbers are right-aligned: the "1" and "12" end in the same column.
    QCOMPARE(line(QStringLiteral("1 ")).indexOf(QLatin1Char('1')) + 1, line(QStringLiteral("12 ")).indexOf(QStringLiteral("12")) + 2);
    const QString aspectLine = line(QStringLiteral("Sound"));
    QVERIFY2(aspectLine.endsWith(QStringLiteral("Agree: praise  +1  +10 -2")), qPrintable(aspectLine));
    for (const QString &l : lines)
        QVERIFY2(!l.endsWith(QLatin1Char(' ')), qPrintable(l));
}

QTEST_MAIN(TestSummaryFormatter)
#include "tst_summaryformatter.moc"
