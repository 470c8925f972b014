#!/usr/bin/env bash
# Packaging test: build the installers, install the .deb, run the installed program's --self-test offscreen,
# check the sizes, remove the package and check nothing is left; then the same for the .run installer, for one
# user and portable. Run as root on Debian or Ubuntu (CI does). Exits non-zero on the first failure.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
VERSION=$(sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml)
DEB="dist/mali-war_${VERSION}_amd64.deb"
RUN="dist/mali-war-${VERSION}-linux-x86_64.run"
DEB_BUDGET_MB=45
export QT_QPA_PLATFORM=offscreen

[ "${SKIP_BUILD:-0}" = 1 ] || bash packaging/build_linux.sh

echo "== sizes"
deb_mb=$(( $(stat -c %s "$DEB") / 1000000 ))
echo ".deb ${deb_mb} MB (budget ${DEB_BUDGET_MB} MB); .run $(( $(stat -c %s "$RUN") / 1000000 )) MB"
[ "$deb_mb" -le "$DEB_BUDGET_MB" ] || { echo "FAIL: the .deb is over budget" >&2; exit 1; }

echo "== .deb: install, self-test, remove"
dpkg -i "$DEB" >/dev/null || { apt-get update -qq && apt-get install -y -qq -f >/dev/null; }
[ -x /opt/mali-war/mali-war ] && [ -L /usr/bin/mali-war ]
[ -f /usr/share/applications/org.maliwarreference.MaliWarReference.desktop ]
[ -f /usr/share/metainfo/org.maliwarreference.MaliWarReference.metainfo.xml ]
mali-war --version
mali-war --self-test
dpkg --purge mali-war >/dev/null
for leftover in /opt/mali-war /usr/bin/mali-war /usr/share/applications/org.maliwarreference.MaliWarReference.desktop \
                /usr/share/icons/hicolor/scalable/apps/mali-war.svg; do
  if [ -e "$leftover" ] || [ -L "$leftover" ]; then echo "FAIL: $leftover left after removal" >&2; exit 1; fi
done

echo "== .run: per-user install into a scratch home, then portable"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
HOME="$scratch/home" XDG_DATA_HOME= sh "$RUN" --quiet >/dev/null
"$scratch/home/.local/bin/mali-war" --self-test
[ -f "$scratch/home/.local/share/applications/org.maliwarreference.MaliWarReference.desktop" ]
sh "$RUN" --quiet -- --portable "$scratch/usb" >/dev/null
[ -f "$scratch/usb/mali-war/portable" ]
"$scratch/usb/mali-war/mali-war" --self-test
echo "packaging test passed"
