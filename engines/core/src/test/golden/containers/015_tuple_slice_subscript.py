# Subscripts whose index is a tuple holding slices (as matrix libraries use them).
class Grid:
    def __init__(self, rows):
        self.rows = rows

    def __getitem__(self, key):
        if isinstance(key, tuple):
            r, c = key
            rows = self.rows[r] if isinstance(r, slice) else [self.rows[r]]
            return [row[c] for row in rows]
        return self.rows[key]

    def __setitem__(self, key, value):
        print("set", key, value)


class Echo:
    def __getitem__(self, key):
        return key


e = Echo()
print(e[:, 1])
print(e[1:2, ::3])
print(e[1, 2:])
print(e[::-1, :, 0])
print(e[1:2])
print(e[1, 2])

g = Grid([[1, 2, 3], [4, 5, 6], [7, 8, 9]])
print(g[:, 1])
print(g[1, :])
print(g[0:2, 1:])
print(g[::2, ::2])
g[0, 1:] = 0
