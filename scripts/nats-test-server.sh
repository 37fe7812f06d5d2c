#!/usr/bin/env bash
# Starts a throwaway NATS server with JetStream for the queue tests and benchmark, and prints its
# URL on stdout (everything else goes to stderr), e.g.:
#   export DYAD_TEST_NATS="$(scripts/nats-test-server.sh)"
#   scripts/nats-test-server.sh stop
# Installs nats-server from Debian's packages when missing (needs root and apt). The server keeps
# its JetStream store in $DYAD_NATS_DIR (default /tmp/dyad-nats) and listens on
# 127.0.0.1:$DYAD_NATS_PORT (default 54222) only: it is for tests, never for data.
set -euo pipefail

dir="${DYAD_NATS_DIR:-/tmp/dyad-nats}"
port="${DYAD_NATS_PORT:-54222}"
log() { echo "nats-test-server: $*" >&2; }

running() { [[ -f "$dir/pid" ]] && kill -0 "$(cat "$dir/pid")" 2>/dev/null; }

if [[ "${1:-}" == "stop" ]]; then
    if running; then
        pid=$(cat "$dir/pid")
        kill "$pid"
        for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    fi
    rm -rf "$dir"
    exit 0
fi

if ! command -v nats-server >/dev/null; then
    [[ $(id -u) -eq 0 ]] || { log "nats-server is not installed; run as root to install it (apt-get install nats-server)"; exit 1; }
    log "installing nats-server from Debian packages"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq nats-server >&2
fi

# A server left by an earlier run is reused while it runs; otherwise start from an empty store.
if ! running; then
    rm -rf "$dir"
    mkdir -p "$dir/store"
    log "starting on 127.0.0.1:$port (JetStream store in $dir/store)"
    # Debian's package enables a system service; this one is separate and dies with `stop`.
    nats-server -a 127.0.0.1 -p "$port" -js -sd "$dir/store" -l "$dir/server.log" -P "$dir/pid" >/dev/null 2>&1 &
    disown
    for _ in $(seq 100); do
        if [[ -f "$dir/pid" ]] && grep -q "Server is ready" "$dir/server.log" 2>/dev/null; then break; fi
        sleep 0.1
    done
    grep -q "Server is ready" "$dir/server.log" 2>/dev/null || { cat "$dir/server.log" >&2 2>/dev/null; log "nats-server did not start"; exit 1; }
fi

echo "nats://127.0.0.1:$port"
