#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the store's tests, used by .ci/run and by developers:
#
#   eval "$(scripts/test-postgres.sh start)"   # prints the exports: EMBARGO_TEST_PG_URL, EMBARGO_TEST_PG_DIR
#   ./mvnw -pl store,cli -am verify
#   scripts/test-postgres.sh stop              # stops the cluster of $EMBARGO_TEST_PG_DIR and deletes it
#
# The cluster lives in a temporary folder, listens on 127.0.0.1 only (a free port from 54320 up, or
# EMBARGO_TEST_PG_PORT) with its socket in /tmp, trusts local connections and belongs to the postgres user when
# run as root (PostgreSQL refuses to run as root). Needs Debian's postgresql (any of 14+): `apt-get install
# postgresql` (.ci/run installs it when missing).
set -euo pipefail

pg_bin() {
  local d
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    [ -x "$d/initdb" ] && { echo "$d"; return; }
  done
  command -v initdb >/dev/null 2>&1 && { dirname "$(command -v initdb)"; return; }
  echo "test-postgres: no PostgreSQL found (apt-get install postgresql)" >&2
  return 1
}

# Runs a command as the cluster's owner: postgres when we are root, ourselves otherwise.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

free_port() {
  local port=${EMBARGO_TEST_PG_PORT:-54320}
  while (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
  echo "$port"
}

start() {
  local bin dir port
  bin=$(pg_bin)
  dir=$(mktemp -d /tmp/embargo-pg.XXXXXX)
  [ "$(id -u)" -eq 0 ] && chown postgres "$dir"
  port=$(free_port)
  as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-p $port -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null \
    || { cat "$dir/server.log" >&2; exit 1; }
  echo "export EMBARGO_TEST_PG_DIR=$dir"
  echo "export EMBARGO_TEST_PG_URL='jdbc:postgresql://127.0.0.1:$port/postgres?user=postgres'"
}

stop() {
  local dir=${1:-${EMBARGO_TEST_PG_DIR:-}}
  [ -n "$dir" ] && [ -d "$dir/data" ] || { echo "test-postgres: no cluster to stop (EMBARGO_TEST_PG_DIR)" >&2; return 0; }
  as_owner "$(pg_bin)/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}

case "${1:-}" in
  start) start ;;
  stop) shift; stop "$@" ;;
  *) echo "usage: $0 start|stop [DIR]" >&2; exit 2 ;;
esac
