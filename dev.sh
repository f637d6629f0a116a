#!/usr/bin/env bash
# IGOR Desk developer entry point.
#
#   ./dev.sh run  [args…]          start the program (default embedded database)
#   ./dev.sh test [pytest args…]   run the test suite against a throwaway PostgreSQL
#                                  cluster and a real Secret Service (gnome-keyring)
#
# Works on a fresh Debian/Ubuntu machine that has only python3: missing apt packages are
# installed when running as root, otherwise the exact install command is printed.
# See docs/dev-setup.md.
set -euo pipefail
export PATH="$PATH:/usr/local/sbin:/usr/sbin:/sbin"  # runuser, apt-get for a plain-user PATH

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$REPO"

VENV="$REPO/.venv"
STAMP="$VENV/.igor-installed"
PYTHON="${PYTHON:-python3}"

say() { printf '==> %s\n' "$*"; }
die() { printf 'dev.sh: %s\n' "$*" >&2; exit 1; }

usage() {
    cat >&2 <<'EOF'
usage: ./dev.sh run  [args…]          start IGOR Desk
       ./dev.sh test [pytest args…]   run the tests (PostgreSQL + Secret Service)
EOF
    exit 2
}

# ---------------------------------------------------------------------------------------------
# apt packages
# ---------------------------------------------------------------------------------------------

# Libraries the PySide6 wheels load but do not ship (direct ELF dependencies of QtCore/Gui/
# Widgets/PrintSupport/Svg/DBus and of the offscreen and xcb platform plugins; apt pulls the rest).
QT_PKGS=(
    libglib2.0-0 libdbus-1-3 libfontconfig1 libfreetype6 libegl1 libgl1 libx11-6 libxkbcommon0
    libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-glx0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
    libxcb-randr0 libxcb-render0 libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1
    libxcb-util1 libxcb-xfixes0 libxcb-xkb1 libxkbcommon-x11-0
    fonts-dejavu-core
)
# Extra tools for the test suite.
TEST_PKGS=(postgresql gnome-keyring dbus poppler-utils fonts-dejavu-core)

pkg_installed() {
    # Ubuntu ≥ 24.04 renamed some libraries with a t64 suffix (libglib2.0-0t64 …).
    local p
    for p in "$1" "$1t64"; do
        if dpkg -s "$p" 2>/dev/null | grep -q '^Status: install ok installed'; then
            return 0
        fi
    done
    return 1
}

MISSING=()
need_pkgs() {
    local p q
    for p in "$@"; do
        pkg_installed "$p" && continue
        for q in "${MISSING[@]:-}"; do [[ "$q" == "$p" ]] && continue 2; done
        MISSING+=("$p")
    done
}

