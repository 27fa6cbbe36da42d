// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/tagpalette.h"

#include "annotationselection.h"
#include "project/project.h"
#include "tagsmenu.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScreen>
#include <QVBoxLayout>

namespace Revmark {

TagPalette::TagPalette(Project *project, AnnotationSelection *selection, QWidget *parent)
    : QFrame(parent, Qt::Popup)
    , m_project(project)
    , m_selection(selection)
    , m_title(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("tagPalette"));
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Tag palette"));
    m_title->setObjectName(QStringLiteral("tagPaletteTitle"));
    m_title->setWordWrap(true);
    m_filter->setObjectName(QStringLiteral("tagPaletteFilter"));
    m_filter->setPlaceholderText(tr("Type to filter or to create a tag"));
    m_filter->setAccessibleName(tr("Filter tags"));
    m_filter->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("tagPaletteList"));
    m_list->setAccessibleName(tr("Tags"));
    m_list->setFocusPolicy(Qt::NoFocus);
    auto *hint = new QLabel(tr("Enter toggles · Escape closes"), this);
    hint->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_title);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(hint);
    resize(300, 320);

    m_filter->installEventFilter(this);
    connect(m_filter, &QLineEdit::textChanged, this, &TagPalette::rebuild);
    connect(m_list, &QListWidget::itemClicked, this, &TagPalette::activate);
    const auto refresh = [this] {
        if (!isVisible())
            return;
        if (m_selection->isEmpty())
            close();
        else
            rebuild();
    };
    connect(project, &Project::tagsChanged, this, refresh);
    connect(project, &Project::annotationsChanged, this, refresh);
    connect(project, &Project::projectReset, this, refresh);
    connect(selection, &AnnotationSelection::changed, this, refresh);
}

void TagPalette::popup(const QPoint &globalPos)
{
    if (m_selection->isEmpty())
        return;
    m_filter->clear();
    rebuild();
    QPoint at = globalPos;
    if (const QScreen *screen = QGuiApplication::screenAt(globalPos)) {
        const QRect area = screen->availableGeometry();
        at.setX(qBound(area.left(), at.x(), qMax(area.left(), area.right() - width())));
        at.setY(qBound(area.top(), at.y(), qMax(area.top(), area.bottom() - height())));
    }
    move(at);
    show();
    activateWindow();
    m_filter->setFocus(Qt::PopupFocusReason);
}

void TagPalette::rebuild()
{
    const Annotation *annotation = m_selection->annotation();
    if (!annotation || !m_project)
        return;
    m_title->setText(tr("Tags of “%1”").arg(annotation->quote.left(60).simplified()));
    const QString wanted = m_filter->text().trimmed();
    // The chosen row survives a refresh after toggling, so Enter can go on with the next one.
    const QString chosen = m_list->currentItem() ? m_list->currentItem()->data(TagRole).toString() : QString();
    m_list->clear();
    const QStringList tags = m_project->tags();
    bool exact = false;
    for (int i = 0; i < tags.size(); ++i) {
        const QString &tag = tags.at(i);
        if (!tag.contains(wanted, Qt::CaseInsensitive))
            continue;
        exact = exact || tag.compare(wanted, Qt::CaseInsensitive) == 0;
        const QKeySequence key = TagsMenu::quickTagKey(int(i));
        auto *item = new QListWidgetItem(
            key.isEmpty() ? tag : tr("%1  (%2)").arg(tag, key.toString(QKeySequence::NativeText)), m_list);
        item->setData(TagRole, tag);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(annotation->tags.contains(tag) ? Qt::Checked : Qt::Unchecked);
        if (tag == chosen)
            m_list->setCurrentItem(item);
    }
    if (!wanted.isEmpty() && !exact) {
        auto *item = new QListWidgetItem(tr("Create tag “%1”").arg(wanted), m_list);
        item->setData(CreateRole, wanted);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
}

void TagPalette::activate(QListWidgetItem *item)
{
    const Annotation *annotation = m_selection->annotation();
    if (!item || !annotation || !m_project)
        return;
    const QString reviewId = m_selection->reviewId();
    const QString annotationId = m_selection->annotationId();
    const QString create = item->data(CreateRole).toString();
    if (!create.isEmpty()) {
        m_project->createTag(create, reviewId, annotationId);
        // The new tag is found again by its name; the filter stays so it is the row shown.
        m_filter->setText(create);
        return;
    }
    const QString tag = item->data(TagRole).toString();
    TagsMenu::setTag(m_project, m_selection, tag, !annotation->tags.contains(tag));
}

bool TagPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_filter || event->type() != QEvent::KeyPress)
        return QFrame::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    switch (key->key()) {
    case Qt::Key_Escape:
        close();
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        activate(m_list->currentItem());
        return true;
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
        // The list moves while the filter keeps the keyboard for typing.
        QCoreApplication::sendEvent(m_list, event);
        return true;
    default:
        return QFrame::eventFilter(watched, event);
    }
}

} // namespace Revmark
