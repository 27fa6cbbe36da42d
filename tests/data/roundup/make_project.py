#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes roundup.revmark, the project tst_roundup and tst_commandline read (invented texts)."""
import hashlib
import json
import os

REVIEWS = [
    {
        "id": "00000000-0000-4000-8000-000000000001",
        "title": "The Glass Orchard review",
        "author": "Nadia Fenwick",
        "outlet": "The Lamplight Review",
        "text": "Film & Frame\n\nThe Glass Orchard review\n\nThe three sisters are played with *real* bite, "
                "and the youngest is a find.\nThe score is a wall of strings.\n\nThe ending drags.\n\n"
                "More articles\nThe acting school that made the sisters",
        "setAside": ["Film & Frame", "More articles\nThe acting school that made the sisters"],
        "annotations": [
            ("The three sisters are played with *real* bite", "praise", ["performances"], "Best line for the piece.\nQuote it first."),
            ("The score is a wall of strings", "criticism", ["music"], ""),
            ("The ending drags", "criticism", ["performances", "pacing"], ""),
            ("The acting school that made the sisters", "praise", ["performances"], "set aside: never shown"),
        ],
    },
    {
        "id": "00000000-0000-4000-8000-000000000002",
        "title": "Orchard notes",
        "author": "",
        "outlet": "Reel_Time",
        "text": "A family saga that never raises its voice. The cast underplays beautifully, "
                "though the father is a cipher.",
        "annotations": [
            ("The cast underplays beautifully", "praise", ["performances"], "Compare [Fenwick]."),
            ("the father is a cipher", "criticism", ["performances", "story"], ""),
        ],
    },
    {
        "id": "00000000-0000-4000-8000-000000000003",
        "title": "No actors here",
        "author": "Ola Brandt",
        "outlet": "",
        "text": "The orchard itself is the star. The music swells where it should.",
        "annotations": [("The music swells where it should", "praise", ["music"], "")],
    },
]


def annotation(number, text, quote, polarity, tags, note):
    start = text.index(quote)
    end = start + len(quote)
    return {
        "created": "2026-11-20T09:00:00Z",
        "end": end,
        "id": "00000000-0000-4000-9000-%012d" % number,
        "modified": "2026-11-20T09:00:00Z",
        "note": note,
        "polarity": polarity,
        "quote": {"exact": quote, "prefix": text[max(0, start - 32):start], "suffix": text[end:end + 32]},
        "start": start,
        "tags": tags,
    }


def main():
    reviews = []
    number = 0
    for r in REVIEWS:
        annotations = []
        for quote, polarity, tags, note in r["annotations"]:
            number += 1
            annotations.append(annotation(number, r["text"], quote, polarity, tags, note))
        review = {
            "annotations": annotations,
            "author": r["author"],
            "id": r["id"],
            "outlet": r["outlet"],
            "source": {"format": "text", "imported": "2026-11-20T09:00:00Z", "path": "",
                       "sha256": hashlib.sha256(r["text"].encode()).hexdigest()},
            "text": r["text"],
            "title": r["title"],
        }
        if "setAside" in r:
            review["setAside"] = [{"end": r["text"].index(p) + len(p), "start": r["text"].index(p)} for p in r["setAside"]]
        reviews.append(review)
    project = {"format": "revmark-project", "reviews": reviews, "tags": ["performances", "story", "music", "pacing", "sound"],
               "title": "The Glass Orchard", "version": 1}
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "roundup.revmark")
    with open(out, "w", encoding="utf-8") as f:
        f.write(json.dumps(project, indent=4, sort_keys=True, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
