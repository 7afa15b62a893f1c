#!/usr/bin/env bash
# Are the graph documents of the dev corpus and the sample byte-identical
# between the working tree and REV (default HEAD)? For refactoring commits,
# which must not change what is extracted (npm run check:identical).
#
#   scripts/compare-graphs.sh [REV]
#
# REV is checked out in a temporary git worktree (node_modules symlinked from
# this checkout) and both trees extract the same inputs, named by the same
# paths, so that the documents' article paths agree. Exit 0: identical;
# 1: they differ (the first differing lines are printed); 2: usage or setup.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
rev=${1:-HEAD}
corpus=${COMPARE_CORPUS:-$root/../shared/corpus/dev/articles}
commit=$(git -C "$root" rev-parse --verify --quiet "$rev^{commit}") || { echo "compare-graphs: no such revision: $rev" >&2; exit 2; }
[ -d "$corpus" ] || { echo "compare-graphs: corpus not found: $corpus (set COMPARE_CORPUS)" >&2; exit 2; }
corpus=$(cd "$corpus" && pwd)

tmp=$(mktemp -d "${TMPDIR:-/tmp}/compare-graphs.XXXXXX")
cleanup() {
  git -C "$root" worktree remove --force "$tmp/rev" >/dev/null 2>&1 || true
  rm -rf "$tmp"
}
trap cleanup EXIT

git -C "$root" worktree add --detach --quiet "$tmp/rev" "$commit"
ln -s "$root/node_modules" "$tmp/rev/node_modules"

# extract TREE NAME INPUT: the graph document of INPUT as extracted by the code in TREE.
# The working directory is this checkout for both trees: inputs resolve, and are recorded, alike.
extract() {
  (cd "$root" && "$root/node_modules/.bin/tsx" "$1/src/cli/main.ts" extract "$3" --out "$tmp/$2.json" 2>"$tmp/$2.log") || {
    echo "compare-graphs: extraction failed ($1, $3):" >&2
    cat "$tmp/$2.log" >&2
    exit 2
  }
}

status=0
for input in "$corpus" data/sample; do
  name=$(basename "$input")
  extract "$root" "$name.tree" "$input"
  extract "$tmp/rev" "$name.rev" "$input"
  if cmp -s "$tmp/$name.rev.json" "$tmp/$name.tree.json"; then
    echo "identical: $input ($(wc -c <"$tmp/$name.tree.json") bytes, ${commit:0:10} vs working tree)"
  else
    echo "DIFFERENT: $input (${commit:0:10} vs working tree); first differences:"
    diff "$tmp/$name.rev.json" "$tmp/$name.tree.json" | head -40 || true
    status=1
  fi
done
exit $status
