import array
a = array.array("i", [1, 2, 3])
a.append(4); a.extend([5, 6])
print(a, a[1], a[-1], len(a), a.tolist(), a.typecode, a.itemsize, sum(a))
print(array.array("d", [1.5, 2.5]), array.array("u", "hi"), array.array("f", [0.1]), array.array("d"))
try:
    a.append(1.5)
except TypeError as e:
    print(type(e).__name__, e)
for tc, v in [("b", 200), ("B", -1), ("h", 70000), ("H", -1), ("i", 2**31), ("I", -1), ("I", 2**32), ("L", -1), ("q", 2**63), ("Q", -1), ("l", 2**64)]:
    try:
        array.array(tc, [v])
    except OverflowError as e:
        print(tc, type(e).__name__, e)
try: array.array('z')
except ValueError as e: print(e)
try: array.array('i','ab')
except TypeError as e: print(e)
a=array.array('i',[1,2]); print(a[::-1], a*2, a+a, a==array.array('d',[1,2]), 2 in a, a < array.array('i', [1, 3]))
try: a.extend(array.array('d'))
except TypeError as e: print(e)
try: array.array('i').pop()
except IndexError as e: print(e)
try: array.array('i').remove(3)
except ValueError as e: print(e)
try: array.array('i').index(3)
except ValueError as e: print(e)
print(array.array('Q',[2**64-1]))
a=array.array('i',[1,2,3]); a[1:2]=array.array('i',[7,8]); print(a)
try: a[0]='x'
except TypeError as e: print(e)
try: a[1:2]=[1]
except TypeError as e: print(e)
a.insert(0, 9); a.insert(-1, 10); a.remove(7); print(a, a.pop(), a.pop(0), a.index(8), a.count(8)); a.reverse(); print(a, list(a)); del a[0]; print(a)
