# Interpreter creation time and queue round-trip latency (concurrent.interpreters).
# Creation: N interpreters created (and closed) one after the other, mean per interpreter.
# Round trip: main puts an int on one queue, a subinterpreter (in its own thread) takes it and
# puts it on a second queue, main takes it back; mean per round trip.
# Usage: host --engine=parallel run interp_costs.py [N] [ROUND_TRIPS]
import sys
import threading
import time
from concurrent import interpreters

N = int(sys.argv[1]) if len(sys.argv) > 1 else 200
TRIPS = int(sys.argv[2]) if len(sys.argv) > 2 else 20_000

for rnd in range(3):
    t0 = time.perf_counter()
    made = [interpreters.create() for _ in range(N)]
    t1 = time.perf_counter()
    for i in made:
        i.close()
create_ms = (t1 - t0) / N * 1000

ping = interpreters.create_queue()
pong = interpreters.create_queue()
echo = interpreters.create()
echo.prepare_main(ping=ping, pong=pong)
echo_src = "while True:\n    v = ping.get()\n    pong.put(v)\n    if v < 0:\n        break\n"
th = threading.Thread(target=echo.exec, args=(echo_src,))
th.start()
for rnd in range(3):
    t0 = time.perf_counter()
    for i in range(TRIPS):
        ping.put(i)
        assert pong.get() == i
    t1 = time.perf_counter()
ping.put(-1)
pong.get()
th.join()
print("interpreter creation %.3f ms (mean of %d); queue round trip %.1f us (mean of %d)"
      % (create_ms, N, (t1 - t0) / TRIPS * 1e6, TRIPS))
