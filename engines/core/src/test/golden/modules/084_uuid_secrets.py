# uuid and secrets: parsing and attributes of UUIDs, the name-based (deterministic) generators,
# the constructor's errors, and for the random generators only their shapes (lengths, types,
# ranges, versions), never their values.
import copy
import re
import secrets
import string
import uuid
from uuid import UUID


def attempt(label, call):
    try:
        print(label, repr(call()))
    except Exception as e:
        print(label, type(e).__name__, e)


print("-- spellings of one UUID")
canonical = "12345678-1234-5678-1234-567812345678"
for text in (canonical, canonical.upper(), "{%s}" % canonical, "urn:uuid:" + canonical,
             canonical.replace("-", ""), "uuid:" + canonical, "{urn:uuid:%s}" % canonical,
             "12345678123456781234-567812345678", " 1234567812345678123456781234567 ",
             "+1234567812345678123456781234567", "1_345678123456781234567812345678"):
    attempt(repr(text), lambda: UUID(text))

print("-- one UUID, every attribute")
u = UUID(canonical)
for name in ("int", "hex", "urn", "bytes", "bytes_le", "fields", "time_low", "time_mid",
             "time_hi_version", "clock_seq_hi_variant", "clock_seq_low", "node", "time",
             "clock_seq", "variant", "version", "is_safe"):
    print(name, repr(getattr(u, name)))
print(str(u), repr(u), int(u) == u.int, hash(u) == hash(u.int))
print(u.__getstate__(), UUID(int=1, is_safe=uuid.SafeUUID.unsafe).__getstate__())

print("-- every constructor gives the same UUID")
same = [UUID(bytes=u.bytes), UUID(bytes_le=u.bytes_le), UUID(fields=u.fields),
        UUID(fields=list(u.fields)), UUID(int=u.int), UUID(hex=u.hex), UUID(u.urn)]
print(all(other == u for other in same), [type(other).__name__ for other in same][:2])
print(UUID(bytes_le=b"0123456789abcdef"), UUID(bytes=b"0123456789abcdef"))

print("-- version forces variant and version bits")
for version in (1, 2, 3, 4, 5):
    forced = UUID(int=0, version=version)
    print(version, forced, forced.version, forced.variant)
print(UUID(int=(1 << 128) - 1, version=4))
print(UUID(bytes=b"\xff" * 16, version=1).fields)

print("-- variants")
for top_bits in (0x0, 0x8, 0xc, 0xe, 0xf):
    sample = UUID(int=top_bits << 60)
    print(hex(top_bits), sample.variant, sample.version)
print(uuid.RESERVED_NCS, uuid.RFC_4122, uuid.RESERVED_MICROSOFT, uuid.RESERVED_FUTURE, sep=" | ")

print("-- ordering, equality, hashing")
low, high = UUID(int=1), UUID(int=2)
print(low < high, low <= high, high > low, high >= low, low == UUID(int=1), low != high)
print(sorted([high, low, UUID(int=0)]))
print(len({low, UUID(int=1), high}), low == 1, low != "x", low.__lt__(3), low.__eq__(3))
attempt("UUID < int", lambda: low < 3)


class Tagged(UUID):
    pass


print(repr(Tagged(int=3)), Tagged(int=3) == UUID(int=3))

print("-- immutability")
attempt("set int", lambda: setattr(u, "int", 5))
attempt("set new", lambda: setattr(u, "colour", "red"))
attempt("no __dict__", lambda: u.__dict__)
print(UUID.__slots__)
duplicate, deep = copy.copy(u), copy.deepcopy(UUID(int=5, is_safe=uuid.SafeUUID.safe))
print(repr(duplicate), duplicate == u, duplicate is u, repr(deep), deep.is_safe)

print("-- constructor errors")
attempt("nothing", lambda: UUID())
attempt("two", lambda: UUID(canonical, int=5))
attempt("short hex", lambda: UUID("123"))
attempt("long hex", lambda: UUID(canonical + "0"))
attempt("non-hex", lambda: UUID("g2345678123456781234567812345678"))
attempt("hex bytes", lambda: UUID(b"12345678123456781234567812345678"))
attempt("hex int", lambda: UUID(5))
attempt("bytes short", lambda: UUID(bytes=b"1234"))
attempt("bytes bytearray", lambda: UUID(bytes=bytearray(b"0123456789abcdef")))
attempt("bytes str", lambda: UUID(bytes="0123456789abcdef"))
attempt("bytes_le short", lambda: UUID(bytes_le=b"12"))
attempt("bytes_le bytearray", lambda: UUID(bytes_le=bytearray(b"0123456789abcdef")))
attempt("bytes_le list", lambda: UUID(bytes_le=list(range(16))))
attempt("fields short", lambda: UUID(fields=(1, 2, 3)))
for position, width in enumerate((32, 16, 16, 8, 8, 48)):
    fields = [0] * 6
    fields[position] = 1 << width
    attempt("field %d" % (position + 1), lambda: UUID(fields=fields))
