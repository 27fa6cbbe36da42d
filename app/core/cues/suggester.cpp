// SPDX-License-Identifier: GPL-3.0-or-later
#include "cues/suggester.h"

#ifdef REVMARK_HAVE_SYNTAX

#include "cues/cuedetector.h"
#include "cues/suggestionrules.h"
#include "model/grade.h"
#include "model/logging.h"

#include <QElapsedTimer>
#include <QHash>

#include <cmath>

// How cues become suggestions (docs/suggestions.md says the same for users):
//
// 1. Sentences: a sentence ends after . ! ? or … (with any closing quotes or brackets) that is
//    followed by white space, and at every line break. A full stop after a common abbreviation
//    ("Mr.", "e.g.", "vs.", German "bzw.", "z. B.", French "p. ex."), a single letter (an
//    initial) or a German ordinal ("am 3. Mai") does not end one.
// 2. Clauses: a sentence is cut before every Contrast cue that is not its first word ("superb,
//    | but the second act drags") and after every semicolon. A sentence that opens with a
//    concessive marker ("Although X, Y") is cut at the first comma after it; the concessive
//    clause (the "although" part, wherever it stands) weighs ConcessionWeight.
// 3. Clause score: each Praise cue adds +1 and each Criticism cue -1, times its modifiers:
//    - an Intensifier at most ModifierWindow words before it: x IntensifierWeight (stacking);
//    - a Hedge at most ModifierWindow words before it: x HedgeWeight;
//    - a Negator at most NegatorWindow words before it flips it, x NegationWeight ("never
//      dull" is praise, "hardly a triumph" criticism). A negator acts on one cue only.
//    A Negator cue that is itself a negated cue ("not bad": the definition's rule matches the
//    whole phrase) counts as that cue flipped: mild praise.
//    Contrast and Rating cues carry no polarity.
// 4. A clause is polar when |score| >= Threshold. When all polar clauses of a sentence agree,
//    the suggestion is the whole sentence (readers mark sentences, and a neutral clause
//    "once the subplot arrives" belongs to the judgement). When they disagree, each polar
//    clause starts a span that takes the neutral clauses after it (and the first one takes the
//    neutral clauses before it); neighbouring spans of the same polarity are joined.
//    The suggestion's score is the absolute sum of its clauses' scores.
// 5. Beyond the cues (suggestionrules.cpp): a line that reads as a title, byline or navigation
//    is never suggested; a sentence whose shape decides it (irony, formulaic thanks, "better
//    and cheaper elsewhere") takes that polarity; plot summary with only weak cues is dropped;
//    a polar word may read the other way for what it describes ("chewy" crust); a praise word
//    used as a yardstick ("as thrilling as a tax form") or after "less" counts as criticism; a
//    capitalised cue inside a run of capitals is a name ("The Quiet Orchard"); when a sentence
//    is mixed, a concession ("for all its flaws, ...", "capable, if unremarkable") gives way to
//    the main judgement. Each suggestion names its aspect (SuggestionRules::aspectOf).

