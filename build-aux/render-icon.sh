#!/bin/sh
# Renders one of the app's SVG icons to a PNG of one size, for the GResource,
# so that the icons shown at start-up need no SVG loader (librsvg costs
# about 6 MB of resident memory once loaded).
#   render-icon.sh symbolic ENCODER SVG SIZE OUT   a symbolic icon, encoded
#                                                  as GTK recolors it
#   render-icon.sh color RSVG-CONVERT SVG SIZE OUT a full-color icon
set -eu
kind=$1 tool=$2 svg=$3 size=$4 out=$5
case $kind in
  symbolic)
    dir=$(mktemp -d)
    trap 'rm -rf "$dir"' EXIT
    "$tool" -o "$dir" "$svg" "${size}x${size}"
    mv "$dir"/*.symbolic.png "$out"
    ;;
  color)
    "$tool" --width "$size" --height "$size" --format png --output "$out" "$svg"
    ;;
  *)
    echo "render-icon.sh: unknown kind $kind" >&2
    exit 2
    ;;
esac
