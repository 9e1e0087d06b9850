#!/usr/bin/env bash
# Kills the real `errata generate` with SIGKILL at random moments, ROUNDS times, while it switches
# the OCR catalog's outputs between two versions of the spec (B rewords every message, so the
# docs, fixtures and Swift table differ). After every kill each output file must be, byte for
# byte, its version-A or its version-B form: never torn, never half-written. Leftover temporary
# files are allowed after a kill; the next `generate` must sweep them and `check` be in sync.
#
#   scripts/kill-generate.sh [ROUNDS]      (default 40; ERRATA=path picks the binary)
set -euo pipefail
ROUNDS=${1:-40}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
if [ -z "${ERRATA:-}" ]; then
    swift build --package-path "$ROOT" --product errata >&2
    ERRATA="$(swift build --package-path "$ROOT" --show-bin-path)/errata"
fi
WORK=$(mktemp -d "${TMPDIR:-/tmp}/errata-kill-generate.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

mkdir -p "$WORK/run/spec" "$WORK/versions"
cp "$ROOT/errata.yml" "$WORK/run/errata.yml"
cp "$ROOT/spec/huawei-ocr.yaml" "$WORK/versions/a.yaml"
sed -e "s/^\\( *\\)message: \\([\"']\\)/\\1message: \\2Reworded - /" -e "s/^\\( *\\)message: \\([^\"']\\)/\\1message: Reworded - \\2/" \
    "$WORK/versions/a.yaml" > "$WORK/versions/b.yaml"

# The two complete generations, for comparison.
for version in a b; do
    cp "$WORK/versions/$version.yaml" "$WORK/run/spec/huawei-ocr.yaml"
    (cd "$WORK/run" && "$ERRATA" generate > /dev/null)
    rm -rf "$WORK/versions/$version-out"
    cp -r "$WORK/run/Generated" "$WORK/versions/$version-out"
done
files=$(cd "$WORK/versions/a-out" && find . -type f | sort)
changed=$(for f in $files; do cmp -s "$WORK/versions/a-out/$f" "$WORK/versions/b-out/$f" || echo "$f"; done | wc -l)
echo "$(echo "$files" | wc -l) output files, $changed of them differ between the versions"

mixed=0
leftovers=0
for round in $(seq "$ROUNDS"); do
    version=$([ $((round % 2)) -eq 0 ] && echo a || echo b)
    cp "$WORK/versions/$version.yaml" "$WORK/run/spec/huawei-ocr.yaml"
    (cd "$WORK/run" && exec "$ERRATA" generate > /dev/null) &
    pid=$!
    sleep "0.$(printf '%03d' $(( $(od -An -N2 -tu2 /dev/urandom) % 120 )))"
    kill -KILL "$pid" 2> /dev/null || true
    wait "$pid" 2> /dev/null || true
    seen_a=0
    seen_b=0
    for f in $files; do
        out="$WORK/run/Generated/$f"
        if [ ! -f "$out" ]; then
            echo "FAIL round $round: $f is missing" >&2
            exit 1
        elif cmp -s "$out" "$WORK/versions/a-out/$f" && cmp -s "$out" "$WORK/versions/b-out/$f"; then
            :
        elif cmp -s "$out" "$WORK/versions/a-out/$f"; then
            seen_a=1
        elif cmp -s "$out" "$WORK/versions/b-out/$f"; then
            seen_b=1
        else
            echo "FAIL round $round: $f is neither version: torn or half-written" >&2
            exit 1
        fi
    done
    temps=$(find "$WORK/run/Generated" -name '*.errata-tmp-*' | wc -l)
    [ "$temps" -eq 0 ] || leftovers=$((leftovers + 1))
    [ $((seen_a + seen_b)) -eq 2 ] && mixed=$((mixed + 1))
done

(cd "$WORK/run" && "$ERRATA" generate > /dev/null)
temps=$(find "$WORK/run/Generated" -name '*.errata-tmp-*' | wc -l)
if [ "$temps" -ne 0 ]; then
    echo "FAIL: $temps temporary files left after a full generate" >&2
    exit 1
fi
(cd "$WORK/run" && "$ERRATA" check --quiet > /dev/null)
echo "$ROUNDS kills: no torn file; $mixed kills landed mid-run (files of both versions), $leftovers left temporary files, all swept by the next generate; check in sync"
