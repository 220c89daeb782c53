print(int(), float(), complex(), str(), bytes(), bytearray(), list(), tuple(), dict(), set(), frozenset(), bool(), object().__class__.__name__)
print(int("7"), int(7.9), float("2.5"), complex(1, 2), str(12), bytes(2), list("ab"), tuple([1]), dict(a=1), set("aa"), frozenset([1]), bool("x"))
print(slice(3), slice(1, 5, 2), range(3), type(NotImplemented).__name__, type(Ellipsis).__name__)
cases = [
    lambda: int("x"),
    lambda: int([]),
    lambda: float("nope"),
    lambda: complex("1+2"),
    lambda: complex("1", 2),
    lambda: str(b"x", "nope-enc"),
    lambda: bytes(-1),
    lambda: bytes("abc"),
    lambda: bytearray(1.5),
    lambda: list(5),
    lambda: tuple(None),
    lambda: dict(5),
    lambda: dict([(1,)]),
    lambda: set(1),
    lambda: frozenset(3.5),
    lambda: bool(1, 2),
    lambda: object(1),
    lambda: range(),
    lambda: range("a"),
    lambda: slice(),
    lambda: memoryview("text"),
    lambda: type(),
    lambda: int(base=2),
    lambda: str(1, 2),
]
for c in cases:
    try:
        c()
        print("no error")
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(bool([]), bool(0.0), bool("False"), bool(None), str(None), int(True), float(False))
print(bytes([104, 105]), bytes("hi", "ascii"), bytearray(b"ab"), str(b"hi", "ascii"), memoryview(b"ab").tolist())
