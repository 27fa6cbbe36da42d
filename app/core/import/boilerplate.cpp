// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/boilerplate.h"

#include "import/importer.h"
#include "model/grade.h"
#include "model/logging.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace Revmark {

namespace {

struct Line
{
    int start = 0;
    int end = 0;
    QString text; // simplified
    int words = 0;
};

// Lines longer than this are prose, whatever phrase they contain.
constexpr int MaxPhraseLineWords = 30;
// The opening lines looked at for a site name and navigation before the headline.
constexpr int MaxHeadLines = 6;

QRegularExpression rx(const char *pattern)
{
    return QRegularExpression(QString::fromUtf8(pattern),
                              QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
}

bool endsSentence(const QString &s)
{
    QString t = s;
    while (!t.isEmpty() && QStringLiteral("\"'”’»)]").contains(t.back()))
        t.chop(1);
    return !t.isEmpty() && QStringLiteral(".!?…:;").contains(t.back());
}

// A paragraph of the article: long, or a sentence of some length.
bool isProse(const Line &line)
{
    return line.words > 14 || (line.words > 6 && endsSentence(line.text));
}

// Bylines, dates and ratings stand around headlines but are the article's own.
bool isMetaLine(const Line &line)
{
    static const QRegularExpression date = rx(
        "\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.? \\d{1,2}\\b|\\b\\d{1,2} "
        "(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b|"
        "\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b|^(posted|published|updated|by)\\b");
    if (!Importer::bylineName(line.text).isEmpty() || date.match(line.text).hasMatch())
        return true;
    return line.words <= 4 && GradeParser::parse(line.text).isValid();
}

bool isNavigation(const Line &line)
{
    static const QRegularExpression separators = rx("\\s[|›»/•·>]\\s|^[|›»•·]|[|›»•·]$");
    static const QRegularExpression menuWords = rx(
        "^((home|reviews?|news|features?|films?|movies?|tv|television|about( us)?|contact( us)?|search|menu|"
        "log ?in|sign (in|up)|register|subscribe|blog|interviews?|podcasts?|videos?|trailers?|festivals?|"
        "lists?|archives?|opinion|culture|arts?|music|games|books|streaming|shop|more|skip to (main )?content)"
        "[\\s,|›»/•·>]*){3,}$");
    if (line.words > 14)
        return false;
    return separators.match(line.text).hasMatch() || menuWords.match(line.text).hasMatch();
}

// One line that is boilerplate by its words alone, wherever it stands.
bool isBoilerplatePhrase(const Line &line)
{
    if (line.words > MaxPhraseLineWords)
        return false;
    static const QRegularExpression rules[] = {
        // calls to follow coverage or read more
        rx("^(follow|read|see|check out|catch up (on|with)|don'?t miss|for more( of)?|keep up with)\\s+(all\\s+)?"
           "(of\\s+)?(our|the rest of our|more of our|the latest)\\b.*\\b(coverage|reviews?|articles?|stories|"
           "interviews?|here|updates|news|picks)\\b"),
        rx("^click here\\b|^stay tuned\\b"),
        rx("\\b(complete|full|continuing|ongoing|festival|live) coverage\\b"),
        // share and social lines
        rx("^(share|tweet|email|print)( (this|on|via|it)( (article|review|story|post|page))?)?\\s*[:!]?$"),
        rx("^share (this|on|via)\\b[^.]*$"),
        rx("^((share|tweet|email|e-mail|print|facebook|twitter|x|pinterest|reddit|whatsapp|linkedin|copy link|"
           "pin|flipboard|tumblr|instagram|youtube|tiktok|threads|bluesky|mastodon|messenger|telegram)"
           "[\\s,|·•/:]*){2,}$"),
        rx("\\bfollow (us|me|him|her|them) on\\b|\\b(like us|find us) on facebook\\b"),
        // cookie and privacy notices
        rx("\\b(we|site|website|page|partners) (use|uses|set|sets|store|stores) cookies\\b|\\baccept (all )?cookies\\b|"
           "\\bcookie (policy|settings|preferences|notice|consent)\\b|\\buse of cookies\\b"),
        rx("^(privacy policy|terms (of (use|service)|and conditions)|manage (consent|preferences))\\b"),
        // newsletters
        rx("\\bnewsletters?\\b"),
        rx("\\bsign up\\b.*\\b(email|inbox|updates|free)\\b|\\b(in|to) your inbox\\b|\\benter your e-?mail\\b"),
        rx("^subscribe\\b"),
        // comments
        rx("^(\\d+ )?comments?( \\(\\d+\\))?:?$|^(leave|post|add|write) a (comment|reply)\\b|^no comments\\b|"
           "\\b(log|sign) in to (comment|reply)\\b|^join the (discussion|conversation)\\b"),
        // tags, categories, copyright, advertising
        rx("^(tags|tagged( with)?|filed under|categories|category|posted in|topics)\\s*:"),
        rx("^(©|copyright\\b|\\(c\\) \\d{4})|\\ball rights reserved\\b"),
        rx("^(advertisement|advert|sponsored( content)?|ad)$|^(story|article) continues (below|after)\\b|"
           "^continue reading\\b"),
        // the end of a list of further articles
        rx("^no more (articles|stories|posts|reviews|results)\\b"),
    };
    return std::any_of(std::begin(rules), std::end(rules),
                       [&line](const QRegularExpression &r) { return r.match(line.text).hasMatch(); });
}

// The heading of a list of other articles; the short lines after it are that list.
bool isRelatedHeading(const Line &line)
{
    static const QRegularExpression heading = rx(
        "^(related( (articles?|posts?|stories|reviews?|content|news|links|reading|coverage))?|"
        "more (articles?|stories|posts|reviews?|news|from|on|in|like this)\\b.*|"
        "you (may|might|will|could) also (like|enjoy|be interested in)|recommended( (for you|reading))?|"
        "read (more|next|also)|trending( now)?|most (read|popular|viewed)|popular( now| posts| reviews)?|"
        "latest( (news|reviews|articles|posts|stories))?|further reading|also on [^.]*|what to (read|watch) next|"
        "(see|read) also)\\s*[:.…»›]?$");
    return line.words <= 8 && heading.match(line.text).hasMatch();
}

bool isAboutAuthorHeading(const Line &line)
{
    static const QRegularExpression heading = rx(
        "^(about (the )?(author|writer|reviewer|critic|contributor)s?|(the )?author'?s? (bio|biography|profile)|"
        "author( bio(graphy)?)?|meet the (author|writer|critic)|about me)\\s*:?$");
    return heading.match(line.text).hasMatch();
}

// "Will has written for the site since ...", "Jane Doe is a film critic who ...": true, and the
// name when it has two words or more.
bool isBiography(const Line &line, QString *name = nullptr)
{
    static const QRegularExpression bio = rx(
        "^((\\p{Lu}[\\w'’.-]*\\s){1,3})(is|was|has|had|writes|wrote|lives|studied|studies|currently|covers|"
        "reviews|grew)\\b.*\\b(critic|writer|journalist|editor|contributor|columnist|blogger|written for|"
        "writes for|written about|studies|studied|graduate[ds]?|favou?rite (films|movies|shows|tv)|lives in|"
        "based in|follow (him|her|them))\\b");
    if (line.words > 120)
        return false;
    const QRegularExpressionMatch match = bio.match(line.text);
    if (match.hasMatch() && name) {
        const QString subject = match.captured(1).trimmed();
        *name = subject.contains(QLatin1Char(' ')) ? Importer::bylineName(QStringLiteral("By ") + subject) : QString();
    }
    return match.hasMatch();
}

// The name a biography or the line under "About the author" gives.
QString nameOf(const Line &line)
{
    if (line.words <= 4 && !endsSentence(line.text)) {
        const QString name = Importer::bylineName(QStringLiteral("By ") + line.text);
        if (!name.isEmpty())
            return name;
    }
    return QString();
}

QVector<Line> splitLines(const QString &text)
{
    QVector<Line> lines;
    int start = 0;
    while (start <= text.size()) {
        int end = int(text.indexOf(QLatin1Char('\n'), start));
        if (end < 0)
            end = int(text.size());
        Line line;
        line.start = start;
        line.end = end;
        line.text = text.mid(start, end - start).simplified();
        if (!line.text.isEmpty()) {
            line.words = int(line.text.count(QLatin1Char(' '))) + 1;
            lines.append(line);
        }
        start = end + 1;
    }
    return lines;
}

} // namespace

BoilerplateResult Boilerplate::detect(const QString &text)
{
    BoilerplateResult result;
    const QVector<Line> lines = splitLines(text);
    const int n = int(lines.size());
    QVector<bool> aside(n, false);

    // Before the headline: the text opens with short lines, the last of them not a byline, date
    // or rating being the headline; the ones above it are the site's name and navigation.
    int head = 0;
    while (head < n && head < MaxHeadLines && !isProse(lines.at(head)))
        ++head;
    int headline = -1;
    if (head < n) { // a paragraph follows; a text of short lines only has no head to cut
        for (int i = head - 1; i >= 0; --i) {
            if (!isMetaLine(lines.at(i)) && !isNavigation(lines.at(i))) {
                headline = i;
                break;
            }
        }
    }
    // A headline in sentence case under one in title case is the standfirst under the headline.
    const auto sentenceCase = [](const Line &line) {
        const QStringList words = line.text.split(QLatin1Char(' '));
        return std::any_of(words.cbegin() + 1, words.cend(),
                           [](const QString &w) { return w.size() >= 4 && w.at(0).isLower(); });
    };
    if (headline > 0 && sentenceCase(lines.at(headline))) {
        for (int i = headline - 1; i >= 0; --i) {
            if (!isMetaLine(lines.at(i)) && !isNavigation(lines.at(i))) {
                if (!sentenceCase(lines.at(i)))
                    headline = i;
                break;
            }
        }
    }
    if (headline >= 0) {
        result.headline = lines.at(headline).text;
        for (int i = 0; i < headline; ++i) {
            const Line &line = lines.at(i);
            if (isMetaLine(line) || (line.words > 6 && !isNavigation(line)))
                continue;
            aside[i] = true;
            if (result.siteName.isEmpty() && i == 0 && !isNavigation(line))
                result.siteName = line.text;
        }
    }

    // Phrases, lists of other articles, and the end of the page.
    const int bodyStart = headline + 1;
    QHash<QString, int> seen;
    if (headline >= 0)
        seen.insert(lines.at(headline).text, headline);
    bool inRelatedList = false;
    for (int i = std::max(0, bodyStart); i < n; ++i) {
        const Line &line = lines.at(i);
        const bool secondHalf = line.start * 2 >= text.size();
        if (isAboutAuthorHeading(line) && (secondHalf || i == n - 1 || i + 3 >= n)) {
            for (int j = i; j < n; ++j)
                aside[j] = true;
            for (int j = i + 1; j < n && result.author.isEmpty() && j <= i + 2; ++j) {
                result.author = nameOf(lines.at(j));
                if (result.author.isEmpty())
                    isBiography(lines.at(j), &result.author);
            }
            break;
        }
        if (isBoilerplatePhrase(line)) {
            aside[i] = true;
            inRelatedList = false;
            continue;
        }
        if (isRelatedHeading(line)) {
            aside[i] = true;
            inRelatedList = true;
            continue;
        }
        if (inRelatedList && !isProse(line) && line.words <= 16) {
            aside[i] = true;
            continue;
        }
        inRelatedList = false;
        // The standfirst or headline printed again after the article.
        const auto earlier = seen.constFind(line.text);
        if (secondHalf && earlier != seen.cend() && line.words >= 2 && !isMetaLine(line)) {
            aside[i] = true;
            continue;
        }
        seen.insert(line.text, i);
        static const QRegularExpression creditLine = rx("^(written|reviewed|words) by\\s+");
        if (secondHalf && result.author.isEmpty() && creditLine.match(line.text).hasMatch())
            result.author = Importer::bylineName(QStringLiteral("By ") + line.text.section(QLatin1Char(' '), 2));
        if (i >= n - 2 && isBiography(line, result.author.isEmpty() ? &result.author : nullptr))
            aside[i] = true;
    }

    for (int i = 0; i < n; ++i) {
        if (!aside.at(i))
            continue;
        const Line &line = lines.at(i);
        // Lines separated by nothing but line breaks are one passage.
        if (!result.ranges.isEmpty()) {
            TextRange &last = result.ranges.last();
            const QStringView gap = QStringView(text).mid(last.end, line.start - last.end);
            if (std::all_of(gap.cbegin(), gap.cend(), [](QChar c) { return c == QLatin1Char('\n'); })) {
                last.end = line.end;
                continue;
            }
        }
        result.ranges.append({line.start, line.end});
    }
    qCDebug(lcImport) << "boilerplate:" << result.ranges.size() << "passage(s); headline" << result.headline;
    return result;
}

} // namespace Revmark
