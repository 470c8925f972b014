#!/usr/bin/env bash
# Build the macOS app and disk image (run on macOS with Python 3.11): dist/mali-war-VERSION-macos.dmg
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
VERSION=$(sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml)
python3.11 -m venv build/packaging/venv
build/packaging/venv/bin/pip install ".[package]"
build/packaging/venv/bin/python -m desktop.store.build
build/packaging/venv/bin/pyinstaller --noconfirm --distpath build/packaging/pyinstaller/dist \
  --workpath build/packaging/pyinstaller/work packaging/mali-war.spec
APP="build/packaging/pyinstaller/dist/Mali War Reference.app"
QT_QPA_PLATFORM=offscreen "$APP/Contents/MacOS/mali-war" --self-test
mkdir -p dist
hdiutil create -volname "Mali War Reference" -srcfolder "$APP" -ov -format UDZO "dist/mali-war-${VERSION}-macos.dmg"
