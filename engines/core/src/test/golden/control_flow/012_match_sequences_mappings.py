def seq(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [x, y]:
            return f"two: {x}, {y}"
        case [0, *rest]:
            return f"starts with 0, rest={rest}"
        case [first, *_, last]:
            return f"first={first} last={last}"
        case _:
            return "not a sequence"
for v in [[], [1], (1, 2), [0, 1, 2, 3], [5, 6, 7, 8], "abc", {"a": 1}, range(3), 42]:
    print(repr(v), "->", seq(v))
def mapping(v):
    match v:
        case {"type": "point", "x": x, "y": y}:
            return f"point({x}, {y})"
        case {"type": "circle", "r": r, **others}:
            return f"circle r={r} others={others}"
        case {"type": t}:
            return f"unknown type {t}"
        case {}:
            return "some mapping"
        case _:
            return "not mapping"
for v in [{"type": "point", "x": 1, "y": 2, "z": 3}, {"type": "circle", "r": 5, "color": "red"}, {"type": "blob"}, {"x": 1}, {}, [1]]:
    print(v, "->", mapping(v))
def nested(cmd):
    match cmd.split():
        case ["go", ("north" | "south") as d]:
            return "going " + d
        case ["take", item, *more] if more:
            return f"take {item} and {more}"
        case ["take", item]:
            return "take " + item
        case ["quit" | "exit"]:
            return "bye"
        case [("a" | "b"), [x, y]]:
            return "unreachable"
        case _:
            return "unknown: " + cmd
for c in ["go north", "go west", "take lamp", "take lamp key", "quit", "exit", "dance"]:
    print(c, "->", nested(c))
match (1, (2, 3)):
    case (a, (b, c)):
        print("nested tuple", a, b, c)
