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
# 3. The same for the spec translated into two languages (make-spec.py COUNT 2; scale.swift
#    compiled with -D LOCALIZED), each line's name ending in `_2locales`, plus
#      first_localized_20k_2locales MS  the first `failureReason(for: zh-Hans)` of the process,
#                                 after the first lookup, same processes
#      localized_20k_2locales ZH EN RATIO  later `failureReason(for:)` calls (ns) in zh-Hans against
#                                 the same in en (the untranslated text), median of 7 rounds
# LOCALES (default "0 2") picks the variants of step 2 and 3 that run; ERRATA names an `errata`
# binary to generate with instead of `swift run -c release errata` (the output is the same).
set -euo pipefail
cd "$(dirname "$0")/.."
SWIFTC="${SWIFTC:-swiftc}"
SCALE_CODES="${SCALE_CODES:-20000}"
FIRST_RUNS="${FIRST_RUNS:-7}"
LOCALES="${LOCALES:-0 2}"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/errata-lookup.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
"$SWIFTC" -O -wmo -swift-version 6 -parse-as-library -emit-library -static -emit-module \
    -module-name HuaweiOCRErrors -emit-module-path "$WORK/HuaweiOCRErrors.swiftmodule" \
    -o "$WORK/libHuaweiOCRErrors.a" Generated/Swift/*.swift
"$SWIFTC" -O -swift-version 6 -I "$WORK" -L "$WORK" -lHuaweiOCRErrors -o "$WORK/lookup" \
    scripts/bench/lookup/main.swift
"$WORK/lookup"

# --- at scale -----------------------------------------------------------------------------------
median() { sort -n | awk '{v[NR] = $1} END {if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
label=$((SCALE_CODES / 1000))k
# scale LOCALES: the at-scale measures for a spec translated into LOCALES languages (0: none).
scale() {
    local locales="$1" dir="$WORK/scale-$1" suffix="" flags=()
    if [ "$locales" != 0 ]; then
        suffix="_${locales}locales"
        flags=(-D LOCALIZED)
    fi
    python3 scripts/bench/lookup/make-spec.py "$SCALE_CODES" "$locales" > "$dir.yaml"
    mkdir -p "$dir"
    if [ -n "${ERRATA:-}" ]; then
        "$ERRATA" generate --spec "$dir.yaml" --swift-output "$dir" --type-prefix Bench > /dev/null
    else
        swift run -c release errata generate --spec "$dir.yaml" --swift-output "$dir" --type-prefix Bench > /dev/null
    fi
    "$SWIFTC" -O -wmo -swift-version 6 -parse-as-library -emit-library -static -emit-module \
        -module-name BenchErrors -emit-module-path "$dir/BenchErrors.swiftmodule" \
        -o "$dir/libBenchErrors.a" "$dir"/*.swift
    "$SWIFTC" -O -swift-version 6 ${flags[@]+"${flags[@]}"} -I "$dir" -L "$dir" -lBenchErrors -o "$dir/scale-bench" \
        scripts/bench/lookup/scale.swift
    : > "$dir/first.txt"
    for run in $(seq "$FIRST_RUNS"); do
        # Codes spread over the table: MODm.nnnnn as make-spec.py writes them.
        index=$(( (run * 7919) % SCALE_CODES ))
        "$dir/scale-bench" first "$(printf 'MOD%d.%05d' $((index % 10)) "$index")" >> "$dir/first.txt"
    done
    echo "first_lookup_$label$suffix $(awk '{print $2}' "$dir/first.txt" | median)"
    echo "all_documented_$label$suffix $(awk '{print $4}' "$dir/first.txt" | median)"
    if [ "$locales" != 0 ]; then
        echo "first_localized_$label$suffix $(awk '{print $6}' "$dir/first.txt" | median)"
    fi
    "$dir/scale-bench" steady | awk -v l="$label$suffix" '$1 == "steady" {print "lookup_" l, $2, $3, $4} $1 == "localized" {print "localized_" l, $2, $3, $4}'
}
for locales in $LOCALES; do scale "$locales"; done
