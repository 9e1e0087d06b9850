#!/usr/bin/env bash
# Runs every performance benchmark, prints a summary table and writes docs/performance.md.
#
#   scripts/bench.sh
#
# Pieces (each runs on its own too): bench-import.sh (HTML import against xmllint and
# pandas.read_html), bench-compile.sh (compile time of the generated library), bench-noop.sh
# (no-op generate/check against --version), bench-lookup.sh (lookup and decoding against
# Dictionary and JSONDecoder; first and later lookups at 20k codes), check-example.sh (build
# plugin: no generator run when nothing changed). The compile and first-lookup measures also run
# on catalogs translated into two languages (bench-compile.sh --locales 2; bench-lookup.sh's
# `_2locales` lines). IMPORT_ROWS, COMPILE_COUNTS and COMPILE_LOCALES_COUNTS override the sizes;
# EXAMPLE=0 skips the example.
set -euo pipefail
cd "$(dirname "$0")/.."
IMPORT_ROWS="${IMPORT_ROWS:-1000 10000 100000}"
COMPILE_COUNTS="${COMPILE_COUNTS:-1000 5000 20000}"
COMPILE_LOCALES_COUNTS="${COMPILE_LOCALES_COUNTS:-1000 20000}"
DOC=docs/performance.md
TMP="$(mktemp -d "${TMPDIR:-/tmp}/errata-benchall.XXXXXX")"
trap 'rm -rf "$TMP"' EXIT

swift build -c release --product errata >&2
ERRATA="$(swift build -c release --show-bin-path)/errata"

echo "== HTML import" >&2
# shellcheck disable=SC2086
scripts/bench-import.sh $IMPORT_ROWS | tee "$TMP/import.md" >&2
echo "== compile time" >&2
# shellcheck disable=SC2086
scripts/bench-compile.sh $COMPILE_COUNTS | tee "$TMP/compile.txt" >&2
echo "== compile time, 2 locales" >&2
# shellcheck disable=SC2086
scripts/bench-compile.sh --locales 2 $COMPILE_LOCALES_COUNTS | tee "$TMP/compile-locales.txt" >&2
echo "== no-op runs" >&2
scripts/bench-noop.sh "$ERRATA" | tee "$TMP/noop.txt" >&2
echo "== lookup" >&2
scripts/bench-lookup.sh | tee "$TMP/lookup.txt" >&2
if [ "${EXAMPLE:-1}" != 0 ]; then
    echo "== build plugin" >&2
    scripts/check-example.sh > "$TMP/example.txt" 2>&1 || true
    cat "$TMP/example.txt" >&2
else
    : > "$TMP/example.txt"
fi

# --- summary ---------------------------------------------------------------------------------
get() { awk -v k="$1" '$1 == k {print $2}' "$2"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (a == "" || b == "" || b == 0) print "n/a"; else printf "%.2f", a / b}'; }
# met VALUE OP LIMIT
met() { awk -v v="$1" -v o="$2" -v l="$3" 'BEGIN {
    if (v == "n/a" || v == "") {print "n/a"; exit}
    ok = (o == "<=") ? (v + 0 <= l + 0) : (v + 0 >= l + 0); print ok ? "met" : "NOT met" }'; }
rows=()
row() { rows+=("| $1 | $2 | $3 | $4 | $5 | $6 |"); }

last=$(grep -E '^\| [0-9]' "$TMP/import.md" | tail -1)
IFS='|' read -r _ irows _ et em xt xm tr rr pt pm sp _ <<< "$last"
irows=$(echo $irows); et=$(echo $et); em=$(echo $em); xt=$(echo $xt); xm=$(echo $xm)
tr=$(echo $tr); rr=$(echo $rr); pt=$(echo $pt); pm=$(echo $pm); sp=$(echo $sp)
row "HTML import $irows rows: wall" "$et s" "xmllint $xt s" "$tr" "≤ 1.2" "$(met "$tr" '<=' 1.2)"
row "HTML import $irows rows: peak RSS" "$em MB" "xmllint $xm MB" "$rr" "≤ 1.0" "$(met "$rr" '<=' 1.0)"
row "HTML import $irows rows: vs pandas" "$et s, $em MB" "pandas.read_html $pt s, $pm MB" "$sp× faster" "≥ 5× faster" "$(met "$sp" '>=' 5)"

