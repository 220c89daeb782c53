package org.enginehost.python.runtime;

import java.util.List;

/**
 * Runtime support of the control-flow instructions that are not on the hottest paths:
 * yield-from/await delegation, star unpacking, set and dict displays, the with statement,
 * pattern matching and {@code from m import *}. Shared by every engine.
 */
public final class FlowOps {
    private FlowOps() {
    }

    /** {@code getattr(o, name, None)} as Java null. */
    public static PyObject attrOrNull(PyObject o, String name) {
        try {
            return o.getAttr(name);
        } catch (PyException e) {
            if (e.value.isInstance(ExceptionTypes.ATTRIBUTE_ERROR)) {
                return null;
            }
            throw e;
        }
    }

    /** GET_YIELD_FROM_ITER. */
    public static PyObject yieldFromIter(PyObject x) {
        if (x instanceof PyGenerator g) {
            if (g.coroutine) {
                throw PyErr.typeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
            }
            return x;
        }
        return x.iter();
    }

    /** GET_AWAITABLE: the iterator that {@code await x} delegates to. */
    public static PyObject awaitable(PyObject x) {
        if (x instanceof PyGenerator g) {
            if (g.coroutine) {
                return x;
            }
            throw PyErr.typeError("object generator can't be used in 'await' expression");
        }
        PyObject m = x.getType().lookup("__await__");
        if (m == null) {
            throw PyErr.typeError("object " + x.getType().name + " can't be used in 'await' expression");
        }
        PyObject it = m.call(new PyObject[] {x}, null);
        if (it instanceof PyGenerator g && g.coroutine) {
            throw PyErr.typeError("__await__() returned a coroutine");
        }
        if (!(it instanceof PyGenerator) && attrOrNull(it, "__next__") == null) {
            throw PyErr.typeError("__await__() returned non-iterator of type '" + it.getType().name + "'");
        }
        return it;
    }

    /**
     * SEND to a receiver that is not a generator: the yielded value, or null when it finished,
     * with its return value in {@code ret[0]}.
     */
    public static PyObject send(PyObject receiver, PyObject value, PyObject[] ret) {
        try {
            PyObject v;
            if (value == PyNone.NONE) {
                v = receiver.next();
            } else {
                PyObject m = attrOrNull(receiver, "send");
                if (m == null) {
                    throw PyErr.attributeError(receiver, "send");
                }
                v = m.call(new PyObject[] {value}, null);
            }
            if (v == null) {
                ret[0] = PyNone.NONE;
            }
            return v;
        } catch (PyException e) {
            if (e.value.isInstance(ExceptionTypes.STOP_ITERATION)) {
                ret[0] = PyGenerator.stopValue(e.value);
                return null;
            }
            throw e;
        }
    }

    /** How CPython names a callable in argument errors: {@code mod.f()}, {@code print()}. */
    public static String funcStr(PyObject callable) {
        if (callable instanceof PyMethod m) {
            return funcStr(m.function);
        }
        if (callable instanceof PyFunction f) {
            PyObject mod = f.globals.get("__name__");
            String prefix = mod instanceof PyStr s && !s.value.equals("builtins") ? s.value + "." : "";
            return prefix + f.qualname + "()";
        }
        if (callable instanceof PyBuiltinFunction b) {
            return b.name + "()";
        }
        if (callable instanceof PyType t) {
            return t.name + "()";
        }
        return callable.getType().name + " object";
    }

    /** LIST_EXTEND while building call arguments: {@code f(*x)} with CPython's error wording. */
    public static void callExtend(PyObject callable, PyObject list, PyObject iterable) {
        if (!(iterable instanceof PyList) && !(iterable instanceof PyTuple)) {
            try {
                iterable.iter();
            } catch (PyException e) {
                if (e.value.isInstance(ExceptionTypes.TYPE_ERROR)) {
                    throw PyErr.typeError(funcStr(callable) + " argument after * must be an iterable, not "
                            + iterable.getType().name);
                }
                throw e;
            }
        }
        ((PyList) list).extend(iterable);
    }

    /** UNPACK_EX: {@code before} items, a list of the rest, {@code after} items; in source order. */
    public static PyObject[] unpackEx(PyObject seq, int before, int after) {
        PyObject[] items;
        if (seq instanceof PyTuple t) {
            items = t.items;
        } else if (seq instanceof PyList l) {
            items = l.toArray();
        } else {
            try {
                seq.iter();
            } catch (PyException e) {
                if (e.value.isInstance(ExceptionTypes.TYPE_ERROR)) {
                    throw PyErr.typeError("cannot unpack non-iterable " + seq.getType().name + " object");
                }
                throw e;
            }
            items = Operations.toArray(seq);
        }
        int n = items.length;
        if (n < before + after) {
            throw PyErr.valueError("not enough values to unpack (expected at least " + (before + after) + ", got " + n
                    + ")");
        }
        PyObject[] out = new PyObject[before + 1 + after];
        System.arraycopy(items, 0, out, 0, before);
        out[before] = new PyList(java.util.Arrays.copyOfRange(items, before, n - after));
        System.arraycopy(items, n - after, out, before + 1, after);
        return out;
    }

