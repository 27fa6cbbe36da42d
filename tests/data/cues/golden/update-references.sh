#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates tests/data/cues/golden/reference/*.ref from input/*.txt with the built-in cue set
# (resources/syntax/review-cues.xml), after a deliberate change of the lexicon. Review the diff
# before committing: every change in a reference is a change in what users see highlighted.
# The test run in update mode always fails (it still compares each new reference with the one it
# replaced, and says how many it rewrote); this script shows what changed, then run the test
# again without REVMARK_UPDATE_REFERENCES: it must pass.
# Usage: tests/data/cues/golden/update-references.sh [BUILD_DIR]   (default: build/qt5, the
# build that has KSyntaxHighlighting)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../../.." && pwd)
build=${1:-$root/build/qt5}
cmake --build "$build" --target tst_cuedetector
# References whose input is gone.
for ref in "$here"/reference/*.ref; do
    [ -e "$ref" ] || continue
    [ -e "$here/input/$(basename "$ref" .ref).txt" ] || rm -f "$ref"
done
# A new input has no reference yet: an empty one, so the run writes it (and reports it changed).
for input in "$here"/input/*.txt; do
    ref="$here/reference/$(basename "$input" .txt).ref"
    [ -e "$ref" ] || : > "$ref"
done
if REVMARK_UPDATE_REFERENCES=1 QT_QPA_PLATFORM=offscreen "$build/bin/tst_cuedetector" golden; then
    echo "unexpected: update mode passed" >&2
    exit 1
fi
git -C "$root" status --short -- "$here/reference"
echo "Now check: QT_QPA_PLATFORM=offscreen $build/bin/tst_cuedetector"
