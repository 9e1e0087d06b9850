#!/usr/bin/env bash
# Runs Examples/NotesService for real (docs/adapters.md, "The example service"): builds it (errata's
# build-tool plugin generates the error library, swift-openapi-generator's the client), starts the
# Hummingbird server on 127.0.0.1 at a free port, runs the client against it and compares what it
# prints; fails on any mismatch. The server is stopped on exit and never runs longer than 5 minutes.
# Usage: scripts/check-service-example.sh
set -euo pipefail
cd "$(dirname "$0")/.."
example=Examples/NotesService
logs=$(mktemp -d)
server_pid=""
cleanup() {
    if [[ -n "$server_pid" ]]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
    rm -rf "$logs"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

start=$(date +%s)
swift build --package-path "$example" >"$logs/build.log" 2>&1 || { tail -40 "$logs/build.log" >&2; fail "the example does not build"; }
echo "built in $(($(date +%s) - start)) s"
bin="$(swift build --package-path "$example" --show-bin-path)"

# A port nothing listens on (bash's /dev/tcp connects only where something listens).
listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
port=""
for _ in $(seq 1 50); do
    candidate=$((20000 + RANDOM % 20000))
    if ! listening "$candidate"; then port=$candidate; break; fi
done
[[ -n "$port" ]] || fail "no free port found"

timeout 300 "$bin/NotesServer" "$port" >"$logs/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 150); do
    listening "$port" && break
    kill -0 "$server_pid" 2>/dev/null || { cat "$logs/server.log" >&2; fail "the server exited"; }
    sleep 0.2
done
listening "$port" || { cat "$logs/server.log" >&2; fail "the server did not listen on 127.0.0.1:$port within 30 s"; }

output=$(timeout 60 "$bin/NotesClient" "http://127.0.0.1:$port") || fail "the client failed: $output"
expected='n1: note Buy rope.
nope: not found
locked: locked by ana, documented status 423
busy: rate limited
moved: NOTE_MOVED (documented: false), status 410: The note moved to another shelf.
proxy: undocumented response 502'
if [[ "$output" != "$expected" ]]; then
    printf 'FAIL: the client printed:\n%s\nexpected:\n%s\n' "$output" "$expected" >&2
    exit 1
fi
echo "service example OK"
