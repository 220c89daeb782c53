# Cooperative priority scheduler driving generator-based tasks.
import heapq
from itertools import count
class Scheduler:
    def __init__(self):
        self.ready = []
        self.seq = count()
        self.clock = 0
        self.log = []
        self.results = {}
    def spawn(self, name, gen, priority=5):
        heapq.heappush(self.ready, (self.clock, priority, next(self.seq), name, gen, None))
    def run(self):
        while self.ready:
            wake, prio, _, name, gen, value = heapq.heappop(self.ready)
            self.clock = max(self.clock, wake)
            try:
                request = gen.send(value)
            except StopIteration as stop:
                self.results[name] = stop.value
                self.log.append(f"t={self.clock:>2} {name} finished -> {stop.value!r}")
                continue
            except Exception as e:
                self.log.append(f"t={self.clock:>2} {name} crashed: {type(e).__name__}: {e}")
                continue
            kind, arg = request
            if kind == "sleep":
                self.log.append(f"t={self.clock:>2} {name} sleeps {arg}")
                heapq.heappush(self.ready, (self.clock + arg, prio, next(self.seq), name, gen, None))
            elif kind == "spawn":
                child_name, child_gen = arg
                self.log.append(f"t={self.clock:>2} {name} spawns {child_name}")
                self.spawn(child_name, child_gen, prio - 1)
                heapq.heappush(self.ready, (self.clock, prio, next(self.seq), name, gen, child_name))
            elif kind == "yield":
                heapq.heappush(self.ready, (self.clock, prio, next(self.seq), name, gen, self.clock))
def worker(label, steps, delay):
    total = 0
    for i in range(steps):
        yield ("sleep", delay)
        total += i
    return f"{label}:{total}"
def parent():
    child = yield ("spawn", ("child", worker("c", 2, 1)))
    now = yield ("yield", None)
    yield ("sleep", 3)
    return f"spawned {child} at t={now}"
def crasher():
    yield ("sleep", 2)
    raise RuntimeError("task failed")
s = Scheduler()
s.spawn("fast", worker("fast", 3, 1), priority=1)
s.spawn("slow", worker("slow", 2, 4), priority=9)
s.spawn("parent", parent(), priority=3)
s.spawn("crasher", crasher())
s.run()
for line in s.log:
    print(line)
print(sorted(s.results.items()))
print("final clock", s.clock)
