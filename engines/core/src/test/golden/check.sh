#!/usr/bin/env bash
# Runs golden programs through an engine and compares with CPython's recorded results.
#   ./check.sh [-v] [--cmd "HOST COMMAND"] [AREA|FILE ...]
# Default command: the repository's ./host --engine=baseline run. Prints one line per failure
# and a summary "golden: N passed, M failed". -v shows a short diff for each failure.
set -u
here=$(cd "$(dirname "$0")" && pwd -P)
root=$(cd "$here/../../../../.." && pwd -P)
cmd="$root/host --engine=baseline run"
verbose=0
targets=()
while [ $# -gt 0 ]; do
  case "$1" in
    -v) verbose=1; shift ;;
    --cmd) cmd=$2; shift 2 ;;
    *) targets+=("$1"); shift ;;
  esac
done
[ ${#targets[@]} -eq 0 ] && targets=("$here"/*/)

files=()
for t in "${targets[@]}"; do
  [ -d "$t" ] || [ -f "$t" ] || t="$here/$t"
  if [ -d "$t" ]; then
    for f in "$t"/[0-9][0-9][0-9]_*.py; do [ -f "$f" ] && files+=("$f"); done
  else
    files+=("$t")
  fi
done

tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
pass=0; fail=0
for f in "${files[@]}"; do
  base=${f%.py}; dir=$(dirname "$f")
  (cd "$dir" && PYTHONHASHSEED=0 timeout 30 $cmd "$f" </dev/null >"$tmp/out" 2>"$tmp/err"); rc=$?
  want_rc=0; [ -f "$base.err" ] && want_rc=1; [ -f "$base.exit" ] && want_rc=$(cat "$base.exit")
  ok=1; why=""
  cmp -s "$tmp/out" "$base.out" || { ok=0; why="stdout differs"; }
  [ "$rc" = "$want_rc" ] || { ok=0; why="$why exit $rc (want $want_rc)"; }
  if [ -f "$base.err" ]; then
    got=$(grep -v '^[[:space:]]*$' "$tmp/err" | tail -n 1); want=$(grep -v '^[[:space:]]*$' "$base.err" | tail -n 1)
    [ "$got" = "$want" ] || { ok=0; why="$why last stderr line: '$got'"; }
  fi
  if [ $ok = 1 ]; then pass=$((pass+1)); else
    fail=$((fail+1)); echo "FAIL ${f#$here/}: $why"
    if [ $verbose = 1 ]; then
      diff "$base.out" "$tmp/out" | head -n 8 | sed 's/^/    /'
      grep -v '^[[:space:]]*$' "$tmp/err" | tail -n 2 | sed 's/^/    err: /'
    fi
  fi
done
echo "golden: $pass passed, $fail failed"
