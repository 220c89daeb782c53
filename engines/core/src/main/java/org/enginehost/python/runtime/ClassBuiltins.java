package org.enginehost.python.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Builtins of the object model: super, property, classmethod, staticmethod, isinstance,
 * issubclass, getattr/setattr/hasattr/delattr, vars, dir, callable, id, __build_class__.
 */
public final class ClassBuiltins {
    private ClassBuiltins() {
    }

    /** The function a class statement calls (the compiler loads it as a constant). */
    public static final PyBuiltinFunction BUILD_CLASS = new PyBuiltinFunction("__build_class__",
            TypeFactory::buildClass);

    private static final ClassValue<Boolean> CALLABLE_CLASS = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> c) {
            try {
                return c.getMethod("call", PyObject[].class, String[].class).getDeclaringClass() != PyObject.class;
            } catch (NoSuchMethodException e) {
                return false;
            }
        }
    };

    static void install(PyModule b) {
        for (PyType t : new PyType[] {PySuper.TYPE, PyProperty.TYPE, PyClassMethod.TYPE, PyStaticMethod.TYPE}) {
            b.define(t.name, t);
        }
        b.define("__build_class__", BUILD_CLASS);
        b.define("NotImplemented", PyNotImplemented.NOT_IMPLEMENTED);
        b.defineFunction("isinstance", (a, k) -> {
            PyBuiltinFunction.checkArgs("isinstance", a, k, 2, 2);
            return PyBool.of(isInstance(a[0], a[1]));
        });
        b.defineFunction("issubclass", (a, k) -> {
            PyBuiltinFunction.checkArgs("issubclass", a, k, 2, 2);
            return PyBool.of(isSubclass(a[0], a[1]));
        });
        b.defineFunction("getattr", (a, k) -> {
            PyBuiltinFunction.checkArgs("getattr", a, k, 2, 3);
            if (!(a[1] instanceof PyStr)) {
                throw PyErr.typeError("getattr(): attribute name must be string");
            }
            if (a.length == 2) {
                return a[0].getAttr((PyStr) a[1]);
            }
            try {
                return a[0].getAttr((PyStr) a[1]);
            } catch (PyException e) {
                if (e.value.isInstance(ExceptionTypes.ATTRIBUTE_ERROR)) {
                    return a[2];
                }
                throw e;
            }
        });
        b.defineFunction("hasattr", (a, k) -> {
            PyBuiltinFunction.checkArgs("hasattr", a, k, 2, 2);
            if (!(a[1] instanceof PyStr)) {
                throw PyErr.typeError("hasattr(): attribute name must be string");
            }
            try {
                a[0].getAttr((PyStr) a[1]);
                return PyBool.TRUE;
            } catch (PyException e) {
                if (e.value.isInstance(ExceptionTypes.ATTRIBUTE_ERROR)) {
                    return PyBool.FALSE;
                }
                throw e;
            }
        });
        b.defineFunction("setattr", (a, k) -> {
            PyBuiltinFunction.checkArgs("setattr", a, k, 3, 3);
            if (!(a[1] instanceof PyStr)) {
                throw PyErr.typeError("attribute name must be string, not '" + a[1].getType().name + "'");
            }
            a[0].setAttr(((PyStr) a[1]).value, a[2]);
            return PyNone.NONE;
        });
        b.defineFunction("delattr", (a, k) -> {
            PyBuiltinFunction.checkArgs("delattr", a, k, 2, 2);
            if (!(a[1] instanceof PyStr)) {
                throw PyErr.typeError("attribute name must be string, not '" + a[1].getType().name + "'");
            }
            a[0].setAttr(((PyStr) a[1]).value, null);
            return PyNone.NONE;
        });
        b.defineFunction("vars", (a, k) -> {
            PyBuiltinFunction.checkArgs("vars", a, k, 0, 1);
            if (a.length == 0) {
                return EvalBuiltins.callerLocals();
            }
            try {
                PyObject d = a[0].getAttr("__dict__");
                if (d != null) {
                    return d;
                }
            } catch (PyException e) {
                if (!e.value.isInstance(ExceptionTypes.ATTRIBUTE_ERROR)) {
                    throw e;
                }
            }
            throw PyErr.typeError("vars() argument must have __dict__ attribute");
        });
        b.defineFunction("dir", (a, k) -> {
            PyBuiltinFunction.checkArgs("dir", a, k, 0, 1);
            if (a.length == 0) {
                PyList names = new PyList();
                for (PyObject key : EvalBuiltins.callerLocals().keys()) {
                    names.append(key);
                }
                names.getType().lookup("sort").call(new PyObject[] {names}, null);
                return names;
            }
            return dirOf(a[0]);
        });
        b.defineFunction("callable", (a, k) -> {
            PyBuiltinFunction.checkArgs("callable", a, k, 1, 1);
            return PyBool.of(isCallable(a[0]));
        });
        b.defineFunction("id", (a, k) -> {
            PyBuiltinFunction.checkArgs("id", a, k, 1, 1);
            return PyInt.of(0x7f0000000000L + ((long) System.identityHashCode(a[0]) << 4));
        });
    }

    public static boolean isCallable(PyObject o) {
        if (o instanceof PyInstance) {
            return o.getType().lookup("__call__") != null;
        }
        return CALLABLE_CLASS.get(o.getClass());
    }

    static PyType asType(PyObject o, String msg) {
        if (!(o instanceof PyType)) {
            throw PyErr.typeError(msg);
        }
        return (PyType) o;
    }

    /** {@code isinstance(o, t)}: a type, a tuple of types, or a class with __instancecheck__. */
    public static boolean isInstance(PyObject o, PyObject t) {
        if (t instanceof PyType) {
            PyType tt = (PyType) t;
            PyType ot = o.getType();
            if (ot == tt) {
                return true;
            }
            PyType meta = tt.getType();
            if (meta != PyType.TYPE) {
                PyObject m = meta.lookup("__instancecheck__");
                if (m instanceof PyFunction) {
                    return Operations.isTrue(Slots.call1(m, tt, o));
                }
            }
            return ot.isSubtypeOf(tt);
        }
        if (t instanceof PyTuple) {
            for (PyObject x : ((PyTuple) t).items) {
                if (isInstance(o, x)) {
                    return true;
                }
            }
            return false;
        }
        if (t instanceof PyUnionType u) {
            return isInstance(o, u.args);
        }
        if (t instanceof PyGenericAlias) {
            throw PyErr.typeError("isinstance() argument 2 cannot be a parameterized generic");
        }
        PyObject m = t.getType().lookup("__instancecheck__");
        if (m != null) {
            return Operations.isTrue(Slots.call1(m, t, o));
        }
        throw PyErr.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
    }

    public static boolean isSubclass(PyObject c, PyObject t) {
        if (t instanceof PyTuple) {
            for (PyObject x : ((PyTuple) t).items) {
                if (isSubclass(c, x)) {
                    return true;
                }
            }
            return false;
        }
        if (t instanceof PyType) {
            PyType meta = t.getType();
            if (meta != PyType.TYPE) {
                PyObject m = meta.lookup("__subclasscheck__");
                if (m instanceof PyFunction) {
                    return Operations.isTrue(Slots.call1(m, t, c));
                }
            }
            return asType(c, "issubclass() arg 1 must be a class").isSubtypeOf((PyType) t);
        }
        if (t instanceof PyUnionType u) {
            return isSubclass(c, u.args);
        }
        if (t instanceof PyGenericAlias) {
            throw PyErr.typeError("issubclass() argument 2 cannot be a parameterized generic");
        }
        PyObject m = t.getType().lookup("__subclasscheck__");
        if (m != null) {
            return Operations.isTrue(Slots.call1(m, t, c));
        }
        asType(c, "issubclass() arg 1 must be a class");
        throw PyErr.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
    }

    /** {@code dir(o)}: its {@code __dir__}, sorted, or the default listing. */
    static PyList dirOf(PyObject o) {
        PyObject m = o.getType().lookup("__dir__");
        if (m != null && m != ObjectMethods.OBJECT_DIR) {
            PyList l = new PyList();
            l.extend(Slots.call0(m, o));
            l.getType().lookup("sort").call(new PyObject[] {l}, null);
            return l;
        }
        return dir(o);
    }

    /** The default {@code dir(o)}: sorted attribute names of the object, its class and bases. */
    static PyList dir(PyObject o) {
        MethodTables.ensureInstalled();
        TreeSet<String> names = new TreeSet<>();
        List<PyDict> dicts = new ArrayList<>();
        if (o instanceof PyModule) {
            dicts.add(((PyModule) o).dict);
        } else if (o instanceof PyType) {
            for (PyType t : ((PyType) o).mro) {
                dicts.add(t.dict());
            }
        } else {
            if (o instanceof HasDict && ((HasDict) o).instanceDict() != null) {
                dicts.add(((HasDict) o).instanceDict());
            }
            for (PyType t : o.getType().mro) {
                dicts.add(t.dict());
            }
        }
        for (PyDict d : dicts) {
            for (PyObject key : d.keys()) {
                // Names Python cannot spell ($except_star_split: the compiler's helpers, the
                // hidden locals of an except* statement) are not the program's.
                if (key instanceof PyStr ks && !ks.value.startsWith("$")) {
                    names.add(ks.value);
                }
            }
        }
        if (!(o instanceof PyModule)) {
            // Every object has __class__; CPython lists it from object's namespace, where this
            // runtime answers it without an entry (see ObjectMethods).
            names.add("__class__");
        }
        PyList l = new PyList();
        for (String n : names) {
            l.append(new PyStr(n));
        }
        return l;
    }
}
