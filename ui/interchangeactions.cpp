// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchangeactions.h"

#include "actionregistry.h"
#include "interchange/csvexporter.h"
#include "interchange/qdpxexporter.h"
#include "interchange/qdpximporter.h"
#include "interchange/webannotation.h"
#include "project/project.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace Revmark {

namespace {

const QString BomKey = QStringLiteral("export/csvByteOrderMark");

QString filter(InterchangeActions::Format format)
{
    switch (format) {
    case InterchangeActions::Format::Csv:
        return InterchangeActions::tr("CSV files (*.csv)");
    case InterchangeActions::Format::WebAnnotation:
        return InterchangeActions::tr("Web Annotations (*.jsonld *.json)");
    case InterchangeActions::Format::Qdpx:
        break;
    }
    return InterchangeActions::tr("REFI-QDA projects (*.qdpx)");
}

QString suffix(InterchangeActions::Format format)
{
    switch (format) {
    case InterchangeActions::Format::Csv:
        return QStringLiteral(".csv");
    case InterchangeActions::Format::WebAnnotation:
        return QStringLiteral(".jsonld");
    case InterchangeActions::Format::Qdpx:
        break;
    }
    return QStringLiteral(".qdpx");
}

} // namespace

InterchangeActions::InterchangeActions(Project *project, ActionRegistry *actions, QWidget *window)
    : QObject(window)
    , m_project(project)
    , m_window(window)
{
    auto *exportMenu = new QMenu(tr("E&xport"), window);
    exportMenu->setObjectName(QStringLiteral("exportMenu"));
    exportMenu->menuAction()->setObjectName(QStringLiteral("menuExportAction"));
    actions->add(exportMenu->menuAction());
    auto *importMenu = new QMenu(tr("&Import"), window);
    importMenu->setObjectName(QStringLiteral("importMenu"));
    importMenu->menuAction()->setObjectName(QStringLiteral("menuImportAction"));
    actions->add(importMenu->menuAction());

    const auto add = [&](QMenu *menu, const char *id, const QString &text, Format format, bool save) {
        QAction *action = actions->create(QLatin1String(id), text);
        menu->addAction(action);
        connect(action, &QAction::triggered, this, [this, format, save] {
            const QString path = choose(format, save);
            if (path.isEmpty())
                return;
            if (save)
                exportTo(format, path);
            else
                importFrom(format, path);
        });
    };
    add(exportMenu, "actionExportCsv", tr("Annotations as &CSV…"), Format::Csv, true);
    add(exportMenu, "actionExportW3c", tr("&Web Annotations…"), Format::WebAnnotation, true);
    add(exportMenu, "actionExportQdpx", tr("&REFI-QDA Project…"), Format::Qdpx, true);
    exportMenu->addSeparator();
    m_bom = actions->create(QStringLiteral("actionCsvByteOrderMark"), tr("CSV with a &Byte Order Mark"));
    m_bom->setToolTip(tr("Start CSV files with a UTF-8 byte order mark, so that spreadsheet programs read accents"));
    m_bom->setCheckable(true);
    m_bom->setChecked(QSettings().value(BomKey, true).toBool());
    connect(m_bom, &QAction::toggled, this, [](bool on) { QSettings().setValue(BomKey, on); });
    exportMenu->addAction(m_bom);
    add(importMenu, "actionImportW3c", tr("&Web Annotations…"), Format::WebAnnotation, false);
    add(importMenu, "actionImportQdpx", tr("&REFI-QDA Project…"), Format::Qdpx, false);
}

QString InterchangeActions::choose(Format format, bool save)
{
    if (m_chooser)
        return m_chooser(format, save);
    if (!save)
        return QFileDialog::getOpenFileName(m_window, tr("Import Annotations"), QString(), filter(format));
    QString suggested = m_project ? m_project->filePath() : QString();
    suggested = suggested.isEmpty() ? QDir::home().filePath(m_project ? m_project->displayName() : QString())
                                    : QFileInfo(suggested).path() + QLatin1Char('/') + QFileInfo(suggested).completeBaseName();
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export Annotations"), suggested + suffix(format),
                                                filter(format));
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += suffix(format);
    return path;
}

bool InterchangeActions::exportTo(Format format, const QString &path)
{
    if (!m_project)
        return false;
    const ProjectData data = m_project->data();
    QString error;
    bool ok = false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    switch (format) {
    case Format::Csv: {
        CsvExporter::Options options;
        options.byteOrderMark = m_bom->isChecked();
        ok = CsvExporter::exportCsv(data, path, options, &error);
        break;
    }
    case Format::WebAnnotation:
        ok = WebAnnotation::exportFile(data, path, &error);
        break;
    case Format::Qdpx:
        ok = QdpxExporter::exportFile(data, path, &error);
        break;
    }
    QApplication::restoreOverrideCursor();
    QString message = ok ? tr("Exported to “%1”.").arg(QDir::toNativeSeparators(path)) : error;
    if (ok && format == Format::Qdpx && QdpxExporter::orphanCount(data) > 0)
        message += QLatin1Char(' ') + QdpxExporter::orphansWritten(data);
    Q_EMIT report(message, !ok);
    return ok;
}

bool InterchangeActions::importFrom(Format format, const QString &path)
{
    if (!m_project || format == Format::Csv)
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const MergeResult result = format == Format::Qdpx ? QdpxImporter::importInto(m_project, path)
                                                      : WebAnnotation::importInto(m_project, path);
    QApplication::restoreOverrideCursor();
    Q_EMIT report(result.ok ? result.report.summary() : result.error, !result.ok);
    return result.ok;
}

bool InterchangeActions::isQdpx(const QString &path)
{
    return QdpxImporter::isQdpx(path);
}

bool InterchangeActions::openQdpx(const QString &path, const std::function<void()> &newProject)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QdpxContent content = QdpxImporter::read(path);
    QApplication::restoreOverrideCursor();
    if (!content.ok) {
        Q_EMIT report(content.error, true);
        return false;
    }
    newProject();
    if (!m_project)
        return false;
    m_project->reset(content.title, {}, {});
    const MergeResult result = QdpxImporter::merge(m_project->data(), content, path);
    if (result.ok)
        m_project->addImported(result.content, tr("Open REFI-QDA Project"));
    Q_EMIT report(result.ok ? result.report.summary() : result.error, !result.ok);
    return result.ok;
}

QStringList InterchangeActions::importQdpxFiles(const QStringList &paths)
{
    QStringList others;
    for (const QString &path : paths) {
        if (QdpxImporter::isQdpx(path))
            importFrom(Format::Qdpx, path);
        else
            others.append(path);
    }
    return others;
}

} // namespace Revmark
