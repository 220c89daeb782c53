for i in range(3):
    print("i", i)
else:
    print("for else runs")
for x in [1, 3, 5, 6, 7]:
    if x % 2 == 0:
        print("found even", x)
        break
else:
    print("no even")
for x in []:
    print("never")
else:
    print("empty for else")
def is_prime(n):
    if n < 2:
        return False
    for d in range(2, int(n ** 0.5) + 1):
        if n % d == 0:
            break
    else:
        return True
    return False
print([n for n in range(30) if is_prime(n)])
for i, c in enumerate("abc"):
    print(i, c)
for k, v in {"a": 1, "b": 2}.items():
    print(k, v)
for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    print(a + b + c)
for i in range(3):
    pass
print("leaked loop var", i)
for ch in "hi":
    for ch2 in "xy":
        print(ch + ch2, end=" ")
print()
data = [1, 2, 3]
for item in data:
    if item == 1:
        data.append(4)
print(data)
