# Floor division and modulo of big ints in every sign combination, against CPython.
import random
random.seed(5)
out = []
vals = [0, 1, -1, 7, -7, 2**64+3, -(2**64+3), 3**80, -(3**80), 10**30+1, -(10**30+1), 2**63, -(2**63)]
for _ in range(200):
    vals.append(random.randrange(-10**40, 10**40))
for a in vals:
    for b in vals[:40]:
        if b == 0:
            continue
        out.append((a // b, a % b, divmod(a, b)))

print(sum((i+1) * (q % 1000003 + r % 1000007) for i, (q, r, d) in enumerate(out)) % 1000000007, len(out), out[-1])
x = 10**500
t = 0
for k in range(1, 300):
    x //= k
    t += x % 1000003
print(t)
