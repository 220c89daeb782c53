xs = [x * y for x in range(3) if x for y in range(x)]
ds = {k: v for k, v in items.items()}
ss = {x async for x in aiter()}
gs = (x for x in xs)
nested = [[y for y in row] for row in grid]
