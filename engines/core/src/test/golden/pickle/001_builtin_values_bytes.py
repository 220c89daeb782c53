import pickle
vals = [None, True, False, 0, 1, 255, 256, 65535, 65536, -1, 2**31-1, 2**31, -2**31, -2**31-1, 2**63, -2**100, 10**40,
        0.0, -1.5, 1e100, float('inf'), 'a', '', 'héllo\u1234\U0001f600', 'x'*300, b'', b'ab', b'\x00\xff'*200, bytearray(b'xy'), bytearray(),
        [], [1], [1, 2], (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), {}, {'a': 1}, {'a': 1, 'b': [2, 3]}, {1}, set(), frozenset(), frozenset({5}),
        [[1, 2], (3, 4), {'k': (5,)}], len, ValueError, int, type(None), Ellipsis, NotImplemented, range(1, 10, 2), slice(1, None), 1+2j, ValueError('bad', 3)]
for v in vals:
    for p in range(6):
        try:
            d = pickle.dumps(v, protocol=p)
            print(p, d)
            r = pickle.loads(d)
            if repr(r) != repr(v):
                print('  MISMATCH', repr(r))
        except Exception as e:
            print(p, type(e).__name__, e)
s = [1, 2]
print(pickle.dumps([s, s, (s,)]))
l = []; l.append(l)
print(pickle.dumps(l), pickle.dumps(l, 0))
t = ([],); t[0].append(t)
for p in range(6): print(pickle.dumps(t, p))
d = {}; d['self'] = d
print(pickle.dumps(d), pickle.loads(pickle.dumps(d)))
