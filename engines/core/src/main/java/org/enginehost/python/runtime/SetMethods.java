package org.enginehost.python.runtime;

/** Constructors and methods of {@code set} and {@code frozenset}. */
final class SetMethods {
    private SetMethods() {
    }

    static PyObject constructSet(PyType type, PyObject[] a, String[] k) {
        if (k != null && k.length > 0) {
            throw PyErr.typeError("set() takes no keyword arguments");
        }
        if (a.length > 1) {
            throw PyErr.typeError("set expected at most 1 argument, got " + a.length);
        }
        PySet s = new PySet(type, false);
        if (a.length == 1) {
            s.updateInternal(a[0]);
        }
        return s;
    }

    static PyObject constructFrozenSet(PyType type, PyObject[] a, String[] k) {
        if (k != null && k.length > 0) {
            throw PyErr.typeError("frozenset() takes no keyword arguments");
        }
        if (a.length > 1) {
            throw PyErr.typeError("frozenset expected at most 1 argument, got " + a.length);
        }
        if (a.length == 1 && type == PySet.FROZEN_TYPE && a[0].getType() == PySet.FROZEN_TYPE) {
            return a[0];
        }
        PySet s = new PySet(type, true);
        if (a.length == 1) {
            s.updateInternal(a[0]);
        }
        return s;
    }

    private static PySet self(PyObject[] a) {
        return (PySet) a[0];
    }

    static void install(PyType set, PyType frozen) {
        for (PyType t : new PyType[] {set, frozen}) {
            t.addMethod("copy", (a, k) -> {
                PyBuiltinFunction.checkMethodArgs(t.name + ".copy", a, k, 1, 1);
                PySet s = self(a);
                return s.frozen && s.getType() == PySet.FROZEN_TYPE ? s : s.copy();
            });
            t.addMethod("union", (a, k) -> {
                PyBuiltinFunction.noKeywords(t.name + ".union", k);
                PySet r = self(a).copy();
                for (int i = 1; i < a.length; i++) {
                    r.updateInternal(a[i]);
                }
                return r;
            });
            t.addMethod("intersection", (a, k) -> {
                PyBuiltinFunction.noKeywords(t.name + ".intersection", k);
                if (a.length == 1) {
                    return self(a).copy();
                }
                PySet r = self(a);
                for (int i = 1; i < a.length; i++) {
                    r = r.intersection(a[i]);
                }
                return r;
            });
            t.addMethod("difference", (a, k) -> {
                PyBuiltinFunction.noKeywords(t.name + ".difference", k);
                if (a.length == 1) {
                    return self(a).copy();
                }
                PySet r = self(a).difference(a[1]);
                for (int i = 2; i < a.length; i++) {
                    r.differenceUpdate(a[i]);
                }
                return r;
            });
            t.addMethod("symmetric_difference", (a, k) -> {
                PyBuiltinFunction.checkMethodArgs(t.name + ".symmetric_difference", a, k, 2, 2);
                return self(a).symmetricDifference(a[1]);
            });
            t.addMethod("issubset", (a, k) -> {
                PyBuiltinFunction.checkMethodArgs(t.name + ".issubset", a, k, 2, 2);
                return PyBool.of(self(a).isSubset(a[1]));
            });
            t.addMethod("issuperset", (a, k) -> {
                PyBuiltinFunction.checkMethodArgs(t.name + ".issuperset", a, k, 2, 2);
                return PyBool.of(self(a).isSuperset(a[1]));
            });
            t.addMethod("isdisjoint", (a, k) -> {
                PyBuiltinFunction.checkMethodArgs(t.name + ".isdisjoint", a, k, 2, 2);
                return PyBool.of(self(a).isDisjoint(a[1]));
            });
            // __contains__ and __len__: Derived's wrappers (Derived.installWrappers).
        }
        set.addMethod("add", (a, k) -> {
            PyBuiltinFunction.checkMethodArgs("set.add", a, k, 2, 2);
            self(a).add(a[1]);
            return PyNone.NONE;
        });
        set.addMethod("discard", (a, k) -> {
            PyBuiltinFunction.checkMethodArgs("set.discard", a, k, 2, 2);
            self(a).discard(a[1]);
            return PyNone.NONE;
        });
        set.addMethod("remove", (a, k) -> {
            PyBuiltinFunction.checkMethodArgs("set.remove", a, k, 2, 2);
            if (!self(a).discard(a[1])) {
                throw PyErr.keyError(a[1]);
            }
            return PyNone.NONE;
        });
        set.addMethod("pop", (a, k) -> {
            PyBuiltinFunction.checkMethodArgs("set.pop", a, k, 1, 1);
            return self(a).pop();
        });
        set.addMethod("clear", (a, k) -> {
            PyBuiltinFunction.checkMethodArgs("set.clear", a, k, 1, 1);
            self(a).clear();
            return PyNone.NONE;
        });
        set.addMethod("update", (a, k) -> {
            PyBuiltinFunction.noKeywords("set.update", k);
            for (int i = 1; i < a.length; i++) {
                self(a).updateInternal(a[i]);
            }
            return PyNone.NONE;
        });
        set.addMethod("intersection_update", (a, k) -> {
            PyBuiltinFunction.noKeywords("set.intersection_update", k);
            PySet s = self(a);
            PySet r = s;
            for (int i = 1; i < a.length; i++) {
                r = r.intersection(a[i]);
            }
            if (r != s) {
                s.takeBody(r);
            }
            return PyNone.NONE;
        });
        set.addMethod("difference_update", (a, k) -> {
            PyBuiltinFunction.noKeywords("set.difference_update", k);
            for (int i = 1; i < a.length; i++) {
                self(a).differenceUpdate(a[i]);
            }
            return PyNone.NONE;
        });
        set.addMethod("symmetric_difference_update", (a, k) -> {
            PyBuiltinFunction.checkMethodArgs("set.symmetric_difference_update", a, k, 2, 2);
            self(a).symmetricDifferenceUpdate(a[1]);
            return PyNone.NONE;
        });
    }
}
