#!/usr/bin/env bash
# Start a throwaway Redis server for the test suite: loopback only, a free port, no persistence,
# its files in a temporary folder. Prints `DIR URL` (the REDIS_URL to use);
# `.ci/redis.sh stop DIR` stops it and removes the folder.
set -euo pipefail

if ! command -v redis-server >/dev/null; then
  echo "no redis-server on PATH (apt-get install redis-server)" >&2
  exit 1
fi

if [ "${1:-}" = "stop" ]; then
  if [ -f "$2/redis.pid" ]; then
    pid=$(cat "$2/redis.pid")
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  fi
  rm -rf "$2"
  exit 0
fi

dir=$(mktemp -d /tmp/portal-ci-redis.XXXXXX)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
redis-server --bind 127.0.0.1 --port "$port" --dir "$dir" --save "" --appendonly no \
  --daemonize yes --pidfile "$dir/redis.pid" --logfile "$dir/redis.log"
for _ in $(seq 1 50); do
  if redis-cli -h 127.0.0.1 -p "$port" ping 2>/dev/null | grep -q PONG; then
    echo "$dir redis://127.0.0.1:$port/0"
    exit 0
  fi
  sleep 0.1
done
cat "$dir/redis.log" >&2
"$0" stop "$dir"
exit 1
