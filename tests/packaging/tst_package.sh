#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# tst_package BUILD_DIR VERSION: builds the .deb with CPack into a temporary folder, checks its
# metadata and contents, validates the desktop entry, AppStream metainfo and MIME type with the
# freedesktop tools, unpacks it and runs the unpacked swingmap-cli (--version, the packaged demo)
# and the unpacked GUI's --version without a display. Fails on the first problem, saying which.
set -euo pipefail
build=${1:?usage: tst_package.sh BUILD_DIR VERSION}
version=${2:?usage: tst_package.sh BUILD_DIR VERSION}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/tst_package.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
pass() { echo "PASS: $*"; }
need() { command -v "$1" >/dev/null || { echo "FAIL: $1 is missing (package $2; run .ci/install-deps)" >&2; exit 1; }; }
need dpkg-deb dpkg
need dpkg-shlibdeps dpkg-dev
need desktop-file-validate desktop-file-utils
need update-desktop-database desktop-file-utils
need appstreamcli appstream
need update-mime-database shared-mime-info
need gio libglib2.0-bin
need readelf binutils

# 1. Build the package (CPack's staging and the .deb go to the temporary folder).
if ! cpack -G DEB --config "$build/CPackConfig.cmake" -B "$tmp/cpack" >"$tmp/cpack.log" 2>&1; then
  cat "$tmp/cpack.log" >&2
  echo "FAIL: cpack -G DEB" >&2
  exit 1
fi
deb=$(ls "$tmp"/cpack/swingmap_*.deb 2>/dev/null | head -n1 || true)
[ -n "$deb" ] || { cat "$tmp/cpack.log" >&2; echo "FAIL: cpack wrote no swingmap_*.deb" >&2; exit 1; }
pass "cpack wrote $(basename "$deb") ($(stat -c %s "$deb") bytes)"

# 2. Control fields.
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = swingmap ] && pass "Package: swingmap" || fail "Package is '$(field Package)'"
[ "$(field Version)" = "$version" ] && pass "Version: $version" || fail "Version is '$(field Version)', expected $version"
[ "$(field Architecture)" = "$(dpkg --print-architecture)" ] && pass "Architecture: $(field Architecture)" \
  || fail "Architecture is '$(field Architecture)'"
depends=$(field Depends)
for lib in libgdal libproj libgeos libqt6core6 libqt6gui6 libqt6widgets6 libstdc++6 libc6 \
           libqt6svg6 fonts-dejavu-core; do
  grep -q "\b$lib" <<<"$depends" && pass "Depends names $lib" || fail "Depends lacks $lib: $depends"
done
# The programs run below on this machine, so every dependency must be a package installed here
# (a misspelt or non-Debian-12 name would leave the package uninstallable).
IFS=',' read -ra clauses <<<"$depends"
for clause in "${clauses[@]}"; do
  found=""
  IFS='|' read -ra alternatives <<<"$clause"
  for alt in "${alternatives[@]}"; do
    name=$(sed -E 's/\(.*\)//; s/[[:space:]]//g' <<<"$alt")
    dpkg-query -W -f='${Status}' "$name" 2>/dev/null | grep -q "install ok installed" && found=$name
  done
  [ -n "$found" ] || fail "dependency '$(xargs <<<"$clause")' is not an installed package here"
done
[ -n "$(field Installed-Size)" ] && pass "Installed-Size: $(field Installed-Size) KiB" || fail "no Installed-Size"
[ -z "$(dpkg-deb --ctrl-tarfile "$deb" | tar -t | grep -E 'preinst|postinst|prerm|postrm')" ] \
  && pass "no maintainer scripts (dpkg triggers refresh the caches)" || fail "unexpected maintainer scripts"

# 3. Contents.
dpkg-deb -c "$deb" >"$tmp/contents"
expect=(./usr/bin/swingmap ./usr/bin/swingmap-cli
        ./usr/share/applications/swingmap.desktop
        ./usr/share/metainfo/org.example.swingmap.metainfo.xml
        ./usr/share/mime/packages/swingmap.xml
        ./usr/share/icons/hicolor/scalable/apps/swingmap.svg
        ./usr/share/swingmap/demo/project.json ./usr/share/swingmap/demo/README.txt)
for size in 16 22 24 32 48 64 128 256 512; do
  expect+=("./usr/share/icons/hicolor/${size}x${size}/apps/swingmap.png")
