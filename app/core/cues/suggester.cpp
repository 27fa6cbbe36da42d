// SPDX-License-Identifier: GPL-3.0-or-later
#include "cues/suggester.h"

#ifdef REVMARK_HAVE_SYNTAX

#include "cues/cuedetector.h"

namespace Revmark {
namespace Suggester {

QVector<Suggestion> suggest(const QString &text, const QVector<Cue> &cues)
{
    Q_UNUSED(text);
    Q_UNUSED(cues);
    return {};
}

QVector<Suggestion> suggest(const QString &text, const QString &cueSet)
{
    const CueDetector detector(cueSet);
    if (!detector.isValid())
        return {};
    return suggest(text, detector.detect(text));
}

} // namespace Suggester
} // namespace Revmark

#endif // REVMARK_HAVE_SYNTAX
