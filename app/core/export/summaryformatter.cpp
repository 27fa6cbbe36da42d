// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/summaryformatter.h"

#include "model/annotation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace Revmark {

namespace {

// Titles and names come from imported files: one line of text whatever they hold.
QString oneLine(const QString &text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return QString(text).replace(space, QStringLiteral(" ")).trimmed();
}

QString cellText(const Tally &cell)
{
    QStringList parts;
    if (cell.praise > 0)
        parts.append(QLatin1Char('+') + QString::number(cell.praise));
    if (cell.criticism > 0)
        parts.append(QLatin1Char('-') + QString::number(cell.criticism));
    return parts.join(QLatin1Char(' '));
}

Tally reviewTotal(const ConsensusSummary &summary)
{
    Tally total;
    for (const ConsensusSummary::ReviewEntry &review : summary.reviews) {
        total.praise += review.total.praise;
        total.criticism += review.total.criticism;
    }
    return total;
}

// Columns a terminal gives a string: East Asian wide characters take two, combining marks none.
int displayWidth(const QString &text)
{
    int width = 0;
    const QVector<uint> codePoints = text.toUcs4();
    for (uint c : codePoints) {
        const QChar::Category category = QChar::category(c);
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing || category == QChar::Other_Format)
            continue;
        const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF && c != 0x303F)
            || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F)
            || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F)
            || (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x20000 && c <= 0x3FFFD);
        width += wide ? 2 : 1;
    }
    return width;
}

// Long titles would push every other column off a terminal; the JSON form has them whole.
QString clipped(const QString &text, int maxWidth)
{
    if (displayWidth(text) <= maxWidth)
        return text;
    QString out;
    const QVector<uint> codePoints = text.toUcs4();
    for (uint c : codePoints) {
        const QString next = out
            + (QChar::requiresSurrogates(c) ? QString(QChar(QChar::highSurrogate(c))) + QChar(QChar::lowSurrogate(c))
                                            : QString(QChar(c)));
        if (displayWidth(next) > maxWidth - 1)
            break;
        out = next;
    }
    return out.trimmed() + QChar(0x2026);
}

enum class Align { Left, Right };

QString alignedTable(const QVector<QStringList> &rows, const QVector<Align> &align)
{
    QVector<int> widths(int(align.size()), 0);
    for (const QStringList &row : rows) {
        for (int column = 0; column < row.size() && column < widths.size(); ++column)
            widths[column] = std::max(widths.at(column), displayWidth(row.at(column)));
    }
    QString out;
    for (const QStringList &row : rows) {
        QString line;
        for (int column = 0; column < widths.size(); ++column) {
            const QString cell = row.value(column);
            const QString pad(widths.at(column) - displayWidth(cell), QLatin1Char(' '));
            if (column > 0)
                line += QStringLiteral("  ");
            line += align.at(column) == Align::Right ? pad + cell : cell + pad;
        }
        // No trailing blanks: they make golden files and diffs fragile.
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        out += line + QLatin1Char('\n');
    }
    return out;
}

QString formatText(const ConsensusSummary &summary)
{
    constexpr int MaxWidth = 40;
    QString out;
    if (!summary.title.isEmpty())
        out += oneLine(summary.title) + QStringLiteral("\n\n");

    out += SummaryFormatter::tr("Reviews") + QLatin1Char('\n');
    QVector<QStringList> reviews;
    reviews.append({QStringLiteral("#"), SummaryFormatter::tr("Review"), SummaryFormatter::tr("Author"),
                    SummaryFormatter::tr("Outlet"), SummaryFormatter::tr("Grade"), polarityName(Polarity::Praise),
                    polarityName(Polarity::Criticism)});
    for (const ConsensusSummary::ReviewEntry &review : summary.reviews) {
        reviews.append({QString::number(review.index), clipped(oneLine(SummaryFormatter::reviewTitle(review)), MaxWidth),
                        clipped(oneLine(review.author), MaxWidth), clipped(oneLine(review.outlet), MaxWidth),
                        SummaryFormatter::gradeText(review.grade), QString::number(review.total.praise),
                        QString::number(review.total.criticism)});
    }
    const Tally total = reviewTotal(summary);
    reviews.append({QString(), SummaryFormatter::tr("Total"), QString(), QString(), QString(),
                    QString::number(total.praise), QString::number(total.criticism)});
    out += alignedTable(reviews, {Align::Right, Align::Left, Align::Left, Align::Left, Align::Left, Align::Right,
                                  Align::Right});

    out += QLatin1Char('\n') + SummaryFormatter::tr("Aspects") + QLatin1Char('\n');
    QVector<QStringList> aspects;
    QStringList header{SummaryFormatter::tr("Aspect"), SummaryFormatter::tr("Verdict")};
    QVector<Align> align{Align::Left, Align::Left};
    for (const ConsensusSummary::ReviewEntry &review : summary.reviews) {
        header.append(QString::number(review.index));
        align.append(Align::Right);
    }
    aspects.append(header);
    for (const ConsensusSummary::Aspect &aspect : summary.aspects) {
        QStringList row{clipped(oneLine(aspectName(aspect.tag)), MaxWidth), verdictName(aspect.verdict)};
        for (const Tally &cell : aspect.cells)
            row.append(cellText(cell));
        aspects.append(row);
    }
    out += alignedTable(aspects, align);
    out += QLatin1Char('\n')
        + SummaryFormatter::tr("+n: praise, -n: criticism, by the review numbered above the column; "
                               "empty: the review does not mention the aspect.")
        + QLatin1Char('\n');
    return out;
}

