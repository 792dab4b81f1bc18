#!/usr/bin/env bash
# Werkstatt build and test entry point. `./build.sh help` lists the commands.
#
# `./build.sh test` is what CI runs (through .ci/run). It
#   1. installs the Debian packages the tests need, only those that are missing
#      (SYSTEM_PACKAGES below), and the npm packages of the test projects
#      (`npm ci` where node_modules is missing or its package-lock.json changed:
#      NPM_FOLDERS below),
#   2. starts a throwaway PostgreSQL cluster on 127.0.0.1 (temp dir, free port),
#   3. exports WERKSTATT_TEST_POSTGRES, a superuser connection string to it
#      ("Host=127.0.0.1;Port=N;Username=postgres;Database=postgres;Pooling=true");
#      tests create and drop their own databases and skip when it is unset,
#   4. runs `dotnet test Werkstatt.sln` (extra arguments are passed through),
#   5. prints "Tests: N passed, N failed, N skipped" from the TRX files,
#   6. always stops the cluster and removes its temp dir on exit.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$ROOT"

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

SOLUTION="Werkstatt.sln"
RESULTS_DIR="$ROOT/TestResults"

# Debian packages the test suite needs, one "package|probe" per entry; the
# package is installed when its probe fails. A probe is one or more
# space-separated checks that must all succeed:
#   cmd:NAME    NAME is a command on PATH
#   file:GLOB   at least one file matches GLOB
#   py:MODULE   Debian's /usr/bin/python3 can import MODULE (not pyenv's python3)
# Examples for later: "python3-aiosmtpd|py:aiosmtpd"
# "poppler-utils|cmd:pdftoppm" "qpdf|cmd:qpdf" "python3-icalendar|py:icalendar"
# "fonts-dejavu-core|file:/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
SYSTEM_PACKAGES=(
  "postgresql|file:/usr/lib/postgresql/*/bin/initdb file:/usr/lib/postgresql/*/bin/pg_ctl"
  # The browser tests drive Debian's chromium through Playwright (never `playwright install`);
  # chromium-l10n gives it the German UI resources, so date fields read TT.MM.JJJJ as for our users.
  "chromium|file:/usr/bin/chromium"
  "chromium-l10n|file:/usr/lib/chromium/locales/de.pak"
  "python3-aiosmtpd|py:aiosmtpd"
  # The dossier tests check every generated PDF with independent tools: qpdf --check, pdftotext, pdftoppm, pdfinfo.
  "poppler-utils|cmd:pdftoppm cmd:pdftotext cmd:pdfinfo"
  "qpdf|cmd:qpdf"
  # The cluster test runs nginx (from docs/deploy/nginx.conf) in front of two web instances.
  "nginx|file:/usr/sbin/nginx"
  # An independent reader of our Excel export (register exchange tests).
  "python3-openpyxl|py:openpyxl"
  # Independent iCalendar checkers for the invitation tests: python3-icalendar, and libical's iTIP restriction
  # check through GObject introspection (ICalGLib 3.0).
  "python3-icalendar|py:icalendar"
  "python3-gi|py:gi"
  "gir1.2-ical-3.0|file:/usr/lib/*/girepository-1.0/ICalGLib-3.0.typelib"
)

# Folders with a package.json and package-lock.json whose node_modules the tests
# read (axe-core, injected into pages by the browser tests).
NPM_FOLDERS=(
  "tests/Werkstatt.Browser.Tests"
  # ical.js, the iCalendar parser behind Thunderbird, reads our invitations in the calendar tests.
  "tests/Werkstatt.Service.Tests"
)

# ---------------------------------------------------------------- helpers

log() { printf '==> %s\n' "$*"; }
warn() { printf 'build.sh: WARNING: %s\n' "$*" >&2; }
die() { printf 'build.sh: ERROR: %s\n' "$*" >&2; exit 1; }

is_ci() {
  case "${CI:-}" in
    [Tt][Rr][Uu][Ee] | 1 | [Yy][Ee][Ss]) return 0 ;;
    *) return 1 ;;
  esac
}

is_root() { [[ "$(id -u)" -eq 0 ]]; }

require_dotnet() {
  command -v dotnet >/dev/null 2>&1 ||
    die "dotnet (the .NET 10 SDK) is not on PATH; it does not come from Debian's packages and must be on the machine"
}

# ---------------------------------------------------------------- system packages

