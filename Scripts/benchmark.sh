#!/usr/bin/env bash
# Measures `waymark build` and `waymark lint` (every check plus the style rules, SARIF out)
# on a generated project of N guides (copies of the seed under other ids) against a
# baseline measured in the same run: bare cmark (the `cmark` command) rendering the same
# guides' Markdown pages to HTML. Prints the times and their ratios.
#
#   Scripts/benchmark.sh [N]        (default N=400; needs hyperfine and cmark: apt-get install hyperfine cmark)
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-400}
for tool in hyperfine cmark python3; do
  command -v "$tool" >/dev/null || { echo "benchmark needs $tool (apt-get install hyperfine cmark)" >&2; exit 2; }
done
swift build -c release --product waymark >/dev/null
bin=$(swift build -c release --show-bin-path)/waymark
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/project/Content/guides"
cp -r Templates Public "$work/project/"
cp -r Content/model "$work/project/Content/"
python3 - "$count" "$work/project/Content/guides" <<'PY'
import sys, pathlib
count, folder = int(sys.argv[1]), pathlib.Path(sys.argv[2])
seed = pathlib.Path("Content/guides/disconnect-whatsapp-account.yaml").read_text()
for i in range(count):
    gid = f"guide-{i:04d}"
    (folder / f"{gid}.yaml").write_text(seed.replace("id: disconnect-whatsapp-account", f"id: {gid}", 1))
PY
"$bin" build --root "$work/project" --output "$work/site" >/dev/null
cat "$work"/site/en/*.md > "$work/all.md"
hyperfine --style basic --warmup 1 --runs 5 --export-json "$work/times.json" \
  -n "cmark (baseline)" "cmark --to html $work/all.md > /dev/null" \
  -n "waymark build" "$bin build --root $work/project --output $work/site > /dev/null" \
  -n "waymark lint" "$bin lint --root $work/project --format sarif > /dev/null"
python3 - "$work/times.json" "$count" <<'PY'
import json, sys
results = {r["command"]: r["mean"] for r in json.load(open(sys.argv[1]))["results"]}
base = results["cmark (baseline)"]
print(f"{sys.argv[2]} guides: bare cmark {base*1000:.1f} ms")
for name in ("waymark build", "waymark lint"):
    print(f"  {name}: {results[name]*1000:.1f} ms, ratio {results[name]/base:.1f}x")
PY
