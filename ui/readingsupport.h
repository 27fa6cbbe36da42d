// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Revmark {

class MainWindow;

// What makes the window comfortable to live in, set up once the window's actions, menus and
// docks exist: zoom and the reading font (ZoomController, "zoomController", its actions at the
// top of the View menu), column widths remembered per project (ColumnWidths, "columnWidths"),
// action icons with bundled fallbacks (IconProvider; toolbars show text beside icons as the
// style prefers) and what screen readers are told about the columns (Accessibility,
// "accessibility").
class ReadingSupport
{
public:
    static void install(MainWindow *window);
};

} // namespace Revmark
