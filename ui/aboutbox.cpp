// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutbox.h"

#include <QMessageBox>

namespace Revmark {

QString AboutBox::text()
{
#ifdef REVMARK_HAVE_SYNTAX
    const QString cues = tr("Cues and suggestions: with KSyntaxHighlighting %1.")
                             .arg(QStringLiteral(REVMARK_KSYNTAX_VERSION));
#else
    const QString cues = tr("Cues and suggestions: not in this build (built without KSyntaxHighlighting).");
#endif
    return tr("<h3>Revmark %1</h3><p>Read reviews side by side, mark praise and criticism, "
              "and compare what critics say.</p><p>Built with Qt %2.</p>")
               .arg(QStringLiteral(REVMARK_VERSION), QString::fromLatin1(qVersion()))
        + QStringLiteral("<p>%1</p>").arg(cues.toHtmlEscaped());
}

void AboutBox::show(QWidget *parent)
{
    QMessageBox::about(parent, tr("About Revmark"), text());
}

} // namespace Revmark
