# The jobs of speedup_interpreters.py on CPython threads (one interpreter, the GIL):
# both on one thread one after the other, then each on its own thread.
# Usage: python3 speedup_threads.py [LIMIT] [ROUNDS]
import sys
import threading
import time

from speedup_work import count_primes

LIMIT = int(sys.argv[1]) if len(sys.argv) > 1 else 600_000
ROUNDS = int(sys.argv[2]) if len(sys.argv) > 2 else 4
# Two equal jobs (the same range twice): with two unequal halves the slower half would bound the
# speed-up, measuring the split rather than the engine.
halves = [(0, LIMIT // 2), (0, LIMIT // 2)]

for r in range(ROUNDS):
    t0 = time.perf_counter()
    one = count_primes(*halves[0]) + count_primes(*halves[1])
    t1 = time.perf_counter()
    out = {}
    ts = [threading.Thread(target=lambda k=k, h=h: out.__setitem__(k, count_primes(*h))) for k, h in enumerate(halves)]
    for th in ts:
        th.start()
    for th in ts:
        th.join()
    t2 = time.perf_counter()
    assert one == sum(out.values())
print("2 x primes below %d: %d; 1 thread %.3f s, 2 threads %.3f s, speed-up %.2f"
      % (LIMIT // 2, one, t1 - t0, t2 - t1, (t1 - t0) / (t2 - t1)))
