// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/review.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <algorithm>

namespace Revmark {

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

QString Review::label() const
{
    for (const QString *candidate : {&author, &outlet, &title}) {
        if (!candidate->isEmpty())
            return *candidate;
    }
    return QCoreApplication::translate("Revmark", "Untitled review");
}

} // namespace Revmark
