def f(a, b=2, *args, c, d=4, **kw):
    """doc"""
    return a + b * c - d // 2 ** 3 % 5

async def g(x, /, y):
    await x
    async for i in y:
        yield i

lambda *a, **k: (a, k)
