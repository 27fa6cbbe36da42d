// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compare/consensus.h"

#include <QWidget>

namespace Revmark {

// The consensus chart (export/consensuschart.h) on screen, in the palette's light or dark
// form. Clicking an aspect's row emits aspectClicked; its tooltip names the aspect, its counts
// and its verdict, and over a bar's segment the review the segment stands for.
class ConsensusChartWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ConsensusChartWidget(QWidget *parent = nullptr);

    void setSummary(const ConsensusSummary &summary);
    const ConsensusSummary &summary() const { return m_summary; }
    // The aspect (index into summary().aspects) under a point of the widget, or -1.
    int aspectAt(const QPoint &point) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void aspectClicked(int aspect);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    ConsensusSummary m_summary;
};

} // namespace Revmark
