// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers shared by the GUI tests: fixture paths and selecting text in a column by keyboard.

#include "columns/reviewview.h"

#include <QString>
#include <QTest>

namespace Revmark {
namespace UiTest {

// A fixture file of tests/data/ui.
inline QString dataFile(const QString &name)
{
    return QStringLiteral(REVMARK_TEST_DATA "/ui/") + name;
}

// Selects, with the keyboard as a user would, from the start of the line skipLines below the
// top of the view to just after `words` words.
inline void selectWords(ReviewView *view, int skipLines, int words)
{
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Home, Qt::ControlModifier);
    for (int i = 0; i < skipLines; ++i)
        QTest::keyClick(view, Qt::Key_Down);
    QTest::keyClick(view, Qt::Key_Home);
    for (int i = 0; i < words; ++i)
        QTest::keyClick(view, Qt::Key_Right, Qt::ControlModifier | Qt::ShiftModifier);
}

} // namespace UiTest
} // namespace Revmark
