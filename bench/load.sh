#!/usr/bin/env bash
# A bounded HTTP load run against a local Backload with the demo account (127.0.0.1 only).
# Starts the app on a fresh embedded database, measures three API calls with wrk, stops the app.
#   bench/load.sh [SECONDS_PER_ENDPOINT]   (default 15; 2 threads, 16 connections)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
seconds="${1:-15}"
port="${BACKLOAD_LOAD_PORT:-18080}"
base="http://127.0.0.1:$port"

if ! command -v wrk >/dev/null 2>&1; then
  echo "load: installing wrk (Debian package)" >&2
  apt-get install -y -qq wrk >/dev/null
fi

data="$(mktemp -d)"
work="$(mktemp -d)"
"$root/backload" serve --demo --port "$port" --data-dir "$data" >"$work/app.log" 2>&1 &
app=$!
cleanup() { kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; rm -rf "$data" "$work"; }
trap cleanup EXIT

for _ in $(seq 1 120); do
  curl -fs "$base/actuator/health" >/dev/null 2>&1 && break
  sleep 1
done
curl -fs "$base/actuator/health" >/dev/null

token=$(curl -fs -H 'Content-Type: application/json' \
  -d '{"email":"demo@backload.local","password":"deadlift-demo-2026","name":"load"}' \
  "$base/api/v1/tokens" | sed 's/.*"token":"\([^"]*\)".*/\1/')

cat >"$work/triage.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"painNow":4,"onset":"DURING_LIFT","quality":["SHARP"],"stoppedSet":true,"location":"ONE_SIDE"}'
LUA

run() { # name, wrk args...
  local name="$1"; shift
  echo "== $name"
  wrk -t2 -c16 -d"${seconds}s" --latency "$@" | grep -E "Requests/sec|Non-2xx|Socket errors|^ +50%|^ +99%"
}

run "POST /api/v1/triage (anonymous)" -s "$work/triage.lua" "$base/api/v1/triage"
run "GET /api/v1/analytics (demo, bearer token)" -H "Authorization: Bearer $token" "$base/api/v1/analytics"
run "GET /api/v1/plan (demo, bearer token)" -H "Authorization: Bearer $token" "$base/api/v1/plan"
