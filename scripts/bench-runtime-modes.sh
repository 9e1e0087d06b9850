#!/usr/bin/env bash
# The two runtime modes compared, release, in one run (docs/performance.md, "Runtime modes").
#
#   scripts/bench-runtime-modes.sh
#
# Every library is compiled alone, as `swift build -c release` compiles a library target and links
# it (swiftc -O -whole-module-optimization -parse-as-library -emit-module -emit-library), and
# timed (wall clock, one run each); its size is the linked shared library's. The runtime
# (Sources/ErrataRuntime with its Core folder) is compiled once as the module
# ErrataRuntime, reported apart; the shared mode's libraries link it. Prints `name seconds KB` lines:
#   runtime                         the runtime alone
#   one-code embedded|shared        a library from a one-code spec
#   app-share …                     bytes it adds to a stripped, statically linked app
#   (BASELINE_ERRATA=PATH adds the one-code library of an earlier generator, as `baseline`)
#   page NAME embedded|shared       libraries from real pages (../shared/corpus, imported with errata)
#   pages embedded|shared           their total
#   20000 embedded|shared           a library of 20,000 codes
# then `first-lookup-20000 ms` (the first lookup in a fresh process, shared mode), and
# `lookup`/`decode` `ours_ns peer_ns ratio` through the OCR library in each mode against a
# Dictionary and JSONDecoder (scripts/bench/modes/main.swift). PARTS=calls measures the runtime
# and the lookup and decoding alone (no page or 20,000-code library).
set -euo pipefail
cd "$(dirname "$0")/.."
SWIFTC="${SWIFTC:-swiftc}"
CORPUS="${CORPUS:-../shared/corpus}"
work="$(mktemp -d "${TMPDIR:-/tmp}/errata-modes.XXXXXX")"
trap 'rm -rf "$work"' EXIT
swift build -c release --product errata >&2
errata="$(swift build -c release --show-bin-path)/errata"
ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
kb() { echo $(( $(stat -c %s "$1") / 1024 )); }

