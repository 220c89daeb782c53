import random
random.seed(12345)
print([random.random() for _ in range(5)])
print([random.randrange(100) for _ in range(5)], random.randrange(10, 20, 3), random.randint(1, 6))
print([random.randint(1, 1000) for _ in range(5)])
items = list("abcdefghij")
print(random.choice(items), random.choice(range(1000)))
random.shuffle(items)
print(items)
print(random.sample(range(100), 5), random.sample("xyz", 3))
print(random.uniform(1, 10), random.gauss(0, 1), random.gauss(100, 15))
print(random.getrandbits(64), random.getrandbits(1), random.choices("abc", k=5), random.choices([1, 2, 3], weights=[10, 1, 1], k=4))
print(random.triangular(0, 10, 5), random.betavariate(2, 3), random.expovariate(1.5), random.normalvariate(0, 2))
random.seed("string seed")
print(random.random(), random.randint(0, 10 ** 12))
random.seed(0)
a = [random.random() for _ in range(3)]
random.seed(0)
b = [random.random() for _ in range(3)]
print(a == b, a)
r = random.Random(42)
print(r.random(), r.randint(1, 100), r.choice("hello"))
state = r.getstate()
x1 = r.random()
r.setstate(state)
print(x1 == r.random())
try:
    random.choice([])
except IndexError as e:
    print(type(e).__name__, e)
try:
    random.sample([1, 2], 5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    random.randrange(5, 5)
except ValueError as e:
    print(type(e).__name__, e)
