#!/bin/sh
# Runs inside the self-extracting installer (makeself), from the unpacked folder.
#   mali-war-VERSION-linux-x86_64.run                      install for this user (~/.local), no root needed
#   mali-war-VERSION-linux-x86_64.run -- --portable DIR    copy to DIR (a USB stick): notes and settings stay in DIR
#   mali-war-VERSION-linux-x86_64.run -- --prefix DIR      install under DIR (DIR/mali-war, DIR/bin/mali-war)
set -eu
mode=user prefix="${XDG_DATA_HOME:-$HOME/.local/share}"
while [ $# -gt 0 ]; do
  case "$1" in
    --portable) mode=portable; prefix=$2; shift 2 ;;
    --prefix) mode=prefix; prefix=$2; shift 2 ;;
    *) echo "unknown option: $1 (use --portable DIR or --prefix DIR)" >&2; exit 2 ;;
  esac
done
target="$prefix/mali-war"
mkdir -p "$target"
cp -R app/. "$target/"
if [ "$mode" = portable ]; then
  : > "$target/portable"   # the app keeps the user's files in "$target/user-data" when this file exists
  echo "Mali War Reference is ready to run from $target/mali-war"
  exit 0
fi
bin="${HOME}/.local/bin"; [ "$mode" = prefix ] && bin="$prefix/bin"
mkdir -p "$bin"
ln -sf "$target/mali-war" "$bin/mali-war"
if [ "$mode" = user ]; then
  apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
  icons="${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor/scalable/apps"
  mkdir -p "$apps" "$icons"
  sed "s|^Exec=mali-war|Exec=$target/mali-war|" desktop/org.maliwarreference.MaliWarReference.desktop \
    > "$apps/org.maliwarreference.MaliWarReference.desktop"
  cp desktop/mali-war.svg "$icons/mali-war.svg"
fi
echo "Mali War Reference is installed in $target; run: $bin/mali-war"
