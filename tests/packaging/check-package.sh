#!/usr/bin/env bash
# Builds the .deb and .tar.gz from an already built tree with CPack and checks them the way a
# desktop sees them: files in the standard places, control fields, validators, a binary that runs.
# Usage: check-package.sh <build dir> <project version> <application id>
# Everything it writes goes into a scratch directory inside the build dir, removed on exit.
set -euo pipefail

build_dir=$1
version=$2
app_id=$3

failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
pass() { echo "ok: $*"; }

scratch=$(mktemp -d "$build_dir/package-check.XXXXXX")
trap 'rm -rf "$scratch"' EXIT

cpack --config "$build_dir/CPackConfig.cmake" -G "DEB;TGZ" -B "$scratch/out" >"$scratch/cpack.log" 2>&1 || {
  cat "$scratch/cpack.log" >&2
  echo "FAIL: cpack did not produce the packages" >&2
  exit 1
}

deb=$(find "$scratch/out" -maxdepth 1 -name "exotrunk-console_${version}_*.deb" | head -n 1)
tgz=$(find "$scratch/out" -maxdepth 1 -name "exotrunk-console-${version}-*.tar.gz" | head -n 1)
[ -n "$deb" ] || { ls "$scratch/out" >&2; echo "FAIL: no exotrunk-console_${version}_*.deb" >&2; exit 1; }
[ -n "$tgz" ] || fail "no exotrunk-console-${version}-*.tar.gz"
pass "packages $(basename "$deb") $(basename "${tgz:-none}")"

# Control fields
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = "exotrunk-console" ] || fail "Package is '$(field Package)'"
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', expected $version"
[ "$(field Section)" = "net" ] || fail "Section is '$(field Section)'"
[ -n "$(field Maintainer)" ] || fail "no Maintainer"
depends=$(field Depends)
echo "Depends: $depends"
for pkg in libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6httpserver6 \
           libqt6keychain1 libsecret-1-0 libqt6svg6 libc6 libstdc++6; do
  pattern=$(sed 's/[+.]/\\&/g' <<<"$pkg")
  if ! grep -Eq "(^|, )${pattern}( |,|$)" <<<"$depends"; then fail "Depends lacks $pkg"; fi
done
grep -Eq "(^|, )gnome-keyring( |,|$)" <<<"$(field Recommends)" || fail "Recommends lacks gnome-keyring"
pass "control fields"

# Debian's own checks of the package: no error and no warning (a changelog, a manual page, a
# wrapped description…). lintian warns when run as root; that line is not about the package.
if command -v lintian >/dev/null; then
  lintian_out=$(lintian --tag-display-limit 0 "$deb" 2>&1 | grep -v 'running with root privileges' || true)
  if grep -Eq '^[EW]: ' <<<"$lintian_out"; then
    echo "$lintian_out" >&2
    fail "lintian reports errors or warnings"
  else
    pass "lintian: no error, no warning"
  fi
else
  fail "lintian is not installed (packaging/install-deps.sh installs it)"
fi

# Contents, unpacked into a scratch root the way dpkg would place them
root="$scratch/root"
dpkg-deb -x "$deb" "$root"
expect_file() { [ -f "$root/$1" ] || fail "missing /$1"; }
[ -x "$root/usr/bin/exotrunk-console" ] || fail "missing executable /usr/bin/exotrunk-console"
[ -x "$root/usr/bin/exotrunkctl" ] || fail "missing executable /usr/bin/exotrunkctl"
expect_file "usr/share/man/man1/exotrunk-console.1.gz"
expect_file "usr/share/man/man1/exotrunkctl.1.gz"
expect_file "usr/share/bash-completion/completions/exotrunkctl"
expect_file "usr/share/doc/exotrunk-console/changelog.gz"
if [ -f "$root/usr/share/man/man1/exotrunk-console.1.gz" ]; then
  manual=$(zcat "$root/usr/share/man/man1/exotrunk-console.1.gz")
  grep -q 'Run only the sandbox server, without a window' <<<"$manual" ||
    fail "the manual page does not describe --sandbox-server"
