// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cues/cue.h"
#include "cues/cuerepository.h"

#ifdef REVMARK_HAVE_SYNTAX

#include <QString>
#include <QVector>

namespace Revmark {

// Runs a cue definition (a KSyntaxHighlighting definition from CueRepository) over a text, line
// by line carrying the highlighting state, exactly as the highlighter of View > Show Cues does,
// and reports each run of a cue attribute as a Cue. Adjacent runs of the same kind are merged
// (a phrase matched by one rule is one cue). Formats with other names are ignored.
// Cheap to copy; uses CueRepository, so GUI thread only (as the repository).
class CueDetector
{
public:
    explicit CueDetector(const QString &cueSet = CueRepository::defaultCueSetName());

    // False when the repository has no definition of that name.
    bool isValid() const;
    QString cueSet() const;
    // The cues in text, sorted by start, not overlapping. Empty when not valid.
    QVector<Cue> detect(const QString &text) const;

private:
    QString m_cueSet;
    bool m_valid = false;
};

} // namespace Revmark

#endif // REVMARK_HAVE_SYNTAX
