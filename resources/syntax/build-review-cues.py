#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Builds resources/syntax/review-cues.xml (compiled into Revmark) from review-cues.in.xml.

Edit review-cues.in.xml (keyword lists and phrase rules in the order they apply), then run
    python3 resources/syntax/build-review-cues.py
and commit both files. `--check` exits with status 1 when review-cues.xml is out of date.

Why: KSyntaxHighlighting tries every rule of a context at every position and calls
QRegularExpression for each RegExpr rule; with twenty phrase alternations of hundreds of phrases
each, detection took about 1 s per MB (issue 13). The built file keeps the same rules and the
same results but arranges them so that expressions run only where a phrase really starts:

- every phrase alternation is compiled into a prefix tree ("not\\s+(?:bad|without|...)"), so
  the expression engine rejects a position after a character or two instead of trying each
  phrase in turn;
- the main context first tries two lookahead gates: one expression that matches any word
  phrase, one that matches any rating; KSyntaxHighlighting remembers where a gate matches next,
  so each gate scans a line once. Only where a gate matches does the "Phrase" context run the
  original rules, in their original order, anchored at that position (\\G), each rule's
  consecutive neighbours of the same attribute merged into one;
- the word gate is a prefix tree of all phrases and a second one of the other rules at a word
  boundary, their leading alternatives multiplied out ("(?:far\\s+|much\\s+)?too\\s+..."
  becomes "f(?:ar\\s+too...)|m(?:uch\\s+too...)|too..."), so that those rules, too, are
  rejected after a letter or two instead of being tried one after the other at every word;
- single words go through the keyword lists as before, but behind one more gate: a keyword
  list that includes all six ("cues") is looked up first and, only for a word in it, the
  "Word" context tries the six lists in their order. A word that is no cue (most words) costs
  one lookup instead of six; DetectSpaces / DetectIdentifier step over blanks and such words;
- the rating gate holds only the rating rules that do not start at a word boundary (those
  with \\b are in the word gate already), behind a lookahead for the characters they can
  start with (a digit or a star): the expression engine skips every other position at once
  instead of trying each rating rule there.
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.join(HERE, 'review-cues.in.xml')
TARGET = os.path.join(HERE, 'review-cues.xml')
KEYWORDS = [('Praise', 'praise'), ('Criticism', 'criticism'), ('Intensifier', 'intensifiers'),
            ('Hedge', 'hedges'), ('Contrast', 'contrast'), ('Negator', 'negators')]


def split_top(s):
    """Splits a regular expression at its top-level '|'."""
    parts, depth, cur, i = [], 0, '', 0
    while i < len(s):
        c = s[i]
        if c == '\\':
            cur += s[i:i + 2]
            i += 2
            continue
        if c == '[':
            j = s.index(']', i + 1)
            cur += s[i:j + 1]
            i = j + 1
            continue
        if c == '(':
            depth += 1
        elif c == ')':
            depth -= 1
        if c == '|' and depth == 0:
            parts.append(cur)
            cur = ''
        else:
            cur += c
        i += 1
    parts.append(cur)
    return parts


def atoms(alt):
    """The atoms of a flat phrase: characters, escapes, classes, entities, each with its quantifier."""
    out, i = [], 0
    while i < len(alt):
        c = alt[i]
        if c == '\\':
            a = alt[i:i + 2]
            i += 2
        elif c == '[':
            j = alt.index(']', i + 1)
            a = alt[i:j + 1]
            i = j + 1
        elif c == '&':
            j = alt.index(';', i)
            a = alt[i:j + 1]
            i = j + 1
        else:
            a = c.lower() if c.isalpha() else c
            i += 1
        if i < len(alt) and alt[i] in '+?*':
            a += alt[i]
            i += 1
        out.append(a)
    return out


END = ''


def build_tree(alts):
    root = {}
    for alt in alts:
        node = root
        for a in atoms(alt):
            node = node.setdefault(a, {})
        node[END] = {}
    return root


def emit(node):
    """The prefix tree as an expression; a phrase that is a prefix of a longer one becomes an
    optional (greedy) tail, so the longer phrase still wins, as in the longest-first lists."""
    keys = [k for k in node if k != END]
    if not keys:
        return ''
    branches = [k + emit(node[k]) for k in keys]
    body = branches[0] if len(branches) == 1 else '(?:' + '|'.join(branches) + ')'
    if END in node:
        if len(branches) == 1:
            body = '(?:' + body + ')'
        body += '?'
    return body


def flat_alternatives(pattern):
    """The phrases of a rule written as \\b(?:phrase|phrase|...)\\b without groups inside, else None."""
    m = re.match(r'^\\b\(\?:(.*)\)\\b$', pattern)
    if not m or '(' in m.group(1):
        return None
    return split_top(m.group(1))