namespace Revmark {
namespace Suggester {

namespace {

constexpr double Threshold = 0.5;
constexpr double IntensifierWeight = 1.5;
constexpr double HedgeWeight = 0.5;
constexpr double NegationWeight = 0.75;
constexpr double ConcessionWeight = 0.6;
constexpr double UnresolvedNegatorWeight = 0.3;
// "hardly matters", "barely works": these negators are reservations by themselves.
constexpr double StrongUnresolvedNegatorWeight = 0.6;
constexpr double NarrativeCeiling = 1.5;
// Ratings in prose: at or above RatingHigh praise, at or below RatingLow criticism (0..100).
constexpr int RatingHigh = 70;
constexpr int RatingLow = 40;
constexpr int ModifierWindow = 2;
constexpr int NegatorWindow = 3;

struct Range
{
    int start = 0;
    int end = 0;
};

bool isClosing(QChar c)
{
    switch (c.unicode()) {
    case '"':
    case '\'':
    case ')':
    case ']':
    case 0x2019: // ’
    case 0x201D: // ”
    case 0x00BB: // »
        return true;
    default:
        return false;
    }
}

bool isTerminator(QChar c)
{
    return c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?') || c.unicode() == 0x2026;
}

// The word just before position (exclusive), lower-cased.
QString wordBefore(const QString &text, int position)
{
    int s = position;
    while (s > 0 && (text.at(s - 1).isLetter() || text.at(s - 1) == QLatin1Char('.')))
        --s;
    return text.mid(s, position - s).toLower();
}

// The word just after position (a space, then letters), lower-cased.
QString wordAfter(const QString &text, int position)
{
    int s = position;
    while (s < text.size() && text.at(s) == QLatin1Char(' '))
        ++s;
    int e = s;
    while (e < text.size() && text.at(e).isLetter())
        ++e;
    return text.mid(s, e - s).toLower();
}

// "am 3. Mai", "im 19. Jahrhundert", "der 2. Teil": a German ordinal, told from a sentence
// that ends on a number ("I give it a 7. The ...") by the word before or after it.
bool isOrdinal(const QString &text, int dot)
{
    int s = dot;
    while (s > 0 && text.at(s - 1).isDigit())
        --s;
    if (s == dot || dot - s > 3 || (s > 0 && !text.at(s - 1).isSpace()))
        return false;
    static const QStringList before = {
        QStringLiteral("am"),  QStringLiteral("im"),  QStringLiteral("vom"),  QStringLiteral("zum"),
        QStringLiteral("zur"), QStringLiteral("beim"), QStringLiteral("der"), QStringLiteral("die"),
        QStringLiteral("das"), QStringLiteral("den"), QStringLiteral("dem"),  QStringLiteral("des"),
        QStringLiteral("ab"),  QStringLiteral("bis"), QStringLiteral("seit"), QStringLiteral("jeden"),
        QStringLiteral("jedem"), QStringLiteral("ihr"), QStringLiteral("sein"), QStringLiteral("ihrem"),
        QStringLiteral("seinem"), QStringLiteral("ihrer"), QStringLiteral("seiner")};
    static const QStringList months = {
        QStringLiteral("januar"), QStringLiteral("jänner"), QStringLiteral("februar"), QStringLiteral("märz"),
        QStringLiteral("april"),  QStringLiteral("mai"),    QStringLiteral("juni"),    QStringLiteral("juli"),
        QStringLiteral("august"), QStringLiteral("september"), QStringLiteral("oktober"), QStringLiteral("november"),
        QStringLiteral("dezember")};
    const QString next = wordAfter(text, dot + 1);
    if (months.contains(next))
        return true;
    int w = s - 1;
    while (w > 0 && text.at(w - 1).isLetter())
        --w;
    return w >= 0 && before.contains(text.mid(w, s - 1 - w).toLower());
}

bool isAbbreviation(const QString &text, int dot)
{
    // English, German ("z. B.", "bzw.", "vgl.", "usw.") and French ("p. ex.", "env.", "Mme.").
    static const QStringList abbreviations = {
        QStringLiteral("mr"),   QStringLiteral("mrs"),  QStringLiteral("ms"),   QStringLiteral("dr"),
        QStringLiteral("st"),   QStringLiteral("vs"),   QStringLiteral("etc"),  QStringLiteral("e.g"),
        QStringLiteral("i.e"),  QStringLiteral("jr"),   QStringLiteral("sr"),   QStringLiteral("no"),
        QStringLiteral("vol"),  QStringLiteral("prof"), QStringLiteral("approx"), QStringLiteral("cf"),
        QStringLiteral("bzw"),  QStringLiteral("ca"),   QStringLiteral("nr"),   QStringLiteral("usw"),
        QStringLiteral("vgl"),  QStringLiteral("evtl"), QStringLiteral("ggf"),  QStringLiteral("inkl"),
        QStringLiteral("zzgl"), QStringLiteral("bspw"), QStringLiteral("sog"),  QStringLiteral("hrsg"),
        QStringLiteral("bd"),   QStringLiteral("aufl"), QStringLiteral("kap"),  QStringLiteral("jh"),
        QStringLiteral("abb"),  QStringLiteral("ebd"),  QStringLiteral("z.b"),  QStringLiteral("d.h"),
        QStringLiteral("u.a"),  QStringLiteral("o.ä"),  QStringLiteral("v.a"),  QStringLiteral("z.t"),
        QStringLiteral("s.o"),  QStringLiteral("s.u"),  QStringLiteral("mme"),  QStringLiteral("mlle"),
        QStringLiteral("mm"),   QStringLiteral("ex"),   QStringLiteral("env"),  QStringLiteral("chap"),
        QStringLiteral("éd"),   QStringLiteral("ste"),  QStringLiteral("p.ex"), QStringLiteral("tél")};
    if (dot > 0 && text.at(dot - 1).isDigit())
        return isOrdinal(text, dot);
    const QString word = wordBefore(text, dot);
    if (word.isEmpty())
        return false;
    // An initial ("J. K. Rowling", "M. Dupont") or one letter of a German or French
    // abbreviation written with spaces ("z. B.", "d. h.", "u. a.", "p. ex.").
    if (word.size() == 1) {
        // Not the "s" of a possessive or a contraction: "as good as Holt’s." ends a sentence.
        const QChar before = dot >= 2 ? text.at(dot - 2) : QChar(QLatin1Char(' '));
        return before != QLatin1Char('\'') && before != QChar(0x2019);
    }
    return abbreviations.contains(word);
}

Range trimmed(const QString &text, int start, int end)
{
    while (start < end && text.at(start).isSpace())
        ++start;
    while (end > start && text.at(end - 1).isSpace())
        --end;
    return {start, end};
}

QVector<Range> sentences(const QString &text)
{
    QVector<Range> result;
    auto add = [&](int s, int e) {
        const Range r = trimmed(text, s, e);
        if (r.end > r.start)
            result.append(r);
    };
    int start = 0;
    const int n = int(text.size());
    int i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\n')) {
            add(start, i);
            start = ++i;
            continue;
        }
        if (isTerminator(c)) {
            int j = i;
            while (j < n && isTerminator(text.at(j)))
                ++j;
            while (j < n && isClosing(text.at(j)))
                ++j;
            const bool atBreak = j == n || text.at(j).isSpace();
            if (atBreak && !(c == QLatin1Char('.') && j == i + 1 && isAbbreviation(text, i))) {
                add(start, j);
                start = j;
            }
            i = j;
            continue;
        }
        ++i;
    }
    add(start, n);
    return result;
}

// Words (runs of non-space) in text[from, to).
int wordsBetween(const QString &text, int from, int to)
{
    int words = 0;
    bool inWord = false;
    for (int i = from; i < to; ++i) {
        const bool space = text.at(i).isSpace();
        if (!space && !inWord)
            ++words;
        inWord = !space;
    }
    return words;
}

// French and German concessive markers, as the cue sets of those languages mark them (Contrast).
// Kept apart from the English list: the language cue sets (helper "lang", issue 13 item 5) own them.
bool isConcessiveFrenchOrGerman(const QString &word)
{
    static const QStringList concessive = {
        QStringLiteral("bien que"), QStringLiteral("quoique"),   QStringLiteral("même si"),
        QStringLiteral("malgré"),   QStringLiteral("en dépit de"), QStringLiteral("certes"),
        QStringLiteral("obwohl"),   QStringLiteral("obgleich"),  QStringLiteral("wenngleich"),
        QStringLiteral("trotz"),    QStringLiteral("zwar"),      QStringLiteral("auch wenn"),
        QStringLiteral("selbst wenn"), QStringLiteral("wenn auch")};
    return concessive.contains(word);
}

bool isConcessive(const QString &word)
{
    static const QStringList concessive = {
        QStringLiteral("although"), QStringLiteral("though"),    QStringLiteral("even though"),
        QStringLiteral("while"),    QStringLiteral("whilst"),    QStringLiteral("despite"),
        QStringLiteral("in spite of"), QStringLiteral("even if"), QStringLiteral("granted"),
        QStringLiteral("admittedly"), QStringLiteral("for all"), QStringLiteral("whereas")};
    const QString key = word.simplified().toLower();
    return concessive.contains(key) || isConcessiveFrenchOrGerman(key);
}

// One polar cue with what modified it: value is its signed weight.
struct Contribution
{
    int start = 0; // of its first cue (negator or modifier)
    int end = 0;   // of the polar cue
    double value = 0;
    QVector<int> cueIndexes;
};

struct Clause
{
    int start = 0;
    int end = 0;
    double weight = 1;
    bool yields = false; // a concession without a contrast word ("For all its flaws,")
    double score = 0;
    QVector<int> cueIndexes; // cues that contributed, in text order
    QVector<Contribution> contributions;
};

// Which polarity a negator phrase carries in itself ("not bad" → the negated "bad"), found by
// running the detector over the phrase without its first word. Cached per phrase.
class NegatedPhrases
{
public:
    explicit NegatedPhrases(const CueDetector &detector)
        : m_detector(detector)
    {
    }

