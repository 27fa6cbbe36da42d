// SPDX-License-Identifier: GPL-3.0-or-later
// Field-by-field comparison of model values for the core tests (QCOMPARE names the field).
#pragma once

#include "model/review.h"

#include <QtTest>

namespace Revmark::Test {

inline void compareAnnotation(const Annotation &actual, const Annotation &expected)
{
    QCOMPARE(actual.id, expected.id);
    QCOMPARE(actual.start, expected.start);
    QCOMPARE(actual.end, expected.end);
    QCOMPARE(actual.polarity, expected.polarity);
    QCOMPARE(actual.tags, expected.tags);
    QCOMPARE(actual.note, expected.note);
    QCOMPARE(actual.quote, expected.quote);
    QCOMPARE(actual.prefix, expected.prefix);
    QCOMPARE(actual.suffix, expected.suffix);
    QCOMPARE(actual.created, expected.created);
    QCOMPARE(actual.modified, expected.modified);
}

inline void compareReview(const Review &actual, const Review &expected)
{
    QCOMPARE(actual.id, expected.id);
    QCOMPARE(actual.title, expected.title);
    QCOMPARE(actual.author, expected.author);
    QCOMPARE(actual.outlet, expected.outlet);
    QCOMPARE(actual.text, expected.text);
    QCOMPARE(actual.sourcePath, expected.sourcePath);
    QCOMPARE(actual.format, expected.format);
    QCOMPARE(actual.importedAt, expected.importedAt);
    QCOMPARE(actual.grade.raw, expected.grade.raw);
    QCOMPARE(actual.grade.value, expected.grade.value);
    QCOMPARE(actual.grade.corrected, expected.grade.corrected);
    QCOMPARE(actual.language, expected.language);
    QCOMPARE(int(actual.annotations.size()), int(expected.annotations.size()));
    for (int i = 0; i < actual.annotations.size(); ++i) {
        compareAnnotation(actual.annotations.at(i), expected.annotations.at(i));
        if (QTest::currentTestFailed())
            return;
    }
}

} // namespace Revmark::Test