def compiled(pattern):
    alts = flat_alternatives(pattern)
    if alts is None:
        return pattern
    return '\\b(?:' + emit(build_tree(alts)) + ')\\b'


def group_end(s, i):
    """The index just after the group that opens at s[i]."""
    depth = 0
    while True:
        if s[i] == '\\':
            i += 2
            continue
        if s[i] == '[':
            i = s.index(']', i + 1) + 1
            continue
        depth += {'(': 1, ')': -1}.get(s[i], 0)
        i += 1
        if depth == 0:
            return i


TAILS = None  # key of the expressions that end a path of the gate's prefix tree


def expand(pattern, limit=40):
    """pattern as (atoms, tail) pairs whose alternation matches the same: leading groups of
    alternatives, optional or not, are multiplied out into literal atoms as far as they go
    (unless the rest after a group would be copied into more than about 10 * limit
    characters: then that group becomes a prefix tree followed by the rest); the tail is the
    rest of the expression from the first atom that cannot be ("(?!", "{1,3}", a group with a
    quantifier or a group inside)."""
    alternatives = split_top(pattern)
    if len(alternatives) > 1:
        out = []
        for alt in alternatives:
            out += expand(alt, limit)
        return out
    i = 0
    prefix = []
    while i < len(pattern):
        if pattern.startswith('(?:', i):
            end = group_end(pattern, i)
            quantifier = pattern[end:end + 1]
            if quantifier and quantifier in '*+{':
                break
            optional = quantifier == '?'
            rest = pattern[end + (1 if optional else 0):]
            choices = split_top(pattern[i + 3:end - 1])
            if any('(' in c for c in choices):
                break
            if len(choices) * len(rest) > limit * 10:
                # Multiplied out, the rest would be copied too often: a prefix tree of the
                # choices, then the rest once.
                group = '(?:' + emit(build_tree(choices)) + ')' + ('?' if optional else '')
                return [(prefix, group + rest)]
            choices += [''] if optional else []
            out = []
            for choice in choices:
                out += expand(choice + rest, limit)
            return [(prefix + a, t) for a, t in out]
        if pattern[i] == '(':
            break
        a = atoms(pattern[i:])[0]
        raw = len(a)
        if pattern[i + raw:i + raw + 1] == '{':
            break
        prefix.append(a)
        i += raw
    return [(prefix, pattern[i:])]


def build_gate_tree(pairs):
    root = {}
    for path, tail in pairs:
        node = root
        for a in path:
            node = node.setdefault(a, {})
        tails = node.setdefault(TAILS, [])
        if tail not in tails:
            tails.append(tail)
    return root


def emit_gate(node):
    """The prefix tree of the gate as an expression; the tails of a node are alternatives after
    its branches (the empty tail last)."""
    branches = [k + emit_gate(node[k]) for k in node if k is not TAILS]
    tails = node.get(TAILS, [])
    branches += sorted(tails, key=lambda t: t == '')
    if len(branches) == 1:
        return branches[0]
    return '(?:' + '|'.join(branches) + ')'


def first_chars(pattern):
    """The characters a match of pattern (as written in the XML) can start with, as the inside
    of a character class ("\\d★"), or None when that is not simple to tell (then no lookahead
    filter is used)."""
    out = []
    for alt in split_top(pattern):
        while alt.startswith(('(?<', '(?&lt;')):
            alt = alt[group_end(alt, 0):]  # a lookbehind takes no character
        if alt.startswith('(?:'):
            end = group_end(alt, 0)
            if end < len(alt) and alt[end] in '?*':
                return None
            inner = first_chars(alt[3:end - 1])
            if inner is None:
                return None
            out.append(inner)
            continue
        first = atoms(alt)[:2] if alt else []
        if not first or first[0].endswith(('?', '*')) or alt[len(first[0]):].startswith('{0'):
            return None  # the first atom may be absent
        a = first[0].rstrip('+')
        if a == '\\d':
            out.append(a)
        elif a.startswith('[') and not a.startswith('[^') and '\\' not in a:
            out.append(a[1:-1])
        elif len(a) == 1 and a not in '.()|\\^$[]{}-&':
            out.append(a)
        else:
            return None
    unique = []
    for c in out:
        if c not in unique and not (c.isdigit() and '\\d' in out):
            unique.append(c)
    return ''.join(unique)


