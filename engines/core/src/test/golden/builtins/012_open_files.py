import os
path = "/tmp/enginehost_golden_builtins_012_open_files.txt"
with open(path, "w") as f:
    n = f.write("first line\nsecond line\n")
    f.write("third ")
    f.write("line\n")
    print("wrote", n, f.closed, f.mode, f.name == path)
print(f.closed)
with open(path) as f:
    print(repr(f.read()))
with open(path) as f:
    print(f.readline(), end="")
    print(f.readlines())
with open(path) as f:
    for i, line in enumerate(f):
        print(i, line.rstrip())
with open(path, "a") as f:
    print("appended", file=f)
with open(path, "r") as f:
    print(f.read().splitlines())
with open(path, "rb") as f:
    data = f.read()
    print(type(data).__name__, len(data), data[:10])
with open(path, "wb") as f:
    f.write(b"\x00\x01binary\xff")
with open(path, "rb") as f:
    print(f.read())
    f.seek(2)
    print(f.read(3), f.tell())
with open(path, "w", encoding="utf-8") as f:
    f.write("héllo €\n")
with open(path, encoding="utf-8") as f:
    print(f.read(), end="")
with open(path, "rb") as f:
    print(f.read())
os.remove(path)
print(os.path.exists(path))
try:
    open(path)
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    open(path, "z")
except ValueError as e:
    print(type(e).__name__, e)
f = open(path, "w")
f.write("x")
f.close()
try:
    f.write("y")
except ValueError as e:
    print(type(e).__name__, e)
os.remove(path)
