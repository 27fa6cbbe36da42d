// SPDX-License-Identifier: GPL-3.0-or-later
#include "cues/suggestionrules.h"

#ifdef REVMARK_HAVE_SYNTAX

#include <QHash>
#include <QVector>

#include <algorithm>
#include <cstring>

// These rules were written against the tuning part of tests/data/cues/dev, one kind of
// construction at a time, never against a single sentence: each list names a class of words,
// and the held-back part tells whether the class generalises.

namespace Revmark {
namespace SuggestionRules {

namespace {

struct Word
{
    int start = 0;
    int end = 0;
    QString text; // lower-case
};

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('\'') || c.unicode() == 0x2019 || c == QLatin1Char('$');
}

QVector<Word> wordsOf(QStringView s)
{
    QVector<Word> words;
    int i = 0;
    const int n = int(s.size());
    while (i < n) {
        while (i < n && !isWordChar(s.at(i)))
            ++i;
        const int start = i;
        while (i < n && (isWordChar(s.at(i)) || (s.at(i) == QLatin1Char('-') && i + 1 < n && s.at(i + 1).isLetter())))
            ++i;
        if (i > start) {
            QString w = s.mid(start, i - start).toString().toLower();
            w.replace(QChar(0x2019), QLatin1Char('\''));
            words.append({start, i, w});
        }
    }
    return words;
}

// Lower-cased, typographic apostrophes straightened, runs of space made single, padded with a
// space at both ends so that " word " finds whole words.
QString padded(QStringView s)
{
    QString out = QStringLiteral(" ");
    bool space = true;
    for (QChar c : s) {
        if (c.unicode() == 0x2019)
            c = QLatin1Char('\'');
        if (c.isSpace() || c == QLatin1Char(',') || c == QLatin1Char(';') || c == QLatin1Char('(') || c == QLatin1Char(')')
            || c == QLatin1Char('"') || c.unicode() == 0x201C || c.unicode() == 0x201D || c == QLatin1Char('!')
            || c == QLatin1Char('?') || c == QLatin1Char('.') || c == QLatin1Char(':') || c.unicode() == 0x2014
            || c.unicode() == 0x2013) {
            if (!space)
                out += QLatin1Char(' ');
            space = true;
            continue;
        }
        out += c.toLower();
        space = false;
    }
    if (!space)
        out += QLatin1Char(' ');
    return out;
}

// Where the whole-word phrase occurs in a padded() text, or -1; no allocation (this runs for
// every suggestion of a long review).
int findWords(const QString &paddedText, QLatin1String phrase)
{
    int from = 1;
    const int n = int(paddedText.size());
    while ((from = int(paddedText.indexOf(phrase, from))) >= 0) {
        const int after = from + int(phrase.size());
        if (paddedText.at(from - 1) == QLatin1Char(' ') && after < n && paddedText.at(after) == QLatin1Char(' '))
            return from - 1;
        ++from;
    }
    return -1;
}

bool containsAny(const QString &paddedText, std::initializer_list<const char *> phrases)
{
    for (const char *p : phrases) {
        if (findWords(paddedText, QLatin1String(p)) >= 0)
            return true;
    }
    return false;
}

// Whether one of leads (written with its spaces: " thanks for ") is followed, within window
// characters of the padded text, by one of words.
bool followedByAny(const QString &paddedText, std::initializer_list<const char *> leads, int window,
                   std::initializer_list<const char *> words)
{
    for (const char *lead : leads) {
        const int at = int(paddedText.indexOf(QLatin1String(lead)));
        // The padded text puts a space before the next word: keep it, findWords needs it.
        if (at >= 0 && containsAny(paddedText.mid(at + int(std::strlen(lead)) - 1, window), words))
            return true;
    }
    return false;
}

struct AspectWords
{
    const char *name;
    unsigned domains; // bit per Domain; 0 = every domain
    QVector<const char *> words;
};

constexpr unsigned bit(Domain d)
{
    return 1u << unsigned(d);
}

constexpr unsigned Screen = bit(Domain::Film);
constexpr unsigned Page = bit(Domain::Film) | bit(Domain::Book) | bit(Domain::Game) | bit(Domain::Stage);
constexpr unsigned Thing = bit(Domain::Product) | bit(Domain::App);
constexpr unsigned Play = Thing | bit(Domain::Game);
constexpr unsigned Table = bit(Domain::Restaurant);
constexpr unsigned Stay = Table | bit(Domain::Hotel);

// Single words and short phrases (matched as whole words, lower-case) that name an aspect.
const QVector<AspectWords> &aspectWords()
{
    static const QVector<AspectWords> table = {
        {"performances", Screen | bit(Domain::Stage) | bit(Domain::Music), {"performance", "performances", "acting", "actor", "actors", "actress", "cast", "lead",
                                  "leads", "turn", "turns", "portrayal", "role", "plays", "played", "delivers", "singer", "drummer", "guitarist", "bassist", "frontman", "frontwoman", "ensemble", "voice acting", "voice cast", "stage presence", "host", "hosts", "presenter", "storyteller", "impressions", "comedian", "instructor"}},
        {"direction", Screen | bit(Domain::Stage), {"direction", "directs", "directed", "director", "directing", "filmmaking", "half hour", "staged", "heist sequence", "conventional", "staging", "revival"}},
        {"cinematography", Screen, {"cinematography", "photography", "shot", "shots", "frame", "frames", "visuals",
                                    "camera", "camerawork", "animation", "light", "lighting", "vistas", "scenes", "look", "filmed", "landscapes"}},
        {"music", Screen | bit(Domain::Music) | bit(Domain::Game) | bit(Domain::Stage), {"music", "score", "soundtrack", "songs", "song", "choir", "sings", "singing", "vocals", "band", "orchestra", "strings", "swell", "harmonies", "harmony", "opener", "track", "tracks", "closing track", "album", "ballad", "ballads", "setlist", "encore", "chorus", "melody", "melodies", "guitar", "guitars", "riff", "riffs", "hooks", "record"}},
        {"story", Page, {"story", "plot", "twist", "twists", "subplot", "premise", "storyline", "setting", "detour",
                         "magic system", "misunderstanding", "chapter", "act", "second act", "cliche",
                         "cliché", "clichés", "cliches", "mystery", "message", "last third", "first third", "second half", "first half", "anecdotes", "plotting", "stories", "twist ending", "backstory", "narrative", "heist", "chapters", "secret"}},
        {"pacing", Page, {"pacing", "pace", "paced", "drags", "sags", "middle", "middle stretch", "long", "slow",
                          "hours", "minutes", "patience", "first half", "first hour", "relentless", "stretched", "overlong", "brisk", "dragged", "runtime", "running time", "hundred pages", "baggy", "episodes", "season"}},
        {"ending", Page, {"ending", "finale", "final scene", "last chapter", "final chapter", "cliffhanger", "climax",
                          "reveal", "final reveal", "final act", "last act", "coda", "epilogue", "last scene", "final pages", "last pages"}},
        {"writing", Page, {"writing", "prose", "dialogue", "script", "screenplay", "sentences", "writes", "written",
                           "tone", "explanations", "introductions", "argument", "words", "quotation", "quotations", "asides", "lines", "pep talks", "jokes", "style", "descriptions", "description", "voice", "banter", "edit", "editing", "editor", "ghostwriter", "narration", "translation", "wordplay", "one-liners", "passages", "passage", "lyrical", "overwrought", "metaphors", "imagery", "gags", "acronyms", "explains", "language", "jargon", "lyrics", "lyric", "exposition", "wall texts", "labels", "jokes"}},
        {"characters", Page, {"character", "characters", "heroine", "hero", "villain", "narrator", "protagonist",
                              "chemistry", "heroes", "villains", "protagonists",
                              "supporting characters", "love interest", "supporting cast", "women", "men", "sidekick", "heroines", "villainess", "sketched", "sidekicks", "creatures", "characterisation", "characterization", "creation", "creations", "daughter", "son", "mother", "father", "police", "written as"}},
        {"design", Play | bit(Domain::Stage) | bit(Domain::Hotel), {"design", "designed", "body", "keyboard", "stand", "cover", "basket", "layout", "cards",
                           "diagrams", "maps", "photographs", "type", "dark mode", "headband", "dust bin", "looks",
                           "machined", "light", "interface", "charts", "remote", "buttons", "redesign", "drawings", "pockets", "side pockets", "hip belt", "straps", "back panel", "illustrations", "widget", "lid", "slots", "tray", "crumb tray", "knob", "knobs", "prettiest", "pretty", "good-looking", "finish", "colour", "color", "strap", "case", "icons", "fonts", "font", "textures", "indicator", "display", "themes", "armrests", "lumbar support", "mesh", "map style", "glossary", "seat", "combat", "art", "art style", "level design", "levels", "boss fights", "bosses", "puzzles", "missions", "handling", "costumes", "set design", "rooms", "graphics", "components", "galleries", "hung", "curation", "cards"}},
        {"price", 0, {"price", "prices", "priced", "pricey", "overpriced", "expensive", "cheap", "cheaper", "value",
                      "bargain", "cost", "costs", "subscription", "fee", "money", "afford", "pounds", "dollars",
                      "free", "free tier", "rip-off", "portions", "licence", "license", "one-off payment", "lifetime", "microtransactions", "paywall", "season pass", "premium", "tickets", "ticket", "a night"}},
        {"service", bit(Domain::Restaurant) | bit(Domain::Product) | bit(Domain::App) | bit(Domain::Hotel) | bit(Domain::Music),
         {"service", "staff", "waiter", "waitress", "server", "delivery", "customer service", "queue", "order", "waited",
          "wait", "waiting", "support", "reply", "replied", "customer support", "refund", "security", "concierge", "check-in", "booking", "reception", "receptionist", "parking", "housekeeping", "forgot", "hour late", "arrived late", "cabin crew", "crew", "boarding", "check in", "forum", "unanswered"}},
        {"usability", Play, {"usability", "easy to use", "simple to use", "menus", "controls", "setup", "set up",
                              "pairing", "paying", "adjustment", "dial", "grinding", "on-screen menu", "cleaning",
                              "easy to read", "intuitive", "confusing", "taps", "tap", "adjusting", "assembly", "navigation", "onboarding", "adding", "takes seconds", "learning curve", "workflow", "shortcuts", "easy to clean", "fills", "refill", "easy to set up", "instructions", "manual", "search", "controller", "controller support", "tutorial", "keyboard shortcuts", "importing", "rulebook", "rules"}},
        {"quality", Thing | bit(Domain::Hotel), {"quality", "grip", "suction", "recipes", "colors", "colours", "webcam", "laces", "upper",
                            "lid", "handle", "hinge", "smell", "backlight", "grind", "code examples", "fries",
                            "supportive", "pain", "build", "fabric", "screen", "squeak", "squeaks", "stitching", "materials", "rattle", "rattles", "toasts", "evenly", "lever", "outside gets hot", "stays down", "seams", "zip", "zips", "cushion", "wheels", "breathes", "flattened", "room", "bed", "beds", "shower", "bathroom", "mattress", "pillows", "towels", "comfy", "legroom", "plane", "seat"}},
        {"food", Stay, {"food", "dish", "dishes", "pizza", "crust", "margherita", "tiramisu", "steak", "fries", "pho",
                         "broth", "rolls", "lamb", "curry", "dosa", "desserts", "dessert", "menu", "tasting menu",
                         "croissants", "sourdough", "chowder", "fish", "lasagna", "garlic bread", "scallop",
                         "flavour", "flavor", "taste", "bread", "pasta", "burger", "coffee", "cake", "starter", "starters", "mains", "main course", "pudding", "puddings", "noodles", "dumplings", "spring rolls", "salad", "soup", "pastries", "pastry", "chips", "scallops", "tacos", "ramen", "sushi", "chicken", "pork", "beef", "sauce", "wine", "cocktails", "bun", "buns", "dough", "cheese", "octopus", "squid", "prawns", "shrimp", "mussels", "oysters", "crab", "salmon", "cod", "tuna", "hake", "duck", "croquetas", "croquettes", "tapas", "paella", "risotto", "gnocchi", "ravioli", "pie", "tart", "cheesecake", "ice cream", "chocolate", "eggs", "pancakes", "waffles", "sandwich", "sandwiches", "plates", "small plates", "grilled", "fried", "roasted", "seafood", "meat", "rice", "vegetables", "brunch", "bravas", "crema catalana", "sirloin", "ribs", "wings", "kebab", "naan", "brisket", "cornbread", "mac and cheese", "barbecue", "bbq", "stew", "pancake", "omelette", "fish and chips", "eggs benedict", "hollandaise", "fry-up", "toast", "beans", "mushrooms", "breakfast", "haddock", "mole", "banh mi", "herbs", "beer"}},
        {"atmosphere", Stay | bit(Domain::Music), {"atmosphere", "room", "decor", "décor", "view", "deck", "lighting", "chairs", "seats",
                               "ambience", "vibe", "music", "noisy", "cramped", "loud", "quiet", "echo", "acoustics", "crowded", "lively", "tables", "crammed", "views", "walls", "courtyard", "venue", "crowd", "street noise", "traffic noise", "location", "pool", "garden", "next door", "air conditioning", "paper thin"}},
        {"sound", Thing | bit(Domain::Music) | bit(Domain::Stage), {"sound", "audio", "bass", "treble", "fan", "noise", "quiet", "loud", "noise cancelling",
                          "speakers", "silent", "fans", "mix", "sound mix", "mixing", "reverb", "inaudible", "produced", "sound design"}},
        {"battery", Thing, {"battery", "battery life", "charge"}},
        {"features", Play | bit(Domain::Hotel), {"features", "feature", "search", "map", "recognition", "exercises",
                                        "training plans", "reminder", "reminders", "syncing",
                                        "selection", "notifications", "offline", "export", "statistics", "stats", "sounds", "presets", "ports", "reports", "modes", "widgets", "options", "complication", "badges", "quotes", "offline maps", "integration", "templates", "heart rate", "tracking", "streaks", "trail data", "downloading", "offline use", "matchmaking", "multiplayer", "online", "co-op", "wifi", "wi-fi", "bank feeds", "multi-currency", "audio guide", "quizzes", "exercises", "final project", "videos"}},
        {"reliability", Play, {"crashes", "crash", "crashing", "freezes", "stable", "sync", "bugs",
                                           "buggy", "logged", "gps", "sluggish", "freeze", "lag",
                                           "laggy", "drops", "accurate", "dropped out", "drops out", "disconnects", "crashed", "breaks", "glitches", "glitchy", "reset", "resets", "readings", "locks on", "connection", "disconnect", "disconnected", "navigation", "position", "lost my position", "froze", "bug", "save bug", "wiped"}},
    };
    return table;
}

} // namespace

Domain guessDomain(const QString &text)
{
    struct Cue
    {
        Domain domain;
        QVector<const char *> words;
    };
    static const QVector<Cue> cues = {
        {Domain::Film, {"film", "films", "movie", "director", "directs", "scene", "scenes", "cast", "screen",
                        "cinematography", "screenplay", "franchise", "sequel", "actor", "actress", "animated",
                        "animation", "screening", "cinema", "theaters", "cinemas", "series", "episode",
                        "episodes", "showrunner", "drama"}},
        {Domain::Book, {"novel", "book", "chapter", "chapters", "author", "prose", "reader", "readers", "pages",
                        "read", "debut", "narrator", "memoir", "biography", "novelist",
                       "paperback", "hardback"}},
        {Domain::Product, {"battery", "bought", "device", "charges", "weighs", "usb-c", "build", "box", "model",
                           "warranty", "ships", "returned", "price", "purchase", "assembly", "fabric",
                           "remote", "pack", "keyboard", "ports", "laptop", "webcam", "replaced", "replacement", "setting",
                           "settings", "buttons", "unit", "charger", "cable", "plug", "watch", "toaster", "earbuds",
                           "headphones", "speaker", "pairing", "bass", "volume", "charging", "cartridges", "filter",
                           "appliance"}},
        {Domain::Restaurant, {"restaurant", "menu", "dish", "dishes", "waiter", "table", "food", "dessert", "chef",
                              "kitchen", "ordered", "served", "breakfast", "lunch", "dinner", "pizza", "starter", "starters",
                              "mains", "courses", "pudding", "wine", "portions", "noodles", "dumplings", "ribs", "brisket",
                              "bbq", "dined", "meal", "meals", "plates", "tapas"}},
        {Domain::App, {"app", "apps", "update", "install", "installed", "phone", "phones", "subscription",
                       "notifications", "crashes", "sync", "download", "downloaded"}},
        {Domain::Game, {"game", "games", "gameplay", "console", "controller", "multiplayer", "levels", "boss",
                        "bosses", "quests", "playthrough", "gamers", "steam", "ps5", "xbox", "switch", "indie"}},
        {Domain::Music, {"album", "albums", "track", "tracks", "songs", "band", "singer", "setlist", "encore",
                         "gig", "concert", "lyrics", "vocals", "ep", "chorus", "ballads", "guitars", "drummer"}},
        {Domain::Stage, {"theatre", "theater", "stage", "staging", "playwright", "interval", "stalls", "circle",
                         "musical", "revival", "matinee", "curtain", "broadway"}},
        {Domain::Hotel, {"hotel", "hotels", "room", "rooms", "stay", "stayed", "check-in", "concierge",
                         "reception", "suite", "booking", "resort", "guests", "bed"}},
    };
    const QVector<Word> words = wordsOf(text);
    QHash<QString, int> counts;
    for (const Word &w : words)
        ++counts[w.text];
    Domain best = Domain::Unknown;
    int bestScore = 1; // at least two hits
    for (const Cue &cue : cues) {
        int score = 0;
        for (const char *w : cue.words)
            score += counts.value(QLatin1String(w), 0);
        if (score > bestScore) {
            bestScore = score;
            best = cue.domain;
        }
    }
    return best;
}

bool isPageFurniture(const QString &text, int start, int end)
{
    // Judged by the whole line the sentence is on ("Was this review helpful? Yes / No"), and
    // only a short line: a sentence inside a paragraph is prose.
    while (start > 0 && text.at(start - 1) != QLatin1Char('\n'))
        --start;
    while (end < text.size() && text.at(end) != QLatin1Char('\n'))
        ++end;
    while (end > start && text.at(end - 1).isSpace())
        --end;
    if (end <= start || end - start > 200) // 14 words at most: no need to look further
        return false;
    const QStringView line = QStringView(text).mid(start, end - start);
    const QString p = padded(line);
    const int words = int(p.count(QLatin1Char(' '))) - 1;
    if (words > 14)
        return false;
    static const char *const openers[] = {" related",   " more reviews", " more from", " more like this", " read more",
                                          " share",     " posted ",      " published", " updated ",       " tags ",
                                          " comments",  " follow us",    " subscribe", " previous ",      " next ",
                                          " you might ", " leave a",     " reviewed by ", " review by ",  " see also",
                                          " was this review", " was this helpful", " did you find this",
                                          " report abuse", " developer response", " sign up", " back to ",  " print "};
    for (const char *o : openers) {
        if (words <= 10 && p.startsWith(QLatin1String(o)))
            return true;
    }
    // A byline: "By Anna Whitlock", "By Lionel Ortiz, Chief Film Critic".
    if (line.startsWith(QLatin1String("By ")) && line.size() > 3 && line.at(3).isUpper() && words <= 8)
        return true;
    const QChar last = line.at(line.size() - 1);
    const bool punctuated = last == QLatin1Char('.') || last == QLatin1Char('!') || last == QLatin1Char('?')
        || last.unicode() == 0x2026 || last == QLatin1Char('"') || last.unicode() == 0x201D;
    if (!punctuated)
        return true;
    // The headline in the first line: "Lantern Night: the best family film of the autumn?",
    // followed by more text, naming the work in Title Case or saying "review".
    const int colon = int(line.indexOf(QLatin1String(": ")));
    if (start != 0 || colon <= 0 || end >= text.size())
        return false;
    if (p.contains(QLatin1String(" review ")))
        return true;
    const QVector<Word> named = wordsOf(line.mid(0, colon));
    if (named.size() < 2)
        return false;
    for (const Word &w : named) {
        static const QStringList small = {QStringLiteral("of"), QStringLiteral("the"), QStringLiteral("a"),
                                          QStringLiteral("an"), QStringLiteral("and"), QStringLiteral("in"),
                                          QStringLiteral("on"), QStringLiteral("at"), QStringLiteral("to"),
                                          QStringLiteral("for")};
        if (!line.at(w.start).isUpper() && !line.at(w.start).isDigit() && !small.contains(w.text))
            return false;
    }
    return true;
}

int constructionPolarity(QStringView sentence)
{
    const QString p = padded(sentence);
    if (containsAny(p, {"thanks for nothing", "cheers for nothing", "thanks a bunch", "no thanks to"}))
        return -1;
    // Thanks for a harm is formulaic too: "thanks for ruining a good thing", "cheers for breaking
    // my saves".
    if (followedByAny(p, {" thanks for ", " thank you for ", " cheers for "}, 16,
                      {"ruining", "breaking", "wrecking", "killing", "spoiling", "wasting", "removing", "deleting",
                       "wiping", "ignoring", "ditching", "destroying"}))
        return -1;
    // Irony: an exclamation of delight, a colon or comma, then a complaint or "another".
    static const char *const delight[] = {"marvellous", "marvelous", "lovely", "great", "brilliant", "wonderful",
                                          "fantastic", "perfect", "terrific", "superb", "excellent", "splendid",
                                          "oh great", "oh brilliant", "oh good", "oh wonderful", "just great",
                                          "just perfect", "how lovely", "well done", "oh sure", "yay", "oh joy",
                                          "how nice"};
    const QString trimmed = sentence.trimmed().toString().toLower().replace(QChar(0x2019), QLatin1Char('\''));
    // The same irony after the complaint: "... charged again at the gate, lovely." (the delight
    // word alone after a comma or dash at the end).
    for (const char *d : delight) {
        const QLatin1String word(d);
        const int at = int(trimmed.size() - word.size() - 1);
        if (at < 2 || !trimmed.mid(at).startsWith(word) || !QStringLiteral(".!").contains(trimmed.back()))
            continue;
        const QChar before = trimmed.at(at - 1) == QLatin1Char(' ') ? trimmed.at(at - 2) : trimmed.at(at - 1);
        if ((before == QLatin1Char(',') || before.unicode() == 0x2014 || before.unicode() == 0x2013)
            && containsAny(padded(QStringView(trimmed).mid(0, at)),
                           {"another", "again", "extra", "charged", "charge", "surcharge", "late", "broke", "cancelled",
                            "canceled", "lost", "nobody", "no one"}))
            return -1;
    }
    for (const char *d : delight) {
        const QLatin1String word(d);
        if (!trimmed.startsWith(word) || trimmed.size() <= word.size())
            continue;
        const QChar after = trimmed.at(word.size());
        if (after != QLatin1Char(':') && after != QLatin1Char(',') && after != QLatin1Char('!')
            && after.unicode() != 0x2014 && after.unicode() != 0x2013)
            continue;
        const QString rest = padded(QStringView(trimmed).mid(word.size() + 1));
        if (containsAny(rest, {"another", "yet another", "more", "nobody", "no one", "again", "from a freezer bag",
                               "just what we needed", "just what i needed", "thanks for",
                               "breaks", "broke", "cold", "only", "extra", "added", "charge", "surcharge"})
            || rest.contains(QLatin1String(" at ")))
            return -1;
        // "Marvellous: a twelve-pound side salad.": after a colon, a price is the complaint.
        if (after == QLatin1Char(':')
            && (rest.contains(QLatin1String("pound")) || rest.contains(QLatin1String("dollar"))
                || rest.contains(QLatin1String("euro")) || rest.contains(QLatin1Char('$'))
                || rest.contains(QChar(0x00A3)) || rest.contains(QChar(0x20AC))))
            return -1;
    }
    // "better and cheaper two streets away": the rival wins.
    if ((p.contains(QLatin1String(" better ")) || p.contains(QLatin1String(" cheaper ")))
        && containsAny(p, {"streets away", "street away", "down the road", "round the corner", "around the corner",
                           "next door", "elsewhere"}))
        return -1;
    // Scarcity and near-misses judge whatever words surround them: "the songs are few and far
    // between", "a trick this one never quite pulls off".
    if (containsAny(p, {"few and far between"}))
        return -1;
    // The words just after it decide (a word cut at the end of the window simply does not match).
    if (followedByAny(p, {" never quite ", " not quite ", "n't quite "}, 24,
                      {"manage", "manages", "managed", "pull off", "pulls off", "pulled off", "come off", "comes off",
                       "come together", "comes together", "gel", "gels", "land", "lands", "convince", "convinces",
                       "deliver", "delivers", "work", "works", "succeed", "succeeds", "get there", "gets there",
                       "click", "clicks"}))
        return -1;
    // "minor gripes about a major film", "small quibbles with a fine book".
    if (containsAny(p, {"minor gripes about", "minor quibbles about", "small quibbles about", "minor niggles about",
                        "minor gripes with", "minor quibbles with", "small gripes about"}))
        return 1;
    return 0;
}

namespace {

// "Ines takes a job at a comfortable hotel", "Badly hurt, Cole turns a kindness into a strong
// friendship": a name as the subject of a verb in the present tense, as plot is retold. Only
// for fiction: in a product review a capitalised noun opens most sentences.
bool namedSubjectActs(QStringView sentence)
{
    QStringView s = sentence.trimmed();
    // A short opener ("Now deeply in debt,", "Desperate for money,") stands before the subject.
    const int comma = int(s.indexOf(QLatin1Char(',')));
    if (comma > 0 && comma < 48 && s.left(comma).count(QLatin1Char(' ')) <= 5)
        s = s.mid(comma + 1).trimmed();
    const QStringList words = s.left(80).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    int i = 0;
    static const QStringList adverbs = {QStringLiteral("Now"), QStringLiteral("Soon"), QStringLiteral("Then"),
                                        QStringLiteral("Later"), QStringLiteral("Meanwhile"), QStringLiteral("Eventually"),
                                        QStringLiteral("Finally"), QStringLiteral("There")};
    if (i < words.size() && adverbs.contains(words.at(i)))
        ++i;
    const auto isName = [](const QString &w) {
        if (w.size() < 2 || !w.at(0).isUpper())
            return false;
        for (QChar c : w) {
            if (!c.isLetter() && c != QLatin1Char('-'))
                return false;
        }
        return true;
    };
    static const QStringList starters = {
        QStringLiteral("The"), QStringLiteral("A"), QStringLiteral("An"), QStringLiteral("This"), QStringLiteral("That"),
        QStringLiteral("It"), QStringLiteral("He"), QStringLiteral("She"), QStringLiteral("They"), QStringLiteral("We"),
        QStringLiteral("You"), QStringLiteral("His"), QStringLiteral("Her"), QStringLiteral("Its"), QStringLiteral("Their"),
        QStringLiteral("Our"), QStringLiteral("My"), QStringLiteral("Your"), QStringLiteral("Everything"),
        QStringLiteral("Nothing"), QStringLiteral("Everyone"), QStringLiteral("Nobody"), QStringLiteral("Each"),
        QStringLiteral("Every"), QStringLiteral("Some"), QStringLiteral("Most"), QStringLiteral("All"), QStringLiteral("One"),
        QStringLiteral("Yet"), QStringLiteral("But"), QStringLiteral("And"), QStringLiteral("So"), QStringLiteral("Still"),
        QStringLiteral("Even"), QStringLiteral("Only"), QStringLiteral("Just"), QStringLiteral("Perhaps"),
        QStringLiteral("Sometimes"), QStringLiteral("Often"), QStringLiteral("What"), QStringLiteral("Why"),
        QStringLiteral("How"), QStringLiteral("Where"), QStringLiteral("Who"), QStringLiteral("Which"),
        QStringLiteral("These"), QStringLiteral("Those"), QStringLiteral("Such"), QStringLiteral("Both")};
    if (i >= words.size())
        return false;
    const QString subject = words.at(i).toLower();
    // "he" and "she" retell as names do ("After a bar fight, he befriends a young trainer").
    const bool pronoun = subject == QLatin1String("he") || subject == QLatin1String("she");
    if (!pronoun && (!isName(words.at(i)) || starters.contains(words.at(i))))
        return false;
    ++i;
    if (!pronoun && i < words.size() && isName(words.at(i)))
        ++i; // a surname
    if (i >= words.size())
        return false;
    // The verbs plot is retold with. Open-ended "any verb in -s" also took what critics say of
    // actors and authors ("Holt mumbles through", "Kell overwrites"), which is judgement.
    static const QStringList plotVerbs = {
        QStringLiteral("takes"), QStringLiteral("finds"), QStringLiteral("meets"), QStringLiteral("agrees"),
        QStringLiteral("turns"), QStringLiteral("loses"), QStringLiteral("hires"), QStringLiteral("inherits"),
        QStringLiteral("returns"), QStringLiteral("decides"), QStringLiteral("falls"), QStringLiteral("leaves"),
        QStringLiteral("moves"), QStringLiteral("marries"), QStringLiteral("buys"), QStringLiteral("starts"),
        QStringLiteral("begins"), QStringLiteral("tries"), QStringLiteral("learns"), QStringLiteral("discovers"),
        QStringLiteral("hides"), QStringLiteral("runs"), QStringLiteral("lives"),
        QStringLiteral("wakes"), QStringLiteral("travels"), QStringLiteral("arrives"), QStringLiteral("escapes"),
        QStringLiteral("joins"), QStringLiteral("visits"), QStringLiteral("plans"), QStringLiteral("accepts"),
        QStringLiteral("refuses"), QStringLiteral("confesses"), QStringLiteral("promises"), QStringLiteral("gets"),
        QStringLiteral("goes"), QStringLiteral("comes"), QStringLiteral("becomes"), QStringLiteral("grows"),
        QStringLiteral("flees"), QStringLiteral("forges"), QStringLiteral("rents"), QStringLiteral("sleeps"),
        QStringLiteral("fixes"), QStringLiteral("sends"), QStringLiteral("receives"),
        QStringLiteral("kills"), QStringLiteral("saves"), QStringLiteral("rescues"),
        QStringLiteral("persuades"), QStringLiteral("hears"),
        QStringLiteral("sees"), QStringLiteral("tells"), QStringLiteral("asks"), QStringLiteral("wants"),
        QStringLiteral("needs"), QStringLiteral("helps"), QStringLiteral("hunts"), QStringLiteral("searches"),
        QStringLiteral("waits"), QStringLiteral("drives"), QStringLiteral("walks"), QStringLiteral("opens"),
        QStringLiteral("quits"), QStringLiteral("befriends"), QStringLiteral("survives")};
    if (!plotVerbs.contains(words.at(i)))
        return false;
    // The subject is a craft or a part of the work, not a character: "Music swells", "Pacing sags".
    const QString p = padded(sentence);
    for (const AspectWords &a : aspectWords()) {
        for (const char *w : a.words) {
            if (subject == QLatin1String(w))
                return false;
        }
    }
    // The reviewer's voice, or "it" (most often the work), is judgement: "Book clubs will love it".
    return !containsAny(p, {"i", "we", "me", "my", "you", "us", "our", "it", "it's",
                            "scene", "scenes", "role", "roles", "part", "turn", "portrayal", "screen", "chapter",
                            "chapters", "page", "pages", "acting", "cast", "camera", "dialogue", "reader", "readers",
                            "audience", "viewers"});
}

} // namespace

bool isNarrative(QStringView sentence)
{
    const QString p = padded(sentence);
    // A judgement of the work itself is never plot summary.
    if (containsAny(p, {"film", "films", "movie", "novel", "book", "script", "story", "plot", "performance",
                        "direction", "writing", "prose", "score", "i", "we", "my", "me", "you", "it's", "it is",
                        "quality", "design", "sound", "battery", "food", "service", "price", "app", "record",
                        "album", "show", "production", "game"}))
        return false;
    return containsAny(p, {"sets things moving", "set things moving", "dies", "died", "is killed", "are killed",
                           "is murdered", "murder", "killing", "follows", "narrates", "is betrayed",
                           "flees", "inherits", "inherit", "returns from", "discovers", "swears revenge",
                           "is set in", "set in", "opens on", "picks up", "loses", "separates",
                           "move out", "goes missing", "reunion follows", "knocks out", "washes ashore", "washed ashore",
                           "run low", "runs low", "sets out", "sets off"});
}

bool isUndecided(QStringView sentence)
{
    return containsAny(padded(sentence), {"time will tell", "remains to be seen", "remain to be seen",
                                          "is yet to be seen", "anyone's guess", "jury is still out",
                                          "jury's still out", "jury is out"});
}

bool isRetoldByName(QStringView sentence, Domain domain)
{
    return (domain == Domain::Film || domain == Domain::Book) && namedSubjectActs(sentence);
}

int domainPolarity(QStringView cue, QStringView sentence)
{
    // Most cues are none of these: decide that before building anything.
    static const char *const triggers[] = {"chewy", "dense", "audible", "quiet", "quietly", "silent", "hear",
                                           "cheap", "cheaper", "huge", "enormous", "generous", "undercut", "dry",
                                           "warm", "wooden"};
    bool triggered = false;
    for (const char *t : triggers)
        triggered = triggered || cue.contains(QLatin1String(t), Qt::CaseInsensitive);
    if (!triggered)
        return 0;
    const QString c = cue.toString().toLower();
    const QString p = padded(sentence);
    // Texture words: chewy bread is right, chewy meat is wrong.
    if (c == QLatin1String("chewy") || c == QLatin1String("dense")) {
        if (containsAny(p, {"crust", "crusts", "sourdough", "bread", "bagel", "bagels", "noodles", "udon", "baguette",
                            "focaccia", "mochi", "pizza"}))
            return 1;
        return 0;
    }
    // Quiet is right for machines that should not be heard.
    if (c.contains(QLatin1String("audible")) || c == QLatin1String("quiet") || c == QLatin1String("quietly")
        || c == QLatin1String("silent") || c.contains(QLatin1String("hear"))) {
        if (containsAny(p, {"fan", "fans", "noise", "motor", "hum", "compressor", "engine", "keys", "vacuum",
                            "grinder", "fridge", "dishwasher", "kettle"}))
            return 1;
        return 0;
    }
    if (c == QLatin1String("cheap") || c == QLatin1String("cheaper")) {
        if (containsAny(p, {"feels", "looks", "plastic", "flimsy", "materials", "build", "feel"}))
            return -1;
        return 1;
    }
    // Dry wit is a gift; dry ribs are not ("were dry": the definition marks dry after a verb).
    if (c == QLatin1String("dry") || c.endsWith(QLatin1String(" dry"))) {
        if (containsAny(p, {"wit", "humour", "humor", "comedy", "comic", "deadpan", "wry", "funny", "jokes", "wine",
                            "martini", "sherry", "cider", "gin"}))
            return 1;
        return 0;
    }
    // Undercutting rivals is a price advantage; undercutting the tension is a flaw.
    if (c.startsWith(QLatin1String("undercut"))) {
        if (containsAny(p, {"rivals", "rival", "competitors", "competition", "price", "prices", "most rivals"})
            || p.contains(QLatin1Char('$')) || p.contains(QChar(0x00A3)) || p.contains(QChar(0x20AC)))
            return 1;
        return 0;
    }
    // Wooden acting is a flaw; wooden boats, toys and handles are what they are made of.
    if (c == QLatin1String("wooden")) {
        if (containsAny(p, {"boats", "boat", "pieces", "tiles", "toys", "toy", "handle", "handles", "box", "frame",
                            "floor", "floors", "table", "tables", "spoon", "board", "blocks", "beams", "meeples"}))
            return NotPolar;
        return 0;
    }
    // A warm welcome is praise; a warm beer is a complaint: what should come cold.
    if (c == QLatin1String("warm")) {
        if (containsAny(p, {"beer", "beers", "lager", "pint", "soda", "cola", "coke", "lemonade", "white wine",
                            "champagne", "prosecco", "ice cream", "gazpacho", "milkshake", "smoothie"}))
            return -1;
        return 0;
    }
    if (c == QLatin1String("huge") || c == QLatin1String("enormous") || c == QLatin1String("generous")) {
        if (containsAny(p, {"portions", "portion", "helpings", "free tier", "for the price"}))
            return 1;
    }
    return 0;
}

bool isFigurativePutDown(QStringView sentence, int start, int end)
{
    // "as <cue> as <object>": the object is something dull, not a rival ("as good as the original").
    if (!sentence.mid(0, start).endsWith(QLatin1String(" as "), Qt::CaseInsensitive)
        || !sentence.mid(end).startsWith(QLatin1String(" as "), Qt::CaseInsensitive))
        return false;
    // A name is a rival too ("as good as Holt's", "as tense as Heat"); a put-down compares
    // with a thing ("as thrilling as a tax form", "as lively as wet cardboard").
    const QStringView rest = sentence.mid(end + 4).trimmed();
    if (!rest.isEmpty() && rest.front().isUpper())
        return false;
    const QString after = sentence.mid(end).toString().toLower();
    const QString object = padded(QStringView(after).mid(4));
    static const char *const rivals[] = {" the ", " its ", " his ", " her ", " their ", " any ", " anything ",
                                         " ever ", " it ", " they ", " you ", " that ", " this ", " those ",
                                         " advertised ", " promised ", " expected ", " hoped ", " i "};
    for (const char *r : rivals) {
        if (object.startsWith(QLatin1String(r)))
            return false;
    }
    return object.size() > 2;
}

QVector<QPair<int, int>> concessionAsides(const QString &text, int start, int end)
{
    QVector<QPair<int, int>> result;
    static const QLatin1String words[] = {QLatin1String(", though "), QLatin1String(", although "),
                                          QLatin1String(", while "), QLatin1String(", albeit "),
                                          QLatin1String(", if admittedly ")};
    // Searched within the sentence only: searching the rest of the text for each sentence made
    // suggesting for a long review quadratic.
    const QStringView sentence = QStringView(text).mid(start, end - start);
    for (const QLatin1String &word : words) {
        qsizetype found = 0;
        while ((found = sentence.indexOf(word, found, Qt::CaseInsensitive)) >= 0) {
            const int opens = start + int(found) + 2;
            found += word.size();
            // A few words, then a comma, then the main clause with at least two words.
            int spaces = 0;
            for (int i = opens; i < end && i < opens + 60; ++i) {
                const QChar c = text.at(i);
                if (c == QLatin1Char(',')) {
                    const QStringView rest = QStringView(text).mid(i + 1, end - i - 1).trimmed();
                    if (spaces >= 1 && spaces <= 5 && rest.count(QLatin1Char(' ')) >= 1)
                        result.append({opens, i + 1});
                    break;
                }
                if (c.isSpace())
                    ++spaces;
                else if (c == QLatin1Char(';') || c == QLatin1Char(':') || c == QLatin1Char('.'))
                    break;
            }
        }
    }
    return result;
}

bool isFailedFunction(QStringView after)
{
    const QVector<Word> words = wordsOf(after);
    int i = 0;
    while (i < words.size() && (words.at(i).text == QLatin1String("always") || words.at(i).text == QLatin1String("even")
                                || words.at(i).text == QLatin1String("properly") || words.at(i).text == QLatin1String("reliably")))
        ++i;
    if (i >= words.size() || after.mid(0, words.at(0).start).trimmed().size() > 0)
        return false;
    static const QStringList verbs = {
        QStringLiteral("work"),    QStringLiteral("load"),    QStringLiteral("refresh"), QStringLiteral("sync"),
        QStringLiteral("connect"), QStringLiteral("open"),    QStringLiteral("save"),    QStringLiteral("update"),
        QStringLiteral("respond"), QStringLiteral("charge"),  QStringLiteral("pair"),    QStringLiteral("launch"),
        QStringLiteral("register"), QStringLiteral("install"), QStringLiteral("start"),  QStringLiteral("print")};
    return verbs.contains(words.at(i).text);
}

bool isShortConcession(QStringView clause)
{
    clause = clause.trimmed();
    if (!clause.endsWith(QLatin1Char(',')))
        return false;
    const QVector<Word> words = wordsOf(clause);
    return !words.isEmpty() && words.size() <= 4 && aspectOf(clause, Domain::Unknown).isEmpty();
}

QStringList builtInAspects()
{
    QStringList names;
    for (const AspectWords &a : aspectWords())
        names.append(QLatin1String(a.name));
    return names;
}

QString aspectOf(QStringView sentence, Domain domain, const QStringList &tags)
{
    const QString p = padded(sentence);
    const QVector<Word> words = wordsOf(sentence);
    QString best;
    double bestScore = 0;
    int bestPosition = int(p.size());
    auto consider = [&](const QString &name, double score, int position) {
        if (score > bestScore || (score == bestScore && score > 0 && position < bestPosition)) {
            best = name;
            bestScore = score;
            bestPosition = position;
        }
    };
    // Tag lookup: case-insensitive, the tag as written in the project.
    auto tagFor = [&](const QString &name) -> QString {
        if (tags.isEmpty())
            return name;
        for (const QString &tag : tags) {
            if (tag.compare(name, Qt::CaseInsensitive) == 0)
                return tag;
        }
        return {};
    };
    // Single words are looked up in a table built once; phrases are searched for.
    static const QHash<QString, QVector<int>> singleWords = [] {
        QHash<QString, QVector<int>> table;
        for (int i = 0; i < aspectWords().size(); ++i) {
            for (const char *w : aspectWords().at(i).words) {
                if (!std::strchr(w, ' '))
                    table[QString::fromUtf8(w)].append(i);
            }
        }
        return table;
    }();
    const int count = int(aspectWords().size());
    QVector<double> scores(count, 0);
    QVector<int> positions(count, int(p.size()));
    for (const Word &w : words) {
        const auto it = singleWords.constFind(w.text);
        if (it == singleWords.cend())
            continue;
        for (int i : it.value()) {
            scores[i] += 1;
            positions[i] = std::min(positions[i], w.start);
        }
    }
    // Phrases by their first word: only those whose first word is in the sentence are searched
    // for (searching for each of hundreds of phrases in every sentence was half of suggesting).
    struct Phrase
    {
        int aspect;
        const char *text;
    };
    static const QHash<QString, QVector<Phrase>> phrasesByFirstWord = [] {
        QHash<QString, QVector<Phrase>> table;
        for (int i = 0; i < aspectWords().size(); ++i) {
            for (const char *w : aspectWords().at(i).words) {
                if (const char *space = std::strchr(w, ' '))
                    table[QString::fromUtf8(w, int(space - w))].append({i, w});
            }
        }
        return table;
    }();
    QVector<Phrase> candidates;
    for (const Word &w : words) {
        const auto it = phrasesByFirstWord.constFind(w.text);
        if (it == phrasesByFirstWord.cend())
            continue;
        for (const Phrase &phrase : it.value()) {
            const bool seen = std::any_of(candidates.cbegin(), candidates.cend(),
                                          [&phrase](const Phrase &c) { return c.text == phrase.text && c.aspect == phrase.aspect; });
            if (!seen)
                candidates.append(phrase);
        }
    }
    for (const Phrase &phrase : std::as_const(candidates)) {
        const int at = findWords(p, QLatin1String(phrase.text));
        if (at < 0)
            continue;
        // Longer phrases say more than single words.
        scores[phrase.aspect] += 1 + 0.5 * double(std::count(phrase.text, phrase.text + qstrlen(phrase.text), ' '));
        positions[phrase.aspect] = std::min(positions[phrase.aspect], at);
    }
    for (int i = 0; i < count; ++i) {
        const AspectWords &a = aspectWords().at(i);
        const QString name = scores.at(i) > 0 ? tagFor(QLatin1String(a.name)) : QString();
        if (name.isEmpty())
            continue;
        const bool inDomain = a.domains == 0 || domain == Domain::Unknown || (a.domains & bit(domain));
        consider(name, inDomain ? scores.at(i) * 2 : scores.at(i) * 0.5, positions.at(i));
    }
    // A tag of the project's own that is not built in, named in the sentence (singular or plural).
    for (const QString &tag : tags) {
        const QString t = tag.toLower();
        for (const Word &w : words) {
            if (w.text == t || w.text == t + QLatin1Char('s') || w.text + QLatin1Char('s') == t)
                consider(tag, 3, w.start);
        }
    }
    // A sentence that opens on a person's name in a film review (or one of no clear domain) is
    // about a performance ("Walter Hale is wonderful as the landlord").
    if (best.isEmpty() && (domain == Domain::Film || domain == Domain::Unknown) && words.size() >= 2) {
        const QChar a = sentence.at(words.at(0).start);
        const QChar b = sentence.at(words.at(1).start);
        // German capitalises every noun ("Die Musik"): an article is never a first name.
        static const QStringList articles = {QStringLiteral("the"), QStringLiteral("der"), QStringLiteral("die"),
                                             QStringLiteral("das"), QStringLiteral("den"), QStringLiteral("dem"),
                                             QStringLiteral("des"), QStringLiteral("ein"), QStringLiteral("eine"),
                                             QStringLiteral("einen"), QStringLiteral("le"), QStringLiteral("la"),
                                             QStringLiteral("les"), QStringLiteral("un"), QStringLiteral("une")};
        if (a.isUpper() && b.isUpper() && !articles.contains(words.at(0).text))
            consider(tagFor(QStringLiteral("performances")), 1, 0);
    }
    return bestScore >= 1 ? best : QString();
}

} // namespace SuggestionRules
} // namespace Revmark

#endif // REVMARK_HAVE_SYNTAX
