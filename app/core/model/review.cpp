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

int Review::setAsideIndexAt(int position) const
{
    for (int i = 0; i < setAside.size(); ++i) {
        if (setAside.at(i).contains(position))
            return i;
    }
    return -1;
}

QString Review::textWithoutSetAside() const
{
    if (setAside.isEmpty())
        return text;
    QString masked = text;
    for (const TextRange &range : setAside) {
        const int end = std::min(range.end, int(masked.size()));
        for (int i = std::max(0, range.start); i < end; ++i) {
            if (masked.at(i) != QLatin1Char('\n'))
                masked[i] = QLatin1Char(' ');
        }
    }
    return masked;
}

QVector<TextRange> Review::normalizedRanges(QVector<TextRange> ranges, int length)
{
    for (TextRange &r : ranges) {
        r.start = std::clamp(r.start, 0, length);
        r.end = std::clamp(r.end, 0, length);
    }
    ranges.erase(std::remove_if(ranges.begin(), ranges.end(), [](const TextRange &r) { return r.end <= r.start; }),
                 ranges.end());
    std::sort(ranges.begin(), ranges.end(),
              [](const TextRange &a, const TextRange &b) { return a.start < b.start || (a.start == b.start && a.end < b.end); });
    QVector<TextRange> merged;
    for (const TextRange &r : std::as_const(ranges)) {
        if (!merged.isEmpty() && r.start <= merged.last().end)
            merged.last().end = std::max(merged.last().end, r.end);
        else
            merged.append(r);
    }
    return merged;
}

} // namespace Revmark
