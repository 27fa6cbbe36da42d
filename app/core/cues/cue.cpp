// SPDX-License-Identifier: GPL-3.0-or-later
#include "cues/cue.h"

#ifdef REVMARK_HAVE_SYNTAX

namespace Revmark {

namespace {
struct KindNames
{
    CueKind kind;
    const char *key;
    const char *attribute;
};
constexpr KindNames kKinds[] = {
    {CueKind::Praise, "praise", "Praise"},
    {CueKind::Criticism, "criticism", "Criticism"},
    {CueKind::Intensifier, "intensifier", "Intensifier"},
    {CueKind::Hedge, "hedge", "Hedge"},
    {CueKind::Contrast, "contrast", "Contrast"},
    {CueKind::Negator, "negator", "Negator"},
    {CueKind::Rating, "rating", "Rating"},
};
} // namespace

QString cueKindKey(CueKind kind)
{
    for (const auto &k : kKinds) {
        if (k.kind == kind)
            return QLatin1String(k.key);
    }
    return {};
}

QString cueKindAttribute(CueKind kind)
{
    for (const auto &k : kKinds) {
        if (k.kind == kind)
            return QLatin1String(k.attribute);
    }
    return {};
}

bool cueKindFromAttribute(const QString &name, CueKind *kind)
{
    for (const auto &k : kKinds) {
        if (name == QLatin1String(k.attribute)) {
            *kind = k.kind;
            return true;
        }
    }
    return false;
}

} // namespace Revmark

#endif // REVMARK_HAVE_SYNTAX
