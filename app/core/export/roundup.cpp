// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/roundup.h"

#include "project/project.h"

#include <QLocale>
#include <QStringList>

#include <algorithm>

namespace Revmark {

namespace {

// Quotes and notes are the critics' words: nothing in them may turn into Markdown markup.
QString escaped(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (QStringLiteral("\\`*_[]<>#|~").contains(c))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

// Continuation lines of a list item are indented under its text.
QString indented(const QString &text, const QString &indent)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 1; i < lines.size(); ++i)
        lines[i] = lines.at(i).trimmed().isEmpty() ? QString() : indent + lines.at(i);
    return lines.join(QLatin1Char('\n'));
}

bool inSetAside(const Review &review, const Annotation &a)
{
    return std::any_of(review.setAside.cbegin(), review.setAside.cend(),
                       [&a](const TextRange &r) { return a.start >= r.start && a.end <= r.end; });
}

} // namespace

QString Roundup::findTag(const Project &project, const QString &tag)
{
    const QStringList tags = project.tags();
    if (tags.contains(tag))
        return tag;
    for (const QString &t : tags) {
        if (t.compare(tag, Qt::CaseInsensitive) == 0)
            return t;
    }
    return QString();
}

QVector<RoundupPassage> Roundup::collect(const Project &project, const QString &tag, const QVector<int> &reviews)
{
    QVector<int> order = reviews;
    if (order.isEmpty()) {
        for (int i = 0; i < project.reviewCount(); ++i)
            order.append(i);
    }
    QVector<RoundupPassage> passages;
    for (int index : std::as_const(order)) {
        if (index < 0 || index >= project.reviewCount())
            continue;
        const Review &review = project.review(index);
        QVector<Annotation> annotations = review.annotations;
        std::stable_sort(annotations.begin(), annotations.end(), annotationLessThan);
        for (const Annotation &a : std::as_const(annotations)) {
            if (!a.tags.contains(tag) || inSetAside(review, a) || a.end > review.text.size())
                continue;
            RoundupPassage p;
            p.reviewIndex = index;
            p.reviewer = review.author.isEmpty() ? review.label() : review.author;
            p.outlet = review.outlet;
            p.polarity = a.polarity;
            p.quote = review.text.mid(a.start, a.length());
            p.note = a.note.trimmed();
            passages.append(p);
        }
    }
    return passages;
}

QString Roundup::toMarkdown(const Project &project, const QString &tag, const QVector<RoundupPassage> &passages)
{
    QString md;
    //: Heading of a roundup: the aspect (tag)
    md += QStringLiteral("# ") + tr("Roundup: %1").arg(escaped(tag)) + QStringLiteral("\n\n");
    const auto praise = std::count_if(passages.cbegin(), passages.cend(),
                                      [](const RoundupPassage &p) { return p.polarity == Polarity::Praise; });
    QVector<int> reviews;
    for (const RoundupPassage &p : passages) {
        if (!reviews.contains(p.reviewIndex))
            reviews.append(p.reviewIndex);
    }
    md += QLatin1Char('*') + escaped(project.displayName()) + QLatin1Char('*');
    if (passages.isEmpty())
        return md + QStringLiteral("\n\n") + tr("No passage is tagged “%1”.").arg(escaped(tag)) + QLatin1Char('\n');
    //: A roundup's counts, after the project's title
    md += QStringLiteral(" · ")
        + tr("Praise: %1 · Criticism: %2 · Reviews: %3")
              .arg(QLocale().toString(qlonglong(praise)), QLocale().toString(qlonglong(passages.size() - praise)),
                   QLocale().toString(qlonglong(reviews.size())))
        + QLatin1Char('\n');
    int current = -1;
    for (const RoundupPassage &p : passages) {
        if (p.reviewIndex != current) {
            current = p.reviewIndex;
            md += QStringLiteral("\n## ") + escaped(p.reviewer);
            if (!p.outlet.isEmpty() && p.outlet != p.reviewer)
                md += QStringLiteral(", *") + escaped(p.outlet) + QLatin1Char('*');
            md += QStringLiteral("\n\n");
        }
        //: A passage in a roundup: polarity, then the quoted passage
        md += QStringLiteral("- ") + tr("**%1**: “%2”").arg(polarityName(p.polarity), indented(escaped(p.quote), QStringLiteral("  ")))
            + QLatin1Char('\n');
        if (!p.note.isEmpty())
            md += QStringLiteral("  - ") + tr("Note: %1").arg(indented(escaped(p.note), QStringLiteral("    "))) + QLatin1Char('\n');
    }
    return md;
}

} // namespace Revmark
