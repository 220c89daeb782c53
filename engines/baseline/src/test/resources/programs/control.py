for n in [0, 5, -3, 100]:
    if n < 0:
        print(n, "negative")
    elif n == 0:
        print(n, "zero")
    elif n < 10:
        print(n, "small")
    else:
        print(n, "large")
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    if i == 4:
        break
    print("while", i)
else:
    print("no else after break")
j = 0
while j < 3:
    j += 1
else:
    print("while-else ran", j)
for k in range(10):
    if k % 2:
        continue
    if k > 6:
        break
    print("for", k)
else:
    print("not printed")
for k in range(3):
    pass
else:
    print("for-else ran", k)
for a in range(2, 11, 3):
    print(a, end=" ")
print()
for a in range(5, 0, -2):
    print(a, end=" ")
print()
for x in (1, "two", 3.0):
    print(x)
total = 0
for a in range(4):
    for b in range(4):
        if b > a:
            break
        total += a * b
print(total)
if []:
    print("empty list true")
elif {}:
    print("empty dict true")
elif "":
    print("empty str true")
else:
    print("all empty are false")
print(1 if total > 5 else 0, "yes" if None else "no")
