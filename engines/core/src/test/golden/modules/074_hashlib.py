# hashlib: digests of the guaranteed algorithms, incremental updates, copies and errors.
import hashlib

for name in sorted(hashlib.algorithms_guaranteed & {"md5", "sha1", "sha224", "sha256", "sha384", "sha512",
                                                     "sha3_224", "sha3_256", "sha3_384", "sha3_512"}):
    h = hashlib.new(name, b"hello world")
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest())
h = hashlib.sha256()
h.update(b"hello ")
c = h.copy()
h.update(b"world")
print(h.hexdigest() == hashlib.sha256(b"hello world").hexdigest(), c.hexdigest() == hashlib.sha256(b"hello ").hexdigest())
print(hashlib.md5(bytearray(b"abc")).digest(), hashlib.sha1(memoryview(b"abc")).hexdigest(), h.hexdigest() == h.hexdigest())
print(hashlib.sha256(string=b"x").hexdigest()[:16], hashlib.md5(b"", usedforsecurity=False).hexdigest())
print(hashlib.new("SHA256", b"a").hexdigest()[:8], hashlib.blake2b if False else "")
for bad in (lambda: hashlib.sha256("text"), lambda: hashlib.new("nope"), lambda: hashlib.md5(b"a", b"b"), lambda: hashlib.new(), lambda: hashlib.sha1(data=b"x")):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
