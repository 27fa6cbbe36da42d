// SPDX-License-Identifier: GPL-3.0-or-later
#include "statussummary.h"

#include "project/project.h"
#include "session/projectsession.h"

#include <QFileInfo>
#include <QLocale>

namespace Revmark {

StatusSummary::StatusSummary(ProjectSession *session, QWidget *parent)
    : QLabel(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("statusSummary"));
    Project *project = session->project();
    const auto changed = [this] { refresh(); };
    connect(session, &ProjectSession::stateChanged, this, changed);
    connect(project, &Project::projectReset, this, changed);
    connect(project, &Project::reviewInserted, this, changed);
    connect(project, &Project::reviewRemoved, this, changed);
    connect(project, &Project::annotationsChanged, this, changed);
    connect(project, &Project::modifiedChanged, this, changed);
    refresh();
}

void StatusSummary::refresh()
{
    const Project *project = m_session->project();
    int praise = 0;
    int criticism = 0;
    for (const Review &review : project->reviews()) {
        praise += review.countOf(Polarity::Praise);
        criticism += review.countOf(Polarity::Criticism);
    }
    //: Status bar: "3 reviews · 24 annotations: 13 praise, 11 criticism"
    QString text = tr("%1 · %2").arg(tr("%n review(s)", nullptr, project->reviewCount()),
                                      tr("%n annotation(s): %1 praise, %2 criticism", nullptr, praise + criticism)
                                          .arg(praise)
                                          .arg(criticism));
    const QDateTime savedAt = m_session->savedAt();
    const QDateTime autosavedAt = m_session->autosavedAt();
    if (savedAt.isValid() && !project->filePath().isEmpty())
        text = tr("%1 · saved %2").arg(text, QLocale().toString(savedAt.time(), QLocale::ShortFormat));
    if (autosavedAt.isValid() && project->isModified())
        text = tr("%1 · autosaved %2").arg(text, QLocale().toString(autosavedAt.time(), QLocale::ShortFormat));
    setText(text);
}

ReadOnlyNotice::ReadOnlyNotice(ProjectSession *session, QWidget *parent)
    : QLabel(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("readOnlyNotice"));
    setWordWrap(true);
    setMargin(6);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    hide();
    connect(session, &ProjectSession::stateChanged, this, &ReadOnlyNotice::refresh);
}

void ReadOnlyNotice::refresh()
{
    setVisible(m_session->isReadOnly());
    if (m_session->isReadOnly()) {
        setText(tr("“%1” is open read-only. %2 Your changes are autosaved; use File › Save As… "
                   "to keep them in another file.")
                    .arg(QFileInfo(m_session->project()->filePath()).fileName(), m_session->readOnlyReason()));
    }
}

} // namespace Revmark
