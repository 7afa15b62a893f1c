#!/usr/bin/env bash
# Starts the local Neo4j server in the background and waits until Bolt is ready.
# Prints the Bolt URI on stdout and exits 0; on failure exits 1 with the log tail.
# PID in $NEO4J_DATA_DIR/neo4j.pid, output in $NEO4J_DATA_DIR/neo4j.log.
# Same env as neo4j-run.sh, plus NEO4J_START_TIMEOUT (seconds, 120), except that
# NEO4J_HTTP_PORT defaults to none here: tests and benches start several servers
# at once, and only `npm run neo4j` (the foreground server) claims 7474.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export NEO4J_DATA_DIR="${NEO4J_DATA_DIR:-$root/.neo4j-data}"
export NEO4J_HTTP_PORT="${NEO4J_HTTP_PORT-}"
pidfile="$NEO4J_DATA_DIR/neo4j.pid"
log="$NEO4J_DATA_DIR/neo4j.log"
timeout="${NEO4J_START_TIMEOUT:-120}"

# Alive and not a zombie (an orphaned server is reaped by init only after a delay).
running() { local st; st="$(ps -o stat= -p "$1" 2>/dev/null)" && [[ -n "$st" && "$st" != Z* ]]; }
# The Bolt URI of the last complete READY line: one that ends "ms)", so a line
# still being written is never read (it once gave a truncated bolt:// URI).
ready_uri() { grep -E '^NEO4J READY bolt://[^ ]+ .* ms\)$' "$log" 2>/dev/null | tail -1 | cut -d' ' -f3; }
is_launcher() { [[ -n "$1" ]] && tr '\0' ' ' 2>/dev/null < "/proc/$1/cmdline" | grep -qE "neo4j-launcher.jar|neo4j-run.sh"; }

if [[ -f "$pidfile" ]]; then
  pid="$(cat "$pidfile")"
  if is_launcher "$pid"; then
    if uri="$(ready_uri)" && [[ -n "$uri" ]]; then
      echo "neo4j-start: already running (pid $pid)" >&2
      echo "$uri"
      exit 0
    fi
    echo "neo4j-start: pid $pid is running but not ready; stop it first (scripts/neo4j-stop.sh)" >&2
    exit 1
  fi
  rm -f "$pidfile"   # stale, e.g. after kill -9
fi

bash "$root/scripts/neo4j-build.sh"
mkdir -p "$NEO4J_DATA_DIR"
: > "$log"   # truncate here, not in the child: a stale READY line must not be seen
setsid nohup bash "$root/scripts/neo4j-run.sh" >> "$log" 2>&1 < /dev/null &
pid=$!
echo "$pid" > "$pidfile"

for ((i = 0; i < timeout * 10; i++)); do
  if uri="$(ready_uri)" && [[ -n "$uri" ]]; then
    echo "$uri"
    exit 0
  fi
  if ! running "$pid"; then
    echo "neo4j-start: server exited before it was ready; log $log:" >&2
    tail -n 40 "$log" >&2
    rm -f "$pidfile"
    exit 1
  fi
  sleep 0.1
done
echo "neo4j-start: not ready after ${timeout}s; stopping pid $pid; log $log:" >&2
tail -n 40 "$log" >&2
bash "$root/scripts/neo4j-stop.sh" >&2 || true
exit 1
