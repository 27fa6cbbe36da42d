// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "importer.h"
#include "project.h"
#include "projectfile.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

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

    explicit Parser(const QStringList &arguments)
    {
        parser.setApplicationDescription(tr("Revmark reads reviews side by side and marks praise and criticism."));
        parser.addOption(help);
        parser.addOption(version);
        parser.addOption(create);
        parser.addPositionalArgument(tr("files"), tr("A project (*.revmark) to open and/or review files "
                                                     "(plain text, Markdown, HTML) to add."),
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
    for (const QString &file : files) {
        const ImportResult result = Importer::importFile(file);
        if (result.ok)
            reviews.append(result.review);
        else
            err << result.error << Qt::endl;
    }
    if (reviews.isEmpty()) {
        err << CommandLine::tr("No review could be imported; “%1” was not written.").arg(QDir::toNativeSeparators(out))
            << Qt::endl;
        return CommandLine::Failed;
    }
    Project project;
    project.setTitle(QFileInfo(out).completeBaseName());
    project.addReviews(reviews);
    QString error;
    if (!ProjectFile::save(project, out, &error)) {
        err << error << Qt::endl;
        return CommandLine::Failed;
    }
    output << CommandLine::tr("Wrote “%1” with %n review(s).", nullptr, int(reviews.size()))
                  .arg(QDir::toNativeSeparators(out))
           << Qt::endl;
    return reviews.size() == files.size() ? CommandLine::Success : CommandLine::SomeFilesFailed;
}

} // namespace

bool CommandLine::isHeadless(const QStringList &arguments)
{
    Parser p(arguments);
    return !p.ok() || p.parser.isSet(p.help) || p.parser.isSet(p.version) || p.parser.isSet(p.create);
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
                  "  1  --new: the project was written, but some files could not be imported\n"
                  "  2  usage error\n"
                  "  3  --new: no file could be imported, or the project could not be written")
            << Qt::endl;
        return Success;
    }
    if (p.parser.isSet(p.version)) {
        out << QStringLiteral("Revmark %1 (Qt %2").arg(QStringLiteral(REVMARK_VERSION), QString::fromLatin1(qVersion()));
#ifdef REVMARK_HAVE_SYNTAX
        out << tr(", with KSyntaxHighlighting");
#else
        out << tr(", without KSyntaxHighlighting");
#endif
        out << QStringLiteral(")") << Qt::endl;
        return Success;
    }
    if (p.parser.isSet(p.create)) {
        const QStringList files = p.parser.positionalArguments();
        if (files.isEmpty()) {
            err << tr("--new needs at least one review file.") << Qt::endl;
            return UsageError;
        }
        return createProject(p.parser.value(p.create), files, out, err);
    }
    return Success;
}

CommandLine::OpenRequest CommandLine::openRequest(const QStringList &arguments)
{
    Parser p(arguments);
    OpenRequest request;
    for (const QString &file : p.parser.positionalArguments()) {
        if (isProjectFile(file) && request.projectFile.isEmpty())
            request.projectFile = file;
        else
            request.reviewFiles.append(file);
    }
    return request;
}

} // namespace Revmark
