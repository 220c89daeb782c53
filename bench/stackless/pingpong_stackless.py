# Tasklet switch rate: two tasklets bounce a counter over two channels.
# Every send meets a waiting receiver and switches to it (preference -1),
# so one round trip is two switches. Prints switches per second for the
# last of several timed batches (steady state), measured inside the process.
# Usage: <python with a stackless module> pingpong_stackless.py [ROUNDS] [BATCHES]
import sys
import time
import stackless

ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
BATCHES = int(sys.argv[2]) if len(sys.argv) > 2 else 5


def ping(out, back, n):
    for i in range(n):
        out.send(i)
        back.receive()


def pong(inp, back, n):
    for i in range(n):
        back.send(inp.receive())


rates = []
for b in range(BATCHES):
    a = stackless.channel()
    c = stackless.channel()
    stackless.tasklet(ping)(a, c, ROUNDS)
    stackless.tasklet(pong)(a, c, ROUNDS)
    t0 = time.perf_counter()
    stackless.run()
    dt = time.perf_counter() - t0
    rates.append(2 * ROUNDS / dt)
print("switches/s %.0f (batches: %s)" % (rates[-1], ", ".join("%.2fM" % (r / 1e6) for r in rates)))
