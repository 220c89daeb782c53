import pickle
import re

def local_maker():
    def inner():
        pass
    return inner

def gen():
    yield 1

class NoReduce:
    def __reduce__(self):
        return 42

class BadTuple:
    def __reduce__(self):
        return (len,)

class NotCallable:
    def __reduce__(self):
        return (5, ())

class BadArgs:
    def __reduce__(self):
        return (len, [1])

class BadListItems:
    def __reduce__(self):
        return (list, (), None, [1, 2])

class BadNewArgs:
    def __getnewargs__(self):
        return [1]

def attempt(label, obj, proto=None):
    try:
        data = pickle.dumps(obj, proto)
        print(label, 'ok', data)
    except Exception as e:
        msg = str(e)
        msg = re.sub(' at 0x[0-9a-f]+', '', msg)
        print(label, type(e).__name__, msg)

attempt('lambda', lambda: 0)
attempt('local', local_maker())
attempt('generator', gen())
attempt('generator0', gen(), 0)
attempt('int-reduce', NoReduce())
attempt('short-tuple', BadTuple())
attempt('not-callable', NotCallable())
attempt('bad-args', BadArgs())
attempt('bad-listitems', BadListItems())
attempt('bad-newargs', BadNewArgs())
attempt('protocol', 1, 6)
print(issubclass(pickle.PicklingError, pickle.PickleError), issubclass(pickle.UnpicklingError, pickle.PickleError))
print(issubclass(pickle.PickleError, Exception), pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)

for data in [b'', b'\x80\x04\x95', b'K\x01', b'\x80\x09N.', b'\xff', b'0.', b'(.', b'g0\n.', b'h\x05.',
             b'cbuiltins\nnosuch\n.', b'\x80\x04\x95\x05\x00\x00\x00\x00\x00\x00\x00K\x01.', b'Pabc\n.',
             b'S"ab\'\n.']:
    try:
        print(repr(pickle.loads(data)))
    except Exception as e:
        print(type(e).__name__, e)
try:
    pickle.loads('text')
except TypeError as e:
    print('TypeError', e)
try:
    pickle.Unpickler(1)
except TypeError as e:
    print('TypeError', e)
try:
    pickle.Pickler(1)
except TypeError as e:
    print('TypeError', e)