done
for f in "${expect[@]}"; do
  grep -q " $f\$" "$tmp/contents" && pass "contains $f" || fail "the package lacks $f"
done
grep -vq " root/root " "$tmp/contents" && fail "files not owned by root/root" || pass "all files root/root"
outside=$(awk '{print $NF}' "$tmp/contents" | grep -vE '^\./$|^\./usr/$|^\./usr/(bin|share)/' || true)
[ -z "$outside" ] && pass "everything under /usr/bin and /usr/share" || fail "files outside /usr/bin and /usr/share: $outside"

# 4. Unpack; the freedesktop files must pass their own validators.
root="$tmp/root"
dpkg-deb -x "$deb" "$root"
share="$root/usr/share"
desktop-file-validate "$share/applications/swingmap.desktop" >"$tmp/dfv" 2>&1 \
  && ! grep -q "error:" "$tmp/dfv" && pass "desktop-file-validate" || { cat "$tmp/dfv" >&2; fail "desktop-file-validate"; }
grep -q '^Exec=swingmap %f$' "$share/applications/swingmap.desktop" && pass "Exec=swingmap %f" \
  || fail "desktop entry does not open a file with %f"
grep -q '^MimeType=.*application/x-swingmap-project;' "$share/applications/swingmap.desktop" \
  && pass "desktop entry handles application/x-swingmap-project" || fail "desktop entry lacks MimeType"
appstreamcli validate --no-net "$share/metainfo/org.example.swingmap.metainfo.xml" >"$tmp/as" 2>&1 \
  && pass "appstreamcli validate" || { cat "$tmp/as" >&2; fail "appstreamcli validate"; }
appstreamcli validate-tree --no-net "$root" >"$tmp/ast" 2>&1 \
  && pass "appstreamcli validate-tree" || { cat "$tmp/ast" >&2; fail "appstreamcli validate-tree"; }
# The MIME database as a desktop would build it: freedesktop.org's types plus the package's.
mime="$tmp/xdg/mime"
mkdir -p "$mime/packages"
cp "$share/mime/packages/swingmap.xml" /usr/share/mime/packages/freedesktop.org.xml "$mime/packages/"
if update-mime-database "$mime" >"$tmp/umd" 2>&1; then
  grep -q '^50:application/x-swingmap-project:\*\.swingmap\.json$' "$mime/globs2" \
    && pass "MIME glob *.swingmap.json" || fail "globs2 lacks the glob: $(grep -i swingmap "$mime/globs2")"
  grep -q '^application/x-swingmap-project application/json$' "$mime/subclasses" \
    && pass "MIME type is a subclass of application/json" || fail "subclasses: $(grep -i swingmap "$mime/subclasses")"
else
  cat "$tmp/umd" >&2
  fail "update-mime-database rejects swingmap.xml"
fi
# What a file manager (GIO) makes of a project named *.swingmap.json and of a plain *.json.
echo '{"boundaries": {}, "analysis": {}}' >"$tmp/campaign.swingmap.json"
cp "$tmp/campaign.swingmap.json" "$tmp/project.json"
mimetype() { XDG_DATA_HOME="$tmp/none" XDG_DATA_DIRS="$tmp/xdg" LC_ALL=C gio info -a standard::content-type "$1" 2>/dev/null \
  | sed -n 's/^ *standard::content-type: //p'; }
[ "$(mimetype "$tmp/campaign.swingmap.json")" = application/x-swingmap-project ] \
  && pass "GIO: campaign.swingmap.json is application/x-swingmap-project" \
  || fail "GIO: campaign.swingmap.json is '$(mimetype "$tmp/campaign.swingmap.json")'"
[ "$(mimetype "$tmp/project.json")" = application/json ] && pass "GIO: project.json stays application/json" \
  || fail "GIO: project.json is '$(mimetype "$tmp/project.json")'"
# Double-click: the application GIO opens such a file with, once the desktop database is built.
mkdir -p "$tmp/xdg/applications"
cp "$share/applications/swingmap.desktop" "$tmp/xdg/applications/"
update-desktop-database "$tmp/xdg/applications"
PATH="$root/usr/bin:$PATH" XDG_CONFIG_HOME="$tmp/none" XDG_CONFIG_DIRS="$tmp/none" XDG_DATA_HOME="$tmp/none" \
  XDG_DATA_DIRS="$tmp/xdg" LC_ALL=C gio mime application/x-swingmap-project >"$tmp/gio-mime" 2>&1 || true
