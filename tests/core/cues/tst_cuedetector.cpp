// SPDX-License-Identifier: GPL-3.0-or-later
// CueDetector, and golden tests of the built-in cue set in the style of KSyntaxHighlighting's
// own: every tests/data/cues/golden/input/*.txt is run through the detector and compared with
// reference/<name>.ref, the text with each cue wrapped in its attribute name
// ("<Praise>ravishing</Praise>"; "<" and "&" in the text are written "&lt;" and "&amp;").
// When the lexicon changes on purpose, regenerate the references with
// tests/data/cues/golden/update-references.sh (it runs this test with
// REVMARK_UPDATE_REFERENCES=1) and review the diff. Update mode still compares: each reference
// is rewritten, read back and compared with the one it replaced, and the run fails anyway, so a
// build with the variable set can never pass.
#include "cues/cuedetector.h"
#include "cues/cuerepository.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QtTest>

using namespace Revmark;

namespace {

QString goldenDir()
{
    return QStringLiteral(REVMARK_TEST_DATA "/cues/golden/");
}

QString escaped(QStringView text)
{
    QString out;
    for (const QChar c : text) {
        if (c == QLatin1Char('<'))
            out += QStringLiteral("&lt;");
        else if (c == QLatin1Char('&'))
            out += QStringLiteral("&amp;");
        else
            out += c;
    }
    return out;
}

QString markup(const QString &text, const QVector<Cue> &cues)
{
    QString out;
    int at = 0;
    for (const Cue &cue : cues) {
        out += escaped(QStringView(text).mid(at, cue.start - at));
        const QString name = cueKindAttribute(cue.kind);
        out += QLatin1Char('<') + name + QLatin1Char('>') + escaped(QStringView(text).mid(cue.start, cue.end - cue.start))
            + QStringLiteral("</") + name + QLatin1Char('>');
        at = cue.end;
    }
    out += escaped(QStringView(text).mid(at));
    return out;
}

QString readUtf8(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// A user cue set for the tests: quoted speech in «» is a context of its own that may span
// lines, so a cue inside it is not a cue, which shows that the state is carried from line to line.
const char UserCueSet[] = R"(<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE language>
<language name="Test Cues" section="Revmark Cues" version="1" kateversion="5.0" extensions="" casesensitive="0">
  <highlighting>
    <list name="praise"><item>zorbling</item></list>
    <list name="criticism"><item>flunty</item></list>
    <contexts>
      <context name="Text" attribute="Normal Text" lineEndContext="#stay">
        <DetectChar attribute="Normal Text" context="Quote" char="«"/>
        <keyword attribute="Praise" String="praise"/>
        <keyword attribute="Criticism" String="criticism"/>
      </context>
      <context name="Quote" attribute="Quoted" lineEndContext="#stay">
        <DetectChar attribute="Normal Text" context="#pop" char="»"/>
      </context>
    </contexts>
    <itemDatas>
      <itemData name="Normal Text" defStyleNum="dsNormal"/>
      <itemData name="Quoted" defStyleNum="dsString"/>
      <itemData name="Praise" defStyleNum="dsOthers"/>
      <itemData name="Criticism" defStyleNum="dsAlert"/>
    </itemDatas>
  </highlighting>
</language>
)";

} // namespace

class TestCueDetector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void kindNames();
    void builtInCueSet();
    void unknownCueSet();
    void offsetsAreUtf16_data();
    void offsetsAreUtf16();
    void stateCarriesAcrossLines();
    void emptyText();
    void golden_data();
    void golden();
    void cleanupTestCase();

private:
    int m_rewritten = 0;
};

void TestCueDetector::initTestCase()
{
    // Before the repository is first created: it reads the user's folder once.
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/org.kde.syntax-highlighting/syntax");
    QVERIFY(QDir().mkpath(dir));
    QFile file(dir + QStringLiteral("/test-cues.xml"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.write(UserCueSet) > 0);
}

void TestCueDetector::kindNames()
{
    const CueKind kinds[] = {CueKind::Praise,   CueKind::Criticism, CueKind::Intensifier, CueKind::Hedge,
                             CueKind::Contrast, CueKind::Negator,   CueKind::Rating};
    const char *keys[] = {"praise", "criticism", "intensifier", "hedge", "contrast", "negator", "rating"};
    for (int i = 0; i < 7; ++i) {
        QCOMPARE(cueKindKey(kinds[i]), QLatin1String(keys[i]));
        CueKind back = CueKind::Rating;
        QVERIFY(cueKindFromAttribute(cueKindAttribute(kinds[i]), &back));
        QCOMPARE(back, kinds[i]);
    }
    CueKind unchanged = CueKind::Hedge;
    QVERIFY(!cueKindFromAttribute(QStringLiteral("Normal Text"), &unchanged));
    QVERIFY(!cueKindFromAttribute(QStringLiteral("praise"), &unchanged));
    QCOMPARE(unchanged, CueKind::Hedge);
}

void TestCueDetector::builtInCueSet()
{
    const CueDetector detector;
    QVERIFY(detector.isValid());
    QCOMPARE(detector.cueSet(), CueRepository::defaultCueSetName());
    const QString text = QStringLiteral("Ravishing, but it drags. Not bad.");
    const QVector<Cue> cues = detector.detect(text);
    QStringList found;
    for (const Cue &cue : cues)
        found << cueKindKey(cue.kind) + QLatin1Char(':') + text.mid(cue.start, cue.end - cue.start);
    QCOMPARE(found, (QStringList{QStringLiteral("praise:Ravishing"), QStringLiteral("contrast:but"),
                                 QStringLiteral("criticism:drags"), QStringLiteral("negator:Not bad")}));
}

void TestCueDetector::unknownCueSet()
{
    const CueDetector detector(QStringLiteral("No Such Cues"));
    QVERIFY(!detector.isValid());
    QCOMPARE(detector.cueSet(), QStringLiteral("No Such Cues"));
    QVERIFY(detector.detect(QStringLiteral("zorbling")).isEmpty());
}

void TestCueDetector::offsetsAreUtf16_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("start");
    QTest::newRow("ascii") << QStringLiteral("so zorbling") << 3;
    QTest::newRow("accent") << QStringLiteral("S\u00f8ren: zorbling") << 7;
    QTest::newRow("emoji takes two") << QStringLiteral("\U0001F3AC zorbling") << 3;
    QTest::newRow("second line") << QStringLiteral("\U0001F3AC\n\nzorbling") << 4;
}