# library NAME DIR [shared]: compiles DIR/*.swift into libNAME.so; prints `seconds KB`.
library() {
    local name=$1 dir=$2 start
    local link=()
    [[ "${3:-}" == shared ]] && link=(-I "$work/rt" -L "$work/rt" -lErrataRuntime)
    start=$(date +%s%N)
    "$SWIFTC" -O -wmo -parse-as-library -swift-version 6 -module-name "$name" -emit-module \
        -emit-module-path "$dir/$name.swiftmodule" -emit-library -o "$dir/lib$name.so" ${link[@]+"${link[@]}"} "$dir"/*.swift
    awk -v ms="$(ms "$start")" -v kb="$(kb "$dir/lib$name.so")" 'BEGIN {printf "%.2f %d\n", ms / 1000, kb}'
}

mkdir -p "$work/rt"
cp Sources/ErrataRuntime/Core/*.swift Sources/ErrataRuntime/*.swift "$work/rt/"
echo "runtime $(library ErrataRuntime "$work/rt")"

# generate SPEC DIR MODE PREFIX: the Swift library of SPEC in DIR.
generate() {
    "$errata" generate --spec "$1" --swift-output "$2" --runtime "$3" --type-prefix "$4" >/dev/null
}

if [[ "${PARTS:-all}" != calls ]]; then
printf 'service: One\nentries:\n  - code: ONE.1\n    message: Something failed.\n' >"$work/one.yaml"
for mode in embedded shared; do
    generate "$work/one.yaml" "$work/one-$mode" "$mode" One
    echo "one-code $mode $(library OneErrors "$work/one-$mode" "$mode")"
done

# What a library adds to an app that links it statically and is stripped, as a shipped app is:
# `app-share NAME BYTES`, the size (text + data) of a stripped app decoding one body through the library
# minus that of the same app without it (for the shared mode: an app using the runtime alone,
# so the runtime is counted once, apart, as `app-share runtime`).
mkdir -p "$work/app"
"$SWIFTC" -O -wmo -parse-as-library -swift-version 6 -module-name ErrataRuntime -emit-module \
    -emit-module-path "$work/app/ErrataRuntime.swiftmodule" -c -o "$work/app/ErrataRuntime.o" "$work"/rt/*.swift
body='Data(#"{"error_code": "ONE.1", "error_msg": "Something failed."}"#.utf8)'
printf 'import Foundation\nprint((try? JSONDecoder().decode([String: String].self, from: %s))?.count ?? 0)\n' "$body" >"$work/app/base.swift"
printf 'import Foundation\nimport ErrataRuntime\nlet f = ErrataBody.Format(syntax: .json, code: [.key("error_code")], message: [.key("error_msg")])\nprint(ErrataBody.read(%s, formats: [f])?.code ?? "-")\n' "$body" >"$work/app/runtime.swift"
printf 'import Foundation\nimport OneErrors\nlet e = try? OneError.decode(%s, httpStatus: 400)\nprint(e?.code.isDocumented ?? false, e?.failureReason ?? "-")\n' "$body" >"$work/app/one.swift"
# An app's size: text + data of the stripped file (`size`), what it maps from the file. Not the
# file's length, which the page alignment between its segments rounds in steps of up to 4 KB.
stripped() { strip -o "$1.stripped" "$1" && size "$1.stripped" | awk 'NR == 2 {print $1 + $2}'; }
"$SWIFTC" -O -swift-version 6 -o "$work/app/base" "$work/app/base.swift"
"$SWIFTC" -O -swift-version 6 -I "$work/app" -o "$work/app/runtime" "$work/app/runtime.swift" "$work/app/ErrataRuntime.o"
echo "app-share runtime $(( $(stripped "$work/app/runtime") - $(stripped "$work/app/base") ))"
# BASELINE_ERRATA=path/to/errata: also the one-code library of that (earlier) generator, whose
# output needs no runtime: `one-code baseline SECONDS KB` and its app share.
if [[ -n "${BASELINE_ERRATA:-}" ]]; then
    "$BASELINE_ERRATA" generate --spec "$work/one.yaml" --swift-output "$work/one-baseline" --type-prefix One >/dev/null
    echo "one-code baseline $(library OneErrors "$work/one-baseline")"
fi
for mode in embedded shared ${BASELINE_ERRATA:+baseline}; do
    dir="$work/app/one-$mode"
    mkdir -p "$dir"
    link=()
    [[ "$mode" == shared ]] && link=(-I "$work/app")
    "$SWIFTC" -O -wmo -parse-as-library -swift-version 6 -module-name OneErrors -emit-module \
        -emit-module-path "$dir/OneErrors.swiftmodule" -c -o "$dir/OneErrors.o" ${link[@]+"${link[@]}"} "$work/one-$mode"/*.swift
    if [[ "$mode" == shared ]]; then
        "$SWIFTC" -O -swift-version 6 -I "$dir" -I "$work/app" -o "$dir/app" "$work/app/one.swift" "$dir/OneErrors.o" "$work/app/ErrataRuntime.o"
        echo "app-share one-code $mode $(( $(stripped "$dir/app") - $(stripped "$work/app/runtime") ))"
    else
        "$SWIFTC" -O -swift-version 6 -I "$dir" -o "$dir/app" "$work/app/one.swift" "$dir/OneErrors.o"
        echo "app-share one-code $mode $(( $(stripped "$dir/app") - $(stripped "$work/app/base") ))"
    fi
done

# The biggest Huawei Cloud / Open Telekom Cloud pages of the corpus, then the next biggest others: ten.
pages=(otc-modelarts-errorcodes-20250826.rst huawei-apig-errorcodes-zh-20210924.md otc-ecs-errorcodes-20220427.html
    otc-elb-statuscodes-shared-20220506.html otc-apig-callingerrors-20241212.rst otc-ocr-errorcodes-20240403.rst
    huawei-ocr-errorcodes-zh-20191210.md apache-ignite3-errorcodes-20251105.adoc jdcloud-oss-s3-errorcodes.md
    yandex-storage-s3-responsecodes.md)
for mode in embedded shared; do
    total=0
    kbs=0
    index=0
    for page in "${pages[@]}"; do
        index=$((index + 1))
        spec="$work/page$index.yaml"
        [[ -f "$spec" ]] || "$errata" import "$CORPUS/$page" --spec "$spec" >/dev/null 2>&1
        codes=$(grep -c '^- code:' "$spec" || true)
        generate "$spec" "$work/page$index-$mode" "$mode" "Page$index"
        read -r seconds size < <(library "Page${index}Errors" "$work/page$index-$mode" "$mode")
        name=${page%.*}; echo "page ${name%%-2*} ($codes codes) $mode $seconds $size"
        total=$(awk -v a="$total" -v b="$seconds" 'BEGIN {printf "%.2f", a + b}')
        kbs=$((kbs + size))
    done
    echo "pages $mode $total $kbs"
done

awk 'BEGIN {print "service: Big"; print "entries:"; for (i = 0; i < 20000; i++) {printf "  - code: BIG.%05d\n    message: Failure %d of {xxx}.\n", i, i}}' >"$work/big.yaml"
for mode in embedded shared; do
    generate "$work/big.yaml" "$work/big-$mode" "$mode" Big
    echo "20000 $mode $(library BigErrors "$work/big-$mode" "$mode")"
done
cat >"$work/first.swift" <<'SWIFT'
import BigErrors
import Foundation
let start = DispatchTime.now().uptimeNanoseconds
let info = BigErrorCode(rawValue: "BIG.19999").info
let end = DispatchTime.now().uptimeNanoseconds
print(String(format: "first-lookup-20000 %.2f", Double(end - start) / 1e6), info?.variants.count ?? 0)
SWIFT
"$SWIFTC" -O -swift-version 6 -I "$work/big-shared" -L "$work/big-shared" -I "$work/rt" -L "$work/rt" -lBigErrors -lErrataRuntime \
    -Xlinker -rpath -Xlinker "$work/big-shared" -Xlinker -rpath -Xlinker "$work/rt" -o "$work/first" "$work/first.swift"
"$work/first"
fi

# Lookup and decoding through the OCR library, shared and embedded.
for mode in shared embedded; do
    generate spec/huawei-ocr.yaml "$work/ocr-$mode" "$mode" HuaweiOCR
    library HuaweiOCRErrors "$work/ocr-$mode" "$mode" >/dev/null
    "$SWIFTC" -O -swift-version 6 -I "$work/ocr-$mode" -L "$work/ocr-$mode" -I "$work/rt" -L "$work/rt" -lHuaweiOCRErrors -lErrataRuntime \
        -Xlinker -rpath -Xlinker "$work/ocr-$mode" -Xlinker -rpath -Xlinker "$work/rt" -o "$work/bench-$mode" scripts/bench/modes/main.swift
    "$work/bench-$mode" | sed "s/^/$mode /"
done
