// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The one header that hides differences between Qt 5.15 and Qt 6 from the rest of the core.
// Text decoding has its own switch in textdecoder.cpp and screen-reader announcements theirs in
// ui/accessibility.cpp; nothing else in the tree tests QT_VERSION.

#include <QDateTime>
#include <QLibraryInfo>
#include <QLocale>
#include <QString>
#include <QTimeZone>
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

// A date and time in UTC, or at a fixed offset from it: the Qt::TimeSpec constructors are
// deprecated from Qt 6.8; QTimeZone's lightweight UTC and offset forms exist from 6.5.
inline QDateTime utcDateTime(QDate date, QTime time)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime(date, time, QTimeZone::UTC);
#else
    return QDateTime(date, time, Qt::UTC);
#endif
}

inline QDateTime utcDateTime(qint64 msecsSinceEpoch)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, QTimeZone::UTC);
#else
    return QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, Qt::UTC);
#endif
}

inline QDateTime offsetDateTime(QDate date, QTime time, int secondsAheadOfUtc)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime(date, time, QTimeZone::fromSecondsAheadOfUtc(secondsAheadOfUtc));
#else
    return QDateTime(date, time, Qt::OffsetFromUTC, secondsAheadOfUtc);
#endif
}

} // namespace Revmark