grep -q '^Default application for .*application/x-swingmap-project.*: swingmap.desktop$' "$tmp/gio-mime" \
  && pass "GIO opens application/x-swingmap-project with swingmap.desktop" \
  || fail "GIO's default application for the project type: $(cat "$tmp/gio-mime")"
for size in 16 48 512; do
  png="$share/icons/hicolor/${size}x${size}/apps/swingmap.png"
  # PNG signature, then IHDR width and height (big-endian) at bytes 16..23.
  [ "$(head -c 8 "$png" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] \
    && [ "$(od -An -tu1 -j16 -N8 "$png" | awk '{print $1*16777216+$2*65536+$3*256+$4, $5*16777216+$6*65536+$7*256+$8}')" = "$size $size" ] \
    && pass "icon ${size}x${size} is a ${size}x${size} PNG" || fail "icon ${size}x${size} is not a ${size}x${size} PNG"
done

# 5. Run the unpacked programs (their libraries are this machine's, as on an installed system).
for exe in swingmap swingmap-cli; do
  readelf -d "$root/usr/bin/$exe" | grep -qE 'RPATH|RUNPATH' && fail "$exe keeps a build RPATH" \
    || pass "$exe has no RPATH"
done
cli="$root/usr/bin/swingmap-cli"
if "$cli" --version >"$tmp/cli-version" 2>&1; then
  head -n1 "$tmp/cli-version" | grep -qx "swingmap-cli $version" && pass "swingmap-cli --version: $(head -n1 "$tmp/cli-version")" \
    || fail "swingmap-cli --version: $(cat "$tmp/cli-version")"
  for lib in GDAL PROJ GEOS Qt Eigen; do
    grep -qE "\b$lib [0-9]+\.[0-9]+" "$tmp/cli-version" || fail "swingmap-cli --version lacks $lib"
  done
else
  fail "swingmap-cli --version exited $?: $(cat "$tmp/cli-version")"
fi
# The GUI answers --version with no display at all (no DISPLAY, no WAYLAND_DISPLAY, default QPA).
if env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$root/usr/bin/swingmap" --version >"$tmp/gui-version" 2>&1; then
  head -n1 "$tmp/gui-version" | grep -qx "swingmap $version" && pass "swingmap --version: $(head -n1 "$tmp/gui-version")" \
    || fail "swingmap --version: $(cat "$tmp/gui-version")"
  for lib in GDAL PROJ GEOS Qt Eigen; do
    grep -qE "\b$lib [0-9]+\.[0-9]+" "$tmp/gui-version" || fail "swingmap --version lacks $lib"
  done
  [ "$(tail -n1 "$tmp/gui-version")" = "$(tail -n1 "$tmp/cli-version")" ] && pass "GUI and CLI name the same library versions" \
    || fail "GUI and CLI library versions differ"
else
  fail "swingmap --version exited without a display: $(cat "$tmp/gui-version")"
fi
# The packaged demo, read-only as it would be in /usr/share, run by the packaged CLI.
chmod -R a-w "$share/swingmap/demo"
out="$tmp/demo-out"
if "$cli" validate "$share/swingmap/demo/project.json" >"$tmp/validate.log" 2>&1; then
  pass "swingmap-cli validate on the packaged demo"
else
  cat "$tmp/validate.log" >&2; fail "swingmap-cli validate on the packaged demo"
fi
if "$cli" run "$share/swingmap/demo/project.json" --out "$out" --quiet >"$tmp/run.log" 2>&1; then
  pass "swingmap-cli run on the packaged demo"
else
  cat "$tmp/run.log" >&2; fail "swingmap-cli run on the packaged demo"
fi
for f in report.json areas.gpkg targets.csv briefing.pdf; do
  [ -s "$out/$f" ] && pass "demo wrote $f" || fail "demo did not write $f"
done
[ -s "$out/report.json" ] && grep -q '"synthetic": *true' "$out/report.json" \
  && pass "report.json marks the demo synthetic" || fail "report.json does not mark the demo synthetic"
chmod -R u+w "$root"

if [ "$failures" -gt 0 ]; then
  echo "$failures check(s) failed" >&2
  exit 1
fi
echo "package OK: $(basename "$deb")"
