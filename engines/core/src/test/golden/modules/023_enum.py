from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, Color(2), Color["BLUE"], Color.CRIMSON is Color.RED)
print(list(Color), len(Color), Color.RED in Color, [c.name for c in Color], list(Color.__members__))
print(Color.RED == 1, Color.RED == Color.RED, isinstance(Color.RED, Color), type(Color.RED).__name__)
try:
    Color(7)
except ValueError as e:
    print(type(e).__name__, e)
try:
    Color["PINK"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    Color.RED.value = 5
except AttributeError as e:
    print(type(e).__name__, e)
class Shape(Enum):
    CIRCLE = auto()
    SQUARE = auto()
    def describe(self):
        return f"{self.name.lower()}#{self.value}"
print(Shape.CIRCLE.value, Shape.SQUARE.value, Shape.SQUARE.describe(), {Shape.CIRCLE: "c"})
class Priority(IntEnum):
    LOW = 1
    HIGH = 3
print(Priority.LOW < Priority.HIGH, Priority.HIGH + 1, Priority.LOW == 1, sorted([Priority.HIGH, Priority.LOW]), int(Priority.HIGH), str(Priority.HIGH), f"{Priority.LOW}")
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, rw & Perm.W, Perm.R.value, Perm.X.value, bool(Perm.R & Perm.X), list(rw))
class Bits(IntFlag):
    A = 1
    B = 2
print(Bits.A | Bits.B, int(Bits.A | Bits.B), Bits.A | 4)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(type(e).__name__, e)
class Status(str, Enum):
    OK = "ok"
    ERR = "err"
print(Status.OK == "ok", Status("err"), Status.OK.upper())
match Color.GREEN:
    case Color.RED:
        print("red")
    case Color.GREEN:
        print("matched GREEN")
