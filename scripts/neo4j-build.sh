#!/usr/bin/env bash
# Builds the local Neo4j launcher (tests/neo4j) with Maven into
# tests/neo4j/target/neo4j-launcher.jar + target/lib/. Skips the build when the
# pom and Java source are unchanged since the last successful build.
# Maven uses the default ~/.m2 repository, so later builds need no downloads.
set -euo pipefail
dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/../tests/neo4j" && pwd)"
stamp="$dir/target/.build-stamp"
sum="$(cd "$dir" && cat pom.xml $(find src -type f | LC_ALL=C sort) | sha256sum | cut -d' ' -f1)"

if [[ -f "$stamp" && "$(cat "$stamp")" == "$sum" && -f "$dir/target/neo4j-launcher.jar" ]]; then
  exit 0
fi
echo "neo4j-build: building $dir (mvn package)" >&2
rm -rf "$dir/target"
# (Maven 3.8 prints stray colour resets even in batch mode; drop them.)
(cd "$dir" && mvn -B -q package) 2>&1 | sed 's/\x1b\[0m//g' >&2
echo "$sum" > "$stamp"