attempt("negative field", lambda: UUID(fields=(-1, 0, 0, 0, 0, 0)))
attempt("float field", lambda: UUID(fields=(1.0, 0, 0, 0, 0, 0)))
attempt("int negative", lambda: UUID(int=-1))
attempt("int too big", lambda: UUID(int=1 << 128))
attempt("int bool", lambda: UUID(int=True))
attempt("version 0", lambda: UUID(int=5, version=0))
attempt("version 6", lambda: UUID(int=5, version=6))
attempt("version str", lambda: UUID(int=5, version="3"))
attempt("bad before version", lambda: UUID("x", version=9))
attempt("format spec", lambda: format(u, "s"))
print(format(u))

print("-- SafeUUID")
print(list(uuid.SafeUUID), uuid.SafeUUID(None), uuid.SafeUUID(0).name, uuid.SafeUUID.unsafe.value)
print(UUID(int=5, is_safe=uuid.SafeUUID.safe).is_safe)
restored = UUID(int=9)
restored.__setstate__({"int": 7, "is_safe": -1})
print(restored, restored.is_safe)
restored.__setstate__({"int": 8})
print(restored, restored.is_safe)

print("-- namespaces and name-based UUIDs")
namespaces = {"DNS": uuid.NAMESPACE_DNS, "URL": uuid.NAMESPACE_URL,
              "OID": uuid.NAMESPACE_OID, "X500": uuid.NAMESPACE_X500}
for label, namespace in namespaces.items():
    print(label, namespace, namespace.version)
for name in ("python.org", "", "ünïcode.example", "a" * 1000):
    three = uuid.uuid3(uuid.NAMESPACE_DNS, name)
    five = uuid.uuid5(uuid.NAMESPACE_DNS, name)
    print(repr(name[:20]), three, three.version, five, five.version, five.variant)
print(uuid.uuid3(uuid.NAMESPACE_URL, "http://python.org/"))
print(uuid.uuid5(uuid.NAMESPACE_URL, "http://python.org/"))
print(uuid.uuid5(uuid.NAMESPACE_OID, "1.3.6.1"), uuid.uuid3(uuid.NAMESPACE_X500, "cn=x"))
attempt("uuid3 int name", lambda: uuid.uuid3(uuid.NAMESPACE_DNS, 5))
attempt("uuid5 bytearray name", lambda: uuid.uuid5(uuid.NAMESPACE_DNS, bytearray(b"a")))
attempt("uuid3 bytes name", lambda: uuid.uuid3(uuid.NAMESPACE_DNS, b"python.org"))
attempt("uuid5 bytes name", lambda: uuid.uuid5(uuid.NAMESPACE_DNS, b"python.org"))
attempt("uuid3 str namespace", lambda: uuid.uuid3("x", "a"))

print("-- random UUIDs: shapes only")
shape = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
fours = [uuid.uuid4() for _ in range(20)]
print(all(shape.match(str(v)) for v in fours), {v.version for v in fours},
      {v.variant for v in fours}, len(set(fours)), type(fours[0]).__name__,
      fours[0].is_safe)
ones = [uuid.uuid1() for _ in range(20)]
print(all(shape.match(str(v)) for v in ones), {v.version for v in ones},
      {v.variant for v in ones}, len(set(ones)))
print(len({v.node for v in ones}), uuid.getnode() == uuid.getnode())
print(type(uuid.getnode()).__name__, 0 <= uuid.getnode() < 1 << 48)
print(all(a.time <= b.time for a, b in zip(ones, ones[1:])))
fixed = uuid.uuid1(node=0x123456789abc, clock_seq=0x1234)
print(fixed.node == 0x123456789abc, hex(fixed.clock_seq), fixed.version, fixed.is_safe)
print(uuid.uuid1(node=5, clock_seq=(1 << 14) + 7).clock_seq)
attempt("uuid1 node too big", lambda: uuid.uuid1(node=1 << 48))

print("-- secrets tokens")
print(secrets.DEFAULT_ENTROPY, sorted(secrets.__all__))
print(type(secrets.token_bytes()).__name__, len(secrets.token_bytes()), len(secrets.token_bytes(5)),
      secrets.token_bytes(0))
print(len(secrets.token_hex()), len(secrets.token_hex(16)), secrets.token_hex(0) == "",
      set(secrets.token_hex(64)) <= set(string.hexdigits.lower()))
urlsafe_alphabet = set(string.ascii_letters + string.digits + "-_")
for count in (None, 0, 1, 2, 3, 16, 32, 100):
    token = secrets.token_urlsafe(count)
    print(count, len(token), set(token) <= urlsafe_alphabet)
