// SPDX-License-Identifier: GPL-3.0-or-later
#include "panels/consensuschartwidget.h"

#include "export/consensuschart.h"
#include "export/highlightstyle.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <cmath>

namespace Revmark {

ConsensusChartWidget::ConsensusChartWidget(QWidget *parent)
    : QWidget(parent)
{
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setAccessibleName(tr("Consensus chart"));
}

void ConsensusChartWidget::setSummary(const ConsensusSummary &summary)
{
    m_summary = summary;
    // What the bars say, for screen readers.
    QStringList rows;
    for (const ConsensusSummary::Aspect &aspect : summary.aspects)
        rows.append(tr("%1: %2 praise, %3 criticism, %4")
                        .arg(aspectName(aspect.tag), QString::number(aspect.total.praise),
                             QString::number(aspect.total.criticism), verdictName(aspect.verdict)));
    setAccessibleDescription(rows.join(QStringLiteral("; ")));
    updateGeometry();
    update();
}

int ConsensusChartWidget::aspectAt(const QPoint &point) const
{
    return ConsensusChart::aspectAt(QRectF(rect()), m_summary, font(), QPointF(point));
}

QSize ConsensusChartWidget::sizeHint() const
{
    const QSizeF size = ConsensusChart::preferredSize(m_summary, font());
    return QSize(int(std::ceil(size.width())), int(std::ceil(size.height())));
}

QSize ConsensusChartWidget::minimumSizeHint() const
{
    return QSize(sizeHint().width() / 2, sizeHint().height());
}

void ConsensusChartWidget::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    painter.setFont(font());
    ConsensusChart::paint(&painter, QRectF(rect()), m_summary,
                          HighlightStyle::themeFor(palette()) == HighlightStyle::Theme::Dark);
}

void ConsensusChartWidget::mousePressEvent(QMouseEvent *event)
{
    const int aspect = aspectAt(event->pos());
    if (aspect >= 0 && event->button() == Qt::LeftButton)
        Q_EMIT aspectClicked(aspect);
    QWidget::mousePressEvent(event);
}

bool ConsensusChartWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int aspect = aspectAt(help->pos());
        if (aspect < 0) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const ConsensusSummary::Aspect &a = m_summary.aspects.at(aspect);
        QString text = tr("%1: %2 praise, %3 criticism — %4")
                           .arg(aspectName(a.tag), QString::number(a.total.praise),
                                QString::number(a.total.criticism), verdictName(a.verdict));
        // Over a segment: whose it is, since the stack tells reviews apart by outline only.
        const int review = ConsensusChart::reviewAt(QRectF(rect()), m_summary, font(), QPointF(help->pos()));
        if (review >= 0) {
            const ConsensusSummary::ReviewEntry &entry = m_summary.reviews.at(review);
            const QString name = !entry.author.isEmpty() ? entry.author
                : !entry.outlet.isEmpty()                ? entry.outlet
                : !entry.title.isEmpty()                 ? entry.title
                                                         : tr("Review %1").arg(entry.index);
            const Tally &cell = a.cells.at(review);
            text += QLatin1Char('\n')
                + tr("%1: %2 praise, %3 criticism")
                      .arg(name, QString::number(cell.praise), QString::number(cell.criticism));
        }
        QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace Revmark
