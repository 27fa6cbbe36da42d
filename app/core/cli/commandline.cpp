// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commandline.h"

#include "model/codepointmap.h"
#include "model/grade.h"
#include "import/importer.h"
#include "compare/consensus.h"
#include "export/pdfexporter.h"
#include "export/roundup.h"
#include "export/summaryformatter.h"
#include "interchange/csvexporter.h"
#include "interchange/qdpxexporter.h"
#include "interchange/qdpximporter.h"
#include "interchange/webannotation.h"
#include "project/project.h"
#include "project/projectfile.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#ifdef REVMARK_HAVE_SYNTAX
#include "cues/cuedetector.h"
#include "cues/suggester.h"
#endif

namespace Revmark {

namespace {

struct Parser
{
    Q_DECLARE_TR_FUNCTIONS(Revmark::CommandLine)

public:
    QCommandLineParser parser;
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help and exit.")};
    QCommandLineOption version{{QStringLiteral("v"), QStringLiteral("version")}, tr("Show the version and exit.")};
    QCommandLineOption create{QStringLiteral("new"),
                              tr("Create the project <out.revmark> from the review files given, then exit "
                                 "without opening a window."),
                              tr("out.revmark")};
    QCommandLineOption exportPdf{QStringLiteral("export-pdf"),
                                 tr("Export the annotated reviews of the project given to <out.pdf>, then exit "
                                    "without opening a window."),
                                 tr("out.pdf")};
    QCommandLineOption exportCsv{QStringLiteral("export-csv"),
                                 tr("Write the annotations of the project given to <out.csv>, one row per annotation, "
                                    "then exit without opening a window."),
                                 tr("out.csv")};
    QCommandLineOption noBom{QStringLiteral("no-bom"), tr("With --export-csv: write UTF-8 without a byte order mark.")};
    QCommandLineOption exportW3c{QStringLiteral("export-w3c"),
                                 tr("Write the annotations of the project given to <out.jsonld> as W3C Web "
                                    "Annotations, then exit without opening a window."),
                                 tr("out.jsonld")};
    QCommandLineOption importW3c{QStringLiteral("import-w3c"),
                                 tr("Add the W3C Web Annotations (or Hypothesis annotations) of the file given to "
                                    "the project <project.revmark> and save it, then exit without opening a window."),
                                 tr("project.revmark")};
    QCommandLineOption exportQdpx{QStringLiteral("export-qdpx"),
                                  tr("Write the project given to <out.qdpx> as a REFI-QDA project, then exit "
                                     "without opening a window."),
                                  tr("out.qdpx")};
    QCommandLineOption suggest{QStringLiteral("suggest"),
                               tr("Print the suggested praise and criticism annotations of the review files "
                                  "given, one JSON object per line, then exit without opening a window.")};
    QCommandLineOption grade{QStringLiteral("grade"),
                             tr("Print the rating found in each review file given (raw and 0-100), one JSON "
                                "object per line, then exit without opening a window.")};
    QCommandLineOption summary{QStringLiteral("summary"),
                               tr("Print where the critics of the project given agree and where they split: "
                                  "the reviews with their grades, and each aspect's verdict and counts per "
                                  "review; then exit without opening a window.")};
    QCommandLineOption roundup{QStringLiteral("roundup"),
                               tr("Print, as Markdown, every passage of the project given that is tagged "
                                  "<tag>, review by review in column order, with reviewer, outlet, polarity "
                                  "and note; then exit without opening a window."),
                               tr("tag")};
    QCommandLineOption format{QStringLiteral("format"),
                              tr("With --summary: print as <format>: text (the default), markdown, csv or json."),
                              tr("format")};
    QCommandLineOption review{QStringLiteral("review"),
                              tr("With --export-pdf, --summary or --roundup: only review column <n> (1 is the first column); "
                                 "repeat for several, in the order given."),
                              tr("n")};
    QCommandLineOption newInstance{QStringLiteral("new-instance"),
                                   tr("Open a window of its own even when Revmark is already running (by "
                                      "default review files given are added to the running Revmark's project).")};

