// SPDX-License-Identifier: GPL-3.0-or-later
#include "cues/cuerepository.h"

#ifdef REVMARK_HAVE_SYNTAX

#include "model/logging.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>

#include <algorithm>

// Q_INIT_RESOURCE may not be used inside a namespace; the resource lives in a static library.
static void initCueResources()
{
    Q_INIT_RESOURCE(cues);
}

namespace Revmark {
namespace CueRepository {

KSyntaxHighlighting::Repository &repository()
{
    static KSyntaxHighlighting::Repository *repo = [] {
        initCueResources();
        auto *r = new KSyntaxHighlighting::Repository;
        r->addCustomSearchPath(QStringLiteral(":/revmark-cues"));
        if (lcCues().isDebugEnabled()) {
            const auto definitions = r->definitions();
            for (const auto &definition : definitions) {
                if (definition.section() == cueSetSection())
                    qCDebug(lcCues, "cue set \"%s\" from %s", qUtf8Printable(definition.name()),
                            qUtf8Printable(definition.filePath()));
            }
        }
        return r;
    }();
    return *repo;
}

QString defaultCueSetName()
{
    return QStringLiteral("Review Cues");
}

QString cueSetSection()
{
    return QStringLiteral("Revmark Cues");
}

QStringList cueSetNames()
{
    QStringList user;
    const auto definitions = repository().definitions();
    for (const auto &definition : definitions) {
        if (definition.section() == cueSetSection() && !isBuiltInCueSet(definition.name()))
            user.append(definition.name());
    }
    std::sort(user.begin(), user.end());
    user.prepend(defaultCueSetName());
    return user;
}

QString builtInCueSetName(const QString &language)
{
    if (language == QLatin1String("fr"))
        return QStringLiteral("Review Cues (French)");
    if (language == QLatin1String("de"))
        return QStringLiteral("Review Cues (German)");
    return defaultCueSetName();
}

bool isBuiltInCueSet(const QString &name)
{
    return name == defaultCueSetName() || name == builtInCueSetName(QStringLiteral("fr"))
        || name == builtInCueSetName(QStringLiteral("de"));
}

QString cueSetFor(const QString &chosen, const QString &language)
{
    if (!isBuiltInCueSet(chosen))
        return chosen;
    return builtInCueSetName(language);
}

} // namespace CueRepository
} // namespace Revmark

#endif // REVMARK_HAVE_SYNTAX
