// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace Revmark {

// Help › About: the version, what Revmark is for, the Qt it runs on and the optional parts this
// build has (cues and suggestions need KSyntaxHighlighting).
class AboutBox
{
    // The strings keep the main window's translation context.
    Q_DECLARE_TR_FUNCTIONS(Revmark::MainWindow)

public:
    static QString text();
    static void show(QWidget *parent);
};

} // namespace Revmark
