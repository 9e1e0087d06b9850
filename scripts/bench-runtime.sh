#!/usr/bin/env bash
# The runtime's lookup and body reading across a module boundary, release mode.
#
#   scripts/bench-runtime.sh
#
# Compiles Sources/ErrataRuntime (with its Core folder) as the module ErrataRuntime (swiftc -O
# -wmo) and scripts/bench/runtime/main.swift against it, runs it on the OCR library's table, and
# prints
# `name ours_ns peer_ns ratio`: `ErrataCodeTable.line(for:)` and an `ErrataLineCache` against a
# `[String: ErrataCodeRecord]` (every code and as many unknown ones), and `ErrataBody.read` of an
# OCR body against `JSONDecoder` into a plain two-field struct; medians of 7 rounds.
set -euo pipefail
cd "$(dirname "$0")/.."
SWIFTC="${SWIFTC:-swiftc}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$SWIFTC" -O -wmo -parse-as-library -swift-version 6 -module-name ErrataRuntime -emit-module -emit-module-path "$work/ErrataRuntime.swiftmodule" \
    -emit-library -static -o "$work/libErrataRuntime.a" Sources/ErrataRuntime/Core/*.swift \
    Sources/ErrataRuntime/*.swift
"$SWIFTC" -O -swift-version 6 -I "$work" -L "$work" -lErrataRuntime -o "$work/bench" scripts/bench/runtime/main.swift
"$work/bench" Generated/Swift/HuaweiOCRErrorTable.swift
