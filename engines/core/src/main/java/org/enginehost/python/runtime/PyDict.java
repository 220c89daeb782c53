package org.enginehost.python.runtime;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Python {@code dict}: a compact, insertion-ordered hash table as in CPython 3.6+. Entries
 * (hash, key, value) are appended to parallel arrays; a power-of-two index table maps hash slots
 * to entry positions with CPython's perturbed open addressing. Keys are compared by Python hash
 * and equality, so {@code 1}, {@code 1.0} and {@code True} are the same key.
 */
public class PyDict extends PyObject {
    public static final PyType TYPE = PyType.builtin("dict", Builtins::constructDict);

    private static final int EMPTY = 0;
    private static final int DUMMY = -1;
    private static final int MIN_INDEX = 8;

    /** Slot table: EMPTY, DUMMY, or entry position + 1. */
    private int[] index;
    private long[] hashes;
    private PyObject[] keys;
    private PyObject[] values;
    /**
     * One bit per key hash ({@link #keyBit}) for every key put since the table was last built: a
     * key whose bit is clear is certainly absent, which attribute lookups ask of instance dicts
     * for every method and class attribute reached through an instance, without a probe.
     */
    private long keyBits;
    /** Entry positions used so far (live + deleted). */
    private int used;
    /** Live entries. */
    private int size;
    /** Bumped on every insertion or deletion of a key, for iterators. */
    int version;
    /** The parallel worker call that created this dict, or null (main); see {@link Ownership}. */
    public Object owner = Ownership.owner();

    public PyDict() {
        allocate(MIN_INDEX);
    }

    /** A dict presized for about {@code n} keys. */
    public PyDict(int n) {
        int cap = MIN_INDEX;
        while (cap * 2 / 3 < n) {
            cap <<= 1;
        }
        allocate(cap);
    }