probe_ok() {
  local check
  local -a checks
  read -r -a checks <<<"$1"
  for check in "${checks[@]}"; do
    case "$check" in
      cmd:*) command -v "${check#cmd:}" >/dev/null 2>&1 || return 1 ;;
      file:*) compgen -G "${check#file:}" >/dev/null || return 1 ;;
      py:*) [[ -x /usr/bin/python3 ]] && /usr/bin/python3 -c "import ${check#py:}" >/dev/null 2>&1 || return 1 ;;
      *) die "SYSTEM_PACKAGES: unknown probe '$check'" ;;
    esac
  done
}

missing_packages() {
  local entry
  for entry in "${SYSTEM_PACKAGES[@]}"; do
    probe_ok "${entry#*|}" || printf '%s\n' "${entry%%|*}"
  done
}

# Installs what is missing. Never fails by itself: the caller decides what a
# still-missing package means (fatal under CI, a warning otherwise).
ensure_packages() {
  local -a missing
  mapfile -t missing < <(missing_packages)
  ((${#missing[@]} == 0)) && return 0

  if ! is_root; then
    warn "missing system packages: ${missing[*]}"
    warn "build.sh installs them only when run as root; install them with:"
    warn "  sudo apt-get install --no-install-recommends ${missing[*]}"
    return 0
  fi
  if ! command -v apt-get >/dev/null 2>&1; then
    warn "missing system packages: ${missing[*]} (no apt-get on this machine to install them)"
    return 0
  fi

  log "installing missing system packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  local -a apt_opts=(-q -o DPkg::Lock::Timeout=300)
  if ! apt-get "${apt_opts[@]}" update; then
    warn "apt-get update failed"
  fi
  if ! apt-get "${apt_opts[@]}" install -y --no-install-recommends "${missing[@]}"; then
    warn "apt-get install ${missing[*]} failed"
  fi

  mapfile -t missing < <(missing_packages)
  if ((${#missing[@]} > 0)); then
    warn "still missing after install: ${missing[*]}"
  fi
}

# ---------------------------------------------------------------- npm packages

# The lock file's checksum, kept in node_modules after a successful `npm ci`.
NPM_STAMP=".werkstatt-lock.sha256"

npm_up_to_date() {
  local dir="$1"
  [[ -f "$dir/node_modules/$NPM_STAMP" ]] &&
    [[ "$(sha256sum <"$dir/package-lock.json")" == "$(cat "$dir/node_modules/$NPM_STAMP")" ]]
}

# Runs `npm ci` in each NPM_FOLDERS entry whose node_modules is missing or was
# installed from another package-lock.json. Never fails by itself: the caller
# decides what a folder still not installed means (fatal under CI).
ensure_npm_packages() {
  local dir
  local -a stale=()
  for dir in "${NPM_FOLDERS[@]}"; do
    npm_up_to_date "$dir" || stale+=("$dir")
  done
  ((${#stale[@]} == 0)) && return 0

  if ! command -v npm >/dev/null 2>&1; then
    warn "npm is not on PATH; cannot install the npm packages of: ${stale[*]}"
    return 0
  fi
  for dir in "${stale[@]}"; do
    log "npm ci in $dir"
    if (cd "$dir" && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error); then
      sha256sum <"$dir/package-lock.json" >"$dir/node_modules/$NPM_STAMP"
    else
      warn "npm ci failed in $dir"
    fi
  done
}

missing_npm_folders() {
  local dir
  for dir in "${NPM_FOLDERS[@]}"; do
    npm_up_to_date "$dir" || printf '%s\n' "$dir"
  done
}

# ---------------------------------------------------------------- throwaway PostgreSQL

PG_TMP=""      # temp dir: data/, the unix socket, logs
PG_BIN=""      # directory holding initdb, pg_ctl, postgres, pg_isready
PG_PORT=""
PG_PID=""      # our child running the server (runuser when root, else postgres)
PG_AS=()       # prefix to run server commands as user postgres when we are root

find_pg_bindir() {
  local dir candidate=""
  while IFS= read -r dir; do
    [[ -x "$dir/initdb" && -x "$dir/pg_ctl" && -x "$dir/postgres" ]] && candidate="$dir"
  done < <(compgen -G '/usr/lib/postgresql/*/bin' | sort -V)
  if [[ -z "$candidate" ]] && command -v initdb >/dev/null 2>&1; then
    dir="$(dirname "$(readlink -f "$(command -v initdb)")")"
    [[ -x "$dir/initdb" && -x "$dir/pg_ctl" && -x "$dir/postgres" ]] && candidate="$dir"
  fi
  [[ -n "$candidate" ]] || return 1
  printf '%s\n' "$candidate"
}

port_in_use() {
  # A connect to a free loopback port is refused at once.
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

pick_port() {
  local port _
  for _ in $(seq 1 100); do
    # Below Linux's ephemeral range (32768-60999), so outgoing connections
    # do not take it between the probe and the server's bind.
    port=$((20000 + RANDOM % 12000))
    port_in_use "$port" || { printf '%s\n' "$port"; return 0; }
  done
  return 1
}

pg_locale() {
  if locale -a 2>/dev/null | grep -qiE '^c\.utf-?8$'; then
    printf 'C.UTF-8\n'
  else
    printf 'C\n'
  fi
}

# Runs a server command as the cluster owner, from the temp dir (user
# postgres may not be allowed into the current directory).
pg_run() { (cd "$PG_TMP" && "${PG_AS[@]}" "$@"); }

# True while process $1 (a child of this script) runs; false once it exited,
# even before it is reaped (kill -0 would still succeed on the zombie).
child_running() {
  local state
  [[ -r "/proc/$1/stat" ]] || return 1
  read -r _ _ state _ <"/proc/$1/stat" 2>/dev/null || return 1
  [[ "$state" != Z ]]
}

stop_postgres() {
  [[ -n "$PG_TMP" ]] || return 0
  local data="$PG_TMP/data" pid tries
  if [[ -n "$PG_PID" ]]; then
    pg_run "$PG_BIN/pg_ctl" -D "$data" -m fast -w -t 15 stop >/dev/null 2>&1 ||
      pg_run "$PG_BIN/pg_ctl" -D "$data" -m immediate -w -t 10 stop >/dev/null 2>&1 || true
    if [[ -f "$data/postmaster.pid" ]]; then
      pid="$(head -n 1 "$data/postmaster.pid" 2>/dev/null || true)"
      if [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null; then
        warn "PostgreSQL (pid $pid) did not stop; killing it"
        kill -KILL "$pid" 2>/dev/null || true
      fi
    fi
    for ((tries = 0; tries < 100; tries++)); do
      child_running "$PG_PID" || break
      sleep 0.1
    done
    child_running "$PG_PID" && kill -KILL "$PG_PID" 2>/dev/null
    wait "$PG_PID" 2>/dev/null || true
    PG_PID=""
  fi
  rm -rf "$PG_TMP"
  PG_TMP=""
}

cleanup() {
  local rc=$?
  set +e
  stop_postgres
  exit "$rc"
}

# Starts the cluster and exports WERKSTATT_TEST_POSTGRES. Returns non-zero
# (after printing why) when PostgreSQL cannot be started.
start_postgres() {
  if ! PG_BIN="$(find_pg_bindir)"; then
    warn "PostgreSQL server binaries (initdb, pg_ctl) not found; package 'postgresql' is not installed"
    return 1
  fi

  local tmp_base="${TMPDIR:-/tmp}"
  if is_root; then
    id -u postgres >/dev/null 2>&1 || { warn "running as root but there is no user 'postgres' to run the server as"; return 1; }
    PG_AS=(runuser -u postgres --)
    tmp_base=/tmp # user postgres must be able to reach it; root's TMPDIR may not be
  fi
  PG_TMP="$(mktemp -d "$tmp_base/werkstatt-pg.XXXXXX")" || { warn "mktemp failed"; PG_TMP=""; return 1; }
  if is_root; then
    chown postgres:postgres "$PG_TMP" || { warn "could not chown $PG_TMP to postgres"; return 1; }
  fi

  local locale data="$PG_TMP/data"
  locale="$(pg_locale)"
  if ! pg_run "$PG_BIN/initdb" -D "$data" -A trust -U postgres --encoding=UTF8 --locale="$locale" --no-sync \
    >"$PG_TMP/initdb.log" 2>&1; then
    warn "initdb failed:"
    sed 's/^/    /' "$PG_TMP/initdb.log" >&2
    return 1
  fi

  cat >>"$data/postgresql.conf" <<EOF

# --- build.sh: throwaway test cluster ---
listen_addresses = '127.0.0.1'
unix_socket_directories = '$PG_TMP'
max_connections = 200
fsync = off
synchronous_commit = off
full_page_writes = off
EOF
  # Diagnostics only, e.g. WERKSTATT_PG_CONF="shared_preload_libraries = 'pg_stat_statements'"
  if [[ -n "${WERKSTATT_PG_CONF:-}" ]]; then printf '%s\n' "$WERKSTATT_PG_CONF" >>"$data/postgresql.conf"; fi

  # The server runs as a background child of this script, not daemonized by
  # pg_ctl, so that this script reaps it and leaves no process behind.
  local port tries
  for _ in 1 2 3 4 5; do
    port="$(pick_port)" || { warn "found no free TCP port on 127.0.0.1"; return 1; }
    (cd "$PG_TMP" && exec "${PG_AS[@]}" "$PG_BIN/postgres" -D "$data" -p "$port") \
      </dev/null >"$PG_TMP/postgres.log" 2>&1 &
    PG_PID=$!
    for ((tries = 0; tries < 150; tries++)); do # 30 s
      child_running "$PG_PID" || break
      if "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$port" -U postgres -d postgres -t 1 >/dev/null 2>&1; then
        PG_PORT="$port"
        break 2
      fi
      sleep 0.2
    done
    if child_running "$PG_PID"; then
      warn "PostgreSQL did not accept connections within 30 s; its log:"
      sed 's/^/    /' "$PG_TMP/postgres.log" >&2
      return 1
    fi
    wait "$PG_PID" 2>/dev/null || true
    PG_PID=""
    if grep -q 'could not bind\|Address already in use' "$PG_TMP/postgres.log"; then
      continue # lost a race for the port: try another
    fi
    break
  done
  if [[ -z "$PG_PORT" ]]; then
    warn "PostgreSQL did not start; its log:"
    sed 's/^/    /' "$PG_TMP/postgres.log" >&2
    return 1
  fi

  export WERKSTATT_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=postgres;Pooling=true"
  log "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT (data in $PG_TMP)"
}

# Packages + cluster, with the CI policy: under CI=true anything missing is
# fatal; otherwise warn and go on (PostgreSQL tests then skip).
prepare_test_environment() {
  ensure_packages
  local -a missing
  mapfile -t missing < <(missing_packages)
  if ((${#missing[@]} > 0)) && is_ci; then
    die "CI=true and required system packages are missing: ${missing[*]}"
  fi
  ensure_npm_packages
  mapfile -t missing < <(missing_npm_folders)
  if ((${#missing[@]} > 0)) && is_ci; then
    die "CI=true and the npm packages could not be installed in: ${missing[*]}"
  fi
  if ((${#missing[@]} > 0)); then
    warn "npm packages not installed in: ${missing[*]}; the accessibility checks will skip"
  fi

  trap cleanup EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
  if ! start_postgres; then
    stop_postgres
    unset WERKSTATT_TEST_POSTGRES
    if is_ci; then
      die "CI=true and PostgreSQL could not be installed or started (see above); failing instead of skipping its tests"
    fi
    warn "running the tests without PostgreSQL: WERKSTATT_TEST_POSTGRES is unset, PostgreSQL tests will skip"
  fi
}

# ---------------------------------------------------------------- test summary

# Sums the <Counters .../> of every TRX file and prints
# "Tests: N passed, N failed, N skipped". Sets SUMMARY_EXECUTED.
SUMMARY_EXECUTED=0
print_summary() {
  local passed=0 failed=0 skipped=0 f counters
  attr() { sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p" <<<"$counters" | head -n 1; }
  while IFS= read -r -d '' f; do
    while IFS= read -r counters; do
      local total executed p fl er to ab
      total="$(attr total)"; executed="$(attr executed)"; p="$(attr passed)"
      fl="$(attr failed)"; er="$(attr error)"; to="$(attr timeout)"; ab="$(attr aborted)"
      passed=$((passed + ${p:-0}))
      failed=$((failed + ${fl:-0} + ${er:-0} + ${to:-0} + ${ab:-0}))
      skipped=$((skipped + ${total:-0} - ${executed:-0}))
    done < <(grep -o '<Counters [^>]*>' "$f" || true)
  done < <(find "$RESULTS_DIR" -name '*.trx' -print0 2>/dev/null)
  SUMMARY_EXECUTED=$((passed + failed))
  echo
  echo "Tests: $passed passed, $failed failed, $skipped skipped"
}

# ---------------------------------------------------------------- commands

cmd_test() {
  require_dotnet
  prepare_test_environment

  rm -rf "$RESULTS_DIR"
  mkdir -p "$RESULTS_DIR"
  local rc=0
  log "dotnet build $SOLUTION"
  dotnet build "$SOLUTION" || rc=$?
  # One test project at a time (-m:1): the suites start real servers, worker processes and a browser,
  # and timing-sensitive tests (cluster take-over, crash recovery) must not starve on a 2-core machine.
  log "dotnet test $SOLUTION --no-build -m:1 $*"
  ((rc == 0)) && dotnet test "$SOLUTION" --no-build -m:1 \
    --results-directory "$RESULTS_DIR" \
    --logger "trx" \
    --logger "console;verbosity=normal" \
    "$@" || rc=$?

  print_summary
  if ((rc == 0 && SUMMARY_EXECUTED == 0)); then
    echo "build.sh: no test ran; failing" >&2
    rc=1
  fi
  return "$rc"
}

cmd_build() {
  require_dotnet
  dotnet build "$SOLUTION" "$@"
}

cmd_run() {
  require_dotnet
  if (($# > 0)); then
    dotnet run --project src/Werkstatt.Web -- "$@"
  else
    dotnet run --project src/Werkstatt.Web
  fi
}

cmd_bench() {
  require_dotnet
  (($# >= 1)) || die "usage: ./build.sh bench NAME [ARGS...]"
  dotnet run -c Release --project bench/Werkstatt.Bench -- "$@"
}

# Starts the throwaway cluster and runs psql against it (arguments go to psql).
cmd_pg_shell() {
  ensure_packages
  trap cleanup EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
  start_postgres || die "PostgreSQL could not be started"
  echo "WERKSTATT_TEST_POSTGRES=$WERKSTATT_TEST_POSTGRES"
  "$PG_BIN/psql" "host=127.0.0.1 port=$PG_PORT user=postgres dbname=postgres" "$@"
}

# Starts the throwaway cluster and runs a command with WERKSTATT_TEST_POSTGRES set.
cmd_with_postgres() {
  (($# >= 1)) || die "usage: ./build.sh with-postgres COMMAND [ARGS...]"
  ensure_packages
  trap cleanup EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
  start_postgres || die "PostgreSQL could not be started"
  local rc=0
  "$@" || rc=$?
  return "$rc"
}

# The load benchmark needs PostgreSQL (a throwaway cluster) and nginx; see docs/benchmarks.md.
cmd_bench_load() {
  require_dotnet
  dotnet build -c Release bench/Werkstatt.Bench -v q -nologo || die "Release build of the benchmark failed"
  cmd_with_postgres dotnet run -c Release --no-build --project bench/Werkstatt.Bench -- load "$@"
}

cmd_help() {
  cat <<'EOF'
Usage: ./build.sh [COMMAND] [ARGS...]

Commands:
  test [ARGS...]       (default) install missing system packages (as root) and the
                       test projects' npm packages (npm ci), start a throwaway PostgreSQL, run `dotnet test Werkstatt.sln ARGS...`,
                       print "Tests: N passed, N failed, N skipped". TRX files go to TestResults/.
                       e.g. ./build.sh test --filter "FullyQualifiedName~Invoices"
  build [ARGS...]      dotnet build Werkstatt.sln
  run [ARGS...]        dotnet run --project src/Werkstatt.Web (ARGS go to the app)
  bench NAME [ARGS...] dotnet run -c Release --project bench/Werkstatt.Bench -- NAME
  bench-load [OPTS...] the load benchmark: throwaway PostgreSQL, 1 and 2 web instances, worker, nginx;
                       OPTS e.g. --instances 1,2 --networks 400 --members 15 --clients 48 (docs/benchmarks.md)
  deps                 only install the missing system packages and npm packages
  pg-shell [ARGS...]   start a throwaway PostgreSQL and open psql on it (ARGS go to psql)
  with-postgres CMD... start a throwaway PostgreSQL and run CMD with WERKSTATT_TEST_POSTGRES set
  help                 this text

Environment:
  WERKSTATT_TEST_POSTGRES  set by `test` to a superuser connection string
                           (Host=127.0.0.1;Port=N;Username=postgres;Database=postgres;Pooling=true),
                           or unset when no PostgreSQL could be started (outside CI).
  CI=true                  a missing package or a PostgreSQL that cannot start fails the run
                           (without CI: a warning, and PostgreSQL, browser or axe tests skip).
  WERKSTATT_DOCS_SCREENSHOTS=1
                           the browser tests also copy the user guide's screenshots from
                           TestResults/screenshots/ to docs/screenshots/ (commit them afterwards).
EOF
}

main() {
  local cmd="${1:-test}"
  (($# > 0)) && shift
  case "$cmd" in
    test) cmd_test "$@" ;;
    build) cmd_build "$@" ;;
    run) cmd_run "$@" ;;
    bench) cmd_bench "$@" ;;
    bench-load) cmd_bench_load "$@" ;;
    deps)
      ensure_packages
      ensure_npm_packages
      local -a missing
      mapfile -t missing < <(missing_packages; missing_npm_folders)
      ((${#missing[@]} == 0)) || die "still missing: ${missing[*]}"
      ;;
    pg-shell) cmd_pg_shell "$@" ;;
    with-postgres) cmd_with_postgres "$@" ;;
    help | -h | --help) cmd_help ;;
    *)
      cmd_help >&2
      die "unknown command: $cmd"
      ;;
  esac
}

main "$@"
