// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/reviewpropertiesdialog.h"

#include "import/languageguess.h"
#include "model/grade.h"
#include "project/project.h"
#include "model/qtcompat.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace Revmark {

namespace {

QString formatName(SourceFormat format)
{
    switch (format) {
    case SourceFormat::Markdown:
        return ReviewPropertiesDialog::tr("Markdown");
    case SourceFormat::Html:
        return ReviewPropertiesDialog::tr("HTML");
    case SourceFormat::PlainText:
        break;
    }
    return ReviewPropertiesDialog::tr("Plain text");
}

// What a reader calls characters: code points, not UTF-16 units.
int characterCount(const QString &text)
{
    int count = 0;
    for (const QChar c : text) {
        if (!c.isLowSurrogate())
            ++count;
    }
    return count;
}

QString languageName(const QString &code)
{
    if (code == QLatin1String("en"))
        return ReviewPropertiesDialog::tr("English");
    if (code == QLatin1String("fr"))
        return ReviewPropertiesDialog::tr("French");
    if (code == QLatin1String("de"))
        return ReviewPropertiesDialog::tr("German");
    return code;
}

QLineEdit *readOnlyField(const QString &text, QWidget *parent)
{
    // A read-only line edit rather than a label: long paths and hashes scroll and copy whole.
    auto *edit = new QLineEdit(text, parent);
    edit->setReadOnly(true);
    edit->setFrame(false);
    edit->setCursorPosition(0);
    return edit;
}

} // namespace

ReviewPropertiesDialog::ReviewPropertiesDialog(Project *project, const QString &reviewId, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_reviewId(reviewId)
{
    setWindowTitle(tr("Review Properties"));
    const Review *review = project ? project->findReview(reviewId) : nullptr;
    const Review empty;
    const Review &r = review ? *review : empty;

    m_titleEdit = new QLineEdit(r.title, this);
    m_titleEdit->setObjectName(QStringLiteral("titleEdit"));
    m_authorEdit = new QLineEdit(r.author, this);
    m_authorEdit->setObjectName(QStringLiteral("authorEdit"));
    m_outletEdit = new QLineEdit(r.outlet, this);
    m_outletEdit->setObjectName(QStringLiteral("outletEdit"));

    m_gradeEdit = new QLineEdit(r.grade.raw, this);
    m_gradeEdit->setObjectName(QStringLiteral("gradeEdit"));
    m_gradeEdit->setPlaceholderText(tr("e.g. B-, 3.5/5, 8/10, ★★★½, 85%"));
    m_gradeValue = new QSpinBox(this);
    m_gradeValue->setObjectName(QStringLiteral("gradeValueSpin"));
    m_gradeValue->setRange(-1, 100);
    m_gradeValue->setSpecialValueText(tr("No grade"));
    //: Suffix of the grade's value: "80 / 100"
    m_gradeValue->setSuffix(tr(" / 100"));
    m_gradeValue->setValue(r.grade.value);
    m_gradeNote = new QLabel(this);
    m_gradeNote->setObjectName(QStringLiteral("gradeNote"));
    m_gradeNote->setWordWrap(true);
    m_gradeNote->setForegroundRole(QPalette::PlaceholderText);
    if (r.grade.isValid())
        m_gradeNote->setText(r.grade.corrected ? tr("Set by you.") : tr("Found in the review when it was imported."));
    connect(m_gradeEdit, &QLineEdit::textEdited, this, &ReviewPropertiesDialog::updateGradeFromText);

    m_languageCombo = new QComboBox(this);
    m_languageCombo->setObjectName(QStringLiteral("languageCombo"));
    //: The review's language is not known
    m_languageCombo->addItem(tr("Unknown"), QString());
    const QStringList languages = LanguageGuess::supportedLanguages();
    for (const QString &code : languages)
        m_languageCombo->addItem(languageName(code), code);
    // A language from elsewhere (a hand-edited file) is kept, by its code.
    if (!r.language.isEmpty() && !languages.contains(r.language))
        m_languageCombo->addItem(r.language, r.language);
    m_languageCombo->setCurrentIndex(std::max(0, m_languageCombo->findData(r.language)));
    // "Note: 2" reads differently in German: read what is typed again in the new language.
    connect(m_languageCombo, QOverload<int>::of(&QComboBox::currentIndexChanged), this, [this] {
        if (m_gradeEdit->isModified())
            updateGradeFromText(m_gradeEdit->text());
    });
    auto *gradeRow = new QHBoxLayout;
    gradeRow->addWidget(m_gradeEdit, 1);
    gradeRow->addWidget(m_gradeValue);

    QLineEdit *pathField = readOnlyField(r.sourcePath, this);
    pathField->setObjectName(QStringLiteral("sourcePathField"));
    auto *formatLabel = new QLabel(formatName(r.format), this);
    formatLabel->setObjectName(QStringLiteral("formatLabel"));
    const QLocale locale;
    auto *importedLabel = new QLabel(
        r.importedAt.isValid() ? locale.toString(r.importedAt.toLocalTime(), QLocale::LongFormat) : tr("Unknown"), this);
    importedLabel->setObjectName(QStringLiteral("importedLabel"));
    auto *countLabel = new QLabel(locale.toString(characterCount(r.text)), this);
    countLabel->setObjectName(QStringLiteral("characterCountLabel"));
    QLineEdit *hashField = readOnlyField(review ? r.textSha256() : QString(), this);
    hashField->setObjectName(QStringLiteral("sha256Field"));
    hashField->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    hashField->setMinimumWidth(hashField->fontMetrics().horizontalAdvance(QString(64, QLatin1Char('0'))) + 8);
    for (QLabel *label : {formatLabel, importedLabel, countLabel})
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_titleEdit);
    form->addRow(tr("&Author:"), m_authorEdit);
    form->addRow(tr("&Outlet:"), m_outletEdit);
    form->addRow(tr("&Language:"), m_languageCombo);
    // A row holding a layout gets no buddy from QFormLayout, so its mnemonic would show as "&".
    auto *gradeLabel = new QLabel(tr("&Grade:"), this);
    gradeLabel->setBuddy(m_gradeEdit);
    form->addRow(gradeLabel, gradeRow);
    form->addRow(QString(), m_gradeNote);
    form->addRow(tr("Source file:"), pathField);
    form->addRow(tr("Format:"), formatLabel);
    form->addRow(tr("Imported:"), importedLabel);
    form->addRow(tr("Characters:"), countLabel);
    form->addRow(tr("SHA-256:"), hashField);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReviewPropertiesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReviewPropertiesDialog::reject);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(review != nullptr);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    m_titleEdit->setFocus();
    m_titleEdit->selectAll();
}