// Backslash escapes for what Markdown would otherwise read as table structure, emphasis, code,
// links or HTML.
QString markdownEscaped(const QString &text)
{
    static const QString special = QStringLiteral("\\|*_`[]<>");
    QString out;
    for (const QChar c : oneLine(text)) {
        if (special.contains(c))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

QString markdownRow(const QStringList &cells)
{
    return QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
}

QString formatMarkdown(const ConsensusSummary &summary)
{
    QString out;
    if (!summary.title.isEmpty())
        out += QStringLiteral("# ") + markdownEscaped(summary.title) + QStringLiteral("\n\n");

    out += QStringLiteral("## ") + SummaryFormatter::tr("Reviews") + QStringLiteral("\n\n");
    out += markdownRow({QStringLiteral("#"), SummaryFormatter::tr("Review"), SummaryFormatter::tr("Author"),
                        SummaryFormatter::tr("Outlet"), SummaryFormatter::tr("Grade"), polarityName(Polarity::Praise),
                        polarityName(Polarity::Criticism)});
    out += QStringLiteral("|--:|:--|:--|:--|:--|--:|--:|\n");
    for (const ConsensusSummary::ReviewEntry &review : summary.reviews) {
        out += markdownRow({QString::number(review.index), markdownEscaped(SummaryFormatter::reviewTitle(review)),
                            markdownEscaped(review.author), markdownEscaped(review.outlet),
                            markdownEscaped(SummaryFormatter::gradeText(review.grade)),
                            QString::number(review.total.praise), QString::number(review.total.criticism)});
    }
    const Tally total = reviewTotal(summary);
    out += markdownRow({QString(), QStringLiteral("**") + SummaryFormatter::tr("Total") + QStringLiteral("**"), QString(),
                        QString(), QString(), QStringLiteral("**%1**").arg(total.praise),
                        QStringLiteral("**%1**").arg(total.criticism)});

    out += QStringLiteral("\n## ") + SummaryFormatter::tr("Aspects") + QStringLiteral("\n\n");
    QStringList header{SummaryFormatter::tr("Aspect"), SummaryFormatter::tr("Verdict")};
    QString rule = QStringLiteral("|:--|:--|");
    for (const ConsensusSummary::ReviewEntry &review : summary.reviews) {
        header.append(QString::number(review.index));
        rule += QStringLiteral("--:|");
    }
    out += markdownRow(header) + rule + QLatin1Char('\n');
    for (const ConsensusSummary::Aspect &aspect : summary.aspects) {
        QStringList row{markdownEscaped(aspectName(aspect.tag)), verdictName(aspect.verdict)};
        for (const Tally &cell : aspect.cells)
            row.append(cellText(cell));
        out += markdownRow(row);
    }
    out += QLatin1Char('\n')
        + markdownEscaped(SummaryFormatter::tr("+n: praise, -n: criticism, by the review numbered above the column; "
                                               "empty: the review does not mention the aspect."))
        + QLatin1Char('\n');
    return out;
}

// RFC 4180: a field holding a comma, a quote or a line break is quoted, quotes doubled.
QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n'))
        && !text.contains(QLatin1Char('\r')))
        return text;
    return QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

QString csvLine(const QStringList &fields)
{
    QStringList quoted;
    for (const QString &field : fields)
        quoted.append(csvField(field));
    return quoted.join(QLatin1Char(',')) + QLatin1Char('\n');
}

QString formatCsv(const ConsensusSummary &summary)
{
    QStringList header{QStringLiteral("aspect"), QStringLiteral("verdict")};
    for (const ConsensusSummary::ReviewEntry &review : summary.reviews) {
        const QString name = QStringLiteral("%1 (%2) ").arg(oneLine(SummaryFormatter::reviewLabel(review))).arg(review.index);
        header.append(name + polarityKey(Polarity::Praise));
        header.append(name + polarityKey(Polarity::Criticism));
    }
    QString out = csvLine(header);
    for (const ConsensusSummary::Aspect &aspect : summary.aspects) {
        QStringList fields{aspect.tag, verdictKey(aspect.verdict)};
        for (const Tally &cell : aspect.cells) {
            fields.append(QString::number(cell.praise));
            fields.append(QString::number(cell.criticism));
        }
        out += csvLine(fields);
    }
    return out;
}

QString json(const QJsonValue &value)
{
    // A one-element array is the simplest way to have Qt escape any JSON value.
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

// One object on one line, keys in the order given.
QString jsonObject(const QVector<QPair<QString, QString>> &members)
{
    QStringList parts;
    for (const auto &member : members)
        parts.append(json(member.first) + QStringLiteral(": ") + member.second);
    return QLatin1Char('{') + parts.join(QStringLiteral(", ")) + QLatin1Char('}');
}

// items, each already indented by its own lines, as a JSON array at the given indent.
QString jsonArray(const QStringList &items, const QString &indent)
{
    if (items.isEmpty())
        return QStringLiteral("[]");
    return QStringLiteral("[\n") + items.join(QStringLiteral(",\n")) + QLatin1Char('\n') + indent + QLatin1Char(']');
}

QString formatJson(const ConsensusSummary &summary)
{
    const QString i1(2, QLatin1Char(' '));
    const QString i2(4, QLatin1Char(' '));
    const QString i3(6, QLatin1Char(' '));
    const QString i4(8, QLatin1Char(' '));

    QStringList reviews;
    for (const ConsensusSummary::ReviewEntry &review : summary.reviews) {
        const QString grade = review.grade.isValid()
            ? jsonObject({{QStringLiteral("raw"), json(review.grade.raw)},
                          {QStringLiteral("value"), QString::number(review.grade.value)}})
            : QStringLiteral("null");
        const QVector<QPair<QString, QString>> members{
            {QStringLiteral("index"), QString::number(review.index)},
            {QStringLiteral("id"), json(review.id)},
            {QStringLiteral("title"), json(review.title)},
            {QStringLiteral("author"), json(review.author)},
            {QStringLiteral("outlet"), json(review.outlet)},
            {QStringLiteral("grade"), grade},
            {QStringLiteral("praise"), QString::number(review.total.praise)},
            {QStringLiteral("criticism"), QString::number(review.total.criticism)},
        };
        QStringList lines;
        for (const auto &member : members)
            lines.append(i3 + json(member.first) + QStringLiteral(": ") + member.second);
        reviews.append(i2 + QStringLiteral("{\n") + lines.join(QStringLiteral(",\n")) + QLatin1Char('\n') + i2
                       + QLatin1Char('}'));
    }

    QStringList aspects;
    for (const ConsensusSummary::Aspect &aspect : summary.aspects) {
        QStringList cells;
        for (int k = 0; k < aspect.cells.size() && k < summary.reviews.size(); ++k) {
            const Tally &cell = aspect.cells.at(k);
            cells.append(i4 + jsonObject({{QStringLiteral("review"), QString::number(summary.reviews.at(k).index)},
                                          {QStringLiteral("praise"), QString::number(cell.praise)},
                                          {QStringLiteral("criticism"), QString::number(cell.criticism)}}));
        }
        const QString tag = aspect.isUntagged() ? QStringLiteral("null") : json(aspect.tag);
        aspects.append(i2 + QStringLiteral("{\n") + i3 + QStringLiteral("\"tag\": ") + tag + QStringLiteral(",\n") + i3
                       + QStringLiteral("\"verdict\": ") + json(verdictKey(aspect.verdict)) + QStringLiteral(",\n") + i3
                       + QStringLiteral("\"cells\": ") + jsonArray(cells, i3) + QLatin1Char('\n') + i2 + QLatin1Char('}'));
    }
    return QStringLiteral("{\n") + i1 + QStringLiteral("\"title\": ") + json(summary.title) + QStringLiteral(",\n") + i1
        + QStringLiteral("\"reviews\": ") + jsonArray(reviews, i1) + QStringLiteral(",\n") + i1
        + QStringLiteral("\"aspects\": ") + jsonArray(aspects, i1) + QStringLiteral("\n}\n");
}

} // namespace

QStringList SummaryFormatter::formatKeys()
{
    return {QStringLiteral("text"), QStringLiteral("markdown"), QStringLiteral("csv"), QStringLiteral("json")};
}

bool SummaryFormatter::formatFromKey(const QString &key, Format *format)
{
    const int index = int(formatKeys().indexOf(key.trimmed().toLower()));
    if (index < 0)
        return false;
    if (format)
        *format = Format(index);
    return true;
}

QString SummaryFormatter::format(const ConsensusSummary &summary, Format format)
{
    switch (format) {
    case Format::Text:
        return formatText(summary);
    case Format::Markdown:
        return formatMarkdown(summary);
    case Format::Csv:
        return formatCsv(summary);
    case Format::Json:
        return formatJson(summary);
    }
    return {};
}

QString SummaryFormatter::gradeText(const Grade &grade)
{
    if (!grade.isValid())
        return QStringLiteral("—");
    //: A grade as written in the review and its value from 0 to 100: "B- (75)"
    return tr("%1 (%2)").arg(grade.raw, QString::number(grade.value));
}

QString SummaryFormatter::reviewLabel(const ConsensusSummary::ReviewEntry &review)
{
    for (const QString &name : {review.author, review.outlet, review.title}) {
        if (!name.trimmed().isEmpty())
            return name.trimmed();
    }
    //: A review without author, outlet or title, by its column number
    return tr("Review %1").arg(review.index);
}

QString SummaryFormatter::reviewTitle(const ConsensusSummary::ReviewEntry &review)
{
    return review.title.trimmed().isEmpty() ? reviewLabel(review) : review.title.trimmed();
}

} // namespace Revmark
