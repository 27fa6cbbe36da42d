// SPDX-License-Identifier: GPL-3.0-or-later
#include "grade.h"

namespace Revmark {
namespace GradeParser {

Grade parse(const QString &raw)
{
    Grade grade;
    grade.raw = raw.trimmed();
    return grade;
}

Grade find(const QString &text, int *start, int *end)
{
    Q_UNUSED(text);
    if (start)
        *start = -1;
    if (end)
        *end = -1;
    return {};
}

} // namespace GradeParser
} // namespace Revmark
