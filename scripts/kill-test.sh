#!/bin/sh
# SIGKILLs a process that rewrites 120 files in a loop, ROUNDS times at random moments, and checks
# after each kill that every file holds one complete generation (never torn) and that the next
# write sweeps the leftover temporary files. Uses the real ErrataOutput sources.
#
#   scripts/kill-test.sh [ROUNDS]      (default 50)
set -eu
ROUNDS=${1:-50}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/errata-kill-test.XXXXXX")
trap 'rm -rf "$WORK"' EXIT INT TERM

swiftc -O -module-name KillTest -o "$WORK/kill-test" \
    "$ROOT"/Sources/ErrataOutput/*.swift "$ROOT/scripts/kill-test/main.swift"

DIR="$WORK/out"
mkdir -p "$DIR"
"$WORK/kill-test" settle "$DIR" 0
swept=0
round=1
while [ "$round" -le "$ROUNDS" ]; do
    "$WORK/kill-test" write "$DIR" "$((round * 1000))" &
    pid=$!
    # 5..300 ms, so kills land at every phase of a write.
    sleep "0.$(printf '%03d' $(( $(od -An -N2 -tu2 /dev/urandom) % 296 + 5 )))"
    kill -KILL "$pid"
    wait "$pid" 2>/dev/null || true
    result=$("$WORK/kill-test" verify "$DIR")
    echo "round $round: $result"
    case "$result" in *" 0 temporary"*) ;; *) swept=$((swept + 1)) ;; esac
    "$WORK/kill-test" settle "$DIR" "$((round * 1000 + 999))"
    round=$((round + 1))
done
echo "kill-test: $ROUNDS kills, no torn file; $swept kills left temporary files, all swept by the next write"
