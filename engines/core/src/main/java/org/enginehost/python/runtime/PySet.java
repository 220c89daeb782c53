package org.enginehost.python.runtime;

/**
 * Python {@code set} and {@code frozenset} (one class, a {@link #frozen} flag). The table follows
 * CPython's setobject.c exactly — sizes, linear probes then perturbation, dummies, resizing and
 * merge strategies — so that iteration order matches CPython for ints (whose hash is the value).
 * The set algebra lives here; the Python-visible methods are registered by {@link SetMethods}.
 */
public class PySet extends PyObject {
    public static final PyType TYPE = PyType.builtin("set", SetMethods::constructSet);
    public static final PyType FROZEN_TYPE = PyType.builtin("frozenset", SetMethods::constructFrozenSet);
    public static final PyType ITERATOR_TYPE = PyType.builtin("set_iterator", null);

    private static final int MINSIZE = 8;
    private static final int LINEAR_PROBES = 9;
    private static final int PERTURB_SHIFT = 5;
    /** Marks a deleted slot (its hash is -1). */
    private static final PyObject DUMMY = new PyObject() {
        @Override
        public PyType getType() {
            return PyType.OBJECT;
        }
    };

    public final boolean frozen;
    private final PyType type;
    private PyObject[] tkeys;
    private long[] thashes;
    private int mask;
    private int fill;
    private int used;
    private int finger;
    private long hashCache = -1;
    /** The parallel worker call that created this set, or null (main); see {@link Ownership}. */
    public Object owner = Ownership.owner();

    public PySet(boolean frozen) {
        this(frozen ? FROZEN_TYPE : TYPE, frozen);
    }

    /** A set or frozenset whose Python type may be a subclass. */
    public PySet(PyType type, boolean frozen) {
        this.type = type;
        this.frozen = frozen;
        tkeys = new PyObject[MINSIZE];
        thashes = new long[MINSIZE];
        mask = MINSIZE - 1;
    }

    /** {@code set(iterable)} / {@code frozenset(iterable)}. */
    public static PySet of(boolean frozen, PyObject iterable) {
        PySet s = new PySet(frozen);
        if (iterable != null) {
            s.updateInternal(iterable);
        }
        return s;
    }

    @Override
    public PyType getType() {
        return type;
    }

    public int size() {
        return used;
    }

    // ---------------------------------------------------------------- table core (setobject.c)

    private static boolean isLive(PyObject k) {
        return k != null && k != DUMMY;
    }

    /** Hash of a key; a (non-frozen) set key is looked up as a frozenset, as CPython does. */
    private static long keyHash(PyObject key) {
        return key.pyHash();
    }

    private static boolean keyEq(PyObject stored, PyObject key) {
        if (stored instanceof PyStr && key instanceof PyStr) {
            return ((PyStr) stored).value.equals(((PyStr) key).value);
        }
        return Operations.eq(stored, key);
    }

