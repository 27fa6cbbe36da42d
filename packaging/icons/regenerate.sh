#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates the committed PNG application icons from the SVG (needs rsvg-convert from
# Debian's librsvg2-bin). Run after editing io.github.revmark.Revmark.svg and commit the PNGs.
set -eu
cd "$(dirname "$0")"
svg=io.github.revmark.Revmark.svg
for size in 16 32 48 64 128 256; do
    mkdir -p "hicolor/${size}x${size}"
    rsvg-convert --width "$size" --height "$size" --format png \
        --output "hicolor/${size}x${size}/io.github.revmark.Revmark.png" "$svg"
done
