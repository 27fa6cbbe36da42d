// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/importer.h"

#include "model/grade.h"
#include "import/boilerplate.h"
#include "import/htmlextractor.h"
#include "import/languageguess.h"
#include "import/markdownextractor.h"
#include "model/logging.h"
#include "model/qtcompat.h"
#include "import/textdecoder.h"
#include "model/limits.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <algorithm>

namespace Revmark {

namespace {

// Titles longer than this are the first sentence of the text, not a title.
constexpr int MaxPlainTitleLength = 120;

ImportResult failure(const QString &fileName, const QString &message, const QString &reason = QString())
{
    ImportResult result;
    const QString shown = QDir::toNativeSeparators(fileName);
    result.error = reason.isNull() ? message.arg(shown) : message.arg(shown, reason);
    return result;
}

ImportResult tooLarge(const QString &fileName)
{
    return failure(fileName, QCoreApplication::translate("Revmark::Importer", "Could not import “%1”: %2"),
                   Limits::sourceFileTooLarge());
}

// No-break spaces are content (French punctuation, "10 km"); they survive line trimming.
bool isTrimmableSpace(QChar c)
{
    const ushort u = c.unicode();
    return c.isSpace() && u != 0x00A0 && u != 0x2007 && u != 0x202F;
}

// Cut to what a project file may hold (a guess that long is no title anyway), never inside a
// surrogate pair.
QString simplifiedNfc(const QString &value)
{
    QString s = value.normalized(QString::NormalizationForm_C).simplified();
    if (s.size() > Limits::MaxFieldLength)
        s.truncate(Limits::MaxFieldLength - (s.at(Limits::MaxFieldLength - 1).isHighSurrogate() ? 1 : 0));
    return s;
}

QString plainTextTitle(const QString &text)
{
    const qtsize end = text.indexOf(QLatin1Char('\n'));
    const QString first = (end < 0 ? text : text.left(end)).simplified();
    if (first.size() < MaxPlainTitleLength)
        return first;
    // Text pasted from a web page often starts straight with the first paragraph: its opening
    // words say more about the review than a file name like "000_dd58.txt" does.
    QStringList words;
    int length = 0;
    for (const QString &word : first.split(QLatin1Char(' '))) {
        if (length + word.size() > 60)
            break;
        words.append(word);
        length += int(word.size()) + 1;
    }
    if (words.size() < 3)
        return QString();
    // The words as written: an ellipsis would be a character the review never had, kept in
    // the field and exported as if it were the critic's.
    return words.join(QLatin1Char(' '));
}

QString plainTextAuthor(const QString &text)
{
    const QStringList lines = text.left(4000).split(QLatin1Char('\n'));
    int seen = 0;
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        const QString name = Importer::bylineName(line);
        if (!name.isEmpty())
            return name;
        if (++seen >= 5)
            break;
    }
    return QString();
}

bool isNameConnector(const QString &word)
{
    static const char *const connectors[] = {
        "and", "&", "und", "et", "y", "e", "de", "del", "della", "der", "den", "di", "da", "do",
        "dos", "du", "la", "le", "van", "von", "bin", "ibn", "al", "el", "ter", "ten", "zu",
    };
    return std::any_of(std::begin(connectors), std::end(connectors),
                       [&word](const char *c) { return word == QLatin1String(c); });
}

} // namespace

QString Importer::canonicalText(const QString &text)
{
    // Control characters first, so NFC sees the characters that end up next to each other.
    QString cleaned;
    cleaned.reserve(text.size());
    const qtsize n = text.size();
    for (qtsize i = 0; i < n; ++i) {
        const ushort u = text.at(i).unicode();
        if (u == '\r') {
            cleaned += QLatin1Char('\n');
            if (i + 1 < n && text.at(i + 1).unicode() == '\n')
                ++i;
        } else if (u == 0x2028) {
            cleaned += QLatin1Char('\n');
        } else if (u == 0x2029) {
            cleaned += QLatin1String("\n\n");
        } else if ((u < 0x20 && u != '\t' && u != '\n' && u != '\f') || u == 0x7F) {
            continue; // invisible, and would make anchors differ from what the reader shows
        } else {
            cleaned += text.at(i);
        }
    }
    const QString nfc = cleaned.normalized(QString::NormalizationForm_C);

    QString out;
    out.reserve(nfc.size());
    bool pendingBlank = false;
    qtsize start = 0;
    while (start <= nfc.size()) {
        qtsize end = nfc.indexOf(QLatin1Char('\n'), start);
        if (end < 0)
            end = nfc.size();
        qtsize last = end;
        while (last > start && isTrimmableSpace(nfc.at(last - 1)))
            --last;
        if (last == start) {
            pendingBlank = !out.isEmpty();
        } else {
            if (!out.isEmpty())
                out += pendingBlank ? QLatin1String("\n\n") : QLatin1String("\n");
            out += QStringView(nfc).mid(start, last - start);
            pendingBlank = false;
        }
        start = end + 1;
    }
    return out;
}

