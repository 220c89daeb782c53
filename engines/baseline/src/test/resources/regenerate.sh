#!/bin/sh
# Regenerates the expected outputs of every golden program with CPython 3.11 (the oracle).
# .out = stdout; .err = last line of stderr (only when non-empty); .status = exit status.
cd "$(dirname "$0")/programs" || exit 1
for f in *.py; do
  b="${f%.py}"
  python3 "$f" golden-arg > "$b.out" 2> "$b.stderr"
  echo $? > "$b.status"
  if [ -s "$b.stderr" ]; then tail -n 1 "$b.stderr" > "$b.err"; else rm -f "$b.err"; fi
  rm -f "$b.stderr"
done
