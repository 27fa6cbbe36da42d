// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/pdfexporter.h"

#include "export/exportdocument.h"
#include "model/logging.h"
#include "model/qtcompat.h"
#include "project/project.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QElapsedTimer>
#include <QFontInfo>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextDocument>

namespace Revmark {

namespace {

enum class Outcome { Done, Cancelled, Failed };

const QColor HeaderInk(0x5f, 0x63, 0x68);
const QColor HeaderRule(0xc8, 0xcc, 0xd0);

QFont chromeFont(qreal pointSize)
{
    QFont font;
    font.setFamilies(ExportDocument::fontFamilies(ExportDocument::headingFamily()));
    font.setPointSizeF(pointSize);
    ExportDocument::avoidLigatures(&font);
    return font;
}

Outcome paintPages(const Project &project, QPagedPaintDevice *device, const ExportOptions &options,
                   const PdfExporter::Progress &progress)
{
    device->setPageSize(options.pageSize.isValid() ? options.pageSize : PdfExporter::defaultPageSize());
    device->setPageMargins(options.margins, QPageLayout::Millimeter);

    // Device pixels from here on: the painter's origin is the top left of the margins.
    const qreal dpi = device->logicalDpiY();
    const auto px = [dpi](qreal points) { return points * dpi / 72.0; };
    const QSizeF page(device->width(), device->height());
    const QFont headerFont = chromeFont(8);
    const QFontMetricsF metrics(headerFont, device);
    const qreal headerHeight = metrics.height() + px(14); // text, rule, gap
    const qreal footerHeight = metrics.height() + px(14);
    const qreal bodyHeight = page.height() - headerHeight - footerHeight;
    if (page.width() <= 0 || bodyHeight <= px(72)) {
        qCWarning(lcExport, "the margins leave no room on the page (%.0f x %.0f device pixels for the text)",
                  page.width(), bodyHeight);
        return Outcome::Failed;
    }

    QElapsedTimer timer;
    timer.start();
    ExportDocument content(project, options.reviews,
                                 options.exportDate.isValid() ? options.exportDate : QDateTime::currentDateTime(),
                                 device, page.width() * 72.0 / dpi, options.roundupTag);
    QTextDocument *document = content.document();
    document->setPageSize(QSizeF(page.width(), bodyHeight));
    content.keepHeadingsWithText();
    QAbstractTextDocumentLayout *layout = document->documentLayout();
    const int pageCount = document->pageCount();
    if (lcExport().isDebugEnabled()) {
        // The families asked for and those the font database gave: a missing font shows here first.
        const auto resolved = [](const QString &family) { return QFontInfo(QFont(family)).family(); };
        qCDebug(lcExport, "%d review(s) on %d page(s) of %s at %.0f dpi, laid out in %lld ms; fonts: body %s -> %s, "
                          "headings %s -> %s",
                int(options.reviews.isEmpty() ? project.reviews().size() : options.reviews.size()), pageCount,
                qUtf8Printable(device->pageLayout().pageSize().name()), dpi,
                qint64(timer.elapsed()), qUtf8Printable(ExportDocument::bodyFamily()),
                qUtf8Printable(resolved(ExportDocument::bodyFamily())), qUtf8Printable(ExportDocument::headingFamily()),
                qUtf8Printable(resolved(ExportDocument::headingFamily())));
    }

    // Which review each page belongs to, for the running header.
    QVector<QString> pageTitles(pageCount);
    for (const ExportDocument::Section &section : content.sections()) {
        const QRectF rect = layout->blockBoundingRect(document->findBlock(section.position));
        const int first = qBound(0, int((rect.top() + 1) / bodyHeight), pageCount - 1);
        for (int p = first; p < pageCount; ++p)
            pageTitles[p] = section.title;
    }

    QPainter painter;
    if (!painter.begin(device)) {
        qCWarning(lcExport, "could not start painting on the export device");
        return Outcome::Failed;
    }
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, Qt::black);
    const QString projectName = project.displayName();
    for (int p = 0; p < pageCount; ++p) {
        if (p > 0 && !device->newPage()) {
            qCWarning(lcExport, "could not start page %d of %d", p + 1, pageCount);
            painter.end();
            return Outcome::Failed;
        }
        painter.setFont(headerFont);
        painter.setPen(HeaderInk);
        // The first page carries the title in large type; a running header would only repeat it.
        if (p > 0) {
            const qreal half = page.width() / 2 - px(6);
            const QRectF line(0, 0, page.width(), metrics.height());
            painter.drawText(line, Qt::AlignLeft | Qt::AlignTop, metrics.elidedText(projectName, Qt::ElideRight, half));
            painter.drawText(line, Qt::AlignRight | Qt::AlignTop,
                             metrics.elidedText(pageTitles.at(p), Qt::ElideRight, half));
            painter.setPen(QPen(HeaderRule, px(0.5)));
            const qreal y = metrics.height() + px(4);
            painter.drawLine(QPointF(0, y), QPointF(page.width(), y));
            painter.setPen(HeaderInk);
        }
        painter.drawText(QRectF(0, page.height() - metrics.height(), page.width(), metrics.height()),
                         Qt::AlignHCenter | Qt::AlignBottom,
                         PdfExporter::tr("Page %1 of %2").arg(QLocale().toString(p + 1), QLocale().toString(pageCount)));

        painter.save();
        const QRectF clip(0, p * bodyHeight, page.width(), bodyHeight);
        painter.translate(0, headerHeight - clip.top());
        painter.setClipRect(clip);
        // The layout draws every line that touches its clip, and a clipped line is invisible but
        // still text in the PDF (found by search, copied, extracted). Lines never straddle a page
        // break, so a clip a hair inside the page leaves out the neighbours' lines entirely.
        context.clip = clip.adjusted(0, 1, 0, -1);
        layout->draw(&painter, context);
        painter.restore();

        if (progress && !progress(p + 1, pageCount)) {
            qCDebug(lcExport, "cancelled after page %d of %d", p + 1, pageCount);
            painter.end();
            return Outcome::Cancelled;
        }
    }
    if (!painter.end()) {
        qCWarning(lcExport, "could not finish painting %d page(s)", pageCount);
        return Outcome::Failed;
    }
    qCDebug(lcExport, "painted %d page(s) in %lld ms", pageCount, qint64(timer.elapsed()));
    return Outcome::Done;
}

} // namespace

