class P:
    def __repr__(self):
        return "P<repr>"
    def __str__(self):
        return "P<str>"
    def __format__(self, spec):
        return "P<format:" + spec + ">"
p = P()
print(f"{p}")
print(f"{p!s}")
print(f"{p!r}")
print(f"{p!a}")
print(f"{p:xyz}")
print(f"{p!r:>10}")
s = "café ü"
print(f"{s!r} {s!a} {s!s}")
print(f"{'a'!r}")
print(f"{42!r} {4.0!a}")
print(f"{[s]!a}")
