// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/review.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace Revmark {

// Review › Show Source…: the file a review was imported from (Review::sourcePath), as it is on
// disk now, read-only ("sourceText"). With KSyntaxHighlighting it is highlighted with
// KSyntaxHighlighting's own definition for the file name (HTML, Markdown, …; by the review's
// format when the name says nothing) in the theme that matches the palette; without it, plain
// text. A file that is gone, unreadable, too large or not text leaves the text empty and says
// why in "sourceMessage". Non-modal; the project is never touched.
class SourceView : public QDialog
{
    Q_OBJECT

public:
    explicit SourceView(const Review &review, QWidget *parent = nullptr);
    ~SourceView() override;

    QString reviewId() const { return m_reviewId; }
    // Why there is no text, or empty when the file was read.
    QString message() const { return m_message; }
    // The definition highlighting the text ("HTML", "Markdown"), or empty for none.
    QString definitionName() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    QString load(const QString &path);

    QString m_reviewId;
    QString m_message;
    QLabel *m_messageLabel;
    QPlainTextEdit *m_text;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter = nullptr;
};

} // namespace Revmark
