print(abs(-7), abs(7.5), abs(-0.0), abs(-3 + 4j), abs(False))
print(all([]), all([1, 2]), all([1, 0]), any([]), any([0, ""]), any([0, "x"]), all("abc"), any(x > 3 for x in range(5)))
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), divmod(-7, -2))
print(pow(2, 8), pow(2, 8, 10), pow(2.5, 2), pow(4, 0.5), pow(-1, 0.5).imag)
print(round(3.14159, 2), round(2.5), round(3.5), round(-2.5), round(7, -1), round(1.25, 1), round(1.35, 1))
class R:
    def __round__(self, n=None):
        return f"rounded with {n}"
    def __abs__(self):
        return "absolute"
print(round(R()), round(R(), 3), abs(R()))
def gen():
    for x in [1, 0, 1]:
        print("checking", x)
        yield x
print(all(gen()))
print(any(gen()))
