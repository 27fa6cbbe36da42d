#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Run a cue definition over the tuning part of the labelled set and show where its cues land.

Uses kate-syntax-highlighter (package libkf5syntaxhighlighting-tools) on a private copy of
the definition in which every cue kind gets its own colour, reads the HTML back into cues,
and counts cue kinds per label (praise span, criticism span, neutral). With -v it lists
praise/criticism cues outside spans of their polarity and spans without a cue of their own
polarity: the places to look at when refining the lexicon (never the labels).
Usage: cue_coverage.py [-v] [DEFINITION.xml [LABELLED_DIR]]
"""
import os, re, sys, subprocess, tempfile, html, collections
HERE = os.path.dirname(os.path.abspath(__file__))
ARGS = [a for a in sys.argv[1:] if a != '-v']
XML = ARGS[0] if ARGS else os.path.join(HERE, '..', '..', '..', '..', 'resources', 'syntax', 'review-cues.xml')
LAB = ARGS[1] if len(ARGS) > 1 else HERE
colors = {'Praise':'#000001','Criticism':'#000002','Intensifier':'#000003','Hedge':'#000004','Contrast':'#000005','Negator':'#000006','Rating':'#000007'}
src = open(XML, encoding='utf-8').read()
for k, c in colors.items():
    src = re.sub(r'<itemData name="%s"[^>]*/>' % k, '<itemData name="%s" defStyleNum="dsNormal" color="%s"/>' % (k, c), src)
T = tempfile.mkdtemp(); d = os.path.join(T, 'org.kde.syntax-highlighting', 'syntax'); os.makedirs(d)
open(os.path.join(d, 'review-cues.xml'), 'w', encoding='utf-8').write(src)
MARK = re.compile(r'\{\+|\+\}|\{-|-\}')
inv = {v: k for k, v in colors.items()}
def detect(text):
    p = subprocess.run(['kate-syntax-highlighter', '--stdin', '-s', 'Review Cues', '-f', 'html'], input=text, capture_output=True, text=True, env=dict(os.environ, XDG_DATA_HOME=T), timeout=60)
    body = p.stdout.split('<pre>\n', 1)[1].rsplit('</pre>', 1)[0]
    cues = []; pos = 0
    for m in re.finditer(r'<span style="([^"]*)">(.*?)</span>|([^<]+)', body, re.S):
        if m.group(3) is not None:
            pos += len(html.unescape(m.group(3))); continue
        t = html.unescape(m.group(2)); c = re.search(r'color:(#[0-9a-f]{6})', m.group(1))
        k = inv.get(c.group(1)) if c else None
        if k: cues.append((pos, pos + len(t), k, t))
        pos += len(t)
    return cues
if __name__ == '__main__':
    verbose = '-v' in sys.argv
    stats = collections.Counter()
    # The tuning part only: the held-back reviews (held-back.list) are never looked at for tuning.
    held = set()
    if os.path.exists(os.path.join(LAB, 'held-back.list')):
        held = {l.strip() for l in open(os.path.join(LAB, 'held-back.list'), encoding='utf-8')
                if l.strip() and not l.startswith('#')}
    for name in sorted(f for f in os.listdir(LAB) if f.endswith('.txt') and f not in held):
        raw = open(os.path.join(LAB, name), encoding='utf-8').read()
        raw = raw.split('\n', 2)[2]  # the header line is not review text
        # strip marks, remember label intervals
        plain = []; labels = []; cur = None; start = 0; n = 0
        i = 0
        for m in MARK.finditer(raw):
            plain.append(raw[i:m.start()]); n += m.start() - i; i = m.end()
            tok = m.group()
            if tok in ('{+', '{-'): cur = tok[1]; start = n
            else: labels.append((start, n, cur)); cur = None
        plain.append(raw[i:]); text = ''.join(plain)
        cues = detect(text)
        def lab(pos):
            for s, e, k in labels:
                if s <= pos < e: return k
            return ''
        for s, e, k, t in cues:
            l = lab(s)
            stats[(k, l)] += 1
            if verbose and ((k == 'Praise' and l != '+') or (k == 'Criticism' and l != '-')):
                print(f'{name}: {k} {t!r} in {"neutral" if not l else ("praise" if l == "+" else "criticism")}: ...{text[max(0,s-40):e+30]!r}')
        for s, e, k in labels:
            ks = [c[2] for c in cues if s <= c[0] < e]
            want = 'Praise' if k == '+' else 'Criticism'
            stats[('span', k, 'has_own')] += want in ks
            other = 'Criticism' if k == '+' else 'Praise'
            negated = any(a == 'Negator' and b == other for a, b in zip(ks, ks[1:]))
            stats[('span', k, 'own_or_negated')] += (want in ks) or negated
            stats[('span', k, 'total')] += 1
            if verbose and want not in ks:
                print(f'{name}: {want} span without {want} cue: {text[s:e]!r} cues={[(c[2], c[3]) for c in cues if s <= c[0] < e]}')
    print('%-12s %8s %10s %8s' % ('cue kind', 'in praise', 'in critic.', 'neutral'))
    for k in ['Praise', 'Criticism', 'Intensifier', 'Hedge', 'Contrast', 'Negator', 'Rating']:
        print('%-12s %8d %10d %8d' % (k.lower(), stats[(k, '+')], stats[(k, '-')], stats[(k, '')]))
    for k, name in (('+', 'praise'), ('-', 'criticism')):
        print('%s spans holding a %s cue: %d of %d; with a negated cue of the other polarity: %d'
              % (name, name, stats[('span', k, 'has_own')], stats[('span', k, 'total')], stats[('span', k, 'own_or_negated')]))
