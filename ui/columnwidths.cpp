// SPDX-License-Identifier: GPL-3.0-or-later
#include "columnwidths.h"

#include "columns/columnsarea.h"
#include "columns/reviewcolumn.h"
#include "project/project.h"
#include "session/projectsession.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSettings>
#include <QMouseEvent>
#include <QSplitter>

#include <algorithm>

namespace Revmark {

namespace {

// Narrower than this, a column of text is a list of single words.
constexpr int MinimumWidth = 160;

// Where the pointer is on the screen: the handle itself moves while it is dragged.
int globalX(const QObject *handle, const QMouseEvent *event)
{
    return static_cast<const QWidget *>(handle)->mapToGlobal(event->pos()).x();
}

} // namespace

ColumnWidths::ColumnWidths(ColumnsArea *columns, ProjectSession *session, QObject *parent)
    : QObject(parent)
    , m_columns(columns)
    , m_session(session)
{
    connect(session, &ProjectSession::opened, this, &ColumnWidths::restore);
    // Save As gives a project a new path: widths set by hand go with it. Opening a project sets
    // its path too, after the reset, when nothing has been set by hand yet.
    connect(session->project(), &Project::projectReset, this, [this] { m_setByHand = false; });
    connect(session->project(), &Project::filePathChanged, this, [this] {
        if (m_setByHand)
            save();
    });
    connect(session->project(), &Project::reviewInserted, this, &ColumnWidths::followSplitter);
    // A column moves with its handle: the first column's, never watched, may now be in use.
    connect(session->project(), &Project::reviewMoved, this, [this] { followSplitter(); });
    followSplitter();
}

QString ColumnWidths::settingsKey(const QString &projectPath)
{
    // Hashed: a path's slashes would become settings groups.
    const QFileInfo info(projectPath);
    const QString path = info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
    return QStringLiteral("columnWidths/")
        + QString::fromLatin1(QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha1).toHex());
}

QSplitter *ColumnWidths::splitter() const
{
    return m_columns ? qobject_cast<QSplitter *>(m_columns->widget()) : nullptr;
}

void ColumnWidths::followSplitter(int inserted)
{
    // The columns area makes a new splitter for each project, and a handle for each column. A
    // column inserted at the front turns the first handle, never used before, into a used one.
    QSplitter *splitter = this->splitter();
    const int from = inserted < 0 ? 1 : std::max(1, inserted);
    const int to = inserted < 0 ? (splitter ? splitter->count() : 0) : inserted + 2;
    for (int i = from; splitter && i < to && i < splitter->count(); ++i)
        splitter->handle(i)->installEventFilter(this);
}

bool ColumnWidths::eventFilter(QObject *watched, QEvent *event)
{
    // The splitter alone would only trade width between two neighbours, and not at all once
    // every column is at its minimum (many columns, scrolled sideways). Here a drag sets the
    // width of the column left of the handle; the others keep theirs and the area scrolls.
    // Only the mouse matters here. Other events (hide, child removed) also reach the handles
    // while the columns area is being destroyed, when it may no longer be asked anything.
    const QEvent::Type type = event->type();
    if (type != QEvent::MouseButtonPress && type != QEvent::MouseMove && type != QEvent::MouseButtonRelease)
        return QObject::eventFilter(watched, event);
    QSplitter *splitter = this->splitter();
    const int handle = splitter ? splitter->indexOf(qobject_cast<QWidget *>(watched)) : -1;
    if (handle < 1 || watched == splitter->widget(handle))
        return QObject::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::MouseButtonPress: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() != Qt::LeftButton)
            return false;
        m_dragStartX = globalX(watched, mouse);
        m_dragSizes = splitter->sizes();
        return true;
    }
    case QEvent::MouseMove: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        if (!(mouse->buttons() & Qt::LeftButton) || m_dragSizes.size() != splitter->count())
            return false;
        QList<int> sizes = m_dragSizes;
        sizes[handle - 1] = std::max(MinimumWidth, m_dragSizes.at(handle - 1) + globalX(watched, mouse) - m_dragStartX);
        apply(sizes);
        return true;
    }
    case QEvent::MouseButtonRelease:
        if (m_dragSizes.isEmpty())
            return false;
        m_dragSizes.clear();
        m_setByHand = true;
        // The splitter lays the new widths out later; what was asked for is what counts.
        saveSizes(m_appliedSizes);
        return true;
    default:
        return false;
    }
}

void ColumnWidths::apply(const QList<int> &sizes)
{
    QSplitter *splitter = this->splitter();
    for (int i = 0; i < m_columns->columnCount() && i < sizes.size(); ++i) {
        // The splitter's widget: a column, or the placeholder of one not built yet.
        if (sizes.at(i) > 0)
            splitter->widget(i)->setMinimumWidth(sizes.at(i));
    }
    splitter->setSizes(sizes);
    m_appliedSizes = sizes;
}

void ColumnWidths::save()
{
    if (QSplitter *splitter = this->splitter())
        saveSizes(splitter->sizes());
}

void ColumnWidths::saveSizes(const QList<int> &sizes)
{
    const QString path = m_session->project()->filePath();
    if (path.isEmpty() || !m_columns)
        return;
    QSettings settings;
    QVariantMap widths = settings.value(settingsKey(path)).toMap();
    for (int i = 0; i < m_columns->columnCount() && i < sizes.size(); ++i) {
        // A hidden column has no width now; it keeps the one it had.
        if (sizes.at(i) > 0)
            widths.insert(m_columns->reviewIdAt(i), sizes.at(i));
    }
    settings.setValue(settingsKey(path), widths);
}

void ColumnWidths::restore()
{
    followSplitter();
    const QString path = m_session->project()->filePath();
    if (path.isEmpty() || !splitter())
        return;
    const QVariantMap widths = QSettings().value(settingsKey(path)).toMap();
    if (widths.isEmpty())
        return;
    m_setByHand = true;
    int total = 0;
    for (const QVariant &width : widths)
        total += width.toInt();
    const int fallback = total / int(widths.size());
    QList<int> sizes;
    for (int i = 0; i < m_columns->columnCount(); ++i)
        sizes.append(std::max(MinimumWidth, widths.value(m_columns->reviewIdAt(i), fallback).toInt()));
    apply(sizes);
}

} // namespace Revmark
