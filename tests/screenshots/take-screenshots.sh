#!/usr/bin/env bash
# Takes the README screenshots under a virtual X server and writes them to
# resources/screenshots/. Builds nothing: build the `exotrunk-screenshots` target first, e.g.
#   cmake --build build --target exotrunk-screenshots
#   tests/screenshots/take-screenshots.sh build
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
build="${1:-$root/build}"
program="$build/tests/screenshots/exotrunk-screenshots"
if [[ ! -x "$program" ]]; then
    echo "take-screenshots: $program not found; build the exotrunk-screenshots target first" >&2
    exit 1
fi
out="$root/resources/screenshots"
mkdir -p "$out"
# A fixed, neutral environment: English, UTC, no user settings or keychain involved.
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
export LANG=C.UTF-8 LC_ALL=C.UTF-8 TZ=Asia/Kolkata
export XDG_CONFIG_HOME="$tmp/config" XDG_CACHE_HOME="$tmp/cache" XDG_DATA_HOME="$tmp/data"
export QT_QPA_PLATFORM=xcb
xvfb-run -a -s "-screen 0 1280x800x24" "$program" "$out"
ls -l "$out"/trunk-list.png "$out"/trunk-details.png "$out"/delete-confirmation.png
