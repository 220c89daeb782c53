# struct: sizes and alignment, every format code, byte orders, exact IEEE-754 packing, errors.
import math
import struct


def show(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
        if type(r).__name__ == 'unpack_iterator':
            r = list(r)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ':', e)


# calcsize: native sizes and alignment (x86-64 Linux), standard sizes, repeat counts
for fmt in ['@bi', '@hq', 'c3xi', '@ibq', '@?e', '@bP', '@bN', '@bn', '@bd', '@bf', '@lb', '@bl',
            'b0i', '2b0q', '=bi', '<hq', '>ll', '!qQ', '3s i', '10p', 'x', '', '@', ' i  i\t\n',
            '0s0p0x0c', 'bebfbdbP', '2x3s2pbi', '5c', '3?h']:
    print(repr(fmt), struct.calcsize(fmt))
print([struct.calcsize(c) for c in 'xcbB?hHiIlLqQnNefdspP'])
print([struct.calcsize('<' + c) for c in 'xcbB?hHiIlLqQefdsp'])

# pack / unpack of every code, in every byte order
values = {'c': b'z', 'b': -5, 'B': 250, '?': True, 'h': -1234, 'H': 54321, 'i': -123456, 'I': 3000000000,
          'l': -2**31, 'L': 2**32 - 1, 'q': -2**63, 'Q': 2**64 - 1, 'e': 1.5, 'f': -0.25, 'd': math.pi}
for order in '@=<>!':
    for code, v in values.items():
        b = struct.pack(order + code, v)
        print(order + code, b, struct.unpack(order + code, b))
for code, v in (('n', -7), ('N', 7), ('P', 0xdeadbeef)):
    b = struct.pack(code, v)
    print(code, b, struct.unpack(code, b))
print(struct.pack('<3h2s', 1, 2, 3, b'ab'), struct.pack('>2I', 1, 2), struct.pack('@bhi', 1, 2, 3))
print(struct.pack('@bi2x', 1, 2), struct.unpack('@bi2x', struct.pack('@bi2x', 1, 2)))
print(struct.pack('5s', b'ab'), struct.pack('2s', b'abcdef'), struct.pack('3s', bytearray(b'xy')))
print(struct.pack('4p', b'ab'), struct.pack('4p', b'abcdef'), struct.pack('1p', b'abc'))
print(struct.unpack('5p', b'\x09abcd'), struct.unpack('5p', b'\x02abcd'), struct.unpack('3p', b'\x00ab'))
print(len(struct.pack('300p', b'a' * 299)), struct.pack('300p', b'a' * 400)[:3])
print(struct.unpack('?', b'\x05'), struct.unpack('<?', b'\x00'), struct.pack('?', []), struct.pack('?', 'x'))
print(struct.unpack('2c', b'ab'), struct.pack('0s0p0c', b'', b''), struct.pack('b0i', 1))
print(struct.unpack('<q', b'\xff' * 8), struct.unpack('>Q', b'\xff' * 8), struct.unpack('<i', b'\x00\x00\x00\x80'))
print(struct.pack(b'<h', 513), struct.unpack(b'>h', b'\x02\x01'))

# floats: exact rounding (ties to even), subnormals, infinities, signed zeros, NaN
for x in [0.0, -0.0, 1.0, -2.5, 0.1, 1 / 3, 65504.0, 65519.0, 2 ** -14, 2 ** -24, 3 * 2 ** -25, 2 ** -25,
          1e-8, 1e-30, 1e30, 3.4028234663852886e+38, 5e-324, 2.2250738585072014e-308,
          1.7976931348623157e+308, math.inf, -math.inf]:
    row = [x.hex()]
    for fmt in ('<e', '>f', 'f', '<d'):
        try:
            b = struct.pack(fmt, x)
            row.append('%s=%s' % (b.hex(), struct.unpack(fmt, b)[0].hex()))
        except Exception as e:
            row.append(type(e).__name__)
    print(' '.join(row))
for fmt in ('<e', '>e', '<f', '>f', '<d', '>d'):
    nan = struct.unpack(fmt, struct.pack(fmt, math.nan))[0]
    neg = struct.unpack(fmt, struct.pack(fmt, -math.nan))[0]
    print(fmt, struct.pack(fmt, math.nan).hex(), struct.pack(fmt, -math.nan).hex(), math.isnan(nan),
          math.copysign(1.0, nan), math.copysign(1.0, neg))
