#!/bin/sh
# Runs every fuzz target for a long time (default one hour each), one after the other, with
# the corpus kept in .build-fuzz/corpus/ between runs.   Scripts/fuzz-long.sh [SECONDS]
set -eu
cd "$(dirname "$0")/.."
exec Scripts/fuzz.sh "${1:-3600}" guide model po xliff markdown
