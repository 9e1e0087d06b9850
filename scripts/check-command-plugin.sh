#!/usr/bin/env bash
# Checks the `errata` command plugin in a package that has no errata.yml, only a target's
# *.errata.yaml spec (what the build-tool plugin uses), made in a scratch folder from a page of
# Tests/Fixtures/Pages:
#   - `check --upstream` compares the spec with the page its source names: in sync, then drift (exit 1);
#   - `diff` reports the same change (also as --report-format json: option values pass through);
#     `import` updates the spec and `check --upstream` is in sync again;
#   - `generate` writes Errata/<spec>/Docs and Fixtures (no Swift), and `check` finds them up to date;
#   - `--target` picks a target, and an unknown one is refused;
#   - a reading recipe given to `import` through the plugin (`--column`) is recorded in the spec,
#     `check --upstream` and `diff` apply it, and a page it no longer fits is an error at the spec.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/errata-command.XXXXXX")"
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

pkg="$work/Consumer"
mkdir -p "$pkg/Sources/App"
cp "$repo/Tests/Fixtures/Pages/acme-lb-nested.md" "$work/page.md"
cat >"$pkg/Package.swift" <<EOF
// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Consumer",
    dependencies: [.package(name: "Errata", path: "$repo")],
    targets: [
        .target(name: "App", plugins: [.plugin(name: "ErrataPlugin", package: "Errata")]),
        .target(name: "Queue", plugins: [.plugin(name: "ErrataPlugin", package: "Errata")]),
    ]
)
EOF
echo 'public let app = 1' >"$pkg/Sources/App/App.swift"
mkdir -p "$pkg/Sources/Queue"
echo 'public let queue = 1' >"$pkg/Sources/Queue/Queue.swift"
cp "$repo/Tests/Fixtures/Readers/Recipe/acme-queue-createqueue.md" "$work/queue.md"
if [[ -f "$repo/Package.resolved" ]]; then cp "$repo/Package.resolved" "$pkg/"; fi

swift build --package-path "$repo" --product errata >/dev/null
"$repo/.build/debug/errata" import "$work/page.md" --spec "$pkg/Sources/App/acme-lb.errata.yaml" >/dev/null
"$repo/.build/debug/errata" import "$work/queue.md" --spec "$pkg/Sources/Queue/queue.errata.yaml" >/dev/null

plugin() { (cd "$pkg" && swift package "$@"); }
write() { (cd "$pkg" && swift package --allow-writing-to-package-directory "$@"); }

out=$(plugin errata check --upstream --target App) || fail "check --upstream: not in sync: $out"
grep -q "^== Sources/App/acme-lb.errata.yaml$" <<<"$out" || fail "check --upstream printed no report header: $out"
grep -q "in sync" <<<"$out" || fail "check --upstream: $out"

# The page changes: a message of the first code.
python3 - "$work/page.md" <<'EOF'
import sys
path = sys.argv[1]
text = open(path).read()
text = text.replace("{port} is already in use.", "{port} is taken by another listener.", 1)
open(path, "w").write(text)
EOF
if out=$(plugin errata check --upstream --target App); then fail "check --upstream did not fail on a changed page: $out"; fi
grep -q "MESSAGE_CHANGED\|message" <<<"$out" || fail "check --upstream did not report the message: $out"
# Its hint names the command as run here, through the plugin (not `errata import` or `swift run errata`).
grep -q "run \`swift package --allow-writing-to-package-directory errata import " <<<"$out" \
    || fail "check --upstream under the plugin did not name the plugin's import: $out"
if out=$(plugin errata diff --target App); then fail "diff found no difference: $out"; fi
grep -q "taken by another listener" <<<"$out" || fail "diff did not show the new message: $out"

# Options with a value pass through as on the command line (the value is not taken for a page).
out=$(plugin errata diff --target App --report-format json) && fail "diff --report-format json found no difference: $out"
python3 -c 'import json,sys; json.loads(sys.stdin.read())' <<<"$(sed '/^== /d' <<<"$out")" \
    || fail "diff --report-format json through the plugin printed no JSON: $out"

write errata import --target App --timeout 10 >/dev/null || fail "import through the plugin failed"
plugin errata check --upstream --target App >/dev/null || fail "check --upstream after import is not in sync"

write errata generate --target App >/dev/null || fail "generate through the plugin failed"
[[ -f "$pkg/Errata/acme-lb/Docs/acme-lb.md" ]] || fail "generate wrote no Errata/acme-lb/Docs/acme-lb.md"
[[ -d "$pkg/Errata/acme-lb/Fixtures" ]] || fail "generate wrote no fixtures"
[[ ! -e "$pkg/Errata/acme-lb/Swift" ]] || fail "generate wrote Swift, which the build-tool plugin makes"
plugin errata check --target App >/dev/null || fail "check after generate is not in sync"
echo "changed by hand" >>"$pkg/Errata/acme-lb/Docs/acme-lb.md"
if plugin errata check --target App >/dev/null 2>&1; then fail "check did not fail on edited docs"; fi

if plugin errata check --target Nope >/dev/null 2>&1; then fail "an unknown --target was accepted"; fi

# A reading recipe given once through the plugin is recorded in the spec and applied by later commands.
write errata import --target Queue --column Remark=solution --column Owner=ignore >/dev/null \
    || fail "import --column through the plugin failed"
grep -q -- "- {header: Remark, role: solution}" "$pkg/Sources/Queue/queue.errata.yaml" \
    || fail "import through the plugin did not record the recipe: $(cat "$pkg/Sources/Queue/queue.errata.yaml")"
out=$(plugin errata check --upstream --target Queue) || fail "check --upstream with the recipe: not in sync: $out"
out=$(plugin errata diff --target Queue --report-format json) || fail "diff with the recipe found differences: $out"
sed -i 's/| Remark | Owner |/| Notes | Owner |/' "$work/queue.md"
if out=$(plugin errata check --upstream --target Queue 2>&1); then fail "check --upstream passed with a recipe the page no longer fits: $out"; fi
grep -q 'queue.errata.yaml:.*error: the recipe.s column "Remark"' <<<"$out" \
    || fail "a recipe that no longer fits was not reported at the spec: $out"
echo "command plugin OK (specs of targets)"
