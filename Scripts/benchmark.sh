#!/usr/bin/env bash
# Measures `waymark build` and `waymark lint` (every check plus the style rules, SARIF out)
# on a generated project of N guides (copies of the seed under other ids) against a
# baseline measured in the same run: bare cmark (the `cmark` command) rendering the same
# guides' Markdown pages to HTML. Prints the times and their ratios. Then `waymark export`
# (the help bundle) on the same guides in every locale (the seed's catalogs copied for each),
# the bundle's size, and query latency through the WaymarkHelp library (`waymark-help benchmark`).
#
#   Scripts/benchmark.sh [N]        (default N=400; needs hyperfine and cmark: apt-get install hyperfine cmark)
#
# `Scripts/benchmark.sh --scaling [STEPS…]` is the scaling case instead: one guide of STEPS
# steps (default 1000 4000 9900) with a pt-BR catalog whose every source text changed, timed
# through `waymark l10n update`, `validate` and `l10n status`; it prints the time per step at
# each size, which stays flat when the work is linear (a quadratic path doubles it per doubling).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = "--scaling" ]; then
  shift
  sizes=${*:-1000 4000 9900}
  swift build -c release --product waymark >/dev/null
  bin=$(swift build -c release --show-bin-path)/waymark
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  generate() {  # generate STEPS FOLDER [SUFFIX]
    python3 - "$@" <<'PY'
import sys, pathlib
n, root = int(sys.argv[1]), pathlib.Path(sys.argv[2])
suffix = sys.argv[3] if len(sys.argv) > 3 else ""
folder = root / "Content/guides"
folder.mkdir(parents=True, exist_ok=True)
lines = ["id: long", "title: A long guide", "summary: Many steps.", "methods:", "  - id: m", "    title: M", "    steps:"]
for i in range(n):
    lines += [f"      - id: s{i}", f"        text: Open the setting number {i}{suffix}."]
(folder / "long.yaml").write_text("\n".join(lines) + "\n")
PY
  }
  for steps in $sizes; do
    project=$work/p$steps
    generate "$steps" "$project"
    cp -r Templates Public "$project/"
    "$bin" l10n update --root "$project" --locale pt-BR >/dev/null
    generate "$steps" "$project" " now"        # every source text changed: the fuzzy path
    for command in "l10n update" "validate" "l10n status"; do
      cp -r "$project" "$project.run"
      start=$(date +%s.%N)
      "$bin" $command --root "$project.run" >/dev/null 2>&1 || true
      end=$(date +%s.%N)
      rm -rf "$project.run"
      python3 -c "import sys; t=float(sys.argv[2])-float(sys.argv[1]); print(f'{sys.argv[3]:>6} steps  waymark {sys.argv[4]:<12} {t:7.2f} s  {t/int(sys.argv[3])*1e6:8.1f} us/step')" "$start" "$end" "$steps" "$command"
    done
  done
  exit 0
fi
count=${1:-400}
for tool in hyperfine cmark python3; do
  command -v "$tool" >/dev/null || { echo "benchmark needs $tool (apt-get install hyperfine cmark)" >&2; exit 2; }
done
swift build -c release --product waymark >/dev/null
swift build -c release --product waymark-help >/dev/null
bin=$(swift build -c release --show-bin-path)/waymark
helpbin=$(swift build -c release --show-bin-path)/waymark-help
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
# The same guides in every locale, for the export: the seed's catalogs under each guide's id.
cp -r "$work/project" "$work/project-l10n"
for locale in Content/locales/*/; do
  name=$(basename "$locale"); [ "$name" = templates ] && continue
  mkdir -p "$work/project-l10n/Content/locales/$name"
  for i in $(seq 0 $((count - 1))); do
    cp "$locale/disconnect-whatsapp-account.po" "$work/project-l10n/Content/locales/$name/guide-$(printf %04d "$i").po"
  done
done
cp waymark.yml "$work/project-l10n/"
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

# The embedded help export: the seed's bundle, then the large project's in every locale.
"$bin" export --root . --output "$work/seed-bundle" --archive "$work/seed.tar" >/dev/null
"$bin" export --root "$work/project-l10n" --output "$work/bundle" --archive "$work/bundle.tar" >/dev/null
hyperfine --style basic --warmup 1 --runs 5 --export-json "$work/export.json" \
  -n "waymark export" "$bin export --root $work/project-l10n --output $work/bundle > /dev/null"
python3 - "$work" "$count" <<'PY'
import json, os, sys
work, count = sys.argv[1], sys.argv[2]
def size(folder):
    return sum(os.path.getsize(os.path.join(root, name)) for root, _, names in os.walk(folder) for name in names if not name.startswith("."))
export = json.load(open(os.path.join(work, "export.json")))["results"][0]["mean"]
manifest = json.load(open(os.path.join(work, "bundle", "manifest.json")))
locales = len(manifest["locales"])
print(f"export, seed: {size(os.path.join(work, 'seed-bundle')) / 1024:.0f} KiB bundle ({os.path.getsize(os.path.join(work, 'seed.tar')) / 1024:.0f} KiB tar), "
      f"search.sqlite {os.path.getsize(os.path.join(work, 'seed-bundle', 'search.sqlite')) / 1024:.0f} KiB")
print(f"export, {count} guides x {locales} locales: {export * 1000:.0f} ms, {size(os.path.join(work, 'bundle')) / 1048576:.1f} MiB bundle "
      f"({os.path.getsize(os.path.join(work, 'bundle.tar')) / 1048576:.1f} MiB tar), search.sqlite {os.path.getsize(os.path.join(work, 'bundle', 'search.sqlite')) / 1048576:.1f} MiB")
PY
echo "query latency through WaymarkHelp, seed bundle:"
"$helpbin" benchmark --bundle "$work/seed-bundle" --rounds 20
echo "query latency through WaymarkHelp, $count-guide bundle:"
"$helpbin" benchmark --bundle "$work/bundle" --rounds 5
