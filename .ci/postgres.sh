#!/usr/bin/env bash
# Start a throwaway PostgreSQL server for the test suite: a fresh cluster in a temporary folder,
# listening on loopback only, owned by the unprivileged "postgres" user (the server refuses root).
# Prints the DATABASE_URL to use; `.ci/postgres.sh stop DIR` stops it and removes the folder.
set -euo pipefail

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bindir" ]; then
  echo "no PostgreSQL binaries under /usr/lib/postgresql (apt-get install postgresql)" >&2
  exit 1
fi

as_postgres() {
  if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

if [ "${1:-}" = "stop" ]; then
  as_postgres "$bindir/pg_ctl" -D "$2/data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$2"
  exit 0
fi

dir=$(mktemp -d /tmp/portal-ci-pg.XXXXXX)
chmod 755 "$dir"
[ "$(id -u)" = "0" ] && chown postgres: "$dir"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
as_postgres "$bindir/initdb" -D "$dir/data" -U portal --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
as_postgres "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c fsync=off" start >/dev/null
"$bindir/createdb" -h 127.0.0.1 -p "$port" -U portal portal
echo "$dir postgres://portal@127.0.0.1:$port/portal"
