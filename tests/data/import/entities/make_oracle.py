#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes oracle.json, the expected decodings for tst_htmlentities: pairs [input, expected] where
expected is what Python's html.unescape (an implementation of the HTML5 rules for text that
shares no code with Revmark's) makes of input. The inputs are written here: every name of the
HTML5 table in a sentence, with and without its ';', and hand-picked tricky cases.
Python drops numeric references to control characters and noncharacters (&#1; &#xFDD0;) where
HTML5 keeps the character; those are left out here and tested by hand in the test.
    python3 tests/data/import/entities/make_oracle.py > tests/data/import/entities/oracle.json
"""
import html
import html.entities
import json
import sys

cases = [
    "&starf;&starf;&starf;&half;",
    "Grade: &starf;&starf;&starf;&half; out of five",
    "&check; done &cross; not",
    "&copy 2024",
    "&copy2024",
    "&notit;",
    "&notin;",
    "&not;it",
    "&amp &ampx &amp; &AMP;",
    "&ltb &gt=",
    "&unknown; &xyz",
    "&;",
    "& alone",
    "&#233; &#xE9; &#XE9; &#233 x",
    "&#0; &#x0;",
    "&#x110000; &#99999999999;",
    "&#xD800; &#xDFFF;",
    "&#128; &#x80; &#150; &#x9F;",
    "&#x81; &#x8D; &#x8F; &#x90; &#x9D;",
    "&#; &#x; &#a; &#xg;",
    "&#x1D504; &Afr; &fjlig; &NotEqualTilde;",
    "&CounterClockwiseContourIntegral;",
    "&nbsp;&nbsp &frac12 &frac34; &middot",
    "&ThickSpace; &NewLine; &Tab;",
    "&&amp;&",
    "a&b=1&copy=2&c",
    "&" + "a" * 40 + ";",
]

for name in sorted(html.entities.html5):
    cases.append("x&%sy" % name)

skipped_numbers = set(range(0x01, 0x09)) | {0x0B} | set(range(0x0E, 0x20)) | {0x7F} | set(range(0xFDD0, 0xFDF0))
for value in list(range(0, 0x100)) + [0x2028, 0x2029, 0xFFFD, 0xFFFE, 0x10FFFF, 0x110000]:
    if value in skipped_numbers or value in (0xFFFE, 0x10FFFF):
        continue
    cases.append("&#%d;" % value)
    cases.append("&#x%x;" % value)

pairs = [[c, html.unescape(c)] for c in cases]
sys.stdout.write("[\n" + ",\n".join(json.dumps(p) for p in pairs) + "\n]\n")
