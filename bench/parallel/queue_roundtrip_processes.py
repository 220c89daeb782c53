# Reference point for interp_costs.py's queue round trip on CPython: the same ping-pong between
# the main process and one worker process through two multiprocessing queues.
# Usage: python3 queue_roundtrip_processes.py [ROUND_TRIPS]
import sys
import time
from multiprocessing import Process, Queue


def echo(ping, pong):
    while True:
        v = ping.get()
        pong.put(v)
        if v < 0:
            break


if __name__ == "__main__":
    TRIPS = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
    ping, pong = Queue(), Queue()
    worker = Process(target=echo, args=(ping, pong))
    worker.start()
    for rnd in range(3):
        t0 = time.perf_counter()
        for i in range(TRIPS):
            ping.put(i)
            assert pong.get() == i
        t1 = time.perf_counter()
    ping.put(-1)
    pong.get()
    worker.join()
    print("multiprocessing queue round trip %.1f us (mean of %d)" % ((t1 - t0) / TRIPS * 1e6, TRIPS))
