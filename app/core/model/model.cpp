// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/annotation.h"
#include "model/review.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QUuid>

#include <algorithm>

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

QString sourceFormatKey(SourceFormat format)
{
    switch (format) {
    case SourceFormat::Markdown:
        return QStringLiteral("markdown");
    case SourceFormat::Html:
        return QStringLiteral("html");
    case SourceFormat::PlainText:
        break;
    }
    return QStringLiteral("text");
}

bool sourceFormatFromKey(const QString &key, SourceFormat *format)
{
    for (SourceFormat f : {SourceFormat::PlainText, SourceFormat::Markdown, SourceFormat::Html}) {
        if (key == sourceFormatKey(f)) {
            *format = f;
            return true;
        }
    }
    return false;
}

QString Review::textSha256() const
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

int Review::annotationIndex(const QString &annotationId) const
{
    for (int i = 0; i < annotations.size(); ++i) {
        if (annotations.at(i).id == annotationId)
            return i;
    }
    return -1;
}

int Review::orphanIndex(const QString &orphanId) const
{
    for (int i = 0; i < orphans.size(); ++i) {
        if (orphans.at(i).id == orphanId)
            return i;
    }
    return -1;
}

int Review::countOf(Polarity polarity) const
{
    return int(std::count_if(annotations.cbegin(), annotations.cend(),
                             [polarity](const Annotation &a) { return a.polarity == polarity; }));
}

} // namespace Revmark

namespace Revmark {

QString Review::label() const
{
    for (const QString *candidate : {&author, &outlet, &title}) {
        if (!candidate->isEmpty())
            return *candidate;
    }
    return QCoreApplication::translate("Revmark", "Untitled review");
}

} // namespace Revmark
