# Explicit (backslash) and implicit (brackets) line joining
total = 1 + \
        2 + \
        3
print(total)
items = [
    1,
    2,   # comment inside brackets
    3,
]
print(items)
d = {
    'a': 1,
        'b': 2,
  'c': 3}
print(d)
result = (10
          * 2
    - 5)
print(result)
def f(a,
      b,
          c=3):
    return a + b + c
print(f(1,
  2))
if 1 and \
   2:
    print("joined condition")
s = ("abc"
     "def")
print(s)
x = [i
     for i in range(5)
     if i % 2 == 0]
print(x)
print(len("""a
b"""))
t = 1,\
    2
print(t)
