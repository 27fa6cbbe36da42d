#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Count the entries of a Revmark cue definition (resources/syntax/review-cues.in.xml, the source of
review-cues.xml, by default).

An entry is a keyword-list item or one alternative of a RegExpr rule: a rule written as
\\b(?:a|b|c)\\b counts three. Prints a line per cue kind (single words + phrases), the
ratings patterns, the neutral guards, and the regex rules one by one with their comments.
Usage: lexicon_counts.py [FILE.xml]
"""
import os
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT = os.path.normpath(os.path.join(HERE, '..', '..', '..', 'resources', 'syntax', 'review-cues.in.xml'))
KINDS = ['Praise', 'Criticism', 'Intensifier', 'Hedge', 'Contrast', 'Negator', 'Rating']


def alternatives(pattern):
    """Top-level alternatives of \\b(?:...)\\b (or of the whole pattern)."""
    body = pattern
    if body.startswith('\\b(?:') and body.endswith(')\\b'):
        inner = body[5:-3]
        # Only unwrap when the group really spans the whole pattern.
        depth, i, ok = 0, 0, True
        while i < len(inner):
            c = inner[i]
            if c == '\\':
                i += 2
                continue
            if c == '[':
                j = inner.index(']', i + 2 if inner[i + 1:i + 2] == ']' else i + 1)
                i = j + 1
                continue
            if c == '(':
                depth += 1
            elif c == ')':
                depth -= 1
                if depth < 0:
                    ok = False
                    break
            i += 1
        if ok and depth == 0:
            body = inner
        else:
            return [pattern]
    else:
        return [pattern]
    out, cur, depth, i = [], '', 0, 0
    while i < len(body):
        c = body[i]
        if c == '\\':
            cur += body[i:i + 2]
            i += 2
            continue
        if c == '[':
            j = body.index(']', i + 1)
            cur += body[i:j + 1]
            i = j + 1
            continue
        if c == '(':
            depth += 1
        elif c == ')':
            depth -= 1
        if c == '|' and depth == 0:
            out.append(cur)
            cur = ''
        else:
            cur += c
        i += 1
    out.append(cur)
    return out


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else DEFAULT
    root = ET.parse(path).getroot()
    hl = root.find('highlighting')
    lists = {l.get('name'): [i.text.strip() for i in l.findall('item')] for l in hl.findall('list')}
    words = {k: 0 for k in KINDS}
    phrases = {k: 0 for k in KINDS}
    guards = 0
    rules = []
    context = hl.find('contexts').find('context')
    comment = ''
    # ElementTree drops comments by default; read them with a parser that keeps them.
    parser = ET.XMLParser(target=ET.TreeBuilder(insert_comments=True))
    croot = ET.parse(path, parser=parser).getroot()
    context = croot.find('highlighting').find('contexts').find('context')
    for el in context:
        if el.tag is ET.Comment:
            comment = (el.text or '').strip()
            continue
        attr = el.get('attribute')
        if el.tag == 'keyword':
            words[attr] += len(lists[el.get('String')])
            rules.append((attr, 'keyword list "%s"' % el.get('String'), len(lists[el.get('String')])))
        elif el.tag == 'RegExpr':
            n = len(alternatives(el.get('String')))
            if attr == 'Normal Text':
                guards += n
            else:
                phrases[attr] += n
            rules.append((attr, comment or 'RegExpr', n))
        comment = ''
    print('%-12s %7s %8s %7s' % ('kind', 'words', 'phrases', 'total'))
    for k in KINDS:
        print('%-12s %7d %8d %7d' % (k.lower(), words[k], phrases[k], words[k] + phrases[k]))
    print('%-12s %7s %8d' % ('guards', '', guards))
    print()
    print('rules in order:')
    for attr, what, n in rules:
        print('  %-12s %5d  %s' % (attr, n, what[:90]))


if __name__ == '__main__':
    main()
