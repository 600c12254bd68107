#!/bin/sh
# Builds the libFuzzer harnesses (Fuzz/) with the address sanitizer and runs each one.
#   Scripts/fuzz.sh [SECONDS] [TARGET…]     default: 20 seconds each, every target
# `make test` runs it with the default budget; Scripts/fuzz-long.sh runs it for hours.
# A crash leaves its input in fuzz-artifacts/ and makes the script fail; add the input to
# Fuzz/regressions/TARGET/ so that `swift test` replays it from then on.
set -eu
cd "$(dirname "$0")/.."
if [ "$(uname)" = Darwin ] && ! swiftc -sanitize=fuzzer -parse-as-library -o /dev/null - </dev/null >/dev/null 2>&1; then
    # Xcode's toolchain has no libFuzzer; a swift.org toolchain (or Linux, as in CI) has.
    echo "fuzz: skipped: this Swift toolchain has no libFuzzer (use a swift.org toolchain)" >&2
    exit 0
fi
budget=${1:-20}
[ $# -gt 0 ] && shift
targets=${*:-guide model po xliff markdown}
export WAYMARK_FUZZ=1 SWIFT_BACKTRACE=enable=no
# Leaks in the toolchain's own libraries are listed, with the reason, in Fuzz/lsan.supp.
export LSAN_OPTIONS="suppressions=$PWD/Fuzz/lsan.supp:print_suppressions=0"
# Dead stripping would remove the coverage counters libFuzzer steers by.
mkdir -p .build-fuzz
if ! swift build -c release --scratch-path .build-fuzz --product WaymarkFuzz \
    --sanitize=fuzzer -Xswiftc -sanitize=fuzzer,address --disable-dead-strip >.build-fuzz/build.log 2>&1; then
    grep -v "ld.gold: warning" .build-fuzz/build.log | tail -n 40 >&2
    exit 1
fi
binary=.build-fuzz/release/WaymarkFuzz
mkdir -p fuzz-artifacts
status=0
for target in $targets; do
    corpus=.build-fuzz/corpus/$target
    mkdir -p "$corpus"
    # The seeds: the project's own Content/ and Fuzz/seeds/, copied, so that what libFuzzer
    # adds to the corpus stays out of git.
    case $target in
        guide) cp Content/guides/*.yaml "$corpus"/ ;;
        model) cp Content/model/*.yaml "$corpus"/ ;;
        po) for file in Content/locales/*/*.po Content/locales/templates/*.pot; do cp "$file" "$corpus/$(echo "$file" | tr / _)"; done ;;
    esac
    cp Fuzz/seeds/$target/* Fuzz/regressions/$target/* "$corpus"/ 2>/dev/null || true
    echo "fuzz: $target for ${budget}s" >&2
    if ! WAYMARK_FUZZ_TARGET=$target "$binary" -max_total_time="$budget" -timeout=10 -rss_limit_mb=2048 \
        -dict=Fuzz/dictionaries/$target.dict -artifact_prefix=fuzz-artifacts/$target- -print_final_stats=1 \
        "$corpus" 2>.build-fuzz/$target.log; then
        tail -n 40 .build-fuzz/$target.log >&2
        status=1
    fi
    grep -E "stat::number_of_executed_units|stat::peak_rss_mb" .build-fuzz/$target.log | sed "s/^/fuzz: $target /" >&2 || true
done
exit $status
