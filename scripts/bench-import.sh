#!/usr/bin/env bash
# HTML import benchmark: `errata dump page.html > /dev/null` on generated doc-portal pages.
#
#   scripts/bench-import.sh [ROWS ...]      (default: 1000 10000 100000)
#
# Builds errata in release mode, generates each page (scripts/bench/make-page.py; nothing large
# is committed), and runs each command RUNS times (default 5), reporting the median wall time
# and the median peak RSS (/usr/bin/time). When xmllint is available (Debian: libxml2-utils) it
# is run on the same file as the floor for a tree-based reader, and `pandas.read_html` (pandas +
# lxml from PyPI, installed into .build-bench/venv on first use; PANDAS=0 skips it) as the peer a
# script would use.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${RUNS:-5}"
ROWS=("$@")
[ ${#ROWS[@]} -gt 0 ] || ROWS=(1000 10000 100000)
WORK="$(mktemp -d "${TMPDIR:-/tmp}/errata-import.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

swift build -c release --product errata >&2
ERRATA="$(swift build -c release --show-bin-path)/errata"

PYTHON=""
if [ "${PANDAS:-1}" != 0 ]; then
    VENV=.build-bench/venv
    if [ ! -x "$VENV/bin/python" ]; then
        python3 -m venv "$VENV" >&2
        "$VENV/bin/pip" install --quiet pandas lxml >&2
    fi
    PYTHON="$VENV/bin/python"
fi

# Median wall seconds and median peak RSS (MB) of RUNS runs of a command.
measure() {
    local times=() rss=()
    for _ in $(seq "$RUNS"); do
        /usr/bin/time -f "%e %M" -o "$WORK/time" "$@" > /dev/null
        read -r t m < "$WORK/time"
        times+=("$t"); rss+=("$m")
    done
    local mt mr
    mt=$(printf '%s\n' "${times[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
    mr=$(printf '%s\n' "${rss[@]}" | sort -g | awk '{a[NR]=$1} END {printf "%d", a[int((NR+1)/2)]/1024}')
    echo "$mt $mr"
}

printf '| rows | page MB | errata dump s | errata MB | xmllint s | xmllint MB | time ratio | RSS ratio | pandas s | pandas MB | pandas / errata |\n'
printf '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n'
for rows in "${ROWS[@]}"; do
    page="$WORK/page-$rows.html"
    python3 scripts/bench/make-page.py "$rows" > "$page"
    size=$(awk -v b="$(stat -c %s "$page")" 'BEGIN {printf "%.1f", b / 1048576}')
    read -r et em < <(measure "$ERRATA" dump "$page")
    if command -v xmllint > /dev/null; then
        read -r xt xm < <(measure xmllint --html --noout "$page")
        ratio=$(awk -v a="$et" -v b="$xt" 'BEGIN {printf "%.2f", (b > 0 ? a / b : 0)}')
        rssratio=$(awk -v a="$em" -v b="$xm" 'BEGIN {printf "%.2f", (b > 0 ? a / b : 0)}')
    else
        xt="n/a"; xm="n/a"; ratio="n/a"; rssratio="n/a"
    fi
    if [ -n "$PYTHON" ]; then
        read -r pt pm < <(measure "$PYTHON" -c "import sys, pandas; pandas.read_html(sys.argv[1])" "$page")
        speedup=$(awk -v a="$et" -v b="$pt" 'BEGIN {printf "%.1f", (a > 0 ? b / a : 0)}')
    else
        pt="n/a"; pm="n/a"; speedup="n/a"
    fi
    printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$rows" "$size" "$et" "$em" "$xt" "$xm" \
        "$ratio" "$rssratio" "$pt" "$pm" "$speedup"
done
