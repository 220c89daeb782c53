# hmac: RFC 2202/4231 test vectors, incremental use, copy, long keys, names and sizes, errors,
# and compare_digest.
import hashlib
import hmac

vectors = [
    (b"\x0b" * 20, b"Hi There"),
    (b"Jefe", b"what do ya want for nothing?"),
    (b"\xaa" * 20, b"\xdd" * 50),
    (b"\xaa" * 131, b"Test Using Larger Than Block-Size Key - Hash Key First"),
    (b"", b""),
]
for name in ("md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_256"):
    for key, msg in vectors:
        print(name, hmac.new(key, msg, name).hexdigest())
h = hmac.new(b"key", digestmod=hashlib.sha256)
h.update(b"The quick brown fox ")
c = h.copy()
h.update(b"jumps over the lazy dog")
print(h.hexdigest() == hmac.new(b"key", b"The quick brown fox jumps over the lazy dog", "sha256").hexdigest())
print(c.hexdigest() == hmac.new(b"key", b"The quick brown fox ", "sha256").hexdigest())
print(h.name, h.digest_size, h.block_size, len(h.digest()), h.digest() == h.digest())
print(hmac.digest(b"k", b"m", "sha1") == hmac.new(b"k", b"m", "sha1").digest())
print(hmac.new(bytearray(b"k"), memoryview(b"m"), "md5").hexdigest())
for call in (lambda: hmac.new(b"k"), lambda: hmac.new("k", digestmod="sha256"), lambda: hmac.new(b"k", "text", "sha256")):
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest(b"abc", b"abd"), hmac.compare_digest(b"ab", b"abc"))
print(hmac.compare_digest("abc", "abc"), hmac.compare_digest(bytearray(b"x"), b"x"), hmac.compare_digest(memoryview(b"x"), b"y"))
for a, b in (("abc", b"abc"), ("\xe9", "\xe9"), (1, 2)):
    try:
        hmac.compare_digest(a, b)
    except TypeError as e:
        print(type(e).__name__, e)
for a, b in ((b"abc", "abc"), ("abc", 5), (5, "abc"), (b"a", 5), (5, b"a")):
    try:
        hmac.compare_digest(a, b)
    except TypeError as e:
        print(type(e).__name__, e)
