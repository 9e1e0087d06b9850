#!/usr/bin/env bash
# Runs docs/getting-started.md as a user would, in a scratch folder, and fails on any mismatch:
#   - each ```sh step block runs (bash -e) in the scratch package and must exit 0, or N for `exit=N`;
#   - each ```<lang> file=PATH block is written to PATH in the package, when the reader reaches it;
#   - each ```text output block's lines must all appear in what the step before it printed;
#   - the `run:` lines of the GitHub workflow the page writes, `swift package errata …`, are run as
#     `errata …` (the command plugin passes its arguments to errata unchanged).
# The scratch folder holds the package beside `errata`, a link to this repository, as the page's
# `../errata`; `errata` on PATH is this repository's build.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/errata-walkthrough.XXXXXX")"
trap 'rm -rf "$work"' EXIT

swift build --package-path "$repo" --product errata >/dev/null
ln -s "$repo" "$work/errata"
mkdir "$work/KestrelClient"
if [[ -f "$repo/Package.resolved" ]]; then cp "$repo/Package.resolved" "$work/KestrelClient/"; fi
export PATH="$repo/.build/debug:$PATH"

python3 - "$repo/docs/getting-started.md" "$work/KestrelClient" <<'PY'
import os, re, subprocess, sys

doc, package = sys.argv[1], sys.argv[2]
blocks = re.findall(r"^```([^\n]*)\n(.*?)^```$", open(doc).read(), re.S | re.M)
if not blocks:
    sys.exit(f"FAIL: {doc}: no code blocks")

def fail(message):
    print(f"FAIL: {doc}: {message}", file=sys.stderr)
    sys.exit(1)

def run(script, expected):
    print(f"$ {script.strip()}".replace("\n", "\n$ "))
    result = subprocess.run(["bash", "-e", "-c", script], cwd=package, capture_output=True, text=True)
    output = result.stdout + result.stderr
    if result.returncode != expected:
        fail(f"exit status {result.returncode}, expected {expected}:\n{script}\n{output}")
    return output

steps = files = outputs = 0
last = None
workflow = None
for info, body in blocks:
    words = info.split()
    options = dict(word.split("=", 1) for word in words[1:] if "=" in word)
    if "file" in options:
        path = os.path.join(package, options["file"])
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as file:
            file.write(body)
        files += 1
        if options["file"].startswith(".github/workflows/"):
            workflow = body
    elif words[:2] == ["sh", "step"]:
        last = run(body, int(options.get("exit", "0")))
        steps += 1
    elif words[:2] == ["text", "output"]:
        if last is None:
            fail(f"an output block follows no step:\n{body}")
        for line in body.splitlines():
            if line.strip() and line not in last.splitlines():
                fail(f"the step before did not print the line\n  {line}\nit printed:\n{last}")
        outputs += 1

if workflow is None:
    fail("writes no GitHub workflow")
commands = [line.strip()[len("- run: "):] for line in workflow.splitlines() if line.strip().startswith("- run: swift package errata ")]
if len(commands) < 2:
    fail(f"the workflow runs {len(commands)} `swift package errata` command(s); expected check and check --upstream")
for command in commands:
    run(command.replace("swift package errata ", "errata ", 1), 0)
if steps < 5 or files < 3 or outputs < 3:
    fail(f"only {steps} steps, {files} files, {outputs} outputs: the page lost its marked blocks")
print(f"walkthrough: {steps} steps, {files} files, {outputs} outputs and {len(commands)} CI commands passed")
PY
