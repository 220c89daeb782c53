# Speed-up of CPU-bound work on 2 interpreters over 1 (PEP 734 concurrent.interpreters).
# The same job (count primes below LIMIT by trial division, pure Python) runs ROUNDS times:
# once with both halves on one interpreter one after the other, once with each half on its
# own interpreter in its own thread. Prints the times of the last round and their ratio.
# Usage: host --engine=parallel run speedup_interpreters.py [LIMIT] [ROUNDS]
import sys
import threading
import time
from concurrent import interpreters

from speedup_work import count_primes


LIMIT = int(sys.argv[1]) if len(sys.argv) > 1 else 600_000
ROUNDS = int(sys.argv[2]) if len(sys.argv) > 2 else 4
halves = [(0, LIMIT // 2), (LIMIT // 2, LIMIT)]
a, b = interpreters.create(), interpreters.create()

for r in range(ROUNDS):
    t0 = time.perf_counter()
    one = a.call(count_primes, *halves[0]) + a.call(count_primes, *halves[1])
    t1 = time.perf_counter()
    out = {}
    ts = []
    for interp, h in zip((a, b), halves):
        th = threading.Thread(target=lambda i=interp, h=h: out.__setitem__(h, i.call(count_primes, *h)))
        th.start()
        ts.append(th)
    for th in ts:
        th.join()
    t2 = time.perf_counter()
    two = sum(out.values())
    assert one == two
print("primes below %d: %d; 1 interpreter %.3f s, 2 interpreters %.3f s, speed-up %.2f"
      % (LIMIT, one, t1 - t0, t2 - t1, (t1 - t0) / (t2 - t1)))
