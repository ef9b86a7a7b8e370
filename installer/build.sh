#!/usr/bin/env bash
# Build dist/fwgdesk/ (a folder with the fwgdesk executable) with PyInstaller.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv-build
.venv-build/bin/pip install -q -e . pyinstaller
.venv-build/bin/pyinstaller --noconfirm --clean --distpath dist --workpath build installer/fwgdesk.spec
echo "built: dist/fwgdesk/fwgdesk"
