#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for CI, benchmarks and load tests: `pg-temp.sh start|stop [PORT]`.
# Installs Debian's postgresql if missing (as root), idempotent. Prints the DATABASE_URL on start.
set -euo pipefail
action=${1:-start}
PGPORT=${2:-5433}
PGDATA=/tmp/accroche-pg-$PGPORT
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
as_pg() { runuser -u postgres -- "$@"; }
stop() { [ -f "$PGDATA/postmaster.pid" ] && as_pg "$PGBIN/pg_ctl" -D "$PGDATA" stop -m fast >/dev/null 2>&1 || true; }
case "$action" in
  start)
    stop
    rm -rf "$PGDATA"
    install -d -o postgres -g postgres "$PGDATA"
    as_pg "$PGBIN/initdb" -D "$PGDATA" -A trust -U postgres -E UTF8 >/dev/null
    as_pg "$PGBIN/pg_ctl" -D "$PGDATA" -o "-p $PGPORT -k /tmp -c fsync=off -c full_page_writes=off -c max_connections=200" \
      -l "$PGDATA/log" -w start >/dev/null
    as_pg "$PGBIN/createdb" -h /tmp -p "$PGPORT" accroche
    echo "postgres://postgres@127.0.0.1:$PGPORT/accroche"
    ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop [PORT]" >&2; exit 2 ;;
esac