    private static PyObject setType(PyDict builtins) {
        PyObject t = builtins.get(new PyStr("set"));
        if (t == null) {
            throw PyErr.format(ExceptionTypes.NOT_IMPLEMENTED_ERROR, "set is not supported yet");
        }
        return t;
    }

    /** BUILD_SET. */
    public static PyObject buildSet(PyDict builtins, PyObject[] stack, int from, int n) {
        return setType(builtins).call(new PyObject[] {PyTuple.of(java.util.Arrays.copyOfRange(stack, from, from + n))},
                null);
    }

    public static void setAdd(PyObject set, PyObject x) {
        set.getAttr("add").call(new PyObject[] {x}, null);
    }

    public static void setUpdate(PyObject set, PyObject iterable) {
        try {
            iterable.iter();
        } catch (PyException e) {
            if (e.value.isInstance(ExceptionTypes.TYPE_ERROR)) {
                throw PyErr.typeError("'" + iterable.getType().name + "' object is not iterable");
            }
            throw e;
        }
        set.getAttr("update").call(new PyObject[] {iterable}, null);
    }

    /** DICT_UPDATE for {@code {**m}} displays. */
    public static void dictUpdate(PyObject dict, PyObject mapping) {
        PyDict d = (PyDict) dict;
        if (mapping instanceof PyDict m) {
            for (var e : m.entries()) {
                d.put(e.getKey(), e.getValue());
            }
            return;
        }
        PyObject keys = attrOrNull(mapping, "keys");
        if (keys == null) {
            throw PyErr.typeError("'" + mapping.getType().name + "' object is not a mapping");
        }
        PyObject it = keys.call(new PyObject[0], null).iter();
        for (PyObject k = it.next(); k != null; k = it.next()) {
            d.put(k, mapping.getItem(k));
        }
    }

    // ------------------------------------------------------------------ with

    /** BEFORE_WITH: returns {bound __exit__, result of __enter__()}. */
    public static PyObject[] beforeWith(PyObject mgr) {
        PyType t = mgr.getType();
        if (t.lookup("__enter__") == null) {
            throw PyErr.typeError("'" + t.name + "' object does not support the context manager protocol");
        }
        if (t.lookup("__exit__") == null) {
            throw PyErr.typeError("'" + t.name
                    + "' object does not support the context manager protocol (missed __exit__ method)");
        }
        PyObject exit = mgr.getAttr("__exit__");
        PyObject res = mgr.getAttr("__enter__").call(new PyObject[0], null);
        return new PyObject[] {exit, res};
    }

    /** WITH_EXCEPT_START: {@code exit(type(exc), exc, tb)}. */
    public static PyObject withExceptStart(PyObject exit, PyObject exc) {
        PyBaseException e = (PyBaseException) exc;
        PyObject tb = e.traceback == null ? PyNone.NONE : e.traceback;
        return exit.call(new PyObject[] {e.getType(), e, tb}, null);
    }

    // ------------------------------------------------------------------ match

    public static boolean isMatchSequence(PyObject x) {
        PyType t = x.getType();
        return t.isSubtypeOf(PyList.TYPE) || t.isSubtypeOf(PyTuple.TYPE) || t.isSubtypeOf(PyRange.TYPE)
                || typeNamed(t, "deque") || typeNamed(t, "memoryview") || typeNamed(t, "array");
    }

    private static boolean typeNamed(PyType t, String name) {
        for (PyType m : t.mro) {
            if (m.name.equals(name) && m.module == null) {
                return true;
            }
        }
        return false;
    }

    public static boolean isMatchMapping(PyObject x) {
        PyType t = x.getType();
        return t.isSubtypeOf(PyDict.TYPE) || typeNamed(t, "mappingproxy") || typeNamed(t, "OrderedDict")
                || typeNamed(t, "defaultdict") || typeNamed(t, "Counter");
    }

