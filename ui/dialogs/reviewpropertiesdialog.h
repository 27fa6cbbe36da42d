// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Revmark {

class Project;

// Shows one review's properties: title, author and outlet editable ("titleEdit", "authorEdit",
// "outletEdit"); the grade editable as written ("gradeEdit", parsed live with
// GradeParser::parse into "gradeValueSpin", which can also be set by hand; -1 = no grade) with
// where it came from in "gradeNote"; source path, format, import date, character count and
// SHA-256 of the text read-only. The language ("languageCombo": Unknown, English, French,
// German, and a code Revmark has no cue set for as it is) picks how the grade is read (German
// school grades) and, after OK, the cue set of the review. OK applies the fields, a changed
// grade (with corrected = true) and the language through Project::setReviewProperties: one undo
// step for what changed, none when nothing did; Cancel changes nothing.
class ReviewPropertiesDialog : public QDialog
{
    Q_OBJECT

public:
    ReviewPropertiesDialog(Project *project, const QString &reviewId, QWidget *parent = nullptr);
    ~ReviewPropertiesDialog() override;

    void accept() override;

private:
    QString language() const;
    void updateGradeFromText(const QString &text);

    QPointer<Project> m_project;
    QString m_reviewId;
    QLineEdit *m_titleEdit;
    QLineEdit *m_authorEdit;
    QLineEdit *m_outletEdit;
    QLineEdit *m_gradeEdit;
    QSpinBox *m_gradeValue;
    QLabel *m_gradeNote;
    QComboBox *m_languageCombo;
};

} // namespace Revmark
