// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace Revmark {

class ActionRegistry;
class Project;

// File › Export and File › Import: annotations to and from other tools. Registers in the
// window's ActionRegistry "actionExportCsv" (Annotations as CSV…), "actionCsvByteOrderMark"
// (checkable, default on, stored as export/csvByteOrderMark), "actionExportW3c" (Web
// Annotations…), "actionExportQdpx" (REFI-QDA Project…), "actionImportW3c" and
// "actionImportQdpx", and the two submenus' menu actions "menuExportAction" and
// "menuImportAction" (menus "exportMenu", "importMenu") for the File menu. Each import is one
// undo step; failures leave the project as it was and are reported, with the file and the reason.
class InterchangeActions : public QObject
{
    Q_OBJECT

public:
    enum class Format { Csv, WebAnnotation, Qdpx };

    InterchangeActions(Project *project, ActionRegistry *actions, QWidget *window);

    // Returns whether the file was written / the import succeeded; reports either way.
    bool exportTo(Format format, const QString &path);
    bool importFrom(Format format, const QString &path);
    // Imports the .qdpx files among paths (each one undo step) and returns the other paths:
    // MainWindow::addReviewFiles() hands files opened, dropped or named on the command line here.
    QStringList importQdpxFiles(const QStringList &paths);
    // File › Open of a .qdpx: reads it, and only when it can be read calls newProject (which
    // replaces the window's project with a new, empty one) and imports it there as one undo step,
    // tags being exactly its codes. On failure reports why and leaves the project alone.
    bool openQdpx(const QString &path, const std::function<void()> &newProject);
    static bool isQdpx(const QString &path);

    // Asks for a file: to save to (save) or to read. The default shows a QFileDialog; tests set
    // their own. An empty result cancels.
    using FileChooser = std::function<QString(Format format, bool save)>;
    void setFileChooser(FileChooser chooser) { m_chooser = std::move(chooser); }

Q_SIGNALS:
    // What happened, for the status bar (isError false) or a message box (isError true).
    void report(const QString &text, bool isError);

private:
    QString choose(Format format, bool save);

    QPointer<Project> m_project;
    QWidget *m_window;
    QAction *m_bom;
    FileChooser m_chooser;
};

} // namespace Revmark
