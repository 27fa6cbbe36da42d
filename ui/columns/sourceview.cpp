// SPDX-License-Identifier: GPL-3.0-or-later
#include "columns/sourceview.h"

#include "import/textdecoder.h"
#include "model/limits.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

#ifdef REVMARK_HAVE_SYNTAX
#include "columns/cuehighlighter.h"
#include "cues/cuerepository.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#endif

namespace Revmark {

SourceView::SourceView(const Review &review, QWidget *parent)
    : QDialog(parent)
    , m_reviewId(review.id)
    , m_messageLabel(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("sourceView"));
    setWindowTitle(tr("Source of “%1”").arg(review.label()));

    auto *pathLabel = new QLabel(QDir::toNativeSeparators(review.sourcePath), this);
    pathLabel->setObjectName(QStringLiteral("sourcePathLabel"));
    pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    pathLabel->setWordWrap(true);
    pathLabel->setForegroundRole(QPalette::PlaceholderText);
    m_messageLabel->setObjectName(QStringLiteral("sourceMessage"));
    m_messageLabel->setWordWrap(true);
    m_text->setObjectName(QStringLiteral("sourceText"));
    m_text->setReadOnly(true);
    m_text->setUndoRedoEnabled(false);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);

    const QString text = load(review.sourcePath);
    m_messageLabel->setText(m_message);
    m_messageLabel->setVisible(!m_message.isEmpty());
    m_text->setPlainText(text);

#ifdef REVMARK_HAVE_SYNTAX
    KSyntaxHighlighting::Repository &repository = CueRepository::repository();
    KSyntaxHighlighting::Definition definition = repository.definitionForFileName(review.sourcePath);
    if (!definition.isValid() && review.format == SourceFormat::Html)
        definition = repository.definitionForName(QStringLiteral("HTML"));
    else if (!definition.isValid() && review.format == SourceFormat::Markdown)
        definition = repository.definitionForName(QStringLiteral("Markdown"));
    if (definition.isValid() && !text.isEmpty()) {
        m_highlighter = new KSyntaxHighlighting::SyntaxHighlighter(m_text->document());
        m_highlighter->setTheme(syntaxThemeFor(palette()));
        m_highlighter->setDefinition(definition);
    }
#endif

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(pathLabel);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    resize(820, 680);
}

SourceView::~SourceView() = default;

QString SourceView::definitionName() const
{
#ifdef REVMARK_HAVE_SYNTAX
    if (m_highlighter)
        return m_highlighter->definition().name();
#endif
    return {};
}

QString SourceView::load(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (path.isEmpty()) {
        m_message = tr("This review was not imported from a file.");
        return {};
    }
    const QFileInfo info(path);
    if (!info.exists()) {
        m_message = tr("“%1” is no longer there: it was moved, renamed or deleted. The review in the project is "
                       "not affected.")
                        .arg(shown);
        return {};
    }
    if (info.isDir()) {
        m_message = tr("“%1” is a folder, not the file the review came from.").arg(shown);
        return {};
    }
    // The importer's limit: a source it took can always be shown.
    if (info.size() > Limits::MaxSourceFileSize) {
        //: %2 is the reason, e.g. "it is larger than 20 MB, the most Revmark reads from a review file."
        m_message = tr("“%1” cannot be shown: %2").arg(shown, Limits::sourceFileTooLarge());
        return {};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_message = tr("“%1” could not be read: %2").arg(shown, file.errorString());
        return {};
    }
    // Bounded even if the file grew since its size was read.
    const DecodedText decoded = TextDecoder::decode(file.read(Limits::MaxSourceFileSize + 1));
    switch (decoded.status) {
    case DecodedText::Status::Ok:
        break;
    case DecodedText::Status::Empty:
        m_message = tr("“%1” is empty now.").arg(shown);
        return {};
    case DecodedText::Status::Binary:
    case DecodedText::Status::Undecodable:
        m_message = tr("“%1” is no longer a text file.").arg(shown);
        return {};
    }
    QString text = decoded.text;
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return text;
}

void SourceView::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
#ifdef REVMARK_HAVE_SYNTAX
    if (event->type() == QEvent::PaletteChange && m_highlighter) {
        m_highlighter->setTheme(syntaxThemeFor(palette()));
        m_highlighter->rehighlight();
    }
#endif
}

} // namespace Revmark
