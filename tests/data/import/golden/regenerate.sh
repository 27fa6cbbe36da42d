#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Rewrites every *.expected file in this folder from the current importer output.
# Usage: tests/data/import/golden/regenerate.sh BUILD_DIR   (a build that contains tst_importer)
# Review the diff before committing: the expected files are the specification.
set -eu
build=${1:?"usage: $0 BUILD_DIR"}
REVMARK_REGENERATE=1 QT_QPA_PLATFORM=offscreen "$build/bin/tst_importer" golden
