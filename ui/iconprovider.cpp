// SPDX-License-Identifier: GPL-3.0-or-later
#include "iconprovider.h"

#include "actionregistry.h"

#include <QAction>
#include <QFile>
#include <QHash>

// Resources of a static library must be registered by hand, and only outside a namespace.
static void initIconResources()
{
    Q_INIT_RESOURCE(icons);
}

namespace Revmark {

namespace {

const QHash<QString, QString> &iconNames()
{
    // freedesktop names where the Icon Naming Specification (or every common theme) has one;
    // "revmark-…" for what only Revmark draws.
    static const QHash<QString, QString> names = {
        {QStringLiteral("actionNew"), QStringLiteral("document-new")},
        {QStringLiteral("actionOpen"), QStringLiteral("document-open")},
        {QStringLiteral("actionSave"), QStringLiteral("document-save")},
        {QStringLiteral("actionSaveAs"), QStringLiteral("document-save-as")},
        {QStringLiteral("actionRecover"), QStringLiteral("document-revert")},
        {QStringLiteral("actionAddReviews"), QStringLiteral("list-add")},
        {QStringLiteral("actionExportPdf"), QStringLiteral("document-export")},
        {QStringLiteral("actionPrint"), QStringLiteral("document-print")},
        {QStringLiteral("actionPrintPreview"), QStringLiteral("document-print-preview")},
        {QStringLiteral("actionQuit"), QStringLiteral("application-exit")},
        {QStringLiteral("actionUndo"), QStringLiteral("edit-undo")},
        {QStringLiteral("actionRedo"), QStringLiteral("edit-redo")},
        {QStringLiteral("actionFind"), QStringLiteral("edit-find")},
        {QStringLiteral("actionFindNext"), QStringLiteral("go-down")},
        {QStringLiteral("actionFindPrevious"), QStringLiteral("go-up")},
        {QStringLiteral("actionEditTags"), QStringLiteral("tag")},
        {QStringLiteral("actionPreferences"), QStringLiteral("preferences-system")},
        {QStringLiteral("actionAbout"), QStringLiteral("help-about")},
        {QStringLiteral("actionZoomIn"), QStringLiteral("zoom-in")},
        {QStringLiteral("actionZoomOut"), QStringLiteral("zoom-out")},
        {QStringLiteral("actionActualSize"), QStringLiteral("zoom-original")},
        {QStringLiteral("actionFocusMode"), QStringLiteral("view-fullscreen")},
        {QStringLiteral("actionSyncScroll"), QStringLiteral("revmark-sync-scroll")},
        {QStringLiteral("actionNextColumn"), QStringLiteral("go-next")},
        {QStringLiteral("actionPreviousColumn"), QStringLiteral("go-previous")},
        {QStringLiteral("actionReviewProperties"), QStringLiteral("document-properties")},
        {QStringLiteral("actionReimportSource"), QStringLiteral("view-refresh")},
        {QStringLiteral("actionShowSource"), QStringLiteral("text-x-generic")},
        {QStringLiteral("actionHideColumn"), QStringLiteral("view-hidden")},
        {QStringLiteral("actionRemoveReview"), QStringLiteral("list-remove")},
        {QStringLiteral("actionPraise"), QStringLiteral("revmark-praise")},
        {QStringLiteral("actionCriticism"), QStringLiteral("revmark-criticism")},
        {QStringLiteral("actionNote"), QStringLiteral("document-edit")},
        {QStringLiteral("actionDeleteAnnotation"), QStringLiteral("edit-delete")},
        {QStringLiteral("showCuesAction"), QStringLiteral("format-text-color")},
        {QStringLiteral("actionSuggest"), QStringLiteral("tools-check-spelling")},
    };
    return names;
}

} // namespace

QString IconProvider::fallbackPath(const QString &name)
{
    return QStringLiteral(":/revmark/icons/%1.svg").arg(name);
}

QIcon IconProvider::icon(const QString &name)
{
    initIconResources();
    const QString fallback = fallbackPath(name);
    if (!QFile::exists(fallback))
        return QIcon::fromTheme(name);
    // Revmark's own icons say what a theme's same-named icon could not (the polarity's cues).
    if (name.startsWith(QLatin1String("revmark-")))
        return QIcon(fallback);
    return QIcon::fromTheme(name, QIcon(fallback));
}

QString IconProvider::iconNameFor(const QString &actionId)
{
    return iconNames().value(actionId);
}

QStringList IconProvider::actionIds()
{
    return iconNames().keys();
}

bool IconProvider::applyTo(QAction *action)
{
    const QString name = iconNameFor(action->objectName());
    if (name.isEmpty())
        return false;
    action->setIcon(icon(name));
    return true;
}

void IconProvider::applyTo(ActionRegistry *registry)
{
    for (QAction *action : registry->actions(registry->ids()))
        applyTo(action);
    QObject::connect(registry, &ActionRegistry::actionAdded, registry, [](QAction *action) { applyTo(action); });
}

} // namespace Revmark
