#!/usr/bin/env bash
# Fuzz Errata's readers and the Swift renderer with libFuzzer.
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]      (default: 60 s; all targets)
#   targets: html text markdown rst asciidoc sample spec swift body
#
# Builds Fuzz/ (debug, -sanitize=fuzzer,address; FUZZ_CONFIG=release for speed), seeds each target's
# corpus (Fuzz/.build/corpus/<target>) from ../shared/corpus, ../shared/seed, spec/ and the target's
# Tests/Fixtures/FailCases, runs the targets one after another and prints executions and result.
# A crashing input (≤ 64 KiB) is copied to Tests/Fixtures/FailCases/<target>/, which `swift test` replays.
# Environment: FUZZ_MAX_LEN (default 2048), FUZZ_CONFIG (debug), FUZZ_JOBS (parallel targets, default 1),
# FUZZ_RUNS (stop each target after this many executions; SECONDS_PER_TARGET stays a cap, 0 = none),
# FUZZ_RSS_LIMIT_MB (libFuzzer's -rss_limit_mb, default 4096: long runs of a large corpus grow past it).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(html text markdown rst asciidoc sample spec swift body)
config=${FUZZ_CONFIG:-debug}
max_len=${FUZZ_MAX_LEN:-2048}
runs=${FUZZ_RUNS:--1}
jobs=${FUZZ_JOBS:-1}
rss_limit=${FUZZ_RSS_LIMIT_MB:-4096}
shared="$root/../shared"
fuzz="$root/Fuzz"
work="$fuzz/.build/fuzz-runs"

for target in "${targets[@]}"; do
    case $target in html|text|markdown|rst|asciidoc|spec|sample|swift|body) ;; *) echo "unknown target: $target" >&2; exit 2 ;; esac
done

# SwiftPM passes -sanitize=fuzzer and -sanitize=address in no fixed order, and swiftc 6.3 adds
# coverage instrumentation only when fuzzer comes last; asking for coverage explicitly makes it sure.
build_flags=(--sanitize=fuzzer --sanitize=address
    -Xswiftc -sanitize-coverage=edge,trace-cmp,inline-8bit-counters,pc-table)

echo "== building fuzzers ($config)"
mkdir -p "$work"
if ! (cd "$fuzz" && swift build -c "$config" "${build_flags[@]}" >"$work/build.log" 2>&1); then
    tail -30 "$work/build.log" >&2
    exit 2
fi
bin=$(cd "$fuzz" && swift build -c "$config" "${build_flags[@]}" --show-bin-path)

# Copies the files of `folder` whose names end in one of the suffixes into `corpus`.
seed() {
    local corpus=$1 folder=$2; shift 2
    [ -d "$folder" ] || return 0
    for suffix in "$@"; do
        find "$folder" -maxdepth 1 -type f -name "*$suffix" ! -name MANIFEST.md -exec cp {} "$corpus/" \;
    done
}

# Catalog seeds for the swift target: spec catalogs in FuzzCatalogDecoder's byte format.
seed_swift() {
    local corpus=$1 errata="$root/.build/debug/errata"
    [ -x "$errata" ] || { echo "   (no $errata: swift target seeded from FailCases only)"; return 0; }
    for spec in "$root"/spec/*.yaml; do
        "$errata" dump "$spec" 2>/dev/null | python3 -c '
import json, sys
c = json.load(sys.stdin)
fields = [c["service"], c["errorBody"][0]["code"], c["errorBody"][0]["message"]]
for e in c["entries"]:
    for v in e["variants"]:
        s = (v.get("statuses") or [None])[0]
        fields += [e["code"], e["module"] or "", v["message"], v["description"], v["solution"],
                   bytes([s - 300 if s and 300 < s <= 555 else 0, 0])]
out = b"\xff".join(f if isinstance(f, bytes) else f.encode() for f in fields)
sys.stdout.buffer.write(out)' > "$corpus/$(basename "$spec" .yaml).bin" || true
    done
}

run_target() {
    local target=$1 corpus="$work/corpus/$target" artifacts="$work/artifacts/$target" log="$work/$target.log"
    # Artifacts of earlier runs were kept (or not) when those runs ended: start empty.
    rm -rf "$artifacts"
    mkdir -p "$corpus" "$artifacts"
    case $target in
        html) seed "$corpus" "$shared/corpus" .html ;;
        text) seed "$corpus" "$shared/corpus" .txt; seed "$corpus" "$shared/seed" .txt ;;
        markdown) seed "$corpus" "$shared/corpus" .md ;;
        rst) seed "$corpus" "$shared/corpus" .rst ;;
        asciidoc) seed "$corpus" "$shared/corpus" .adoc; seed "$corpus" "$root/Tests/Fixtures/Readers/AsciiDoc" .adoc ;;
        spec) seed "$corpus" "$root/spec" .yaml; seed "$corpus" "$root/Tests/Fixtures/Catalogs" .json .yaml ;;
        sample) seed "$corpus" "$root/Tests/Fixtures/Pages" ""; seed "$corpus" "$shared/corpus" .md .rst ;;
        swift) seed_swift "$corpus" ;;
        body) seed "$corpus" "$root/Tests/Fixtures/Bodies" "" ;;
    esac
    seed "$corpus" "$root/Tests/Fixtures/FailCases/$target" ""
    local status=0 started=$SECONDS
    ASAN_OPTIONS=detect_leaks=0 "$bin/fuzz-$target" "$corpus" \
        -max_total_time="$seconds" -runs="$runs" -max_len="$max_len" -rss_limit_mb="$rss_limit" -timeout=25 \
        -detect_leaks=0 -print_final_stats=1 -artifact_prefix="$artifacts/" >"$log" 2>&1 || status=$?
    local executed rate
    executed=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || true)
    rate=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$' || true)
    local result=ok
    if [ "$status" -ne 0 ]; then
        result="FAILED (exit $status, log $log)"
        for artifact in "$artifacts"/*; do
            [ -f "$artifact" ] || continue
            # A slow unit is reported, not a failure: it does not become a fail case.
            case $(basename "$artifact") in slow-unit-*) continue ;; esac
            if [ "$(stat -c %s "$artifact")" -le 65536 ]; then
                mkdir -p "$root/Tests/Fixtures/FailCases/$target"
                cp "$artifact" "$root/Tests/Fixtures/FailCases/$target/"
                result="$result; kept $(basename "$artifact")"
            fi
        done
    fi
    printf '%-9s %12s execs %8s exec/s  %s s  %s\n' "$target" "${executed:-?}" "${rate:-?}" "$((SECONDS - started))" "$result"
    [ "$status" -eq 0 ]
}

echo "== fuzzing ${targets[*]}: at most $seconds s$([ "$runs" -ge 0 ] && echo " and $runs executions") each (max_len $max_len)"
failed=0
running=0
for target in "${targets[@]}"; do
    run_target "$target" &
    running=$((running + 1))
    if [ "$running" -ge "$jobs" ]; then wait -n || failed=1; running=$((running - 1)); fi
done
while [ "$running" -gt 0 ]; do wait -n || failed=1; running=$((running - 1)); done
exit $failed
