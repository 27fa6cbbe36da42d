#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates the expected outputs of `revmark --summary` (tests/data/summary/*.expected.*) from
# the projects beside them, after a deliberate change to the formats or to the projects
# (make_projects.py writes those).
# Usage: tests/data/summary/update-references.sh [build folder, default build/qt6]
# The test writes each output that differs over its reference and still fails for it, so an
# update is never silent; the script then runs the test again, which must pass, and shows what
# changed. Review the diff before committing.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
build=${1:-$root/build/qt6}

cmake --build "$build" --target tst_summaryformatter
test="$build/bin/tst_summaryformatter"
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 LANGUAGE=

echo "Updating references (rows whose output changed fail here, by design):"
REVMARK_UPDATE_REFERENCES=1 "$test" references || true
echo
echo "Checking the references now match:"
"$test" references
git -C "$root" status --short -- tests/data/summary
