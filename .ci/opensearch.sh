#!/usr/bin/env bash
# Start a throwaway OpenSearch cluster for the tests: NODES nodes (default 1), each its own JVM,
# on loopback ports, with its data in a temporary folder. The nodes run OpenSearch's server jar
# and modules from Maven Central (.ci/opensearch: no distribution is downloaded). Waits until the
# cluster is green (yellow for one node, whose replicas have nowhere to go) and prints
# `DIR URL`; DIR/pids lists the JVMs one a line, so a test can stop one node, and DIR/urls
# their HTTP addresses in the same order (URL is the first).
# `.ci/opensearch.sh stop DIR` stops them and removes the folder.
# OPENSEARCH_HEAP (default 512m) sizes each node's heap.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
project="$here/opensearch"

stop_cluster() {
  local dir="$1" pid
  if [ -f "$dir/pids" ]; then
    while read -r pid; do kill -TERM "$pid" 2>/dev/null || true; done <"$dir/pids"
    for _ in $(seq 1 100); do
      alive=0
      while read -r pid; do kill -0 "$pid" 2>/dev/null && alive=1; done <"$dir/pids"
      [ "$alive" = 0 ] && break
      sleep 0.2
    done
    while read -r pid; do kill -KILL "$pid" 2>/dev/null || true; done <"$dir/pids"
  fi
  rm -rf "$dir"
}

if [ "${1:-}" = "stop" ]; then
  stop_cluster "$2"
  exit 0
fi

nodes="${1:-1}"
if ! [[ "$nodes" =~ ^[1-9][0-9]*$ ]]; then
  echo "usage: $0 [NODES] | $0 stop DIR" >&2
  exit 2
fi

# Build the launcher once; Maven's cache then serves it offline. The lock keeps two clusters
# started at the same time from building into the same folder.
build() {
  (cd "$project" && mvn -q -B "$@" compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt)
}
(
  flock 9
  if [ ! -f "$project/target/classpath.txt" ] || [ -n "$(find "$project/src" "$project/pom.xml" -newer "$project/target/classpath.txt")" ]; then
    build -o >/dev/null 2>&1 || build >&2
  fi
) 9>"$project/.build.lock"
classpath="$project/target/classes:$(cat "$project/target/classpath.txt")"

dir=$(mktemp -d /tmp/portal-ci-opensearch.XXXXXX)
trap 'stop_cluster "$dir"' ERR
# Two free ports a node (HTTP, transport), chosen while all are held so none repeats.
read -r -a ports < <(python3 -c '
import socket, sys
held = [socket.socket() for _ in range(2 * int(sys.argv[1]))]
for s in held:
    s.bind(("127.0.0.1", 0))
print(" ".join(str(s.getsockname()[1]) for s in held))
' "$nodes")

seeds=() names=()
for ((i = 0; i < nodes; i++)); do
  seeds+=("127.0.0.1:${ports[2 * i + 1]}")
  names+=("node$i")
done
if [ "$nodes" = 1 ]; then
  discovery=(discovery.type=single-node)
  wanted=yellow
else
  discovery=("discovery.seed_hosts=$(IFS=,; echo "${seeds[*]}")"
    "cluster.initial_cluster_manager_nodes=$(IFS=,; echo "${names[*]}")")
  wanted=green
fi

heap="${OPENSEARCH_HEAP:-512m}"
for ((i = 0; i < nodes; i++)); do
  home="$dir/node$i"
  mkdir -p "$home/config"
  cp "$project/log4j2.properties" "$home/config/"
  # setsid: the node outlives this script and its caller's process group; its pid is the JVM's.
  setsid java -Xms"$heap" -Xmx"$heap" -XX:+UseG1GC -Djava.awt.headless=true -Dfile.encoding=UTF-8 \
    -Dlog4j2.disable.jmx=true -cp "$classpath" portal.ci.OpenSearchNode \
    "path.home=$home" "path.data=$home/data" "path.logs=$home/logs" \
    "cluster.name=portal-ci-$(basename "$dir")" "node.name=node$i" network.host=127.0.0.1 \
    "http.port=${ports[2 * i]}" "transport.port=${ports[2 * i + 1]}" "${discovery[@]}" \
    cluster.routing.allocation.disk.threshold_enabled=false \
    </dev/null >"$dir/node$i.log" 2>&1 &
  echo $! >>"$dir/pids"
  echo "http://127.0.0.1:${ports[2 * i]}" >>"$dir/urls"
done

url="http://127.0.0.1:${ports[0]}"
# Wait for the cluster, not only the first node: every node joined, the wanted health reached.
if ! python3 - "$url" "$nodes" "$wanted" "$dir/pids" <<'PY'; then
import json, os, sys, time, urllib.request
url, nodes, wanted, pids = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
health = f"{url}/_cluster/health?wait_for_status={wanted}&wait_for_nodes={nodes}&timeout=5s"
deadline = time.monotonic() + float(os.environ.get("OPENSEARCH_START_TIMEOUT", "240"))
while time.monotonic() < deadline:
    for pid in open(pids).read().split():
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:
            sys.exit(f"OpenSearch node {pid} exited while starting")
    try:
        with urllib.request.urlopen(health, timeout=10) as response:
            if not json.load(response)["timed_out"]:
                sys.exit(0)
    except OSError:
        time.sleep(1)
sys.exit(f"OpenSearch at {url} not {wanted} with {nodes} nodes in time")
PY
  for log in "$dir"/node*.log; do
    echo "== $log" >&2
    tail -n 30 "$log" >&2
  done
  stop_cluster "$dir"
  exit 1
fi
echo "$dir $url"
