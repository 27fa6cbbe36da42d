// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>
#include <QPointer>

namespace Revmark {

class Project;
class ProjectSession;

// The status bar's summary ("statusSummary"): "3 reviews · 24 annotations: 13 praise,
// 11 criticism", then when the project was saved and, while it is modified, autosaved.
// Follows the session's project and state itself.
class StatusSummary : public QLabel
{
    Q_OBJECT

public:
    explicit StatusSummary(ProjectSession *session, QWidget *parent = nullptr);

    void refresh();

private:
    QPointer<ProjectSession> m_session;
};

// The notice above the columns while the project is read-only ("readOnlyNotice"): which file,
// why, and that Save As keeps the changes. Hidden otherwise.
class ReadOnlyNotice : public QLabel
{
    Q_OBJECT

public:
    explicit ReadOnlyNotice(ProjectSession *session, QWidget *parent = nullptr);

    void refresh();

private:
    QPointer<ProjectSession> m_session;
};

} // namespace Revmark
