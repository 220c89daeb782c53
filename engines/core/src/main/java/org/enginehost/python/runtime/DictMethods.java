package org.enginehost.python.runtime;

/** Methods of {@code dict}. */
final class DictMethods {
    private DictMethods() {
    }

    static void install(PyType t) {
        t.addMethod("get", (a, k) -> {
            PyBuiltinFunction.checkArgs("get", a, k, 2, 3);
            PyObject v = ((PyDict) a[0]).get(a[1]);
            return v != null ? v : a.length > 2 ? a[2] : PyNone.NONE;
        });
        t.addMethod("keys", (a, k) -> new PyDict.View((PyDict) a[0], 0));
        t.addMethod("values", (a, k) -> new PyDict.View((PyDict) a[0], 1));
        t.addMethod("items", (a, k) -> new PyDict.View((PyDict) a[0], 2));
        t.addMethod("pop", (a, k) -> {
            PyBuiltinFunction.checkArgs("pop", a, k, 2, 3);
            PyObject v = ((PyDict) a[0]).remove(a[1]);
            if (v == null) {
                if (a.length > 2) {
                    return a[2];
                }
                throw PyErr.keyError(a[1]);
            }
            return v;
        });
        t.addMethod("setdefault", (a, k) -> {
            PyDict d = (PyDict) a[0];
            PyObject v = d.get(a[1]);
            if (v == null) {
                v = a.length > 2 ? a[2] : PyNone.NONE;
                d.put(a[1], v);
            }
            return v;
        });
        t.addMethod("update", (a, k) -> {
            PyDict d = (PyDict) a[0];
            if (a.length > 1 && a[1] instanceof PyDict) {
                for (var e : ((PyDict) a[1]).entries()) {
                    d.put(e.getKey(), e.getValue());
                }
            }
            return PyNone.NONE;
        });
        t.addMethod("copy", (a, k) -> ((PyDict) a[0]).copy());
        t.addMethod("clear", (a, k) -> {
            ((PyDict) a[0]).clear();
            return PyNone.NONE;
        });
    }
}
