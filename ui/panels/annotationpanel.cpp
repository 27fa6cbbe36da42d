// SPDX-License-Identifier: GPL-3.0-or-later
#include "panels/annotationpanel.h"

#include "annotationselection.h"
#include "tagsmenu.h"

#include "panels/annotationlistmodel.h"
#include "export/highlightstyle.h"
#include "project/project.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextCursor>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Revmark {

namespace {

// Longest quote shown above the editor; the list's tooltip has the whole of it.
constexpr int QuotePreviewLength = 300;

// Item data of the polarity filter: -1 for both, else int(Polarity).
constexpr int AnyPolarity = -1;

QIcon markerIcon(Polarity polarity, HighlightStyle::Theme theme)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(HighlightStyle::lineColor(polarity, theme));
    painter.drawRoundedRect(QRectF(1, 1, 10, 10), 2, 2);
    return QIcon(pixmap);
}

bool isActivationKey(const QKeyEvent *event)
{
    return event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
}

bool isDeleteKey(const QKeyEvent *event)
{
    return event->key() == Qt::Key_Delete || event->matches(QKeySequence::Delete);
}

} // namespace

AnnotationPanel::AnnotationPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new AnnotationListModel(this))
{
    m_reviewFilter = new QComboBox(this);
    m_reviewFilter->setObjectName(QStringLiteral("reviewFilter"));
    m_reviewFilter->setAccessibleName(tr("Review filter"));
    m_reviewFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_reviewFilter->setMinimumContentsLength(8);

    m_polarityFilter = new QComboBox(this);
    m_polarityFilter->setObjectName(QStringLiteral("polarityFilter"));
    m_polarityFilter->setAccessibleName(tr("Polarity filter"));
    m_polarityFilter->addItem(tr("All"), AnyPolarity);
    m_polarityFilter->addItem(polarityName(Polarity::Praise), int(Polarity::Praise));
    m_polarityFilter->addItem(polarityName(Polarity::Criticism), int(Polarity::Criticism));

    m_tagFilter = new QComboBox(this);
    m_tagFilter->setObjectName(QStringLiteral("tagFilter"));
    m_tagFilter->setAccessibleName(tr("Tag filter"));
    m_tagFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_tagFilter->setMinimumContentsLength(6);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("annotationCount"));

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("annotationList"));
    m_view->setAccessibleName(tr("Annotations"));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(false);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setAllColumnsShowFocus(true);
    m_view->setFocusPolicy(Qt::StrongFocus);
    m_view->installEventFilter(this);

    // These run before the view's own handlers, so the current-index moves the view makes
    // while rows go away are not taken for the user's picks.
    auto modelChanging = [this] { m_modelChanging = true; };
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, modelChanging);
    connect(m_model, &QAbstractItemModel::rowsAboutToBeRemoved, this, modelChanging);
    connect(m_model, &QAbstractItemModel::rowsAboutToBeInserted, this, modelChanging);
    m_view->setModel(m_model);
    // ...and these after them, so the selection is restored once the view has settled.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_modelChanging = false;
        syncSelection();
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            m_view->scrollTo(current);
    });
    auto modelChanged = [this] {
        m_modelChanging = false;
        syncSelection();
    };
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, modelChanged);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, modelChanged);
    connect(m_model, &AnnotationListModel::countsChanged, this, &AnnotationPanel::updateCount);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { onCurrentRowChanged(current); });
    connect(m_view, &QAbstractItemView::doubleClicked, this, [this] { activateCurrentRow(); });

    QHeaderView *header = m_view->header();
    header->setStretchLastSection(true);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->resizeSection(AnnotationListModel::ReviewColumn, 110);
    header->resizeSection(AnnotationListModel::PolarityColumn, 100);
    header->resizeSection(AnnotationListModel::QuoteColumn, 240);
    header->resizeSection(AnnotationListModel::TagsColumn, 120);

    m_editor = new QGroupBox(tr("Annotation"), this);
    m_editor->setObjectName(QStringLiteral("annotationEditor"));

    m_quoteLabel = new QLabel(m_editor);
    m_quoteLabel->setObjectName(QStringLiteral("quoteLabel"));
    m_quoteLabel->setTextFormat(Qt::PlainText);
    m_quoteLabel->setWordWrap(true);
    m_quoteLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_praiseButton = new QToolButton(m_editor);
    m_praiseButton->setObjectName(QStringLiteral("praiseButton"));
    m_praiseButton->setText(polarityName(Polarity::Praise));
    m_praiseButton->setToolTip(tr("Mark as praise"));
    m_criticismButton = new QToolButton(m_editor);
    m_criticismButton->setObjectName(QStringLiteral("criticismButton"));
    m_criticismButton->setText(polarityName(Polarity::Criticism));
    m_criticismButton->setToolTip(tr("Mark as criticism"));
    auto *polarityGroup = new QButtonGroup(this);
    for (QToolButton *button : {m_praiseButton, m_criticismButton}) {
        button->setCheckable(true);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setFocusPolicy(Qt::StrongFocus);
        polarityGroup->addButton(button);
    }
    polarityGroup->setExclusive(true);
    connect(polarityGroup, qOverload<QAbstractButton *>(&QButtonGroup::buttonClicked), this, &AnnotationPanel::setPolarityFromButtons);

    m_deleteButton = new QPushButton(tr("&Delete"), m_editor);
    m_deleteButton->setObjectName(QStringLiteral("deleteAnnotationButton"));
    m_deleteButton->setToolTip(tr("Delete this annotation"));
    connect(m_deleteButton, &QPushButton::clicked, this, &AnnotationPanel::deleteCurrent);

    m_tagList = new QListWidget(m_editor);
    m_tagList->setObjectName(QStringLiteral("tagList"));
    m_tagList->setAccessibleName(tr("Tags"));
    m_tagList->setUniformItemSizes(true);
    connect(m_tagList, &QListWidget::itemChanged, this, &AnnotationPanel::onTagItemChanged);
    m_tagList->installEventFilter(this);
    auto *tagLabel = new QLabel(tr("&Tags:"), m_editor);
    tagLabel->setBuddy(m_tagList);

    m_noteEdit = new QPlainTextEdit(m_editor);
    m_noteEdit->setObjectName(QStringLiteral("noteEdit"));
    m_noteEdit->setAccessibleName(tr("Note"));
    m_noteEdit->setTabChangesFocus(true);
    // The project's undo stack is the only undo: a second, per-widget history would disagree
    // with it. Undo/redo keys are let through to the application's actions (see eventFilter).
    m_noteEdit->setUndoRedoEnabled(false);
    m_noteEdit->installEventFilter(this);
    connect(m_noteEdit, &QPlainTextEdit::textChanged, this, &AnnotationPanel::onNoteChanged);
    auto *noteLabel = new QLabel(tr("N&ote:"), m_editor);
    noteLabel->setBuddy(m_noteEdit);

    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_praiseButton);
    buttonRow->addWidget(m_criticismButton);
    buttonRow->addStretch();
    buttonRow->addWidget(m_deleteButton);

    auto *editorLayout = new QVBoxLayout(m_editor);
    editorLayout->addWidget(m_quoteLabel);
    editorLayout->addLayout(buttonRow);
    editorLayout->addWidget(tagLabel);
    editorLayout->addWidget(m_tagList, 1);
    editorLayout->addWidget(noteLabel);
    editorLayout->addWidget(m_noteEdit, 2);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("annotationSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_view);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_reviewFilter, 2);
    filterRow->addWidget(m_polarityFilter, 1);
    filterRow->addWidget(m_tagFilter, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filterRow);
    layout->addWidget(m_countLabel);
    layout->addWidget(splitter, 1);

    setTabOrder(m_reviewFilter, m_polarityFilter);
    setTabOrder(m_polarityFilter, m_tagFilter);
    setTabOrder(m_tagFilter, m_view);
    setTabOrder(m_view, m_praiseButton);
    setTabOrder(m_praiseButton, m_criticismButton);
    setTabOrder(m_criticismButton, m_deleteButton);
    setTabOrder(m_deleteButton, m_tagList);
    setTabOrder(m_tagList, m_noteEdit);

    auto filterChanged = [this] {
        if (!m_updating)
            applyFilters();
    };
    connect(m_reviewFilter, qOverload<int>(&QComboBox::currentIndexChanged), this, filterChanged);
    connect(m_polarityFilter, qOverload<int>(&QComboBox::currentIndexChanged), this, filterChanged);
    connect(m_tagFilter, qOverload<int>(&QComboBox::currentIndexChanged), this, filterChanged);

    updateIcons();
    setProject(nullptr);
}

