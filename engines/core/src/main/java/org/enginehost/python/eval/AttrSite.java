package org.enginehost.python.eval;

import org.enginehost.python.runtime.PyBuiltinFunction;
import org.enginehost.python.runtime.PyDict;
import org.enginehost.python.runtime.PyFloat;
import org.enginehost.python.runtime.PyFunction;
import org.enginehost.python.runtime.PyInstance;
import org.enginehost.python.runtime.PyInt;
import org.enginehost.python.runtime.PyList;
import org.enginehost.python.runtime.PyObject;
import org.enginehost.python.runtime.PyStr;
import org.enginehost.python.runtime.PyTuple;
import org.enginehost.python.runtime.PyType;

/**
 * The lookup cache of one LOAD_ATTR or STORE_ATTR instruction in compiled code: what the
 * receiver's type had under the name last time (the class attribute along the MRO, or none),
 * valid while the type's {@link PyType#version} is unchanged. A hit saves the MRO lookup; the
 * rest is the generic attribute protocol, in its order: data descriptor, instance dict,
 * class attribute. Only receivers whose attribute access is exactly that protocol are cached:
 * instances of plain user classes and the common builtin types. A miss installs a new site; the
 * only thing that changes in a site is {@link #entry}, a hint.
 */
final class AttrSite {
    static final AttrSite EMPTY = new AttrSite(null, 0, null, false, 0, null);
    /** Receiver types one instruction keeps at once: a call site that sees a few subclasses stays cached. */
    private static final int MAX_TYPES = 4;

    private final PyType type;
    private final int version;
    /** The class attribute, or null when the MRO has none. */
    private final PyObject descr;
    private final boolean dataDescriptor;
    /** {@link PyDict#keyBit} of the name: an instance dict without it answers "absent" without a probe. */
    private final long nameBit;
    /**
     * Where the instance dict held the name last time: instances of one class usually get their
     * attributes in the same order, so the same entry position, whose key is checked before it
     * is used. A racy hint: a wrong value only costs a lookup.
     */
    private int entry;

    /** The entry for another receiver type at the same instruction, or null. */
    private final AttrSite next;

    private AttrSite(PyType type, int version, PyObject descr, boolean dataDescriptor, long nameBit, AttrSite next) {
        this.type = type;
        this.version = version;
        this.descr = descr;
        this.dataDescriptor = dataDescriptor;
        this.nameBit = nameBit;
        this.next = next;
    }

    /** The entry of instruction {@code k} for {@code t}, looked up and cached on a miss; null when uncacheable. */
    private static AttrSite find(AttrSite[] sites, int k, PyType t, PyStr name) {
        for (AttrSite c = sites[k]; c != null; c = c.next) {
            if (c.type == t && c.version == t.version()) {
                return c;
            }
        }
        return miss(sites, k, t, name);
    }

    static AttrSite[] empty(int n) {
        AttrSite[] sites = new AttrSite[n];
        java.util.Arrays.fill(sites, EMPTY);
        return sites;
    }

    /** LOAD_ATTR: {@code obj.name}. */
    static PyObject load(AttrSite[] sites, int k, PyObject obj, PyStr name) {
        Class<?> cls = obj.getClass();
        if (cls == PyInstance.class) {
            PyType t = obj.getType();
            AttrSite c = find(sites, k, t, name);
            if (c == null) {
                return obj.getAttr(name);
            }
            PyObject d = c.descr;
            if (!c.dataDescriptor) {
                PyDict dict = ((PyInstance) obj).instanceDict();
                if (dict != null && (d == null || dict.mayHold(c.nameBit))) {
                    PyObject v = dict.valueAt(c.entry, name);
                    if (v == null) {
                        int e = dict.entryOf(name);
                        if (e >= 0) {
                            c.entry = e;
                            v = dict.valueAt(e, name);
                        }
                    }
                    if (v != null) {
                        return v;
                    }
                }
                if (d == null) {
                    return obj.getAttr(name); // __class__, __dict__ or the AttributeError
                }
            }
            PyObject r = d.descrGet(obj, t);
            return r != null ? r : d;
        }
        if (plainBuiltin(cls)) {
            PyType t = obj.getType();
            AttrSite c = find(sites, k, t, name);
            PyObject d = c == null ? null : c.descr;
            if (d != null) {
                PyObject r = d.descrGet(obj, t);
                return r != null ? r : d;
            }
        }
        return obj.getAttr(name);
    }