    private void allocate(int indexLength) {
        index = new int[indexLength];
        int cap = indexLength * 2 / 3;
        hashes = new long[cap];
        keys = new PyObject[cap];
        values = new PyObject[cap];
        used = 0;
        size = 0;
        keyBits = 0;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    // ---------------------------------------------------------------- hash table core

    static long hashOf(PyObject key) {
        return key.pyHash();
    }

    /** The bit of {@link #keyBits} for keys of hash {@code h}. */
    public static long keyBit(long h) {
        return 1L << (int) (h ^ (h >>> 6) ^ (h >>> 12)); // the shift takes the low 6 bits
    }

    /** False when no key of hash bit {@code bit} ({@link #keyBit}) is in the dict; true when one may be. */
    public final boolean mayHold(long bit) {
        return (keyBits & bit) != 0;
    }

    private static boolean keyEq(PyObject stored, PyObject key) {
        if (stored instanceof PyStr && key instanceof PyStr) {
            return ((PyStr) stored).value.equals(((PyStr) key).value);
        }
        return Operations.eq(stored, key);
    }

    /** The index slot holding {@code key}, or -1. */
    private int findSlot(PyObject key, long h) {
        int mask = index.length - 1;
        long perturb = h;
        int i = (int) h & mask;
        while (true) {
            int ix = index[i];
            if (ix == EMPTY) {
                return -1;
            }
            if (ix > 0) {
                int e = ix - 1;
                PyObject k = keys[e];
                if (k == key || (hashes[e] == h && keyEq(k, key))) {
                    return i;
                }
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
    }

    /** The entry position of {@code key}, or -1. */
    private int findEntry(PyObject key, long h) {
        int[] idx = index;
        int mask = idx.length - 1;
        long perturb = h;
        int i = (int) h & mask;
        while (true) {
            int ix = idx[i];
            if (ix == EMPTY) {
                return -1;
            }
            if (ix > 0) {
                int e = ix - 1;
                PyObject k = keys[e];
                if (k == key) {
                    return e;
                }
                if (hashes[e] == h) {
                    if (k instanceof PyStr && key instanceof PyStr) {
                        if (((PyStr) k).value.equals(((PyStr) key).value)) {
                            return e;
                        }
                    } else if (Operations.eq(k, key)) {
                        if (idx != index) {
                            return findEntry(key, h);
                        }
                        return e;
                    }
                }
                if (idx != index) {
                    return findEntry(key, h);
                }
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
    }

    private static int emptySlot(int[] idx, long h) {
        int mask = idx.length - 1;
        long perturb = h;
        int i = (int) h & mask;
        while (idx[i] != EMPTY) {
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        return i;
    }

    /** Appends a new entry; returns its position. */
    private int insertNew(PyObject key, long h, PyObject value) {
        if (used == keys.length) {
            resize(size * 3);
        }
        int e = used++;
        hashes[e] = h;
        keys[e] = key;
        values[e] = value;
        keyBits |= keyBit(h);
        index[emptySlot(index, h)] = e + 1;
        size++;
        version++;
        return e;
    }

    /** Rebuilds the table with room for {@code minUsed} slots, dropping deleted entries. */
    private void resize(int minUsed) {
        int n = MIN_INDEX;
        while (n <= minUsed) {
            n <<= 1;
        }
        long[] oh = hashes;
        PyObject[] ok = keys;
        PyObject[] ov = values;
        int oused = used;
        int osize = size;
        allocate(n);
        int j = 0;
        for (int e = 0; e < oused; e++) {
            if (ok[e] != null) {
                hashes[j] = oh[e];
                keys[j] = ok[e];
                values[j] = ov[e];
                index[emptySlot(index, oh[e])] = j + 1;
                keyBits |= keyBit(oh[e]);
                j++;
            }
        }
        used = j;
        size = osize;
    }

    private PyObject removeSlot(int slot) {
        int e = index[slot] - 1;
        PyObject v = values[e];
        index[slot] = DUMMY;
        keys[e] = null;
        values[e] = null;
        size--;
        version++;
        return v;
    }

    // ---------------------------------------------------------------- Java API

    /** The value for {@code key}, or {@code null} when absent. */
    public PyObject get(PyObject key) {
        int e = findEntry(key, hashOf(key));
        return e < 0 ? null : values[e];
    }

    public PyObject get(String key) {
        return get(new PyStr(key));
    }

    public void put(PyObject key, PyObject value) {
        putEntry(key, value);
    }

    /** {@link #put}, returning the entry position of {@code key} (for lookup caches). */
    public final int putEntry(PyObject key, PyObject value) {
        if (Ownership.active) {
            Ownership.check(owner);
            value = Ownership.stored(owner, value);
        }
        long h = hashOf(key);
        int e = findEntry(key, h);
        if (e >= 0) {
            values[e] = value;
            return e;
        }
        return insertNew(key, h, value);
    }

    /** Removes {@code key}, returning its value or {@code null} when absent. */
    public PyObject remove(PyObject key) {
        if (Ownership.active) {
            Ownership.check(owner);
        }
        int slot = findSlot(key, hashOf(key));
        return slot < 0 ? null : removeSlot(slot);
    }

    public int size() {
        return size;
    }

    /** The entry position of {@code key} (stable until the key is deleted), or -1: for lookup caches. */
    public final int entryOf(PyObject key) {
        return findEntry(key, hashOf(key));
    }

    /** The value at entry position {@code e} if that entry still holds the str {@code key}, else null. */
    public final PyObject valueAt(int e, PyStr key) {
        return holds(e, key) ? values[e] : null;
    }

    /** Sets the value at entry position {@code e} if that entry holds the str {@code key}; false (nothing done) otherwise. */
    public final boolean setValueAt(int e, PyStr key, PyObject value) {
        if (Ownership.active || !holds(e, key)) {
            return false;
        }
        values[e] = value;
        return true;
    }

    /** Whether entry position {@code e} holds the str {@code key} (that object or an equal str). */
    private boolean holds(int e, PyStr key) {
        PyObject[] ks = keys;
        if (e < 0 || e >= ks.length) {
            return false;
        }
        PyObject k = ks[e];
        return k == key || (k instanceof PyStr && ((PyStr) k).value.equals(key.value));
    }

    /** Changes whenever a key is added or removed (not when a value is replaced). */
    public final int keysVersion() {
        return version;
    }

    public void clear() {
        if (Ownership.active) {
            Ownership.check(owner);
        }
        allocate(MIN_INDEX);
        version++;
    }

    /** {@code setdefault}: the existing value, or {@code dflt} after storing it. */
    public PyObject setDefault(PyObject key, PyObject dflt) {
        if (Ownership.active) {
            Ownership.check(owner);
            dflt = Ownership.stored(owner, dflt);
        }
        long h = hashOf(key);
        int e = findEntry(key, h);
        if (e >= 0) {
            return values[e];
        }
        insertNew(key, h, dflt);
        return dflt;
    }

    /** Removes and returns the last inserted (key, value), or null when empty. */
    public PyTuple popItem() {
        if (Ownership.active) {
            Ownership.check(owner);
        }
        if (size == 0) {
            return null;
        }
        int e = used - 1;
        while (keys[e] == null) {
            e--;
        }
        PyObject k = keys[e];
        PyObject v = values[e];
        int slot = slotOfEntry(e);
        index[slot] = DUMMY;
        keys[e] = null;
        values[e] = null;
        used = e;
        size--;
        version++;
        return PyTuple.of(k, v);
    }

    private int slotOfEntry(int e) {
        long h = hashes[e];
        int mask = index.length - 1;
        long perturb = h;
        int i = (int) h & mask;
        while (index[i] != e + 1) {
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        return i;
    }

    /** Position of the first live entry at or after {@code pos}, or -1. */
    int nextEntry(int pos) {
        for (int e = pos; e < used; e++) {
            if (keys[e] != null) {
                return e;
            }
        }
        return -1;
    }

    /** Position of the last live entry at or before {@code pos}, or -1. */
    int prevEntry(int pos) {
        for (int e = Math.min(pos, used - 1); e >= 0; e--) {
            if (keys[e] != null) {
                return e;
            }
        }
        return -1;
    }

    PyObject keyAt(int e) {
        return keys[e];
    }

    PyObject valueAt(int e) {
        return values[e];
    }

    long hashAt(int e) {
        return hashes[e];
    }

    public List<PyObject> keys() {
        List<PyObject> out = new ArrayList<>(size);
        for (int e = 0; e < used; e++) {
            if (keys[e] != null) {
                out.add(keys[e]);
            }
        }
        return out;
    }

    /** Snapshot of the live entries, in insertion order. */
    public List<Map.Entry<PyObject, PyObject>> entries() {
        List<Map.Entry<PyObject, PyObject>> out = new ArrayList<>(size);
        for (int e = 0; e < used; e++) {
            if (keys[e] != null) {
                out.add(new AbstractMap.SimpleImmutableEntry<>(keys[e], values[e]));
            }
        }
        return out;
    }

    public PyObject[] keysArray() {
        PyObject[] out = new PyObject[size];
        int j = 0;
        for (int e = 0; e < used; e++) {
            if (keys[e] != null) {
                out[j++] = keys[e];
            }
        }
        return out;
    }

    public PyObject[] valuesArray() {
        PyObject[] out = new PyObject[size];
        int j = 0;
        for (int e = 0; e < used; e++) {
            if (keys[e] != null) {
                out[j++] = values[e];
            }
        }
        return out;
    }

    /** Stores every entry of {@code other} (dict.update with a dict). */
    public void putAll(PyDict other) {
        if (Ownership.active) {
            Ownership.check(owner);
        }
        if (other == this) {
            return;
        }
        if (size == 0 && other.size * 3 >= keys.length) {
            resize((other.size + 1) * 3 / 2);
        }
        for (int e = 0; e < other.used; e++) {
            PyObject k = other.keys[e];
            if (k != null) {
                long h = other.hashes[e];
                int f = findEntry(k, h);
                if (f >= 0) {
                    values[f] = other.values[e];
                } else {
                    insertNew(k, h, other.values[e]);
                }
            }
        }
    }

    public PyDict copy() {
        PyDict d = new PyDict();
        d.index = index.clone();
        d.hashes = hashes.clone();
        d.keys = keys.clone();
        d.values = values.clone();
        d.used = used;
        d.size = size;
        d.keyBits = keyBits;
        if (used > size * 2 && used > 8) {
            d.resize(size * 3 / 2);
        }
        return d;
    }

    // ---------------------------------------------------------------- Python protocol

    @Override
    public PyObject getItem(PyObject key) {
        int e = findEntry(key, hashOf(key));
        if (e < 0) {
            throw PyErr.keyError(key);
        }
        return values[e];
    }

    @Override
    public void setItem(PyObject key, PyObject value) {
        put(key, value);
    }

    @Override
    public void delItem(PyObject key) {
        if (remove(key) == null) {
            throw PyErr.keyError(key);
        }
    }

    @Override
    public boolean isTrue() {
        return size != 0;
    }

    @Override
    public int len() {
        return size;
    }

    @Override
    public boolean contains(PyObject v) {
        return findEntry(v, hashOf(v)) >= 0;
    }

    @Override
    public PyObject iter() {
        return new DictViews.Iter(this, DictViews.KEYS, false);
    }

    @Override
    public String repr() {
        if (size == 0) {
            return "{}";
        }
        if (!ReprGuard.enter(this)) {
            return "{...}";
        }
        try {
            StringBuilder sb = new StringBuilder("{");
            boolean first = true;
            for (int e = 0; e < used; e++) {
                PyObject k = keys[e];
                if (k == null) {
                    continue;
                }
                PyObject v = values[e];
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                sb.append(Operations.repr(k)).append(": ").append(Operations.repr(v));
            }
            return sb.append('}').toString();
        } finally {
            ReprGuard.exit(this);
        }
    }

    @Override
    public PyObject richCompare(PyObject other, int op) {
        if (!(other instanceof PyDict) || (op != CompareOp.EQ && op != CompareOp.NE)) {
            return null;
        }
        return PyBool.of(dictEquals((PyDict) other) == (op == CompareOp.EQ));
    }

    @Override
    public PyObject binop(int op, PyObject other) {
        if (op == BinOp.OR && other instanceof PyDict) {
            PyDict d = copy();
            d.putAll((PyDict) other);
            return d;
        }
        if (op == BinOp.OR + BinOp.INPLACE) {
            DictMethods.update(this, other);
            return this;
        }
        return null;
    }

    @Override
    public long pyHash() {
        throw PyErr.typeError("unhashable type: 'dict'");
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    private boolean dictEquals(PyDict o) {
        if (this == o) {
            return true;
        }
        if (o.size != size) {
            return false;
        }
        for (int e = 0; e < used; e++) {
            PyObject k = keys[e];
            if (k == null) {
                continue;
            }
            PyObject v = values[e];
            PyObject w = o.get(k);
            if (w == null || !(w == v || Operations.eq(v, w))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyDict && dictEquals((PyDict) o);
    }
}