AnnotationPanel::~AnnotationPanel() = default;

Project *AnnotationPanel::project() const
{
    return m_project;
}

void AnnotationPanel::setProject(Project *project)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    m_reviewId.clear();
    m_annotationId.clear();

    ++m_updating;
    m_polarityFilter->setCurrentIndex(0);
    m_reviewFilter->clear();
    m_tagFilter->clear();
    --m_updating;
    rebuildReviewFilter();
    rebuildTagFilter();
    rebuildTagList();
    // Filters first, on an empty model, so the new project is only scanned once.
    m_model->setProject(nullptr);
    applyFilters();
    m_model->setProject(project);

    if (project) {
        connect(project, &QObject::destroyed, this, [this] { setProject(nullptr); });
        connect(project, &Project::projectReset, this, [this] {
            // Another project (New, Open): filters and the current annotation start afresh.
            m_reviewId.clear();
            m_annotationId.clear();
            const bool polarityFiltered = m_polarityFilter->currentIndex() != 0;
            ++m_updating;
            m_polarityFilter->setCurrentIndex(0);
            --m_updating;
            rebuildReviewFilter();
            rebuildTagFilter();
            rebuildTagList();
            if (polarityFiltered)
                applyFilters();
            onAnnotationsChanged(m_reviewId);
        });
        // Item by item: importing a thousand reviews must not rebuild the combo box a thousand times.
        connect(project, &Project::reviewInserted, this, [this](int index) {
            const Review &review = m_project->review(index);
            ++m_updating;
            m_reviewFilter->insertItem(index + 1, reviewTitle(review), review.id);
            --m_updating;
        });
        connect(project, &Project::reviewMoved, this, &AnnotationPanel::rebuildReviewFilter);
        connect(project, &Project::reviewPropertiesChanged, this, [this](const QString &reviewId) {
            const int index = m_reviewFilter->findData(reviewId);
            if (const Review *review = m_project->findReview(reviewId); review && index > 0)
                m_reviewFilter->setItemText(index, reviewTitle(*review));
        });
        connect(project, &Project::reviewRemoved, this, [this](const QString &reviewId, int index) {
            const bool wasFiltered = m_reviewFilter->currentData().toString() == reviewId;
            ++m_updating;
            if (m_reviewFilter->itemData(index + 1).toString() == reviewId)
                m_reviewFilter->removeItem(index + 1);
            if (wasFiltered)
                m_reviewFilter->setCurrentIndex(0);
            --m_updating;
            if (wasFiltered)
                applyFilters();
            onAnnotationsChanged(reviewId);
        });
        connect(project, &Project::annotationsChanged, this, &AnnotationPanel::onAnnotationsChanged);
        connect(project, &Project::tagsChanged, this, [this] {
            rebuildTagFilter();
            rebuildTagList();
        });
    }
    updateEditor();
    updateCount();
}

