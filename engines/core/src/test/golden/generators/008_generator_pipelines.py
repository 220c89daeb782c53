lines = ["# comment", "alice,30,nyc", "", "bob,25,sf", "carol,35,nyc", "# end", "dave,40,la"]
def non_comments(src):
    for line in src:
        if line and not line.startswith("#"):
            yield line
def parse(src):
    for line in src:
        name, age, city = line.split(",")
        yield {"name": name, "age": int(age), "city": city}
def where(src, **cond):
    for rec in src:
        if all(rec[k] == v for k, v in cond.items()):
            yield rec
pipeline = where(parse(non_comments(lines)), city="nyc")
for rec in pipeline:
    print(rec)
ages = (r["age"] for r in parse(non_comments(lines)))
print(sum(ages))
def batched(iterable, n):
    batch = []
    for x in iterable:
        batch.append(x)
        if len(batch) == n:
            yield batch
            batch = []
    if batch:
        yield batch
print(list(batched(range(7), 3)))
def trace(name, it):
    for x in it:
        print(f"{name} -> {x}")
        yield x
list(trace("b", trace("a", range(2))))
def window(seq, n):
    it = iter(seq)
    win = [next(it) for _ in range(n)]
    yield tuple(win)
    for x in it:
        win = win[1:] + [x]
        yield tuple(win)
print(list(window("abcde", 3)))
