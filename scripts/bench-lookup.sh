#!/usr/bin/env bash
# Lookup and decoding benchmark of the generated OCR library (Generated/Swift), release mode.
#
#   scripts/bench-lookup.sh
#
# Compiles Generated/Swift as the module HuaweiOCRErrors (swiftc -O -wmo) and
# scripts/bench/lookup/main.swift against it, outside the package build, and runs it. Prints
# `name ours_ns peer_ns ratio`: code string -> documentation (`HuaweiOCRErrorCode(rawValue:).info`)
# against a `[String: HuaweiOCRErrorInfo]` lookup of the same keys, and `HuaweiOCRError.decode`
# against `JSONDecoder` decoding a plain two-field struct; medians of 7 rounds (ContinuousClock).
set -euo pipefail
cd "$(dirname "$0")/.."
SWIFTC="${SWIFTC:-swiftc}"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/errata-lookup.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
"$SWIFTC" -O -wmo -swift-version 6 -parse-as-library -emit-library -static -emit-module \
    -module-name HuaweiOCRErrors -emit-module-path "$WORK/HuaweiOCRErrors.swiftmodule" \
    -o "$WORK/libHuaweiOCRErrors.a" Generated/Swift/*.swift
"$SWIFTC" -O -swift-version 6 -I "$WORK" -L "$WORK" -lHuaweiOCRErrors -o "$WORK/lookup" \
    scripts/bench/lookup/main.swift
"$WORK/lookup"
