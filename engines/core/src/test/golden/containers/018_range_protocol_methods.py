# range's operations are also methods of the type, as in CPython (what hasattr and abc checks see).
r = range(1, 10, 2)
print(r.start, r.stop, r.step, len(r), 3 in r, r[2], list(reversed(r)))
print(r.__len__(), r.__contains__(3), r.__getitem__(1), list(r.__iter__()), list(r.__reversed__()), r.__bool__())
print(sorted(n for n in ("__iter__", "__len__", "__contains__", "__getitem__", "__reversed__", "__bool__", "__eq__", "__hash__") if hasattr(range, n)))
print(range.__len__(range(4)), range.__iter__)
for f in [lambda: range(3).__len__(1), lambda: range(3).__getitem__(), lambda: range(3).__reversed__(1)]:
    try:
        f()
    except TypeError as e:
        print(e)