void AnnotationPanel::setAnnotationSelection(AnnotationSelection *selection)
{
    connect(selection, &AnnotationSelection::changed, this,
            [this](const QString &reviewId, const QString &annotationId) {
                // Cleared too: the Tags menu, the actions and the editor always agree.
                if (annotationId != m_annotationId || reviewId != m_reviewId)
                    setCurrentAnnotation(reviewId, annotationId);
            });
}

void AnnotationPanel::setCurrentAnnotation(const QString &reviewId, const QString &annotationId)
{
    const Annotation *annotation = m_project ? m_project->findAnnotation(reviewId, annotationId) : nullptr;
    if (!annotation) {
        clearCurrent();
        return;
    }
    m_reviewId = reviewId;
    m_annotationId = annotationId;
    if (!m_model->indexOf(reviewId, annotationId).isValid()) {
        // Clear only the filters that hide it: the others are still what the user asked for.
        ++m_updating;
        if (!m_model->reviewFilter().isEmpty() && m_model->reviewFilter() != reviewId)
            m_reviewFilter->setCurrentIndex(0);
        if (m_model->polarityFilter() && *m_model->polarityFilter() != annotation->polarity)
            m_polarityFilter->setCurrentIndex(0);
        if (!m_model->tagFilter().isEmpty() && !annotation->tags.contains(m_model->tagFilter()))
            m_tagFilter->setCurrentIndex(0);
        --m_updating;
        applyFilters();
    }
    syncSelection();
    const QModelIndex index = m_model->indexOf(reviewId, annotationId);
    if (index.isValid())
        m_view->scrollTo(index);
    updateEditor();
}

