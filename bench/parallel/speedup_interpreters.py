# Speed-up of CPU-bound work on 2 interpreters over 1 (PEP 734 concurrent.interpreters).
# Two equal jobs (count primes below LIMIT/2 by trial division, pure Python) run ROUNDS times:
# once both on one interpreter one after the other, once each on its own interpreter in its own
# thread. Prints the times of the last round and their ratio.
# Usage: host --engine=parallel run speedup_interpreters.py [LIMIT] [ROUNDS]
import sys
import threading
import time
from concurrent import interpreters

from speedup_work import count_primes


LIMIT = int(sys.argv[1]) if len(sys.argv) > 1 else 600_000
ROUNDS = int(sys.argv[2]) if len(sys.argv) > 2 else 4
# Two equal jobs (the same range twice): with two unequal halves the slower half would bound the
# speed-up, measuring the split rather than the engine.
halves = [(0, LIMIT // 2), (0, LIMIT // 2)]
a, b = interpreters.create(), interpreters.create()

for r in range(ROUNDS):
    t0 = time.perf_counter()
    one = a.call(count_primes, *halves[0]) + a.call(count_primes, *halves[1])
    t1 = time.perf_counter()
    out = {}
    ts = []
    for k, (interp, h) in enumerate(zip((a, b), halves)):
        th = threading.Thread(target=lambda k=k, i=interp, h=h: out.__setitem__(k, i.call(count_primes, *h)))
        th.start()
        ts.append(th)
    for th in ts:
        th.join()
    t2 = time.perf_counter()
    two = sum(out.values())
    assert one == two
print("2 x primes below %d: %d; 1 interpreter %.3f s, 2 interpreters %.3f s, speed-up %.2f"
      % (LIMIT // 2, one, t1 - t0, t2 - t1, (t1 - t0) / (t2 - t1)))
