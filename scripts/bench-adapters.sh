#!/usr/bin/env bash
# What each adapter costs a package's clean build (docs/adapters.md, README "Adapters"):
# Examples/OCRClient (the build-tool plugin and ErrataRuntime) copied into a scratch folder, once
# as it is and once per adapter with its trait enabled and one line of it used; dependencies are
# resolved first (not counted), then a clean debug `swift build` is timed.
#
#   scripts/bench-adapters.sh [TRAIT ...]     (default: all four)
#
# Prints `TRAIT wall_s cpu_s packages` lines (`none` first): the build's wall time, its CPU time
# (user + system of every compiler process) and the packages resolved into .build/checkouts.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/errata-adapters.XXXXXX")"
trap 'rm -rf "$work"' EXIT
traits=("$@")
[[ ${#traits[@]} -gt 0 ]] || traits=(HTTPTypes OpenAPIRuntime AsyncHTTPClient Hummingbird)

# use TRAIT: a line that uses the adapter, in the example's target.
use() {
    case "$1" in
        HTTPTypes) echo 'import ErrataHTTPTypes
public func errataHead(_ error: HuaweiOCRError) -> String { "\(error.httpResponse.status.code)" }' ;;
        OpenAPIRuntime) echo 'import ErrataOpenAPIRuntime
public let errataMiddleware = ErrataErrorMiddleware(HuaweiOCRError.self)' ;;
        AsyncHTTPClient) echo 'import AsyncHTTPClient
import ErrataAsyncHTTPClient
public func errataRead(_ response: HTTPClientResponse) async throws -> HuaweiOCRError { try await HuaweiOCRError(response: response) }' ;;
        Hummingbird) echo 'import ErrataHummingbird
public func errataAnswer(_ error: HuaweiOCRError) -> Int { ErrataHummingbirdResponse.response(error).status.code }' ;;
    esac
}

measure() {
    local name=$1 dir="$work/consumer-$1"  # not named as a package it resolves (identities are folder names)
    cp -R "$here/Examples/OCRClient" "$dir"
    rm -rf "$dir/.build"
    sed -i.bak "s|path: \"../..\"|path: \"$here\"|" "$dir/Package.swift" && rm "$dir/Package.swift.bak"
    if [[ "$name" != none ]]; then
        python3 - "$dir/Package.swift" "$name" <<'PY'
import sys
path, trait = sys.argv[1], sys.argv[2]
text = open(path).read()
import re
text, count = re.subn(r'(\.package\(name: "Errata", path: "[^"]*")\)', r'\1, traits: ["%s"])' % trait, text, count=1)
assert count == 1, "no errata dependency in " + path
text = text.replace('.product(name: "ErrataRuntime", package: "Errata")',
                    '.product(name: "ErrataRuntime", package: "Errata"), .product(name: "Errata%s", package: "Errata")' % trait, 1)
if trait == "AsyncHTTPClient":
    text = text.replace('    dependencies: [\n', '    dependencies: [\n        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),\n', 1)
    text = text.replace('.product(name: "ErrataAsyncHTTPClient", package: "Errata")',
                        '.product(name: "ErrataAsyncHTTPClient", package: "Errata"), .product(name: "AsyncHTTPClient", package: "async-http-client")', 1)
open(path, "w").write(text)
PY
        use "$name" >"$dir/Sources/OCRClient/AdapterUse.swift"
    fi
    swift package --package-path "$dir" resolve >"$work/$name.resolve.log" 2>&1 || { tail -20 "$work/$name.resolve.log" >&2; exit 1; }
    local start end
    start=$(date +%s%N)
    TIMEFORMAT='%U %S'
    local status=0
    { time swift build --package-path "$dir" >"$work/$name.log" 2>&1 || status=$?; } 2>"$work/$name.cpu"
    [[ $status -eq 0 ]] || { tail -30 "$work/$name.log" >&2; echo "the build with $name failed" >&2; exit 1; }
    end=$(date +%s%N)
    echo "$name $(awk -v ns=$((end - start)) 'BEGIN {printf "%.1f", ns / 1e9}') $(awk '{printf "%.1f", $1 + $2}' "$work/$name.cpu") $(ls "$dir/.build/checkouts" | wc -l)"
}

measure none
for trait in "${traits[@]}"; do measure "$trait"; done
