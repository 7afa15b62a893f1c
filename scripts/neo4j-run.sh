#!/usr/bin/env bash
# Runs the local Neo4j server in the foreground (Ctrl-C / SIGTERM stops it cleanly).
# Env: NEO4J_BOLT_PORT (7687), NEO4J_PASSWORD (newskg-test-pw; user neo4j),
#      NEO4J_DATA_DIR (<repo>/.neo4j-data), NEO4J_PAGECACHE (256m),
#      NEO4J_JAVA_OPTS (-Xms256m -Xmx1g ...), JAVA_HOME (else java on PATH).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$root/scripts/neo4j-build.sh"
export NEO4J_DATA_DIR="${NEO4J_DATA_DIR:-$root/.neo4j-data}"
mkdir -p "$NEO4J_DATA_DIR"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
# shellcheck disable=SC2086  # NEO4J_JAVA_OPTS is a list of options
exec "$java" ${NEO4J_JAVA_OPTS:--Xms256m -Xmx1g -XX:+ExitOnOutOfMemoryError} \
  -jar "$root/tests/neo4j/target/neo4j-launcher.jar"