print(struct.unpack('>e', b'\x7c\x00'), struct.unpack('>e', b'\xfc\x00'), struct.unpack('>e', b'\x00\x01')[0].hex(),
      struct.unpack('>e', b'\x7b\xff'), struct.unpack('>e', b'\x80\x00'))
print(struct.unpack('>f', b'\x00\x00\x00\x01')[0].hex(), struct.unpack('>d', b'\x00\x00\x00\x00\x00\x00\x00\x01'))
print(struct.pack('f', 1e300), struct.pack('f', 3.4028235677973366e+38), struct.pack('<f', 3.4028235e+38))
show(struct.pack, '<f', 3.4028235677973366e+38)
show(struct.pack, '>f', 1e300)
show(struct.pack, 'e', 65520.0)
show(struct.pack, '<e', -1e10)
show(struct.pack, '<e', 70000)
show(struct.pack, '<f', 2 ** 128)
show(struct.pack, 'd', 10 ** 400)
show(struct.pack, 'd', '1.0')
show(struct.pack, 'f', None)
print(struct.pack('<d', 2), struct.pack('<f', True), struct.pack('<e', 0.5))

# integer range checks and their messages
for fmt, v in [('b', 128), ('b', -129), ('B', -1), ('B', 256), ('h', 32768), ('H', -1), ('H', 65536),
               ('i', 2 ** 31), ('I', -1), ('I', 2 ** 32), ('l', 2 ** 63), ('L', -1), ('q', -2 ** 63 - 1),
               ('Q', 2 ** 64), ('n', 2 ** 63), ('N', -1), ('P', 2 ** 64), ('P', -2 ** 63 - 1),
               ('<h', 2 ** 15), ('<H', 2 ** 16), ('<l', 2 ** 31), ('<L', 2 ** 32), ('<L', -1), ('<q', 2 ** 63),
               ('<Q', -1), ('>b', 200), ('>B', 300), ('>h', -2 ** 15 - 1), ('>H', -1), ('>H', 2 ** 63),
               ('>i', 2 ** 31), ('>I', 2 ** 40), ('>l', -2 ** 40), ('>L', 2 ** 64), ('>q', 2 ** 63), ('>Q', -1),
               ('!q', -2 ** 70), ('=h', 40000), ('=i', 2 ** 100), ('=L', 2 ** 32), ('b', 2 ** 70)]:
    print(fmt, v, end=' -> ')
    show(struct.pack, fmt, v)
for v in [1.0, '1', None, b'1', [1]]:
    show(struct.pack, 'i', v)


class Index:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


class BadIndex:
    def __index__(self):
        return 'x'


class Real:
    def __float__(self):
        return 2.5


print(struct.pack('<i', Index(7)), struct.pack('<Q', Index(2 ** 64 - 1)), struct.pack('<f', Index(5)),
      struct.pack('<d', Real()), struct.pack('<i', True), struct.pack('<h', False))
show(struct.pack, 'i', BadIndex())
show(struct.pack, 'i', Real())
show(struct.pack, 'i', Index(2 ** 64))
show(struct.pack, 'h', Index(40000))

# other pack errors
show(struct.pack, 'c', b'ab')
show(struct.pack, 'c', 'a')
show(struct.pack, 'c', bytearray(b'a'))
show(struct.pack, 's', 'abc')
show(struct.pack, 'p', 1)
show(struct.pack, 'ii', 1)
show(struct.pack, 'i', 1, 2)
show(struct.pack, '0s0p', b'')
show(struct.pack, 'x', 1)
show(struct.pack)
show(struct.pack, 1)

# format errors
for fmt in ['z', '3', '3 i', 'i<', '<P', '<n', '>N', 'i\0q', b'\xe9', '99999999999999999999i',
            '4611686018427387904i', '9223372036854775807x', 'é', '#']:
    show(struct.calcsize, fmt)