void TestCueDetector::offsetsAreUtf16()
{
    QFETCH(QString, text);
    QFETCH(int, start);
    const QVector<Cue> cues = CueDetector(QStringLiteral("Test Cues")).detect(text);
    QCOMPARE(cues.size(), 1);
    QCOMPARE(cues.at(0).start, start);
    QCOMPARE(cues.at(0).end, start + 8);
    QCOMPARE(cues.at(0).kind, CueKind::Praise);
}

void TestCueDetector::stateCarriesAcrossLines()
{
    QVERIFY(CueRepository::cueSetNames().contains(QStringLiteral("Test Cues")));
    const QString text = QStringLiteral("flunty \u00abzorbling\nflunty\u00bb zorbling\n\u00abflunty");
    const QVector<Cue> cues = CueDetector(QStringLiteral("Test Cues")).detect(text);
    QCOMPARE(cues.size(), 2);
    QCOMPARE(cues.at(0), (Cue{0, 6, CueKind::Criticism}));
    QCOMPARE(text.mid(cues.at(1).start, cues.at(1).end - cues.at(1).start), QStringLiteral("zorbling"));
    QCOMPARE(cues.at(1).start, 25);
    QCOMPARE(cues.at(1).kind, CueKind::Praise);
}

void TestCueDetector::emptyText()
{
    QVERIFY(CueDetector().detect(QString()).isEmpty());
    QVERIFY(CueDetector().detect(QStringLiteral("\n\n")).isEmpty());
}

void TestCueDetector::golden_data()
{
    QTest::addColumn<QString>("name");
    const QStringList inputs =
        QDir(goldenDir() + QStringLiteral("input")).entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    QVERIFY(inputs.size() >= 5);
    for (const QString &input : inputs)
        QTest::newRow(qPrintable(input)) << input;
}

void TestCueDetector::golden()
{
    QFETCH(QString, name);
    const QString text = readUtf8(goldenDir() + QStringLiteral("input/") + name);
    QVERIFY(!text.isEmpty());
    const QVector<Cue> cues = CueDetector().detect(text);
    for (int i = 0; i < cues.size(); ++i) {
        QVERIFY(cues.at(i).start < cues.at(i).end);
        if (i > 0)
            QVERIFY(cues.at(i - 1).end <= cues.at(i).start);
    }
    const QString actual = markup(text, cues);
    const QString referencePath = goldenDir() + QStringLiteral("reference/") + QFileInfo(name).completeBaseName()
        + QStringLiteral(".ref");
    const QString expected = readUtf8(referencePath);
    if (qEnvironmentVariableIsSet("REVMARK_UPDATE_REFERENCES")) {
        {
            QFile file(referencePath);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            const QByteArray bytes = actual.toUtf8();
            QCOMPARE(file.write(bytes), qint64(bytes.size()));
        }
        ++m_rewritten;
        QCOMPARE(readUtf8(referencePath), actual);
        // Then on to the comparison with the reference it replaced: a change fails here too.
    }
    QVERIFY2(!expected.isEmpty(), qPrintable(referencePath + QStringLiteral(" is missing: run update-references.sh")));
    if (actual != expected && qEnvironmentVariableIsSet("REVMARK_UPDATE_REFERENCES"))
        QFAIL(qPrintable(QStringLiteral("%1 changed; its reference is rewritten: git diff %2").arg(name, referencePath)));
    if (actual != expected) {
        // The output next to the test, for a diff against the reference.
        const QString out = QDir::current().filePath(QFileInfo(referencePath).fileName());
        QFile file(out);
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            file.write(actual.toUtf8());
        QFAIL(qPrintable(QStringLiteral("%1 differs from its reference; see diff %2 %3").arg(name, referencePath, out)));
    }
}

void TestCueDetector::cleanupTestCase()
{
    if (qEnvironmentVariableIsSet("REVMARK_UPDATE_REFERENCES")) {
        QFAIL(qPrintable(QStringLiteral("REVMARK_UPDATE_REFERENCES is set: %1 reference(s) rewritten. Review the "
                                        "diff, then run again without it.")
                             .arg(m_rewritten)));
    }
}

QTEST_GUILESS_MAIN(TestCueDetector)
#include "tst_cuedetector.moc"