    /** Slot of {@code key}, or -1 when absent. */
    private int lookup(PyObject key, long hash) {
        while (true) {
            PyObject[] table = tkeys;
            int m = mask;
            int i = (int) (hash & m);
            long perturb = hash;
            boolean restart = false;
            outer:
            while (true) {
                int probes = (i + LINEAR_PROBES <= m) ? LINEAR_PROBES : 0;
                int j = i;
                do {
                    PyObject k = table[j];
                    if (k == null) {
                        return -1;
                    }
                    if (thashes[j] == hash && k != DUMMY) {
                        if (k == key || keyEq(k, key)) {
                            if (table != tkeys) {
                                restart = true;
                                break outer;
                            }
                            return j;
                        }
                        if (table != tkeys) {
                            restart = true;
                            break outer;
                        }
                    }
                    j++;
                } while (probes-- > 0);
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + 1 + perturb) & m);
            }
            if (!restart) {
                return -1;
            }
        }
    }

    /** set_add_entry. */
    void addEntry(PyObject key, long hash) {
        if (Ownership.active) {
            Ownership.check(owner);
        }
        restart:
        while (true) {
            PyObject[] table = tkeys;
            int m = mask;
            int i = (int) (hash & m);
            long perturb = hash;
            int freeslot = -1;
            while (true) {
                int probes = (i + LINEAR_PROBES <= m) ? LINEAR_PROBES : 0;
                int j = i;
                do {
                    PyObject k = table[j];
                    long h = thashes[j];
                    if (k == null) {
                        if (freeslot >= 0) {
                            used++;
                            tkeys[freeslot] = key;
                            thashes[freeslot] = hash;
                            hashCache = -1;
                            return;
                        }
                        fill++;
                        used++;
                        tkeys[j] = key;
                        thashes[j] = hash;
                        hashCache = -1;
                        if ((long) fill * 5 >= (long) m * 3) {
                            resize(used > 50000 ? used * 2 : used * 4);
                        }
                        return;
                    }
                    if (h == hash && k != DUMMY) {
                        if (k == key || keyEq(k, key)) {
                            return;
                        }
                        if (table != tkeys || tkeys[j] != k) {
                            continue restart;
                        }
                    } else if (k == DUMMY && freeslot < 0) {
                        freeslot = j;
                    }
                    j++;
                } while (probes-- > 0);
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + 1 + perturb) & m);
            }
        }
    }

    private static void insertClean(PyObject[] table, long[] hashes, int m, PyObject key, long hash) {
        long perturb = hash;
        int i = (int) (hash & m);
        while (true) {
            if (table[i] == null) {
                table[i] = key;
                hashes[i] = hash;
                return;
            }
            if (i + LINEAR_PROBES <= m) {
                for (int j = 1; j <= LINEAR_PROBES; j++) {
                    if (table[i + j] == null) {
                        table[i + j] = key;
                        hashes[i + j] = hash;
                        return;
                    }
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & m);
        }
    }

    /** set_table_resize. */
    private void resize(int minused) {
        int newsize = MINSIZE;
        while (newsize <= minused) {
            newsize <<= 1;
        }
        PyObject[] oldKeys = tkeys;
        long[] oldHashes = thashes;
        int oldMask = mask;
        PyObject[] nk = new PyObject[newsize];
        long[] nh = new long[newsize];
        for (int i = 0; i <= oldMask; i++) {
            PyObject k = oldKeys[i];
            if (isLive(k)) {
                insertClean(nk, nh, newsize - 1, k, oldHashes[i]);
            }
        }
        tkeys = nk;
        thashes = nh;
        mask = newsize - 1;
        fill = used;
    }

    /** Removes the key; true when it was present. */
    boolean discardEntry(PyObject key, long hash) {
        int slot = lookup(key, hash);
        if (slot < 0) {
            return false;
        }
        tkeys[slot] = DUMMY;
        thashes[slot] = -1;
        used--;
        hashCache = -1;
        return true;
    }

    boolean containsEntry(PyObject key, long hash) {
        return lookup(key, hash) >= 0;
    }

    // ---------------------------------------------------------------- key-level operations

    public void add(PyObject key) {
        addEntry(key, keyHash(key));
    }

    private static PyObject asLookupKey(PyObject key) {
        if (key instanceof PySet && !((PySet) key).frozen) {
            PySet f = new PySet(true);
            f.merge((PySet) key);
            return f;
        }
        return key;
    }

    /** {@code key in self}; a set key is compared as a frozenset. */
    public boolean has(PyObject key) {
        key = asLookupKey(key);
        return containsEntry(key, keyHash(key));
    }

    public boolean discard(PyObject key) {
        if (Ownership.active) {
            Ownership.check(owner);
        }
        key = asLookupKey(key);
        return discardEntry(key, keyHash(key));
    }

    public void clear() {
        if (Ownership.active) {
            Ownership.check(owner);
        }
        tkeys = new PyObject[MINSIZE];
        thashes = new long[MINSIZE];
        mask = MINSIZE - 1;
        fill = 0;
        used = 0;
        hashCache = -1;
    }

    /** set.pop(): CPython's finger-based scan. */
    public PyObject pop() {
        if (Ownership.active) {
            Ownership.check(owner);
        }
        if (used == 0) {
            throw new PyException(new PyBaseException(ExceptionTypes.KEY_ERROR,
                    PyTuple.of(new PyStr("pop from an empty set"))));
        }
        int i = finger & mask;
        while (!isLive(tkeys[i])) {
            i++;
            if (i > mask) {
                i = 0;
            }
        }
        PyObject key = tkeys[i];
        tkeys[i] = DUMMY;
        thashes[i] = -1;
        used--;
        finger = i + 1;
        return key;
    }

    /** Next live slot at or after {@code pos}, or -1. */
    int nextSlot(int pos) {
        for (int i = pos; i <= mask; i++) {
            if (isLive(tkeys[i])) {
                return i;
            }
        }
        return -1;
    }

    PyObject keyAt(int slot) {
        return tkeys[slot];
    }

    long hashAt(int slot) {
        return thashes[slot];
    }

    /** The elements in iteration order. */
    public PyObject[] toArray() {
        PyObject[] out = new PyObject[used];
        int j = 0;
        for (int i = 0; i <= mask; i++) {
            if (isLive(tkeys[i])) {
                out[j++] = tkeys[i];
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- set algebra (setobject.c)

    /** set_merge: adds every element of {@code other}. */
    void merge(PySet other) {
        if (Ownership.active) {
            Ownership.check(owner);
        }
        if (other == this || other.used == 0) {
            return;
        }
        if ((long) (fill + other.used) * 5 >= (long) mask * 3) {
            resize((used + other.used) * 2);
        }
        if (fill == 0 && mask == other.mask && other.fill == other.used) {
            for (int i = 0; i <= other.mask; i++) {
                if (isLive(other.tkeys[i])) {
                    tkeys[i] = other.tkeys[i];
                    thashes[i] = other.thashes[i];
                }
            }
            fill = other.fill;
            used = other.used;
            hashCache = -1;
            return;
        }
        if (fill == 0) {
            fill = other.used;
            used = other.used;
            for (int i = 0; i <= other.mask; i++) {
                PyObject k = other.tkeys[i];
                if (isLive(k)) {
                    insertClean(tkeys, thashes, mask, k, other.thashes[i]);
                }
            }
            hashCache = -1;
            return;
        }
        for (int i = 0; i <= other.mask; i++) {
            PyObject k = other.tkeys[i];
            if (isLive(k)) {
                addEntry(k, other.thashes[i]);
            }
        }
    }

    /** set_update_internal: adds every element of an iterable. */
    void updateInternal(PyObject other) {
        if (Ownership.active) {
            Ownership.check(owner);
        }
        if (other instanceof PySet) {
            merge((PySet) other);
            return;
        }
        if (other instanceof PyDict) {
            PyDict d = (PyDict) other;
            if ((long) (fill + d.size()) * 5 >= (long) mask * 3) {
                resize((used + d.size()) * 2);
            }
            for (int e = d.nextEntry(0); e >= 0; e = d.nextEntry(e + 1)) {
                addEntry(d.keyAt(e), d.hashAt(e));
            }
            return;
        }
        if (other instanceof PyList || other instanceof PyTuple) {
            PyObject[] items = other instanceof PyList ? ((PyList) other).items : ((PyTuple) other).items;
            int n = other instanceof PyList ? ((PyList) other).size : items.length;
            for (int i = 0; i < n; i++) {
                add(items[i]);
            }
            return;
        }
        PyObject it = Operations.iter(other);
        for (PyObject x = it.next(); x != null; x = it.next()) {
            add(x);
        }
    }

    /** A new set/frozenset of the same kind (base type) with the same elements. */
    public PySet copyAs(boolean asFrozen) {
        PySet s = new PySet(asFrozen);
        s.merge(this);
        return s;
    }

    public PySet copy() {
        return copyAs(frozen);
    }

    private PySet newSameKind() {
        return new PySet(frozen);
    }

    /** Elements of an arbitrary iterable as a set (a set argument is used as is). */
    private static PySet asSet(PyObject other) {
        return other instanceof PySet ? (PySet) other : of(false, other);
    }

    public PySet union(PyObject other) {
        PySet r = copy();
        if (other != this) {
            r.updateInternal(other);
        }
        return r;
    }

    public PySet intersection(PyObject other) {
        if (other == this) {
            return copy();
        }
        PySet result = newSameKind();
        if (other instanceof PySet) {
            PySet so = this;
            PySet ot = (PySet) other;
            if (ot.used > so.used) {
                PySet t = so;
                so = ot;
                ot = t;
            }
            for (int i = ot.nextSlot(0); i >= 0; i = ot.nextSlot(i + 1)) {
                PyObject k = ot.tkeys[i];
                long h = ot.thashes[i];
                if (so.containsEntry(k, h)) {
                    result.addEntry(k, h);
                }
            }
            return result;
        }
        PyObject it = Operations.iter(other);
        for (PyObject k = it.next(); k != null; k = it.next()) {
            long h = keyHash(k);
            if (containsEntry(k, h)) {
                result.addEntry(k, h);
            }
        }
        return result;
    }

    public PySet difference(PyObject other) {
        int otherSize;
        if (other instanceof PySet) {
            otherSize = ((PySet) other).used;
        } else if (other instanceof PyDict) {
            otherSize = ((PyDict) other).size();
        } else {
            PySet r = copy();
            r.differenceUpdate(other);
            return r;
        }
        if ((used >> 2) > otherSize) {
            PySet r = copy();
            r.differenceUpdate(other);
            return r;
        }
        PySet result = newSameKind();
        for (int i = nextSlot(0); i >= 0; i = nextSlot(i + 1)) {
            PyObject k = tkeys[i];
            long h = thashes[i];
            boolean in = other instanceof PySet ? ((PySet) other).containsEntry(k, h) : ((PyDict) other).contains(k);
            if (!in) {
                result.addEntry(k, h);
            }
        }
        return result;
    }

    public void differenceUpdate(PyObject other) {
        if (Ownership.active) {
            Ownership.check(owner);
        }
        if (other == this) {
            clear();
            return;
        }
        if (other instanceof PySet) {
            PySet o = (PySet) other;
            for (int i = o.nextSlot(0); i >= 0; i = o.nextSlot(i + 1)) {
                discardEntry(o.tkeys[i], o.thashes[i]);
            }
        } else {
            PyObject it = Operations.iter(other);
            for (PyObject k = it.next(); k != null; k = it.next()) {
                discard(k);
            }
        }
        if ((fill - used) > mask / 4) {
            resize(used > 50000 ? used * 2 : used * 4);
        }
    }

    public PySet symmetricDifference(PyObject other) {
        PySet r = of(frozen, other);
        r.symmetricDifferenceUpdate(this);
        return r;
    }

    public void symmetricDifferenceUpdate(PyObject other) {
        if (Ownership.active) {
            Ownership.check(owner);
        }
        if (other == this) {
            clear();
            return;
        }
        if (other instanceof PyDict) {
            PyDict d = (PyDict) other;
            for (int e = d.nextEntry(0); e >= 0; e = d.nextEntry(e + 1)) {
                if (!discardEntry(d.keyAt(e), d.hashAt(e))) {
                    addEntry(d.keyAt(e), d.hashAt(e));
                }
            }
            return;
        }
        PySet o = other instanceof PySet ? (PySet) other : of(frozen, other);
        for (int i = o.nextSlot(0); i >= 0; i = o.nextSlot(i + 1)) {
            if (!discardEntry(o.tkeys[i], o.thashes[i])) {
                addEntry(o.tkeys[i], o.thashes[i]);
            }
        }
    }

    /** Replaces this set's contents with {@code other}'s table (set_swap_bodies, one way). */
    void takeBody(PySet other) {
        if (Ownership.active) {
            Ownership.check(owner);
        }
        tkeys = other.tkeys;
        thashes = other.thashes;
        mask = other.mask;
        fill = other.fill;
        used = other.used;
        hashCache = -1;
    }

    public boolean isSubset(PyObject other) {
        PySet o = asSet(other);
        if (used > o.used) {
            return false;
        }
        for (int i = nextSlot(0); i >= 0; i = nextSlot(i + 1)) {
            if (!o.containsEntry(tkeys[i], thashes[i])) {
                return false;
            }
        }
        return true;
    }

    public boolean isSuperset(PyObject other) {
        if (other instanceof PySet) {
            return ((PySet) other).isSubset(this);
        }
        return of(false, other).isSubset(this);
    }

    public boolean isDisjoint(PyObject other) {
        if (other == this) {
            return used == 0;
        }
        if (other instanceof PySet) {
            PySet a = this;
            PySet b = (PySet) other;
            if (a.used > b.used) {
                PySet t = a;
                a = b;
                b = t;
            }
            for (int i = a.nextSlot(0); i >= 0; i = a.nextSlot(i + 1)) {
                if (b.containsEntry(a.tkeys[i], a.thashes[i])) {
                    return false;
                }
            }
            return true;
        }
        PyObject it = Operations.iter(other);
        for (PyObject k = it.next(); k != null; k = it.next()) {
            if (containsEntry(k, keyHash(k))) {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- Python protocol

    @Override
    public int len() {
        return used;
    }

    @Override
    public boolean isTrue() {
        return used != 0;
    }

    @Override
    public boolean contains(PyObject v) {
        return has(v);
    }

    @Override
    public PyObject iter() {
        return new Iter(this);
    }

    @Override
    public String repr() {
        String name = type.name;
        if (used == 0) {
            return name + "()";
        }
        if (!ReprGuard.enter(this)) {
            return name + "(...)";
        }
        try {
            StringBuilder sb = new StringBuilder();
            if (type != TYPE) {
                sb.append(name).append('(');
            }
            sb.append('{');
            boolean first = true;
            for (int i = 0; i <= mask; i++) {
                if (isLive(tkeys[i])) {
                    if (!first) {
                        sb.append(", ");
                    }
                    first = false;
                    sb.append(Operations.repr(tkeys[i]));
                }
            }
            sb.append('}');
            if (type != TYPE) {
                sb.append(')');
            }
            return sb.toString();
        } finally {
            ReprGuard.exit(this);
        }
    }

    @Override
    public PyObject binop(int op, PyObject other) {
        boolean inplace = op >= BinOp.INPLACE;
        int base = inplace ? op - BinOp.INPLACE : op;
        if (!(other instanceof PySet)) {
            return null;
        }
        if (inplace && !frozen) {
            switch (base) {
                case BinOp.OR: updateInternal(other); return this;
                case BinOp.AND: takeBody(intersection(other)); return this;
                case BinOp.SUB: differenceUpdate(other); return this;
                case BinOp.XOR: symmetricDifferenceUpdate(other); return this;
                default: return null;
            }
        }
        switch (base) {
            case BinOp.OR: return union(other);
            case BinOp.AND: return intersection(other);
            case BinOp.SUB: return difference(other);
            case BinOp.XOR: return symmetricDifference(other);
            default: return null;
        }
    }

    @Override
    public PyObject richCompare(PyObject other, int op) {
        if (!(other instanceof PySet)) {
            return null;
        }
        PySet o = (PySet) other;
        switch (op) {
            case CompareOp.EQ: return PyBool.of(setEquals(o));
            case CompareOp.NE: return PyBool.of(!setEquals(o));
            case CompareOp.LE: return PyBool.of(isSubset(o));
            case CompareOp.GE: return PyBool.of(o.isSubset(this));
            case CompareOp.LT: return PyBool.of(used < o.used && isSubset(o));
            case CompareOp.GT: return PyBool.of(used > o.used && o.isSubset(this));
            default: return null;
        }
    }

    private boolean setEquals(PySet o) {
        if (used != o.used) {
            return false;
        }
        if (frozen && o.frozen && hashCache != -1 && o.hashCache != -1 && hashCache != o.hashCache) {
            return false;
        }
        return isSubset(o);
    }

    private static long shuffleBits(long h) {
        return ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
    }

    /** CPython's frozenset hash: order-independent, equal sets hash equal. */
    @Override
    public long pyHash() {
        if (!frozen) {
            throw PyErr.typeError("unhashable type: '" + type.name + "'");
        }
        if (hashCache != -1) {
            return hashCache;
        }
        long hash = 0;
        for (int i = 0; i <= mask; i++) {
            if (isLive(tkeys[i])) {
                hash ^= shuffleBits(thashes[i]);
            }
        }
        hash ^= ((long) used + 1) * 1927868237L;
        hash ^= (hash >>> 11) ^ (hash >>> 25);
        hash = hash * 69069L + 907133923L;
        if (hash == -1) {
            hash = 590923713L;
        }
        hashCache = hash;
        return hash;
    }

    @Override
    public int hashCode() {
        return frozen ? Long.hashCode(pyHash()) : System.identityHashCode(this);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PySet && setEquals((PySet) o);
    }

    /** Iterator over a set, failing when the set changes size meanwhile. */
    static final class Iter extends PyObject {
        private PySet set;
        private int pos;
        private final int expected;
        private int remaining;

        Iter(PySet s) {
            set = s;
            expected = s.used;
            remaining = s.used;
        }

        @Override
        public PyType getType() {
            return ITERATOR_TYPE;
        }

        @Override
        public PyObject iter() {
            return this;
        }

        @Override
        public PyObject next() {
            PySet s = set;
            if (s == null) {
                return null;
            }
            if (s.used != expected) {
                set = null;
                throw PyErr.format(ExceptionTypes.RUNTIME_ERROR, "Set changed size during iteration");
            }
            int i = s.nextSlot(pos);
            if (i < 0 || remaining == 0) {
                set = null;
                return null;
            }
            pos = i + 1;
            remaining--;
            return s.tkeys[i];
        }

        @Override
        public int len() {
            return set == null ? 0 : remaining;
        }
    }
}
