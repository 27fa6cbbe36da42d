// SPDX-License-Identifier: GPL-3.0-or-later
// Precision and recall of the suggestions on the labelled set (tests/data/cues/labelled, format
// in its README). The set has two parts (held-back.list): the floors are asserted on the held-back
// part, which is never used for tuning; the figures of both parts are printed. Run it with
// REVMARK_QUALITY_VERBOSE=1 to see every miss and false alarm of the tuning part (never of the
// held-back part: looking at those would make it a tuning part). While tuning, also set
// REVMARK_QUALITY_TUNING_ONLY=1: the development set then prints its tuning part only and skips
// the held-back part's figures and floors, so no change is checked against them. To score a new
// batch alone before changing anything for it (its first-contact figure), also set
// REVMARK_QUALITY_FILES to a regular expression for its file names ("^1(0[6-9]|1[0-9]|2[0-5])-").
#include "cues/suggester.h"

#include "labelledset.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QtTest>

using namespace Revmark;
using namespace Revmark::LabelledSet;

namespace {

// The figures of the held-back part with the built-in cue set when the set was split; the test
// fails when a change of scorer or lexicon makes any of them drop. Raise them when they improve.
// Never lower them to make a change pass: fix the scorer or the lexicon (not the labels).
// Measured at the split (November 2026); the tuning part then reached praise precision 0.908
// (99/109), recall 0.980 (100/102), criticism precision 0.952 (79/83), recall 0.752 (82/109).
// Issue 13 (November 2026) lowered three of them by one suggestion each, knowingly: its rules
// follow the development set's conventions where this set's labels differ ("A pleasant read,
// if a slight one" is one criticism there, "capable, if unremarkable"; short unpunctuated lines
// are titles and never suggested). Held back at the split: praise precision 0.921 (58/63),
// recall 0.922 (59/64), criticism precision 1.000 (28/28), recall 0.732 (30/41).
constexpr double PraisePrecisionFloor = 0.91;    // reached 0.919 (57/62)
constexpr double PraiseRecallFloor = 0.90;       // reached 0.906 (58/64)
constexpr double CriticismPrecisionFloor = 0.96; // reached 0.966 (28/29)
constexpr double CriticismRecallFloor = 0.75;    // reached 0.756 (31/41) after issue 13's recall work

// The development set (issue 13): floors on its held-back part, the figures reached (raise them
// when they improve; never lower them). The targets are precision 0.88, recall 0.78 and
// aspect accuracy 0.75: all met. At the start (before any issue-13 rule) the held-back part
// measured precision 0.854 (76/89), recall 0.628 (76/121), aspect 0.289 and 3 suggestions on
// title, byline or navigation lines; after the first round 0.957 (90/94), 0.744 (90/121),
// 0.878 (79/90); after the recall round (32 more tuning reviews, general rules; measured twice)
// the figures below. Precision has fallen by one suggestion, knowingly: recall was the target.
constexpr double DevPrecisionFloor = 0.95; // reached 0.950 (96/101)
constexpr double DevRecallFloor = 0.79;    // reached 0.793 (96/121)
constexpr double DevAspectFloor = 0.87;    // reached 0.885 (85/96); 0.875 (84/96) after the game/music/stage/hotel domains

QString labelledFolder()
{
    return QStringLiteral(REVMARK_TEST_DATA "/cues/labelled/");
}

// The file names listed in held-back.list (comments and blank lines skipped).
QStringList heldBackFiles()
{
    QFile file(labelledFolder() + QStringLiteral("held-back.list"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList names;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString name = line.trimmed();
        if (!name.isEmpty() && !name.startsWith(QLatin1Char('#')))
            names.append(name);
    }
    return names;
}

void print(const char *part, int files, const Counts &praise, const Counts &criticism)
{
    qInfo("%s (%d reviews): praise precision %.3f (%d/%d), recall %.3f (%d/%d); criticism precision %.3f (%d/%d), "
          "recall %.3f (%d/%d)",
          part, files, praise.precision(), praise.suggestedCorrect, praise.suggested, praise.recall(),
          praise.goldFound, praise.gold, criticism.precision(), criticism.suggestedCorrect, criticism.suggested,
          criticism.recall(), criticism.goldFound, criticism.gold);
}

// The development set of issue 13 (tests/data/cues/dev, format in its README): one sentence per
// line with its polarity and aspect; "=" lines (titles, bylines, navigation) must never be
// suggested.
struct DevSentence
{
    int start = 0;
    int end = 0;
    QChar label; // '+', '-', '0' or '='
    QString aspect;
};

struct DevReview
{
    QString text;
    QVector<DevSentence> sentences;
};

bool readDev(const QString &path, DevReview *out, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    if (lines.isEmpty() || !lines.first().startsWith(QLatin1Char('#'))) {
        *error = QStringLiteral("no header line");
        return false;
    }
    bool inParagraph = false;
    auto breakParagraph = [&] {
        if (!out->text.isEmpty())
            out->text += QStringLiteral("\n\n");
        inParagraph = false;
    };
    for (int i = 1; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (line.trimmed().isEmpty()) {
            inParagraph = false;
            continue;
        }
        DevSentence s;
        s.label = line.at(0);
        QString sentence;
        if (s.label == QLatin1Char('=')) {
            sentence = line.mid(2);
            breakParagraph();
        } else {
            const int bar = int(line.indexOf(QLatin1String(" | ")));
            if (bar < 3 || !QStringLiteral("+-0").contains(s.label)) {
                *error = QStringLiteral("line %1 has no label").arg(i + 1);
                return false;
            }
            s.aspect = line.mid(2, bar - 2).trimmed();
            if (s.aspect == QLatin1String("-"))
                s.aspect.clear();
            sentence = line.mid(bar + 3);
            if (inParagraph)
                out->text += QLatin1Char(' ');
            else
                breakParagraph();
            inParagraph = true;
        }
        s.start = int(out->text.size());
        out->text += sentence;
        s.end = int(out->text.size());
        out->sentences.append(s);
        if (s.label == QLatin1Char('='))
            inParagraph = false;
    }
    return true;
}

struct DevCounts
{
    int suggested = 0;
    int correct = 0;
    int gold = 0;
    int found = 0;
    int aspectRight = 0;
    int onNeverLines = 0;
    double precision() const { return suggested ? double(correct) / suggested : 0; }
    double recall() const { return gold ? double(found) / gold : 0; }
    double aspectAccuracy() const { return found ? double(aspectRight) / found : 0; }
};

void printDev(const char *part, int files, const DevCounts &c)
{
    qInfo("development set, %s (%d reviews): precision %.3f (%d/%d), recall %.3f (%d/%d), aspect %.3f (%d/%d), "
          "on title/byline/navigation lines %d",
          part, files, c.precision(), c.correct, c.suggested, c.recall(), c.found, c.gold, c.aspectAccuracy(),
          c.aspectRight, c.found, c.onNeverLines);
}

} // namespace

class TestSuggestionQuality : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void split();
    void labelledSet();
    void developmentSet();
};

