#!/usr/bin/env bash
# Builds the help site from Content/ with the debug binary into a scratch folder, checks
# every page with the Nu HTML Checker (errors fail), and checks that a second build is
# byte-identical to the first.
set -euo pipefail
cd "$(dirname "$0")/.."
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
swift build --product waymark >/dev/null
bin=$(swift build --show-bin-path)/waymark
"$bin" build --output "$scratch/one"
"$bin" build --output "$scratch/two" >/dev/null
diff -r "$scratch/one" "$scratch/two" >/dev/null || { echo "two builds of the same content differ" >&2; exit 1; }
java -jar "$(Scripts/vnu-jar.sh)" --errors-only --skip-non-html "$scratch/one"
echo "Nu HTML Checker: no errors in $(find "$scratch/one" -name '*.html' | wc -l) pages"