    /**
     * LOAD_ATTR of a method about to be called: the function {@code obj.name} would bind when
     * the lookup finds a method (a Python function or a builtin method on the class, not shadowed
     * by the instance), so that the call can pass {@code obj} as self without making the bound
     * method; null otherwise (then the caller does a plain {@link #load}).
     */
    static PyObject method(AttrSite[] sites, int k, PyObject obj, PyStr name) {
        Class<?> cls = obj.getClass();
        boolean instance = cls == PyInstance.class;
        if (!instance && !plainBuiltin(cls)) {
            return null;
        }
        PyType t = obj.getType();
        AttrSite c = find(sites, k, t, name);
        if (c == null) {
            return null;
        }
        PyObject d = c.descr;
        if (!(d instanceof PyFunction || (d instanceof PyBuiltinFunction && ((PyBuiltinFunction) d).isMethod))) {
            return null;
        }
        if (instance) {
            PyDict dict = ((PyInstance) obj).instanceDict();
            if (dict != null && dict.mayHold(c.nameBit) && dict.get(name) != null) {
                return null;
            }
        }
        return d;
    }

    /** STORE_ATTR: {@code obj.name = value}. */
    static void store(AttrSite[] sites, int k, PyObject obj, PyStr name, PyObject value) {
        if (obj.getClass() == PyInstance.class) {
            PyType t = obj.getType();
            AttrSite c = find(sites, k, t, name);
            PyDict dict = ((PyInstance) obj).instanceDict();
            if (c != null && !c.dataDescriptor && dict != null && !name.value.equals("__class__")
                    && !name.value.equals("__dict__")) {
                if (!dict.setValueAt(c.entry, name, value)) {
                    c.entry = dict.putEntry(name, value);
                }
                return;
            }
        }
        obj.setAttr(name.value, value);
    }

    /** The builtin receivers cached here: no instance dict, a type nobody can change. */
    private static boolean plainBuiltin(Class<?> cls) {
        return cls == PyStr.class || cls == PyList.class || cls == PyDict.class || cls == PyTuple.class
                || cls == PyInt.class || cls == PyFloat.class;
    }

    /**
     * Looks the name up in {@code t} and caches it in front of the instruction's other entries
     * (keeping the newest {@link #MAX_TYPES}, and none whose type has changed since); null when the
     * type has its own attribute hooks.
     */
    private static AttrSite miss(AttrSite[] sites, int k, PyType t, PyStr name) {
        int version = t.version(); // read first: a change during the lookup leaves the site stale, not wrong
        if (!t.plainAttributes()) {
            return null;
        }
        PyObject d = t.lookup(name.value);
        AttrSite[] keep = new AttrSite[MAX_TYPES - 1];
        int kept = 0;
        for (AttrSite c = sites[k]; c != null && kept < keep.length; c = c.next) {
            if (c.type != null && c.type != t && c.version == c.type.version()) {
                keep[kept++] = c;
            }
        }
        AttrSite rest = null;
        for (int i = kept - 1; i >= 0; i--) {
            AttrSite c = keep[i];
            rest = new AttrSite(c.type, c.version, c.descr, c.dataDescriptor, c.nameBit, rest);
            rest.entry = c.entry;
        }
        AttrSite c = new AttrSite(t, version, d, d != null && !(d instanceof PyFunction) && d.isDataDescriptor(),
                PyDict.keyBit(name.pyHash()), rest);
        sites[k] = c;
        return c;
    }
}