attempt("token_bytes(-1)", lambda: secrets.token_bytes(-1))
attempt("token_hex(1.5)", lambda: secrets.token_hex(1.5))
attempt("token_urlsafe('a')", lambda: secrets.token_urlsafe("a"))

print("-- secrets numbers")
below = [secrets.randbelow(10) for _ in range(200)]
print(all(0 <= n < 10 for n in below), secrets.randbelow(1), secrets.randbelow(True))
print(all(0 <= secrets.randbelow(1 << 100) < 1 << 100 for _ in range(20)))
for bad in (0, -3, 1.5, "a", None):
    attempt("randbelow(%r)" % (bad,), lambda: secrets.randbelow(bad))
print(secrets.randbits(0), all(0 <= secrets.randbits(7) < 128 for _ in range(100)),
      type(secrets.randbits(200)).__name__, secrets.randbits(200) < 1 << 200)
for bad in (-1, 1.5, "a"):
    attempt("randbits(%r)" % (bad,), lambda: secrets.randbits(bad))
print(secrets.choice("a"), secrets.choice("abc") in "abc", secrets.choice(range(5, 6)),
      secrets.choice([(1, 2)]))
for bad in ([], "", {}, range(0), 5):
    attempt("choice(%r)" % (bad,), lambda: secrets.choice(bad))

print("-- compare_digest")
cases = [("abc", "abc"), ("abc", "abd"), ("", ""), ("ab", "abc"),
         (b"abc", b"abc"), (b"abc", bytearray(b"abc")), (memoryview(b"xy"), b"xy"),
         (b"\xff", b"\xfe"), (b"ab", b"abc"),
         ("a", b"a"), (b"a", "a"), ("\xe9", "\xe9"), ("a", "\xe9"), ("\xe9", b"a"),
         (1, 1), (b"a", 1), (1, b"a"), ("a", 1), (1, "a"), ([1], [1]), (b"a", [1]),
         (None, None)]
for left, right in cases:
    attempt("compare_digest(%r, %r)" % (left if not isinstance(left, memoryview) else "mv", right),
            lambda: secrets.compare_digest(left, right))
attempt("one argument", lambda: secrets.compare_digest("a"))
attempt("three arguments", lambda: secrets.compare_digest("a", "b", "c"))
attempt("keywords", lambda: secrets.compare_digest(a="a", b="b"))

print("-- SystemRandom")
generator = secrets.SystemRandom()
print(type(generator.random()).__name__, all(0.0 <= generator.random() < 1.0 for _ in range(100)))
print(generator.getrandbits(0), all(generator.getrandbits(3) < 8 for _ in range(50)))
print(all(0 <= generator.randrange(10) < 10 for _ in range(50)),
      all(generator.randrange(0, 10, 2) % 2 == 0 for _ in range(50)),
      all(generator.randrange(10, 0, -3) in (10, 7, 4, 1) for _ in range(50)),
      generator.randint(3, 3), generator.uniform(2, 2))
for args in ((0,), (-3,), (5, 1), (3, 3), (0, 10, 0), (10, 0, 2), (0, 10, -2), ("a",)):
    attempt("randrange%r" % (args,), lambda: generator.randrange(*args))
attempt("randrange step no stop", lambda: generator.randrange(10, step=2))
attempt("randint(3, 2)", lambda: generator.randint(3, 2))
deck = list(range(10))
generator.shuffle(deck)
print(sorted(deck) == list(range(10)))
picked = generator.sample(range(100), 10)
print(len(picked), len(set(picked)), all(0 <= n < 100 for n in picked))
print(sorted(generator.sample("abc", 3)), generator.sample(range(10 ** 9), 0),
      len(generator.sample(range(10 ** 9), 3)))
print(sorted(generator.sample("ab", 3, counts=[2, 1])))
attempt("sample too many", lambda: generator.sample([1], 2))
attempt("sample negative", lambda: generator.sample([1, 2], -1))
attempt("sample set", lambda: generator.sample({1, 2}, 1))
attempt("sample counts", lambda: generator.sample([1, 2, 3], 3, counts=[1, 1]))
print(generator.choices([5], k=3), generator.choices([1, 2], [0, 1], k=3),
      generator.choices([1, 2], cum_weights=[0, 1], k=2), len(generator.choices("abc", k=7)))
attempt("choices empty", lambda: generator.choices([], k=2))
attempt("choices weights length", lambda: generator.choices([1, 2], [1], k=2))
attempt("choices both", lambda: generator.choices([1, 2], [1, 1], cum_weights=[1, 2]))
attempt("choices zero", lambda: generator.choices([1, 2], [0, 0]))
attempt("choices infinite", lambda: generator.choices([1, 2], [1, float("inf")]))
print(generator.seed(5), secrets.SystemRandom(5).random() < 1.0)
attempt("getstate", lambda: generator.getstate())
attempt("setstate", lambda: generator.setstate(None))
attempt("getrandbits(-1)", lambda: generator.getrandbits(-1))
