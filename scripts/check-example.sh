#!/usr/bin/env bash
# Builds Examples/OCRClient (which generates its OCR error types with the ErrataPlugin build-tool
# plugin) and checks the plugin's incremental behaviour from the verbose build logs:
#   1. the first build runs the generator (always, when starting from a clean .build);
#   2. a build with nothing changed does not run it; the one exception is the build right after
#      a clean one when SwiftPM relinks the errata tool itself (it builds plugin tools in a
#      separate plan first, swiftlang/swift-package-manager#7753) and the tool is an input;
#   3. the next build with nothing changed runs nothing: neither the generator nor the tool link;
#   4. touching the spec runs the generator once more, and the build after that does not;
#   5. the demo executable decodes bodies and switches on codes as expected;
#   6. the clean build compiles no libxml2 module, page reader, argument parser (errata-build needs
#      none) or adapter;
#   7. it resolves no package but errata's two (Yams, swift-argument-parser): the adapters' HTTP
#      stacks are behind package traits it does not enable (docs/adapters.md);
#   8. no function of what a clean build compiles (errata's plugin tool and runtime, the example)
#      takes the type checker more than 500 ms: one such function once cost every plugin user's
#      clean build 7 s of CPU (docs/performance.md, "Compiling errata").
# Usage: scripts/check-example.sh [--clean]   (--clean removes the example's .build first)
set -euo pipefail
cd "$(dirname "$0")/.."
example=Examples/OCRClient
spec=$example/Sources/OCRClient/huawei-ocr.errata.yaml
logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT

if ! cmp -s spec/huawei-ocr.yaml "$spec"; then
    echo "FAIL: $spec is not a copy of spec/huawei-ocr.yaml" >&2
    exit 1
fi
if [[ "${1:-}" == "--clean" ]]; then rm -rf "$example/.build"; fi
clean=$([[ -d "$example/.build" ]] && echo no || echo yes)

# Every build passes the same flags (other flags would rebuild everything): the type checker's
# warnings for slow functions and expressions, for the target and the plugin tool builds.
slow=()
for flag in -warn-long-function-bodies=500 -warn-long-expression-type-checking=500; do
    slow+=(-Xswiftc -Xfrontend -Xswiftc "$flag" -Xbuild-tools-swiftc -Xfrontend -Xbuild-tools-swiftc "$flag")
done

# build NAME: verbose build into $logs/NAME.log; prints the wall time.
build() {
    local start end
    start=$(date +%s%N)
    if ! swift build --package-path "$example" -v "${slow[@]}" >"$logs/$1.log" 2>&1; then
        tail -40 "$logs/$1.log" >&2
        echo "FAIL: build '$1' failed" >&2
        exit 1
    fi
    end=$(date +%s%N)
    printf '%s build: %d ms, generator runs: %d, errata tool linked: %d\n' "$1" $(((end - start) / 1000000)) \
        "$(generator_runs "$1")" "$(tool_links "$1")"
}
# The plugin's command line, as `swift build -v` echoes it when it runs.
generator_runs() { grep -c -- "errata-build-tool --package-root .* --spec [^ ]*huawei-ocr.errata.yaml" "$logs/$1.log" || true; }
tool_links() { grep -cE -- "^[^ ]*(swiftc|clang) .* -o [^ ]*/errata-build-tool " "$logs/$1.log" || true; }
fail() { echo "FAIL: $*" >&2; exit 1; }

build first
# The plugin's tool needs no libxml2: a clean build compiles neither the HTML reader's libxml2
# module nor the page readers nor the argument parser (hiding libxml-2.0 from pkg-config is no
# proof: SwiftPM still finds the headers on this system), nor any adapter (their traits are off).
unneeded="-module-name (CLibXML2|ErrataReaders|ArgumentParser|errata|ErrataHTTPTypes|ErrataOpenAPIRuntime|ErrataAsyncHTTPClient|ErrataHummingbird) "
if [[ $clean == yes ]] && grep -qE -- "$unneeded" "$logs/first.log"; then
    fail "the clean build compiled a module the plugin's tool does not need: $(grep -oE -- "$unneeded" "$logs/first.log" | sort -u | tr '\n' ' ')"
fi
if [[ $clean == yes ]]; then
    checkouts=$(ls "$example/.build/checkouts" | tr '\n' ' ')
    [[ "$checkouts" == "swift-argument-parser Yams " || "$checkouts" == "Yams swift-argument-parser " ]] \
        || fail "the example resolved packages it does not use: $checkouts"
fi
if grep -qE "warning: .* took [0-9]+ms to type-check" "$logs/first.log"; then
    fail "slow to type-check: $(grep -oE "[^ ]+\.swift:[0-9]+:[0-9]+: warning: .* took [0-9]+ms to type-check" "$logs/first.log" | sort -u)"
fi
if [[ $clean == yes && "$(generator_runs first)" -ne 1 ]]; then
    fail "the first build from a clean state should run the generator once"
fi
build second
if [[ "$(generator_runs second)" -ne 0 && "$(tool_links second)" -eq 0 ]]; then
    fail "the second build ran the generator although neither the spec nor the tool changed"
fi
build third
[[ "$(generator_runs third)" -eq 0 ]] || fail "a build with nothing changed ran the generator"
[[ "$(tool_links third)" -eq 0 ]] || fail "a build with nothing changed relinked the errata tool"

touch "$spec"
build touched
[[ "$(generator_runs touched)" -eq 1 ]] || fail "touching the spec did not run the generator"
build after-touch
[[ "$(generator_runs after-touch)" -eq 0 ]] || fail "the build after the spec's rebuild ran the generator again"

output=$("$(swift build --package-path "$example" "${slow[@]}" --show-bin-path)/ocr-demo")
expected='APIG.0308 documented=true advice=backOff(limit: Optional("100"))
ModelArts.4101 documented=true advice=refreshCredentials
AIS.0102 documented=true advice=fixRequest
APIGW.0101 documented=false advice=giveUp
46 documented codes
fixture AIS.0119 reason=The input image failed to match the template. fix=Check whether the reference fields in the template match the fields in the input image.
47 fixtures'
if [[ "$output" != "$expected" ]]; then
    printf 'FAIL: ocr-demo printed:\n%s\n' "$output" >&2
    exit 1
fi
echo "example OK"
