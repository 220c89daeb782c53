class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
class Circle:
    __match_args__ = ("center", "radius")
    def __init__(self, center, radius):
        self.center = center
        self.radius = radius
def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x=0, y=yy) | Point(x=yy, y=0):
            return f"axis {yy}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point(x=px):
            return f"somewhere x={px}"
        case Circle(Point(0, 0), r):
            return f"circle at origin r={r}"
        case Circle(center=c, radius=r) if r > 10:
            return f"big circle at {c}"
        case Circle():
            return "some circle"
        case int() | float():
            return "number"
        case str(s):
            return "string " + s
        case [Point(), *others]:
            return f"list of points, {len(others)} more"
        case _:
            return "unknown"
for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 7), Circle(Point(0, 0), 3),
          Circle(Point(1, 1), 20), Circle(Point(1, 1), 2), 7, 2.5, "txt", [Point(1, 2), Point(3, 4)], None]:
    print(p if not isinstance(p, Circle) else "Circle", "->", where(p))
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print(type(e).__name__, e)
match {"k": [1, 2]}:
    case {"k": [_, second]} as whole:
        print("second", second, whole)