fi
desktop="usr/share/applications/$app_id.desktop"
metainfo="usr/share/metainfo/$app_id.metainfo.xml"
expect_file "$desktop"
expect_file "$metainfo"
expect_file "usr/share/icons/hicolor/scalable/apps/$app_id.svg"
for size in 16 32 48 64 128 256; do
  png="usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
  expect_file "$png"
  if [ -f "$root/$png" ]; then
    # PNG header: width and height are big-endian at bytes 16..23.
    dims=$(od -An -tu1 -j16 -N8 "$root/$png" | awk '{print $3*256+$4 "x" $7*256+$8}')
    [ "$dims" = "${size}x${size}" ] || fail "$png is $dims"
  fi
done
copyright="usr/share/doc/exotrunk-console/copyright"
expect_file "$copyright"
if [ -f "$root/$copyright" ]; then
  grep -q "^MIT License" "$root/$copyright" || fail "$copyright is not the MIT licence"
  grep -q "Copyright (c) 2026 The Exotrunk Console developers" "$root/$copyright" \
    || fail "$copyright names no copyright holder"
fi
if dpkg-deb -c "$deb" | awk '{print $6}' | grep -Ev '^\./(usr/(bin|share/(applications|metainfo|icons|doc/exotrunk-console|man/man1|bash-completion/completions))(/|$)|usr/?$|usr/share/?$|usr/share/doc/?$|usr/share/man/?$|usr/share/bash-completion/?$|$)'; then
  fail "files outside /usr/bin, the desktop data folders, the manual and the package's doc folder (listed above)"
fi
pass "file layout"

# What desktops read
if [ -f "$root/$desktop" ]; then
  desktop-file-validate "$root/$desktop" || fail "desktop-file-validate $desktop"
  grep -qx "Exec=exotrunk-console" "$root/$desktop" || fail "Exec is not exotrunk-console"
  grep -qx "Icon=$app_id" "$root/$desktop" || fail "Icon is not $app_id"
  grep -qx "Categories=Network;Telephony;Qt;" "$root/$desktop" || fail "Categories"
fi
if [ -f "$root/$metainfo" ]; then
  appstreamcli validate --no-net "$root/$metainfo" || fail "appstreamcli validate $metainfo"
  grep -q "<id>$app_id</id>" "$root/$metainfo" || fail "metainfo id is not $app_id"
  grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$root/$metainfo" \
    || fail "metainfo launchable does not name $app_id.desktop"
  grep -q "<binary>exotrunk-console</binary>" "$root/$metainfo" || fail "metainfo provides no binary"
  grep -q "<release version=\"$version\"" "$root/$metainfo" \
    || fail "metainfo has no <release> for $version (add one to resources/$app_id.metainfo.xml)"
fi
pass "validators"

# The packaged binary runs and knows its version
out=$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/exotrunk-console" --version 2>"$scratch/version.err") \
  || fail "--version exited non-zero: $out $(cat "$scratch/version.err")"
grep -q "$version" <<<"$out" || fail "--version printed '$out'"
pass "exotrunk-console --version: $out"

# The tarball has the same layout, relative to its top folder
if [ -n "$tgz" ]; then
  listing=$(tar -tzf "$tgz")
  for path in bin/exotrunk-console "share/applications/$app_id.desktop" share/doc/exotrunk-console/copyright \
              "share/metainfo/$app_id.metainfo.xml" "share/icons/hicolor/scalable/apps/$app_id.svg"; do
    grep -Eq "^[^/]+/$path$" <<<"$listing" || fail "tarball lacks $path"
  done
  pass "tarball layout"
fi

if [ "$failures" -ne 0 ]; then
  echo "$failures check(s) failed" >&2
  exit 1
fi
echo "all package checks passed"
