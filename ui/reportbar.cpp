// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportbar.h"

#include "model/qtcompat.h"
#include "session/projectsession.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

namespace Revmark {

ReportBar::ReportBar(QUndoStack *undoStack, QWidget *parent)
    : QFrame(parent)
    , m_undoStack(undoStack)
    , m_text(new QLabel(this))
    , m_undo(new QPushButton(tr("Undo"), this))
    , m_orphans(new QPushButton(tr("Show Orphans"), this))
{
    setObjectName(QStringLiteral("sourceReportBar"));
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::ToolTipBase);
    setAutoFillBackground(true);
    m_text->setObjectName(QStringLiteral("sourceReportText"));
    m_text->setWordWrap(true);
    m_text->setForegroundRole(QPalette::ToolTipText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_undo->setObjectName(QStringLiteral("sourceReportUndo"));
    m_orphans->setObjectName(QStringLiteral("sourceReportShowOrphans"));
    auto *close = new QToolButton(this);
    close->setObjectName(QStringLiteral("sourceReportClose"));
    close->setText(QStringLiteral("✕"));
    close->setToolTip(tr("Close"));
    close->setAutoRaise(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 4, 4, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_undo);
    layout->addWidget(m_orphans);
    layout->addWidget(close);
    hide();
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    connect(m_undo, &QPushButton::clicked, this, [this] {
        if (m_undoStack && m_undoStack->index() == m_index)
            m_undoStack->undo();
        hide();
    });
    connect(m_orphans, &QPushButton::clicked, this, [this] { Q_EMIT showOrphansRequested(m_reviewId); });
    connect(undoStack, &QUndoStack::indexChanged, this, [this](int index) {
        // Once undone (by any means), a later edit may take its index: that is not it.
        if (index < m_index)
            m_index = -1;
        m_undo->setEnabled(m_index >= 0 && index == m_index);
    });
}

void ReportBar::showReimport(const ReimportResult &result)
{
    m_reviewId = result.reviewId;
    m_index = result.changed ? result.undoIndex : -1;
    m_text->setText(result.message);
    m_undo->setVisible(result.changed);
    m_undo->setEnabled(result.changed);
    m_orphans->setVisible(result.ok && result.hasOrphans);
    show();
}

} // namespace Revmark
