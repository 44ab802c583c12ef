#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests: initdb into a temp folder as the unprivileged `postgres` user (the
# server refuses to run as root, and CI runs as root), listening on 127.0.0.1 on a free port with password
# authentication, so the tests can prove a wrong password is told apart from the rest.
#
#   tests/postgres/cluster.sh start   prints the Npgsql connection string and writes it to the state file
#   tests/postgres/cluster.sh stop    stops the cluster and removes its folder
#
# The state file (CUTOVERBOT_TEST_PG_FILE, default /tmp/cutoverbot-test-pg/connection) is what the test fixture
# reads; it starts a cluster itself with this script when none is running, so `dotnet test` alone works too.
set -euo pipefail

state_dir="${CUTOVERBOT_TEST_PG_DIR:-/tmp/cutoverbot-test-pg}"
state_file="${CUTOVERBOT_TEST_PG_FILE:-$state_dir/connection}"
password="cutoverbot-test"

find_bin() {
  for v in 17 16 15 14 13; do
    if [[ -x "/usr/lib/postgresql/$v/bin/initdb" ]]; then echo "/usr/lib/postgresql/$v/bin"; return; fi
  done
  if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then dirname "$(command -v pg_ctl)"; return; fi
  return 1
}

as_owner() {
  if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start() {
  # Two test projects may ask for the cluster at once: one starts it, the other waits and reuses it.
  exec 9>"${state_dir}.lock"
  flock 9
  if [[ -f "$state_file" ]] && [[ -f "$state_dir/data/postmaster.pid" ]] && as_owner "$bin/pg_ctl" -D "$state_dir/data" status >/dev/null 2>&1; then
    cat "$state_file"
    return
  fi
  stop >/dev/null 2>&1 || true
  if [[ $(id -u) -eq 0 ]] && ! id postgres >/dev/null 2>&1; then
    useradd --system --home-dir "$state_dir" --shell /usr/sbin/nologin postgres
  fi
  mkdir -p "$state_dir"
  if [[ $(id -u) -eq 0 ]]; then chown postgres: "$state_dir"; fi
  local pwfile="$state_dir/pw"
  printf '%s\n' "$password" >"$pwfile"
  if [[ $(id -u) -eq 0 ]]; then chown postgres: "$pwfile"; fi
  as_owner "$bin/initdb" -D "$state_dir/data" -U postgres --pwfile="$pwfile" --auth=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$state_dir/initdb.log" 2>&1 \
    || as_owner "$bin/initdb" -D "$state_dir/data" -U postgres --pwfile="$pwfile" --auth=scram-sha-256 -E UTF8 >"$state_dir/initdb.log" 2>&1
  rm -f "$pwfile"
  local port
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  # fsync off and a small footprint: a throwaway cluster on a loaded 2-core machine; its data is never kept.
  # 9>&-: the server must not inherit the lock's descriptor, or it holds the lock for as long as it runs and the next
  # start (.ci/run after a test run left the cluster up) waits on it for ever.
  as_owner "$bin/pg_ctl" -D "$state_dir/data" -l "$state_dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $state_dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 -c shared_buffers=32MB" \
    start >/dev/null 9>&-
  local cs="Host=127.0.0.1;Port=$port;Username=postgres;Password=$password;Database=postgres"
  printf '%s\n' "$cs" >"$state_file"
  chmod 644 "$state_file"
  echo "$cs"
}

stop() {
  if [[ -d "$state_dir/data" ]]; then
    as_owner "$bin/pg_ctl" -D "$state_dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$state_dir"
}

if ! bin=$(find_bin); then
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
    apt-get install -y postgresql >/dev/null || { apt-get update >/dev/null && apt-get install -y postgresql >/dev/null; }
    bin=$(find_bin)
  else
    echo "PostgreSQL server programs (initdb, pg_ctl) not found; install postgresql" >&2
    exit 1
  fi
fi

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
