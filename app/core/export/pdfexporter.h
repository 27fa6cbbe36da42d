// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QMarginsF>
#include <QPageSize>
#include <QString>
#include <QVector>

#include <functional>

class QPagedPaintDevice;

namespace Revmark {

class Project;

// What to export and how.
struct ExportOptions
{
    // Indices of the reviews to export, in this order; empty means every review, in column order.
    QVector<int> reviews;
    // A4, or US Letter where the locale uses it (see defaultPageSize()).
    QPageSize pageSize;
    // Millimetres; what common printers can print.
    QMarginsF margins{18, 20, 18, 20};
    // Printed on the first page; the current time when not set.
    QDateTime exportDate;
    // A tag whose passages across the reviews get a roundup section after the first page
    // (Roundup); empty for none.
    QString roundupTag;
};

// Renders a project's annotated reviews into pages, the same way for PDF files and printers:
// a first page with title, date, a legend of the highlight styles and the summary (reviews with
// grades, consensus matrix with verdicts, consensus chart; see ExportDocument); each
// review from a new page with its metadata, its text highlighted exactly as in the viewer
// (HighlightSegments + HighlightStyle, light theme), note numbers, and its notes after it; a
// running header with the project name and a "page x of y" footer. Text is set without
// ligatures (ExportDocument::avoidLigatures), so the PDF's text reads back as typed.
class PdfExporter
{
    Q_DECLARE_TR_FUNCTIONS(Revmark::PdfExporter)

public:
    // Called after each page; returning false cancels.
    using Progress = std::function<bool(int page, int pageCount)>;

    // Letter for locales that use it (US, Canada, Mexico, ...), else A4.
    static QPageSize defaultPageSize(const QLocale &locale = QLocale());

    // Writes a PDF to a temporary file beside path and renames it over path only when complete:
    // cancelling or any failure leaves no file (and an existing file untouched). On failure
    // *error (if given) names the file and the reason; on cancel it is empty and false returns.
    static bool exportPdf(const Project &project, const QString &path, const ExportOptions &options,
                          const Progress &progress = {}, QString *error = nullptr);

    // Paints the same pages on any paged device (QPrinter in the UI, QPdfWriter here).
    // Returns false when cancelled.
    static bool render(const Project &project, QPagedPaintDevice *device, const ExportOptions &options,
                       const Progress &progress = {});
};

} // namespace Revmark