QPageSize PdfExporter::defaultPageSize(const QLocale &locale)
{
    // Letter is the paper of the US and of most of the Americas that follow its standards, even
    // where the locale's measurement system is metric (Canada, Mexico, ...).
    static const QLocale::Country letterCountries[] = {
        QLocale::UnitedStates, QLocale::Canada,   QLocale::Mexico,     QLocale::Chile,
        QLocale::Colombia,     QLocale::CostaRica, QLocale::DominicanRepublic, QLocale::ElSalvador,
        QLocale::Guatemala,    QLocale::Nicaragua, QLocale::Panama,     QLocale::Philippines,
        QLocale::PuertoRico,   QLocale::Venezuela,
    };
    if (locale.measurementSystem() == QLocale::ImperialUSSystem)
        return QPageSize(QPageSize::Letter);
    const QLocale::Country territory = localeTerritory(locale);
    for (QLocale::Country country : letterCountries) {
        if (country == territory)
            return QPageSize(QPageSize::Letter);
    }
    return QPageSize(QPageSize::A4);
}

bool PdfExporter::render(const Project &project, QPagedPaintDevice *device, const ExportOptions &options,
                         const Progress &progress)
{
    return paintPages(project, device, options, progress) == Outcome::Done;
}

bool PdfExporter::exportPdf(const Project &project, const QString &path, const ExportOptions &options,
                            const Progress &progress, QString *error)
{
    const QString name = QDir::toNativeSeparators(path);
    const auto fail = [&](const QString &reason) {
        qCWarning(lcExport, "could not export to %s: %s", qUtf8Printable(name), qUtf8Printable(reason));
        if (error)
            *error = tr("Could not export to “%1”: %2").arg(name, reason);
        return false;
    };
    if (error)
        error->clear();
    // The PDF goes to a temporary file beside the target that replaces it only on commit():
    // a cancelled or failed export leaves neither a partial PDF nor a damaged older one.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    Outcome outcome;
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setTitle(project.displayName());
        writer.setCreator(QStringLiteral("Revmark %1").arg(QStringLiteral(REVMARK_VERSION)));
        outcome = paintPages(project, &writer, options, progress);
    }
    if (outcome == Outcome::Cancelled) {
        file.cancelWriting();
        return false;
    }
    if (outcome == Outcome::Failed) {
        file.cancelWriting();
        return fail(file.error() != QFileDevice::NoError ? file.errorString()
                                                          : tr("the pages could not be laid out (are the margins too wide?)"));
    }
    // As in SaveFile: commit() alone may rename a short-written temporary into place.
    if (!file.flush()) {
        file.cancelWriting();
        return fail(tr("not everything could be written (is the disk full?)"));
    }
    if (!file.commit())
        return fail(file.errorString());
    qCDebug(lcExport, "wrote %s", qUtf8Printable(name));
    return true;
}

} // namespace Revmark