QString Importer::bylineName(const QString &line)
{
    QString s = line.simplified();
    if (s.size() > 150 || s.size() < 4 || !s.startsWith(QLatin1String("by"), Qt::CaseInsensitive))
        return QString();
    s = s.mid(2);
    if (s.startsWith(QLatin1String(" :")))
        s = s.mid(2);
    else if (s.startsWith(QLatin1Char(':')))
        s = s.mid(1);
    else if (!s.startsWith(QLatin1Char(' ')))
        return QString(); // "Bypassing ..."
    // What follows a separator is a date or a role, not part of the name.
    for (const char16_t separator : {u'|', u'\u00b7', u'\u2022', u'\u2014', u'\u2013', u'/'}) {
        const qtsize at = s.indexOf(QChar(separator));
        if (at >= 0)
            s.truncate(at);
    }
    const qtsize comma = s.indexOf(QLatin1Char(','));
    if (comma >= 0 && std::any_of(s.cbegin() + comma, s.cend(), [](QChar c) { return c.isDigit(); }))
        s.truncate(comma);
    s = s.trimmed();
    while (!s.isEmpty() && QStringLiteral(".,;:").contains(s.back()))
        s.chop(1);
    s = s.trimmed();

    const QStringList words = s.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty() || words.size() > 6)
        return QString();
    if (isNameConnector(words.first().toLower()) || isNameConnector(words.last().toLower()))
        return QString();
    for (QString word : words) {
        if (word.endsWith(QLatin1Char(',')))
            word.chop(1);
        if (isNameConnector(word))
            continue;
        if (word.isEmpty() || std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.isDigit(); }))
            return QString();
        const QChar first = word.at(0);
        if (!first.isLetter() || first.isLower())
            return QString();
    }
    return s;
}

SourceFormat Importer::detectFormat(const QString &fileName, const QByteArray &data)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    for (const char *md : {"md", "markdown", "mdown", "mkd", "mkdn"}) {
        if (suffix == QLatin1String(md))
            return SourceFormat::Markdown;
    }
    for (const char *html : {"htm", "html", "xhtml", "shtml"}) {
        if (suffix == QLatin1String(html))
            return SourceFormat::Html;
    }
    if (suffix == QLatin1String("txt") || suffix == QLatin1String("text"))
        return SourceFormat::PlainText;

    QByteArray head = data.left(1024);
    QString start;
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF")) {
        head.truncate(head.size() & ~qtsize(1));
        start = TextDecoder::decode(head).text;
    } else {
        if (head.startsWith("\xEF\xBB\xBF"))
            head.remove(0, 3);
        start = QString::fromLatin1(head);
    }
    start = start.trimmed();
    if (start.startsWith(QLatin1String("<!doctype html"), Qt::CaseInsensitive)
        || start.startsWith(QLatin1String("<html"), Qt::CaseInsensitive))
        return SourceFormat::Html;
    return SourceFormat::PlainText;
}

ImportResult Importer::importFile(const QString &path)
{
    const QFileInfo info(path);
    if (path.isEmpty() || !info.exists())
        return failure(path, QCoreApplication::translate("Revmark::Importer",
                                                         "Could not import “%1”: the file does not exist."));
    if (info.isDir())
        return failure(path, QCoreApplication::translate("Revmark::Importer",
                                                         "Could not import “%1”: it is a folder, not a file."));
    // Devices and pipes could block or never end.
    if (!info.isFile())
        return failure(path, QCoreApplication::translate("Revmark::Importer",
                                                         "Could not import “%1”: it is not a regular file."));
    if (info.size() > Limits::MaxSourceFileSize)
        return tooLarge(path);

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return failure(path, QCoreApplication::translate("Revmark::Importer", "Could not import “%1”: %2"),
                       file.errorString());
    }
    // Bounded even if the file grew since we looked at its size.
    const QByteArray data = file.read(Limits::MaxSourceFileSize + 1);
    if (file.error() != QFileDevice::NoError) {
        return failure(path, QCoreApplication::translate("Revmark::Importer", "Could not import “%1”: %2"),
                       file.errorString());
    }
    ImportResult result = importData(data, path);
    if (result.ok)
        result.review.sourcePath = info.absoluteFilePath();
    return result;
}

