import sys
print(sys.getrecursionlimit())
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
for n in [10, 100, 500, 900]:
    print(n, depth(n))
def sum_list(lst):
    return 0 if not lst else lst[0] + sum_list(lst[1:])
print(sum_list(list(range(800))))
def count_nodes(tree):
    return 1 + sum(count_nodes(c) for c in tree)
t = []
cur = t
for _ in range(300):
    nxt = []
    cur.append(nxt)
    cur = nxt
print(count_nodes(t))
def mutual_a(n):
    return "a-done" if n == 0 else mutual_b(n - 1)
def mutual_b(n):
    return "b-done" if n == 0 else mutual_a(n - 1)
print(mutual_a(901), mutual_a(900))
