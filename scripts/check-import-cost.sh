#!/usr/bin/env bash
# CI: HTML import must stay cheap next to libxml2's own parse, whatever the machine's speed.
#
#   scripts/check-import-cost.sh
#
# Generates a ROWS-row page (scripts/bench/make-page.py, default 10000), counts the instructions
# `errata dump page.html` and `xmllint --html --noout page.html` execute (valgrind's cachegrind,
# no cache simulation: the same count on any machine and under any load) and fails when errata's
# count is over LIMIT times xmllint's (default 2.2; docs/performance.md, "CI check"). It also
# fails when the dump does not read every row, so a reader that stops early cannot pass.
# ERRATA is the release binary to measure (default: the one `swift build -c release` builds,
# reused when it exists, e.g. after scripts/release.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS="${ROWS:-10000}"
LIMIT="${LIMIT:-2.2}"

if ! command -v valgrind > /dev/null || ! command -v xmllint > /dev/null; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends valgrind libxml2-utils > /dev/null
fi
if [ -z "${ERRATA:-}" ]; then
    ERRATA="$(swift build -c release --show-bin-path)/errata"
    [ -x "$ERRATA" ] || swift build -c release --product errata >&2
fi

WORK="$(mktemp -d "${TMPDIR:-/tmp}/errata-cost.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
python3 scripts/bench/make-page.py "$ROWS" > "$WORK/page.html"
# valgrind 3.19 cannot read the DWARF 5 of a Swift 6 build; the symbol table is enough.
objcopy --strip-debug "$ERRATA" "$WORK/errata" 2> /dev/null || cp "$ERRATA" "$WORK/errata"

# Instructions a command executes (its output checked by the caller).
instructions() {
    local out="$1"
    shift
    valgrind --tool=cachegrind --cache-sim=no --branch-sim=no --cachegrind-out-file=/dev/null \
        --log-file="$WORK/valgrind.log" "$@" > "$out" 2> /dev/null
    sed -n 's/.*I *refs: *//p' "$WORK/valgrind.log" | tr -d ,
}

errata=$(instructions "$WORK/catalog.json" "$WORK/errata" dump "$WORK/page.html")
xmllint=$(instructions /dev/null xmllint --html --noout "$WORK/page.html")
codes=$(python3 -c 'import json, sys; print(len(json.load(open(sys.argv[1]))["entries"]))' "$WORK/catalog.json")
ratio=$(awk -v a="$errata" -v b="$xmllint" 'BEGIN {printf "%.2f", a / b}')
echo "HTML import of $ROWS rows: errata $errata instructions ($codes codes), xmllint $xmllint; ratio $ratio (limit $LIMIT)"
if [ "$codes" != "$ROWS" ]; then
    echo "FAIL: the dump read $codes codes of $ROWS" >&2
    exit 1
fi
if awk -v r="$ratio" -v l="$LIMIT" 'BEGIN {exit !(r > l)}'; then
    echo "FAIL: HTML import costs $ratio times libxml2's parse (limit $LIMIT); profile it (docs/performance.md)" >&2
    exit 1
fi