void TestSuggestionQuality::split()
{
    const QStringList files = QDir(labelledFolder()).entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    const QStringList heldBack = heldBackFiles();
    // A real held-back part, every file in it part of the set, none listed twice.
    QVERIFY2(heldBack.size() >= 12, "held-back.list lists too few reviews");
    QVERIFY2(files.size() - heldBack.size() >= 24, "the tuning part is too small");
    for (const QString &name : heldBack) {
        QVERIFY2(files.contains(name), qPrintable(name + QStringLiteral(" (held-back.list) is not in the set")));
        QCOMPARE(heldBack.count(name), 1);
    }
}

void TestSuggestionQuality::labelledSet()
{
    const bool verbose = qEnvironmentVariableIsSet("REVMARK_QUALITY_VERBOSE");
    const QString folder = labelledFolder();
    const QStringList files = QDir(folder).entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    QVERIFY2(files.size() >= 40, qPrintable(folder));
    const QStringList heldBack = heldBackFiles();
    QVERIFY(!heldBack.isEmpty());
    // Indexed by part (0 tuning, 1 held back), then by Polarity.
    Counts counts[2][2];
    int reviews[2] = {0, 0};
    for (const QString &name : files) {
        const int part = heldBack.contains(name) ? 1 : 0;
        ++reviews[part];
        const bool listed = verbose && part == 0;
        LabelledText labelled;
        QString error;
        QVERIFY2(readLabelled(folder + name, &labelled, &error), qPrintable(name + QStringLiteral(": ") + error));
        const QString &text = labelled.text;
        const QVector<Suggestion> suggestions = Suggester::suggest(text);
        score(name, labelled, suggestions, counts[part], listed);
    }
    print("tuning part", reviews[0], counts[0][int(Polarity::Praise)], counts[0][int(Polarity::Criticism)]);
    print("held-back part", reviews[1], counts[1][int(Polarity::Praise)], counts[1][int(Polarity::Criticism)]);
    // The floors: held-back part only.
    const Counts &praise = counts[1][int(Polarity::Praise)];
    const Counts &criticism = counts[1][int(Polarity::Criticism)];
    QVERIFY(praise.gold > 0 && criticism.gold > 0);
    QVERIFY2(praise.precision() >= PraisePrecisionFloor, "praise precision fell");
    QVERIFY2(praise.recall() >= PraiseRecallFloor, "praise recall fell");
    QVERIFY2(criticism.precision() >= CriticismPrecisionFloor, "criticism precision fell");
    QVERIFY2(criticism.recall() >= CriticismRecallFloor, "criticism recall fell");
}

