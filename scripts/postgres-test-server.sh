#!/usr/bin/env bash
# Starts a throwaway PostgreSQL for the storage tests and prints its URL on stdout (everything
# else goes to stderr), e.g.:
#   export DYAD_TEST_POSTGRES="$(scripts/postgres-test-server.sh)"
#   scripts/postgres-test-server.sh stop
# Installs PostgreSQL from Debian's packages when missing (needs root and apt). The cluster lives in
# $DYAD_PG_DIR (default /tmp/dyad-pg), listens on 127.0.0.1:$DYAD_PG_PORT (default 55432) only, runs
# as the unprivileged 'postgres' user when started as root, trusts local connections and skips
# fsync: it is for tests, never for data.
set -euo pipefail

dir="${DYAD_PG_DIR:-/tmp/dyad-pg}"
port="${DYAD_PG_PORT:-55432}"
db="dyad_test"
user="dyad"
log() { echo "postgres-test-server: $*" >&2; }

bindir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

if [[ -z "$(bindir)" ]]; then
    [[ $(id -u) -eq 0 ]] || { log "PostgreSQL is not installed; run as root to install it (apt-get install postgresql)"; exit 1; }
    log "installing PostgreSQL from Debian packages"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq postgresql >&2
fi
bin="$(bindir)"

# PostgreSQL refuses to run as root: run its tools as the package's postgres user.
as_owner() {
    if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

if [[ "${1:-}" == "stop" ]]; then
    [[ -d "$dir" ]] && as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate stop >&2 || true
    rm -rf "$dir"
    exit 0
fi

# A cluster left by an earlier run is reused while its server runs; otherwise start from scratch
# (a killed server leaves a stale pid file and maybe half a database).
if ! as_owner "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
    rm -rf "$dir"
    mkdir -p "$dir"
    [[ $(id -u) -eq 0 ]] && chown postgres:postgres "$dir"
    log "creating a cluster in $dir/data"
    as_owner "$bin/initdb" -D "$dir/data" -U "$user" --auth=trust -E UTF8 --locale=C.UTF-8 >&2
    log "starting on 127.0.0.1:$port"
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >&2 \
        || { cat "$dir/server.log" >&2; exit 1; }
fi

if ! as_owner "$bin/psql" -h 127.0.0.1 -p "$port" -U "$user" -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$db'" | grep -q 1; then
    as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U "$user" "$db" >&2
fi

echo "postgres://$user:$user@127.0.0.1:$port/$db"
