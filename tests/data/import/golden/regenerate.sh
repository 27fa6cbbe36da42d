#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Rewrites every *.expected file in this folder from the current importer output.
# Usage: tests/data/import/golden/regenerate.sh BUILD_DIR   (a build that contains tst_importer)
# Review the diff before committing: the expected files are the specification.
# The test run in this mode always fails (it still compares each rewritten file with the one it
# replaced); afterwards run tst_importer without REVMARK_REGENERATE: it must pass.
set -eu
build=${1:?"usage: $0 BUILD_DIR"}
here=$(cd "$(dirname "$0")" && pwd)
if REVMARK_REGENERATE=1 QT_QPA_PLATFORM=offscreen "$build/bin/tst_importer" golden; then
    echo "unexpected: regenerate mode passed" >&2
    exit 1
fi
git -C "$here" status --short -- .
