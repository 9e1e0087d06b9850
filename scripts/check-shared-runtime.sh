#!/usr/bin/env bash
# The dogfooded OCR library in the shared runtime mode: Examples/SharedRuntime builds
# Generated/SwiftShared against ErrataRuntime as a module of its own (warnings are errors) and runs
# the embedded library's own tests (Tests/HuaweiOCRErrorsTests) on it. `swift test` in the
# repository runs them on the embedded library, Generated/Swift.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
swift test --package-path "$repo/Examples/SharedRuntime"
