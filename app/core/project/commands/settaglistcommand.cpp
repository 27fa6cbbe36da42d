// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/commands/settaglistcommand.h"

#include "project/project.h"

#include <QCoreApplication>

#include <algorithm>
#include <utility>

namespace Revmark {

SetTagListCommand::SetTagListCommand(Project *project, const QStringList &tags,
                                     const QHash<QString, QString> &renames)
    : m_project(project)
    , m_oldTags(project->tags())
    , m_newTags(tags)
{
    setText(QCoreApplication::translate("Revmark::Commands", "Edit Tags"));
    const QStringList &oldTags = m_oldTags;
    // A tag changes when it is renamed, or removed: listed before and not any more. Tags the old
    // list never had (a hand-edited or merged file) are neither, and stay where they are.
    const auto changes = [&](const QString &tag) {
        const QString renamed = renames.value(tag, tag);
        return renamed != tag || (oldTags.contains(tag) && !tags.contains(tag));
    };
    // Orphans keep their tags for the day they are placed again, so they follow too.
    const auto collect = [&](const QString &reviewId, const QVector<Annotation> &annotations, bool orphan) {
        for (const Annotation &annotation : annotations) {
            if (std::none_of(annotation.tags.cbegin(), annotation.tags.cend(), changes))
                continue;
            QStringList newTags;
            for (const QString &tag : annotation.tags) {
                const QString renamed = renames.value(tag, tag);
                const bool keep = tags.contains(renamed) || (!oldTags.contains(tag) && renamed == tag);
                if (keep && !newTags.contains(renamed))
                    newTags.append(renamed);
            }
            // Annotation tags follow the order of the project's list; unlisted ones go last.
            const auto rank = [&tags](const QString &tag) {
                const auto index = tags.indexOf(tag);
                return index < 0 ? tags.size() : index;
            };
            std::stable_sort(newTags.begin(), newTags.end(),
                             [&rank](const QString &a, const QString &b) { return rank(a) < rank(b); });
            if (newTags != annotation.tags) {
                Annotation after = annotation;
                after.tags = newTags;
                m_changes.append({reviewId, annotation, after, orphan});
            }
        }
    };
    for (const Review &review : project->reviews()) {
        collect(review.id, review.annotations, false);
        collect(review.id, review.orphans, true);
    }
}

void SetTagListCommand::redo()
{
    m_project->setTagsRaw(m_newTags);
    for (const Change &change : std::as_const(m_changes))
        apply(change, change.after);
}

void SetTagListCommand::undo()
{
    for (const Change &change : std::as_const(m_changes))
        apply(change, change.before);
    m_project->setTagsRaw(m_oldTags);
}

void SetTagListCommand::apply(const Change &change, const Annotation &annotation)
{
    if (change.orphan)
        m_project->replaceOrphanRaw(change.reviewId, annotation);
    else
        m_project->replaceAnnotationRaw(change.reviewId, annotation);
}

} // namespace Revmark
