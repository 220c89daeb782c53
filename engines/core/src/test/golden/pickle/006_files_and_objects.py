import pickle

class Sink:
    def __init__(self):
        self.chunks = []
    def write(self, b):
        self.chunks.append(bytes(b))
        return len(b)

class Source:
    def __init__(self, data):
        self.data = data
        self.pos = 0
    def read(self, n=-1):
        if n < 0:
            n = len(self.data) - self.pos
        r = self.data[self.pos:self.pos + n]
        self.pos += len(r)
        return r
    def readline(self):
        i = self.data.find(b'\n', self.pos)
        end = len(self.data) if i < 0 else i + 1
        r = self.data[self.pos:end]
        self.pos = end
        return r

values = [{'a': [1, 2, 3]}, 'text', (1, 2.5), None, 10**30]
sink = Sink()
for p in [0, 2, 4, 5]:
    pickle.dump(values, sink, p)
p = pickle.Pickler(sink, 3)
p.dump('first')
p.dump(['second', 'first'])
blob = b''.join(sink.chunks)
print(len(blob))
src = Source(blob)
for i in range(4):
    print(pickle.load(src))
u = pickle.Unpickler(src)
print(u.load())
print(u.load())
try:
    pickle.load(src)
except EOFError as e:
    print('EOFError', e)

pk = pickle.Pickler(Sink())
print(type(pk).__name__, pk.bin)
s2 = Sink()
p2 = pickle.Pickler(s2, 2)
obj = [1]
p2.dump(obj)
p2.dump(obj)
p2.clear_memo()
p2.dump(obj)
print(s2.chunks)

# cross-checked pickles written by CPython 3.11
print(pickle.loads(b'\x80\x04\x95\x18\x00\x00\x00\x00\x00\x00\x00]\x94(K\x01\x8c\x01a\x94G@\x04\x00\x00\x00\x00\x00\x00\x88N}\x94e.'))
print(pickle.loads(b'(lp0\nI1\naVa\np1\naF2.5\naI01\naNa(dp2\na.'))
print(pickle.loads(b'\x80\x02c__builtin__\nset\nq\x00]q\x01(K\x01K\x02e\x85q\x02Rq\x03.'))
print(pickle.loads(b'\x80\x02c_codecs\nencode\nq\x00X\x02\x00\x00\x00abq\x01X\x06\x00\x00\x00latin1q\x02\x86q\x03Rq\x04.'))
print(pickle.loads(b"S'py2 str'\np0\n."), pickle.loads(b'U\x03abc.'), pickle.loads(b'T\x01\x00\x00\x00\xff.', encoding='latin1'))
print(pickle.loads(b'T\x01\x00\x00\x00\xff.', encoding='bytes'))
print(pickle.loads(b'\x80\x02c__builtin__\nxrange\nq\x00K\x00K\x05K\x01\x87q\x01Rq\x02.'))
print(pickle.loads(b'\x80\x05\x95\x0b\x00\x00\x00\x00\x00\x00\x00\x96\x02\x00\x00\x00\x00\x00\x00\x00hi\x94.'))
print(pickle.loads(b'\x8a\x09\x00\x00\x00\x00\x00\x00\x00\x00\xc0.'), pickle.loads(b'L-1180591620717411303424L\n.'))
print(pickle.loads(b'(I1\nI2\ntp0\n.'), pickle.loads(b'\x80\x04\x8f\x94(K\x01K\x02\x90.'), pickle.loads(b'\x80\x04(K\x03\x91.'))
