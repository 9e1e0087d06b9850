#!/usr/bin/env bash
# What errata's build-tool plugin costs a package that uses it: Examples/OCRClient, copied into a
# scratch folder with its errata dependency pointed at ERRATA_REPO (default: this checkout; give
# another checkout, e.g. a `git worktree` of an older commit, to compare).
#
#   scripts/bench-consumer.sh [ERRATA_REPO]
#
# Prints `name value` lines:
#   clean_with_plugin_s      clean debug build of the example, generating with the plugin
#   clean_with_plugin_cpu_s  its CPU time (user + system, every compiler process): steadier than
#                            the wall time on a shared machine
#   clean_without_plugin_s   clean debug build of the same code with the generated files committed
#                            and no dependency on errata (the floor)
#   plugin_share_s           the difference
#   noop_s / noop_runs       a rebuild with nothing changed: wall time, generator runs
#   build_runs test_runs rebuild_runs
#                            `swift build`, then `swift test`, then `swift build` again: generator
#                            runs in each (the example gets a one-test test target here)
# Every value is one run (a clean build takes tens of seconds; run it twice for a sense of noise).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
repo="$(cd "${1:-$here}" && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/errata-consumer.XXXXXX")"
trap 'rm -rf "$work"' EXIT

seconds() { awk -v ns="$1" 'BEGIN {printf "%.1f", ns / 1e9}'; }
# The generator's command line as `swift build -v` echoes it (the errata tool or errata-build).
runs() { grep -cE -- "--spec [^ ]*huawei-ocr\.errata\.yaml" "$1" || true; }

# The example with the plugin, depending on $repo, plus a test target.
with="$work/with"
cp -R "$here/Examples/OCRClient" "$with"
rm -rf "$with/.build"
sed -i.bak "s|path: \"../..\"|path: \"$repo\"|" "$with/Package.swift" && rm "$with/Package.swift.bak"
mkdir -p "$with/Tests/OCRClientTests"
cat >"$with/Tests/OCRClientTests/CodeTests.swift" <<'EOF'
import OCRClient
import Testing

@Test func aDocumentedCodeIsKnown() {
    #expect(HuaweiOCRErrorCode(rawValue: "AIS.0101").rawValue == "AIS.0101")
}
EOF
python3 - "$with/Package.swift" <<'EOF'
import sys
path = sys.argv[1]
text = open(path).read()
text = text.replace("    ]\n)", """        .testTarget(name: "OCRClientTests", dependencies: ["OCRClient"]),
    ]
)""", 1)
open(path, "w").write(text)
EOF

start=$(date +%s%N)
TIMEFORMAT='%U %S'
{ time swift build --package-path "$with" -v >"$work/clean.log" 2>&1 || { tail -30 "$work/clean.log" >&2; exit 1; }; } 2>"$work/clean.cpu"
clean_with=$(($(date +%s%N) - start))
[[ "$(runs "$work/clean.log")" -ge 1 ]] || { echo "the clean build ran no generator" >&2; exit 1; }

# The build right after a clean one may relink the tool (SwiftPM plans plugin tools apart); the
# no-op is the one after that.
swift build --package-path "$with" -v >"$work/noop.log" 2>&1
start=$(date +%s%N)
swift build --package-path "$with" -v >"$work/noop2.log" 2>&1
noop=$(($(date +%s%N) - start))

# The same code without the plugin: the generated files copied in, no errata dependency.
without="$work/without"
cp -R "$here/Examples/OCRClient" "$without"
rm -rf "$without/.build" "$without/Package.resolved"
generated="$(find "$with/.build/plugins/outputs" -name '*ErrorCode.swift' -path '*OCRClient*' | head -1)"
cp "$(dirname "$generated")"/*.swift "$without/Sources/OCRClient/"
rm "$without/Sources/OCRClient/huawei-ocr.errata.yaml" "$without/Sources/OCRClient/errata.yml"
# The runtime's layout in that checkout: the core a target of its own that the runtime re-exported
# (some earlier checkouts), or one module from Sources/ErrataRuntime (now, its Core folder inside).
core=inside
if [[ ! -d "$repo/Sources/ErrataRuntime/Core" && -d "$repo/Sources/ErrataRuntimeCore" ]]; then core=apart; fi
python3 - "$without/Package.swift" "$core" <<'EOF'
import re, sys
path, core = sys.argv[1], sys.argv[2]
text = open(path).read()
text = re.sub(r"    dependencies: \[\n        \.package\([^\n]*\n    \],\n", "", text)
text = re.sub(r",\n\s*plugins: \[[^\]]*\]", "", text)
# The generated code imports the shared runtime: here a target of the package, from errata's sources.
if '.product(name: "ErrataRuntime", package: "Errata")' in text:
    text = text.replace('.product(name: "ErrataRuntime", package: "Errata")', '"ErrataRuntime"')
    if core == "inside":
        runtime = "        .target(name: \"ErrataRuntime\"),\n"
    else:
        runtime = ("        .target(name: \"ErrataRuntimeCore\"),\n"
                   "        .target(name: \"ErrataRuntime\", dependencies: [\"ErrataRuntimeCore\"]),\n")
    text = text.replace("    targets: [\n", "    targets: [\n" + runtime, 1)
open(path, "w").write(text)
EOF
if grep -q '"ErrataRuntime"' "$without/Package.swift"; then
    cp -R "$repo/Sources/ErrataRuntime" "$without/Sources/ErrataRuntime"
    if [[ "$core" == apart ]]; then cp -R "$repo/Sources/ErrataRuntimeCore" "$without/Sources/ErrataRuntimeCore"; fi
fi
start=$(date +%s%N)
swift build --package-path "$without" >"$work/without.log" 2>&1 || { tail -30 "$work/without.log" >&2; exit 1; }
clean_without=$(($(date +%s%N) - start))

# build, test, build: generator runs in each.
swift build --package-path "$with" -v >"$work/b1.log" 2>&1
swift test --package-path "$with" -v >"$work/t.log" 2>&1 || { tail -30 "$work/t.log" >&2; exit 1; }
swift build --package-path "$with" -v >"$work/b2.log" 2>&1

echo "clean_with_plugin_s $(seconds "$clean_with")"
echo "clean_with_plugin_cpu_s $(awk '{printf "%.1f", $1 + $2}' "$work/clean.cpu")"
echo "clean_without_plugin_s $(seconds "$clean_without")"
echo "plugin_share_s $(seconds $((clean_with - clean_without)))"
echo "noop_s $(seconds "$noop")"
echo "noop_runs $(($(runs "$work/noop2.log")))"
echo "build_runs $(runs "$work/b1.log")"
echo "test_runs $(runs "$work/t.log")"
echo "rebuild_runs $(runs "$work/b2.log")"