# buffers: bytes, bytearray, memoryview; unpack and unpack_from errors
data = struct.pack('<ihb', 100, -2, 3)
print(struct.unpack('<ihb', data), struct.unpack('<ihb', bytearray(data)), struct.unpack('<ihb', memoryview(data)))
print(struct.unpack_from('<h', data, 4), struct.unpack_from('<h', data, offset=-3), struct.unpack_from('<b', buffer=data))
print(struct.unpack_from('<h', memoryview(data)[2:], 2), struct.unpack_from('<i', bytearray(data)))
show(struct.unpack, 'i', b'abc')
show(struct.unpack, 'i', b'abcde')
show(struct.unpack, 'i', 'abcd')
show(struct.unpack, 'i', 5)
show(struct.unpack, 'i')
show(struct.unpack_from, 'i', b'abcdefg', 4)
show(struct.unpack_from, 'i', b'abcdefg', -2)
show(struct.unpack_from, 'i', b'abcdefg', -20)
show(struct.unpack_from, 'i', b'ab', -3)
show(struct.unpack_from, 'i', b'abcdefg', 1.0)
show(struct.unpack_from, 'i')
show(struct.unpack_from, 'i', b'abcd', 2 ** 70)

# pack_into
buf = bytearray(10)
struct.pack_into('<hi', buf, 1, -1, 0x01020304)
print(buf.hex())
struct.pack_into('>H', buf, -2, 0xabcd)
print(buf.hex())
view = memoryview(buf)
struct.pack_into('2s', view, 0, b'XY')
print(buf.hex())
show(struct.pack_into, 'i', bytearray(8), 6, 1)
show(struct.pack_into, 'i', bytearray(8), -2, 1)
show(struct.pack_into, 'i', bytearray(8), -20, 1)
show(struct.pack_into, 'i', bytearray(8), 20, 1)
show(struct.pack_into, 'i', b'12345678', 0, 1)
show(struct.pack_into, 'i', memoryview(b'1234'), 0, 1)
show(struct.pack_into, 'i', bytearray(8))
show(struct.pack_into, 'i')
show(struct.pack_into, 'i', bytearray(8), 0)
show(struct.pack_into, 'i', bytearray(8), '0', 1)
show(struct.pack_into, 'i', bytearray(8), 2 ** 70, 1)
partial = bytearray(b'\xff' * 12)
show(struct.pack_into, '<iic', partial, 1, 1, 2, 'x')
print(partial.hex())

# iter_unpack
print(list(struct.iter_unpack('<h', b'\x01\x00\x02\x00\x03\x00')))
it = struct.iter_unpack('>2B', bytearray(b'abcdef'))
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
print(list(struct.iter_unpack('3s', memoryview(b'abcdef'))), list(struct.iter_unpack('i', b'')))
show(struct.iter_unpack, 'i', b'abc')
show(struct.iter_unpack, '', b'abc')
show(struct.iter_unpack, '0i', b'')

# the Struct class
s = struct.Struct('<iHd')
print(type(s), s.format, s.size, repr(s).startswith('<_struct.Struct object at 0x'))
b = s.pack(1, 2, 2.5)
print(b, s.unpack(b), s.unpack_from(b'\x00' + b, 1), list(s.iter_unpack(b + b)))
ba = bytearray(s.size + 2)
s.pack_into(ba, 2, -1, 65535, -0.0)
print(ba.hex())
print(struct.Struct(b'>h').format, struct.Struct(format='=q').size, struct.Struct('  3x ').size)
show(struct.Struct)
show(struct.Struct, 1)
show(struct.Struct, 'i', 'h')
show(struct.Struct, 'q!')
show(setattr, s, 'format', 'i')
show(setattr, s, 'size', 3)
show(setattr, s, 'other', 3)
show(s.pack, 1, 2)
show(s.unpack, b'abc')
show(s.unpack)
show(s.unpack_from)
show(s.pack_into, bytearray(20))
show(s.iter_unpack)


class Record(struct.Struct):
    def __init__(self):
        super().__init__('>HH')
        self.label = 'record'


r = Record()
print(r.label, r.size, r.pack(1, 2), r.unpack(b'\x00\x03\x00\x04'), isinstance(r, struct.Struct))
s.__init__('>b')
print(s.format, s.size, s.pack(-1))

# struct.error and the module
print(struct.error, struct.error.__mro__, issubclass(struct.error, Exception))
print(struct.__all__)
print(sorted(n for n in dir(struct) if not n.startswith('_')), callable(struct._clearcache))
struct._clearcache()
print(struct.pack('<I', 1) == struct.pack('<I', 1), struct.calcsize('<I'))
try:
    struct.unpack('<I', b'\x00')
except struct.error as e:
    print('caught', repr(e), e.args)
