// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <functional>

class QComboBox;
class QLineEdit;
class QListWidget;
class QProgressDialog;
class QPushButton;

class QPrinter;

namespace Revmark {

class Project;
struct ExportOptions;

// File › Export PDF…: which reviews (checkable list "reviewList", buttons "selectAllButton" and
// "selectNoneButton"), the page size ("pageSizeCombo"), an aspect for a roundup section or none
// ("roundupCombo") and the output file ("outputPath", "browseButton"). "exportButton" is
// enabled only while at least one review is checked and a path is entered; pressing it runs
// exportNow(). On success the dialog is accepted and
// exportedPath() says where the file went; on failure the error is reported (message sink, else
// a message box) and the dialog stays open; on cancel it stays open and nothing is reported.
// The project must outlive the dialog and must not change while it is open (it is modal).
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    // initialReviews: indices of the reviews checked at first; empty checks every review.
    ExportDialog(const Project *project, const QVector<int> &initialReviews, QWidget *parent = nullptr);
    ~ExportDialog() override;

    // The checked reviews (in project order), the chosen page size and roundup tag.
    ExportOptions options() const;
    // The output path as entered, made absolute (relative paths are taken from the default folder).
    QString outputPath() const;
    void setOutputPath(const QString &path);
    // The project file's folder (or home) / <project display name>.pdf.
    static QString defaultOutputPath(const Project &project);

    // Writes the PDF to outputPath() with options(), showing a cancellable modal progress
    // dialog ("exportProgress"). Returns true when the file was written; false on failure
    // (reported, see setMessageSink) or when cancelled (lastError() empty then).
    bool exportNow();
    QString lastError() const { return m_lastError; }
    // Where the last successful export went; empty until then.
    QString exportedPath() const { return m_exportedPath; }
    // The progress dialog while exportNow() runs, else nullptr.
    QProgressDialog *progressDialog() const { return m_progress; }

    // File › Print… and Print Preview…: the same pages for these reviews (empty: every review),
    // on the printer's paper. print() paints page by page with a cancellable progress dialog
    // ("printProgress", after half a second) and returns whether all pages were sent.
    static bool print(const Project &project, const QVector<int> &reviews, QWidget *parent);
    // print() once the print dialog was accepted: the pages on the printer given.
    static bool printTo(const Project &project, const QVector<int> &reviews, QPrinter *printer, QWidget *parent);
    static void printPreview(const Project &project, const QVector<int> &reviews, QWidget *parent);

    // Receives the text of each error instead of a message box when set (tests, MainWindow).
    void setMessageSink(std::function<void(const QString &)> sink) { m_messageSink = std::move(sink); }

Q_SIGNALS:
    void exported(const QString &path);

private:
    void setAllChecked(bool checked);
    void browse();
    void updateExportButton();
    void exportAndClose();
    void reportError(const QString &message);

    const Project *m_project;
    QListWidget *m_reviewList;
    QComboBox *m_pageSizeCombo;
    QComboBox *m_roundupCombo = nullptr;
    QLineEdit *m_outputPath;
    QPushButton *m_exportButton;
    QProgressDialog *m_progress = nullptr;
    QString m_lastError;
    QString m_exportedPath;
    bool m_exporting = false;
    std::function<void(const QString &)> m_messageSink;
};

} // namespace Revmark
