#!/usr/bin/env bash
# Installs libcmark-dev with apt-get when pkg-config cannot find libcmark.
set -euo pipefail
if pkg-config --exists libcmark 2>/dev/null; then exit 0; fi
echo "libcmark not found; installing libcmark-dev with apt-get" >&2
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq libcmark-dev pkg-config >/dev/null
pkg-config --exists libcmark
