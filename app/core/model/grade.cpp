// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/grade.h"

#include <QRegularExpression>
#include <QStringList>
#include <QVector>

#include <algorithm>

#include <cmath>

namespace Revmark {
namespace GradeParser {

namespace {

// Number words a review spells ratings with ("Three stars", "out of four").
const char *const kNumberWords[] = {"zero", "one", "two", "three", "four", "five",
                                    "six", "seven", "eight", "nine", "ten"};

// The same in French and German, with the forms a rating takes ("une étoile", "einen Stern").
struct NumberWord
{
    const char *word; // UTF-8
    double value;
};
const NumberWord kIntlNumberWords[] = {
    {"z\xc3\xa9ro", 0}, {"un", 1}, {"une", 1}, {"deux", 2}, {"trois", 3}, {"quatre", 4}, {"cinq", 5},
    {"six", 6}, {"sept", 7}, {"huit", 8}, {"neuf", 9}, {"dix", 10}, {"vingt", 20}, {"cent", 100},
    {"null", 0}, {"ein", 1}, {"eine", 1}, {"einen", 1}, {"eins", 1}, {"zwei", 2}, {"drei", 3},
    {"vier", 4}, {"f\xc3\xbcnf", 5}, {"sechs", 6}, {"sieben", 7}, {"acht", 8}, {"neun", 9},
    {"zehn", 10}, {"hundert", 100},
    // German halves are one word: "dreieinhalb Sterne".
    {"eineinhalb", 1.5}, {"anderthalb", 1.5}, {"zweieinhalb", 2.5}, {"dreieinhalb", 3.5}, {"viereinhalb", 4.5},
    {"f\xc3\xbcnfeinhalb", 5.5}, {"sechseinhalb", 6.5}, {"siebeneinhalb", 7.5}, {"achteinhalb", 8.5},
    {"neuneinhalb", 9.5}};

double numberValue(const QString &token)
{
    const QString t = token.toLower();
    for (int i = 0; i < int(std::size(kNumberWords)); ++i) {
        if (t == QLatin1String(kNumberWords[i]))
            return i;
    }
    for (const NumberWord &w : kIntlNumberWords) {
        if (t == QString::fromUtf8(w.word))
            return w.value;
    }
    if (t == QLatin1String("a hundred") || t == QLatin1String("one hundred"))
        return 100;
    QString digits = t;
    digits.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    const double v = digits.toDouble(&ok);
    return ok ? v : -1;
}

int scaled(double x, double outOf)
{
    if (x < 0 || outOf <= 0 || x > outOf)
        return -1;
    return int(std::lround(100.0 * x / outOf));
}

// The pieces of the rating grammar. Written with \x{...} so the source stays ASCII:
// 2605 black star, 2B50 star emoji, 2606 white star, BD one half, 2212 minus sign, 2013 en dash.
const QString kNum = QStringLiteral("(?:\\d{1,3}(?:[.,]\\d{1,2})?)");
const QString kWord = QStringLiteral("(?:zero|one|two|three|four|five|six|seven|eight|nine|ten)");
const QString kStars = QStringLiteral("(?:[\\x{2605}\\x{2B50}]+\\x{BD}?\\x{2606}*|\\x{BD}\\x{2606}*|\\x{2606}+)");
const QString kOutOf4 = QStringLiteral("(?:\\s*/\\s*4|\\s*\\(?\\s*out\\s+of\\s+(?:4|four)\\)?)");
const QString kHalf = QStringLiteral("(?:\\s+and\\s+a\\s+half|\\x{BD})?");
// French and German: number words, the word for stars or points, "sur" / "von" / "aus".
// E9 e acute, FC u umlaut.
const QString kIntlWord = QStringLiteral(
    "(?:z\\x{E9}ro|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix"
    "|(?:ein|anderthalb|zwei|drei|vier|f\\x{FC}nf|sechs|sieben|acht|neun)(?:einhalb)?"
    "|null|eine?n?|eins|zehn)");
const QString kIntlStarGlyphs = QStringLiteral("(?:\\x{E9}toiles?|etoiles?|sterne?n?)");
const QString kIntlStar = QStringLiteral("(?:\\x{E9}toiles?|etoiles?|sterne?n?|punkte?n?|points?)");
const QString kIntlDenominator = QStringLiteral("(?:\\d{1,3}|quatre|cinq|dix|vingt|cent|vier|f\\x{FC}nf|zehn|hundert)");
// "3 étoiles sur 5", "4 von 5 Sternen", "8 sur 10"; "4 Sterne", "trois étoiles et demie".
const QString kIntl = QStringLiteral(
    "(?<intl>(?<in>%1|%2)(?:\\s+%3)?\\s+(?:sur|von|aus)\\s+(?<id>%4)(?:\\s+%3)?)"
    "|(?<icount>(?<icn>%1|%2)\\s+%5(?:\\s+et\\s+demie?)?)")
                          .arg(kNum, kIntlWord, kIntlStar, kIntlDenominator, kIntlStarGlyphs);

// Each rating form as one pattern with named groups; order matters where forms overlap
// ("3 out of 4 stars" before "4 stars", fractions before bare numbers).
const QString kCore = QStringLiteral(
    "(?<outof>(?<on>%1|%2)%5\\s+out\\s+of\\s+(?<od>\\d{1,3}|four|five|ten|a\\s+hundred|one\\s+hundred)(?:\\s+stars?)?)"
    "|(?<frac>(?<fn>%1)\\s*/\\s*(?<fd>\\d{1,3})(?!\\s*/)(?:\\s+stars?)?)"
    "|(?<glyph>%3%4?)"
    "|(?<count>(?<cn>%1|%2)%5[\\s-]*stars?%4?)"
    "|(?<pct>(?<pn>%1)\\s*%)"
    "|%6")
                          .arg(kNum, kWord, kStars, kOutOf4, kHalf, kIntl);
const QString kLetter = QStringLiteral("(?<letter>[ABCDF])(?<sign>[+\\-\\x{2212}\\x{2013}]?)");
const QString kLabel = QStringLiteral(
    "(?:grade|rating|score|overall|verdict|my\\s+rating|our\\s+rating"
    "|note|notre\\s+note|ma\\s+note|appr\\x{E9}ciation|bewertung|unsere\\s+bewertung|meine\\s+bewertung"
    "|wertung|gesamtwertung|gesamtnote|fazit|urteil)\\s*[:\\x{FF1A}]\\s*");
// A German school grade, 1 (best) to 6, with a tendency ("2+", "3-") or a decimal ("2,3"); never
// followed by a fraction ("Note: 4/5", "4 von 5" are fractions).
const QString kSchool = QStringLiteral(
    "(?<school>(?<sg>[1-6])(?:[.,](?<sd>\\d))?(?<ss>[+\\-\\x{2212}\\x{2013}]?))(?![\\w\\-\\x{2212}\\x{2013}/]|[.,]\\d|\\s*(?:/|von\\b|aus\\b|sur\\b))");
const QString kSchoolLabel = QStringLiteral("(?:schulnote|gesamtnote|note)\\s*[:\\x{FF1A}]?\\s*");

// 1 = 100, 2 = 80, ... 6 = 0 (a decimal on the same line), "+" adds 5 and "-" takes 5 away, kept
// within 0..100; -1 past 6.
int schoolValue(const QRegularExpressionMatch &m)
{
    double x = m.captured(QStringLiteral("sg")).toInt();
    if (m.capturedLength(QStringLiteral("sd")) > 0)
        x += m.captured(QStringLiteral("sd")).toInt() / 10.0;
    if (x > 6)
        return -1;
    double value = 100 - 20 * (x - 1);
    const QString sign = m.captured(QStringLiteral("ss"));
    if (sign == QLatin1String("+"))
        value += 5;
    else if (!sign.isEmpty())
        value -= 5;
    return int(std::lround(std::clamp(value, 0.0, 100.0)));
}

bool isGerman(const QString &language)
{
    return language == QLatin1String("de");
}

int letterValue(const QString &letter, const QString &sign)
{
    if (letter == QLatin1String("F"))
        return sign.isEmpty() ? 20 : -1;
    // The scale of tests/data/cues/labelled/README.md: 5 points a step, A 95, F 20.
    static const QString letters = QStringLiteral("ABCD");
    const int base = 95 - 15 * int(letters.indexOf(letter));
    if (sign.isEmpty())
        return base;
    return sign == QLatin1String("+") ? std::min(100, base + 5) : base - 5;
}

int starsValue(const QString &glyphs, bool outOf4)
{
    double stars = 0;
    for (const QChar c : glyphs) {
        if (c.unicode() == 0x2605 || c.unicode() == 0x2B50)
            stars += 1;
        else if (c.unicode() == 0xBD)
            stars += 0.5;
    }
    return scaled(stars, outOf4 ? 4 : 5);
}

// The value of a match of kCore or kLetter; -1 when it is not a rating after all (7/5).
int valueOf(const QRegularExpressionMatch &m)
{
    if (m.capturedLength(QStringLiteral("letter")) > 0)
        return letterValue(m.captured(QStringLiteral("letter")), m.captured(QStringLiteral("sign")));
    if (m.capturedLength(QStringLiteral("outof")) > 0) {
        double x = numberValue(m.captured(QStringLiteral("on")));
        if (m.captured(QStringLiteral("outof")).contains(QLatin1String("half"))
            || m.captured(QStringLiteral("outof")).contains(QChar(0xBD)))
            x += 0.5;
        return scaled(x, numberValue(m.captured(QStringLiteral("od")).simplified()));
    }
    if (m.capturedLength(QStringLiteral("frac")) > 0) {
        const double d = numberValue(m.captured(QStringLiteral("fd")));
        // Other denominators are dates, scores of matches, "24/7".
        if (d != 4 && d != 5 && d != 10 && d != 20 && d != 100)
            return -1;
        return scaled(numberValue(m.captured(QStringLiteral("fn"))), d);
    }
    if (m.capturedLength(QStringLiteral("glyph")) > 0) {
        const QString g = m.captured(QStringLiteral("glyph"));
        return starsValue(g, g.contains(QLatin1Char('4')));
    }
    if (m.capturedLength(QStringLiteral("count")) > 0) {
        const QString all = m.captured(QStringLiteral("count"));
        double x = numberValue(m.captured(QStringLiteral("cn")));
        if (all.contains(QLatin1String("half")) || all.contains(QChar(0xBD)))
            x += 0.5;
        static const QRegularExpression outOf4(QStringLiteral("(?:/\\s*4|out\\s+of\\s+(?:4|four))\\)?\\s*$"),
                                               QRegularExpression::CaseInsensitiveOption);
        const bool isOutOf4 = outOf4.match(all).hasMatch();
        return scaled(x, isOutOf4 ? 4 : 5);
    }
    if (m.capturedLength(QStringLiteral("pct")) > 0)
        return scaled(numberValue(m.captured(QStringLiteral("pn"))), 100);
    if (m.capturedLength(QStringLiteral("intl")) > 0) {
        const double d = numberValue(m.captured(QStringLiteral("id")));
        if (d != 4 && d != 5 && d != 10 && d != 20 && d != 100)
            return -1;
        return scaled(numberValue(m.captured(QStringLiteral("in"))), d);
    }
    if (m.capturedLength(QStringLiteral("icount")) > 0) {
        double x = numberValue(m.captured(QStringLiteral("icn")));
        if (m.captured(QStringLiteral("icount")).contains(QLatin1String("demi"), Qt::CaseInsensitive))
            x += 0.5;
        return scaled(x, 5);
    }
    if (m.capturedLength(QStringLiteral("school")) > 0)
        return schoolValue(m);
    return -1;
}

const QRegularExpression &wholeRe()
{
    static const QRegularExpression re(QStringLiteral("^(?:%1)?(?:%2|%3)\\s*\\.?$").arg(kLabel, kCore, kLetter),
                                       QRegularExpression::CaseInsensitiveOption
                                           | QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

// A label then any form, letters included ("Grade: B-"); the letter must end the phrase so
// "Rating: A film of ..." is not an A.
const QRegularExpression &labelledRe()
{
    static const QRegularExpression re(
        QStringLiteral("\\b%1(?<rating>%2|%3(?=\\s*(?:$|[.,;)(/])))").arg(kLabel, kCore, kLetter),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

// Forms that are ratings wherever they stand in running text; percentages and bare numbers
// of stars spelled out are not ("50% longer", "the two stars of the film").
const QRegularExpression &runningRe()
{
    static const QRegularExpression re(
        QStringLiteral("(?<![\\w.,/])(?<rating>%1|(?<frac>(?<fn>%2)\\s*/\\s*(?<fd>\\d{1,3})(?![\\d/]))|(?<glyph>%3%4?)"
                       "|(?<count>(?<cn>\\d(?:[.,]5)?)%5\\s+stars?%4?))(?![\\w-])")
            .arg(QStringLiteral("(?<outof>(?<on>%1|%2)%3\\s+out\\s+of\\s+(?<od>\\d{1,3}|four|five|ten)(?:\\s+stars?)?)")
                     .arg(kNum, kWord, kHalf),
                 kNum, kStars, kOutOf4, kHalf),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

// French and German forms in running text, in digits and with a word for stars or points
// somewhere ("3 étoiles sur 5", "4 von 5 Sternen", "4 Sterne"): "8 sur 10 personnes" is not one.
const QRegularExpression &runningIntlRe()
{
    static const QRegularExpression re(
        QStringLiteral("(?<![\\w.,/])(?<rating>(?<intl>(?<in>%1)(?:\\s+%2)?\\s+(?:sur|von|aus)\\s+(?<id>\\d{1,3})(?:\\s+%2)?)"
                       "|(?<icount>(?<icn>%1)\\s+%3(?:\\s+et\\s+demie?)?))(?![\\w-])")
            .arg(kNum, kIntlStar, kIntlStarGlyphs),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

bool namesStars(const QString &rating)
{
    static const QRegularExpression re(kIntlStar, QRegularExpression::CaseInsensitiveOption
                                                      | QRegularExpression::UseUnicodePropertiesOption);
    return re.match(rating).hasMatch();
}

// A German school grade after its label ("Note: 2+", "Gesamtnote 2,3").
const QRegularExpression &schoolRe()
{
    static const QRegularExpression re(QStringLiteral("\\b%1(?<rating>%2)").arg(kSchoolLabel, kSchool),
                                       QRegularExpression::CaseInsensitiveOption
                                           | QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

const QRegularExpression &schoolWholeRe()
{
    static const QRegularExpression re(QStringLiteral("^(?:%1)?%2\\s*\\.?$").arg(kSchoolLabel, kSchool),
                                       QRegularExpression::CaseInsensitiveOption
                                           | QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

// A line that is nothing but a rating ("Three stars.", "72%", "B+").
const QRegularExpression &lineRe()
{
    static const QRegularExpression re(QStringLiteral("^\\s*(?<rating>%1|%2)\\s*\\.?\\s*$").arg(kCore, kLetter),
                                       QRegularExpression::CaseInsensitiveOption
                                           | QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

} // namespace

Grade parse(const QString &raw, const QString &language)
{
    Grade grade;
    grade.raw = raw.trimmed();
    if (isGerman(language)) {
        const auto school = schoolWholeRe().match(grade.raw);
        if (school.hasMatch()) {
            grade.value = valueOf(school);
            return grade;
        }
    }
    const auto m = wholeRe().match(grade.raw);
    if (m.hasMatch()) {
        // A bare letter is upper case when it is a grade; "b" alone is more likely a typo.
        if (m.capturedLength(QStringLiteral("letter")) > 0 && !m.captured(QStringLiteral("letter")).at(0).isUpper())
            return grade;
        grade.value = valueOf(m);
    }
    return grade;
}

Grade find(const QString &text, int *start, int *end)
{
    return find(text, QString(), start, end);
}

Grade find(const QString &text, const QString &language, int *start, int *end)
{
    if (start)
        *start = -1;
    if (end)
        *end = -1;
    int lineStart = 0;
    while (lineStart < text.size()) {
        int lineEnd = int(text.indexOf(QLatin1Char('\n'), lineStart));
        if (lineEnd < 0)
            lineEnd = int(text.size());
        const QString line = text.mid(lineStart, lineEnd - lineStart);
        // Earliest candidate in the line that is a rating.
        QRegularExpressionMatch best;
        int bestValue = -1;
        QVector<const QRegularExpression *> forms = {&labelledRe(), &runningRe(), &runningIntlRe(), &lineRe()};
        // A school grade only where the review is German: "Note: 2" is a remark elsewhere.
        if (isGerman(language))
            forms.prepend(&schoolRe());
        for (const QRegularExpression *re : std::as_const(forms)) {
            auto it = re->globalMatch(line);
            while (it.hasNext()) {
                const auto m = it.next();
                if (best.hasMatch() && m.capturedStart(QStringLiteral("rating")) >= best.capturedStart(QStringLiteral("rating")))
                    break;
                if (m.capturedLength(QStringLiteral("letter")) > 0 && !m.captured(QStringLiteral("letter")).at(0).isUpper())
                    continue;
                if (re == &runningIntlRe() && m.capturedLength(QStringLiteral("intl")) > 0
                    && !namesStars(m.captured(QStringLiteral("intl"))))
                    continue;
                const int value = valueOf(m);
                if (value < 0)
                    continue;
                best = m;
                bestValue = value;
                break;
            }
        }
        if (best.hasMatch()) {
            Grade grade;
            QString raw = best.captured(QStringLiteral("rating"));
            int s = best.capturedStart(QStringLiteral("rating"));
            // Trailing blanks the patterns may take ("4 stars ") are not part of the rating.
            while (!raw.isEmpty() && raw.back().isSpace())
                raw.chop(1);
            grade.raw = raw;
            grade.value = bestValue;
            if (start)
                *start = lineStart + s;
            if (end)
                *end = lineStart + s + int(raw.size());
            return grade;
        }
        lineStart = lineEnd + 1;
    }
    return {};
}

} // namespace GradeParser
} // namespace Revmark