    /** MATCH_KEYS: the values for {@code keys} in the subject, or None if one is missing. */
    public static PyObject matchKeys(PyObject subject, PyObject keys) {
        PyObject[] ks = ((PyTuple) keys).items;
        PyObject[] out = new PyObject[ks.length];
        for (int i = 0; i < ks.length; i++) {
            for (int j = 0; j < i; j++) {
                if (Operations.eq(ks[i], ks[j])) {
                    throw PyErr.valueError("mapping pattern checks duplicate key (" + ks[i].repr() + ")");
                }
            }
            PyObject v;
            if (subject instanceof PyDict d) {
                v = d.get(ks[i]);
            } else {
                PyObject get = subject.getAttr("get");
                v = get.call(new PyObject[] {ks[i], MISSING}, null);
                if (v == MISSING) {
                    v = null;
                }
            }
            if (v == null) {
                return PyNone.NONE;
            }
            out[i] = v;
        }
        return PyTuple.of(out);
    }

    private static final PyObject MISSING = new PyObject() {
        @Override
        public PyType getType() {
            return PyType.OBJECT;
        }
    };

    /** COPY_DICT_WITHOUT_KEYS. */
    public static PyObject dictWithoutKeys(PyObject subject, PyObject keys) {
        PyDict out = new PyDict();
        dictUpdate(out, subject);
        for (PyObject k : ((PyTuple) keys).items) {
            out.remove(k);
        }
        return out;
    }

    private static final List<String> SELF_MATCHING = List.of("bool", "bytearray", "bytes", "dict", "float",
            "frozenset", "int", "list", "set", "str", "tuple");

    /** MATCH_CLASS: the attributes for the sub-patterns, or None when the subject does not match. */
    public static PyObject matchClass(PyObject subject, PyObject cls, int npos, PyObject kwnames) {
        if (!(cls instanceof PyType type)) {
            throw PyErr.typeError("called match pattern must be a class");
        }
        if (!subject.getType().isSubtypeOf(type)) {
            return PyNone.NONE;
        }
        PyObject[] kws = ((PyTuple) kwnames).items;
        PyObject[] out = new PyObject[npos + kws.length];
        String[] seen = new String[npos + kws.length];
        if (npos > 0) {
            boolean self = false;
            for (PyType m : type.mro) {
                if (m.module == null && SELF_MATCHING.contains(m.name) && m == type) {
                    self = true;
                }
            }
            PyObject matchArgs = attrOrNull(type, "__match_args__");
            if (matchArgs == null && self) {
                if (npos > 1) {
                    throw PyErr.typeError(type.name + "() accepts 1 positional sub-pattern (" + npos + " given)");
                }
                out[0] = subject;
            } else {
                PyObject[] names;
                if (matchArgs == null) {
                    names = new PyObject[0];
                } else if (matchArgs instanceof PyTuple t) {
                    names = t.items;
                } else {
                    throw PyErr.typeError(type.name + ".__match_args__ must be a tuple (got "
                            + matchArgs.getType().name + ")");
                }
                if (npos > names.length) {
                    throw PyErr.typeError(type.name + "() accepts " + names.length + " positional sub-pattern"
                            + (names.length == 1 ? "" : "s") + " (" + npos + " given)");
                }
                for (int i = 0; i < npos; i++) {
                    if (!(names[i] instanceof PyStr s)) {
                        throw PyErr.typeError("__match_args__ elements must be strings (got "
                                + names[i].getType().name + ")");
                    }
                    seen[i] = s.value;
                    PyObject v = attrOrNull(subject, s.value);
                    if (v == null) {
                        return PyNone.NONE;
                    }
                    out[i] = v;
                }
            }
        }
        for (int i = 0; i < kws.length; i++) {
            String n = ((PyStr) kws[i]).value;
            for (int j = 0; j < npos + i; j++) {
                if (n.equals(seen[j])) {
                    throw PyErr.typeError(type.name + "() got multiple sub-patterns for attribute '" + n + "'");
                }
            }
            seen[npos + i] = n;
            PyObject v = attrOrNull(subject, n);
            if (v == null) {
                return PyNone.NONE;
            }
            out[npos + i] = v;
        }
        return PyTuple.of(out);
    }

    // ------------------------------------------------------------------ import *

    /** IMPORT_STAR: binds the module's public names ({@code __all__} when defined) in {@code ns}. */
    public static void importStar(PyObject module, PyDict ns) {
        PyObject all = attrOrNull(module, "__all__");
        if (all != null) {
            PyObject it = all.iter();
            for (PyObject n = it.next(); n != null; n = it.next()) {
                if (!(n instanceof PyStr s)) {
                    throw PyErr.typeError("Item in " + module.getAttr("__name__").str()
                            + ".__all__ must be str, not " + n.getType().name);
                }
                ns.put(s, module.getAttr(s.value));
            }
            return;
        }
        PyObject d = module.getAttr("__dict__");
        if (!(d instanceof PyDict dict)) {
            throw PyErr.typeError("import * requires a module with a __dict__");
        }
        for (var e : dict.entries()) {
            if (e.getKey() instanceof PyStr s && !s.value.startsWith("_")) {
                ns.put(s, e.getValue());
            }
        }
    }
}