void AnnotationPanel::focusNote()
{
    m_noteEdit->setFocus(Qt::OtherFocusReason);
}

bool AnnotationPanel::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if (type != QEvent::KeyPress && type != QEvent::ShortcutOverride)
        return QWidget::eventFilter(watched, event);
    auto *keyEvent = static_cast<QKeyEvent *>(event);

    if (keyEvent->key() == Qt::Key_Escape && keyEvent->modifiers() == Qt::NoModifier
        && (watched == m_view || watched == m_tagList || watched == m_noteEdit)) {
        // Claimed before window shortcuts, so Escape always leads back to the text from here.
        event->accept();
        if (type == QEvent::KeyPress)
            Q_EMIT textRequested();
        return true;
    }

    if (watched == m_view) {
        if (!isActivationKey(keyEvent) && !isDeleteKey(keyEvent))
            return QWidget::eventFilter(watched, event);
        if (type == QEvent::ShortcutOverride) {
            // The list's meaning of these keys wins over window-wide shortcuts while it has focus.
            event->accept();
            return true;
        }
        if (isDeleteKey(keyEvent))
            deleteCurrentRow();
        else
            activateCurrentRow();
        return true;
    }

    if (watched == m_noteEdit && type == QEvent::ShortcutOverride
        && (keyEvent->matches(QKeySequence::Undo) || keyEvent->matches(QKeySequence::Redo))) {
        // Not accepting it lets the application's Undo/Redo actions handle the keys.
        event->ignore();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void AnnotationPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        updateIcons();
    QWidget::changeEvent(event);
}

void AnnotationPanel::updateIcons()
{
    const HighlightStyle::Theme theme = HighlightStyle::themeFor(palette());
    m_praiseButton->setIcon(markerIcon(Polarity::Praise, theme));
    m_criticismButton->setIcon(markerIcon(Polarity::Criticism, theme));
}

QString AnnotationPanel::reviewTitle(const Review &review)
{
    return review.label();
}

void AnnotationPanel::rebuildReviewFilter()
{
    const QString selected = m_reviewFilter->currentData().toString();
    ++m_updating;
    m_reviewFilter->clear();
    m_reviewFilter->addItem(tr("All reviews"), QString());
    if (m_project) {
        for (const Review &review : m_project->reviews())
            m_reviewFilter->addItem(reviewTitle(review), review.id);
    }
    const int index = selected.isEmpty() ? 0 : m_reviewFilter->findData(selected);
    m_reviewFilter->setCurrentIndex(qMax(index, 0));
    --m_updating;
    if (index < 0)
        applyFilters();
}

