#!/usr/bin/env bash
# Builds the help site from Content/ with the debug binary into a scratch folder, checks
# that a second build is byte-identical to the first, every page with the Nu HTML Checker
# (errors fail), and every internal link and anchor with LinkChecker.
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
# LinkChecker drops to user nobody when run as root: the files must be readable by it.
chmod -R a+rX "$scratch"
cat > "$scratch/linkcheckerrc" <<'RC'
[checking]
threads=2
[filtering]
checkextern=0
[AnchorCheck]
RC
pages=0
for locale_index in "$scratch"/one/*/index.html "$scratch"/one/index.html; do
  linkchecker -f "$scratch/linkcheckerrc" --no-status "$locale_index" > "$scratch/links.log" 2>&1 \
    || { cat "$scratch/links.log" >&2; echo "LinkChecker found broken links or anchors from $locale_index" >&2; exit 1; }
  pages=$((pages + 1))
done
echo "LinkChecker: no broken internal links or anchors from $pages start pages"

# Issue 16, publishing by completeness: the project's content with publish at 80%, so that
# most translated pages are not published and their locales link to the English pages with a
# notice; the same checks, and the notices must be there.
published="$scratch/published"
mkdir -p "$published"
cp -R Content Templates Public waymark.yml "$published/"
printf 'publish:\n  minimum-translated: 80%%\n' >> "$published/waymark.yml"
"$bin" build --root "$published" --base-url https://help.example.com/ >/dev/null 2>&1 \
  || { "$bin" build --root "$published"; echo "the project does not build with publish: minimum-translated: 80%" >&2; exit 1; }
notices=$(grep -l 'class="unpublished-notice"' "$published"/Site/*/index.html | wc -l)
[ "$notices" -gt 0 ] || { echo "no locale index has an unpublished-notice at 80%" >&2; exit 1; }
java -jar "$(Scripts/vnu-jar.sh)" --errors-only --skip-non-html "$published/Site"
chmod -R a+rX "$scratch"
for start in "$published"/Site/*/index.html; do
  linkchecker -f "$scratch/linkcheckerrc" --no-status "$start" > "$scratch/links.log" 2>&1 \
    || { cat "$scratch/links.log" >&2; echo "LinkChecker found broken links or anchors from $start" >&2; exit 1; }
done
echo "Publishing at 80%: Nu HTML Checker and LinkChecker pass on $(find "$published/Site" -name '*.html' | wc -l) pages; $notices locale indexes list guides not yet published"

# Issue 15's constructs (waits for events, other people and channels, troubleshooting, links
# out, images in every locale): the fixture project, through the same checks.
fixture="$scratch/format"
mkdir -p "$fixture"
cp -R Tests/FormatFixtures/. "$fixture/"
cp -R Templates Public "$fixture/"
"$bin" build --root "$fixture" >/dev/null 2>&1 || { "$bin" build --root "$fixture"; echo "the format fixtures do not build" >&2; exit 1; }
java -jar "$(Scripts/vnu-jar.sh)" --errors-only --skip-non-html "$fixture/Site"
chmod -R a+rX "$scratch"
for start in "$fixture"/Site/*/index.html; do
  linkchecker -f "$scratch/linkcheckerrc" --no-status "$start" > "$scratch/links.log" 2>&1 \
    || { cat "$scratch/links.log" >&2; echo "LinkChecker found broken links or anchors from $start" >&2; exit 1; }
done
echo "Format fixtures: Nu HTML Checker and LinkChecker pass on $(find "$fixture/Site" -name '*.html' | wc -l) pages, $(find "$fixture/Site/images" -type f | wc -l) image files"
