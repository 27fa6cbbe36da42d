// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationselection.h"

#include "project/project.h"

namespace Revmark {

AnnotationSelection::AnnotationSelection(Project *project, QObject *parent)
    : QObject(parent)
    , m_project(project)
{
    setObjectName(QStringLiteral("annotationSelection"));
    const auto check = [this] {
        if (!isEmpty() && !annotation())
            clear();
    };
    connect(project, &Project::annotationsChanged, this, check);
    connect(project, &Project::reviewRemoved, this, check);
    connect(project, &Project::projectReset, this, &AnnotationSelection::clear);
}

const Annotation *AnnotationSelection::annotation() const
{
    return m_project ? m_project->findAnnotation(m_reviewId, m_annotationId) : nullptr;
}

void AnnotationSelection::set(const QString &reviewId, const QString &annotationId)
{
    const bool known = m_project && !annotationId.isEmpty() && m_project->findAnnotation(reviewId, annotationId);
    const QString previous = m_reviewId;
    m_reviewId = known ? reviewId : QString();
    m_annotationId = known ? annotationId : QString();
    Q_EMIT changed(m_reviewId, m_annotationId, previous);
}

} // namespace Revmark
