// SPDX-License-Identifier: GPL-3.0-or-later
// Precision and recall of the suggestions on the French and German labelled sets
// (tests/data/cues/fr, tests/data/cues/de; format and split in their README.md), each review
// scored with the built-in cue set of its language as Revmark picks it (CueRepository::cueSetFor).
// The floors (issue 13: precision >= 0.8, recall >= 0.65) are asserted on the held-back parts;
// the figures of both parts are printed. REVMARK_QUALITY_VERBOSE=1 lists the misses and false
// alarms of the tuning parts only (never of the held-back parts).
// The reading of the labelled format is that of tst_suggestionquality.
#include "cues/cuerepository.h"
#include "cues/suggester.h"

#include <QDir>
#include <QFile>
#include <QtTest>

using namespace Revmark;

namespace {

constexpr double PrecisionFloor = 0.80;
constexpr double RecallFloor = 0.65;

struct Span
{
    int start = 0;
    int end = 0;
    Polarity polarity = Polarity::Praise;
};

struct LabelledText
{
    QString text;
    QVector<Span> gold;
};

// Strips the header (line 1 and the blank line 2) and the marks; gold spans in the result's
// UTF-16 offsets.
bool readLabelled(const QString &path, LabelledText *out, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    QString raw = QString::fromUtf8(file.readAll());
    if (!raw.startsWith(QLatin1Char('#'))) {
        *error = QStringLiteral("no header line");
        return false;
    }
    raw = raw.mid(raw.indexOf(QLatin1Char('\n')) + 1);
    if (raw.startsWith(QLatin1Char('\n')))
        raw.remove(0, 1);
    out->text.clear();
    out->gold.clear();
    Span open;
    bool inSpan = false;
    for (int i = 0; i < raw.size(); ++i) {
        const QStringView two = QStringView(raw).mid(i, 2);
        if (two == QLatin1String("{+") || two == QLatin1String("{-")) {
            if (inSpan) {
                *error = QStringLiteral("nested mark at %1").arg(i);
                return false;
            }
            inSpan = true;
            open.start = int(out->text.size());
            open.polarity = two.at(1) == QLatin1Char('+') ? Polarity::Praise : Polarity::Criticism;
            ++i;
            continue;
        }
        if (inSpan && (two == QLatin1String("+}") || two == QLatin1String("-}"))) {
            const Polarity closing = two.at(0) == QLatin1Char('+') ? Polarity::Praise : Polarity::Criticism;
            if (closing != open.polarity) {
                // "-}" can be text inside a span ("B-}" is not used); only a matching close ends it.
                out->text.append(raw.at(i));
                continue;
            }
            inSpan = false;
            open.end = int(out->text.size());
            out->gold.append(open);
            ++i;
            continue;
        }
        out->text.append(raw.at(i));
    }
    if (inSpan) {
        *error = QStringLiteral("unclosed mark");
        return false;
    }
    return true;
}

// Two spans match when they overlap by at least half of the shorter one: a clause suggested
// inside a labelled sentence counts, a sentence that only touches a labelled clause does not.
bool matches(int aStart, int aEnd, int bStart, int bEnd)
{
    const int overlap = std::min(aEnd, bEnd) - std::max(aStart, bStart);
    const int shorter = std::min(aEnd - aStart, bEnd - bStart);
    return overlap > 0 && 2 * overlap >= shorter;
}

struct Counts
{
    int suggested = 0;
    int suggestedCorrect = 0;
    int gold = 0;
    int goldFound = 0;
    double precision() const { return suggested ? double(suggestedCorrect) / suggested : 0; }
    double recall() const { return gold ? double(goldFound) / gold : 0; }
};

QString folderOf(const QString &language)
{
    return QStringLiteral(REVMARK_TEST_DATA "/cues/") + language + QLatin1Char('/');
}

QStringList heldBackFiles(const QString &folder)
{
    QFile file(folder + QStringLiteral("held-back.list"));
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

// Sentences outside rating lines: what a labelled set has to hold at least 120 of.
int sentenceCount(const QString &text)
{
    static const QRegularExpression end(QStringLiteral("[.!?\\x{2026}][\"\\x{201C}\\x{201D}\\x{00BB}]?(?=\\s|$)"));
    int count = 0;
    const QStringList paragraphs = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &paragraph : paragraphs) {
        const int n = int(paragraph.count(end));
        count += n > 0 ? n : 0;
    }
    return count;
}

} // namespace

