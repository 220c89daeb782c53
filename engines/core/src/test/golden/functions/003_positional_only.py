def pos(a, b, /, c, *, d):
    return (a, b, c, d)
print(pos(1, 2, 3, d=4), pos(1, 2, c=3, d=4))
for call in [lambda: pos(1, b=2, c=3, d=4), lambda: pos(1, 2, 3, 4), lambda: pos(1, 2, 3)]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
def kw_collision(name, /, **kwargs):
    return name, kwargs
print(kw_collision("pos", name="kw"))
def defaults(a, b=2, /, c=3):
    return a, b, c
print(defaults(1), defaults(1, 5), defaults(1, c=9))
print(len.__name__)
try:
    len(obj=[1])
except TypeError as e:
    print(type(e).__name__, e)
