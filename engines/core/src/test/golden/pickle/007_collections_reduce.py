# defaultdict, deque (with and without maxlen), OrderedDict and Counter reduce as CPython's do, so pickle
# round trips and deepcopy keep their type, default factory, maxlen and order.
import pickle, copy
from collections import defaultdict, deque, OrderedDict, Counter
for x in (defaultdict(list, a=[1]), deque([1, 2], maxlen=3), deque([3]), OrderedDict(b=2, a=1), Counter("abca")):
    y = pickle.loads(pickle.dumps(x))
    z = copy.deepcopy(x)
    print(type(y).__name__, y, type(z).__name__, z, getattr(y, "default_factory", "-"), getattr(z, "tag", "-"), getattr(y, "maxlen", "-"))
