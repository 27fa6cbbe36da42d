// SPDX-License-Identifier: GPL-3.0-or-later
#include "zoomcontroller.h"

#include "actionregistry.h"
#include "columns/columnsarea.h"
#include "columns/reviewcolumn.h"
#include "columns/reviewview.h"
#include "project/project.h"

#include <QAction>
#include <QApplication>
#include <QSettings>
#include <QWheelEvent>

#include <algorithm>

namespace Revmark {

ZoomController::ZoomController(ColumnsArea *columns, Project *project, ActionRegistry *registry, QObject *parent)
    : QObject(parent)
    , m_columns(columns)
{
    m_zoomIn = registry->create(QStringLiteral("actionZoomIn"), tr("Zoom &In"),
                                {QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    m_zoomOut = registry->create(QStringLiteral("actionZoomOut"), tr("Zoom &Out"), {QKeySequence::ZoomOut});
    m_actualSize = registry->create(QStringLiteral("actionActualSize"), tr("&Actual Size"),
                                    {QKeySequence(Qt::CTRL | Qt::Key_0)});
    connect(m_zoomIn, &QAction::triggered, this, &ZoomController::zoomIn);
    connect(m_zoomOut, &QAction::triggered, this, &ZoomController::zoomOut);
    connect(m_actualSize, &QAction::triggered, this, [this] { setZoom(100); });
    // Preferences runs modally inside its action's triggered(): by the time this connection
    // runs, an accepted dialog has stored the reading font.
    if (registry->contains(QStringLiteral("actionPreferences")))
        connect(registry->action(QStringLiteral("actionPreferences")), &QAction::triggered, this,
                &ZoomController::reloadSettings);

    // Connected after the columns area's own handlers, so the columns exist when these run.
    connect(project, &Project::projectReset, this, &ZoomController::apply);
    connect(project, &Project::reviewInserted, this, [this](int index) {
        if (ReviewColumn *column = m_columns && index < m_columns->columnCount() ? m_columns->builtColumn(index) : nullptr)
            applyTo(column);
    });
    connect(columns, &ColumnsArea::projectChanged, this, &ZoomController::apply);
    // Columns out of sight are built later (ColumnsArea): each gets the font when it is.
    connect(columns, &ColumnsArea::columnBuilt, this, [this](ReviewColumn *column) { applyTo(column); });
    reloadSettings();
}

QList<int> ZoomController::zoomLevels()
{
    return {50, 67, 80, 90, 100, 110, 125, 150, 175, 200, 250, 300};
}

QString ZoomController::zoomKey()
{
    return QStringLiteral("view/zoom");
}

QString ZoomController::readingFontKey()
{
    return QStringLiteral("view/readingFont");
}

QString ZoomController::readingFontSizeKey()
{
    return QStringLiteral("view/readingFontSize");
}

QFont ZoomController::readingFontFromSettings()
{
    const QSettings settings;
    const QString face = settings.value(readingFontKey()).toString();
    const double size = settings.value(readingFontSizeKey(), 0).toDouble();
    QFont font = QApplication::font();
    // Generic names that fontconfig and the other platforms resolve to the system's choice.
    if (face == QLatin1String("serif")) {
        font.setFamily(QStringLiteral("serif"));
        font.setStyleHint(QFont::Serif);
    } else if (face == QLatin1String("sans")) {
        font.setFamily(QStringLiteral("sans-serif"));
        font.setStyleHint(QFont::SansSerif);
    }
    // The system's size is meant for menus; text read for hours gets a little more.
    font.setPointSizeF(size > 0 ? size : QApplication::font().pointSizeF() * 1.15);
    return font;
}

void ZoomController::reloadSettings()
{
    m_readingFont = readingFontFromSettings();
    const int stored = QSettings().value(zoomKey(), 100).toInt();
    m_zoom = std::clamp(stored, zoomLevels().constFirst(), zoomLevels().constLast());
    apply();
    updateActions();
}

void ZoomController::setZoom(int percent)
{
    percent = std::clamp(percent, zoomLevels().constFirst(), zoomLevels().constLast());
    if (percent == m_zoom)
        return;
    m_zoom = percent;
    QSettings().setValue(zoomKey(), percent);
    apply();
    updateActions();
    Q_EMIT zoomChanged(percent);
}

void ZoomController::zoomIn()
{
    const QList<int> levels = zoomLevels();
    const auto next = std::upper_bound(levels.cbegin(), levels.cend(), m_zoom);
    if (next != levels.cend())
        setZoom(*next);
}

void ZoomController::zoomOut()
{
    const QList<int> levels = zoomLevels();
    const auto next = std::lower_bound(levels.cbegin(), levels.cend(), m_zoom);
    if (next != levels.cbegin())
        setZoom(*(next - 1));
}

QFont ZoomController::textFont() const
{
    QFont font = m_readingFont;
    font.setPointSizeF(m_readingFont.pointSizeF() * m_zoom / 100.0);
    return font;
}

void ZoomController::apply()
{
    if (!m_columns)
        return;
    for (int i = 0; i < m_columns->columnCount(); ++i) {
        if (ReviewColumn *column = m_columns->builtColumn(i))
            applyTo(column);
    }
}

void ZoomController::applyTo(ReviewColumn *column)
{
    const QFont font = textFont();
    ReviewView *view = column->textView();
    if (view->font() != font || !view->testAttribute(Qt::WA_SetFont))
        view->setFont(font);
    // Installing again only moves the filter to the front; there is never a second copy.
    column->installEventFilter(this);
    view->viewport()->installEventFilter(this);
}

void ZoomController::updateActions()
{
    m_zoomIn->setEnabled(m_zoom < zoomLevels().constLast());
    m_zoomOut->setEnabled(m_zoom > zoomLevels().constFirst());
    m_actualSize->setEnabled(m_zoom != 100);
}

bool ZoomController::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Wheel) {
        auto *wheel = static_cast<QWheelEvent *>(event);
        if (wheel->modifiers() & Qt::ControlModifier) {
            // One step per notch; the fine steps of a touchpad add up to notches.
            m_pendingWheel += wheel->angleDelta().y();
            while (m_pendingWheel >= 120) {
                zoomIn();
                m_pendingWheel -= 120;
            }
            while (m_pendingWheel <= -120) {
                zoomOut();
                m_pendingWheel += 120;
            }
            wheel->accept();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Revmark
