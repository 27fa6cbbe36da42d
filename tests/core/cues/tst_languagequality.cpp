// SPDX-License-Identifier: GPL-3.0-or-later
// Precision and recall of the suggestions on the French and German labelled sets
// (tests/data/cues/fr, tests/data/cues/de; format and split in their README.md), each review
// scored with the built-in cue set of its language as Revmark picks it (CueRepository::cueSetFor).
// The floors (issue 13: precision >= 0.8, recall >= 0.65) are asserted on the held-back parts;
// the figures of both parts are printed. REVMARK_QUALITY_VERBOSE=1 lists the misses and false
// alarms of the tuning parts only (never of the held-back parts).
// The labelled format is read by labelledset.h, shared with tst_suggestionquality.
#include "cues/cuerepository.h"
#include "cues/suggester.h"

#include "labelledset.h"

#include <QDir>
#include <QFile>
#include <QtTest>

using namespace Revmark;
using namespace Revmark::LabelledSet;

namespace {

constexpr double PrecisionFloor = 0.80;
constexpr double RecallFloor = 0.65;

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
        score(name, labelled, suggestions, counts[part], listed);
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
