// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

namespace Revmark {

class Project;
struct Annotation;

// The current annotation of a window: at most one, named by its review's id and its own. The
// columns (outline of the current highlight), the annotation panel (current row and editor),
// the Tags menu and the actions that edit "the current annotation" observe it. It clears itself
// when its annotation goes: deleted, undone away, or a new project.
class AnnotationSelection : public QObject
{
    Q_OBJECT

public:
    explicit AnnotationSelection(Project *project, QObject *parent = nullptr);

    Project *project() const { return m_project; }
    QString reviewId() const { return m_reviewId; }
    QString annotationId() const { return m_annotationId; }
    bool isEmpty() const { return m_annotationId.isEmpty(); }
    // The current annotation in the project, or nullptr.
    const Annotation *annotation() const;

    // Makes the annotation current; an empty or unknown one clears the selection.
    void set(const QString &reviewId, const QString &annotationId);
    void clear() { set({}, {}); }

Q_SIGNALS:
    // After every change; previousReviewId is the review of the annotation that was current.
    void changed(const QString &reviewId, const QString &annotationId, const QString &previousReviewId);

private:
    QPointer<Project> m_project;
    QString m_reviewId;
    QString m_annotationId;
};

} // namespace Revmark
