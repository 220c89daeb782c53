data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
print(n)
values = [y for x in data if (y := x * 2) > 6]
print(values, y)
import io
stream = io.StringIO("line1\nline2\n\nline3\n")
while (line := stream.readline().rstrip("\n")):
    print("read", line)
print([(w := w + 1) for _ in range(3)] if (w := 0) == 0 else None, w)
print((z := 5) + z)
def f(x):
    return "pos" if x > 0 else "zero" if x == 0 else "neg"
print(f(1), f(0), f(-1))
a = 1 if True else 1 / 0
b = 1 / 0 if False else 2
print(a, b)
print([x if x % 2 else -x for x in range(5)])
print((lambda v: "even" if v % 2 == 0 else "odd")(7))
total = 0
print([total := total + i for i in range(5)], total)
