// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/tagsdialog.h"

#include "project/project.h"

#include <QAbstractItemDelegate>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace Revmark {

namespace {

// The name the tag had in the project; empty for a tag added in this dialog.
constexpr int OriginalNameRole = Qt::UserRole;
// The last accepted name, to fall back to when an edit is refused.
constexpr int NameRole = Qt::UserRole + 1;

} // namespace

TagsDialog::TagsDialog(Project *project, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
{
    setWindowTitle(tr("Edit Tags"));

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("tagList"));
    m_list->setAccessibleName(tr("Tags"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    if (project) {
        for (const QString &tag : project->tags()) {
            auto *item = new QListWidgetItem(tag, m_list);
            item->setFlags(item->flags() | Qt::ItemIsEditable);
            item->setData(OriginalNameRole, tag);
            item->setData(NameRole, tag);
        }
    }
    connect(m_list, &QListWidget::itemChanged, this, &TagsDialog::onItemChanged);
    connect(m_list, &QListWidget::currentRowChanged, this, &TagsDialog::updateButtons);

    auto makeButton = [this](const QString &text, const char *name) {
        auto *button = new QPushButton(text, this);
        button->setObjectName(QLatin1String(name));
        button->setAutoDefault(false);
        return button;
    };
    m_addButton = makeButton(tr("&Add"), "addTagButton");
    m_renameButton = makeButton(tr("&Rename"), "renameTagButton");
    m_removeButton = makeButton(tr("Re&move"), "removeTagButton");
    m_upButton = makeButton(tr("Move &Up"), "moveUpButton");
    m_downButton = makeButton(tr("Move &Down"), "moveDownButton");
    connect(m_addButton, &QPushButton::clicked, this, &TagsDialog::addTag);
    connect(m_renameButton, &QPushButton::clicked, this, &TagsDialog::renameTag);
    connect(m_removeButton, &QPushButton::clicked, this, &TagsDialog::removeTag);
    connect(m_upButton, &QPushButton::clicked, this, [this] { moveTag(-1); });
    connect(m_downButton, &QPushButton::clicked, this, [this] { moveTag(1); });

    m_message = new QWidget(this);
    m_message->setObjectName(QStringLiteral("tagMessage"));
    auto *messageIcon = new QLabel(m_message);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    messageIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize, iconSize));
    m_messageText = new QLabel(m_message);
    m_messageText->setObjectName(QStringLiteral("tagMessageText"));
    m_messageText->setWordWrap(true);
    m_messageText->setTextFormat(Qt::PlainText);
    auto *messageLayout = new QHBoxLayout(m_message);
    messageLayout->setContentsMargins(0, 0, 0, 0);
    messageLayout->addWidget(messageIcon, 0, Qt::AlignTop);
    messageLayout->addWidget(m_messageText, 1);
    m_message->hide();

    auto *buttonColumn = new QVBoxLayout;
    for (QPushButton *button : {m_addButton, m_renameButton, m_removeButton, m_upButton, m_downButton})
        buttonColumn->addWidget(button);
    buttonColumn->addStretch();

    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_list, 1);
    listRow->addLayout(buttonColumn);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &TagsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TagsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(listRow, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    updateButtons();
}

TagsDialog::~TagsDialog() = default;

QStringList TagsDialog::tags() const
{
    QStringList result;
    for (int i = 0; i < m_list->count(); ++i)
        result.append(m_list->item(i)->data(NameRole).toString());
    return result;
}

void TagsDialog::accept()
{
    // A name still being typed in place counts (accept() may come without the editor losing
    // focus); committing it runs the same validation as any edit.
    if (QWidget *editor = m_list->indexWidget(m_list->currentIndex()))
        Q_EMIT m_list->itemDelegate()->commitData(editor);

    if (m_project) {
        const QStringList newTags = tags();
        QStringList kept;
        QHash<QString, QString> renames;
        for (int i = 0; i < m_list->count(); ++i) {
            const QListWidgetItem *item = m_list->item(i);
            const QString original = item->data(OriginalNameRole).toString();
            const QString name = item->data(NameRole).toString();
            if (original.isEmpty())
                continue;
            kept.append(original);
            if (original != name)
                renames.insert(original, name);
        }
        // A removed tag whose name another tag now takes must not pass its annotations on.
        for (const QString &old : m_project->tags()) {
            if (!kept.contains(old) && newTags.contains(old))
                renames.insert(old, QString());
        }
        if (newTags != m_project->tags() || !renames.isEmpty())
            m_project->setTags(newTags, renames);
    }
    QDialog::accept();
}

void TagsDialog::addTag()
{
    const QString base = tr("new tag");
    QString name = base;
    for (int n = 2; tags().contains(name, Qt::CaseInsensitive); ++n)
        name = tr("%1 %2", "new tag name and a number that makes it unique").arg(base).arg(n);
    m_updating = true;
    auto *item = new QListWidgetItem(name, m_list);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    item->setData(NameRole, name);
    m_updating = false;
    m_list->setCurrentItem(item);
    m_list->editItem(item);
    m_message->hide();
}

void TagsDialog::renameTag()
{
    if (QListWidgetItem *item = m_list->currentItem())
        m_list->editItem(item);
}

void TagsDialog::removeTag()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    QListWidgetItem *item = m_list->takeItem(row);
    const QString original = item->data(OriginalNameRole).toString();
    const QString name = item->data(NameRole).toString();
    delete item;
    int uses = 0;
    if (m_project && !original.isEmpty()) {
        for (const Review &review : m_project->reviews()) {
            for (const Annotation &annotation : review.annotations)
                uses += annotation.tags.contains(original) ? 1 : 0;
        }
    }
    if (uses > 0)
        showMessage(tr("%n annotation(s) will lose the tag “%1”.", nullptr, uses).arg(name));
    else
        m_message->hide();
    updateButtons();
}

void TagsDialog::moveTag(int delta)
{
    const int row = m_list->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_list->count())
        return;
    m_updating = true;
    QListWidgetItem *item = m_list->takeItem(row);
    m_list->insertItem(target, item);
    m_updating = false;
    m_list->setCurrentItem(item);
}

void TagsDialog::onItemChanged(QListWidgetItem *item)
{
    if (m_updating)
        return;
    const QString previous = item->data(NameRole).toString();
    const QString name = item->text().trimmed();
    QString error;
    if (name.isEmpty()) {
        error = tr("A tag name cannot be empty.");
    } else {
        for (int i = 0; i < m_list->count(); ++i) {
            const QListWidgetItem *other = m_list->item(i);
            if (other != item && other->data(NameRole).toString().compare(name, Qt::CaseInsensitive) == 0) {
                error = tr("There is already a tag named “%1”.").arg(other->data(NameRole).toString());
                break;
            }
        }
    }
    m_updating = true;
    if (error.isEmpty()) {
        item->setText(name);
        item->setData(NameRole, name);
        m_message->hide();
    } else {
        item->setText(previous);
        showMessage(error);
    }
    m_updating = false;
}

void TagsDialog::updateButtons()
{
    const int row = m_list->currentRow();
    const bool hasCurrent = row >= 0;
    m_renameButton->setEnabled(hasCurrent);
    m_removeButton->setEnabled(hasCurrent);
    m_upButton->setEnabled(hasCurrent && row > 0);
    m_downButton->setEnabled(hasCurrent && row < m_list->count() - 1);
}

void TagsDialog::showMessage(const QString &text)
{
    m_messageText->setText(text);
    m_message->show();
}

} // namespace Revmark