    // +1 / -1 for a phrase that negates a criticism / praise cue inside it ("not bad"),
    // Double for a double negation that keeps the next cue's polarity ("never less than",
    // "not without"), Plain otherwise.
    enum { Plain = 0, Double = 2 };
    int polarityOf(const QString &phrase)
    {
        const QString key = phrase.simplified().toLower();
        auto it = m_cache.constFind(key);
        if (it != m_cache.cend())
            return it.value();
        int value = 0;
        const int space = int(key.indexOf(QLatin1Char(' ')));
        if (space > 0 && m_detector.isValid()) {
            const QString rest = key.mid(space + 1);
            const QVector<Cue> inner = m_detector.detect(rest);
            for (const Cue &cue : inner) {
                if (cue.kind == CueKind::Praise)
                    value = -1;
                else if (cue.kind == CueKind::Criticism)
                    value = 1;
                else if (cue.kind == CueKind::Negator && value == Plain)
                    value = Double;
            }
        }
        m_cache.insert(key, value);
        return value;
    }

private:
    const CueDetector &m_detector;
    QHash<QString, int> m_cache;
};

// A capitalised cue inside a run of capitalised words is part of a name ("The Quiet Orchard").
bool isInName(const QString &text, const Range &sentence, const Cue &cue)
{
    if (cue.start == sentence.start || !text.at(cue.start).isUpper())
        return false;
    int p = cue.start - 1;
    while (p > sentence.start && text.at(p) == QLatin1Char(' '))
        --p;
    if (text.at(p).isLetter()) {
        int w = p;
        while (w > sentence.start && text.at(w - 1).isLetter())
            --w;
        if (text.at(w).isUpper())
            return true;
    }
    int q = cue.end;
    while (q < sentence.end && text.at(q) == QLatin1Char(' '))
        ++q;
    return q > cue.end && q < sentence.end && text.at(q).isUpper();
}

void scoreClause(const QString &text, const Range &sentence, const QVector<Cue> &cues, int firstCue, Clause *clause,
                 NegatedPhrases &negated)
{
    const QStringView sentenceText = QStringView(text).mid(sentence.start, sentence.end - sentence.start);
    clause->score = 0;
    clause->cueIndexes.clear();
    clause->contributions.clear();
    double pendingFactor = 1;
    int modifierEnd = -1;          // end of the last intensifier/hedge still waiting for a cue
    QVector<int> pendingModifiers; // their indexes
    int negatorEnd = -1;
    int negatorIndex = -1;
    bool doubleNegation = false;
    auto dropNegator = [&] {
        // A negator with no cue to act on: "lacks the weight it needs", "not every course
        // lands". In reviews that is a reservation far more often than praise.
        if (negatorIndex >= 0 && !doubleNegation) {
            const Cue &n = cues.at(negatorIndex);
            const QString word = text.mid(n.start, n.end - n.start).toLower();
            const bool strong = word == QLatin1String("hardly") || word == QLatin1String("barely")
                || word == QLatin1String("scarcely") || SuggestionRules::isFailedFunction(QStringView(text).mid(n.end, 32));
            clause->contributions.append(
                {negatorIndex, n.end, strong ? -StrongUnresolvedNegatorWeight : -UnresolvedNegatorWeight, {negatorIndex}});
        }
        negatorEnd = -1;
        negatorIndex = -1;
        doubleNegation = false;
    };
    for (int i = firstCue; i < cues.size() && cues.at(i).start < clause->end; ++i) {
        const Cue &cue = cues.at(i);
        if (cue.start < clause->start)
            continue;
        if (modifierEnd >= 0 && wordsBetween(text, modifierEnd, cue.start) > ModifierWindow) {
            pendingFactor = 1;
            pendingModifiers.clear();
            modifierEnd = -1;
        }
        if (negatorEnd >= 0 && wordsBetween(text, negatorEnd, cue.start) > NegatorWindow)
            dropNegator();
        double value = 0;
        switch (cue.kind) {
        case CueKind::Intensifier:
            pendingFactor *= IntensifierWeight;
            pendingModifiers.append(i);
            modifierEnd = cue.end;
            continue;
        case CueKind::Hedge:
            pendingFactor *= HedgeWeight;
            pendingModifiers.append(i);
            modifierEnd = cue.end;
            continue;
        case CueKind::Negator: {
            const int inner = negated.polarityOf(text.mid(cue.start, cue.end - cue.start));
            if (inner == NegatedPhrases::Plain || inner == NegatedPhrases::Double) {
                if (negatorIndex >= 0 && wordsBetween(text, negatorEnd, cue.start) == 0) {
                    // "not without": two negators in a row cancel out.
                    doubleNegation = !doubleNegation;
                } else {
                    dropNegator();
                    doubleNegation = inner == NegatedPhrases::Double;
                }
                negatorEnd = cue.end;
                negatorIndex = negatorIndex >= 0 ? negatorIndex : i;
                continue;
            }
            value = inner * NegationWeight;
            break;
        }
        case CueKind::Praise:
        case CueKind::Criticism: {
            if (isInName(text, sentence, cue))
                continue;
            value = cue.kind == CueKind::Praise ? 1 : -1;
            const int relative = cue.start - sentence.start;
            const QStringView cueText = QStringView(text).mid(cue.start, cue.end - cue.start);
            const int domain = SuggestionRules::domainPolarity(cueText, sentenceText);
            if (domain == SuggestionRules::NotPolar)
                continue; // "wooden boats": what they are made of, not a judgement
            if (domain != 0) {
                value = domain;
            } else if (cue.kind == CueKind::Praise) {
                if (SuggestionRules::isFigurativePutDown(sentenceText, relative, relative + int(cueText.size())))
                    value = -1;
            }
            break;
        }
        case CueKind::Contrast:
            continue;
        case CueKind::Rating: {
            // A rating line is measured as a grade, not suggested; a rating inside prose ("Four
            // stars.", "Two stars, and I will not read the third") is a verdict.
            const bool ownLine = (sentence.start == 0 || text.at(sentence.start - 1) == QLatin1Char('\n'))
                && (sentence.end == text.size() || text.at(sentence.end) == QLatin1Char('\n'));
            if (ownLine)
                continue;
            const Grade grade = GradeParser::parse(text.mid(cue.start, cue.end - cue.start));
            if (!grade.isValid() || (grade.value > RatingLow && grade.value < RatingHigh))
                continue;
            value = grade.value >= RatingHigh ? 1 : -1;
            break;
        }
        }
        Contribution contribution;
        contribution.start = cue.start;
        if (negatorIndex >= 0 && cue.kind != CueKind::Negator) {
            value = doubleNegation ? value * NegationWeight : -value * NegationWeight;
            contribution.cueIndexes.append(negatorIndex);
            contribution.start = cues.at(negatorIndex).start;
            negatorIndex = -1;
            negatorEnd = -1;
            doubleNegation = false;
        }
        value *= pendingFactor;
        for (int m : std::as_const(pendingModifiers)) {
            contribution.cueIndexes.append(m);
            contribution.start = std::min(contribution.start, cues.at(m).start);
        }
        pendingFactor = 1;
        pendingModifiers.clear();
        modifierEnd = -1;
        contribution.cueIndexes.append(i);
        contribution.end = cue.end;
        contribution.value = value;
        clause->contributions.append(contribution);
    }
    dropNegator();
    std::sort(clause->contributions.begin(), clause->contributions.end(),
              [](const Contribution &a, const Contribution &b) { return a.start < b.start; });
    for (const Contribution &c : std::as_const(clause->contributions)) {
        clause->score += c.value;
        clause->cueIndexes += c.cueIndexes;
    }
    std::sort(clause->cueIndexes.begin(), clause->cueIndexes.end());
    clause->score *= clause->weight;
}

// Where a clause that holds both praise and criticism ("It is watchable enough, and just as
// quickly forgotten") can be cut at a comma, dash or colon so that each side passes the
// threshold with its own polarity; -1 when there is no such place.
int mixedCut(const QString &text, const Clause &clause)
{
    const auto &parts = clause.contributions;
    for (int k = 1; k < parts.size(); ++k) {
        if ((parts.at(k - 1).value > 0) == (parts.at(k).value > 0))
            continue;
        double before = 0;
        double after = 0;
        for (int j = 0; j < parts.size(); ++j)
            (j < k ? before : after) += parts.at(j).value;
        if (std::abs(before) < Threshold || std::abs(after) < Threshold || (before > 0) == (after > 0))
            continue;
        for (int p = parts.at(k).start - 1; p >= parts.at(k - 1).end; --p) {
            const QChar c = text.at(p);
            if (c == QLatin1Char(',') || c == QLatin1Char(':') || c.unicode() == 0x2014 || c.unicode() == 0x2013)
                return p + 1;
        }
    }
    return -1;
}

QVector<Clause> clauses(const QString &text, const Range &sentence, const QVector<Cue> &cues, int firstCue)
{
    QVector<int> cuts;        // clause starts after sentence.start
    QVector<int> concessions; // starts of concessive clauses
    QVector<int> asides;      // starts of concessions set off by commas inside a sentence
    bool opensWithConcession = false;
    bool opensWithYield = false;
    for (int i = firstCue; i < cues.size() && cues.at(i).start < sentence.end; ++i) {
        const Cue &cue = cues.at(i);
        if (cue.kind != CueKind::Contrast || cue.start < sentence.start)
            continue;
        const bool concessive = isConcessive(text.mid(cue.start, cue.end - cue.start));
        if (cue.start == sentence.start) {
            if (concessive) {
                opensWithConcession = true;
                const int comma = int(text.indexOf(QLatin1Char(','), cue.end));
                if (comma >= 0 && comma + 1 < sentence.end)
                    cuts.append(comma + 1);
            }
            continue;
        }
        cuts.append(cue.start);
        if (concessive)
            concessions.append(cue.start);
    }
    // "The songs, though lovely, are too few": conceded in passing, it judges nothing.
    for (const auto &aside : SuggestionRules::concessionAsides(text, sentence.start, sentence.end)) {
        cuts << aside.first << aside.second;
        concessions << aside.first;
        asides << aside.first;
    }
    for (int i = sentence.start; i < sentence.end; ++i) {
        if (text.at(i) == QLatin1Char(';') && i + 1 < sentence.end)
            cuts.append(i + 1);
    }
    {
        // Openers that concede without a contrast word: "For all its flaws, ...", "Flaws and all, ...".
        static const QStringList openers = {QStringLiteral("for all "), QStringLiteral("flaws and all"),
                                            QStringLiteral("warts and all"), QStringLiteral("quibbles aside"),
                                            QStringLiteral("gripes aside"), QStringLiteral("niggles aside"),
                                            QStringLiteral("whatever its flaws"), QStringLiteral("for all that"),
                                            QStringLiteral("apart from "), QStringLiteral("aside from "),
                                            QStringLiteral("except for "), QStringLiteral("other than ")};
        const QString head = text.mid(sentence.start, 24).toLower();
        // "Minor grumbles aside, ...", "Price aside, ...": any short "... aside," opener.
        const int headComma = int(head.indexOf(QLatin1Char(',')));
        const bool asideOpener = headComma > 0 && head.left(headComma).endsWith(QLatin1String(" aside"))
            && head.left(headComma).count(QLatin1Char(' ')) <= 3;
        for (const QString &opener : openers) {
            if (asideOpener && opener == openers.constFirst()) {
                const int comma = sentence.start + headComma;
                if (comma + 1 < sentence.end) {
                    opensWithConcession = true;
                    opensWithYield = true;
                    cuts.append(comma + 1);
                }
                break;
            }
            if (!head.startsWith(opener))
                continue;
            const int comma = int(text.indexOf(QLatin1Char(','), sentence.start));
            if (comma >= 0 && comma + 1 < sentence.end) {
                opensWithConcession = true;
                opensWithYield = true;
                if (!cuts.contains(comma + 1))
                    cuts.append(comma + 1);
            }
            break;
        }
    }
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());

