// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/exportdocument.h"

#include "export/highlightsegments.h"
#include "export/highlightstyle.h"
#include "project/project.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLocale>
#include <QMap>
#include <QPaintDevice>
#include <QScreen>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

#include <algorithm>

namespace Revmark {

namespace {

const QColor Ink(0x1a, 0x1a, 0x1a);
const QColor Muted(0x5f, 0x63, 0x68);
const QColor Rule(0xb0, 0xb4, 0xb8);
const QColor HeaderFill(0xee, 0xf0, 0xf2);

// Explicit fallbacks after the main family: fontconfig would find them too, but naming them keeps
// Qt 5 and Qt 6 on the same fonts (Hebrew and Arabic: DejaVu Sans; CJK: WenQuanYi Micro Hei;
// emoji and symbols: Symbola, an outline font the PDF engine can embed, unlike colour emoji).
QStringList families(const QString &first)
{
    return {first, QStringLiteral("DejaVu Sans"), QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Symbola")};
}

QTextCharFormat textFormat(const QString &family, qreal pointSize, bool bold = false, const QColor &color = Ink)
{
    QTextCharFormat f;
    f.setFontFamilies(families(family));
    f.setFontPointSize(pointSize);
    f.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    f.setForeground(color);
    return f;
}

QString withLineBreaks(QString text)
{
    // One block per note or quote: line breaks inside stay line breaks, not paragraphs.
    return text.replace(QLatin1Char('\n'), QChar(QChar::LineSeparator));
}

QString reviewTitle(const Review &review)
{
    return review.title.trimmed().isEmpty() ? review.label() : review.title;
}

} // namespace

QString ExportDocument::bodyFamily()
{
    return QStringLiteral("DejaVu Serif");
}

QString ExportDocument::headingFamily()
{
    return QStringLiteral("DejaVu Sans");
}

ExportDocument::ExportDocument(const Project &project, const QVector<int> &reviews, const QDateTime &exportDate,
                               QPaintDevice *layoutDevice, qreal textWidth)
    : m_document(new QTextDocument)
    , m_textWidth(textWidth)
{
    // QTextDocumentLayout takes margins, padding and borders in pixels of the default (screen)
    // resolution and scales them to the layout device itself; fonts are in points anyway.
    // The default resolution is Qt's qt_defaultDpiY(): the primary screen's logical DPI.
    const QScreen *screen = QGuiApplication::primaryScreen();
    const int defaultDpi = QCoreApplication::testAttribute(Qt::AA_Use96Dpi) || !screen
        ? 96
        : qRound(screen->logicalDotsPerInchY());
    m_unitsPerPoint = defaultDpi / 72.0;
    m_document->setDocumentMargin(0);
    m_document->setUndoRedoEnabled(false);
    QFont font;
    font.setFamilies(families(bodyFamily()));
    font.setPointSizeF(BodyPointSize);
    m_document->setDefaultFont(font);

    QVector<int> order;
    if (reviews.isEmpty()) {
        for (int i = 0; i < project.reviewCount(); ++i)
            order.append(i);
    } else {
        for (int i : reviews) {
            if (i >= 0 && i < project.reviewCount())
                order.append(i);
        }
    }
    buildFirstPage(project, order, exportDate);
    for (int i : order)
        buildReview(project, i);

    // Laying out against the target device keeps glyph positions exact at its resolution. Only
    // now: a document without a layout does no layout work for each edit above, which made
    // building quadratic in the document's length.
    if (layoutDevice)
        m_document->documentLayout()->setPaintDevice(layoutDevice);
}

ExportDocument::~ExportDocument() = default;

qreal ExportDocument::px(qreal points) const
{
    return points * m_unitsPerPoint;
}

void ExportDocument::buildFirstPage(const Project &project, const QVector<int> &reviews, const QDateTime &exportDate)
{
    QTextCursor cursor(m_document.get());
    const QTextCharFormat body = textFormat(bodyFamily(), BodyPointSize);

    QTextBlockFormat titleBlock;
    titleBlock.setBottomMargin(px(4));
    cursor.setBlockFormat(titleBlock);
    cursor.insertText(project.displayName(), textFormat(headingFamily(), 24, true));

    int annotations = 0;
    for (int i : reviews)
        annotations += int(project.review(i).annotations.size());
    QTextBlockFormat subtitleBlock;
    subtitleBlock.setBottomMargin(px(22));
    cursor.insertBlock(subtitleBlock);
    // Labels rather than plurals: without a loaded translation "%n review(s)" prints as is.
    //: First page of an export: "Exported 24 November 2026 · Reviews: 4 · Annotations: 31"
    const QString subtitle = tr("Exported %1 · Reviews: %2 · Annotations: %3")
                                 .arg(QLocale().toString(exportDate.date(), QLocale::LongFormat),
                                      QLocale().toString(int(reviews.size())), QLocale().toString(annotations));
    cursor.insertText(subtitle, textFormat(headingFamily(), 10.5, false, Muted));

    // Legend: the real highlight formats on sample words, and the cue that is not colour.
    QTextBlockFormat headingBlock;
    headingBlock.setTopMargin(px(6));
    headingBlock.setBottomMargin(px(6));
    cursor.insertBlock(headingBlock);
    cursor.insertText(tr("Legend"), textFormat(headingFamily(), 13, true));

    struct LegendRow
    {
        HighlightSegment segment;
        QString sample;
        QString cue;
    };
    HighlightSegment praise;
    praise.praise = 1;
    HighlightSegment criticism;
    criticism.criticism = 1;
    HighlightSegment both;
    both.praise = 1;
    both.criticism = 1;
    const QVector<LegendRow> legend = {
        {praise, polarityName(Polarity::Praise), tr("blue tint, solid underline")},
        {criticism, polarityName(Polarity::Criticism), tr("orange tint, wavy underline")},
        {both, tr("Praise and criticism"), tr("blended tint, dashed underline")},
    };
    QTextBlockFormat legendBlock;
    legendBlock.setBottomMargin(px(4));
    legendBlock.setLeftMargin(px(12));
    for (const LegendRow &row : legend) {
        cursor.insertBlock(legendBlock);
        QTextCharFormat sample = body;
        sample.merge(HighlightStyle::format(row.segment, HighlightStyle::Theme::Light));
        cursor.insertText(row.sample, sample);
        cursor.insertText(QStringLiteral(" — ") + row.cue, body);
    }
    QTextBlockFormat legendNote = legendBlock;
    legendNote.setBottomMargin(px(18));
    cursor.insertBlock(legendNote);
    cursor.insertText(tr("A raised number after a marked passage refers to the notes that follow each review."),
                      textFormat(bodyFamily(), 9.5, false, Muted));

    cursor.insertBlock(headingBlock);
    cursor.insertText(tr("Summary"), textFormat(headingFamily(), 13, true));

    // One column per project tag that an exported annotation uses, in the project's order; tags
    // missing from the list (possible in hand-edited files) follow in alphabetical order.
    QMap<QString, int> used;
    for (int i : reviews) {
        for (const Annotation &a : project.review(i).annotations) {
            for (const QString &tag : a.tags)
                ++used[tag];
        }
    }
    QStringList tagColumns;
    for (const QString &tag : project.tags()) {
        if (used.contains(tag))
            tagColumns.append(tag);
    }
    for (auto it = used.cbegin(); it != used.cend(); ++it) {
        if (!tagColumns.contains(it.key()))
            tagColumns.append(it.key());
    }

    // Rows of the table(s): text cells, then counts (praise, criticism, each used tag).
    QVector<QStringList> texts;
    QVector<QVector<int>> counts;
    for (int i : reviews) {
        const Review &review = project.review(i);
        QMap<QString, int> tagCounts;
        for (const Annotation &a : review.annotations) {
            for (const QString &tag : a.tags)
                ++tagCounts[tag];
        }
        // No grade field exists yet; the column is there so the layout does not change with it.
        texts.append({reviewTitle(review), review.author, review.outlet, QStringLiteral("—")});
        QVector<int> row{review.countOf(Polarity::Praise), review.countOf(Polarity::Criticism)};
        for (const QString &tag : tagColumns)
            row.append(tagCounts.value(tag));
        counts.append(row);
    }

    const QStringList mainHeaders{tr("Review"), tr("Author"), tr("Outlet"), tr("Grade"), polarityName(Polarity::Praise),
                                  polarityName(Polarity::Criticism)};
    const QVector<qreal> mainShares{27, 14, 14};
    if (fits(mainHeaders.mid(3) + tagColumns, 0.6)) {
        insertTable(cursor, mainHeaders + tagColumns, mainShares, texts, counts);
    } else {
        // Too many tags for one table: the counts per tag get tables of their own below, as
        // many as needed so that no tag name breaks inside a word.
        QVector<QVector<int>> polarityCounts;
        for (const QVector<int> &row : counts)
            polarityCounts.append(row.mid(0, 2));
        insertTable(cursor, mainHeaders, mainShares, texts, polarityCounts);
        QVector<QStringList> labels;
        for (int i : reviews)
            labels.append({reviewTitle(project.review(i))});
        QTextBlockFormat subheading;
        subheading.setTopMargin(px(14));
        subheading.setBottomMargin(px(5));
        cursor.insertBlock(subheading);
        cursor.insertText(tr("Annotations per tag"), textFormat(headingFamily(), 11, true));
        int from = 0;
        while (from < tagColumns.size()) {
            int to = from + 1;
            while (to < tagColumns.size() && fits(tagColumns.mid(from, to + 1 - from), 0.7))
                ++to;
            QVector<QVector<int>> chunk;
            for (const QVector<int> &row : counts)
                chunk.append(row.mid(2 + from, to - from));
            if (from > 0) {
                QTextBlockFormat gap;
                gap.setTopMargin(px(10));
                cursor.insertBlock(gap);
            }
            insertTable(cursor, QStringList{tr("Review")} + tagColumns.mid(from, to - from), {1}, labels, chunk);
            from = to;
        }
    }
    cursor.movePosition(QTextCursor::End);
}

QFont ExportDocument::tableHeadingFont()
{
    QFont font;
    font.setFamilies(families(headingFamily()));
    font.setPointSizeF(TablePointSize);
    font.setBold(true);
    return font;
}

qreal ExportDocument::countColumnWidth(const QString &heading) const
{
    // Measured at the default resolution, which is the layout's unit; 10% for hinting at the
    // device's resolution, and the cell padding.
    const QFontMetricsF metrics(tableHeadingFont());
    return 1.1 * std::max(metrics.horizontalAdvance(heading), metrics.horizontalAdvance(QStringLiteral("0000")))
        + px(2 * CellPadding + 1);
}

bool ExportDocument::fits(const QStringList &countHeadings, qreal share) const
{
    qreal total = 0;
    for (const QString &heading : countHeadings)
        total += countColumnWidth(heading);
    return total <= share * px(m_textWidth);
}

void ExportDocument::insertTable(QTextCursor &cursor, const QStringList &headers, const QVector<qreal> &textShares,
                                 const QVector<QStringList> &texts, const QVector<QVector<int>> &counts)
{
    // Text columns (the first textShares.size()) share what is left; the others (text cells
    // beyond those, then the counts) are as wide as their heading, so that no word breaks.
    const int textColumns = int(textShares.size());
    const int firstCount = int(headers.size()) - int(counts.isEmpty() ? 0 : counts.first().size());
    qreal measured = 0;
    QVector<QTextLength> widths(int(headers.size()));
    for (int column = textColumns; column < headers.size(); ++column) {
        const qreal w = countColumnWidth(headers.at(column));
        widths[column] = QTextLength(QTextLength::FixedLength, w);
        measured += w;
    }
    qreal shareTotal = 0;
    for (qreal share : textShares)
        shareTotal += share;
    const qreal rest = std::max(px(m_textWidth) - measured, px(m_textWidth) * 0.3);
    for (int column = 0; column < textColumns; ++column)
        widths[column] = QTextLength(QTextLength::FixedLength, rest * textShares.at(column) / shareTotal);

    QTextTableFormat tableFormat;
    tableFormat.setBorder(px(0.5));
    tableFormat.setBorderBrush(Rule);
    tableFormat.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    tableFormat.setBorderCollapse(true);
    tableFormat.setCellSpacing(0);
    tableFormat.setCellPadding(px(CellPadding));
    tableFormat.setHeaderRowCount(1);
    tableFormat.setColumnWidthConstraints(widths);
    const int rows = int(texts.size()) + 2; // heading, reviews, total
    QTextTable *table = cursor.insertTable(rows, int(headers.size()), tableFormat);

    const QTextCharFormat cellText = textFormat(headingFamily(), TablePointSize);
    const QTextCharFormat headerText = textFormat(headingFamily(), TablePointSize, true);
    const auto setCell = [&](int row, int column, const QString &text, const QTextCharFormat &format) {
        QTextTableCell cell = table->cellAt(row, column);
        if (row == 0 || row == rows - 1) {
            QTextCharFormat fill = cell.format();
            fill.setBackground(HeaderFill);
            cell.setFormat(fill);
        }
        QTextCursor c = cell.firstCursorPosition();
        QTextBlockFormat align;
        align.setAlignment(column >= firstCount ? Qt::AlignRight : Qt::AlignLeft);
        c.setBlockFormat(align);
        c.insertText(text, format);
    };
    for (int column = 0; column < headers.size(); ++column)
        setCell(0, column, headers.at(column), headerText);
    QVector<int> totals(int(headers.size()) - firstCount, 0);
    for (int row = 0; row < texts.size(); ++row) {
        for (int column = 0; column < firstCount; ++column)
            setCell(row + 1, column, texts.at(row).value(column), cellText);
        for (int k = 0; k < totals.size(); ++k) {
            const int n = counts.at(row).value(k);
            setCell(row + 1, firstCount + k, QLocale().toString(n), cellText);
            totals[k] += n;
        }
    }
    setCell(rows - 1, 0, tr("Total"), headerText);
    for (int column = 1; column < firstCount; ++column)
        setCell(rows - 1, column, QString(), headerText);
    for (int k = 0; k < totals.size(); ++k)
        setCell(rows - 1, firstCount + k, QLocale().toString(totals.at(k)), headerText);
    cursor.movePosition(QTextCursor::End);
}

void ExportDocument::buildReview(const Project &project, int reviewIndex)
{
    const Review &review = project.review(reviewIndex);
    QTextCursor cursor(m_document.get());
    cursor.movePosition(QTextCursor::End);
    const QTextCharFormat body = textFormat(bodyFamily(), BodyPointSize);

    QTextBlockFormat titleBlock;
    titleBlock.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    titleBlock.setBottomMargin(px(3));
    cursor.insertBlock(titleBlock);
    m_sections.append({cursor.block().position(), reviewTitle(review)});
    cursor.insertText(reviewTitle(review), textFormat(headingFamily(), 17, true));

    QStringList byline;
    for (const QString &part : {review.author, review.outlet}) {
        if (!part.trimmed().isEmpty())
            byline.append(part.trimmed());
    }
    //: Under a review's title in an export: "12 praise · 4 criticism"
    byline.append(tr("%1 praise · %2 criticism")
                      .arg(QLocale().toString(review.countOf(Polarity::Praise)),
                           QLocale().toString(review.countOf(Polarity::Criticism))));
    QTextBlockFormat bylineBlock;
    bylineBlock.setBottomMargin(px(16));
    cursor.insertBlock(bylineBlock);
    cursor.insertText(byline.join(QStringLiteral(" · ")), textFormat(headingFamily(), 10, false, Muted));

    // The text goes in unchanged first, '\n' becoming block separators (one character each), so
    // annotation offsets are document offsets from base. Formats and note numbers are applied
    // while that holds; only then are the blank lines between paragraphs removed (paragraph
    // spacing comes from the block format).
    QTextBlockFormat paragraph;
    paragraph.setBottomMargin(px(7));
    paragraph.setLineHeight(118, QTextBlockFormat::ProportionalHeight);
    cursor.insertBlock(paragraph, body);
    const int base = cursor.position();
    const int firstBlock = cursor.block().blockNumber();
    cursor.insertText(review.text, body);
    const int lastBlock = cursor.block().blockNumber();
    const int length = int(review.text.size());

    for (const HighlightSegment &segment : HighlightSegments::compute(review.annotations)) {
        if (segment.start < 0 || segment.end > length || segment.start >= segment.end)
            continue;
        QTextCursor c(m_document.get());
        c.setPosition(base + segment.start);
        c.setPosition(base + segment.end, QTextCursor::KeepAnchor);
        c.mergeCharFormat(HighlightStyle::format(segment, HighlightStyle::Theme::Light));
    }

    // Note numbers, in text order; annotations ending at the same place share one superscript.
    QVector<int> notedIndices;
    QMap<int, QStringList> numbersAt;
    for (int k = 0; k < review.annotations.size(); ++k) {
        const Annotation &a = review.annotations.at(k);
        if (a.note.trimmed().isEmpty() || a.end < 0 || a.end > length)
            continue;
        notedIndices.append(k);
        numbersAt[a.end].append(QLocale().toString(int(notedIndices.size())));
    }
    QTextCharFormat superscript = body;
    superscript.setVerticalAlignment(QTextCharFormat::AlignSuperScript);
    superscript.setForeground(Muted);
    // From the back, so the offsets still to come stay valid.
    for (auto it = numbersAt.constEnd(); it != numbersAt.constBegin();) {
        --it;
        QTextCursor c(m_document.get());
        c.setPosition(base + it.key());
        c.insertText(it.value().join(QLatin1Char(',')), superscript);
    }

    for (int n = lastBlock; n > firstBlock; --n) {
        const QTextBlock block = m_document->findBlockByNumber(n);
        if (block.length() == 1) {
            QTextCursor c(block);
            c.deletePreviousChar();
        }
    }

    if (notedIndices.isEmpty())
        return;
    cursor.movePosition(QTextCursor::End);
    QTextBlockFormat notesHeading;
    notesHeading.setTopMargin(px(14));
    notesHeading.setBottomMargin(px(6));
    cursor.insertBlock(notesHeading);
    cursor.insertText(tr("Notes"), textFormat(headingFamily(), 12.5, true));

    QTextBlockFormat noteHead;
    noteHead.setTopMargin(px(6));
    noteHead.setBottomMargin(px(1));
    QTextBlockFormat noteBody;
    noteBody.setLeftMargin(px(18));
    noteBody.setBottomMargin(px(2));
    const QTextCharFormat small = textFormat(headingFamily(), 9.5, false, Muted);
    for (int number = 1; number <= notedIndices.size(); ++number) {
        const Annotation &a = review.annotations.at(notedIndices.at(number - 1));
        cursor.insertBlock(noteHead);
        cursor.insertText(QLocale().toString(number) + QStringLiteral("  "), textFormat(headingFamily(), 10, true));
        cursor.insertText(polarityName(a.polarity),
                          textFormat(headingFamily(), 10, true, HighlightStyle::lineColor(a.polarity, HighlightStyle::Theme::Light)));
        if (!a.tags.isEmpty())
            cursor.insertText(QStringLiteral(" · ") + a.tags.join(QStringLiteral(", ")), small);

        QTextCharFormat quote = body;
        quote.setFontItalic(true);
        cursor.insertBlock(noteBody);
        //: A quoted passage in an export's notes
        cursor.insertText(tr("“%1”").arg(withLineBreaks(review.text.mid(a.start, a.length()))), quote);
        cursor.insertBlock(noteBody);
        cursor.insertText(withLineBreaks(a.note.trimmed()), body);
    }
}

} // namespace Revmark