def build(source):
    lines = source.split('\n')
    rules = []
    for line in lines:
        m = re.match(r'\s*<RegExpr attribute="([^"]+)" String="(.*)" insensitive="true"/>\s*$', line)
        if m:
            rules.append((m.group(1), m.group(2)))
    if not rules:
        raise SystemExit('no RegExpr rules in the source')
    flat, word_others, number_others = [], [], []
    for _, pattern in rules:
        alts = flat_alternatives(pattern)
        if alts is not None:
            flat += alts
        elif pattern.startswith('\\b'):
            word_others.append(pattern[2:])
        else:
            # The rest make the rating gate (the rules at a word boundary, ratings with \\b
            # among them, are in the word gate).
            number_others.append(pattern)
    # Prefix trees for the phrases and for the other rules at a word boundary, their leading
    # alternatives multiplied out ("(?:far\\s+|much\\s+)?too\\s+..."): the engine then rejects
    # most word starts after a letter or two instead of trying each of those rules in turn.
    # (Two trees: with a \\b at each of the phrases' ends, one would be too large for PCRE; and
    # two gates, one per tree: in one expression the two outgrew PCRE's compiled-pattern limit,
    # and a gate that does not compile silently turns every phrase rule off.)
    pairs = []
    for p in word_others:
        pairs += expand(p)
    phrase_gate = '\\b(?:' + emit(build_tree(flat)) + ')\\b'
    rule_gate = '\\b' + emit_gate(build_gate_tree(pairs))
    number_gate = '|'.join('(?:' + p + ')' for p in number_others)
    starts = first_chars(number_gate)
    if starts is not None:
        number_gate = '(?=[' + starts + '])(?:' + number_gate + ')'
    merged = []
    for attribute, pattern in rules:
        body = compiled(pattern)
        if merged and merged[-1][0] == attribute:
            merged[-1][1].append(body)
        else:
            merged.append((attribute, [body]))
    ind = '        '
    out = ['    <contexts>',
           '      <context name="Text" attribute="Normal Text" lineEndContext="#stay">',
           ind + '<DetectSpaces attribute="Normal Text"/>',
           ind + '<RegExpr attribute="Normal Text" String="%s" insensitive="true" lookAhead="true" context="Phrase"/>' % number_gate,
           ind + '<RegExpr attribute="Normal Text" String="%s" insensitive="true" lookAhead="true" context="Phrase"/>' % phrase_gate,
           ind + '<RegExpr attribute="Normal Text" String="%s" insensitive="true" lookAhead="true" context="Phrase"/>' % rule_gate]
    out.append(ind + '<keyword attribute="Normal Text" String="cues" lookAhead="true" context="Word"/>')
    out += [ind + '<DetectIdentifier attribute="Normal Text"/>',
            '      </context>',
            # Entered only before a word of one of the lists: the first list that has it wins.
            '      <context name="Word" attribute="Normal Text" lineEndContext="#pop" fallthroughContext="#pop">']
    for attribute, name in KEYWORDS:
        out.append(ind + '<keyword attribute="%s" String="%s" context="#pop"/>' % (attribute, name))
    out += ['      </context>',
            # "|(?=\W)": a rule that does not match here must still find a later match, or
            # KSyntaxHighlighting would skip it for the rest of the line.
            '      <context name="Phrase" attribute="Normal Text" lineEndContext="#pop" fallthroughContext="#pop">']
    for attribute, bodies in merged:
        body = bodies[0] if len(bodies) == 1 else '|'.join('(?:' + b + ')' for b in bodies)
        out.append(ind + '<RegExpr attribute="%s" String="\\G(?:%s)|(?=\\W)" insensitive="true" context="#pop"/>'
                   % (attribute, body))
    out += [ind + '<DetectIdentifier attribute="Normal Text" context="#pop"/>',
            '      </context>',
            '    </contexts>']
    start = next(i for i, l in enumerate(lines) if l.strip() == '<contexts>')
    end = next(i for i, l in enumerate(lines) if l.strip() == '</contexts>')
    # All the single words, for the keyword gate.
    head = lines[:start] + ['    <list name="cues">'] + \
        ['      <include>%s</include>' % name for _, name in KEYWORDS] + ['    </list>']
    # The header comment: say where the file comes from.
    for i, l in enumerate(head):
        if l.startswith('<!-- SPDX-License-Identifier'):
            head[i] = l + '\n     GENERATED from review-cues.in.xml by build-review-cues.py: edit that file, then run\n' \
                          '     the script (docs/cues.md, "Speed"). The rules below are the same as there, arranged\n' \
                          '     for speed.\n'
            break
    return '\n'.join(head + out + lines[end + 1:])


def main():
    with open(SOURCE, encoding='utf-8') as f:
        result = build(f.read())
    if '--check' in sys.argv[1:]:
        with open(TARGET, encoding='utf-8') as f:
            if f.read() != result:
                print('review-cues.xml is out of date: run resources/syntax/build-review-cues.py', file=sys.stderr)
                return 1
        return 0
    with open(TARGET, 'w', encoding='utf-8') as f:
        f.write(result)
    return 0


if __name__ == '__main__':
    sys.exit(main())