    QVector<Clause> result;
    int start = sentence.start;
    cuts.append(sentence.end);
    for (int cut : std::as_const(cuts)) {
        const Range r = trimmed(text, start, cut);
        if (r.end > r.start) {
            Clause clause;
            clause.start = r.start;
            clause.end = r.end;
            const bool concession = (opensWithConcession && r.start == sentence.start) || concessions.contains(start);
            if (concession)
                clause.weight = asides.contains(start) ? 0 : ConcessionWeight;
            clause.yields = opensWithYield && r.start == sentence.start;
            result.append(clause);
        }
        start = cut;
    }
    return result;
}

// "Sentimental, yes, | but it earns its tears": a clause that grants its point before a
// contrast word is a concession.
bool isGranted(const QString &text, const Clause &clause)
{
    const QString tail = text.mid(std::max(clause.start, clause.end - 16), std::min(16, clause.end - clause.start)).toLower();
    for (const char *word : {", yes,", ", sure,", ", granted,", ", certainly,", ", true,", ", admittedly,"}) {
        if (tail.endsWith(QLatin1String(word)))
            return true;
    }
    // "Flawed, | but worth seeing", "It is flawed, | but ...": a short verdict before the contrast too.
    return SuggestionRules::isShortConcession(QStringView(text).mid(clause.start, clause.end - clause.start));
}

