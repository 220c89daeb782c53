a = b = c = [1]
print(a is b is c)
a = a + [2]
print(a, b, c)
x, y = 1, 2
x, y = y, x
print(x, y)
(p, q), r = (1, 2), 3
print(p, q, r)
[s, t] = "ab"
print(s, t)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
h, *mid, tl = range(5)
print(h, mid, tl)
h, *mid, tl = [1, 2]
print(h, mid, tl)
a, (b, *c), d = 1, (2, 3, 4), 5
print(a, b, c, d)
for f in [lambda: exec("a, b = 1, 2, 3"), lambda: exec("a, b, c = [1, 2]"), lambda: exec("a, b = 1"), lambda: exec("a, *b, c = [1]")]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
i = 0
lst = [10, 20, 30]
i, lst[i] = 1, 99
print(i, lst)
d = {}
d["a"] = d["b"] = 0
print(d)
x = y = z = 0
x += 1
print(x, y, z)
k, = [42]
print(k)
(m) = 7
print(m)
[n] = [8]
print(n)
