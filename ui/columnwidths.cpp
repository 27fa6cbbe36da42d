// SPDX-License-Identifier: GPL-3.0-or-later
#include "columnwidths.h"

#include "columns/columnsarea.h"
#include "columns/reviewcolumn.h"
#include "project/project.h"
#include "session/projectsession.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSettings>
#include <QSplitter>

namespace Revmark {

ColumnWidths::ColumnWidths(ColumnsArea *columns, ProjectSession *session, QObject *parent)
    : QObject(parent)
    , m_columns(columns)
    , m_session(session)
{
    connect(session, &ProjectSession::opened, this, &ColumnWidths::restore);
    // Save As gives an unsaved project a path: from then on its widths are kept.
    connect(session->project(), &Project::filePathChanged, this, &ColumnWidths::save);
    connect(session->project(), &Project::reviewInserted, this, &ColumnWidths::followSplitter);
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

void ColumnWidths::followSplitter()
{
    // The columns area makes a new splitter for each project.
    if (auto *splitter = m_columns ? qobject_cast<QSplitter *>(m_columns->widget()) : nullptr)
        connect(splitter, &QSplitter::splitterMoved, this, &ColumnWidths::save, Qt::UniqueConnection);
}

void ColumnWidths::save()
{
    const QString path = m_session->project()->filePath();
    auto *splitter = m_columns ? qobject_cast<QSplitter *>(m_columns->widget()) : nullptr;
    if (path.isEmpty() || !splitter)
        return;
    QSettings settings;
    QVariantMap widths = settings.value(settingsKey(path)).toMap();
    const QList<int> sizes = splitter->sizes();
    for (int i = 0; i < m_columns->columnCount() && i < sizes.size(); ++i) {
        // A hidden column has no width now; it keeps the one it had.
        if (sizes.at(i) > 0)
            widths.insert(m_columns->column(i)->reviewId(), sizes.at(i));
    }
    settings.setValue(settingsKey(path), widths);
}

void ColumnWidths::restore()
{
    followSplitter();
    const QString path = m_session->project()->filePath();
    auto *splitter = m_columns ? qobject_cast<QSplitter *>(m_columns->widget()) : nullptr;
    if (path.isEmpty() || !splitter)
        return;
    const QVariantMap widths = QSettings().value(settingsKey(path)).toMap();
    if (widths.isEmpty())
        return;
    int total = 0;
    for (const QVariant &width : widths)
        total += width.toInt();
    const int fallback = total / int(widths.size());
    QList<int> sizes;
    for (int i = 0; i < m_columns->columnCount(); ++i)
        sizes.append(widths.value(m_columns->column(i)->reviewId(), fallback).toInt());
    splitter->setSizes(sizes);
}

} // namespace Revmark
