#!/usr/bin/env bash
# Run a benchmark inside a private Secret Service (gnome-keyring, like ./dev.sh test) and,
# with --with-pg, a throwaway PostgreSQL cluster whose URL is exported as IGOR_TEST_PG_URL.
#
#   benchmarks/run.sh [--with-pg] COMMAND…        e.g.
#   benchmarks/run.sh --with-pg python -m benchmarks.bench_demo --cases 100000
#
# Needs the .venv made by ./dev.sh and the Debian packages dbus, gnome-keyring (and postgresql
# for --with-pg). The PostgreSQL cluster uses the same fast settings as the test cluster
# (fsync=off): figures on a production server with fsync on will be somewhat slower.
set -euo pipefail
export PATH="$PATH:/usr/local/sbin:/usr/sbin:/sbin"
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO"
export PATH="$REPO/.venv/bin:$PATH"

WITH_PG=0
if [[ "${1:-}" == "--with-pg" ]]; then WITH_PG=1; shift; fi
[[ $# -gt 0 ]] || { echo "usage: benchmarks/run.sh [--with-pg] COMMAND…" >&2; exit 2; }

TMP="$(mktemp -d /tmp/igor-bench.XXXXXXXX)"
PG_BIN=""
cleanup() {
    if [[ -n "$PG_BIN" && -f "$TMP/pg/data/postmaster.pid" ]]; then
        as_pg "$PG_BIN/pg_ctl" stop -D "$TMP/pg/data" -m fast -s >/dev/null 2>&1 || true
    fi
    rm -rf "$TMP"
}
trap cleanup EXIT
as_pg() { if [[ $EUID -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }

if [[ $WITH_PG -eq 1 ]]; then
    PG_BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
    mkdir -p "$TMP/pg"
    chmod 711 "$TMP"  # the postgres user must reach its folder
    [[ $EUID -eq 0 ]] && chown postgres: "$TMP/pg"
    as_pg "$PG_BIN/initdb" -D "$TMP/pg/data" -U postgres -E UTF8 --locale=C.UTF-8 \
        --auth-local=trust --auth-host=scram-sha-256 >"$TMP/pg/initdb.log" 2>&1 \
        || { cat "$TMP/pg/initdb.log" >&2; exit 1; }
    printf '%s\n' 'local all all trust' 'host all all 127.0.0.1/32 scram-sha-256' \
        >"$TMP/pg/data/pg_hba.conf"
    PORT="$(python -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
    as_pg "$PG_BIN/pg_ctl" start -D "$TMP/pg/data" -l "$TMP/pg/server.log" -w -t 60 -s -o \
        "-c listen_addresses=127.0.0.1 -c unix_socket_directories=$TMP/pg -c port=$PORT -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_wal_size=4GB -c max_connections=200" >/dev/null
    as_pg "$PG_BIN/psql" -h "$TMP/pg" -p "$PORT" -U postgres -d postgres -qX -v ON_ERROR_STOP=1 \
        -c "CREATE ROLE igor_admin LOGIN SUPERUSER PASSWORD 'igor_admin'" >/dev/null
    export IGOR_TEST_PG_URL="postgresql+psycopg://igor_admin:igor_admin@127.0.0.1:$PORT/postgres"
    echo "==> PostgreSQL ready on port $PORT" >&2
fi

mkdir -m 700 "$TMP/kr" "$TMP/kr/data" "$TMP/kr/runtime"
export IGOR_KR_DATA="$TMP/kr/data" IGOR_KR_RUNTIME="$TMP/kr/runtime"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
# Keep the benchmark's data folder (settings, logs) out of the user's own.
export IGOR_DATA_DIR="${IGOR_DATA_DIR:-$TMP/data}" IGOR_LOG_DIR="${IGOR_LOG_DIR:-$TMP/logs}"
# shellcheck disable=SC2016
dbus-run-session -- sh -c '
    printf bench | XDG_DATA_HOME="$IGOR_KR_DATA" XDG_RUNTIME_DIR="$IGOR_KR_RUNTIME" \
        gnome-keyring-daemon --unlock --components=secrets >/dev/null
    unset IGOR_KR_DATA IGOR_KR_RUNTIME
    exec "$@"
' sh "$@"
