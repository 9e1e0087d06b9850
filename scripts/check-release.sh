#!/usr/bin/env bash
# Checks the release artifact bundle (scripts/release.sh) the way a package would use it: a
# scratch package declares `.binaryTarget(name: "errata-build", path: "errata.artifactbundle")`,
# a build-tool plugin with errata's plugin sources that depends on it, and a target with the OCR
# spec. Its build must generate and compile the error library with the prebuilt tool: no errata
# source is compiled, and the tool runs from the bundle.
#
#   scripts/check-release.sh [BUNDLE]     (default: .build/release-bundle/errata.artifactbundle)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
bundle="$(cd "${1:-$repo/.build/release-bundle/errata.artifactbundle}" && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/errata-release.XXXXXX")"
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

pkg="$work/BinaryConsumer"
mkdir -p "$pkg/Plugins/ErrataPlugin" "$pkg/Sources/App"
cp -R "$bundle" "$pkg/errata.artifactbundle"
# -L: the shared plugin code is a symbolic link (Plugins/PluginsShared), copied as files.
cp -RL "$repo/Plugins/ErrataPlugin/." "$pkg/Plugins/ErrataPlugin/"
cp "$repo/spec/huawei-ocr.yaml" "$pkg/Sources/App/huawei-ocr.errata.yaml"
# The bundle holds the tool alone, not the ErrataRuntime product: the library carries its own copy.
echo "runtime: embedded" >"$pkg/Sources/App/errata.yml"
cat >"$pkg/Sources/App/App.swift" <<'SWIFT'
public func isDocumented(_ code: String) -> Bool {
    HuaweiOcrErrorCode(rawValue: code).info != nil
}
SWIFT
mkdir -p "$pkg/Tests/AppTests"
cat >"$pkg/Tests/AppTests/AppTests.swift" <<'SWIFT'
import App
import Testing

@Test func aDocumentedCode() {
    #expect(isDocumented("AIS.0101"))
    #expect(!isDocumented("AIS.9999x"))
}
SWIFT
cat >"$pkg/Package.swift" <<'SWIFT'
// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "BinaryConsumer",
    targets: [
        .binaryTarget(name: "errata-build", path: "errata.artifactbundle"),
        .plugin(name: "ErrataPlugin", capability: .buildTool(), dependencies: ["errata-build"]),
        .target(name: "App", swiftSettings: [.swiftLanguageMode(.v6)], plugins: ["ErrataPlugin"]),
        .testTarget(name: "AppTests", dependencies: ["App"]),
    ]
)
SWIFT

swift build --package-path "$pkg" -v >"$work/build.log" 2>&1 || { tail -30 "$work/build.log" >&2; fail "the package using the bundle did not build"; }
grep -q "errata.artifactbundle/errata-build-[^ ]*/bin/errata-build --package-root" "$work/build.log" \
    || fail "the build did not run errata-build from the bundle"
if grep -qE "module-name (ErrataModel|ErrataGenerator|ErrataRenderers|Yams)" "$work/build.log"; then
    fail "the build compiled errata's sources"
fi
# With a prebuilt tool nothing rebuilds it: `swift test` and the `swift build` after it run no generator.
runs() { grep -c -- "bin/errata-build --package-root" "$1" || true; }
swift test --package-path "$pkg" -v >"$work/test.log" 2>&1 || { tail -30 "$work/test.log" >&2; fail "swift test failed"; }
swift build --package-path "$pkg" -v >"$work/rebuild.log" 2>&1
[[ "$(runs "$work/test.log")" -eq 0 && "$(runs "$work/rebuild.log")" -eq 0 ]] \
    || fail "the generator ran again: swift test $(runs "$work/test.log"), swift build after it $(runs "$work/rebuild.log")"

# The CLI, when the bundle has it, runs without a toolchain's libraries.
for cli in "$bundle"/errata-[0-9]*/bin/errata; do
    [[ -x "$cli" ]] || continue
    "$cli" --version >/dev/null || fail "$cli --version failed"
    if ldd "$cli" 2>/dev/null | grep -q "libswiftCore"; then fail "$cli links the Swift runtime dynamically"; fi
done
echo "release bundle OK: $(ls "$bundle")"
