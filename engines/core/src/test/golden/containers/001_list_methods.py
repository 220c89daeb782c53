a = [3, 1, 2]
a.append(4); print(a)
a.extend([5, 6]); print(a)
a.extend("ab"); print(a)
a.insert(0, "first"); a.insert(100, "last"); a.insert(-1, "penult"); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove("a"); print(a)
print(a.index(2), a.count(2), a.index(5, 2), [1, 2, 1].count(1))
b = a.copy(); b.clear(); print(a, b)
c = [1, 2, 3]; c.reverse(); print(c)
for f in [lambda: [].pop(), lambda: [1].pop(5), lambda: [1].remove(2), lambda: [1].index(2), lambda: [1, 2].index(1, 1)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
print([1, 2] + [3], [0] * 3, [[0]] * 2, 3 * [1, 2], [] * 5)
x = [1, 2]; y = x; x += [3]; print(y, x is y)
x = x + [4]; print(y, x is y)
x *= 2; print(x)
try:
    [1] + (2,)
except TypeError as e:
    print(type(e).__name__, e)
print(list(), list("abc"), list(range(3)), list((1, 2)), list({"k": 1}))
print(len([1, [2, 3]]), 2 in [1, 2], [1, 2] in [[1, 2]], [1, 2, 3][-1])
