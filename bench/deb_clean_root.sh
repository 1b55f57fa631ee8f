#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# bench/deb_clean_root.sh [BUILD_DIR] [--keep]
#
# Builds the .deb (CPack) from BUILD_DIR (default: build/release, configured and built if needed),
# makes a clean Debian 12 root with debootstrap (minbase), installs the package there with
# `apt-get install --no-install-recommends ./swingmap_*.deb` (so Depends alone must be enough), and,
# as an ordinary user inside the root:
#   swingmap-cli --version, the packaged demo (swingmap-cli run), QT_QPA_PLATFORM=offscreen
#   swingmap --version, and the GUI itself opening the packaged demo and saving a screenshot.
# Prints the package size, the installed size, what apt had to fetch and the times.
# Needs root and debootstrap (apt-get install debootstrap); uses the host's apt mirror.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build="$here/build/release"
keep=0
for a in "$@"; do
  case "$a" in
    --keep) keep=1 ;;
    -h|--help) sed -n 3,13p "$0"; exit 0 ;;
    *) build=$a ;;
  esac
done
[ "$(id -u)" -eq 0 ] || { echo "deb_clean_root: run as root (debootstrap and chroot)" >&2; exit 1; }
command -v debootstrap >/dev/null || { echo "deb_clean_root: apt-get install debootstrap" >&2; exit 1; }

# The host's Debian mirror (first "URIs:" of a deb822 source, else the first "deb" line).
mirror=$(grep -hm1 '^URIs:' /etc/apt/sources.list.d/*.sources 2>/dev/null | awk '{print $2}' || true)
[ -n "$mirror" ] || mirror=$(grep -hm1 '^deb ' /etc/apt/sources.list 2>/dev/null | awk '{print $2}' || true)
[ -n "$mirror" ] || { echo "deb_clean_root: no Debian mirror in /etc/apt" >&2; exit 1; }

work=$(mktemp -d /tmp/swingmap-deb-root.XXXXXX)
root="$work/root"
cleanup() {
  for m in dev/pts dev proc sys; do mountpoint -q "$root/$m" 2>/dev/null && umount -l "$root/$m"; done
  if [ "$keep" -eq 1 ]; then echo "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
t0=$(date +%s)
stamp() { echo "[$(( $(date +%s) - t0 )) s] $*"; }

# 1. The package.
if [ ! -f "$build/CPackConfig.cmake" ]; then
  cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release
fi
cmake --build "$build" -j"$(nproc)"
cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/pkg" >"$work/cpack.log"
deb=$(ls "$work"/pkg/swingmap_*.deb)
pkg_bytes=$(stat -c %s "$deb")
installed_kib=$(dpkg-deb -f "$deb" Installed-Size)
stamp "package $(basename "$deb"): $pkg_bytes bytes, Installed-Size $installed_kib KiB"
echo "Depends: $(dpkg-deb -f "$deb" Depends)"

# 2. A clean Debian 12.
t_boot=$(date +%s)
debootstrap --variant=minbase bookworm "$root" "$mirror" >"$work/debootstrap.log" 2>&1 \
  || { tail -n 30 "$work/debootstrap.log" >&2; exit 1; }
stamp "debootstrap bookworm (minbase): $(( $(date +%s) - t_boot )) s, $(du -smx "$root" | cut -f1) MiB"
# The same suites a Debian 12 install has: bookworm, -updates and -security, from the host's mirror.
if ls /etc/apt/sources.list.d/*.sources >/dev/null 2>&1; then
  cp /etc/apt/sources.list.d/*.sources "$root/etc/apt/sources.list.d/"
  rm -f "$root/etc/apt/sources.list"
fi
mount -t proc proc "$root/proc"
mount --rbind /sys "$root/sys"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 "$@"; }

# 3. Install the package the way a user would (apt resolves the dependencies).
cp "$deb" "$root/tmp/"
t_inst=$(date +%s)
in_root apt-get update -qq
before=$(du -smx "$root" | cut -f1)
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
  "/tmp/$(basename "$deb")" >"$work/apt.log" 2>&1 || { tail -n 40 "$work/apt.log" >&2; exit 1; }
grep -E '^(Need to get|After this operation)' "$work/apt.log" || true
newpkgs=$(grep -c '^Setting up ' "$work/apt.log" || true)
stamp "apt-get install ./$(basename "$deb"): $(( $(date +%s) - t_inst )) s, $newpkgs packages set up, root grew by $(( $(du -smx "$root" | cut -f1) - before )) MiB"
grep -E 'Processing triggers for (shared-mime-info|desktop-file-utils|hicolor-icon-theme)' "$work/apt.log" || true

# 4. Run it as an ordinary user.
in_root useradd -m organiser
as_user() { chroot --userspec=organiser:organiser "$root" env -i PATH=/usr/bin:/bin HOME=/home/organiser LANG=C.UTF-8 "$@"; }
failures=0
check() { if "$@"; then echo "ok: ${*: -1}"; else echo "FAILED: $*" >&2; failures=$((failures + 1)); fi; }
as_user swingmap-cli --version
t_demo=$(date +%s)
as_user swingmap-cli run /usr/share/swingmap/demo/project.json --out /home/organiser/demo-out \
  >"$work/demo.log" 2>&1 || { cat "$work/demo.log" >&2; failures=$((failures + 1)); }
stamp "demo (swingmap-cli run /usr/share/swingmap/demo/project.json): $(( $(date +%s) - t_demo )) s"
for f in report.json areas.gpkg targets.csv briefing.pdf; do
  check test -s "$root/home/organiser/demo-out/$f"
done
as_user env QT_QPA_PLATFORM=offscreen swingmap --version || failures=$((failures + 1))
t_gui=$(date +%s)
if as_user env QT_QPA_PLATFORM=offscreen swingmap --screenshot /home/organiser/gui.png \
     /usr/share/swingmap/demo/project.json >"$work/gui.log" 2>&1; then
  stamp "GUI opened the demo and saved a screenshot ($(stat -c %s "$root/home/organiser/gui.png") bytes): $(( $(date +%s) - t_gui )) s"
  [ "$keep" -eq 1 ] && cp "$root/home/organiser/gui.png" "$work/gui.png"
else
  cat "$work/gui.log" >&2; echo "FAILED: the GUI on the demo" >&2; failures=$((failures + 1))
fi
check grep -q 'application/x-swingmap-project:\*\.swingmap\.json' "$root/usr/share/mime/globs2"

stamp "done: $failures failure(s); package $pkg_bytes bytes, installed $installed_kib KiB"
[ "$failures" -eq 0 ]
