// SPDX-License-Identifier: GPL-3.0-or-later
// Action icons: every toolbar action has one, and the bundled fallbacks load without a theme.
#include "actionregistry.h"
#include "iconprovider.h"
#include "mainwindow.h"
#include "project/project.h"
#include "model/qtcompat.h"

#include <QAction>
#include <QFile>
#include <QImage>
#include <QSettings>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QWidgetAction>

using namespace Revmark;

namespace {

// Pixels of the image within a small distance of colour.
int pixelsNear(const QImage &image, const QColor &colour)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.alpha() > 200 && qAbs(c.red() - colour.red()) < 40 && qAbs(c.green() - colour.green()) < 40
                && qAbs(c.blue() - colour.blue()) < 40)
                ++count;
        }
    }
    return count;
}

int opaquePixels(const QImage &image)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            count += image.pixelColor(x, y).alpha() > 100 ? 1 : 0;
    }
    return count;
}

} // namespace

class TestIconProvider : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fallbacksLoadWithoutATheme_data();
    void fallbacksLoadWithoutATheme();
    void polarityIconsCarryTheirCues();
    void everyToolbarActionHasAnIcon();
    void toolbarsFollowTheStyle();
    void actionsRegisteredLaterGetTheirIcon();
};

void TestIconProvider::initTestCase()
{
    // No theme at all, as on a desktop without one (or a sandbox that hides it).
    QIcon::setThemeSearchPaths({});
    QIcon::setThemeName(QString());
    QSettings().clear();
}

void TestIconProvider::fallbacksLoadWithoutATheme_data()
{
    QTest::addColumn<QString>("actionId");
    const QStringList ids = IconProvider::actionIds();
    for (const QString &id : ids)
        QTest::newRow(qPrintable(id)) << id;
}

void TestIconProvider::fallbacksLoadWithoutATheme()
{
    QFETCH(QString, actionId);
    const QString name = IconProvider::iconNameFor(actionId);
    QVERIFY(!name.isEmpty());
    QVERIFY2(QFile::exists(IconProvider::fallbackPath(name)), qPrintable(IconProvider::fallbackPath(name)));
    const QIcon icon = IconProvider::icon(name);
    QVERIFY(!icon.isNull());
    const QImage image = icon.pixmap(24, 24).toImage();
    QVERIFY(!image.isNull());
    // Drawn, not an empty square.
    QVERIFY2(opaquePixels(image) > 20, qPrintable(name));
}

void TestIconProvider::polarityIconsCarryTheirCues()
{
    const QImage praise = IconProvider::icon(QStringLiteral("revmark-praise")).pixmap(48, 48).toImage();
    const QImage criticism = IconProvider::icon(QStringLiteral("revmark-criticism")).pixmap(48, 48).toImage();
    const QColor praiseLine(0x00, 0x72, 0xb2);
    const QColor criticismLine(0xd5, 0x5e, 0x00);
    QVERIFY(pixelsNear(praise, praiseLine) > 20);
    QCOMPARE(pixelsNear(praise, criticismLine), 0);
    QVERIFY(pixelsNear(criticism, criticismLine) > 20);
    QCOMPARE(pixelsNear(criticism, praiseLine), 0);

    // The underline: praise's a straight row of line colour, criticism's a wave that no single
    // row holds.
    const auto longestRun = [](const QImage &image, const QColor &colour) {
        int best = 0;
        for (int y = image.height() * 3 / 4; y < image.height(); ++y) {
            int run = 0;
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                const bool near = c.alpha() > 200 && qAbs(c.red() - colour.red()) < 40
                    && qAbs(c.blue() - colour.blue()) < 40;
                run = near ? run + 1 : 0;
                best = qMax(best, run);
            }
        }
        return best;
    };
    QVERIFY(longestRun(praise, praiseLine) > 30);
    QVERIFY(longestRun(criticism, criticismLine) < 20);
}

void TestIconProvider::everyToolbarActionHasAnIcon()
{
    MainWindow window;
    window.show();
    const QList<QToolBar *> bars = window.findChildren<QToolBar *>();
    QVERIFY(bars.size() >= 2);
    int checked = 0;
    for (QToolBar *bar : bars) {
        const QList<QAction *> actions = bar->actions();
        for (QAction *action : actions) {
            if (action->isSeparator())
                continue;
            ++checked;
            if (auto *widgetAction = qobject_cast<QWidgetAction *>(action)) {
                auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(widgetAction));
                QVERIFY(button);
                QVERIFY2(!button->icon().isNull(), qPrintable(button->text()));
            } else {
                QVERIFY2(!action->icon().isNull(), qPrintable(action->objectName()));
            }
        }
    }
    QVERIFY(checked >= 7);
    window.project()->undoStack()->setClean();
}

void TestIconProvider::toolbarsFollowTheStyle()
{
    MainWindow window;
    const QList<QToolBar *> bars = window.findChildren<QToolBar *>();
    for (QToolBar *bar : bars)
        QCOMPARE(bar->toolButtonStyle(), Qt::ToolButtonFollowStyle);
    // The text stays on the action: tooltips and screen readers have it even when only the icon shows.
    QAction *praise = window.actions()->action(QStringLiteral("actionPraise"));
    QVERIFY(!praise->text().isEmpty());
    QVERIFY(!praise->icon().isNull());
}

void TestIconProvider::actionsRegisteredLaterGetTheirIcon()
{
    QWidget window;
    ActionRegistry registry(&window);
    IconProvider::applyTo(&registry);
    QAction *find = registry.create(QStringLiteral("actionFind"), QStringLiteral("Find"));
    QAction *other = registry.create(QStringLiteral("actionWithoutIcon"), QStringLiteral("Other"));
    QVERIFY(!find->icon().isNull());
    QVERIFY(other->icon().isNull());
}

QTEST_MAIN(TestIconProvider)
#include "tst_iconprovider.moc"
