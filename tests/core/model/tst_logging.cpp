// SPDX-License-Identifier: GPL-3.0-or-later
// The logging categories (model/logging.h): switched by QLoggingCategory::setFilterRules() and
// by QT_LOGGING_RULES, and used where the core refuses, repairs and re-places things.
#include "anchoring/anchoring.h"
#include "export/pdfexporter.h"
#include "model/logging.h"
#include "project/project.h"
#include "project/projectfile.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <cstdio>

using namespace Revmark;

namespace {

struct Message
{
    QtMsgType type;
    QString category;
    QString text;
};

QVector<Message> captured;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    captured.append(Message{type, QString::fromUtf8(context.category), text});
}

// Collects what is logged while it lives, instead of printing it.
class Capture
{
public:
    Capture()
    {
        captured.clear();
        m_previous = qInstallMessageHandler(capture);
    }
    ~Capture() { qInstallMessageHandler(m_previous); }
    Capture(const Capture &) = delete;
    Capture &operator=(const Capture &) = delete;

    static QVector<Message> in(const char *category, QtMsgType type)
    {
        QVector<Message> found;
        for (const Message &m : std::as_const(captured)) {
            if (m.category == QLatin1String(category) && m.type == type)
                found.append(m);
        }
        return found;
    }

private:
    QtMessageHandler m_previous = nullptr;
};

// An annotation over "dialogue drags" whose text has since gained a sentence in front.
AnchorStatus placeMovedAnnotation()
{
    const QString before = QStringLiteral("The score soars. The dialogue drags.");
    Annotation a;
    a.id = QStringLiteral("moved-one");
    a.start = int(before.indexOf(QStringLiteral("dialogue drags")));
    a.end = a.start + 14;
    Anchoring::fillQuote(before, &a);
    return Anchoring::place(QStringLiteral("A new opening. ") + before, &a);
}

const char ChildArgument[] = "--place-moved-annotation";

} // namespace

class TestLogging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanupTestCase();
    void categoryNames();
    void defaults();
    void filterRulesSwitchACategory();
    void environmentRulesSwitchACategory_data();
    void environmentRulesSwitchACategory();
    void refusedProjectFileLogsAWarning_data();
    void refusedProjectFileLogsAWarning();
    void repairIsLogged();
    void failedExportLogsAWarning();
};

void TestLogging::init()
{
    QLoggingCategory::setFilterRules(QString());
}

void TestLogging::cleanupTestCase()
{
    QLoggingCategory::setFilterRules(QString());
}

void TestLogging::categoryNames()
{
    QCOMPARE(lcImport().categoryName(), "revmark.import");
    QCOMPARE(lcProject().categoryName(), "revmark.project");
    QCOMPARE(lcAnchoring().categoryName(), "revmark.anchoring");
    QCOMPARE(lcCues().categoryName(), "revmark.cues");
    QCOMPARE(lcExport().categoryName(), "revmark.export");
    QCOMPARE(lcSession().categoryName(), "revmark.session");
}

void TestLogging::defaults()
{
    // Debug off, warnings on, for every area.
    for (const QLoggingCategory *category : {&lcImport(), &lcProject(), &lcAnchoring(), &lcCues(), &lcExport(), &lcSession()}) {
        QVERIFY2(!category->isDebugEnabled(), category->categoryName());
        QVERIFY2(category->isWarningEnabled(), category->categoryName());
    }
    Capture capture;
    QCOMPARE(placeMovedAnnotation(), AnchorStatus::Exact);
    QVERIFY(Capture::in("revmark.anchoring", QtDebugMsg).isEmpty());
}

void TestLogging::filterRulesSwitchACategory()
{
    QLoggingCategory::setFilterRules(QStringLiteral("revmark.anchoring.debug=true"));
    QVERIFY(lcAnchoring().isDebugEnabled());
    QVERIFY(!lcProject().isDebugEnabled());
    {
        Capture capture;
        QCOMPARE(placeMovedAnnotation(), AnchorStatus::Exact);
        const QVector<Message> lines = Capture::in("revmark.anchoring", QtDebugMsg);
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.at(0).text.contains(QLatin1String("moved-one")), qPrintable(lines.at(0).text));
        QVERIFY2(lines.at(0).text.contains(QLatin1String("exact")), qPrintable(lines.at(0).text));
        QVERIFY2(lines.at(0).text.contains(QLatin1String("dialogue drags")), qPrintable(lines.at(0).text));
    }
    QLoggingCategory::setFilterRules(QStringLiteral("revmark.anchoring.debug=false"));
    QVERIFY(!lcAnchoring().isDebugEnabled());
    Capture capture;
    QCOMPARE(placeMovedAnnotation(), AnchorStatus::Exact);
    QVERIFY(Capture::in("revmark.anchoring", QtDebugMsg).isEmpty());
}

