// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The one header that hides differences between Qt 5.15 and Qt 6 from the rest of the core.
// Text decoding has its own switch in textdecoder.cpp; nothing else in the tree tests QT_VERSION.

#include <QLibraryInfo>
#include <QLocale>
#include <QString>
#include <QtGlobal>

#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
#include <QUndoCommand>
#include <QUndoStack>
#else
// Qt 5 keeps the undo framework in QtWidgets; it is the only Widgets class the core uses.
#include <QtWidgets/QUndoCommand>
#include <QtWidgets/QUndoStack>
#endif

namespace Revmark {

// Size type of Qt containers: int in Qt 5, qsizetype in Qt 6.
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
using qtsize = qsizetype;
#else
using qtsize = int;
#endif

// The locale's country: QLocale::territory() in Qt 6, country() (deprecated later) in Qt 5.
inline QLocale::Country localeTerritory(const QLocale &locale)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 2, 0)
    return locale.territory();
#else
    return locale.country();
#endif
}

// Where Qt's own translations (qtbase_fr.qm, …) are installed: QLibraryInfo::path() in Qt 6,
// location() (deprecated in Qt 6) in Qt 5.
inline QString qtTranslationsPath()
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    return QLibraryInfo::path(QLibraryInfo::TranslationsPath);
#else
    return QLibraryInfo::location(QLibraryInfo::TranslationsPath);
#endif
}

} // namespace Revmark