ImportResult Importer::importData(const QByteArray &data, const QString &fileName)
{
    if (data.size() > Limits::MaxSourceFileSize)
        return tooLarge(fileName);

    const SourceFormat format = detectFormat(fileName, data);
    const DecodedText decoded = format == SourceFormat::Html ? TextDecoder::decodeHtml(data) : TextDecoder::decode(data);
    qCDebug(lcImport) << fileName << "read as" << decoded.encoding;
    switch (decoded.status) {
    case DecodedText::Status::Ok:
        break;
    case DecodedText::Status::Empty:
        return failure(fileName, QCoreApplication::translate("Revmark::Importer",
                                                             "Could not import “%1”: the file is empty."));
    case DecodedText::Status::Binary:
        return failure(fileName, QCoreApplication::translate(
                                     "Revmark::Importer", "Could not import “%1”: it looks like a binary file, not text."));
    case DecodedText::Status::Undecodable:
        return failure(fileName, QCoreApplication::translate(
                                     "Revmark::Importer", "Could not import “%1”: its text encoding could not be read."));
    }

    // The extractors work line by line, so they get '\n' line ends from the start.
    QString source = decoded.text;
    source.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    source.replace(QLatin1Char('\r'), QLatin1Char('\n'));

    Review review;
    review.format = format;
    switch (review.format) {
    case SourceFormat::Html: {
        const ExtractedHtml html = HtmlExtractor::extract(source);
        review.text = canonicalText(html.text);
        review.title = html.title;
        review.author = html.author;
        review.outlet = html.outlet;
        break;
    }
    case SourceFormat::Markdown: {
        const ExtractedMarkdown md = MarkdownExtractor::extract(source);
        review.text = canonicalText(md.text);
        review.title = md.title;
        review.author = md.author;
        review.outlet = md.outlet;
        break;
    }
    case SourceFormat::PlainText:
        review.text = canonicalText(source);
        review.title = plainTextTitle(review.text);
        review.author = plainTextAuthor(review.text);
        break;
    }
    if (review.text.isEmpty())
        return failure(fileName, QCoreApplication::translate("Revmark::Importer",
                                                             "Could not import “%1”: it contains no readable text."));
    // The page around the review, as the reader copied it: set aside, and a better guess at
    // the headline, site and author than the first lines give.
    const BoilerplateResult boilerplate = Boilerplate::detect(review.text);
    review.setAside = boilerplate.ranges;
    if (review.format == SourceFormat::PlainText && !boilerplate.headline.isEmpty())
        review.title = boilerplate.headline;
    for (auto [field, guess] : {std::pair{&review.title, &boilerplate.headline},
                                std::pair{&review.author, &boilerplate.author},
                                std::pair{&review.outlet, &boilerplate.siteName}}) {
        if (field->isEmpty())
            *field = *guess;
    }
    // Else saved, the project could not be opened again.
    if (review.text.size() > Limits::MaxReviewTextLength)
        return failure(fileName, QCoreApplication::translate("Revmark::Importer", "Could not import “%1”: %2"),
                       Limits::reviewTextTooLong());

    review.title = simplifiedNfc(review.title);
    review.author = simplifiedNfc(review.author);
    review.outlet = simplifiedNfc(review.outlet);
    if (review.title.isEmpty())
        review.title = simplifiedNfc(QFileInfo(fileName).completeBaseName());
    review.language = LanguageGuess::guess(review.text);
    review.grade = GradeParser::find(review.text, review.language);
    review.id = newId();
    review.sourcePath = fileName;
    QDateTime now = QDateTime::currentDateTimeUtc();
    review.importedAt = now.addMSecs(-now.time().msec());

    ImportResult result;
    result.ok = true;
    result.review = review;
    return result;
}

} // namespace Revmark
