// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

namespace Revmark {

class ColumnsArea;
class ProjectSession;

// Remembers the widths the user gives the review columns by dragging the handles between them,
// per project and per review: in the settings under settingsKey() ("columnWidths/<SHA-1 of the
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

private:
    void followSplitter();

    QPointer<ColumnsArea> m_columns;
    ProjectSession *m_session;
};

} // namespace Revmark
