cases = [
    lambda: [1, 2, 3][10],
    lambda: (1,)[-5],
    lambda: {"a": 1}["b"],
    lambda: {(1, 2): 0}[(3, 4)],
    lambda: {1: 0}[2],
    lambda: "abc".nope,
    lambda: None.attr,
    lambda: int.nope,
    lambda: undefined_thing,
    lambda: 1 + None,
    lambda: "a" - "b",
    lambda: [1] * "2",
    lambda: len(None),
    lambda: (lambda v: v())(None),
    lambda: (lambda v: v[0])(5),
    lambda: {}[[]],
    lambda: int("12a"),
    lambda: [].remove(1),
    lambda: next(iter([])),
    lambda: import_module_missing(),
    lambda: __import__("no_such_module_xyz"),
    lambda: float("x1"),
    lambda: chr(-1),
    lambda: "x".join([1]),
    lambda: sorted([1, None]),
    lambda: {}.fromkeys(1),
    lambda: object().__dict__,
    lambda: (lambda: 0).__name__.foo,
    lambda: open("/nonexistent_dir_xyz/file.txt"),
]
for c in cases:
    try:
        c()
    except Exception as e:
        print(type(e).__name__ + ":", e)
try:
    {}["missing key"]
except KeyError as e:
    print(repr(str(e)), repr(e.args[0]))
