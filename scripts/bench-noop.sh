#!/usr/bin/env bash
# No-op runs: `errata generate` and `errata check` on this repository's errata.yml (the OCR
# catalog) when nothing changed, against the start-up time of `errata --version`.
#
#   scripts/bench-noop.sh [ERRATA]      (default: the release build)
#
# Prints `name median_s` for each command: the median over RUNS rounds (default 7) of the mean
# wall time of LOOPS back-to-back runs (default 20; /usr/bin/time's 10 ms resolution is too
# coarse for one run of a few tens of ms), then
# `files_written N`: files opened for writing or renamed during a no-op generate (strace), and
# `mtimes_changed N`: files under Generated/ whose modification time changed.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${RUNS:-7}"
LOOPS="${LOOPS:-20}"
ERRATA="${1:-}"
if [ -z "$ERRATA" ]; then
    swift build -c release --product errata >&2
    ERRATA="$(swift build -c release --show-bin-path)/errata"
fi
WORK="$(mktemp -d "${TMPDIR:-/tmp}/errata-noop.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
measure() {
    for _ in $(seq "$RUNS"); do
        local start end
        start=$(date +%s%N)
        for _ in $(seq "$LOOPS"); do "$@" > /dev/null 2>&1 || true; done
        end=$(date +%s%N)
        awk -v ns="$((end - start))" -v n="$LOOPS" 'BEGIN {printf "%.4f\n", ns / n / 1e9}'
    done | median
}

"$ERRATA" generate > /dev/null  # start from an up-to-date state
echo "version $(measure "$ERRATA" --version)"
echo "generate $(measure "$ERRATA" generate)"
echo "check $(measure "$ERRATA" check --quiet)"

find Generated -type f -printf '%p %T@\n' | sort > "$WORK/before"
if command -v strace > /dev/null; then
    strace -f -qq -e trace=openat,rename,renameat,renameat2 -o "$WORK/strace" "$ERRATA" generate > /dev/null
    written=$(grep -E 'rename|O_WRONLY|O_RDWR|O_CREAT' "$WORK/strace" | grep -vc '/dev/' || true)
    echo "files_written $written"
else
    echo "files_written n/a"
fi
find Generated -type f -printf '%p %T@\n' | sort > "$WORK/after"
echo "mtimes_changed $(diff "$WORK/before" "$WORK/after" | grep -c '^>' || true)"