first_count=$(awk 'NR == 2 {print $1}' "$TMP/compile.txt")
last_count=$(awk 'NR > 1 {c = $1} END {print c}' "$TMP/compile.txt")
c1=$(awk 'NR == 2 {print $2}' "$TMP/compile.txt")
cN=$(awk 'NR > 1 {c = $2} END {print c}' "$TMP/compile.txt")
mN=$(awk 'NR > 1 {c = $4} END {print c}' "$TMP/compile.txt")
row "compile $first_count codes" "$c1 s" "" "" "≤ 3 s" "$(met "$c1" '<=' 3)"
row "compile $last_count codes" "$cN s, $mN MB" "" "" "≤ 30 s, ≤ 1024 MB" \
    "$(awk -v t="$cN" -v m="$mN" 'BEGIN {print (t <= 30 && m <= 1024) ? "met" : "NOT met"}')"
growth=$(ratio "$cN" "$c1")
row "compile growth $first_count → $last_count codes" "×$growth time" "" "×$(ratio "$last_count" "$first_count") codes" "close to linear" \
    "$(awk -v g="$growth" -v n="$(ratio "$last_count" "$first_count")" 'BEGIN {print (g <= n) ? "met" : "NOT met"}')"

l1=$(awk 'NR == 2 {print $2}' "$TMP/compile-locales.txt")
lN=$(awk 'NR > 1 {c = $2} END {print c}' "$TMP/compile-locales.txt")
lmN=$(awk 'NR > 1 {c = $4} END {print c}' "$TMP/compile-locales.txt")
lfirst_count=$(awk 'NR == 2 {print $1}' "$TMP/compile-locales.txt")
llast_count=$(awk 'NR > 1 {c = $1} END {print c}' "$TMP/compile-locales.txt")
row "compile $lfirst_count codes, 2 locales" "$l1 s" "" "" "≤ 3 s" "$(met "$l1" '<=' 3)"
row "compile $llast_count codes, 2 locales" "$lN s, $lmN MB" "" "" "≤ 30 s, ≤ 1024 MB" \
    "$(awk -v t="$lN" -v m="$lmN" 'BEGIN {print (t != "" && t <= 30 && m <= 1024) ? "met" : "NOT met"}')"

v=$(get version "$TMP/noop.txt"); g=$(get generate "$TMP/noop.txt"); c=$(get check "$TMP/noop.txt")
row "no-op \`errata generate\`" "$g s" "\`--version\` $v s" "$(ratio "$g" "$v")" "≤ 2" "$(met "$(ratio "$g" "$v")" '<=' 2)"
row "no-op \`errata check\`" "$c s" "\`--version\` $v s" "$(ratio "$c" "$v")" "≤ 2" "$(met "$(ratio "$c" "$v")" '<=' 2)"
fw=$(get files_written "$TMP/noop.txt"); mc=$(get mtimes_changed "$TMP/noop.txt")
row "no-op generate: files written" "$fw (strace), $mc mtimes changed" "" "" "0" \
    "$( [ "$fw" = 0 ] && [ "$mc" = 0 ] && echo met || echo "NOT met")"

read -r _ lo lp lr < <(grep '^lookup ' "$TMP/lookup.txt")
read -r _ do dp dr < <(grep '^decode ' "$TMP/lookup.txt")
row "lookup code → info" "$lo ns" "Dictionary $lp ns" "$lr" "≤ 1.0" "$(met "$lr" '<=' 1.0)"
row "decode error body" "$do ns" "JSONDecoder plain struct $dp ns" "$dr" "≤ 2.0" "$(met "$dr" '<=' 2.0)"
first=$(awk '$1 ~ /^first_lookup_[0-9]+k$/ {print $2}' "$TMP/lookup.txt")
first_l=$(awk '$1 ~ /^first_lookup_[0-9]+k_2locales$/ {print $2}' "$TMP/lookup.txt")
first_t=$(awk '$1 ~ /^first_localized_[0-9]+k_2locales$/ {print $2}' "$TMP/lookup.txt")
read -r scale so sp sr < <(grep -E '^lookup_[0-9]+k ' "$TMP/lookup.txt")
row "first lookup, ${scale#lookup_} codes" "$first ms" "" "" "≤ 20 ms" "$(met "$first" '<=' 20)"
row "later lookups, ${scale#lookup_} codes" "$so ns" "Dictionary $sp ns" "$sr" "≤ 1.0" "$(met "$sr" '<=' 1.0)"
row "first lookup, ${scale#lookup_} codes, 2 locales" "$first_l ms, then first translated text $first_t ms" "" "" "≤ 20 ms" \
    "$(met "$first_l" '<=' 20)"