    explicit Parser(const QStringList &arguments)
    {
        parser.setApplicationDescription(tr("Revmark reads reviews side by side and marks praise and criticism."));
        parser.addOption(help);
        parser.addOption(version);
        parser.addOption(create);
        parser.addOption(exportPdf);
        parser.addOption(review);
        parser.addOption(summary);
        parser.addOption(format);
        parser.addOption(roundup);
        parser.addOption(exportCsv);
        parser.addOption(noBom);
        parser.addOption(exportW3c);
        parser.addOption(importW3c);
        parser.addOption(exportQdpx);
        parser.addOption(suggest);
        parser.addOption(grade);
        parser.addOption(newInstance);
        parser.addPositionalArgument(tr("files"), tr("A project (*.revmark) to open and/or review files "
                                                     "(plain text, Markdown, HTML) or REFI-QDA projects "
                                                     "(*.qdpx) to add."),
                                     tr("[files...]"));
        m_ok = parser.parse(arguments);
    }

    bool ok() const { return m_ok; }

private:
    bool m_ok = false;
};

bool isProjectFile(const QString &path)
{
    return path.endsWith(QLatin1String(".revmark"), Qt::CaseInsensitive);
}

int createProject(const QString &out, const QStringList &files, QTextStream &output, QTextStream &err)
{
    QVector<Review> reviews;
    QStringList qdpxFiles;
    for (const QString &file : files) {
        if (QdpxImporter::isQdpx(file)) {
            qdpxFiles.append(file);
            continue;
        }
        const ImportResult result = Importer::importFile(file);
        if (result.ok)
            reviews.append(result.review);
        else
            err << result.error << Qt::endl;
    }
    Project project;
    // A project made from REFI-QDA projects takes their codes as its tags, not the film tags.
    if (!qdpxFiles.isEmpty())
        project.reset({}, {}, {});
    project.setTitle(QFileInfo(out).completeBaseName());
    project.addReviews(reviews);
    int imported = int(reviews.size());
    for (const QString &file : std::as_const(qdpxFiles)) {
        const MergeResult result = QdpxImporter::importInto(&project, file);
        if (!result.ok) {
            err << result.error << Qt::endl;
            continue;
        }
        ++imported;
        output << QDir::toNativeSeparators(file) << QLatin1String(": ") << result.report.summary() << Qt::endl;
    }
    reviews = project.reviews();
    if (imported == 0) {
        err << CommandLine::tr("No review could be imported; “%1” was not written.").arg(QDir::toNativeSeparators(out))
            << Qt::endl;
        return CommandLine::Failed;
    }
    QString error;
    if (!ProjectFile::save(project, out, &error)) {
        err << error << Qt::endl;
        return CommandLine::Failed;
    }
    output << CommandLine::tr("Wrote “%1” with %n review(s).", nullptr, int(reviews.size()))
                  .arg(QDir::toNativeSeparators(out))
           << Qt::endl;
    return imported == files.size() ? CommandLine::Success : CommandLine::SomeFilesFailed;
}

// The --review values as column numbers; checked before reading a possibly large project.
bool reviewNumbers(const QStringList &values, QVector<int> *numbers, QTextStream &err)
{
    for (const QString &value : values) {
        bool ok = false;
        const int n = value.toInt(&ok);
        if (!ok || n < 1) {
            err << CommandLine::tr("--review %1: not a column number (1 is the first column).").arg(value) << Qt::endl;
            return false;
        }
        numbers->append(n);
    }
    return true;
}

// The column numbers as 0-based review indexes of the loaded project.
bool reviewIndexes(const QVector<int> &numbers, const Project &project, const QString &projectPath,
                   QVector<int> *indexes, QTextStream &err)
{
    for (int n : numbers) {
        if (n > project.reviewCount()) {
            err << CommandLine::tr("--review %1: “%2” has only %n review(s).", nullptr, project.reviewCount())
                       .arg(QString::number(n), QDir::toNativeSeparators(projectPath))
                << Qt::endl;
            return false;
        }
        indexes->append(n - 1);
    }
    return true;
}

// The project a reading verb takes (exactly one) and the reviews its --review values choose (all
// when none): Success when both are there, else the exit code to return, the reason said on err.
int loadForVerb(const QString &verb, const QStringList &positional, const QStringList &reviewValues, Project *project,
                QVector<int> *indexes, QTextStream &err)
{
    if (positional.size() != 1) {
        err << CommandLine::tr("%1 needs exactly one project file (*.revmark).").arg(verb) << Qt::endl;
        return CommandLine::UsageError;
    }
    QVector<int> numbers;
    if (!reviewNumbers(reviewValues, &numbers, err))
        return CommandLine::UsageError;
    const ProjectLoadResult loaded = ProjectFile::loadInto(project, positional.first());
    if (!loaded.ok) {
        err << loaded.error << Qt::endl;
        return CommandLine::Failed;
    }
    return reviewIndexes(numbers, *project, positional.first(), indexes, err) ? int(CommandLine::Success)
                                                                               : int(CommandLine::UsageError);
}

int exportProject(const QString &out, const QStringList &positional, const QStringList &reviewValues,
                  QTextStream &output, QTextStream &err)
{
    Project project;
    ExportOptions options;
    options.pageSize = PdfExporter::defaultPageSize();
    if (const int code = loadForVerb(QStringLiteral("--export-pdf"), positional, reviewValues, &project, &options.reviews, err))
        return code;
    const QString projectPath = positional.first();
    if (project.reviewCount() == 0) {
        err << CommandLine::tr("“%1” has no reviews; “%2” was not written.")
                   .arg(QDir::toNativeSeparators(projectPath), QDir::toNativeSeparators(out))
            << Qt::endl;
        return CommandLine::Failed;
    }
    QString error;
    if (!PdfExporter::exportPdf(project, out, options, {}, &error)) {
        err << error << Qt::endl;
        return CommandLine::Failed;
    }
    const int count = options.reviews.isEmpty() ? project.reviewCount() : int(options.reviews.size());
    output << CommandLine::tr("Wrote “%1” with %n review(s).", nullptr, count).arg(QDir::toNativeSeparators(out))
           << Qt::endl;
    return CommandLine::Success;
}

int printSummary(const QStringList &positional, const QString &formatKey, const QStringList &reviewValues,
                 QTextStream &out, QTextStream &err)
{
    SummaryFormatter::Format format = SummaryFormatter::Format::Text;
    if (!formatKey.isNull() && !SummaryFormatter::formatFromKey(formatKey, &format)) {
        err << CommandLine::tr("--format %1: not a summary format (%2).")
                   .arg(formatKey, SummaryFormatter::formatKeys().join(QStringLiteral(", ")))
            << Qt::endl;
        return CommandLine::UsageError;
    }
    Project project;
    QVector<int> indexes;
    if (const int code = loadForVerb(QStringLiteral("--summary"), positional, reviewValues, &project, &indexes, err))
        return code;
    out << SummaryFormatter::format(summarize(project, indexes), format);
    out.flush();
    return CommandLine::Success;
}

// --export-csv, --export-w3c, --export-qdpx: the project given, written in another format.
int exportAnnotations(const QString &verb, const QString &out, const QStringList &positional, bool bom,
                      QTextStream &output, QTextStream &err)
{
    Project project;
    QVector<int> indexes;
    if (const int code = loadForVerb(verb, positional, {}, &project, &indexes, err))
        return code;
    const ProjectData data = project.data();
    QString error;
    bool ok = false;
    if (verb == QLatin1String("--export-csv")) {
        CsvExporter::Options options;
        options.byteOrderMark = bom;
        ok = CsvExporter::exportCsv(data, out, options, &error);
    } else if (verb == QLatin1String("--export-w3c")) {
        ok = WebAnnotation::exportFile(data, out, &error);
    } else {
        ok = QdpxExporter::exportFile(data, out, &error);
    }
    if (!ok) {
        err << error << Qt::endl;
        return CommandLine::Failed;
    }
    int count = 0;
    for (const Review &review : data.reviews)
        count += int(review.annotations.size() + review.orphans.size());
    output << CommandLine::tr("Wrote “%1” with %n annotation(s).", nullptr, count).arg(QDir::toNativeSeparators(out));
    if (verb == QLatin1String("--export-qdpx") && QdpxExporter::orphanCount(data) > 0)
        output << QLatin1Char(' ') << QdpxExporter::orphansWritten(data);
    output << Qt::endl;
    return CommandLine::Success;
}

// --import-w3c PROJECT FILE: adds the file's annotations to the project and saves it.
int importWebAnnotations(const QString &projectPath, const QStringList &positional, QTextStream &output,
                         QTextStream &err)
{
    if (positional.size() != 1) {
        err << CommandLine::tr("--import-w3c needs exactly one annotation file (*.jsonld, *.json).") << Qt::endl;
        return CommandLine::UsageError;
    }
    Project project;
    const ProjectLoadResult loaded = ProjectFile::loadInto(&project, projectPath);
    if (!loaded.ok) {
        err << loaded.error << Qt::endl;
        return CommandLine::Failed;
    }
    const MergeResult result = WebAnnotation::importInto(&project, positional.first());
    if (!result.ok) {
        err << result.error << Qt::endl;
        return CommandLine::Failed;
    }
    QString error;
    if (!ProjectFile::save(project.data(), projectPath, true, &error)) {
        err << error << Qt::endl;
        return CommandLine::Failed;
    }
    output << result.report.summary() << Qt::endl;
    return CommandLine::Success;
}

int printRoundup(const QString &tag, const QStringList &positional, const QStringList &reviewValues, QTextStream &out,
                 QTextStream &err)
{
    Project project;
    QVector<int> indexes;
    if (const int code = loadForVerb(QStringLiteral("--roundup"), positional, reviewValues, &project, &indexes, err))
        return code;
    const QString projectPath = positional.first();
    const QString found = Roundup::findTag(project, tag);
    if (found.isEmpty()) {
        err << CommandLine::tr("--roundup %1: “%2” has no such tag (its tags: %3).")
                   .arg(tag, QDir::toNativeSeparators(projectPath), project.tags().join(QStringLiteral(", ")))
            << Qt::endl;
        return CommandLine::UsageError;
    }
    out << Roundup::toMarkdown(project, found, Roundup::collect(project, found, indexes));
    out.flush();
    return CommandLine::Success;
}

// One JSON object on one line, keys in the order given (readable, and what the docs show).
class JsonLine
{
public:
    JsonLine &add(const char *key, const QJsonValue &value)
    {
        // A one-element array is the simplest way to have Qt escape any JSON value.
        QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        m_parts.append(QStringLiteral("\"%1\":%2").arg(QLatin1String(key), QString::fromUtf8(json.mid(1, json.size() - 2))));
        return *this;
    }
    QString text() const { return QLatin1Char('{') + m_parts.join(QLatin1Char(',')) + QLatin1Char('}'); }

private:
    QStringList m_parts;
};

// Imports each file and hands it to print; import errors go to err. The exit code says
// whether all, some or none of the files could be imported.
template<typename Print>
int forEachReview(const QStringList &files, QTextStream &err, Print print)
{
    int imported = 0;
    for (const QString &file : files) {
        const ImportResult result = Importer::importFile(file);
        if (!result.ok) {
            err << result.error << Qt::endl;
            continue;
        }
        ++imported;
        print(file, result.review);
    }
    if (imported == 0)
        return CommandLine::Failed;
    return imported == files.size() ? CommandLine::Success : CommandLine::SomeFilesFailed;
}

int printGrades(const QStringList &files, QTextStream &out, QTextStream &err)
{
    return forEachReview(files, err, [&](const QString &file, const Review &review) {
        const Grade &g = review.grade;
        out << JsonLine()
                   .add("file", file)
                   .add("raw", g.isValid() ? QJsonValue(g.raw) : QJsonValue())
                   .add("value", g.isValid() ? QJsonValue(g.value) : QJsonValue())
                   .text()
            << Qt::endl;
    });
}

#ifdef REVMARK_HAVE_SYNTAX
int printSuggestions(const QStringList &files, QTextStream &out, QTextStream &err)
{
    return forEachReview(files, err, [&](const QString &file, const Review &review) {
        // The built-in cue set of the review's language, guessed at import.
        // Not in the page around the review (Review::setAside): blanked, so offsets stay the text's.
        const QString text = review.textWithoutSetAside();
        const QVector<Suggestion> suggestions =
            Suggester::suggest(text, CueRepository::builtInCueSetName(review.language));
        const CodePointMap map(review.text);
        for (const Suggestion &s : suggestions) {
            out << JsonLine()
                       .add("file", file)
                       .add("start", map.toCodePoint(s.start))
                       .add("end", map.toCodePoint(s.end))
                       .add("polarity", polarityKey(s.polarity))
                       .add("quote", review.text.mid(s.start, s.end - s.start))
                       .add("cues", QJsonArray::fromStringList(s.cues))
                       .add("aspect", s.aspect.isEmpty() ? QJsonValue() : QJsonValue(s.aspect))
                       .text()
                << Qt::endl;
        }
    });
}
#endif

} // namespace

QString CommandLine::versionText()
{
#ifdef REVMARK_HAVE_SYNTAX
    const QString cues = tr("yes");
#else
    const QString cues = tr("no");
#endif
    return tr("Revmark %1 (Qt %2)").arg(QStringLiteral(REVMARK_VERSION), QString::fromLatin1(qVersion()))
        + QLatin1Char('\n') + tr("Optional parts:") + QLatin1Char('\n')
        + tr("  KSyntaxHighlighting cues (highlighting, suggestions, source view): %1").arg(cues);
}

bool CommandLine::isHeadless(const QStringList &arguments)
{
    Parser p(arguments);
    return !p.ok() || p.parser.isSet(p.help) || p.parser.isSet(p.version) || p.parser.isSet(p.create)
        || p.parser.isSet(p.exportPdf) || p.parser.isSet(p.review) || p.parser.isSet(p.suggest)
        || p.parser.isSet(p.grade) || p.parser.isSet(p.summary) || p.parser.isSet(p.format)
        || p.parser.isSet(p.exportCsv) || p.parser.isSet(p.noBom) || p.parser.isSet(p.exportW3c)
        || p.parser.isSet(p.importW3c) || p.parser.isSet(p.exportQdpx) || p.parser.isSet(p.roundup);
}

bool CommandLine::needsGui(const QStringList &arguments)
{
    Parser p(arguments);
    return p.ok() && !p.parser.isSet(p.help) && !p.parser.isSet(p.version) && !p.parser.isSet(p.create)
        && p.parser.isSet(p.exportPdf);
}

int CommandLine::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    Parser p(arguments);
    if (!p.ok()) {
        err << p.parser.errorText() << Qt::endl << tr("Try “revmark --help”.") << Qt::endl;
        return UsageError;
    }
    if (p.parser.isSet(p.help)) {
        out << p.parser.helpText() << Qt::endl
            << tr("Exit codes:\n"
                  "  0  success\n"
                  "  1  --new: the project was written, but some files could not be imported; "
                  "--suggest, --grade: some files could not be imported (the others were printed)\n"
                  "  2  usage error\n"
                  "  3  nothing was written: --new could import no file or not write the project; "
                  "--export-pdf could not read the project or not write the PDF; "
                  "--summary, --roundup could not read the project; "
                  "--suggest, --grade could import none of the files\n"
                  "  4  --suggest is not available in this build (it needs KSyntaxHighlighting)\n"
                  "--export-csv, --export-w3c, --export-qdpx and --import-w3c exit with 0, or 3 when they "
                  "could not read or write a file.")
            << Qt::endl;
        return Success;
    }
    if (p.parser.isSet(p.version)) {
        out << versionText() << Qt::endl;
        return Success;
    }
    if (p.parser.isSet(p.noBom) && !p.parser.isSet(p.exportCsv)) {
        err << tr("--no-bom is only used with --export-csv.") << Qt::endl << tr("Try “revmark --help”.") << Qt::endl;
        return UsageError;
    }
    {
        const QCommandLineOption *verbs[] = {&p.exportCsv, &p.exportW3c, &p.importW3c, &p.exportQdpx,
                                             &p.create,    &p.exportPdf, &p.summary,   &p.suggest, &p.grade};
        QStringList set;
        for (const QCommandLineOption *verb : verbs) {
            if (p.parser.isSet(*verb))
                set.append(QStringLiteral("--") + verb->names().constLast());
        }
        const bool interchange = p.parser.isSet(p.exportCsv) || p.parser.isSet(p.exportW3c)
            || p.parser.isSet(p.importW3c) || p.parser.isSet(p.exportQdpx);
        if (interchange && set.size() > 1) {
            err << tr("%1 cannot be used together.").arg(set.join(QLatin1String(", "))) << Qt::endl;
            return UsageError;
        }
        if (interchange && p.parser.isSet(p.importW3c))
            return importWebAnnotations(p.parser.value(p.importW3c), p.parser.positionalArguments(), out, err);
        if (interchange) {
            const QCommandLineOption &verb = p.parser.isSet(p.exportCsv) ? p.exportCsv
                : p.parser.isSet(p.exportW3c)                          ? p.exportW3c
                                                                        : p.exportQdpx;
            return exportAnnotations(QStringLiteral("--") + verb.names().constLast(), p.parser.value(verb),
                                     p.parser.positionalArguments(), !p.parser.isSet(p.noBom), out, err);
        }
    }
    if (p.parser.isSet(p.format) && !p.parser.isSet(p.summary)) {
        err << tr("--format is only used with --summary.") << Qt::endl << tr("Try “revmark --help”.") << Qt::endl;
        return UsageError;
    }
    if (p.parser.isSet(p.roundup)) {
        if (p.parser.isSet(p.create) || p.parser.isSet(p.exportPdf) || p.parser.isSet(p.suggest)
            || p.parser.isSet(p.grade) || p.parser.isSet(p.summary)) {
            err << tr("--roundup cannot be used with --new, --export-pdf, --summary, --suggest or --grade.") << Qt::endl;
            return UsageError;
        }
        return printRoundup(p.parser.value(p.roundup), p.parser.positionalArguments(), p.parser.values(p.review), out, err);
    }
    if (p.parser.isSet(p.summary)) {
        if (p.parser.isSet(p.create) || p.parser.isSet(p.exportPdf) || p.parser.isSet(p.suggest)
            || p.parser.isSet(p.grade)) {
            err << tr("--summary cannot be used with --new, --export-pdf, --suggest or --grade.") << Qt::endl;
            return UsageError;
        }
        const QString format = p.parser.isSet(p.format) ? p.parser.value(p.format) : QString();
        return printSummary(p.parser.positionalArguments(), format, p.parser.values(p.review), out, err);
    }
    if (p.parser.isSet(p.suggest) || p.parser.isSet(p.grade)) {
        const QString verb = p.parser.isSet(p.suggest) ? QStringLiteral("--suggest") : QStringLiteral("--grade");
        if (p.parser.isSet(p.suggest) && p.parser.isSet(p.grade)) {
            err << tr("--suggest and --grade cannot be used together.") << Qt::endl;
            return UsageError;
        }
        if (p.parser.isSet(p.create) || p.parser.isSet(p.exportPdf) || p.parser.isSet(p.review)) {
            err << tr("%1 cannot be used with --new, --export-pdf or --review.").arg(verb) << Qt::endl;
            return UsageError;
        }
        const QStringList files = p.parser.positionalArguments();
        if (files.isEmpty()) {
            err << tr("%1 needs at least one review file.").arg(verb) << Qt::endl;
            return UsageError;
        }
        if (p.parser.isSet(p.grade))
            return printGrades(files, out, err);
#ifdef REVMARK_HAVE_SYNTAX
        return printSuggestions(files, out, err);
#else
        err << tr("--suggest is not available in this build of Revmark: it needs KSyntaxHighlighting.") << Qt::endl;
        return NotAvailable;
#endif
    }
    if (p.parser.isSet(p.create)) {
        const QStringList files = p.parser.positionalArguments();
        if (files.isEmpty()) {
            err << tr("--new needs at least one review file.") << Qt::endl;
            return UsageError;
        }
        return createProject(p.parser.value(p.create), files, out, err);
    }
    if (p.parser.isSet(p.exportPdf))
        return exportProject(p.parser.value(p.exportPdf), p.parser.positionalArguments(), p.parser.values(p.review),
                             out, err);
    if (p.parser.isSet(p.review)) {
        err << tr("--review is only used with --export-pdf, --summary or --roundup.") << Qt::endl << tr("Try “revmark --help”.") << Qt::endl;
        return UsageError;
    }
    return Success;
}

CommandLine::OpenRequest CommandLine::openRequest(const QStringList &arguments)
{
    Parser p(arguments);
    OpenRequest request;
    request.newInstance = p.parser.isSet(p.newInstance);
    for (const QString &file : p.parser.positionalArguments()) {
        if (isProjectFile(file) && request.projectFile.isEmpty())
            request.projectFile = file;
        else
            request.reviewFiles.append(file);
    }
    // Without a .revmark, the first REFI-QDA project is what opens (a new project made from it);
    // other .qdpx files are imported like review files.
    for (int i = 0; request.projectFile.isEmpty() && i < request.reviewFiles.size(); ++i) {
        if (QdpxImporter::isQdpx(request.reviewFiles.at(i)))
            request.projectFile = request.reviewFiles.takeAt(i);
    }
    return request;
}

} // namespace Revmark