Polarity polarityOf(double score)
{
    return score > 0 ? Polarity::Praise : Polarity::Criticism;
}

void appendSuggestion(QVector<Suggestion> *out, const QString &text, const QVector<Cue> &cues, const QVector<Clause> &group,
                      int start, int end, Polarity polarity)
{
    Suggestion s;
    s.start = start;
    s.end = end;
    s.polarity = polarity;
    for (const Clause &clause : group) {
        s.score += clause.score;
        for (int index : clause.cueIndexes) {
            const Cue &cue = cues.at(index);
            s.cues.append(text.mid(cue.start, cue.end - cue.start));
        }
    }
    s.score = std::abs(s.score);
    out->append(s);
}

QVector<Suggestion> suggestWith(const QString &text, const QVector<Cue> &cues, const CueDetector &detector,
                                const QStringList &tags)
{
    QElapsedTimer timer;
    if (lcCues().isDebugEnabled())
        timer.start();
    QVector<Suggestion> result;
    NegatedPhrases negated(detector);
    const SuggestionRules::Domain domain = SuggestionRules::guessDomain(text);
    int firstCue = 0;
    const QVector<Range> all = sentences(text);
    for (const Range &sentence : all) {
        while (firstCue < cues.size() && cues.at(firstCue).end <= sentence.start)
            ++firstCue;
        if (SuggestionRules::isPageFurniture(text, sentence.start, sentence.end))
            continue;
        const QStringView sentenceText = QStringView(text).mid(sentence.start, sentence.end - sentence.start);
        const int construction = SuggestionRules::constructionPolarity(sentenceText);
        if (construction != 0) {
            Clause whole;
            whole.start = sentence.start;
            whole.end = sentence.end;
            for (int i = firstCue; i < cues.size() && cues.at(i).start < sentence.end; ++i)
                whole.cueIndexes.append(i);
            whole.score = construction;
            appendSuggestion(&result, text, cues, {whole}, sentence.start, sentence.end,
                             construction > 0 ? Polarity::Praise : Polarity::Criticism);
            continue;
        }
        if (firstCue >= cues.size() || cues.at(firstCue).start >= sentence.end)
            continue;
        QVector<Clause> parts = clauses(text, sentence, cues, firstCue);
        for (int c = 0; c < parts.size(); ++c) {
            Clause &clause = parts[c];
            scoreClause(text, sentence, cues, firstCue, &clause, negated);
            if (c + 1 < parts.size() && isGranted(text, clause))
                clause.score = 0; // "Sentimental, yes, | but ...": the point is granted, not made
            const int cut = mixedCut(text, clause);
            if (cut > 0) {
                Clause tail = clause;
                const Range head = trimmed(text, clause.start, cut);
                const Range rest = trimmed(text, cut, clause.end);
                clause.end = head.end;
                tail.start = rest.start;
                scoreClause(text, sentence, cues, firstCue, &clause, negated);
                parts.insert(c + 1, tail); // scored (and maybe cut again) in the next round
            }
        }
        auto polarities = [&](bool *praise, bool *criticism, double *strongest) {
            *praise = *criticism = false;
            *strongest = 0;
            for (const Clause &clause : std::as_const(parts)) {
                if (std::abs(clause.score) >= Threshold) {
                    *praise = *praise || clause.score > 0;
                    *criticism = *criticism || clause.score < 0;
                    *strongest = std::max(*strongest, std::abs(clause.score));
                }
            }
        };
        bool anyPraise = false;
        bool anyCriticism = false;
        double strongest = 0;
        polarities(&anyPraise, &anyCriticism, &strongest);
        if (!anyPraise && !anyCriticism)
            continue;
        if ((strongest < NarrativeCeiling
             && (SuggestionRules::isNarrative(sentenceText) || SuggestionRules::isUndecided(sentenceText)))
            || (strongest < 2 * NarrativeCeiling && SuggestionRules::isRetoldByName(sentenceText, domain)))
            continue;
        if (anyPraise && anyCriticism) {
            // A concession gives way to the main judgement: "For all its flaws, a debut of real
            // promise", "capable, if unremarkable" (the "if" part is the verdict).
            // "good, if not great" is not that shape: both halves stand.
            int ifAt = int(sentenceText.indexOf(QLatin1String(", if ")));
            if (ifAt >= 0 && sentenceText.mid(ifAt + 5).startsWith(QLatin1String("not ")))
                ifAt = -1;
            ifAt += sentence.start;
            bool dropped = false;
            for (Clause &clause : parts) {
                const bool beforeIf = ifAt >= sentence.start && clause.end <= ifAt + 1;
                if ((clause.yields || beforeIf) && std::abs(clause.score) >= Threshold) {
                    clause.score = 0;
                    dropped = true;
                }
            }
            if (dropped)
                polarities(&anyPraise, &anyCriticism, &strongest);
            if (!anyPraise && !anyCriticism)
                continue;
        }
        if (anyPraise != anyCriticism) {
            QVector<Clause> polar;
            for (const Clause &clause : std::as_const(parts)) {
                if (std::abs(clause.score) >= Threshold)
                    polar.append(clause);
            }
            appendSuggestion(&result, text, cues, polar, sentence.start, sentence.end,
                             anyPraise ? Polarity::Praise : Polarity::Criticism);
            continue;
        }
        // Mixed: spans from one polar clause to the next of the other polarity.
        int groupStart = sentence.start;
        QVector<Clause> group;
        Polarity groupPolarity = Polarity::Praise;
        for (int i = 0; i < parts.size(); ++i) {
            const Clause &clause = parts.at(i);
            if (std::abs(clause.score) < Threshold)
                continue;
            const Polarity p = polarityOf(clause.score);
            if (!group.isEmpty() && p != groupPolarity) {
                const Range r = trimmed(text, groupStart, clause.start);
                appendSuggestion(&result, text, cues, group, r.start, r.end, groupPolarity);
                group.clear();
                groupStart = clause.start;
            }
            groupPolarity = p;
            group.append(clause);
        }
        appendSuggestion(&result, text, cues, group, groupStart, sentence.end, groupPolarity);
    }
    for (Suggestion &s : result)
        s.aspect = SuggestionRules::aspectOf(QStringView(text).mid(s.start, s.end - s.start), domain, tags);
    if (timer.isValid()) {
        qCDebug(lcCues, "%d suggestion(s) from %d cue(s) in %lld ms", int(result.size()), int(cues.size()),
                qint64(timer.elapsed()));
    }
    return result;
}

} // namespace

QVector<Suggestion> suggest(const QString &text, const QVector<Cue> &cues, const QStringList &tags)
{
    static const CueDetector defaultDetector;
    return suggestWith(text, cues, defaultDetector, tags);
}

QVector<Suggestion> suggest(const QString &text, const QString &cueSet, const QStringList &tags)
{
    const CueDetector detector(cueSet);
    if (!detector.isValid())
        return {};
    return suggestWith(text, detector.detect(text), detector, tags);
}

QStringList builtInAspects()
{
    return SuggestionRules::builtInAspects();
}

} // namespace Suggester
} // namespace Revmark

#endif // REVMARK_HAVE_SYNTAX
