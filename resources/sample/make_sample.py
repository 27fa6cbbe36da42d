#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Builds resources/sample/sample.revmark from reviews/*.txt and annotations.json.

The output is deterministic: ids are UUIDv5 derived from file names, timestamps are fixed,
keys are sorted and annotations are ordered by (start, end, id). See docs/project-format.md.

Usage: python3 make_sample.py [--check]
    --check   do not write; exit 1 if sample.revmark differs from what would be written.
Fails loudly (exit 1, message on stderr) if a quote is not found, an occurrence does not
exist, a quote is not snapped to whole words, or a tag/polarity is unknown.
"""

import hashlib
import json
import re
import sys
import unicodedata
import uuid
from pathlib import Path

HERE = Path(__file__).resolve().parent
REVIEWS_DIR = HERE / "reviews"
SPEC = HERE / "annotations.json"
OUTPUT = HERE / "sample.revmark"

FORMAT = "revmark-project"
VERSION = 1
CONTEXT_LENGTH = 32  # code points of prefix/suffix
TIMESTAMP = "2026-11-20T09:00:00Z"
# Fixed namespace for the sample's ids; never change it, or every id in the sample changes.
NAMESPACE = uuid.UUID("6f1c2a5e-8d43-4b7a-9c0e-52d1f3a7b9e4")
POLARITIES = ("praise", "criticism")
# Characters a quote may not start or end with (it must be snapped to whole words).
EDGE_FORBIDDEN = re.compile(r"[\s.,;:!?]")


class SampleError(Exception):
    pass


def canonical_text(raw):
    """NFC, '\\n' line ends, paragraphs separated by exactly one blank line, no leading or
    trailing blank lines (and no final line break)."""
    text = raw.lstrip("\ufeff")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    lines = [line.rstrip() for line in text.split("\n")]
    paragraphs, current = [], []
    for line in lines:
        if line.strip():
            current.append(line)
        elif current:
            paragraphs.append("\n".join(current))
            current = []
    if current:
        paragraphs.append("\n".join(current))
    return "\n\n".join(paragraphs)


def find_occurrence(text, quote, occurrence, where):
    """Code-point offset of the occurrence-th (1-based) match of quote in text."""
    if not quote:
        raise SampleError(f"{where}: empty quote")
    positions = []
    index = text.find(quote)
    while index != -1:
        positions.append(index)
        index = text.find(quote, index + 1)
    if not positions:
        raise SampleError(f"{where}: quote not found: {quote!r}")
    if not isinstance(occurrence, int) or occurrence < 1 or occurrence > len(positions):
        raise SampleError(f"{where}: occurrence {occurrence!r} of {quote!r} does not exist "
                          f"(found {len(positions)})")
    return positions[occurrence - 1]


def check_snapped(text, start, end, where):
    quote = text[start:end]
    if EDGE_FORBIDDEN.match(quote[0]) or EDGE_FORBIDDEN.match(quote[-1]):
        raise SampleError(f"{where}: quote has leading/trailing space or punctuation: {quote!r}")
    if start > 0 and text[start - 1].isalnum() and quote[0].isalnum():
        raise SampleError(f"{where}: quote starts inside a word: {quote!r}")
    if end < len(text) and text[end].isalnum() and quote[-1].isalnum():
        raise SampleError(f"{where}: quote ends inside a word: {quote!r}")


def build():
    spec = json.loads(SPEC.read_text(encoding="utf-8"))
    project_tags = spec["tags"]
    if len(set(project_tags)) != len(project_tags):
        raise SampleError("annotations.json: duplicate project tags")

    reviews = []
    seen_files = set()
    for review_spec in spec["reviews"]:
        file_name = review_spec["file"]
        if file_name in seen_files:
            raise SampleError(f"{file_name}: listed twice")
        seen_files.add(file_name)
        raw = (REVIEWS_DIR / file_name).read_bytes().decode("utf-8")
        text = canonical_text(raw)

        annotations = []
        for number, ann in enumerate(review_spec["annotations"], start=1):
            where = f"{file_name} annotation {number}"
            unknown = set(ann) - {"quote", "occurrence", "polarity", "tags", "note"}
            if unknown:
                raise SampleError(f"{where}: unknown keys {sorted(unknown)}")
            quote = unicodedata.normalize("NFC", ann["quote"])
            start = find_occurrence(text, quote, ann.get("occurrence", 1), where)
            end = start + len(quote)  # Python str indices are code points
            check_snapped(text, start, end, where)
            polarity = ann["polarity"]
            if polarity not in POLARITIES:
                raise SampleError(f"{where}: bad polarity {polarity!r}")
            tags = ann.get("tags", [])
            for tag in tags:
                if tag not in project_tags:
                    raise SampleError(f"{where}: tag {tag!r} is not in the project's tag list")
            if len(set(tags)) != len(tags):
                raise SampleError(f"{where}: duplicate tags")
            annotations.append({
                "id": str(uuid.uuid5(NAMESPACE, f"annotation:{file_name}:{number}")),
                "start": start,
                "end": end,
                "polarity": polarity,
                "tags": sorted(tags, key=project_tags.index),
                "note": ann.get("note", ""),
                "quote": {
                    "exact": text[start:end],
                    "prefix": text[max(0, start - CONTEXT_LENGTH):start],
                    "suffix": text[end:end + CONTEXT_LENGTH],
                },
                "created": TIMESTAMP,
                "modified": TIMESTAMP,
            })
        annotations.sort(key=lambda a: (a["start"], a["end"], a["id"]))

        entry = {
            "id": str(uuid.uuid5(NAMESPACE, f"review:{file_name}")),
            "title": review_spec.get("title", ""),
            "author": review_spec.get("author", ""),
            "outlet": review_spec.get("outlet", ""),
            "source": {
                "path": "",
                "format": "text",
                "imported": TIMESTAMP,
                "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
            },
            "text": text,
            "annotations": annotations,
        }
        # The rating as Revmark's importer finds it (GradeParser's scale, see app/core/model/grade.h);
        # the raw form must be in the text.
        if "grade" in review_spec:
            grade = review_spec["grade"]
            if grade["raw"] not in text or not 0 <= grade["value"] <= 100:
                raise SampleError(f"{file_name}: grade {grade!r} is not in the text or out of range")
            entry["grade"] = {"raw": grade["raw"], "value": grade["value"], "corrected": False}
        reviews.append(entry)

    on_disk = sorted(p.name for p in REVIEWS_DIR.glob("*.txt"))
    missing = sorted(set(on_disk) - seen_files)
    if missing:
        raise SampleError(f"reviews without an entry in annotations.json: {missing}")

    project = {
        "format": FORMAT,
        "version": VERSION,
        "title": spec["title"],
        "tags": project_tags,
        "reviews": reviews,
    }
    return json.dumps(project, indent=4, sort_keys=True, ensure_ascii=False) + "\n"


def main(argv):
    try:
        output = build()
    except KeyError as error:
        print(f"make_sample.py: error: annotations.json: missing key {error}", file=sys.stderr)
        return 1
    except (SampleError, OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        print(f"make_sample.py: error: {error}", file=sys.stderr)
        return 1
    data = output.encode("utf-8")
    if "--check" in argv[1:]:
        if not OUTPUT.exists() or OUTPUT.read_bytes() != data:
            print(f"make_sample.py: {OUTPUT.name} is out of date; run make_sample.py",
                  file=sys.stderr)
            return 1
        return 0
    OUTPUT.write_bytes(data)
    print(f"wrote {OUTPUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
