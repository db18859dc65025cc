#!/usr/bin/env bash
# Renders the committed PNG sizes of the application icon from the SVG source.
# Run after editing resources/icons/exotrunk-console.svg (needs rsvg-convert from librsvg2-bin).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
svg="$root/resources/icons/exotrunk-console.svg"
for size in 16 24 32 48 64 128 256 512; do
  out="$root/resources/icons/hicolor/${size}x${size}/apps"
  mkdir -p "$out"
  rsvg-convert --width "$size" --height "$size" "$svg" --output "$out/app.exotrunk.Console.png"
done
