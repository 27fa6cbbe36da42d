#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the input projects of the --summary golden-file tests (tests/data/summary/*.revmark).

The reviews are invented for these tests. Each project exercises part of the summary:
  festival        four reviews, every verdict (consensus both ways, split by opposite signs and by
                  a net of zero, one voice, none), an annotation with two tags, untagged ones,
                  letter/star/fraction grades and none, and metadata that needs quoting in CSV
                  (comma, quote) and escaping in Markdown (pipe, asterisk, underscore).
  unlisted        tags on annotations that the tag list lacks, a wide-character title (text
                  alignment), a review whose grade the user removed (JSON null) and one with
                  neither title, author nor outlet.
  empty           no reviews at all.
The output is deterministic (UUIDv5 ids, fixed times, sorted keys). After changing this file
run it, then tests/data/summary/update-references.sh to regenerate the expected outputs.
Usage: python3 make_projects.py
"""

import hashlib
import json
import uuid
from pathlib import Path

HERE = Path(__file__).resolve().parent
NAMESPACE = uuid.UUID("0b7d4c2e-91a3-4f6e-8d25-3c9e1a7f5b60")
TIME = "2026-11-27T10:00:00Z"
CONTEXT = 32


def ident(*parts):
    return str(uuid.uuid5(NAMESPACE, "/".join(parts)))


def annotation(project, review_key, text, quote, polarity, tags, occurrence=1):
    start = -1
    for _ in range(occurrence):
        start = text.find(quote, start + 1)
        if start < 0:
            raise SystemExit(f"{project}/{review_key}: quote not found: {quote!r}")
    end = start + len(quote)
    return {
        "created": TIME,
        "end": end,
        "id": ident(project, review_key, quote, str(occurrence)),
        "modified": TIME,
        "note": "",
        "polarity": polarity,
        "quote": {
            "exact": quote,
            "prefix": text[max(0, start - CONTEXT):start],
            "suffix": text[end:end + CONTEXT],
        },
        "start": start,
        "tags": tags,
    }


def review(project, key, title, author, outlet, text, marks, grade=None):
    annotations = [annotation(project, key, text, *mark) for mark in marks]
    annotations.sort(key=lambda a: (a["start"], a["end"], a["id"]))
    r = {
        "annotations": annotations,
        "author": author,
        "id": ident(project, key),
        "outlet": outlet,
        "source": {
            "format": "text",
            "imported": TIME,
            "path": "",
            "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
        },
        "text": text,
        "title": title,
    }
    if grade is not None:
        r["grade"] = grade
    return r


def grade(raw, value, corrected=False):
    return {"corrected": corrected, "raw": raw, "value": value}


def write(name, title, tags, reviews):
    project = {"format": "revmark-project", "reviews": reviews, "tags": tags, "title": title, "version": 1}
    path = HERE / f"{name}.revmark"
    path.write_text(json.dumps(project, indent=4, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {path.name}")


def festival():
    p = "festival"
    t1 = ("The Copper Lighthouse\n\nBy Inès Ødegaard\n\n"
          "The two leads are superb, and the young keeper is a revelation. "
          "The direction is patient and sure-footed. "
          "Yet the plot wanders off into a subplot nobody needed, and the final reel is a flat, official-sounding lecture. "
          "The score hums along nicely.\n\nGrade: A-")
    t2 = ("Lights, Camera, \"Copper\"\n\n"
          "A handsome film whose cast is terrific from first scene to last. "
          "The direction is fussy and the script is a waffle of half-ideas. "
          "The pacing drags in the middle but the ending races. "
          "The story, frankly, collapses.\n\n★★★½")
    t3 = ("Notes on a lighthouse\n\n"
          "Strong performances, especially from the keeper. "
          "The story is thin and the camera never settles. "
          "The pacing is brisk.\n\n7/10")
    t4 = ("A long evening at the lighthouse. Nothing here worked for me, though the harbour scenes glow.")
    reviews = [
        review(p, "r1", "The Copper Lighthouse", "Inès Ødegaard", "The Harbour Gazette", t1, [
            ("The two leads are superb", "praise", ["performances"]),
            ("the young keeper is a revelation", "praise", ["performances"]),
            ("The direction is patient and sure-footed", "praise", ["direction"]),
            ("the plot wanders off into a subplot nobody needed", "criticism", ["story", "pacing"]),
            ("the final reel is a flat, official-sounding lecture", "criticism", ["story"]),
            ("The score hums along nicely", "praise", ["music"]),
        ], grade("A-", 90)),
        review(p, "r2", "Lights, Camera, \"Copper\"", "Brandt, Tom", "Reel | Real", t2, [
            ("cast is terrific from first scene to last", "praise", ["performances"]),
            ("The direction is fussy", "criticism", ["direction"]),
            ("the script is a waffle of half-ideas", "criticism", ["story"]),
            ("The pacing drags in the middle", "criticism", ["pacing"]),
            ("the ending races", "praise", ["pacing"]),
            ("A handsome film", "praise", []),
            ("The story, frankly, collapses", "criticism", ["story"]),
        ], grade("★★★½", 70)),
        review(p, "r3", "Notes on a lighthouse", "", "*Screen_Notes*", t3, [
            ("Strong performances, especially from the keeper", "praise", ["performances"]),
            ("The story is thin", "criticism", ["story"]),
            ("the camera never settles", "criticism", []),
            ("The pacing is brisk", "praise", ["pacing"]),
        ], grade("7/10", 70)),
        review(p, "r4", "", "Mo Reyes", "", t4, [
            ("Nothing here worked for me", "criticism", []),
        ]),
    ]
    write(p, "The Copper Lighthouse", ["performances", "direction", "story", "music", "pacing", "ending"], reviews)


def unlisted():
    p = "unlisted"
    t1 = "灯台の映画評\n\nThe sound design is extraordinary. The editing is choppy."
    t2 = "The sound design is overwhelming. The costumes are lovely."
    t3 = "The editing is confident."
    reviews = [
        review(p, "r1", "灯台の映画評", "Aiko Mori", "", t1, [
            ("The sound design is extraordinary", "praise", ["sound"]),
            ("The editing is choppy", "criticism", ["editing", "story"]),
        ], grade("B+", 85)),
        review(p, "r2", "Overwhelmed", "", "Night Desk", t2, [
            ("The sound design is overwhelming", "criticism", ["sound"]),
            ("The costumes are lovely", "praise", ["costumes"]),
        ], grade("", None, corrected=True)),
        review(p, "r3", "", "", "", t3, [
            ("The editing is confident", "praise", ["editing"]),
        ]),
    ]
    write(p, "", ["story"], reviews)


def empty():
    write("empty", "Nothing Yet", ["performances", "story"], [])


if __name__ == "__main__":
    festival()
    unlisted()
    empty()
