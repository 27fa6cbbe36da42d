// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QPointer>

class QLineEdit;

namespace Revmark {

class Project;

// Shows one review's properties: title, author and outlet editable ("titleEdit", "authorEdit",
// "outletEdit"); source path, format, import date, character count and SHA-256 of the text
// read-only. OK applies the three fields through Project::setReviewProperties (one undo step,
// none when nothing changed); Cancel changes nothing.
class ReviewPropertiesDialog : public QDialog
{
    Q_OBJECT

public:
    ReviewPropertiesDialog(Project *project, const QString &reviewId, QWidget *parent = nullptr);
    ~ReviewPropertiesDialog() override;

    void accept() override;

private:
    QPointer<Project> m_project;
    QString m_reviewId;
    QLineEdit *m_titleEdit;
    QLineEdit *m_authorEdit;
    QLineEdit *m_outletEdit;
};

} // namespace Revmark
