// SPDX-License-Identifier: GPL-3.0-or-later
#include "readingsupport.h"

#include "accessibility.h"
#include "actionregistry.h"
#include "columnwidths.h"
#include "iconprovider.h"
#include "mainwindow.h"
#include "zoomcontroller.h"

#include <QAction>
#include <QMenu>
#include <QToolBar>
#include <QToolButton>

namespace Revmark {

void ReadingSupport::install(MainWindow *window)
{
    auto *zoom = new ZoomController(window->columnsArea(), window->project(), window->actions(), window);
    zoom->setObjectName(QStringLiteral("zoomController"));
    if (QMenu *view = window->viewMenu()) {
        QAction *first = view->actions().value(0);
        const QStringList ids = {QStringLiteral("actionZoomIn"), QStringLiteral("actionZoomOut"),
                                 QStringLiteral("actionActualSize")};
        view->insertActions(first, window->actions()->actions(ids));
        view->insertSeparator(first);
    }
    auto *widths = new ColumnWidths(window->columnsArea(), window->session(), window);
    widths->setObjectName(QStringLiteral("columnWidths"));

    IconProvider::applyTo(window->actions());
    const QList<QToolBar *> bars = window->findChildren<QToolBar *>();
    for (QToolBar *bar : bars) {
        // Buttons added as widgets (the Tags menu) do not follow the bar's style by themselves.
        const QList<QToolButton *> buttons = bar->findChildren<QToolButton *>(QString(), Qt::FindDirectChildrenOnly);
        for (QToolButton *button : buttons) {
            if (!button->defaultAction() && button->menu()) {
                button->setIcon(IconProvider::icon(QStringLiteral("tag")));
                button->setToolButtonStyle(Qt::ToolButtonFollowStyle);
                QObject::connect(bar, &QToolBar::toolButtonStyleChanged, button, &QToolButton::setToolButtonStyle);
            }
        }
    }

    new Accessibility(window->columnsArea(), window->project(), window->annotationSelection(), window);
}

} // namespace Revmark
