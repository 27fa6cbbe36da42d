// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/languageguess.h"

#include <QHash>

#include <algorithm>

namespace Revmark {
namespace LanguageGuess {

namespace {

constexpr int MaxCharacters = 20000;
constexpr int MinimumHits = 4;
constexpr double LeadFactor = 1.5;

// Words that are frequent in one language and rare or absent in the other two. Words shared
// by two of them ("a", "in", "an", "des", "war", "son") are left out: they would only blur
// the counts. Kept short on purpose: function words decide, not the vocabulary of reviews.
const QHash<QString, int> &stopWords()
{
    static const QHash<QString, int> words = [] {
        QHash<QString, int> h;
        const char *const en[] = {"the", "and", "of", "is", "it", "that", "this", "with", "was", "for",
                                  "but", "not", "are", "its", "his", "her", "they", "have", "has",
                                  "from", "which", "what", "be", "by", "or", "too", "very",
                                  "more", "than", "there", "who", "their", "would", "never", "only"};
        const char *const fr[] = {"le", "la", "les", "et", "est", "une", "des", "du", "que", "qui",
                                  "pas", "ne", "dans", "pour", "sur", "avec", "mais", "ce", "cette",
                                  "il", "elle", "nous", "vous", "sont", "au", "aux", "ses", "leur",
                                  "très", "été", "être", "où", "ou", "comme", "trop", "jamais"};
        const char *const de[] = {"der", "das", "und", "ist", "nicht", "ein", "eine", "den", "dem",
                                  "die", "mit", "sich", "auf", "auch", "es", "zu", "von", "im", "wird",
                                  "sind", "aber", "noch", "wie", "nur", "doch", "wenn", "oder", "sehr",
                                  "wurde", "kein", "keine", "dass", "zum", "zur", "schon", "nie"};
        for (const char *w : en)
            h.insert(QString::fromUtf8(w), 0);
        for (const char *w : fr)
            h.insert(QString::fromUtf8(w), 1);
        for (const char *w : de)
            h.insert(QString::fromUtf8(w), 2);
        return h;
    }();
    return words;
}

} // namespace

QStringList supportedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("de")};
}

QString guess(const QString &text)
{
    const QHash<QString, int> &words = stopWords();
    int counts[3] = {0, 0, 0};
    const int n = int(std::min<qsizetype>(text.size(), MaxCharacters));
    QString word;
    auto flush = [&] {
        if (word.isEmpty())
            return;
        const auto it = words.constFind(word);
        if (it != words.cend())
            ++counts[it.value()];
        word.clear();
    };
    for (int i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        // An apostrophe ends a word: French elisions ("l'histoire", "n'est") then leave "est".
        if (c.isLetter())
            word.append(c.toLower());
        else
            flush();
    }
    flush();
    int best = 0;
    for (int i = 1; i < 3; ++i) {
        if (counts[i] > counts[best])
            best = i;
    }
    int second = 0;
    for (int i = 0; i < 3; ++i) {
        if (i != best)
            second = std::max(second, counts[i]);
    }
    if (counts[best] < MinimumHits || counts[best] < LeadFactor * second)
        return {};
    return supportedLanguages().at(best);
}

} // namespace LanguageGuess
} // namespace Revmark
