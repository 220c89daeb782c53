#!/usr/bin/env bash
# Adds every golden program that passes now (per check.sh) to the baseline ratchet,
# engines/baseline/src/test/resources/golden-passing.txt. Never removes a line.
# Takes no arguments: it must run the whole corpus, or programs it did not run would be added.
set -u
here=$(cd "$(dirname "$0")" && pwd -P)
list="$here/../../../../baseline/src/test/resources/golden-passing.txt"
if [ $# -gt 0 ]; then
  echo "update-ratchet.sh: takes no arguments (it runs the whole corpus)" >&2
  exit 2
fi
failing=$("$here/check.sh" | sed -n 's/^FAIL \([^:]*\):.*/\1/p' | sed 's#//*#/#g')
{
  cat "$list"
  cd "$here" && for f in */[0-9][0-9][0-9]_*.py; do
    printf '%s\n' "$failing" | grep -qxF "$f" || echo "$f"
  done
} | sort -u > "$list.tmp" && mv "$list.tmp" "$list"
wc -l < "$list"
