#!/usr/bin/env bash
# Runs the local Neo4j server in the foreground (Ctrl-C / SIGTERM stops it cleanly).
# Env: NEO4J_BOLT_PORT (7687), NEO4J_HTTP_PORT (7474: Neo4j Browser at
#      http://127.0.0.1:7474/browser/; set it empty for no HTTP, as the tests do),
#      NEO4J_PASSWORD (default in src/neo4j/local-server.env, which kg also uses;
#      user neo4j), NEO4J_DATA_DIR (<repo>/.neo4j-data), NEO4J_PAGECACHE (256m),
#      NEO4J_JAVA_OPTS (-Xms256m -Xmx1g ...), JAVA_HOME (else java on PATH).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$root/scripts/neo4j-build.sh"
export NEO4J_DATA_DIR="${NEO4J_DATA_DIR:-$root/.neo4j-data}"
export NEO4J_HTTP_PORT="${NEO4J_HTTP_PORT-7474}"
if [[ -z "${NEO4J_PASSWORD:-}" ]]; then
  NEO4J_PASSWORD="$(sed -n 's/^NEO4J_PASSWORD=//p' "$root/src/neo4j/local-server.env")"
  # The default is no secret (it is in the repository), so the start line may show it.
  export NEO4J_PASSWORD NEO4J_PASSWORD_HINT="$NEO4J_PASSWORD"
fi
mkdir -p "$NEO4J_DATA_DIR"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
# shellcheck disable=SC2086  # NEO4J_JAVA_OPTS is a list of options
exec "$java" ${NEO4J_JAVA_OPTS:--Xms256m -Xmx1g -XX:+ExitOnOutOfMemoryError} \
  -jar "$root/tests/neo4j/target/neo4j-launcher.jar"
