# "Did you mean" in NameError and AttributeError tracebacks (CPython 3.11): the closest name in
# scope by a case-aware edit distance, within a third of the names' length, from at most 750.
import io
import random
import sys

random.seed(20261123)
LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


def last_line(exc):
    # The interpreter's own report of an uncaught exception, where 3.11 offers the suggestion.
    report = io.StringIO()
    saved = sys.stderr
    sys.stderr = report
    try:
        sys.__excepthook__(type(exc), exc, exc.__traceback__)
    finally:
        sys.stderr = saved
    return report.getvalue().rstrip("\n").splitlines()[-1]


def word(low, high):
    return "".join(random.choice(LETTERS) for _ in range(random.randint(low, high)))


def mutate(name):
    kind = random.randrange(6)
    i = random.randrange(len(name))
    if kind == 0 and len(name) > 1:
        return name[:i] + name[i + 1:]
    if kind == 1:
        return name[:i] + random.choice(LETTERS) + name[i:]
    if kind == 2:
        return name[:i] + random.choice(LETTERS) + name[i + 1:]
    if kind == 3 and len(name) > 1 and i + 1 < len(name):
        return name[:i] + name[i + 1] + name[i] + name[i + 2:]
    if kind == 4:
        return name[:i] + name[i].swapcase() + name[i + 1:]
    return word(1, 14)


class Box:
    pass


shown = 0
for trial in range(400):
    names = sorted({word(2, 14) for _ in range(random.randint(1, 10))})
    target = mutate(random.choice(names))
    if target in names or not target.isidentifier():
        continue
    box = Box()
    for n in names:
        setattr(box, n, trial)
    try:
        getattr(box, target)
    except AttributeError as e:
        print("attr", last_line(e))
        shown += 1
    namespace = {n: trial for n in names}
    try:
        exec(target, namespace)
    except NameError as e:
        print("name", last_line(e))
print(shown)


def local_names():
    total_count = 1
    try:
        return totl_count
    except NameError as e:
        return last_line(e)


print(local_names())
print(last_line(NameError("no name recorded")))
try:
    print(lenn([1]))
except NameError as e:
    print(last_line(e))
try:
    "text".uper()
except AttributeError as e:
    print(last_line(e))
try:
    [].apend(1)
except AttributeError as e:
    print(last_line(e))

long_box = Box()
long_box.a_rather_long_attribute_name_beyond_forty_characters_x = 1
try:
    long_box.a_rather_long_attribute_name_beyond_forty_characters_y
except AttributeError as e:
    print(last_line(e))
many = Box()
for i in range(800):
    setattr(many, "name%03d" % i, i)
try:
    many.name0001
except AttributeError as e:
    print(last_line(e))
