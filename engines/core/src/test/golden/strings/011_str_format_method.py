print("{} {} {}".format(1, "a", 2.5))
print("{0} {1} {0}".format("x", "y"))
print("{name} is {age}".format(name="Bo", age=5))
print("{0[0]} {0[1]} {1[key]} {2.real}".format([10, 20], {"key": "v"}, 3 + 4j))
print("{:>8}|{:<8}|{:^8}|{:*^8}".format("r", "l", "c", "c"))
print("{!r} {!s} {!a}".format("é", "é", "é"))
print("{{}} {{{}}}".format(7))
print("{:{}}|{:.{}f}".format("w", 5, 3.14159, 2))
print("{0:{1}{2}{3}}".format("pad", "#", ">", 9))
d = {"a": 1, "b": 2}
print("{a}-{b}".format_map(d), "{a}".format(**d))
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{x} and {y}".format_map(Default(x=1)))
for fmt, args, kwargs in [("{}", (), {}), ("{0} {}", (1, 2), {}), ("{x}", (), {}), ("{:d}", ("s",), {}), ("{0.nope}", (1,), {}), ("{", (), {}), ("}", (), {})]:
    try:
        print(fmt.format(*args, **kwargs))
    except Exception as e:
        print(type(e).__name__, e)
