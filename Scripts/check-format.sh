#!/usr/bin/env bash
# The formatting check `make test` runs: every Swift file (generated tables aside) is as
# `swift format` (the toolchain's swift-format, configured by .swift-format) would write it.
# Fix a failure with:  Scripts/check-format.sh --fix
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(git ls-files '*.swift' | grep -v '\.generated\.swift$')
if [[ "${1:-}" == "--fix" ]]; then
    swift format format --in-place --parallel "${files[@]}"
    exit 0
fi
if ! swift format lint --strict --parallel "${files[@]}"; then
    echo "error: Swift files are not formatted; run Scripts/check-format.sh --fix" >&2
    exit 1
fi
echo "format: ${#files[@]} Swift files formatted as .swift-format says"
