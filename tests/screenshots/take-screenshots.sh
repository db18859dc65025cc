#!/usr/bin/env bash
# Takes the README screenshots under a virtual X server and writes them to
# resources/screenshots/. Builds nothing: build the `exotrunk-screenshots` target first, e.g.
#   cmake --build build --target exotrunk-screenshots
#   tests/screenshots/take-screenshots.sh build                # every shot
#   tests/screenshots/take-screenshots.sh build main-hindi     # only the named ones
# Each shot runs in its own process: main-dark needs a dark palette and main-hindi the Hindi
# catalogue from the start.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
build="${1:-$root/build}"
[[ "$build" = /* ]] || build="$root/$build"
shift || true
program="$build/tests/screenshots/exotrunk-screenshots"
if [[ ! -x "$program" ]]; then
    echo "take-screenshots: $program not found; build the exotrunk-screenshots target first" >&2
    exit 1
fi
all=(trunk-list trunk-details delete-confirmation main-light main-dark main-hindi troubleshooter
     network-handoff rename-trunk)
if [[ $# -gt 0 ]]; then shots=("$@"); else shots=("${all[@]}"); fi
out="$root/resources/screenshots"
mkdir -p "$out"
# A fixed, neutral environment: English unless the shot says otherwise, Indian time, no user
# settings or keychain involved. The Hindi shot needs a Devanagari font (fonts-lohit-deva).
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
export LANG=C.UTF-8 LC_ALL=C.UTF-8 TZ=Asia/Kolkata
export XDG_CONFIG_HOME="$tmp/config" XDG_CACHE_HOME="$tmp/cache" XDG_DATA_HOME="$tmp/data"
export QT_QPA_PLATFORM=xcb QT_QPA_PLATFORMTHEME=
if [[ " ${shots[*]} " == *" main-hindi "* ]] && ! fc-list ':lang=hi' | grep -q .; then
    echo "take-screenshots: no Devanagari font; install fonts-lohit-deva" >&2
    exit 1
fi
for shot in "${shots[@]}"; do
    xvfb-run -a -s "-screen 0 1280x800x24" "$program" "$out" "$shot"
    ls -l "$out/$shot.png"
done
