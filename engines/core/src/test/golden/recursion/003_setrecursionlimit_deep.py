import sys
sys.setrecursionlimit(10000)
print(sys.getrecursionlimit())
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(5000))
def build(n):
    return None if n == 0 else (n, build(n - 1))
def length(chain):
    return 0 if chain is None else 1 + length(chain[1])
print(length(build(4000)))
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(3000).bit_length(), fact(3000) % 1000003)
try:
    depth(20000)
except RecursionError as e:
    print(type(e).__name__, e)
print("after error", depth(100))
for bad in [0, -5]:
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    sys.setrecursionlimit("x")
except TypeError as e:
    print(type(e).__name__, e)
