# The jobs of speedup_interpreters.py on CPython processes (multiprocessing, two workers):
# both in one worker one after the other, then each in its own worker.
# Usage: python3 speedup_processes.py [LIMIT] [ROUNDS]
import sys
import time
from multiprocessing import Pool

from speedup_work import count_primes

if __name__ == "__main__":
    LIMIT = int(sys.argv[1]) if len(sys.argv) > 1 else 600_000
    ROUNDS = int(sys.argv[2]) if len(sys.argv) > 2 else 4
    # Two equal jobs (the same range twice); see speedup_interpreters.py.
    halves = [(0, LIMIT // 2), (0, LIMIT // 2)]
    with Pool(2) as pool:
        for r in range(ROUNDS):
            t0 = time.perf_counter()
            one = pool.apply(count_primes, halves[0]) + pool.apply(count_primes, halves[1])
            t1 = time.perf_counter()
            two = sum(pool.starmap(count_primes, halves))
            t2 = time.perf_counter()
            assert one == two
    print("2 x primes below %d: %d; 1 process %.3f s, 2 processes %.3f s, speed-up %.2f"
          % (LIMIT // 2, one, t1 - t0, t2 - t1, (t1 - t0) / (t2 - t1)))
