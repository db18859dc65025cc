#!/usr/bin/env bash
# Installs everything needed to build, run and test Exotrunk Console on Debian 12.
# Idempotent: apt-get skips what is already installed, so running it twice is safe.
set -euo pipefail

packages=(
  g++ cmake ninja-build
  qt6-base-dev qt6-httpserver-dev qt6-websockets-dev
  qtkeychain-qt6-dev libsecret-1-0
  qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
  xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools
  dpkg-dev file desktop-file-utils appstream
  libqt6svg6 fonts-lohit-deva
  clang libclang-rt-14-dev clang-tidy
  openssl sip-tester
  help2man lintian
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages already installed"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

echo "install-deps: installing ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
