#!/usr/bin/env bash
# Stops the server started by neo4j-start.sh (SIGTERM, clean shutdown) and waits
# for it to exit; after NEO4J_STOP_TIMEOUT seconds (60) it sends SIGKILL.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
pidfile="${NEO4J_DATA_DIR:-$root/.neo4j-data}/neo4j.pid"
timeout="${NEO4J_STOP_TIMEOUT:-60}"
# Alive and not a zombie (an orphaned server is reaped by init only after a delay).
running() { local st; st="$(ps -o stat= -p "$1" 2>/dev/null)" && [[ -n "$st" && "$st" != Z* ]]; }

[[ -f "$pidfile" ]] || { echo "neo4j-stop: not running (no $pidfile)" >&2; exit 0; }
pid="$(cat "$pidfile")"
if ! tr '\0' ' ' 2>/dev/null < "/proc/$pid/cmdline" | grep -qE "neo4j-launcher.jar|neo4j-run.sh"; then
  echo "neo4j-stop: not running (stale pid $pid)" >&2
  rm -f "$pidfile"
  exit 0
fi
kill -TERM "$pid"
for ((i = 0; i < timeout * 10; i++)); do
  running "$pid" || { rm -f "$pidfile"; echo "neo4j-stop: stopped (pid $pid)" >&2; exit 0; }
  sleep 0.1
done
echo "neo4j-stop: pid $pid still running after ${timeout}s; sending SIGKILL" >&2
kill -KILL "$pid" 2>/dev/null || true
rm -f "$pidfile"
exit 1
