// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>

class QFont;
class QPaintDevice;
class QTextCursor;
class QTextDocument;

namespace Revmark {

class Project;

// Builds the text of a PDF export or print-out as one QTextDocument: the first page (title,
// date, legend, summary table) and each review from a new page with its highlighted text, note
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
    // the width of the text area in points (for the summary table's columns).
    ExportDocument(const Project &project, const QVector<int> &reviews, const QDateTime &exportDate,
                   QPaintDevice *layoutDevice, qreal textWidth);
    ~ExportDocument();

    QTextDocument *document() const { return m_document.get(); }
    const QVector<Section> &sections() const { return m_sections; }

    // The family the export is set in: fixed, because Qt 5 and Qt 6 pick different defaults.
    static QString bodyFamily();
    static QString headingFamily();
    // Body size in points.
    static constexpr qreal BodyPointSize = 10.5;

private:
    static constexpr qreal TablePointSize = 8.5;
    static constexpr qreal CellPadding = 3.5; // points

    qreal px(qreal points) const;
    static QFont tableHeadingFont();
    qreal countColumnWidth(const QString &heading) const;
    // Whether columns sized for these headings take at most share of the text width.
    bool fits(const QStringList &countHeadings, qreal share) const;
    // A table with a heading row, one row per entry of texts/counts and a total row.
    void insertTable(QTextCursor &cursor, const QStringList &headers, const QVector<qreal> &textShares,
                     const QVector<QStringList> &texts, const QVector<QVector<int>> &counts);
    void buildFirstPage(const Project &project, const QVector<int> &reviews, const QDateTime &exportDate);
    void buildReview(const Project &project, int reviewIndex);

    std::unique_ptr<QTextDocument> m_document;
    QVector<Section> m_sections;
    qreal m_textWidth = 0;
    qreal m_unitsPerPoint = 96 / 72.0;
};

} // namespace Revmark
