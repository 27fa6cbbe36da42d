// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/exportdocument.h"

#include "compare/consensus.h"
#include "export/charttextobject.h"
#include "export/highlightsegments.h"
#include "export/highlightstyle.h"
#include "export/roundup.h"
#include "export/summaryformatter.h"
#include "project/project.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLocale>
#include <QMap>
#include <QPaintDevice>
#include <QScreen>
#include <QSet>
#include <QTextBlock>
#include <QTextLayout>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

#include <algorithm>

namespace Revmark {

namespace {

const QColor Ink(0x1a, 0x1a, 0x1a);
const QColor Muted(0x5f, 0x63, 0x68);
const QColor HeaderFill(0xee, 0xf0, 0xf2);

QTextCharFormat textFormat(const QString &family, qreal pointSize, bool bold = false, const QColor &color = Ink)
{
    QTextCharFormat f;
    f.setFontFamilies(ExportDocument::fontFamilies(family));
    f.setFontPointSize(pointSize);
    f.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    f.setForeground(color);
    ExportDocument::avoidLigatures(&f);
    return f;
}

QFont chartFont()
{
    QFont font;
    font.setFamilies(ExportDocument::fontFamilies(ExportDocument::headingFamily()));
    // Small enough that the chart of a project with the default tags fits under the matrix.
    font.setPointSizeF(7);
    ExportDocument::avoidLigatures(&font);
    return font;
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

void ExportDocument::avoidLigatures(QFont *font)
{
    font->setLetterSpacing(QFont::AbsoluteSpacing, NoLigatureSpacing);
}

void ExportDocument::avoidLigatures(QTextCharFormat *format)
{
    format->setFontLetterSpacingType(QFont::AbsoluteSpacing);
    format->setFontLetterSpacing(NoLigatureSpacing);
}

QStringList ExportDocument::fontFamilies(const QString &first)
{
    // Explicit fallbacks after the main family: fontconfig would find them too, but naming them
    // keeps Qt 5 and Qt 6 on the same fonts (Hebrew and Arabic: DejaVu Sans; CJK: WenQuanYi Micro
    // Hei; emoji and symbols: Symbola, an outline font the PDF engine can embed, unlike colour
    // emoji). In lower case because Qt looks each family up again (QFont::substitutes(), which
    // lower-cases its argument) for every run of text it lays out or draws: already lower-case
    // names are not copied, which saves 3% of an export. Families match case-insensitively.
    QStringList list{first.toLower()};
    for (const QString &fallback : {QStringLiteral("dejavu sans"), QStringLiteral("wenquanyi micro hei"), QStringLiteral("symbola")}) {
        if (!list.contains(fallback))
            list.append(fallback);
    }
    return list;
}

QString ExportDocument::bodyFamily()
{
    return QStringLiteral("DejaVu Serif");
}

QString ExportDocument::headingFamily()
{
    return QStringLiteral("DejaVu Sans");
}

ExportDocument::ExportDocument(const Project &project, const QVector<int> &reviews, const QDateTime &exportDate,
                               QPaintDevice *layoutDevice, qreal textWidth, const QString &roundupTag)
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
    font.setFamilies(fontFamilies(bodyFamily()));
    font.setPointSizeF(BodyPointSize);
    avoidLigatures(&font);
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
    // One edit block: outside one, every cursor move and insertion has the cursor find its x
    // position, which itemizes the whole paragraph it is in (a third of the building time).
    QTextCursor edit(m_document.get());
    edit.beginEditBlock();
    buildFirstPage(project, order, exportDate);
    if (!roundupTag.isEmpty())
        buildRoundup(project, roundupTag, order);
    for (int i : order)
        buildReview(project, i);
    edit.endEditBlock();

    // Laying out against the target device keeps glyph positions exact at its resolution. Only
    // now: a document without a layout does no layout work for each edit above, which made
    // building quadratic in the document's length. A null page size keeps the new layout from
    // laying out the start of the document (the summary's tables) at once, only to do it again
    // when the page size is set.
    m_document->setPageSize(QSizeF(0, 0));
    if (layoutDevice)
        m_document->documentLayout()->setPaintDevice(layoutDevice);
    if (m_chart)
        m_chart->registerWith(m_document.get());
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

    // summarize() takes an empty list for "all reviews"; an export of none must stay empty.
    const ConsensusSummary summary = summarize(project, reviews.isEmpty() ? QVector<int>{-1} : reviews);
    insertReviewsTable(cursor, summary);

    QTextBlockFormat subheading;
    subheading.setTopMargin(px(14));
    subheading.setBottomMargin(px(5));
    cursor.insertBlock(subheading);
    cursor.insertText(tr("Where the critics agree"), textFormat(headingFamily(), 11, true));
    insertConsensusMatrix(cursor, summary);

    // The chart: one object character that ChartTextObject lays out and paints as vectors.
    QTextBlockFormat chartBlock;
    chartBlock.setTopMargin(px(8));
    cursor.insertBlock(chartBlock);
    ChartTextObject::insert(cursor);
    m_chart.reset(new ChartTextObject(summary, chartFont()));
    cursor.movePosition(QTextCursor::End);
}

void ExportDocument::insertReviewsTable(QTextCursor &cursor, const ConsensusSummary &summary)
{
    Table table;
    table.headers = QStringList{QStringLiteral("#"), tr("Review"), tr("Author"), tr("Outlet"), tr("Grade"),
                     polarityName(Polarity::Praise), polarityName(Polarity::Criticism)};
    table.shares = {0, 27, 14, 14, 0, 0, 0};
    table.firstRightAligned = 5;
    const auto plain = [](const QString &text) { return Cell{Run(text)}; };
    const auto bold = [](const QString &text) { return Cell{Run(text, QColor(), true)}; };
    Tally total;
    for (const ConsensusSummary::ReviewEntry &review : summary.reviews) {
        const QVector<Cell> row{plain(QLocale().toString(review.index)),
                                plain(SummaryFormatter::reviewTitle(review)),
                                plain(review.author),
                                plain(review.outlet),
                                plain(SummaryFormatter::gradeText(review.grade)),
                                plain(QLocale().toString(review.total.praise)),
                                plain(QLocale().toString(review.total.criticism))};
        table.rows.append(row);
        total.praise += review.total.praise;
        total.criticism += review.total.criticism;
    }
    const QVector<Cell> totalRow{Cell(), bold(tr("Total")), Cell(), Cell(), Cell(), bold(QLocale().toString(total.praise)),
                                 bold(QLocale().toString(total.criticism))};
    table.rows.append(totalRow);
    table.lastRowIsTotal = true;
    insertTable(cursor, table);
}

void ExportDocument::insertConsensusMatrix(QTextCursor &cursor, const ConsensusSummary &summary)
{
    const QColor praise = HighlightStyle::lineColor(Polarity::Praise, HighlightStyle::Theme::Light);
    const QColor criticism = HighlightStyle::lineColor(Polarity::Criticism, HighlightStyle::Theme::Light);
    const auto verdictColor = [&](Verdict verdict) {
        switch (verdict) {
        case Verdict::ConsensusPraise:
            return praise;
        case Verdict::ConsensusCriticism:
            return criticism;
        case Verdict::None:
            return Muted;
        case Verdict::OneVoice:
        case Verdict::Split:
            break;
        }
        return Ink;
    };

    // Aspect and verdict columns, then one column per review, headed by its number in the
    // reviews table. The sign carries polarity as well as the colour: "+2 -1".
    Table full;
    full.headers = QStringList{tr("Aspect"), tr("Verdict")};
    full.shares = {1, 0};
    full.firstRightAligned = 2;
    for (const ConsensusSummary::ReviewEntry &review : summary.reviews) {
        full.headers.append(QLocale().toString(review.index));
        full.shares.append(0);
    }
    for (const ConsensusSummary::Aspect &aspect : summary.aspects) {
        QVector<Cell> row{Cell{Run(aspectName(aspect.tag), aspect.isUntagged() ? Muted : QColor())},
                          Cell{Run(verdictName(aspect.verdict), verdictColor(aspect.verdict),
                                   aspect.verdict != Verdict::None)}};
        for (const Tally &tally : aspect.cells) {
            Cell cell;
            if (tally.praise > 0)
                cell.append(Run(QLatin1Char('+') + QLocale().toString(tally.praise), praise, true));
            if (tally.criticism > 0)
                cell.append(Run((cell.isEmpty() ? QString() : QStringLiteral(" ")) + QLatin1Char('-')
                                    + QLocale().toString(tally.criticism),
                                criticism, true));
            row.append(cell);
        }
        full.rows.append(row);
    }

    // As many review columns per table as fit beside the aspect and verdict columns (insertTable
    // leaves shared columns at least 30% of the width); wider comparisons continue in further
    // tables below, each repeating aspects and verdicts.
    const int reviewCount = int(summary.reviews.size());
    const qreal fixedLimit = 0.7 * px(m_textWidth);
    const qreal verdictWidth = fixedColumnWidth(full, 1);
    int from = 0;
    do {
        int to = from;
        qreal used = verdictWidth;
        while (to < reviewCount) {
            const qreal w = fixedColumnWidth(full, 2 + to);
            if (to > from && used + w > fixedLimit)
                break;
            used += w;
            ++to;
        }
        Table chunk;
        chunk.headers = full.headers.mid(0, 2) + full.headers.mid(2 + from, to - from);
        chunk.shares = full.shares.mid(0, 2 + to - from);
        chunk.firstRightAligned = 2;
        for (const QVector<Cell> &row : std::as_const(full.rows))
            chunk.rows.append(row.mid(0, 2) + row.mid(2 + from, to - from));
        if (from > 0) {
            QTextBlockFormat gap;
            gap.setTopMargin(px(10));
            cursor.insertBlock(gap);
        }
        insertTable(cursor, chunk);
        from = to;
    } while (from < reviewCount);

    QTextBlockFormat note;
    note.setTopMargin(px(4));
    cursor.insertBlock(note);
    cursor.insertText(tr("+n praise, -n criticism in the review numbered above the column; an empty cell: the "
                         "review does not mention the aspect. Agreement: every review that mentions the aspect "
                         "has more praise than criticism for it (or more criticism than praise)."),
                      textFormat(bodyFamily(), 8.5, false, Muted));
}

QFont ExportDocument::tableFont(bool bold)
{
    QFont font;
    font.setFamilies(fontFamilies(headingFamily()));
    font.setPointSizeF(TablePointSize);
    font.setBold(bold);
    avoidLigatures(&font);
    return font;
}

qreal ExportDocument::measuredWidth(const QString &text, bool bold) const
{
    // Measured at the default resolution, which is the layout's unit; 10% for hinting at the
    // device's resolution.
    return 1.1 * QFontMetricsF(tableFont(bold)).horizontalAdvance(text);
}

qreal ExportDocument::fixedColumnWidth(const Table &table, int column) const
{
    qreal widest = std::max(measuredWidth(table.headers.value(column), true), measuredWidth(QStringLiteral("0000"), false));
    for (const QVector<Cell> &row : table.rows) {
        QString text;
        bool bold = false;
        for (const Run &run : row.value(column)) {
            text += run.text;
            bold = bold || run.bold;
        }
        widest = std::max(widest, measuredWidth(text, bold));
    }
    return std::min(widest + px(2 * CellPadding + 1), 0.3 * px(m_textWidth));
}

void ExportDocument::insertTable(QTextCursor &cursor, const Table &table)
{
    // Fixed columns first; the shared ones divide what is left (at least 30% of the width).
    const int columns = int(table.headers.size());
    qreal measured = 0;
    qreal shareTotal = 0;
    QVector<QTextLength> widths(columns);
    for (int column = 0; column < columns; ++column) {
        const qreal share = table.shares.value(column);
        if (share > 0) {
            shareTotal += share;
            continue;
        }
        const qreal w = fixedColumnWidth(table, column);
        widths[column] = QTextLength(QTextLength::FixedLength, w);
        measured += w;
    }
    const qreal rest = std::max(px(m_textWidth) - measured, px(m_textWidth) * 0.3);
    for (int column = 0; column < columns; ++column) {
        const qreal share = table.shares.value(column);
        if (share > 0)
            widths[column] = QTextLength(QTextLength::FixedLength, rest * share / shareTotal);
    }

    // No border: the 0.5 pt collapsed border asked for before never showed in the PDF (Qt 5.15
    // and 6.4 alike), yet it had Qt weigh each cell's edges against its neighbours' at every
    // layout and paint, through cell lookups that grow with the document: 7% of exporting 100
    // reviews. The header row's fill marks the table.
    QTextTableFormat tableFormat;
    tableFormat.setBorder(0);
    tableFormat.setBorderCollapse(false);
    tableFormat.setCellSpacing(0);
    tableFormat.setCellPadding(px(CellPadding));
    tableFormat.setHeaderRowCount(1);
    tableFormat.setColumnWidthConstraints(widths);
    const int rows = int(table.rows.size()) + 1;
    QTextTable *textTable = cursor.insertTable(rows, columns, tableFormat);

    const auto setCell = [&](int row, int column, const Cell &runs) {
        QTextTableCell cell = textTable->cellAt(row, column);
        // The cell's format is also its first line's: with the table's font an empty cell is
        // no taller than the others.
        QTextCharFormat cellFormat = cell.format();
        cellFormat.merge(textFormat(headingFamily(), TablePointSize));
        if (row == 0 || (table.lastRowIsTotal && row == rows - 1))
            cellFormat.setBackground(HeaderFill);
        cell.setFormat(cellFormat);
        QTextCursor c = cell.firstCursorPosition();
        QTextBlockFormat align;
        align.setAlignment(column >= table.firstRightAligned ? Qt::AlignRight : Qt::AlignLeft);
        c.setBlockFormat(align);
        for (const Run &run : runs) {
            c.insertText(run.text, textFormat(headingFamily(), TablePointSize, run.bold || row == 0,
                                              run.color.isValid() ? run.color : Ink));
        }
    };
    for (int column = 0; column < columns; ++column)
        setCell(0, column, Cell{Run(table.headers.at(column))});
    for (int row = 0; row < table.rows.size(); ++row) {
        for (int column = 0; column < columns; ++column)
            setCell(row + 1, column, table.rows.at(row).value(column));
    }
    cursor.movePosition(QTextCursor::End);
}

void ExportDocument::buildRoundup(const Project &project, const QString &tag, const QVector<int> &reviews)
{
    const QVector<RoundupPassage> passages = Roundup::collect(project, tag, reviews);
    QTextCursor cursor(m_document.get());
    cursor.movePosition(QTextCursor::End);
    const QTextCharFormat body = textFormat(bodyFamily(), BodyPointSize);
    QTextBlockFormat titleBlock;
    titleBlock.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    titleBlock.setBottomMargin(px(3));
    cursor.insertBlock(titleBlock);
    //: Title of the roundup section of an export: the aspect (tag)
    const QString title = tr("Roundup: %1").arg(tag);
    m_sections.append({cursor.block().position(), title});
    cursor.insertText(title, textFormat(headingFamily(), 17, true));
    QTextBlockFormat intro;
    intro.setBottomMargin(px(10));
    cursor.insertBlock(intro);
    const int praise = int(std::count_if(passages.cbegin(), passages.cend(),
                                         [](const RoundupPassage &p) { return p.polarity == Polarity::Praise; }));
    QSet<int> reviewsWithPassages;
    for (const RoundupPassage &p : passages)
        reviewsWithPassages.insert(p.reviewIndex);
    cursor.insertText(passages.isEmpty() ? tr("No passage is tagged “%1”.").arg(tag)
                                         : Roundup::tr("Praise: %1 · Criticism: %2 · Reviews: %3")
                                               .arg(QLocale().toString(praise), QLocale().toString(int(passages.size()) - praise),
                                                    QLocale().toString(int(reviewsWithPassages.size()))),
                      textFormat(headingFamily(), 10, false, Muted));

    QTextBlockFormat reviewHead;
    reviewHead.setTopMargin(px(12));
    reviewHead.setBottomMargin(px(2));
    QTextBlockFormat passageBlock;
    passageBlock.setLeftMargin(px(12));
    passageBlock.setTopMargin(px(4));
    QTextBlockFormat noteBlock;
    noteBlock.setLeftMargin(px(24));
    QTextCharFormat quote = body;
    quote.setFontItalic(true);
    int current = -1;
    for (const RoundupPassage &p : passages) {
        if (p.reviewIndex != current) {
            current = p.reviewIndex;
            cursor.insertBlock(reviewHead);
            cursor.insertText(p.reviewer, textFormat(headingFamily(), 11.5, true));
            if (!p.outlet.isEmpty() && p.outlet != p.reviewer)
                cursor.insertText(QStringLiteral(" · ") + p.outlet, textFormat(headingFamily(), 10, false, Muted));
        }
        cursor.insertBlock(passageBlock);
        cursor.insertText(polarityName(p.polarity) + QStringLiteral("  "),
                          textFormat(headingFamily(), 9.5, true, HighlightStyle::lineColor(p.polarity, HighlightStyle::Theme::Light)));
        cursor.insertText(tr("“%1”").arg(withLineBreaks(p.quote)), quote);
        if (!p.note.isEmpty()) {
            cursor.insertBlock(noteBlock);
            cursor.insertText(withLineBreaks(p.note), textFormat(headingFamily(), 9.5, false, Muted));
        }
    }
}

int ExportDocument::keepHeadingsWithText()
{
    const qreal pageHeight = m_document->pageSize().height();
    if (pageHeight <= 0)
        return 0;
    QAbstractTextDocumentLayout *layout = m_document->documentLayout();
    const auto pageOf = [&](const QTextBlock &block) {
        const QTextLayout *lines = block.layout();
        const qreal top = layout->blockBoundingRect(block).top()
            + (lines && lines->lineCount() > 0 ? lines->lineAt(0).y() + lines->lineAt(0).height() / 2 : 0.0);
        return int(top / pageHeight);
    };
    int moved = 0;
    // In document order: moving one heading moves everything after it.
    for (int position : std::as_const(m_keepWithNext)) {
        const QTextBlock heading = m_document->findBlock(position);
        // The heading, the first note's number line and its quote.
        const QTextBlock quote = heading.next().next();
        if (!quote.isValid() || pageOf(heading) == pageOf(quote))
            continue;
        QTextBlockFormat format;
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(heading).mergeBlockFormat(format);
        ++moved;
    }
    return moved;
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
    // Passages set aside are left out, with the notes of annotations inside them.
    const auto setAside = [&review](int start, int end) {
        return std::any_of(review.setAside.cbegin(), review.setAside.cend(),
                           [start, end](const TextRange &r) { return start >= r.start && end <= r.end; });
    };
    QVector<int> notedIndices;
    QMap<int, QStringList> numbersAt;
    for (int k = 0; k < review.annotations.size(); ++k) {
        const Annotation &a = review.annotations.at(k);
        if (a.note.trimmed().isEmpty() || a.end < 0 || a.end > length || setAside(a.start, a.end))
            continue;
        notedIndices.append(k);
        numbersAt[a.end].append(QLocale().toString(int(notedIndices.size())));
    }
    QTextCharFormat superscript = body;
    superscript.setVerticalAlignment(QTextCharFormat::AlignSuperScript);
    superscript.setForeground(Muted);
    // Cursors move with the text inserted before them, so these still mark the end of the text
    // and the passages set aside once the note numbers are in; a number at a passage's start
    // belongs to the text before it and stays.
    QTextCursor textEnd(m_document.get());
    textEnd.setPosition(base + length);
    QVector<QPair<QTextCursor, QTextCursor>> asides;
    for (const TextRange &range : review.setAside) {
        if (range.start < 0 || range.end > length || range.start >= range.end)
            continue;
        asides.append({QTextCursor(m_document.get()), QTextCursor(m_document.get())});
        asides.last().first.setPosition(base + range.start);
        asides.last().second.setPosition(base + range.end);
    }
    // From the back, so the offsets still to come stay valid.
    for (auto it = numbersAt.constEnd(); it != numbersAt.constBegin();) {
        --it;
        QTextCursor c(m_document.get());
        c.setPosition(base + it.key());
        c.insertText(it.value().join(QLatin1Char(',')), superscript);
    }
    for (const auto &aside : std::as_const(asides)) {
        QTextCursor c = aside.first;
        c.setPosition(aside.second.position(), QTextCursor::KeepAnchor);
        c.removeSelectedText();
    }
    const int lastBlock = textEnd.block().blockNumber();

    for (int n = lastBlock; n > firstBlock; --n) {
        const QTextBlock block = m_document->findBlockByNumber(n);
        if (block.length() == 1) {
            QTextCursor c(block);
            c.deletePreviousChar();
        }
    }

    // Passages set aside at the very start leave an empty first paragraph.
    const QTextBlock firstOfText = m_document->findBlockByNumber(firstBlock);
    if (firstOfText.length() == 1 && textEnd.block().blockNumber() > firstBlock)
        QTextCursor(firstOfText).deleteChar();

    if (notedIndices.isEmpty())
        return;
    cursor.movePosition(QTextCursor::End);
    QTextBlockFormat notesHeading;
    notesHeading.setTopMargin(px(14));
    notesHeading.setBottomMargin(px(6));
    cursor.insertBlock(notesHeading);
    m_keepWithNext.append(cursor.block().position());
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
