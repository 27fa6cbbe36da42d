// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The project the interchange tests export and import: three reviews with accents, an emoji
// before the marked words (code points differ from UTF-16 units), right-to-left text, a source
// with CRLF line ends, notes with commas, quotes and line breaks (CRLF too), overlapping spans
// and an orphan.

#include "../project/modelcompare.h"
#include "import/importer.h"
#include "project/project.h"

#include <QDateTime>
#include <QString>
#include <QtTest>

namespace InterchangeFixture {

using namespace Revmark;

inline Review review(const char *utf8, const char *fileName, const char *id)
{
    ImportResult result = Importer::importData(QByteArray(utf8), QString::fromLatin1(fileName));
    if (!result.ok)
        qFatal("fixture review could not be imported");
    result.review.id = QString::fromLatin1(id);
    result.review.importedAt = QDateTime::fromString(QStringLiteral("2026-11-20T09:00:00Z"), Qt::ISODate);
    return result.review;
}

inline QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// Adds an annotation over the first occurrence of words; fails the test when it cannot.
inline QString mark(Project *project, const QString &reviewId, const QString &words, Polarity polarity,
                    const QStringList &tags = {}, const QString &note = {})
{
    const Review *r = project->findReview(reviewId);
    const int at = r ? int(r->text.indexOf(words)) : -1;
    if (at < 0)
        return {};
    return project->addAnnotation(reviewId, at, at + int(words.size()), polarity, tags, note);
}

const char *const ReviewA = "a1b2c3d4-0000-4000-8000-000000000001";
const char *const ReviewB = "a1b2c3d4-0000-4000-8000-000000000002";
const char *const ReviewC = "a1b2c3d4-0000-4000-8000-000000000003";

inline void fill(Project *project)
{
    const QVector<Review> reviews{
        review("A Quiet Harbour\n\nBy Zoë Marchetti\n\nThe harbour scenes 🎻 are luminous, the score swells "
               "where it should. Sadly the middle act drags, and the \"twist\" lands with a thud.\n\nGrade: B",
               "quiet.txt", ReviewA),
        review("\xD7\x94\xD7\xA1\xD7\xA8\xD7\x98 \xD7\x9E\xD7\xA8\xD7\x92\xD7\xA9 \xD7\x9E\xD7\x90\xD7\x95\xD7\x93. "
               "The cast is superb, but the editing is sloppy.\n\nRating: 3/5",
               "rtl.txt", ReviewB),
        review("Review by Ola Nowak\r\n\r\nThe ending is earned.\r\nThe pacing, however, is uneven; it stalls twice.\r\n",
               "crlf.txt", ReviewC),
    };
    project->reset(QStringLiteral("Fixture"), Project::defaultTags(), {});
    project->addReviews(reviews);
    const QString a = QString::fromLatin1(ReviewA);
    const QString b = QString::fromLatin1(ReviewB);
    const QString c = QString::fromLatin1(ReviewC);
    mark(project, a, text("are luminous"), Polarity::Praise, {QStringLiteral("cinematography")},
         text("Gorgeous, \"painterly\" light,\nsee the opening."));
    mark(project, a, text("the score swells where it should"), Polarity::Praise, {QStringLiteral("music")});
    mark(project, a, text("the middle act drags"), Polarity::Criticism, {QStringLiteral("story"), QStringLiteral("pacing")},
         text("Too long; 20 minutes\r\nat least"));
    mark(project, a, text("middle act drags, and the \"twist\" lands with a thud"), Polarity::Criticism, {},
         text("Overlaps the one before"));
    mark(project, b, text("\xD7\xA1\xD7\xA8\xD7\x98 \xD7\x9E\xD7\xA8\xD7\x92\xD7\xA9"), Polarity::Praise, {},
         text("\xD7\x94\xD7\xA2\xD7\xA8\xD7\x94 \xD7\x91\xD7\xA2\xD7\x91\xD7\xA8\xD7\x99\xD7\xAA, with a comma"));
    mark(project, b, text("the editing is sloppy"), Polarity::Criticism, {QStringLiteral("direction")});
    mark(project, c, text("The ending is earned"), Polarity::Praise, {QStringLiteral("ending")});
    mark(project, c, text("it stalls twice"), Polarity::Criticism, {QStringLiteral("pacing")}, text("😴 zzz"));
    // An orphan: its words are not in the text any more.
    QVector<Review> withOrphan = project->reviews();
    Annotation orphan;
    orphan.id = QStringLiteral("0e0e0e0e-0000-4000-8000-00000000000f");
    orphan.polarity = Polarity::Criticism;
    orphan.quote = text("a cameo that was cut");
    orphan.prefix = text("Also ");
    orphan.suffix = text(".");
    orphan.note = text("From the festival cut");
    orphan.created = orphan.modified = QDateTime::fromString(QStringLiteral("2026-11-21T10:30:00Z"), Qt::ISODate);
    withOrphan[2].orphans.append(orphan);
    project->reset(QStringLiteral("Fixture"), project->tags(), withOrphan);
}

// The reviews of the fixture without annotations, as a project to import into.
inline void fillReviewsOnly(Project *target, const Project &source)
{
    QVector<Review> reviews = source.reviews();
    for (Review &r : reviews) {
        r.annotations.clear();
        r.orphans.clear();
    }
    target->reset(source.title(), source.tags(), reviews);
}

// Every annotation of expected is in actual: same review, id, place, polarity, tags, note,
// quote, context and times.
inline void compareAnnotations(const Project &actual, const Project &expected)
{
    QCOMPARE(actual.reviewCount(), expected.reviewCount());
    for (int i = 0; i < expected.reviewCount(); ++i) {
        const Review &e = expected.review(i);
        const Review *r = actual.findReview(e.id);
        QVERIFY2(r, qPrintable(e.id));
        QCOMPARE(r->text, e.text);
        QCOMPARE(r->annotations.size(), e.annotations.size());
        for (const Annotation &ea : e.annotations) {
            const int index = r->annotationIndex(ea.id);
            QVERIFY2(index >= 0, qPrintable(ea.quote));
            Test::compareAnnotation(r->annotations.at(index), ea);
            if (QTest::currentTestFailed())
                return;
        }
    }
}

// Every orphan of expected is an orphan of the same review in actual, every field the same.
inline void compareOrphans(const Project &actual, const Project &expected)
{
    for (int i = 0; i < expected.reviewCount(); ++i) {
        const Review &e = expected.review(i);
        const Review *r = actual.findReview(e.id);
        QVERIFY2(r, qPrintable(e.id));
        QCOMPARE(r->orphans.size(), e.orphans.size());
        for (const Annotation &eo : e.orphans) {
            const int index = r->orphanIndex(eo.id);
            QVERIFY2(index >= 0, qPrintable(eo.quote));
            Test::compareAnnotation(r->orphans.at(index), eo);
            if (QTest::currentTestFailed())
                return;
        }
    }
}

} // namespace InterchangeFixture
