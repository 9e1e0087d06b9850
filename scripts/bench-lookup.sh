#!/usr/bin/env bash
# Lookup and decoding benchmark of the generated library, release mode.
#
#   scripts/bench-lookup.sh
#
# 1. Compiles Generated/Swift as the module HuaweiOCRErrors (swiftc -O -wmo) and
#    scripts/bench/lookup/main.swift against it, outside the package build, and runs it. Prints
#    `name ours_ns peer_ns ratio`: code string -> documentation (`HuaweiOCRErrorCode(rawValue:).info`)
#    against a `[String: HuaweiOCRErrorInfo]` lookup of the same keys, and `HuaweiOCRError.decode`
#    against `JSONDecoder` decoding a plain two-field struct; medians of 7 rounds (ContinuousClock).
# 2. At scale: writes a spec of SCALE_CODES codes (default 20000; scripts/bench/lookup/make-spec.py),
#    renders it with `swift run -c release errata generate --spec F --swift-output DIR --type-prefix
#    Bench`, compiles it the same way as the module BenchErrors with scripts/bench/lookup/scale.swift,
#    and prints
#      first_lookup_20k MS        the first `info` lookup of a process, median of FIRST_RUNS (7)
#                                 fresh processes, each looking up another code
#      all_documented_20k MS      the first `allDocumented` after it, same processes
#      lookup_20k OURS PEER RATIO later lookups (ns, every code and as many unknown ones, fixed
#                                 random order) against a `[String: BenchErrorInfo]`, median of 7 rounds
set -euo pipefail
cd "$(dirname "$0")/.."
SWIFTC="${SWIFTC:-swiftc}"
SCALE_CODES="${SCALE_CODES:-20000}"
FIRST_RUNS="${FIRST_RUNS:-7}"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/errata-lookup.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
"$SWIFTC" -O -wmo -swift-version 6 -parse-as-library -emit-library -static -emit-module \
    -module-name HuaweiOCRErrors -emit-module-path "$WORK/HuaweiOCRErrors.swiftmodule" \
    -o "$WORK/libHuaweiOCRErrors.a" Generated/Swift/*.swift
"$SWIFTC" -O -swift-version 6 -I "$WORK" -L "$WORK" -lHuaweiOCRErrors -o "$WORK/lookup" \
    scripts/bench/lookup/main.swift
"$WORK/lookup"

# --- at scale -----------------------------------------------------------------------------------
python3 scripts/bench/lookup/make-spec.py "$SCALE_CODES" > "$WORK/scale.yaml"
mkdir -p "$WORK/scale"
swift run -c release errata generate --spec "$WORK/scale.yaml" --swift-output "$WORK/scale" \
    --type-prefix Bench > /dev/null
"$SWIFTC" -O -wmo -swift-version 6 -parse-as-library -emit-library -static -emit-module \
    -module-name BenchErrors -emit-module-path "$WORK/BenchErrors.swiftmodule" \
    -o "$WORK/libBenchErrors.a" "$WORK"/scale/*.swift
"$SWIFTC" -O -swift-version 6 -I "$WORK" -L "$WORK" -lBenchErrors -o "$WORK/scale-bench" \
    scripts/bench/lookup/scale.swift
median() { sort -n | awk '{v[NR] = $1} END {if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
: > "$WORK/first.txt"
for run in $(seq "$FIRST_RUNS"); do
    # Codes spread over the table: MODm.nnnnn as make-spec.py writes them.
    index=$(( (run * 7919) % SCALE_CODES ))
    "$WORK/scale-bench" first "$(printf 'MOD%d.%05d' $((index % 10)) "$index")" >> "$WORK/first.txt"
done
label=$((SCALE_CODES / 1000))k
echo "first_lookup_$label $(awk '{print $2}' "$WORK/first.txt" | median)"
echo "all_documented_$label $(awk '{print $4}' "$WORK/first.txt" | median)"
"$WORK/scale-bench" steady | awk -v l="$label" '{print "lookup_" l, $2, $3, $4}'