ReviewPropertiesDialog::~ReviewPropertiesDialog() = default;

QString ReviewPropertiesDialog::language() const
{
    return m_languageCombo->currentData().toString();
}

void ReviewPropertiesDialog::updateGradeFromText(const QString &text)
{
    if (text.trimmed().isEmpty()) {
        m_gradeValue->setValue(-1);
        m_gradeNote->setText(tr("No grade."));
        return;
    }
    const Grade parsed = GradeParser::parse(text, language());
    if (parsed.isValid()) {
        m_gradeValue->setValue(parsed.value);
        m_gradeNote->setText(tr("Read as %1 out of 100.").arg(parsed.value));
    } else {
        m_gradeNote->setText(tr("Not a rating Revmark knows: set the value by hand."));
    }
}

void ReviewPropertiesDialog::accept()
{
    // The review may have gone while the dialog was open (undo from elsewhere): then there is
    // nothing to apply to.
    const Review *review = m_project ? m_project->findReview(m_reviewId) : nullptr;
    if (!review) {
        QDialog::accept();
        return;
    }
    const QString title = m_titleEdit->text().trimmed();
    const QString author = m_authorEdit->text().trimmed();
    const QString outlet = m_outletEdit->text().trimmed();

    Grade grade;
    grade.corrected = true;
    grade.value = m_gradeValue->value();
    if (grade.isValid()) {
        grade.raw = m_gradeEdit->text().trimmed();
        // A value typed without a form still needs something to show in the header.
        if (grade.raw.isEmpty())
            grade.raw = QStringLiteral("%1/100").arg(grade.value);
    }
    const bool gradeChanged = grade.raw != review->grade.raw || grade.value != review->grade.value;

    // One undo step for both; an unchanged grade keeps what the importer found (not corrected).
    m_project->setReviewProperties(m_reviewId, title, author, outlet, gradeChanged ? grade : review->grade, language());
    QDialog::accept();
}

} // namespace Revmark
