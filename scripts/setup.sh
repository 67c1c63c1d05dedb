#!/usr/bin/env bash
# Installs WSK Desk into ./.venv, with the Qt system libraries and fonts when they are missing.
# Safe to run again: it only installs what is not there yet.
set -euo pipefail
cd "$(dirname "$0")/.."

# System libraries Qt needs offscreen and on a real screen (see ../shared/stack-notes.md),
# fonts with the Kazakh letters, and poppler-utils for reading PDFs back in tests.
PKGS="libgl1 libegl1 libxkbcommon0 libfontconfig1 libglib2.0-0 libdbus-1-3 fonts-dejavu-core
      libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-randr0
      libxcb-render-util0 libxcb-image0 libxcb-xinerama0 poppler-utils"
missing=""
if command -v dpkg >/dev/null 2>&1; then
  for p in $PKGS; do
    dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"
  done
fi
PY=${PYTHON:-python3}
# A bare Debian or Ubuntu has python3 without venv/ensurepip (or no python3 at all).
if ! "$PY" -c 'import ensurepip, venv' >/dev/null 2>&1; then
  missing="$missing python3 python3-venv"
fi
if [ -n "$missing" ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing system packages:$missing"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
  else
    echo "Note: these system packages are missing; install them with your package manager:$missing" >&2
  fi
fi

if ! "$PY" -c 'import sys; sys.exit(sys.version_info < (3, 11))' >/dev/null 2>&1; then
  echo "WSK Desk needs Python 3.11 or newer with venv; '$PY' is not. Set PYTHON=/path/to/python3.11 and run again." >&2
  exit 1
fi
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".[test]"
# Compiled translations ship inside the package; rebuild them when the sources are newer.
.venv/bin/python scripts/build_translations.py --if-needed >/dev/null 2>&1 || true
# Bytecode for the package, so a start reads .pyc files instead of compiling ~150 modules.
# pip does this for installed packages, not for this editable install; it matters most where
# PYTHONDONTWRITEBYTECODE is set and Python never writes the cache itself.
.venv/bin/python -m compileall -q wsk_desk >/dev/null || true
