#!/usr/bin/env bash
# Installs libsqlite3-dev (and the sqlite3 shell) with apt-get when pkg-config cannot find SQLite:
# `waymark export` writes, and the WaymarkHelp library reads, the help bundle's FTS5 search database.
set -euo pipefail
if pkg-config --exists sqlite3 2>/dev/null; then exit 0; fi
echo "SQLite not found; installing libsqlite3-dev and sqlite3 with apt-get" >&2
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq libsqlite3-dev sqlite3 pkg-config >/dev/null
pkg-config --exists sqlite3