QString AnnotationPanel::tagFilter() const
{
    return m_tagFilter->currentData().toString();
}

void AnnotationPanel::setTagFilter(const QString &tag)
{
    const int index = tag.isEmpty() ? 0 : m_tagFilter->findData(tag);
    m_tagFilter->setCurrentIndex(qMax(index, 0));
}

void AnnotationPanel::rebuildTagFilter()
{
    const QString selected = m_tagFilter->currentData().toString();
    ++m_updating;
    m_tagFilter->clear();
    m_tagFilter->addItem(tr("All tags"), QString());
    if (m_project) {
        for (const QString &tag : m_project->tags())
            m_tagFilter->addItem(tag, tag);
    }
    const int index = selected.isEmpty() ? 0 : m_tagFilter->findData(selected);
    m_tagFilter->setCurrentIndex(qMax(index, 0));
    --m_updating;
    if (index < 0)
        applyFilters();
}

void AnnotationPanel::rebuildTagList()
{
    ++m_updating;
    m_tagList->clear();
    if (m_project) {
        const QStringList tags = m_project->tags();
        for (int i = 0; i < tags.size(); ++i) {
            const QString &tag = tags.at(i);
            const QKeySequence key = TagsMenu::quickTagKey(i);
            auto *item = new QListWidgetItem(
                key.isEmpty() ? tag : tr("%1  (%2)").arg(tag, key.toString(QKeySequence::NativeText)), m_tagList);
            item->setData(Qt::UserRole, tag);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    }
    --m_updating;
    updateEditor();
}

void AnnotationPanel::applyFilters()
{
    m_model->setReviewFilter(m_reviewFilter->currentData().toString());
    const int polarity = m_polarityFilter->currentData().toInt();
    m_model->setPolarityFilter(polarity == AnyPolarity ? std::nullopt : std::optional<Polarity>(Polarity(polarity)));
    m_model->setTagFilter(m_tagFilter->currentData().toString());
}

void AnnotationPanel::updateCount()
{
    m_countLabel->setText(tr("%n annotation(s) · %1 praise · %2 criticism", nullptr, m_model->rowCount())
                              .arg(m_model->praiseCount())
                              .arg(m_model->criticismCount()));
}

void AnnotationPanel::updateEditor()
{
    const Annotation *annotation = m_project ? m_project->findAnnotation(m_reviewId, m_annotationId) : nullptr;
    ++m_updating;
    const bool hasAnnotation = annotation != nullptr;
    m_editor->setEnabled(hasAnnotation);

    m_quoteLabel->setText(annotation ? annotation->quote.left(QuotePreviewLength).simplified() : QString());

    auto *group = m_praiseButton->group();
    // An exclusive group cannot show "neither", which is right when nothing is current.
    group->setExclusive(hasAnnotation);
    m_praiseButton->setChecked(annotation && annotation->polarity == Polarity::Praise);
    m_criticismButton->setChecked(annotation && annotation->polarity == Polarity::Criticism);

    for (int i = 0; i < m_tagList->count(); ++i) {
        QListWidgetItem *item = m_tagList->item(i);
        const bool checked = annotation && annotation->tags.contains(item->data(Qt::UserRole).toString());
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }

    const QString note = annotation ? annotation->note : QString();
    // Rewriting identical text would throw the cursor to the start while the user types.
    if (m_noteEdit->toPlainText() != note) {
        const int position = m_noteEdit->textCursor().position();
        m_noteEdit->setPlainText(note);
        QTextCursor cursor = m_noteEdit->textCursor();
        cursor.setPosition(qMin(position, int(note.size())));
        m_noteEdit->setTextCursor(cursor);
    }
    --m_updating;
}

void AnnotationPanel::syncSelection()
{
    QItemSelectionModel *selection = m_view->selectionModel();
    const QModelIndex index = m_annotationId.isEmpty() ? QModelIndex() : m_model->indexOf(m_reviewId, m_annotationId);
    ++m_updating;
    if (index.isValid())
        selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    else
        selection->clear();
    --m_updating;
}

void AnnotationPanel::onCurrentRowChanged(const QModelIndex &current)
{
    if (m_updating || m_modelChanging || !current.isValid())
        return;
    const QString reviewId = current.data(AnnotationListModel::ReviewIdRole).toString();
    const QString annotationId = current.data(AnnotationListModel::AnnotationIdRole).toString();
    m_reviewId = reviewId;
    m_annotationId = annotationId;
    updateEditor();
    Q_EMIT annotationActivated(reviewId, annotationId);
}

void AnnotationPanel::onAnnotationsChanged(const QString &reviewId)
{
    if (m_annotationId.isEmpty() || reviewId != m_reviewId)
        return;
    if (m_project && m_project->findAnnotation(m_reviewId, m_annotationId))
        updateEditor();
    else
        clearCurrent();
}

void AnnotationPanel::onTagItemChanged(QListWidgetItem *item)
{
    Q_UNUSED(item)
    if (m_updating || !m_project)
        return;
    const Annotation *annotation = m_project->findAnnotation(m_reviewId, m_annotationId);
    if (!annotation)
        return;
    QStringList tags;
    for (int i = 0; i < m_tagList->count(); ++i) {
        if (m_tagList->item(i)->checkState() == Qt::Checked)
            tags.append(m_tagList->item(i)->data(Qt::UserRole).toString());
    }
    // Tags missing from the project's list (an edited file) have no checkbox; keep them.
    const QStringList known = m_project->tags();
    for (const QString &tag : annotation->tags) {
        if (!known.contains(tag))
            tags.append(tag);
    }
    m_project->setAnnotationTags(m_reviewId, m_annotationId, tags);
}

void AnnotationPanel::onNoteChanged()
{
    if (m_updating || !m_project || m_annotationId.isEmpty())
        return;
    m_project->setAnnotationNote(m_reviewId, m_annotationId, m_noteEdit->toPlainText());
}

void AnnotationPanel::setPolarityFromButtons(QAbstractButton *button)
{
    if (m_updating || !m_project || m_annotationId.isEmpty())
        return;
    m_project->setAnnotationPolarity(m_reviewId, m_annotationId,
                                     button == m_praiseButton ? Polarity::Praise : Polarity::Criticism);
}

void AnnotationPanel::activateCurrentRow()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const QString reviewId = current.data(AnnotationListModel::ReviewIdRole).toString();
    const QString annotationId = current.data(AnnotationListModel::AnnotationIdRole).toString();
    if (reviewId != m_reviewId || annotationId != m_annotationId) {
        m_reviewId = reviewId;
        m_annotationId = annotationId;
        updateEditor();
    }
    Q_EMIT annotationActivated(reviewId, annotationId);
}

void AnnotationPanel::deleteCurrent()
{
    if (m_project && !m_annotationId.isEmpty())
        m_project->removeAnnotation(m_reviewId, m_annotationId);
}

void AnnotationPanel::deleteCurrentRow()
{
    // The row under the keyboard focus, which is the current annotation unless filters hide that.
    const QModelIndex current = m_view->currentIndex();
    if (m_project && current.isValid())
        m_project->removeAnnotation(current.data(AnnotationListModel::ReviewIdRole).toString(),
                                    current.data(AnnotationListModel::AnnotationIdRole).toString());
}

void AnnotationPanel::clearCurrent()
{
    m_reviewId.clear();
    m_annotationId.clear();
    syncSelection();
    updateEditor();
}

} // namespace Revmark
