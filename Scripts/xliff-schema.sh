#!/usr/bin/env bash
# Prints the path of the OASIS XLIFF 2.0 schema unpacked into .tools/xliff, or fails.
set -euo pipefail
cd "$(dirname "$0")/.."
schema=.tools/xliff/unpacked/usr/share/php/Symfony/Component/Translation/Resources/schemas/xliff-core-2.0.xsd
[ -f "$schema" ] && [ -f "$(dirname "$schema")/informativeCopiesOf3rdPartySchemas/w3c/xml.xsd" ] \
  || { echo "the XLIFF 2.0 schema is not unpacked; run Scripts/install-test-tools.sh" >&2; exit 1; }
echo "$PWD/$schema"
