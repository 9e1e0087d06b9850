#!/usr/bin/env bash
# Compile-time benchmark of the generated Swift library at several catalog sizes.
#
#   scripts/bench-compile.sh [--style struct|enum] [--locales N] [COUNT ...]
#                                   (default: struct, no translations; 1000 5000 20000)
#
# Builds a small harness from the ErrataModel and ErrataRenderers sources (all but the spec renderer), makes a synthetic
# CatalogJSON catalog per COUNT (10 modules, one code in ten with two variants, placeholders),
# (with --locales N, 1 to 4, translated into N languages: every row's description, every other
# row's solution, every module's name; PErrorTable.swift then also holds them and PLocalization),
# renders it with the Swift renderer in the given Swift style (`swift.style`) and compiles the result as `swift build -c release` compiles
# a library target: the same swiftc flags SwiftPM 6 passes (-O -whole-module-optimization
# -num-threads <cores> -g -emit-module -parse-as-library -package-name, -c). Each size is compiled
# RUNS times (default 5); the table gives the median wall time, the median CPU time (user + sys)
# and the largest peak RSS, from /usr/bin/time -v. Set SWIFTC to pick a compiler.
set -euo pipefail
cd "$(dirname "$0")/.."
SWIFTC="${SWIFTC:-swiftc}"
RUNS="${RUNS:-5}"
THREADS="$(nproc)"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/errata-bench.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
STYLE=struct
LOCALES=0
COUNTS=()
while [ $# -gt 0 ]; do
    case "$1" in
        --style) STYLE="${2:-}"; shift 2 || shift ;;
        --style=*) STYLE="${1#--style=}"; shift ;;
        --locales) LOCALES="${2:-}"; shift 2 || shift ;;
        --locales=*) LOCALES="${1#--locales=}"; shift ;;
        *) COUNTS+=("$1"); shift ;;
    esac
done
case "$STYLE" in
    struct | enum) ;;
    *) echo "--style must be struct or enum" >&2; exit 2 ;;
esac
case "$LOCALES" in
    0 | 1 | 2 | 3 | 4) ;;
    *) echo "--locales must be 0 to 4" >&2; exit 2 ;;
esac
[ ${#COUNTS[@]} -gt 0 ] || COUNTS=(1000 5000 20000)

echo "building harness in $WORK (style $STYLE, $LOCALES locales)" >&2
# The modules the renderers import: the model, Markdown's inline syntax, the runtime's core.
for module in ErrataModel ErrataMarkdown ErrataRuntimeCore; do
    "$SWIFTC" -O -swift-version 6 -parse-as-library -emit-library -static -emit-module \
        -module-name "$module" -emit-module-path "$WORK/$module.swiftmodule" \
        -o "$WORK/lib$module.a" $(find "Sources/$module/" -name '*.swift' | sort)
done
# Every renderer source but the spec renderer's (the only one that needs Yams).
RENDERERS=()
while IFS= read -r file; do RENDERERS+=("$file"); done < <(find Sources/ErrataRenderers -name '*.swift' -not -path '*/Spec/*' | sort)
"$SWIFTC" -O -swift-version 6 -module-name ErrataRenderers -I "$WORK" -L "$WORK" -lErrataModel -lErrataMarkdown -lErrataRuntimeCore \
    -o "$WORK/harness" "${RENDERERS[@]}" scripts/bench-harness/main.swift

median() { sort -n | awk '{v[NR] = $1} END {if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
seconds() { awk -F: '{ if (NF == 3) print $1*3600 + $2*60 + $3; else print $1*60 + $2 }'; }

printf '%-7s %-10s %-10s %-12s %-12s %s\n' codes "wall (s)" "cpu (s)" "peak RSS MB" "source KB" "renders (s)"
for count in "${COUNTS[@]}"; do
    dir="$WORK/out-$count"
    mkdir -p "$dir"
    "$WORK/harness" synth "$count" "$LOCALES" > "$WORK/catalog-$count.json"
    start=$(date +%s.%N)
    "$WORK/harness" render "$WORK/catalog-$count.json" "$dir" "$STYLE"
    render=$(echo "$(date +%s.%N) - $start" | bc)
    : > "$WORK/runs-$count.txt"
    for run in $(seq "$RUNS"); do
        build="$WORK/build-$count-$run"
        mkdir -p "$build"
        (cd "$build" && /usr/bin/time -v -o "$build/time.txt" "$SWIFTC" -module-name Bench -emit-module \
            -emit-module-path "$build/Bench.swiftmodule" -parse-as-library -whole-module-optimization \
            -num-threads "$THREADS" -c -swift-version 6 -g -O -package-name bench -Xcc -fPIC "$dir"/*.swift)
        wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$build/time.txt" | seconds)
        cpu=$(awk -F': ' '/User time/ {u = $2} /System time/ {s = $2} END {printf "%.2f", u + s}' "$build/time.txt")
        rss=$(awk -F': ' '/Maximum resident set size/ {printf "%d", $2 / 1024}' "$build/time.txt")
        echo "$wall $cpu $rss" >> "$WORK/runs-$count.txt"
        rm -rf "$build"
    done
    wall=$(awk '{print $1}' "$WORK/runs-$count.txt" | median)
    cpu=$(awk '{print $2}' "$WORK/runs-$count.txt" | median)
    rss=$(awk '{print $3}' "$WORK/runs-$count.txt" | sort -n | tail -1)
    size=$(cat "$dir"/*.swift | wc -c | awk '{printf "%d", $1 / 1024}')
    printf '%-7s %-10s %-10s %-12s %-12s %.2f\n' "$count" "$wall" "$cpu" "$rss" "$size" "$render"
done
