// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QObject>
#include <QPointer>

class QAction;

namespace Revmark {

class ActionRegistry;
class ColumnsArea;
class Project;
class ReviewColumn;

// The size and face of the review text in every column at once: View › Zoom In
// ("actionZoomIn", Ctrl++ and Ctrl+=), Zoom Out ("actionZoomOut", Ctrl+-), Actual Size
// ("actionActualSize", Ctrl+0) and Ctrl+wheel over any column step through zoomLevels(); the
// level is remembered under zoomKey() ("view/zoom", percent). The reading font chosen in
// Preferences (readingFontFromSettings()) is the face at 100 %. Columns of reviews added later
// and of projects opened later get the same font. Only the screen: the PDF and print keep their
// own typography.
class ZoomController : public QObject
{
    Q_OBJECT

public:
    // Registers its actions in registry; follows project's reviews in columns.
    ZoomController(ColumnsArea *columns, Project *project, ActionRegistry *registry, QObject *parent);

    int zoom() const { return m_zoom; }
    // Clamped to the range of zoomLevels(); stored in the settings.
    void setZoom(int percent);
    void zoomIn();
    void zoomOut();
    // The font each review view gets: the reading font scaled by the zoom.
    QFont textFont() const;
    // Reads the reading font and zoom from the settings again (after Preferences).
    void reloadSettings();

    static QList<int> zoomLevels();
    static QString zoomKey();
    // "view/readingFont": "" (the system's font), "serif" or "sans".
    static QString readingFontKey();
    // "view/readingFontSize": points; 0 for the system's size, a little enlarged.
    static QString readingFontSizeKey();
    static QFont readingFontFromSettings();

Q_SIGNALS:
    void zoomChanged(int percent);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void apply();
    void applyTo(ReviewColumn *column);
    void updateActions();

    QPointer<ColumnsArea> m_columns;
    QFont m_readingFont;
    int m_zoom = 100;
    int m_pendingWheel = 0; // Ctrl+wheel angle not yet a whole step
    QAction *m_zoomIn;
    QAction *m_zoomOut;
    QAction *m_actualSize;
};

} // namespace Revmark
