// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>

class QFont;
class QPaintDevice;
class QTextCharFormat;
class QTextCursor;
class QTextDocument;

namespace Revmark {

class ChartTextObject;
class Project;
struct ConsensusSummary;

// Builds the text of a PDF export or print-out as one QTextDocument: the first page (title,
// date, legend; the summary: the reviews with their grades, the consensus matrix of aspects by
// reviews with each aspect's verdict, and the consensus chart) and each review from a new page with its highlighted text, note
// numbers and notes. Knows nothing about pages beyond the page breaks; PdfExporter paginates
// and paints. Lengths (margins, padding, borders) are given in points and converted to the
// layout's units, so the result looks the same at any device resolution.
class ExportDocument
{
    Q_DECLARE_TR_FUNCTIONS(Revmark::ExportDocument)

public:
    // Where a review starts in the document, for running headers.
    struct Section
    {
        int position = 0; // document position of the review's title block
        QString title;
    };

    // reviews: indices into project.reviews(), in export order (empty: all, in column order;
    // invalid indices are skipped). layoutDevice may be null (screen resolution). textWidth is
    // the width of the text area in points (for the summary table's columns). The document has
    // no page size (and is not laid out) until the caller gives it one with setPageSize().
    // roundupTag: a tag of the project whose passages (Roundup) get a section of their own, from
    // a new page after the first; empty for none.
    ExportDocument(const Project &project, const QVector<int> &reviews, const QDateTime &exportDate,
                   QPaintDevice *layoutDevice, qreal textWidth, const QString &roundupTag = QString());
    ~ExportDocument();

    QTextDocument *document() const { return m_document.get(); }
    // Once the document has its page size: a "Notes" heading that would stand at the foot of a
    // page, apart from its first quote, starts the next page instead. Returns how many moved.
    int keepHeadingsWithText();
    const QVector<Section> &sections() const { return m_sections; }

    // The family the export is set in: fixed, because Qt 5 and Qt 6 pick different defaults.
    static QString bodyFamily();
    static QString headingFamily();
    // first, then the fallbacks for scripts and symbols it lacks: for QFont::setFamilies() and
    // QTextCharFormat::setFontFamilies() of everything exported.
    static QStringList fontFamilies(const QString &first);
    // Body size in points.
    static constexpr qreal BodyPointSize = 10.5;

    // Qt's shaper turns "fi", "fl", "ffi"... into ligature glyphs, which the PDF engine maps to the
    // ligature code points (U+FB00-FB06): "film" could then not be found or copied from the PDF.
    // Any letter spacing makes Qt shape without ligatures (for scripts where they are optional);
    // this one, in pixels of the default resolution, adds about a point per full line.
    static constexpr qreal NoLigatureSpacing = 0.05;
    // Sets that spacing on a font or a character format used for exported text.
    static void avoidLigatures(QFont *font);
    static void avoidLigatures(QTextCharFormat *format);

private:
    static constexpr qreal TablePointSize = 8.5;
    static constexpr qreal CellPadding = 3.5; // points

    // A table cell: runs of text, each in its own colour and weight.
    struct Run
    {
        Run(const QString &text, const QColor &color = QColor(), bool bold = false)
            : text(text)
            , color(color)
            , bold(bold)
        {
        }
        QString text;
        QColor color; // invalid: the ink colour
        bool bold = false;
    };
    using Cell = QVector<Run>;
    struct Table
    {
        QStringList headers;
        // Per column: a share of the width left by the other columns, or 0 for a column as wide
        // as its widest entry (capped), so that no number or short word breaks.
        QVector<qreal> shares;
        int firstRightAligned = 0; // columns from here on are right-aligned
        QVector<QVector<Cell>> rows;
        bool lastRowIsTotal = false;
    };

    qreal px(qreal points) const;
    static QFont tableFont(bool bold);
    qreal measuredWidth(const QString &text, bool bold) const;
    // The width a fixed column needs for its heading and entries, in layout units.
    qreal fixedColumnWidth(const Table &table, int column) const;
    void insertTable(QTextCursor &cursor, const Table &table);
    void buildFirstPage(const Project &project, const QVector<int> &reviews, const QDateTime &exportDate);
    void insertReviewsTable(QTextCursor &cursor, const ConsensusSummary &summary);
    void insertConsensusMatrix(QTextCursor &cursor, const ConsensusSummary &summary);
    void buildReview(const Project &project, int reviewIndex);
    void buildRoundup(const Project &project, const QString &tag, const QVector<int> &reviews);

    std::unique_ptr<ChartTextObject> m_chart; // the layout's handler for the chart object
    std::unique_ptr<QTextDocument> m_document;
    QVector<Section> m_sections;
    QVector<int> m_keepWithNext; // positions of the Notes headings
    qreal m_textWidth = 0;
    qreal m_unitsPerPoint = 96 / 72.0;
};

} // namespace Revmark
