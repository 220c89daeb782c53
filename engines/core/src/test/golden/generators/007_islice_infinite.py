import itertools
def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1
print(list(itertools.islice(naturals(), 5)))
print(list(itertools.islice(naturals(), 2, 12, 3)))
print(list(itertools.islice(naturals(100), 3)))
def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
print(list(itertools.islice(primes(), 15)))
squares = (n * n for n in naturals())
print(list(itertools.takewhile(lambda x: x < 50, squares)))
print(next(squares))
evens = filter(lambda n: n % 2 == 0, naturals())
print(list(itertools.islice(evens, 4)))
cyc = itertools.cycle("abc")
print([next(cyc) for _ in range(7)])
cnt = itertools.count(10, 5)
print(next(cnt), next(cnt), next(cnt))
print(list(zip(naturals(), "xyz")))
def collatz(n):
    while True:
        yield n
        if n == 1:
            return
        n = n // 2 if n % 2 == 0 else 3 * n + 1
print(list(collatz(6)))
