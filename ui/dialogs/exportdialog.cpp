// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/exportdialog.h"
#include "dialogs/stepprogress.h"

#include "export/pdfexporter.h"
#include "project/project.h"

#include <QCoreApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QVBoxLayout>
#include <QApplication>

namespace Revmark {

namespace {

const int IndexRole = Qt::UserRole;

QString pdfFilter()
{
    return ExportDialog::tr("PDF files (*.pdf)");
}

// A display name may hold characters no file system takes ("Review: A/B"); the suggestion must
// be a plain file name in the chosen folder.
QString safeFileName(const QString &name)
{
    QString result;
    for (const QChar c : name) {
        static const QString forbidden = QStringLiteral("/\\:*?\"<>|");
        result.append(forbidden.contains(c) || c.category() == QChar::Other_Control ? QLatin1Char('-') : c);
    }
    result = result.trimmed();
    while (result.startsWith(QLatin1Char('.')))
        result.remove(0, 1);
    return result.isEmpty() ? ExportDialog::tr("Reviews") : result;
}

} // namespace

ExportDialog::ExportDialog(const Project *project, const QVector<int> &initialReviews, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_reviewList(new QListWidget(this))
    , m_pageSizeCombo(new QComboBox(this))
    , m_outputPath(new QLineEdit(this))
    , m_exportButton(nullptr)
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export PDF"));

    m_reviewList->setObjectName(QStringLiteral("reviewList"));
    m_reviewList->setAccessibleName(tr("Reviews to export"));
    // Review titles are long and alike; the label in front tells them apart, so elide the end
    // rather than scroll sideways.
    m_reviewList->setTextElideMode(Qt::ElideRight);
    m_reviewList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    for (int i = 0; i < project->reviewCount(); ++i) {
        const Review &review = project->review(i);
        const QString label = review.label();
        const QString title = review.title.isEmpty() ? tr("Untitled review") : review.title;
        //: A review in the export list: "Author — Title"
        const QString text = label == title ? title : tr("%1 — %2").arg(label, title);
        auto *item = new QListWidgetItem(text, m_reviewList);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setData(IndexRole, i);
        item->setCheckState(initialReviews.isEmpty() || initialReviews.contains(i) ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(text);
    }
    if (m_reviewList->count() > 0)
        m_reviewList->setCurrentRow(0);

    auto *allButton = new QPushButton(tr("&All"), this);
    allButton->setObjectName(QStringLiteral("selectAllButton"));
    allButton->setAutoDefault(false);
    connect(allButton, &QPushButton::clicked, this, [this] { setAllChecked(true); });
    auto *noneButton = new QPushButton(tr("&None"), this);
    noneButton->setObjectName(QStringLiteral("selectNoneButton"));
    noneButton->setAutoDefault(false);
    connect(noneButton, &QPushButton::clicked, this, [this] { setAllChecked(false); });

    m_pageSizeCombo->setObjectName(QStringLiteral("pageSizeCombo"));
    m_pageSizeCombo->addItem(tr("A4 (210 × 297 mm)"), int(QPageSize::A4));
    m_pageSizeCombo->addItem(tr("US Letter (8.5 × 11 in)"), int(QPageSize::Letter));
    const int defaultIndex = m_pageSizeCombo->findData(int(PdfExporter::defaultPageSize().id()));
    m_pageSizeCombo->setCurrentIndex(qMax(0, defaultIndex));

    // A roundup section: every passage on one aspect across the reviews, after the summary.
    auto *roundupCombo = new QComboBox(this);
    roundupCombo->setObjectName(QStringLiteral("roundupCombo"));
    roundupCombo->addItem(tr("None"), QString());
    for (const QString &tag : project->tags())
        roundupCombo->addItem(tag, tag);
    m_roundupCombo = roundupCombo;

    m_outputPath->setObjectName(QStringLiteral("outputPath"));
    m_outputPath->setText(QDir::toNativeSeparators(defaultOutputPath(*project)));
    auto *browseButton = new QPushButton(tr("&Browse…"), this);
    browseButton->setObjectName(QStringLiteral("browseButton"));
    browseButton->setAutoDefault(false);
    connect(browseButton, &QPushButton::clicked, this, &ExportDialog::browse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_exportButton = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setDefault(true);
    // Not QDialog::accept directly: the dialog closes only once the file is written.
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::exportAndClose);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *reviewLabel = new QLabel(tr("&Reviews to export:"), this);
    reviewLabel->setBuddy(m_reviewList);
    auto *selectRow = new QHBoxLayout;
    selectRow->addWidget(allButton);
    selectRow->addWidget(noneButton);
    selectRow->addStretch(1);

    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_outputPath, 1);
    pathRow->addWidget(browseButton);
    auto *form = new QFormLayout;
    form->addRow(tr("&Page size:"), m_pageSizeCombo);
    form->addRow(tr("Rou&ndup of aspect:"), m_roundupCombo);
    form->addRow(tr("&Save to:"), pathRow);
    if (auto *pathLabel = qobject_cast<QLabel *>(form->labelForField(pathRow)))
        pathLabel->setBuddy(m_outputPath);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(reviewLabel);
    layout->addWidget(m_reviewList, 1);
    layout->addLayout(selectRow);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(m_reviewList, &QListWidget::itemChanged, this, &ExportDialog::updateExportButton);
    connect(m_outputPath, &QLineEdit::textChanged, this, &ExportDialog::updateExportButton);
    updateExportButton();
    // Wide enough for a label, most of a title and a path in a home folder.
    resize(qMax(sizeHint().width(), fontMetrics().averageCharWidth() * 90), sizeHint().height());
}

ExportDialog::~ExportDialog() = default;

ExportOptions ExportDialog::options() const
{
    ExportOptions options;
    for (int row = 0; row < m_reviewList->count(); ++row) {
        const QListWidgetItem *item = m_reviewList->item(row);
        if (item->checkState() == Qt::Checked)
            options.reviews.append(item->data(IndexRole).toInt());
    }
    options.pageSize = QPageSize(QPageSize::PageSizeId(m_pageSizeCombo->currentData().toInt()));
    options.roundupTag = m_roundupCombo->currentData().toString();
    return options;
}

QString ExportDialog::outputPath() const
{
    const QString entered = m_outputPath->text().trimmed();
    if (entered.isEmpty())
        return {};
    const QString path = QDir::fromNativeSeparators(entered);
    if (QDir::isAbsolutePath(path))
        return QDir::cleanPath(path);
    // Relative to the folder the suggestion is in, not to wherever the program was started.
    return QDir::cleanPath(QFileInfo(defaultOutputPath(*m_project)).dir().filePath(path));
}

void ExportDialog::setOutputPath(const QString &path)
{
    m_outputPath->setText(QDir::toNativeSeparators(path));
}

QString ExportDialog::defaultOutputPath(const Project &project)
{
    const QDir folder = project.filePath().isEmpty() ? QDir::home() : QFileInfo(project.filePath()).dir();
    return folder.absoluteFilePath(safeFileName(project.displayName()) + QStringLiteral(".pdf"));
}

void ExportDialog::setAllChecked(bool checked)
{
    for (int row = 0; row < m_reviewList->count(); ++row)
        m_reviewList->item(row)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

void ExportDialog::browse()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Export PDF"), outputPath(), pdfFilter());
    if (path.isEmpty())
        return;
    // Some platform dialogs do not add the filter's suffix.
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    setOutputPath(path);
}

void ExportDialog::updateExportButton()
{
    m_exportButton->setEnabled(!m_exporting && !options().reviews.isEmpty() && !outputPath().isEmpty());
}

bool ExportDialog::exportNow()
{
    const ExportOptions exportOptions = options();
    const QString path = outputPath();
    // The button is disabled in these cases; exportNow() is public, so check again.
    if (m_exporting || exportOptions.reviews.isEmpty() || path.isEmpty())
        return false;
    m_exporting = true;
    m_lastError.clear();
    updateExportButton();

    QProgressDialog progress(tr("Exporting “%1”…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0, 0, this);
    progress.setObjectName(QStringLiteral("exportProgress"));
    progress.setWindowTitle(tr("Export PDF"));
    progress.setWindowModality(Qt::WindowModal);
    // Short exports finish before the dialog would only flash up.
    progress.setMinimumDuration(300);
    // Closed explicitly below: reaching the maximum must not reset wasCanceled() mid-export.
    progress.setAutoReset(false);
    progress.setAutoClose(false);
    progress.setValue(0);
    m_progress = &progress;

    QString error;
    const bool ok = PdfExporter::exportPdf(
        *m_project, path, exportOptions,
        [&progress](int page, int pageCount) {
            if (pageCount > 0 && progress.maximum() != pageCount)
                progress.setMaximum(pageCount);
            progress.setValue(page);
            // The export runs on this thread: without this, Cancel could never be clicked.
            QCoreApplication::processEvents();
            return !progress.wasCanceled();
        },
        &error);
    const bool cancelled = progress.wasCanceled();
    m_progress = nullptr;
    progress.close();
    m_exporting = false;
    updateExportButton();

    if (ok) {
        m_exportedPath = path;
        Q_EMIT exported(path);
        return true;
    }
    // A cancel is the user's own choice: nothing to report. exportPdf leaves the error empty then.
    if (!cancelled || !error.isEmpty()) {
        m_lastError = error.isEmpty() ? tr("Could not export to “%1”.").arg(QDir::toNativeSeparators(path)) : error;
        reportError(m_lastError);
    }
    return false;
}

void ExportDialog::exportAndClose()
{
    if (exportNow())
        accept();
}

void ExportDialog::reportError(const QString &message)
{
    if (m_messageSink) {
        m_messageSink(message);
        return;
    }
    QMessageBox::warning(this, tr("Export PDF"), message);
}

bool ExportDialog::print(const Project &project, const QVector<int> &reviews, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(project.displayName());
    printer.setPageSize(PdfExporter::defaultPageSize());
    QPrintDialog dialog(&printer, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return printTo(project, reviews, &printer, parent);
}

bool ExportDialog::printTo(const Project &project, const QVector<int> &reviews, QPrinter *target, QWidget *parent)
{
    QPrinter &printer = *target;
    ExportOptions options;
    options.reviews = reviews;
    // The printer's paper, as chosen in the print dialog, wins over the export default.
    options.pageSize = printer.pageLayout().pageSize();
    // Page by page: the window repaints between pages, and after half a second a progress
    // dialog ("printProgress") counts them and can cancel.
    StepProgress progress(parent, QStringLiteral("printProgress"), tr("Print"),
                          tr("Printing “%1”…").arg(project.displayName()));
    const bool done = PdfExporter::render(project, &printer, options, [&progress, &printer](int page, int pageCount) {
        if (progress.step(page, pageCount))
            return true;
        // Where the print system allows it, nothing is printed; Qt's CUPS engine cannot abort,
        // and then the pages painted so far are printed.
        printer.abort();
        return false;
    });
    return done;
}

void ExportDialog::printPreview(const Project &project, const QVector<int> &reviews, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(project.displayName());
    printer.setPageSize(PdfExporter::defaultPageSize());
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setObjectName(QStringLiteral("printPreviewDialog"));
    // Its own default size shows a page too small to read.
    dialog.resize(qMax(900, parent->width() * 2 / 3), qMax(700, parent->height() * 9 / 10));
    // Called again whenever the preview's page setup changes: read the page size each time.
    connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&project, reviews](QPrinter *target) {
        ExportOptions options;
        options.reviews = reviews;
        options.pageSize = target->pageLayout().pageSize();
        PdfExporter::render(project, target, options);
    });
    dialog.exec();
}

} // namespace Revmark
