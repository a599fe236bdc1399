#!/usr/bin/env bash
# Runs a command with a throwaway PostgreSQL 15 cluster and TEST_POSTGRES_URL pointing at it.
#   scripts/with-postgres.sh npx vitest run --project db
# The cluster lives in a fresh temp directory owned by the postgres user, listens on 127.0.0.1
# only (trust auth, loopback), and is stopped and removed however the command ends.
set -euo pipefail

if [ "$#" -eq 0 ]; then
  echo "usage: scripts/with-postgres.sh <command> [args…]" >&2
  exit 2
fi

PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
for tool in initdb pg_ctl psql; do
  if [ ! -x "$PG_BIN/$tool" ]; then
    echo "with-postgres: $PG_BIN/$tool not found; install PostgreSQL 15 (apt-get install postgresql-15) or set PG_BIN" >&2
    exit 127
  fi
done

# initdb and the server refuse to run as root: use the postgres user then.
if [ "$(id -u)" = "0" ]; then
  if ! id postgres >/dev/null 2>&1; then
    echo "with-postgres: running as root and there is no postgres user to run the server" >&2
    exit 1
  fi
  as_pg() { su postgres -s /bin/sh -c "$*"; }
else
  as_pg() { sh -c "$*"; }
fi

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
PORT="${PG_PORT:-54329}"
while ! port_free "$PORT"; do PORT=$((PORT + 1)); done

DIR="$(mktemp -d /tmp/matchready-pg.XXXXXX)"
if [ "$(id -u)" = "0" ]; then chown postgres "$DIR"; fi
DATA="$DIR/data"
LOG="$DIR/server.log"

cleanup() {
  as_pg "'$PG_BIN/pg_ctl' -D '$DATA' -m fast -w stop" >/dev/null 2>&1 || true
  rm -rf "$DIR"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

as_pg "'$PG_BIN/initdb' -D '$DATA' -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null"
as_pg "'$PG_BIN/pg_ctl' -D '$DATA' -l '$LOG' -w -t 30 \
  -o \"-c listen_addresses=127.0.0.1 -p $PORT -k '$DIR' -c fsync=off -c synchronous_commit=off -c full_page_writes=off\" \
  start >/dev/null" || { cat "$LOG" >&2; exit 1; }
as_pg "'$PG_BIN/psql' -h 127.0.0.1 -p $PORT -U postgres -q -c 'CREATE DATABASE matchready_test' postgres"

export TEST_POSTGRES_URL="postgres://postgres@127.0.0.1:$PORT/matchready_test"
echo "with-postgres: PostgreSQL 15 on 127.0.0.1:$PORT (TEST_POSTGRES_URL=$TEST_POSTGRES_URL)" >&2

set +e
"$@"
status=$?
set -e
exit "$status"
