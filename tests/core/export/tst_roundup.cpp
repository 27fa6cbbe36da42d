// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/roundup.h"
#include "project/project.h"
#include "project/projectfile.h"

#include <QFile>
#include <QtTest>

using namespace Revmark;

namespace {

QString dataFile(const QString &name)
{
    return QStringLiteral(REVMARK_TEST_DATA "/roundup/") + name;
}

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

class TestRoundup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void markdown_data();
    void markdown();
    void passagesInColumnAndTextOrder();
    void chosenReviewsInTheirOrder();
    void findTag();

private:
    Project m_project;
};

void TestRoundup::initTestCase()
{
    const ProjectLoadResult loaded = ProjectFile::loadInto(&m_project, dataFile(QStringLiteral("roundup.revmark")));
    QVERIFY2(loaded.ok, qPrintable(loaded.error));
}

// Golden files: what `revmark --roundup TAG roundup.revmark` prints (also run by tst_commandline).
void TestRoundup::markdown_data()
{
    QTest::addColumn<QString>("tag");
    for (const char *tag : {"performances", "music", "sound"})
        QTest::newRow(tag) << QString::fromLatin1(tag);
}

void TestRoundup::markdown()
{
    QFETCH(QString, tag);
    const QString actual = Roundup::toMarkdown(m_project, tag, Roundup::collect(m_project, tag));
    const QString expectedPath = dataFile(tag + QStringLiteral(".expected.md"));
    if (qEnvironmentVariableIsSet("REVMARK_REGENERATE")) {
        QFile out(expectedPath);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(actual.toUtf8());
    }
    QCOMPARE(actual, readText(expectedPath));
}

void TestRoundup::passagesInColumnAndTextOrder()
{
    const QVector<RoundupPassage> passages = Roundup::collect(m_project, QStringLiteral("performances"));
    QStringList quotes;
    for (const RoundupPassage &p : passages)
        quotes.append(p.quote);
    // The tagged passage inside "More articles", set aside, is not there.
    QCOMPARE(quotes, (QStringList{QStringLiteral("The three sisters are played with *real* bite"),
                                  QStringLiteral("The ending drags"), QStringLiteral("The cast underplays beautifully"),
                                  QStringLiteral("the father is a cipher")}));
    QCOMPARE(passages.at(0).reviewer, QStringLiteral("Nadia Fenwick"));
    QCOMPARE(passages.at(0).outlet, QStringLiteral("The Lamplight Review"));
    QCOMPARE(passages.at(0).polarity, Polarity::Praise);
    QCOMPARE(passages.at(0).note, QStringLiteral("Best line for the piece.\nQuote it first."));
    QCOMPARE(passages.at(1).polarity, Polarity::Criticism);
    // No author: the review's label (its outlet) names it.
    QCOMPARE(passages.at(2).reviewer, QStringLiteral("Reel_Time"));

    // Including the set-aside passage brings its annotation in.
    Project project;
    project.reset(m_project.title(), m_project.tags(), m_project.reviews());
    const Review &first = project.review(0);
    project.setPassageSetAside(first.id, first.setAside.last(), false);
    QCOMPARE(Roundup::collect(project, QStringLiteral("performances")).size(), 5);
}

void TestRoundup::chosenReviewsInTheirOrder()
{
    const QVector<RoundupPassage> passages = Roundup::collect(m_project, QStringLiteral("music"), {2, 0, 7});
    QCOMPARE(passages.size(), 2);
    QCOMPARE(passages.at(0).reviewIndex, 2);
    QCOMPARE(passages.at(1).reviewIndex, 0);
}

void TestRoundup::findTag()
{
    QCOMPARE(Roundup::findTag(m_project, QStringLiteral("music")), QStringLiteral("music"));
    QCOMPARE(Roundup::findTag(m_project, QStringLiteral("MUSIC")), QStringLiteral("music"));
    QCOMPARE(Roundup::findTag(m_project, QStringLiteral("costumes")), QString());
}

QTEST_GUILESS_MAIN(TestRoundup)
#include "tst_roundup.moc"