void TestLogging::environmentRulesSwitchACategory_data()
{
    QTest::addColumn<QString>("rules");
    QTest::addColumn<bool>("logged");
    QTest::newRow("unset") << QString() << false;
    QTest::newRow("anchoring debug on") << QStringLiteral("revmark.anchoring.debug=true") << true;
    QTest::newRow("all of revmark") << QStringLiteral("revmark.*.debug=true") << true;
    QTest::newRow("another area only") << QStringLiteral("revmark.export.debug=true") << false;
}

void TestLogging::environmentRulesSwitchACategory()
{
    QFETCH(QString, rules);
    QFETCH(bool, logged);
    // QT_LOGGING_RULES is read when the application starts: a child run of this test does it.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_LOGGING_RULES"));
    if (!rules.isNull())
        env.insert(QStringLiteral("QT_LOGGING_RULES"), rules);
    env.insert(QStringLiteral("QT_MESSAGE_PATTERN"), QStringLiteral("[%{category}] %{type}: %{message}"));
    QProcess child;
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {QString::fromLatin1(ChildArgument)});
    QVERIFY(child.waitForFinished(30000));
    QCOMPARE(child.exitStatus(), QProcess::NormalExit);
    QCOMPARE(child.exitCode(), 0);
    const QString err = QString::fromUtf8(child.readAllStandardError());
    QCOMPARE(err.contains(QLatin1String("[revmark.anchoring] debug: annotation moved-one: exact")), logged);
}

void TestLogging::refusedProjectFileLogsAWarning_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << QByteArray("  \n") << QStringLiteral("empty");
    QTest::newRow("not JSON") << QByteArray("{\"format\": ") << QStringLiteral("not a valid project file");
    QTest::newRow("over the size limit") << QByteArray(3000, ' ') << QStringLiteral("larger than");
    QTest::newRow("newer format") << QByteArray(R"({"format": "revmark-project", "version": 99})")
                                  << QStringLiteral("newer version");
}

void TestLogging::refusedProjectFileLogsAWarning()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("refused.revmark"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(bytes), qint64(bytes.size()));
    }
    ProjectLimits limits;
    limits.maxFileSize = 2000;
    Capture capture;
    const ProjectLoadResult result = ProjectFile::load(path, limits);
    QVERIFY(!result.ok);
    const QVector<Message> warnings = Capture::in("revmark.project", QtWarningMsg);
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.at(0).text.contains(QLatin1String("refused.revmark")), qPrintable(warnings.at(0).text));
    QVERIFY2(warnings.at(0).text.contains(reason), qPrintable(warnings.at(0).text));
}

void TestLogging::repairIsLogged()
{
    // An annotation whose offsets no longer read its quote is moved while loading: a repair.
    const QByteArray json = R"({"format": "revmark-project", "version": 1, "reviews": [{"id": "r1",
        "text": "The score soars. The dialogue drags.", "annotations": [{"id": "a1", "start": 0, "end": 9,
        "polarity": "criticism", "quote": {"exact": "dialogue drags"}}]}]})";
    QLoggingCategory::setFilterRules(QStringLiteral("revmark.*.debug=true"));
    Capture capture;
    const ProjectLoadResult result = ProjectFile::parse(json, QStringLiteral("repaired.revmark"));
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(!result.warnings.isEmpty());
    // Each repair the user is told of is in the log too.
    const QVector<Message> repairs = Capture::in("revmark.project", QtInfoMsg);
    QCOMPARE(repairs.size(), result.warnings.size());
    QVERIFY2(repairs.at(0).text.contains(QLatin1String("repaired.revmark")), qPrintable(repairs.at(0).text));
    QCOMPARE(Capture::in("revmark.project", QtDebugMsg).size(), 1); // the summary of what was read
    QCOMPARE(Capture::in("revmark.anchoring", QtDebugMsg).size(), 1); // how a1 was re-placed
    QVERIFY(Capture::in("revmark.project", QtWarningMsg).isEmpty());
}

void TestLogging::failedExportLogsAWarning()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Project project;
    const QString path = dir.filePath(QStringLiteral("no-such-folder/out.pdf"));
    Capture capture;
    QString error;
    QVERIFY(!PdfExporter::exportPdf(project, path, ExportOptions(), {}, &error));
    const QVector<Message> warnings = Capture::in("revmark.export", QtWarningMsg);
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.at(0).text.contains(QLatin1String("out.pdf")), qPrintable(warnings.at(0).text));
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // The child of environmentRulesSwitchACategory: logs (or not) as QT_LOGGING_RULES says.
    if (argc == 2 && qstrcmp(argv[1], ChildArgument) == 0)
        return placeMovedAnnotation() == AnchorStatus::Exact ? 0 : 1;
    TestLogging test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_logging.moc"
