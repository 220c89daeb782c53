# pprint: CPython's layout for nested containers, long strings, widths, depth and compact mode.
import collections
import pprint

data = {"name": "Enginehost", "engines": ["baseline", "stackless", "parallel"],
        "numbers": list(range(30)), "nested": {"a": {"b": {"c": [1, 2, {"d": (3, 4)}]}}},
        "tuple1": (1,), "empty": [], "set": {3, 1, 2}, "frozen": frozenset({"x"}), 10: None, "z": 1.5}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, indent=4, width=60)
pprint.pprint(data, depth=2)
pprint.pprint(list(range(40)), compact=True)
pprint.pprint(list(range(40)), width=30, compact=True)
print(pprint.pformat({"b": 1, "a": 2}), pprint.pformat({"b": 1, "a": 2}, sort_dicts=False))
pprint.pp({"b": [1] * 30, "a": 2})
text = "The quick brown fox jumps over the lazy dog. " * 4
pprint.pprint(text)
pprint.pprint([text, "short"])
pprint.pprint({"key": text})
pprint.pprint("line one\nline two\n" * 6)
od = collections.OrderedDict((str(i), i * i) for i in range(12))
pprint.pprint(od)
dd = collections.defaultdict(list, {"alpha": list(range(15)), "beta": list(range(15))})
pprint.pprint(dd)
pprint.pprint(collections.Counter("the quick brown fox jumps over the lazy dog"))
pprint.pprint(collections.deque(range(30)))
pprint.pprint(collections.deque(range(30), maxlen=25))
r = [1, 2]
r.append(r)
print(pprint.saferepr(r).replace(str(id(r)), "ID"), pprint.isrecursive(r), pprint.isreadable(r), pprint.isreadable([1, "a"]))
pprint.pprint({1: "a", "b": 2, (1, 2): 3, None: 4})
pprint.pprint(12345678901234567890, underscore_numbers=True)
print(pprint.pformat([[1, 2, 3] * 10, {"k": "v" * 90}]))