install_missing() {
    ((${#MISSING[@]})) || return 0
    if [[ $EUID -ne 0 ]]; then
        printf 'dev.sh: these apt packages are missing; install them and re-run:\n' >&2
        printf '    sudo apt-get install -y --no-install-recommends %s\n' "${MISSING[*]}" >&2
        exit 1
    fi
    command -v apt-get >/dev/null || die "apt-get not found; install these packages by hand: ${MISSING[*]}"
    say "Installing apt packages (once): ${MISSING[*]}"
    export DEBIAN_FRONTEND=noninteractive
    say "apt-get update"
    apt-get update -q >/dev/null
    say "apt-get install ${MISSING[*]}"
    apt-get install -y -q --no-install-recommends "${MISSING[@]}"
    MISSING=()
}

# ---------------------------------------------------------------------------------------------
# common set-up: system packages, .venv, editable install
# ---------------------------------------------------------------------------------------------

setup_common() {
    local mode="$1"

    if ! command -v "$PYTHON" >/dev/null; then
        need_pkgs python3 python3-venv
    elif [[ ! -x "$VENV/bin/python" ]] && ! "$PYTHON" -c 'import venv, ensurepip' 2>/dev/null; then
        # Debian/Ubuntu split ensurepip (needed by "python3 -m venv") into python3-venv.
        say "python3 -m venv is unavailable: will install python3-venv"
        need_pkgs python3-venv
    fi
    need_pkgs "${QT_PKGS[@]}"
    [[ "$mode" == test ]] && need_pkgs "${TEST_PKGS[@]}"
    install_missing

    if [[ ! -x "$VENV/bin/python" ]]; then
        say "Creating virtual environment .venv ($("$PYTHON" --version 2>&1))"
        rm -rf "$VENV"
        "$PYTHON" -m venv "$VENV"
    fi
    if [[ ! -f "$STAMP" || "$REPO/pyproject.toml" -nt "$STAMP" ]]; then
        say "pip install -e '.[test]' (pyproject.toml changed or first run)"
        "$VENV/bin/python" -m pip install --disable-pip-version-check -q -e '.[test]'
        touch "$STAMP"
    fi
}

# ---------------------------------------------------------------------------------------------
# test: throwaway PostgreSQL cluster + Secret Service
# ---------------------------------------------------------------------------------------------

PG_TMP=""
PG_BIN=""
as_pg() {
    # Run a PostgreSQL server binary as an unprivileged user (initdb/postgres refuse root).
    if [[ $EUID -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

stop_pg() {
    [[ -n "$PG_TMP" ]] || return 0
    if [[ -f "$PG_TMP/data/postmaster.pid" ]]; then
        as_pg "$PG_BIN/pg_ctl" stop -D "$PG_TMP/data" -m fast -s >/dev/null 2>&1 || true
    fi
    rm -rf "$PG_TMP"
    PG_TMP=""
}

free_port() {
    "$VENV/bin/python" - <<'EOF'
import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
s.close()
EOF
}

start_pg() {
    PG_BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
    [[ -x "$PG_BIN/initdb" ]] || die "PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin"
    if [[ $EUID -eq 0 ]] && ! id postgres >/dev/null 2>&1; then
        die "running as root but there is no 'postgres' system user to run the server as"
    fi

    PG_TMP="$(mktemp -d /tmp/igor-pg.XXXXXXXX)"
    trap 'stop_pg' EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
    [[ $EUID -eq 0 ]] && chown postgres: "$PG_TMP"

    say "Starting a throwaway PostgreSQL cluster in $PG_TMP ($("$PG_BIN/postgres" --version))"
    as_pg "$PG_BIN/initdb" -D "$PG_TMP/data" -U postgres -E UTF8 --locale=C.UTF-8 \
        --auth-local=trust --auth-host=scram-sha-256 >"$PG_TMP/initdb.log" 2>&1 \
        || { cat "$PG_TMP/initdb.log" >&2; die "initdb failed"; }
    # Unix socket: trust (set-up only). TCP 127.0.0.1: real password logins.
    printf '%s\n' \
        'local all all trust' \
        'host  all all 127.0.0.1/32 scram-sha-256' >"$PG_TMP/data/pg_hba.conf"

    local port try
    # Fast and disposable: no fsync. Listens on 127.0.0.1 only; socket in the temp dir.
    local opts="-c listen_addresses=127.0.0.1 -c unix_socket_directories=$PG_TMP"
    opts+=" -c password_encryption=scram-sha-256 -c fsync=off -c synchronous_commit=off"
    opts+=" -c full_page_writes=off"
    for try in 1 2 3; do
        port="$(free_port)"
        if as_pg "$PG_BIN/pg_ctl" start -D "$PG_TMP/data" -l "$PG_TMP/server.log" -w -t 60 -s \
            -o "$opts -c port=$port" >/dev/null; then
            break
        fi
        [[ $try -eq 3 ]] && { cat "$PG_TMP/server.log" >&2; die "PostgreSQL did not start"; }
    done

    as_pg "$PG_BIN/psql" -h "$PG_TMP" -p "$port" -U postgres -d postgres -qX -v ON_ERROR_STOP=1 \
        -c "CREATE ROLE igor_admin LOGIN SUPERUSER PASSWORD 'igor_admin'" >/dev/null

    export IGOR_TEST_PG_URL="postgresql+psycopg://igor_admin:igor_admin@127.0.0.1:$port/postgres"
    export IGOR_REQUIRE_PG=1
    say "PostgreSQL ready: IGOR_TEST_PG_URL=$IGOR_TEST_PG_URL"
}

run_tests() {
    for b in dbus-run-session gnome-keyring-daemon; do
        command -v "$b" >/dev/null || die "$b not found (apt packages: dbus gnome-keyring)"
    done
    start_pg

    # Keep the test keyring out of the user's real one.
    local kr="$PG_TMP/keyring"
    mkdir -m 700 "$kr" "$kr/data" "$kr/runtime"

    export QT_QPA_PLATFORM=offscreen
    export IGOR_KR_DATA="$kr/data" IGOR_KR_RUNTIME="$kr/runtime"
    say "Running pytest in a private D-Bus session with gnome-keyring (Secret Service)"
    # Optional hard limit for the whole pytest run (CI sets it so a hung test cannot eat the budget).
    local limit=()
    if [[ -n "${IGOR_TEST_TIMEOUT:-}" ]]; then
        limit=(timeout --kill-after=20 "$IGOR_TEST_TIMEOUT")
    fi
    local rc=0
    # shellcheck disable=SC2016
    "${limit[@]}" dbus-run-session -- sh -c '
        printf test | XDG_DATA_HOME="$IGOR_KR_DATA" XDG_RUNTIME_DIR="$IGOR_KR_RUNTIME" \
            gnome-keyring-daemon --unlock --components=secrets >/dev/null \
            || { echo "dev.sh: gnome-keyring-daemon failed to start" >&2; exit 3; }
        unset IGOR_KR_DATA IGOR_KR_RUNTIME
        export IGOR_SECRET_SERVICE=1
        exec .venv/bin/python -m pytest "$@"
    ' sh "$@" || rc=$?

    if [[ ${#limit[@]} -gt 0 && ( $rc -eq 124 || $rc -eq 137 ) ]]; then
        echo "dev.sh: pytest did not finish within IGOR_TEST_TIMEOUT=${IGOR_TEST_TIMEOUT}s; killed" >&2
        rc=1
    elif [[ $rc -eq 5 ]]; then
        echo "dev.sh: pytest collected no tests; treating that as a failure" >&2
        rc=1
    fi
    exit "$rc"
}

# ---------------------------------------------------------------------------------------------

cmd="${1:-}"
[[ $# -gt 0 ]] && shift
case "$cmd" in
    run)
        setup_common run
        # the English translation (.qm) is a build product: compile it when the .ts is newer
        "$VENV/bin/python" -m tools.update_translations --compile >/dev/null \
            || say "the English translation could not be compiled; the program stays Swedish"
        exec "$VENV/bin/igor-desk" "$@"
        ;;
    test)
        setup_common test
        run_tests "$@"
        ;;
    *)
        usage
        ;;
esac
