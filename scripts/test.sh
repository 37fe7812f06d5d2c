#!/usr/bin/env bash
# Runs every test. Starts a throwaway PostgreSQL on 127.0.0.1 for the store tests and a NATS
# JetStream server for the queue tests (installing each from Debian's packages if missing) and stops
# them afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -x scripts/postgres-test-server.sh ]; then
  DYAD_TEST_POSTGRES=$(scripts/postgres-test-server.sh)
  export DYAD_TEST_POSTGRES
fi
if [ -x scripts/nats-test-server.sh ]; then
  DYAD_TEST_NATS=$(scripts/nats-test-server.sh)
  export DYAD_TEST_NATS
fi
# The dashboard's browser tests drive Debian's Chromium (tests/Dyad.Server.Tests); install it when missing.
if [ ! -x /usr/bin/chromium ] && [ "$(id -u)" = 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
log=$(mktemp); trap 'rm -f "$log"; scripts/postgres-test-server.sh stop >/dev/null 2>&1 || true; scripts/nats-test-server.sh stop >/dev/null 2>&1 || true' EXIT
set +e
dotnet test Dyad.sln -c Release --nologo 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
# One closing line for the whole solution, summed over the test projects.
awk -F'[:,]' '/(Passed|Failed)! +- +Failed:/ { f += $2; p += $4; s += $6 } END { printf "tests: %d passed, %d failed, %d skipped\n", p, f, s }' "$log"
exit "$status"
