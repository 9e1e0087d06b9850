#!/usr/bin/env bash
# Builds the release binaries with the Swift standard library (and Foundation) linked statically
# and packs them as a SwiftPM artifact bundle:
#
#   scripts/release.sh [OUTPUT_DIR]        (default: .build/release-bundle)
#
# OUTPUT_DIR/errata.artifactbundle holds info.json and, for this platform's triple,
# `errata-build` (the build-tool plugin's tool) and `errata` (the CLI; see TOOLS below), and OUTPUT_DIR/errata.artifactbundle.zip
# the same zipped, with its SwiftPM checksum in errata.artifactbundle.zip.checksum. A package uses
# it with `.binaryTarget(name: "errata-build", path: …)` or `url:` + `checksum:` (README, "Release binary").
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-.build/release-bundle}"
version="$(sed -n 's/.*static let current = "\(.*\)".*/\1/p' Sources/ErrataSync/ErrataVersion.swift | head -1)"
[[ -n "$version" ]] || version="0.0.0"
triple="$(swift -print-target-info | python3 -c 'import json, sys; print(json.load(sys.stdin)["target"]["unversionedTriple"])')"

# errata-build (what the plugin runs) always; the errata CLI fetches pages with FoundationNetworking,
# whose static form links libcurl: it is packed when libcurl's development files are installed
# (libcurl4-openssl-dev), or when TOOLS names it.
tools="${TOOLS:-errata-build$(pkg-config --exists libcurl 2>/dev/null && echo " errata" || true)}"
for tool in $tools; do
    swift build -c release --static-swift-stdlib --product "$tool" >&2
done
bin="$(swift build -c release --show-bin-path)"

bundle="$out/errata.artifactbundle"
rm -rf "$bundle" "$out/errata.artifactbundle.zip"
for tool in $tools; do
    mkdir -p "$bundle/$tool-$version-$triple/bin"
    cp "$bin/$tool" "$bundle/$tool-$version-$triple/bin/$tool"
    strip "$bundle/$tool-$version-$triple/bin/$tool" 2>/dev/null || true
done
python3 - "$bundle/info.json" "$version" "$triple" $tools <<'PY'
import json, sys
path, version, triple, *tools = sys.argv[1:]
artifacts = {
    tool: {
        "type": "executable",
        "version": version,
        "variants": [{"path": f"{tool}-{version}-{triple}/bin/{tool}", "supportedTriples": [triple]}],
    }
    for tool in tools
}
with open(path, "w") as f:
    json.dump({"schemaVersion": "1.0", "artifacts": artifacts}, f, indent=2, sort_keys=True)
    f.write("\n")
PY
(cd "$out" && rm -f errata.artifactbundle.zip && zip -qr -X errata.artifactbundle.zip errata.artifactbundle)
swift package compute-checksum "$out/errata.artifactbundle.zip" >"$out/errata.artifactbundle.zip.checksum"
echo "$bundle"
for tool in $tools; do
    echo "$tool: $(du -h "$bundle/$tool-$version-$triple/bin/$tool" | cut -f1), dynamic libraries: $( (ldd "$bundle/$tool-$version-$triple/bin/$tool" 2>/dev/null || true) | awk '{print $1}' | tr '\n' ' ')"
done
