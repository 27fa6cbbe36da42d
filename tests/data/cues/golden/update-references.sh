#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates tests/data/cues/golden/reference/*.ref from input/*.txt with the built-in cue set
# (resources/syntax/review-cues.xml), after a deliberate change of the lexicon. Review the diff
# before committing: every change in a reference is a change in what users see highlighted.
# Usage: tests/data/cues/golden/update-references.sh [BUILD_DIR]   (default: build/qt5, the
# build that has KSyntaxHighlighting)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../../.." && pwd)
build=${1:-$root/build/qt5}
cmake --build "$build" --target tst_cuedetector
rm -f "$here"/reference/*.ref
REVMARK_UPDATE_REFERENCES=1 QT_QPA_PLATFORM=offscreen "$build/bin/tst_cuedetector" golden
git -C "$root" status --short -- "$here/reference"
