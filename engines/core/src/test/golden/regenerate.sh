#!/usr/bin/env bash
# Regenerates the expected-output files (.out/.err/.exit) for every golden
# program NNN_name.py under this directory, using CPython (python3) as the
# reference. Usage: ./regenerate.sh [area ...]   (default: all areas)
set -u
ROOT="$(cd "$(dirname "$0")" && pwd)"
PY="${PYTHON:-python3}"
cd "$ROOT"
if [ $# -gt 0 ]; then areas=("$@"); else areas=(*/); fi
total=0; failed=0
for area in "${areas[@]}"; do
  area="${area%/}"
  [ -d "$ROOT/$area" ] || continue
  for prog in "$ROOT/$area"/[0-9][0-9][0-9]_*.py; do
    [ -f "$prog" ] || continue
    dir="$(dirname "$prog")"; base="$(basename "$prog" .py)"
    rm -f "$dir/$base.out" "$dir/$base.err" "$dir/$base.exit"
    errtmp="$(mktemp)"
    ( cd "$dir" && env PYTHONHASHSEED=0 LC_ALL=C.UTF-8 PYTHONDONTWRITEBYTECODE=1 \
        "$PY" "$base.py" </dev/null >"$base.out" 2>"$errtmp" )
    rc=$?
    total=$((total+1))
    if [ "$rc" -ne 0 ]; then
      last="$(grep -v '^[[:space:]]*$' "$errtmp" | tail -n 1)"
      [ -n "$last" ] && printf '%s\n' "$last" >"$dir/$base.err"
      [ "$rc" -ne 1 ] && printf '%s\n' "$rc" >"$dir/$base.exit"
      failed=$((failed+1))
      echo "nonzero exit $rc: $area/$base.py: $last"
    fi
    rm -f "$errtmp"
  done
  find "$ROOT/$area" -name __pycache__ -type d -prune -exec rm -rf {} + 2>/dev/null
done
echo "generated $total programs ($failed with nonzero exit)"
