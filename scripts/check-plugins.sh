#!/usr/bin/env bash
# Checks the `errata` command plugin on this repository:
#   - `swift package errata check` needs no write permission, exits 0 in sync, and fails on drift;
#   - `swift package --allow-writing-to-package-directory errata generate` repairs a damaged
#     Generated/ (changed, missing and stray files) to exactly what is committed, i.e. what
#     `swift run errata generate` writes; afterwards `errata generate` has nothing to do.
# It damages Generated/ on purpose, so it refuses to run when Generated/ has uncommitted changes.
set -euo pipefail
cd "$(dirname "$0")/.."
fail() { echo "FAIL: $*" >&2; exit 1; }

if [[ -n "$(git status --porcelain -- Generated)" ]]; then
    fail "Generated/ has uncommitted changes; commit or stash them first"
fi

swift build --product errata >/dev/null
ms() { date +%s%N; }

start=$(ms)
swift package errata check --quiet || fail "errata check through the plugin: not in sync"
echo "plugin check (in sync): $((($(ms) - start) / 1000000)) ms"

echo "// drift" >>Generated/Swift/HuaweiOCRModule.swift
rm Generated/Docs/huawei-ocr.md
echo '{}' >Generated/Fixtures/huawei-ocr/stray.json
if swift package errata check --quiet; then fail "errata check through the plugin did not fail on drift"; fi

start=$(ms)
swift package --allow-writing-to-package-directory errata generate \
    || fail "errata generate through the plugin failed"
echo "plugin generate (3 files to repair): $((($(ms) - start) / 1000000)) ms"

git diff --exit-code --stat -- Generated || fail "the plugin's output differs from the committed Generated/"
[[ -z "$(git status --porcelain -- Generated)" ]] || fail "the plugin left untracked files in Generated/"
swift package errata check || fail "errata check through the plugin after generate"
swift run --skip-build errata generate | tail -1 | grep -q "(nothing to do)" \
    || fail "swift run errata generate found something to do after the plugin's generate"
echo "plugins OK"
