// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/annotation.h"

#include <QCoreApplication>
#include <QUuid>

namespace Revmark {

QString polarityKey(Polarity polarity)
{
    return polarity == Polarity::Praise ? QStringLiteral("praise") : QStringLiteral("criticism");
}

bool polarityFromKey(const QString &key, Polarity *polarity)
{
    if (key == QLatin1String("praise")) {
        *polarity = Polarity::Praise;
        return true;
    }
    if (key == QLatin1String("criticism")) {
        *polarity = Polarity::Criticism;
        return true;
    }
    return false;
}

QString polarityName(Polarity polarity)
{
    return polarity == Polarity::Praise ? QCoreApplication::translate("Revmark", "Praise")
                                        : QCoreApplication::translate("Revmark", "Criticism");
}

QDateTime annotationTimestamp()
{
    // Seconds are enough and keep files free of sub-second noise.
    QDateTime t = QDateTime::currentDateTimeUtc();
    t.setTime(QTime(t.time().hour(), t.time().minute(), t.time().second()));
    return t;
}

bool annotationLessThan(const Annotation &a, const Annotation &b)
{
    if (a.start != b.start)
        return a.start < b.start;
    if (a.end != b.end)
        return a.end < b.end;
    return a.id < b.id;
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace Revmark