class TestLanguageQuality : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void labelledSet_data();
    void labelledSet();
};

void TestLanguageQuality::labelledSet_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("French") << QStringLiteral("fr");
    QTest::newRow("German") << QStringLiteral("de");
}

void TestLanguageQuality::labelledSet()
{
    QFETCH(QString, language);
    const bool verbose = qEnvironmentVariableIsSet("REVMARK_QUALITY_VERBOSE");
    const QString folder = folderOf(language);
    const QStringList files = QDir(folder).entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    QVERIFY2(files.size() >= 12, qPrintable(folder));
    const QStringList heldBack = heldBackFiles(folder);
    QVERIFY2(heldBack.size() >= 4, "held-back.list lists too few reviews");
    for (const QString &name : heldBack)
        QVERIFY2(files.contains(name), qPrintable(name + QStringLiteral(" (held-back.list) is not in the set")));
    const QString cueSet = CueRepository::cueSetFor(CueRepository::defaultCueSetName(), language);
    QVERIFY(cueSet != CueRepository::defaultCueSetName());
    // Indexed by part (0 tuning, 1 held back), then by Polarity.
    Counts counts[2][2];
    int reviews[2] = {0, 0};
    int sentences = 0;
    for (const QString &name : files) {
        const int part = heldBack.contains(name) ? 1 : 0;
        ++reviews[part];
        const bool listed = verbose && part == 0;
        LabelledText labelled;
        QString error;
        QVERIFY2(readLabelled(folder + name, &labelled, &error), qPrintable(name + QStringLiteral(": ") + error));
        const QString &text = labelled.text;
        sentences += sentenceCount(text);
        const QVector<Suggestion> suggestions = Suggester::suggest(text, cueSet);
        for (const Suggestion &s : suggestions) {
            Counts &c = counts[part][int(s.polarity)];
            ++c.suggested;
            bool correct = false;
            for (const Span &g : std::as_const(labelled.gold))
                correct = correct || (g.polarity == s.polarity && matches(s.start, s.end, g.start, g.end));
            c.suggestedCorrect += correct;
            if (listed && !correct)
                qInfo().noquote() << name << "FALSE" << polarityKey(s.polarity) << s.cues.join(QLatin1Char('|'))
                                  << "::" << text.mid(s.start, s.end - s.start);
        }
        for (const Span &g : std::as_const(labelled.gold)) {
            Counts &c = counts[part][int(g.polarity)];
            ++c.gold;
            bool found = false;
            for (const Suggestion &s : suggestions)
                found = found || (g.polarity == s.polarity && matches(s.start, s.end, g.start, g.end));
            c.goldFound += found;
            if (listed && !found)
                qInfo().noquote() << name << "MISSED" << polarityKey(g.polarity)
                                  << "::" << text.mid(g.start, g.end - g.start);
        }
    }
    qInfo("%s: %d sentences outside rating lines", qPrintable(language), sentences);
    QVERIFY2(sentences >= 120, qPrintable(QStringLiteral("only %1 sentences").arg(sentences)));
    for (int part : {0, 1}) {
        const Counts &p = counts[part][int(Polarity::Praise)];
        const Counts &c = counts[part][int(Polarity::Criticism)];
        Counts all;
        all.suggested = p.suggested + c.suggested;
        all.suggestedCorrect = p.suggestedCorrect + c.suggestedCorrect;
        all.gold = p.gold + c.gold;
        all.goldFound = p.goldFound + c.goldFound;
        qInfo("%s %s part (%d reviews): precision %.3f (%d/%d), recall %.3f (%d/%d); praise %.3f/%.3f, "
              "criticism %.3f/%.3f",
              qPrintable(language), part ? "held-back" : "tuning", reviews[part], all.precision(), all.suggestedCorrect,
              all.suggested, all.recall(), all.goldFound, all.gold, p.precision(), p.recall(), c.precision(),
              c.recall());
        if (part == 1) {
            QVERIFY2(all.precision() >= PrecisionFloor, "precision below the floor");
            QVERIFY2(all.recall() >= RecallFloor, "recall below the floor");
        }
    }
}

QTEST_GUILESS_MAIN(TestLanguageQuality)
#include "tst_languagequality.moc"
