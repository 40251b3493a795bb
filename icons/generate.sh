#!/usr/bin/env bash
# Renders the Taskdeck app icon from its SVG sources into every raster format the project ships:
#   icons/taskdeck-{16,32,48,64,128,256,512}.png, icons/taskdeck.ico, icons/taskdeck.icns,
#   and the window icons in src/main/resources/io/taskdeck/icons/ (16..256 px).
# Sizes up to 48 px come from taskdeck-small.svg (pixel-grid variant), larger ones from taskdeck.svg.
# The outputs are committed; run this again after editing either SVG.
# Tools (Debian packages): rsvg-convert (librsvg2-bin), icotool (icoutils), png2icns (icnsutils).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
resources="$here/../src/main/resources/io/taskdeck/icons"

ensure_tools() {
  local missing=()
  command -v rsvg-convert >/dev/null || missing+=(librsvg2-bin)
  command -v icotool >/dev/null || missing+=(icoutils)
  command -v png2icns >/dev/null || missing+=(icnsutils)
  if ((${#missing[@]} == 0)); then return; fi
  if [[ $(id -u) -ne 0 ]]; then
    echo "generate.sh: missing tools; run: sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

render() { # size source
  rsvg-convert --width "$1" --height "$1" --keep-aspect-ratio "$2" --output "$here/taskdeck-$1.png"
}

ensure_tools
for size in 16 32 48; do render "$size" "$here/taskdeck-small.svg"; done
for size in 64 128 256 512; do render "$size" "$here/taskdeck.svg"; done

icotool --create --output "$here/taskdeck.ico" \
  "$here"/taskdeck-{16,32,48,64,128}.png --raw="$here/taskdeck-256.png"
png2icns "$here/taskdeck.icns" "$here"/taskdeck-{16,32,48,128,256,512}.png >/dev/null

mkdir -p "$resources"
for size in 16 32 48 64 128 256; do cp "$here/taskdeck-$size.png" "$resources/taskdeck-$size.png"; done
echo "icons written to $here and $resources"
