#!/usr/bin/env bash
# Renders resources/icons/stipple.svg to the hicolor PNG sizes (needs rsvg-convert, package librsvg2-bin).
set -euo pipefail
icons="$(cd "$(dirname "${BASH_SOURCE[0]}")/../resources/icons" && pwd)"
for n in 16 24 32 48 64 128 256 512; do
  mkdir -p "$icons/hicolor/${n}x${n}/apps"
  rsvg-convert -w "$n" -h "$n" "$icons/stipple.svg" -o "$icons/hicolor/${n}x${n}/apps/stipple.png"
done
