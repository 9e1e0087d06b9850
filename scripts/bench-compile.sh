#!/usr/bin/env bash
# Compile-time benchmark of the generated Swift library at several catalog sizes.
#
#   scripts/bench-compile.sh [COUNT ...]      (default: 1000 5000 20000)
#
# Builds a small harness from the ErrataModel and ErrataRenderers sources, makes a synthetic
# CatalogJSON catalog per COUNT (10 modules, one code in ten with two variants, placeholders),
# renders it with the Swift renderer and compiles the result the way a release build does
# (swiftc -O -wmo -parse-as-library -emit-library, Swift 6 mode), reporting wall time and peak
# RSS from /usr/bin/time -v. Set SWIFTC to pick a compiler.
set -euo pipefail
cd "$(dirname "$0")/.."
SWIFTC="${SWIFTC:-swiftc}"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/errata-bench.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
COUNTS=("$@")
[ ${#COUNTS[@]} -gt 0 ] || COUNTS=(1000 5000 20000)

echo "building harness in $WORK" >&2
"$SWIFTC" -O -swift-version 6 -parse-as-library -emit-library -static -emit-module \
    -module-name ErrataModel -emit-module-path "$WORK/ErrataModel.swiftmodule" \
    -o "$WORK/libErrataModel.a" Sources/ErrataModel/*.swift
"$SWIFTC" -O -swift-version 6 -module-name ErrataRenderers -I "$WORK" -L "$WORK" -lErrataModel \
    -o "$WORK/harness" Sources/ErrataRenderers/*.swift Sources/ErrataRenderers/Swift/*.swift \
    scripts/bench-harness/main.swift

printf '%-7s %-10s %-12s %-12s %s\n' codes "wall (s)" "peak RSS MB" "source KB" "renders (s)"
for count in "${COUNTS[@]}"; do
    dir="$WORK/out-$count"
    mkdir -p "$dir"
    "$WORK/harness" synth "$count" > "$WORK/catalog-$count.json"
    start=$(date +%s.%N)
    "$WORK/harness" render "$WORK/catalog-$count.json" "$dir"
    render=$(echo "$(date +%s.%N) - $start" | bc)
    /usr/bin/time -v -o "$WORK/time-$count.txt" "$SWIFTC" -O -wmo -swift-version 6 -parse-as-library \
        -emit-library -module-name Bench -o "$WORK/libBench-$count.so" "$dir"/*.swift
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$WORK/time-$count.txt" \
        | awk -F: '{ if (NF == 3) print $1*3600 + $2*60 + $3; else print $1*60 + $2 }')
    rss=$(awk -F': ' '/Maximum resident set size/ {printf "%d", $2 / 1024}' "$WORK/time-$count.txt")
    size=$(cat "$dir"/*.swift | wc -c | awk '{printf "%d", $1 / 1024}')
    printf '%-7s %-10s %-12s %-12s %.2f\n' "$count" "$wall" "$rss" "$size" "$render"
done
