# The same ping-pong as pingpong_stackless.py with greenlets: each switch()
# hands a value to the other greenlet. One round trip is two switches.
# Usage: python3-with-greenlet pingpong_greenlet.py [ROUNDS] [BATCHES]
import sys
import time
from greenlet import greenlet, getcurrent

ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
BATCHES = int(sys.argv[2]) if len(sys.argv) > 2 else 5


def run_batch(n):
    def ping():
        for i in range(n):
            pong_g.switch(i)
        main.switch()

    def pong(v):
        while True:
            v = ping_g.switch(v)

    main = getcurrent()
    ping_g = greenlet(ping)
    pong_g = greenlet(pong)
    t0 = time.perf_counter()
    ping_g.switch()
    return time.perf_counter() - t0


rates = []
for b in range(BATCHES):
    dt = run_batch(ROUNDS)
    rates.append(2 * ROUNDS / dt)
print("switches/s %.0f (batches: %s)" % (rates[-1], ", ".join("%.2fM" % (r / 1e6) for r in rates)))
