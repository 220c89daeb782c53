import sys
sys.setrecursionlimit(50000)
def d(n):
    return 0 if n == 0 else d(n - 1) + 1
print(d(40000))
