# Loops long enough that an engine may move the running frame to another execution tier in
# the middle (on-stack replacement): the loop's state, the iterators and handlers on the
# stack, pending finally blocks and the traceback must all come through unchanged.
import sys


def nested_with_finally(n):
    log = []
    total = 0
    try:
        for i in range(n):
            for j in range(3):
                total += i * j
            if i == n - 1:
                raise ValueError("last %d" % i)
    except ValueError as e:
        log.append(str(e))
    finally:
        log.append("finally")
    return total, log


print(nested_with_finally(60000))


class Resource:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, *exc):
        print("exit", exc[0].__name__ if exc[0] else None)
        return True


def inside_with(n):
    with Resource():
        k = 0
        while True:
            k += 1
            if k > n:
                {}["missing key %d" % k]
    return k


print(inside_with(80000))


def counting_generator(n):
    acc = 0
    for i in range(n):
        acc += i % 7
        if i % 20000 == 0:
            yield acc
    return acc


print(list(counting_generator(100000)))


def deep_traceback(n):
    x = 0
    for i in range(n):
        x += i
    return 1 // (x - x)


def caller():
    return deep_traceback(70000)


try:
    caller()
except ZeroDivisionError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append(tb.tb_lineno)
        tb = tb.tb_next
    print("ZeroDivisionError", names)

# module-level loop with locals visible through globals()
acc = 0
for step in range(90000):
    acc += step & 3
print(acc, globals()["step"])

d = {}
for i in range(50000):
    d[i % 100] = d.get(i % 100, 0) + 1
print(len(d), d[7])
sys.stdout.flush()
deep_traceback(50000)