void TestSuggestionQuality::developmentSet()
{
    const bool verbose = qEnvironmentVariableIsSet("REVMARK_QUALITY_VERBOSE");
    const QString folder = QStringLiteral(REVMARK_TEST_DATA "/cues/dev/");
    const QStringList files = QDir(folder).entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    QVERIFY2(files.size() >= 30, qPrintable(folder));
    QStringList heldBack;
    {
        QFile list(folder + QStringLiteral("held-back.list"));
        QVERIFY(list.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(list.readAll()).split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            if (!line.trimmed().isEmpty() && !line.startsWith(QLatin1Char('#')))
                heldBack.append(line.trimmed());
        }
    }
    QVERIFY(heldBack.size() >= 12);
    DevCounts counts[2];
    int reviews[2] = {0, 0};
    int sentences = 0;
    // REVMARK_QUALITY_FILES=<regular expression>: only the tuning reviews whose file names match
    // it, to score a new batch on its own before any rule is changed for it (first contact).
    const QString only = qEnvironmentVariable("REVMARK_QUALITY_FILES");
    const QRegularExpression onlyFiles(only);
    QVERIFY2(onlyFiles.isValid(), "REVMARK_QUALITY_FILES is not a valid regular expression");
    for (const QString &name : files) {
        const int part = heldBack.contains(name) ? 1 : 0;
        if (!only.isEmpty() && (part == 1 || !onlyFiles.match(name).hasMatch()))
            continue;
        ++reviews[part];
        const bool listed = verbose && part == 0;
        DevReview review;
        QString error;
        QVERIFY2(readDev(folder + name, &review, &error), qPrintable(name + QStringLiteral(": ") + error));
        DevCounts &c = counts[part];
        const QVector<Suggestion> suggestions = Suggester::suggest(review.text);
        QVector<int> matchedBy(review.sentences.size(), -1);
        for (int si = 0; si < suggestions.size(); ++si) {
            const Suggestion &s = suggestions.at(si);
            ++c.suggested;
            bool correct = false;
            for (int i = 0; i < review.sentences.size(); ++i) {
                const DevSentence &g = review.sentences.at(i);
                const bool overlaps = std::min(s.end, g.end) > std::max(s.start, g.start);
                if (g.label == QLatin1Char('=') && overlaps)
                    ++c.onNeverLines;
                const QChar wanted = s.polarity == Polarity::Praise ? QLatin1Char('+') : QLatin1Char('-');
                if (g.label == wanted && matches(s.start, s.end, g.start, g.end)) {
                    correct = true;
                    if (matchedBy.at(i) < 0)
                        matchedBy[i] = si;
                }
            }
            c.correct += correct;
            if (listed && !correct)
                qInfo().noquote() << name << "FALSE" << polarityKey(s.polarity) << s.cues.join(QLatin1Char('|'))
                                  << "::" << review.text.mid(s.start, s.end - s.start);
        }
        for (int i = 0; i < review.sentences.size(); ++i) {
            const DevSentence &g = review.sentences.at(i);
            if (g.label != QLatin1Char('='))
                ++sentences;
            if (g.label != QLatin1Char('+') && g.label != QLatin1Char('-'))
                continue;
            ++c.gold;
            if (matchedBy.at(i) < 0) {
                if (listed)
                    qInfo().noquote() << name << "MISSED" << g.label << "::" << review.text.mid(g.start, g.end - g.start);
                continue;
            }
            ++c.found;
            const QString aspect = suggestions.at(matchedBy.at(i)).aspect;
            if (aspect == g.aspect)
                ++c.aspectRight;
            else if (listed)
                qInfo().noquote() << name << "ASPECT" << aspect << "instead of" << g.aspect
                                  << "::" << review.text.mid(g.start, g.end - g.start);
        }
    }
    printDev("tuning part", reviews[0], counts[0]);
    QCOMPARE(counts[0].onNeverLines, 0);
    if (!only.isEmpty())
        QSKIP("REVMARK_QUALITY_FILES: a batch of the tuning part only");
    QVERIFY2(sentences >= 400, "the development set needs at least 400 sentences");
    if (qEnvironmentVariableIsSet("REVMARK_QUALITY_TUNING_ONLY"))
        QSKIP("REVMARK_QUALITY_TUNING_ONLY: the held-back part is neither printed nor checked");
    printDev("held-back part", reviews[1], counts[1]);
    QCOMPARE(counts[1].onNeverLines, 0);
    const DevCounts &held = counts[1];
    QVERIFY2(held.precision() >= DevPrecisionFloor, "precision fell on the held-back part");
    QVERIFY2(held.recall() >= DevRecallFloor, "recall fell on the held-back part");
    QVERIFY2(held.aspectAccuracy() >= DevAspectFloor, "aspect accuracy fell on the held-back part");
}

QTEST_GUILESS_MAIN(TestSuggestionQuality)
#include "tst_suggestionquality.moc"
