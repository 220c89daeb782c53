package org.enginehost.python.runtime;

/** Methods of {@code dict}, and the shared {@code update} logic of dict(), update() and |=. */
final class DictMethods {
    private DictMethods() {
    }

    static void install(PyType t) {
        t.addMethod("get", (a, k) -> {
            PyBuiltinFunction.checkMethodArgs("get", a, k, 2, 3);
            PyObject v = ((PyDict) a[0]).get(a[1]);
            return v != null ? v : a.length > 2 ? a[2] : PyNone.NONE;
        });
        t.addMethod("keys", (a, k) -> {
            PyBuiltinFunction.checkMethodArgs("dict.keys", a, k, 1, 1);
            return new DictViews.View((PyDict) a[0], DictViews.KEYS);
        });
        t.addMethod("values", (a, k) -> {
            PyBuiltinFunction.checkMethodArgs("dict.values", a, k, 1, 1);
            return new DictViews.View((PyDict) a[0], DictViews.VALUES);
        });
        t.addMethod("items", (a, k) -> {
            PyBuiltinFunction.checkMethodArgs("dict.items", a, k, 1, 1);
            return new DictViews.View((PyDict) a[0], DictViews.ITEMS);
        });
        t.addMethod("pop", (a, k) -> {
            PyBuiltinFunction.checkMethodArgs("pop", a, k, 2, 3);
            PyObject v = ((PyDict) a[0]).remove(a[1]);
            if (v == null) {
                if (a.length > 2) {
                    return a[2];
                }
                throw PyErr.keyError(a[1]);
            }
            return v;
        });
        t.addMethod("popitem", (a, k) -> {
            PyBuiltinFunction.checkMethodArgs("dict.popitem", a, k, 1, 1);
            PyTuple item = ((PyDict) a[0]).popItem();
            if (item == null) {
                throw PyErr.keyError(new PyStr("popitem(): dictionary is empty"));
            }
            return item;
        });
        t.addMethod("setdefault", (a, k) -> {
            PyBuiltinFunction.checkMethodArgs("setdefault", a, k, 2, 3);
            return ((PyDict) a[0]).setDefault(a[1], a.length > 2 ? a[2] : PyNone.NONE);
        });
        t.addMethod("update", (a, k) -> {
            int npos = a.length - (k == null ? 0 : k.length);
            if (npos > 2) {
                throw PyErr.typeError("update expected at most 1 argument, got " + (npos - 1));
            }
            PyDict d = (PyDict) a[0];
            if (npos == 2) {
                update(d, a[1]);
            }
            for (int i = 0; k != null && i < k.length; i++) {
                d.put(new PyStr(k[i]), a[npos + i]);
            }
            return PyNone.NONE;
        });
        t.addMethod("copy", (a, k) -> {
            PyBuiltinFunction.checkMethodArgs("dict.copy", a, k, 1, 1);
            return ((PyDict) a[0]).copy();
        });
        t.addMethod("clear", (a, k) -> {
            PyBuiltinFunction.checkMethodArgs("dict.clear", a, k, 1, 1);
            ((PyDict) a[0]).clear();
            return PyNone.NONE;
        });
        t.addMethod("__reversed__", (a, k) -> new DictViews.Iter((PyDict) a[0], DictViews.KEYS, true));
        // __contains__ __getitem__ __len__: Derived's wrappers (Derived.installWrappers).
        // A classmethod: D.fromkeys(...) on a dict subclass (OrderedDict, a user's class) makes a D,
        // filled through its __setitem__, as CPython's does.
        t.dict().put(new PyStr("fromkeys"), new PyClassMethod(new PyBuiltinFunction("fromkeys", (a, k) -> {
            PyObject[] args = java.util.Arrays.copyOfRange(a, 1, a.length);
            PyBuiltinFunction.checkArgs("fromkeys", args, k, 1, 2);
            PyObject value = args.length > 1 ? args[1] : PyNone.NONE;
            PyObject d = a[0] == PyDict.TYPE ? new PyDict() : a[0].call(new PyObject[0], null);
            PyObject it = Operations.iter(args[0]);
            for (PyObject x = it.next(); x != null; x = it.next()) {
                if (d.getClass() == PyDict.class) {
                    ((PyDict) d).put(x, value);
                } else {
                    d.setItem(x, value);
                }
            }
            return d;
        }, false)));
        DictViews.install();
    }

    /** {@code d.update(other)}: a dict, an object with keys(), or an iterable of pairs. */
    static void update(PyDict d, PyObject other) {
        if (other instanceof PyDict) {
            d.putAll((PyDict) other);
            return;
        }
        if (!(other instanceof PyList || other instanceof PyTuple) && other.getType().lookup("keys") != null) {
            PyObject ks = other.getAttr("keys").call(new PyObject[0], null);
            PyObject it = Operations.iter(ks);
            for (PyObject key = it.next(); key != null; key = it.next()) {
                d.put(key, other.getItem(key));
            }
            return;
        }
        PyObject it = Operations.iter(other);
        int n = 0;
        for (PyObject x = it.next(); x != null; x = it.next(), n++) {
            PyObject key;
            PyObject value;
            if (x instanceof PyTuple && ((PyTuple) x).items.length == 2) {
                key = ((PyTuple) x).items[0];
                value = ((PyTuple) x).items[1];
            } else {
                PyObject[] kv;
                try {
                    kv = Operations.toArray(x);
                } catch (PyException e) {
                    if (e.value.isInstance(ExceptionTypes.TYPE_ERROR)) {
                        throw PyErr.typeError("cannot convert dictionary update sequence element #" + n + " to a sequence");
                    }
                    throw e;
                }
                if (kv.length != 2) {
                    throw PyErr.valueError("dictionary update sequence element #" + n + " has length " + kv.length
                            + "; 2 is required");
                }
                key = kv[0];
                value = kv[1];
            }
            d.put(key, value);
        }
    }
}
