#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Validate the labelled review set and print its figures.

Checks the format described in README.md (header line, blank line, spans balanced,
never nested, never crossing paragraphs, no empty spans, grades.tsv in step with the
files) and counts reviews, sentences, rating lines and spans by polarity.
Exit status 1 when anything is wrong.  Usage: check.py [DIR]
"""
import os
import re
import sys
from collections import Counter

HERE = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
NAME = re.compile(r'^(\d\d)-([a-z]+)-[a-z0-9-]+\.txt$')
HEADER = re.compile(r'^# genre: ([a-z]+); voice: .+$')
MARK = re.compile(r'\{\+|\+\}|\{-|-\}')
# A sentence ends at . ! ? (optionally followed by a closing quote) before a space or the end.
SENT_END = re.compile(r'[.!?]["\u201d\']?(?=\s|$)')
RATING_LINE = re.compile(r'^(?:(?:grade|rating|score|overall)\s*:\s*)?'
                         r'(?:[A-F][+-]?|\d+(?:\.\d+)?\s*(?:/\s*\d+|%|\s*out of \d+(?: stars?)?|'
                         r'\s*stars?)|[★☆½]+|[a-z]+ stars?\.?)$', re.I)

errors = []
stats = Counter()
genres = Counter()
sentences_by_label = Counter()


def err(path, msg):
    errors.append(f'{path}: {msg}')


def plain(text):
    return MARK.sub('', text)


def parse_paragraph(path, para):
    """Return [(label, text)] pieces; label is '+', '-' or '' for unmarked text."""
    pieces = []
    pos = 0
    open_kind = None
    open_at = 0
    for m in MARK.finditer(para):
        tok = m.group()
        if tok in ('{+', '{-'):
            if open_kind:
                err(path, f'nested or unclosed span before: {para[m.start():m.start()+40]!r}')
                return []
            pieces.append(('', para[pos:m.start()]))
            open_kind, open_at = tok[1], m.end()
        else:
            if open_kind != tok[0]:
                err(path, f'closing {tok} without matching opener near {para[max(0,m.start()-40):m.end()]!r}')
                return []
            body = para[open_at:m.start()]
            if not body.strip() or body != body.strip():
                err(path, f'empty span or span with outer spaces: {body!r}')
            pieces.append((open_kind, body))
            open_kind = None
        pos = m.end()
    if open_kind:
        err(path, 'span not closed within its paragraph')
        return []
    pieces.append(('', para[pos:]))
    return [(k, t) for k, t in pieces if t]


def count_sentences(text):
    text = text.strip()
    if not text:
        return 0
    n = len(SENT_END.findall(text))
    # Text that does not end in punctuation (a clause span, a fragment) is still a piece.
    return n + (0 if SENT_END.search(text[-2:] if len(text) > 1 else text) else 1)


files = sorted(f for f in os.listdir(HERE) if f.endswith('.txt'))
grades = {}
gpath = os.path.join(HERE, 'grades.tsv')
if os.path.exists(gpath):
    with open(gpath, encoding='utf-8') as f:
        for i, line in enumerate(f, 1):
            line = line.rstrip('\n')
            if not line or line.startswith('#'):
                continue
            cols = line.split('\t')
            if len(cols) != 3 or not cols[2].isdigit() or not 0 <= int(cols[2]) <= 100:
                err('grades.tsv', f'line {i}: want "file<TAB>raw<TAB>0-100": {line!r}')
                continue
            grades[cols[0]] = (cols[1], int(cols[2]))

numbers = []
for name in files:
    path = os.path.join(HERE, name)
    m = NAME.match(name)
    if not m:
        err(name, 'file name is not NN-genre-slug.txt')
        continue
    numbers.append(int(m.group(1)))
    raw = open(path, 'rb').read()
    if b'\r' in raw:
        err(name, 'CR line ends')
    text = raw.decode('utf-8')
    if not text.endswith('\n') or text.endswith('\n\n'):
        err(name, 'must end with exactly one newline')
    lines = text.split('\n')
    h = HEADER.match(lines[0])
    if not h:
        err(name, 'line 1 is not "# genre: <genre>; voice: <words>"')
        continue
    if h.group(1) != m.group(2):
        err(name, f'genre in header ({h.group(1)}) differs from file name ({m.group(2)})')
    if lines[1] != '':
        err(name, 'line 2 must be blank')
    genres[h.group(1)] += 1
    stats['reviews'] += 1
    body = '\n'.join(lines[2:]).rstrip('\n')
    paras = body.split('\n\n')
    rating_seen = None
    for para in paras:
        if not para.strip() or '\n' in para or para != para.strip():
            err(name, f'paragraph must be one non-empty line without outer spaces: {para[:40]!r}')
            continue
        if RATING_LINE.match(para):
            stats['rating lines'] += 1
            rating_seen = para
            continue
        stats['plain sentences'] += len(SENT_END.findall(plain(para))) + (0 if SENT_END.search(plain(para)[-2:]) else 1)
        for kind, piece in parse_paragraph(name, para):
            n = count_sentences(piece)
            label = {'+': 'praise', '-': 'criticism', '': 'neutral'}[kind]
            if kind:
                stats[f'{label} spans'] += 1
            sentences_by_label[label] += n
    if rating_seen and name not in grades:
        err(name, f'has a rating line ({rating_seen!r}) but no grades.tsv entry')
    if name in grades and grades[name][0] not in plain(body):
        err(name, f'grades.tsv raw form {grades[name][0]!r} not found in the text')

held = []
hpath = os.path.join(HERE, 'held-back.list')
if not os.path.exists(hpath):
    err('held-back.list', 'missing')
else:
    with open(hpath, encoding='utf-8') as f:
        held = [l.strip() for l in f if l.strip() and not l.startswith('#')]
    for h in held:
        if h not in files:
            err('held-back.list', f'names a missing file {h}')
    if len(set(held)) != len(held):
        err('held-back.list', 'lists a file twice')
    for name in files:
        m = NAME.match(name)
        if m and (int(m.group(1)) % 3 == 0) != (name in held):
            err('held-back.list', f'{name}: held back exactly when its number is a multiple of 3')

for g in grades:
    if g not in files:
        err('grades.tsv', f'names a missing file {g}')
if numbers != list(range(1, len(numbers) + 1)):
    err('set', 'file numbers are not 01..NN without gaps')

print(f"reviews: {stats['reviews']}")
print(f"parts: tuning {len(files) - len(held)}, held back {len(held)}")
print(f"genres: {', '.join(f'{g} {n}' for g, n in sorted(genres.items()))}")
total = sum(sentences_by_label.values())
print(f"sentences (and clause pieces) outside rating lines: {total} "
      f"(in praise spans {sentences_by_label['praise']}, in criticism spans "
      f"{sentences_by_label['criticism']}, neutral {sentences_by_label['neutral']})")
print(f"sentences in the plain text outside rating lines: {stats['plain sentences']}")
print(f"spans: praise {stats['praise spans']}, criticism {stats['criticism spans']}")
print(f"rating lines: {stats['rating lines']}; grades.tsv entries: {len(grades)}")
for e in errors:
    print('ERROR', e, file=sys.stderr)
sys.exit(1 if errors else 0)
