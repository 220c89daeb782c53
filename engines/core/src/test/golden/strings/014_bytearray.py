ba = bytearray(b"hello")
print(ba, len(ba), ba[0], ba[1:3])
ba[0] = 72
print(ba)
ba.append(33)
ba.extend(b" ok")
print(ba)
ba[1:3] = b"EE"
print(ba)
del ba[0]
print(ba, ba.pop(), ba.pop(0), ba)
ba.insert(0, 65)
ba.remove(ord("E"))
print(ba, ba.find(b"l"), ba.count(b"l"), ba.upper(), bytes(ba))
ba.reverse()
print(ba)
ba2 = bytearray(3)
print(ba2, bytearray([1, 2, 3]), bytearray("abc", "ascii"), bytearray(b"x") * 3)
ba += b"++"
print(ba, ba == b" okolleEA++" , type(ba + b"x").__name__)
for f in [lambda: ba.__setitem__(0, 300), lambda: ba.remove(200), lambda: bytearray().pop(), lambda: ba.__setitem__(0, "a")]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
ba.clear()
print(ba, bytearray(b"abc").hex(), bytearray.fromhex("ff00"), ba.copy())
