// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QSplitter;

namespace Revmark {

class ColumnsArea;
class ProjectSession;

// The widths of the review columns. Dragging the handle right of a column sets that column's
// width (at least 160 px); the other columns keep theirs and the area scrolls sideways when they
// no longer fit. The widths are remembered per project and per review: in the settings under settingsKey() ("columnWidths/<SHA-1 of the
// project's canonical path>", a map of review id to width in pixels), restored when that project
// is opened again. Unsaved projects are not remembered until they are saved. The widths are
// view state on this computer, never part of the project file.
class ColumnWidths : public QObject
{
    Q_OBJECT

public:
    ColumnWidths(ColumnsArea *columns, ProjectSession *session, QObject *parent);

    static QString settingsKey(const QString &projectPath);
    // Stores the current widths (called after each drag).
    void save();
    // Gives the columns the widths stored for the current project.
    void restore();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QSplitter *splitter() const;
    // Watches the handles of the columns: all, or those next to the column inserted at index inserted.
    void followSplitter(int inserted = -1);
    // Gives each column its width (also as its minimum, so the others keep theirs).
    void apply(const QList<int> &sizes);
    void saveSizes(const QList<int> &sizes);

    QPointer<ColumnsArea> m_columns;
    ProjectSession *m_session;
    bool m_setByHand = false; // the current project's widths were dragged or restored
    int m_dragStartX = 0;
    QList<int> m_appliedSizes;
    QList<int> m_dragSizes; // the widths when the drag began; empty when not dragging
};

} // namespace Revmark
