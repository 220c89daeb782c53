def describe(v):
    match v:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case "hello":
            return "greeting"
        case True:
            return "true"
        case None:
            return "none"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case str() as s if len(s) > 5:
            return "long string " + s
        case int(n) if n > 100:
            return f"big int {n}"
        case other:
            return f"other {other!r}"
for v in [0, 2, "hello", True, None, -1, 2.5, "abcdefg", 500, 50, "hi", 1.0, False]:
    print(repr(v), "->", describe(v))
def wildcard(x):
    match x:
        case "a":
            print("matched a")
        case _:
            print("wildcard", x)
wildcard("a")
wildcard("zz")
match 42:
    case 1:
        print("no")
print("no case matched -> fine")
import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
def color_name(c):
    match c:
        case Color.RED:
            return "red!"
        case Color.GREEN:
            return "green!"
print(color_name(Color.RED), color_name(Color.GREEN), color_name(3))