if grep -q '^third build' "$TMP/example.txt"; then
    third=$(grep '^third build' "$TMP/example.txt")
    runs=$(echo "$third" | sed -E 's/.*generator runs: ([0-9]+).*/\1/')
    ms=$(echo "$third" | sed -E 's/third build: ([0-9]+) ms.*/\1/')
    row "build plugin: unchanged rebuild" "$ms ms, generator runs: $runs" "" "" "0 runs" \
        "$( [ "$runs" = 0 ] && echo met || echo "NOT met")"
else
    row "build plugin: unchanged rebuild" "not measured" "" "" "0 runs" "n/a"
fi

summary=$(printf '| measure | errata | peer | ratio | target | |\n|---|---|---|---|---|---|\n'; printf '%s\n' "${rows[@]}")
echo "$summary"

# --- docs/performance.md: the part between the bench:begin and bench:end markers -------------
cpu=$(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo 2>/dev/null || uname -m)
mem=$(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo 2>/dev/null || echo "?")
swiftv=$(swift --version 2>/dev/null | head -1)
xmlv=$(xmllint --version 2>&1 | head -1 || true)
pandasv=$(.build-bench/venv/bin/python -c 'import pandas, lxml.etree as e; print("pandas", pandas.__version__, "lxml", ".".join(map(str, e.LXML_VERSION)))' 2>/dev/null || echo "pandas not run")
{
    sed -n '1,/^<!-- bench:begin -->$/p' "$DOC"
    echo
    echo "Run of $(date -u +%Y-%m-%d) by \`scripts/bench.sh\` on $(nproc) cores ($cpu), $mem,"
    echo "$(uname -sm), $swiftv; $xmlv; $pandasv."
    echo "The machine is shared and noisy: wall times move by ±30 % between runs."
    echo
    echo "$summary"
    echo
    echo "### HTML import"
    echo
    echo "\`scripts/bench-import.sh $IMPORT_ROWS\`: \`errata dump page.html > /dev/null\` (release),"
    echo "\`xmllint --html --noout page.html\`, \`python -c \"import pandas; pandas.read_html(page)\"\`;"
    echo "median of 5 runs each, wall and peak RSS from \`/usr/bin/time\`, all in the same run."
    echo
    cat "$TMP/import.md"
    echo
    echo "### Generated code: compile time"
    echo
    echo "\`scripts/bench-compile.sh $COMPILE_COUNTS\`: the library compiled with the flags of \`swift build -c release\`"
    echo "(\`-O -whole-module-optimization -num-threads $(nproc) -g -emit-module\`), median of 5 runs (wall, CPU), largest peak RSS."
    echo
    echo '```'
    cat "$TMP/compile.txt"
    echo '```'
    echo
    echo "The same catalogs translated into two languages (\`scripts/bench-compile.sh --locales 2 $COMPILE_LOCALES_COUNTS\`:"
    echo "every row's description in both, its solution in one and every other in the second, every module's name):"
    echo
    echo '```'
    cat "$TMP/compile-locales.txt"
    echo '```'
    echo
    echo "### No-op runs, lookup"
    echo
    echo "\`scripts/bench-noop.sh\` (median of 7, seconds; strace count of files opened for writing"
    echo "or renamed) and \`scripts/bench-lookup.sh\` (ns per operation, median of 7 rounds; at 20k codes, the"
    echo "first lookup and the first \`allDocumented\` of a process in ms, median of 7 fresh processes):"
    echo
    echo '```'
    cat "$TMP/noop.txt" "$TMP/lookup.txt"
    echo '```'
    echo
    sed -n '/^<!-- bench:end -->$/,$p' "$DOC"
} > "$TMP/doc.md"
mv "$TMP/doc.md" "$DOC"
echo "wrote $DOC" >&2
