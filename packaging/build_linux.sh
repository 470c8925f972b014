#!/usr/bin/env bash
# Build the Linux installers from a clean checkout:
#   dist/mali-war_VERSION_amd64.deb              system-wide under /opt/mali-war, `mali-war` on the PATH
#   dist/mali-war-VERSION-linux-x86_64.run       self-extracting: per-user install without root, or portable
# Needs Python 3.11 with venv, dpkg-deb, strip (binutils) and makeself (Debian package `makeself`).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
VERSION=$(sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml)
WORK=build/packaging
DIST=${DIST:-dist}
PYTHON=${PYTHON:-python3}

command -v makeself >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq makeself >/dev/null; }

echo "== venv and dependencies"
[ -x "$WORK/venv/bin/python" ] || "$PYTHON" -m venv "$WORK/venv"
"$WORK/venv/bin/pip" install -q ".[package]"
PY="$WORK/venv/bin/python"

echo "== database"
"$PY" -m desktop.store.build

echo "== one-folder bundle (PyInstaller)"
rm -rf "$WORK/pyinstaller"
"$WORK/venv/bin/pyinstaller" --noconfirm --log-level WARN --distpath "$WORK/pyinstaller/dist" \
  --workpath "$WORK/pyinstaller/work" packaging/mali-war.spec
BUNDLE="$WORK/pyinstaller/dist/mali-war"
# Debug symbols only: libpython (pyenv builds keep them), the extension modules and ICU. Stripping everything
# breaks numpy's OpenBLAS (its load commands are not page-aligned afterwards).
find "$BUNDLE/_internal" \( -name 'libpython3*.so*' -o -path '*/lib-dynload/*.so' -o -name 'libicu*.so*' \) \
  -type f -exec strip --strip-unneeded {} +
"$BUNDLE/mali-war" --self-test

echo "== .deb"
STAGE="$WORK/deb"
rm -rf "$STAGE"
mkdir -p "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
  "$STAGE/usr/share/icons/hicolor/scalable/apps" "$STAGE/usr/share/metainfo"
cp -a "$BUNDLE" "$STAGE/opt/mali-war"
ln -s /opt/mali-war/mali-war "$STAGE/usr/bin/mali-war"
cp packaging/linux/org.maliwarreference.MaliWarReference.desktop "$STAGE/usr/share/applications/"
cp packaging/linux/org.maliwarreference.MaliWarReference.metainfo.xml "$STAGE/usr/share/metainfo/"
cp resources/icons/mali-war.svg "$STAGE/usr/share/icons/hicolor/scalable/apps/"
# Dependencies: the Debian packages that own the host libraries the bundle links against.
host_libraries() {
  find "$BUNDLE" -name '*.so*' -type f -exec ldd {} + 2>/dev/null | awk '/=> \/(usr\/)?lib/ {print $3}' | sort -u
}
DEPENDS=$(host_libraries | while read -r lib; do dpkg -S "$(readlink -f "$lib")" 2>/dev/null || dpkg -S "$lib" 2>/dev/null; done \
  | cut -d: -f1 | sort -u | paste -sd, | sed 's/,/, /g')
INSTALLED_KB=$(du -sk "$STAGE" | cut -f1)
cat > "$STAGE/DEBIAN/control" <<CONTROL
Package: mali-war
Version: $VERSION
Architecture: amd64
Maintainer: Mali War Reference developers <maintainers@users.noreply.invalid>
Installed-Size: $INSTALLED_KB
Depends: $DEPENDS, libxcb-cursor0, libxkbcommon-x11-0, libxcb-icccm4, libxcb-keysyms1, libxcb-image0, libxcb-render-util0
Section: education
Priority: optional
Homepage: https://example.invalid/mali-war-reference
Description: offline reference on the Mali War (2012 to today)
 Factions of every side and period, a directory of the people involved, a
 filterable list of events and timelines, each record with its sources.
 It never connects to a network.
CONTROL
mkdir -p "$DIST"
dpkg-deb --root-owner-group -Zxz --build "$STAGE" "$DIST/mali-war_${VERSION}_amd64.deb" >/dev/null

echo "== self-extracting installer (makeself)"
PAYLOAD="$WORK/run"
rm -rf "$PAYLOAD"
mkdir -p "$PAYLOAD/desktop"
cp -a "$BUNDLE" "$PAYLOAD/app"
cp packaging/linux/install.sh "$PAYLOAD/"
cp packaging/linux/org.maliwarreference.MaliWarReference.desktop resources/icons/mali-war.svg "$PAYLOAD/desktop/"
makeself --quiet --xz --sha256 "$PAYLOAD" "$DIST/mali-war-${VERSION}-linux-x86_64.run" \
  "Mali War Reference $VERSION" ./install.sh >/dev/null

ls -l "$DIST"/mali-war*"$VERSION"*
