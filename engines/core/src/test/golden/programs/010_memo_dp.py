# Memoised dynamic programming: edit distance, LCS, knapsack, coin change, partitions.
from functools import lru_cache
import sys
def memo(fn):
    cache = {}
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper
def edit_distance(a, b):
    @memo
    def d(i, j):
        if i == 0:
            return j
        if j == 0:
            return i
        if a[i - 1] == b[j - 1]:
            return d(i - 1, j - 1)
        return 1 + min(d(i - 1, j), d(i, j - 1), d(i - 1, j - 1))
    return d(len(a), len(b)), len(d.cache)
for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("intention", "execution"), ("same", "same")]:
    print(f"edit({a!r}, {b!r}) = {edit_distance(a, b)}")
def lcs(a, b):
    @lru_cache(maxsize=None)
    def go(i, j):
        if i == len(a) or j == len(b):
            return ""
        if a[i] == b[j]:
            return a[i] + go(i + 1, j + 1)
        x, y = go(i + 1, j), go(i, j + 1)
        return x if len(x) >= len(y) else y
    return go(0, 0)
print("lcs:", lcs("AGGTAB", "GXTXAYB"), lcs("ABCBDAB", "BDCABA"))
def knapsack(items, cap):
    @lru_cache(maxsize=None)
    def best(i, c):
        if i == len(items):
            return 0, ()
        skip = best(i + 1, c)
        name, w, v = items[i]
        if w <= c:
            val, chosen = best(i + 1, c - w)
            if val + v > skip[0]:
                return val + v, (name,) + chosen
        return skip
    return best(0, cap)
items = (("map", 9, 150), ("compass", 13, 35), ("water", 153, 200), ("sandwich", 50, 160), ("glucose", 15, 60),
         ("tin", 68, 45), ("banana", 27, 60), ("apple", 39, 40), ("cheese", 23, 30), ("beer", 52, 10))
print("knapsack:", knapsack(items, 200))
def coin_change(coins, amount):
    table = [0] + [None] * amount
    for a in range(1, amount + 1):
        options = [table[a - c] for c in coins if c <= a and table[a - c] is not None]
        table[a] = min(options) + 1 if options else None
    return table[amount]
print("coins:", [coin_change([1, 5, 10, 25], n) for n in (0, 7, 30, 63, 99)], coin_change([4, 7], 5), coin_change([4, 7], 15))
@lru_cache(maxsize=None)
def partitions(n, k=None):
    k = n if k is None else k
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)
print("partitions:", [partitions(n) for n in range(1, 16)], partitions(100))
@lru_cache(maxsize=None)
def grid_paths(r, c):
    return 1 if r == 0 or c == 0 else grid_paths(r - 1, c) + grid_paths(r, c - 1)
print("grid paths 16x16:", grid_paths(16, 16), grid_paths.cache_info().currsize)
