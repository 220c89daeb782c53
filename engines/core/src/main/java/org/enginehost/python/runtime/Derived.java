package org.enginehost.python.runtime;

import java.util.Arrays;

/**
 * Subclassing builtin types ({@code class MyList(list)}): instances are Java subclasses of the
 * builtin value classes ({@link DerivedList}, {@link DerivedDict}, ...) that implement this
 * interface. The {@code base*} methods run the builtin behaviour regardless of Python overrides;
 * the builtin types' dunder wrappers installed here ({@code list.__getitem__}, {@code int.__add__},
 * {@code str.__new__}, ...) call them, which is what {@code super().__getitem__(k)} reaches.
 * Exact builtin instances are never {@code Derived}, so interpreter fast paths test the exact
 * Java class ({@code x.getClass() == PyInt.class}) to stay correct for subclasses.
 */
interface Derived extends HasDict {
    void setInstanceDict(PyDict d);

    void setInstanceType(PyType t);

    String baseRepr();

    String baseStr();

    boolean baseIsTrue();

    PyObject baseGetItem(PyObject key);

    void baseSetItem(PyObject key, PyObject value);

    void baseDelItem(PyObject key);

    PyObject baseIter();

    int baseLen();

    boolean baseContains(PyObject value);

    PyObject baseBinop(int op, PyObject other);

    PyObject baseRbinop(int op, PyObject other);

    PyObject baseIbinop(int op, PyObject other);

    PyObject baseRichCompare(PyObject other, int op);

    PyObject baseNeg();

    PyObject basePos();

    PyObject baseInvert();

    long baseHash();

    /** Whether a looked-up dunder is the builtin behaviour (absent or a builtin function). */
    static boolean isNative(PyObject m) {
        return m == null || m instanceof PyBuiltinFunction && !((PyBuiltinFunction) m).overridesBase;
    }

    /** {@code value in self} through a Python {@code __iter__}. */
    static boolean iterContains(PyObject self, PyObject value) {
        PyObject it = self.iter();
        for (PyObject x = it.next(); x != null; x = it.next()) {
            if (x == value || Operations.eq(x, value)) {
                return true;
            }
        }
        return false;
    }

    /** A new instance of heap class {@code cls} laid out for its builtin base {@code solid}. */
    static PyObject newInstance(PyType cls, PyType solid, PyObject[] args, String[] kw) {
        if (solid == PyList.TYPE) {
            return new DerivedList(cls);
        }
        if (solid == PyDict.TYPE) {
            return new DerivedDict(cls);
        }
        if (solid == PySet.TYPE) {
            return new DerivedSet(cls, false);
        }
        PyType.Constructor c = solid.constructor();
        PyObject v = c == null ? null : c.construct(solid, args, kw);
        if (v instanceof PySet) {
            DerivedSet s = new DerivedSet(cls, true);
            s.updateInternal(v);
            return s;
        }
        if (v instanceof PyStr) {
            return new DerivedStr(cls, ((PyStr) v).value);
        }
        if (v instanceof PyInt) {
            return new DerivedInt(cls, (PyInt) v);
        }
        if (v instanceof PyFloat) {
            return new DerivedFloat(cls, ((PyFloat) v).value);
        }
        if (v instanceof PyTuple) {
            return new DerivedTuple(cls, ((PyTuple) v).items);
        }
        if (v instanceof PyBytes) {
            return new DerivedBytes(cls, ((PyBytes) v).toByteArray());
        }
        throw PyErr.format(ExceptionTypes.NOT_IMPLEMENTED_ERROR, "subclassing '" + solid.name + "' is not supported yet");
    }

    // ---------------------------------------------------------------- dunder wrappers of builtin types

    String[] COMPARE = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};

    /** Installs the dunder methods of the subclassable builtin types (once, from MethodTables). */
    static void installWrappers() {
        String seq = "__repr__ __iter__ __len__ __contains__ __getitem__";
        install(PyList.TYPE, seq + " __setitem__ __delitem__ __add__ __mul__ __rmul__ __iadd__ __imul__ __init__", true);
        install(PyDict.TYPE, seq + " __setitem__ __delitem__ __or__ __ror__ __ior__ __init__", true);
        String setOps = " __sub__ __rsub__ __and__ __rand__ __xor__ __rxor__ __or__ __ror__";
        install(PySet.TYPE, "__repr__ __iter__ __len__ __contains__ __isub__ __iand__ __ixor__ __ior__ __init__"
                + setOps, true);
        install(PySet.FROZEN_TYPE, "__repr__ __iter__ __len__ __contains__ __hash__" + setOps, false);
        install(PyStr.TYPE, seq + " __hash__ __str__ __mod__ __rmod__ __add__ __mul__ __rmul__", false);
        install(PyBytes.TYPE, seq + " __hash__ __str__ __mod__ __rmod__ __add__ __mul__ __rmul__", false);
        install(PyTuple.TYPE, seq + " __hash__ __add__ __mul__ __rmul__", false);
        String num = "__repr__ __str__ __hash__ __bool__ __neg__ __pos__ " + arithmetic("add sub mul mod pow floordiv truediv");
        install(PyFloat.TYPE, num, false);
        install(PyInt.TYPE, num + " __invert__ " + arithmetic("lshift rshift and xor or"), false);
        install(PyComplex.TYPE, "__bool__ __neg__ __pos__ " + arithmetic("add sub mul truediv pow"), false);
        install(PyByteArray.TYPE, "__add__ __mul__ __rmul__ __mod__ __rmod__ __iadd__ __imul__", false);
        install(PyNone.TYPE, "__bool__", false);
    }

    /** {@code __op__ __rop__} for each of {@code ops} ("add mul"). */
    static String arithmetic(String ops) {
        StringBuilder names = new StringBuilder();
        for (String op : ops.split(" ")) {
            names.append(names.length() == 0 ? "" : " ").append("__").append(op).append("__ __r").append(op).append("__");
        }
        return names.toString();
    }

    /**
     * The operator dunders {@code names} (and the rich comparisons) of a builtin type whose
     * operators are Java hooks, as methods of the type (replacing builtin ones of those names):
     * what {@code (x).__add__(y)}, {@code hasattr} and {@code dir()} see, and what a subclass's
     * {@code super().__add__(y)} reaches (the base operation, never the subclass's override).
     */
    static void installWrappers(PyType t, String names) {
        install(t, names, false);
    }

    private static void install(PyType t, String names, boolean unhashable) {
        PyDict d = t.dict();
        for (String n : (names + " " + String.join(" ", COMPARE)).split(" ")) {
            // A builtin type's own method of that name is replaced too: its body applies the Java
            // hook to its receiver, which for an instance of a subclass is the subclass's override,
            // so a subclass's super().__len__() (or str.__len__(self)) came back to itself forever.
            // The wrapper applies the base operation to such an instance, the hook to any other.
            // A wrapper is a slot wrapper; MethodArity declares the few that CPython has as methods
            // (dict.__contains__).
            PyObject old = d.get(n);
            if (old == null || (old instanceof PyBuiltinFunction && !n.equals("__init__"))) {
                d.put(new PyStr(n), wrapper(t, n));
            }
        }
        if (unhashable) {
            d.put(new PyStr("__hash__"), PyNone.NONE);
        }
        PyBuiltinFunction nf = new PyBuiltinFunction("__new__", (a, k) -> builtinNew(t, a, k));
        d.put(new PyStr("__new__"), new PyStaticMethod(nf));
        t.invalidateAll();
    }

    /** {@code T.__new__(cls, *args)}. */
    private static PyObject builtinNew(PyType t, PyObject[] a, String[] k) {
        if (a.length == 0) {
            throw PyErr.typeError(t.name + ".__new__(): not enough arguments");
        }
        if (!(a[0] instanceof PyType)) {
            throw PyErr.typeError(t.name + ".__new__(X): X is not a type object (" + a[0].getType().name + ")");
        }
        PyType cls = (PyType) a[0];
        if (!cls.isSubtypeOf(t)) {
            throw PyErr.typeError(t.name + ".__new__(" + cls.name + "): " + cls.name + " is not a subtype of " + t.name);
        }
        PyObject[] rest = Arrays.copyOfRange(a, 1, a.length);
        if (!cls.heap) {
            return cls.constructBuiltin(cls, rest, k);
        }
        return newInstance(cls, cls.solid, rest, k);
    }

    private static int indexOf(String[] names, String n) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(n)) {
                return i;
            }
        }
        return -1;
    }

    private static PyBuiltinFunction wrapper(PyType t, String n) {
        PyBuiltinFunction.Body body = sequenceOperator(t, n, wrapperBody(n));
        PyBuiltinFunction f = new PyBuiltinFunction(n, (a, k) -> {
            if (a.length == 0 || !a[0].getType().isSubtypeOf(t)) {
                throw PyErr.typeError("descriptor '" + n + "' requires a '" + t.name + "' object but received a '"
                        + (a.length == 0 ? "NoneType" : a[0].getType().name) + "'");
            }
            return body.call(a, k);
        }, true);
        f.owner = t;
        f.slotWrapper = true;
        // CPython's argument count for the slot, checked before the body runs (with its wording,
        // keywords refused); __init__ takes what the type's constructor takes.
        switch (n) {
            case "__init__":
                break;
            case "__repr__": case "__str__": case "__bool__": case "__hash__": case "__len__": case "__iter__":
            case "__neg__": case "__pos__": case "__invert__":
                f.fixedArgs = 0;
                break;
            case "__setitem__":
                f.fixedArgs = 2;
                break;
            default:
                f.fixedArgs = 1;
        }
        return f;
    }

    /**
     * A sequence's concatenation and repetition are not operators that may decline: called
     * directly, {@code "a".__add__(1)} and {@code [1].__mul__("x")} raise CPython's TypeError
     * where a number's {@code __add__} returns NotImplemented.
     */
    private static PyBuiltinFunction.Body sequenceOperator(PyType t, String n, PyBuiltinFunction.Body body) {
        boolean sequence = t == PyStr.TYPE || t == PyList.TYPE || t == PyTuple.TYPE || t.name.equals("deque");
        if (!sequence || !(n.equals("__add__") || n.equals("__mul__"))) {
            return body;
        }
        return (a, k) -> {
            PyObject r = body.call(a, k);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
            if (n.equals("__add__")) {
                throw PyErr.typeError("can only concatenate " + t.name + " (not \"" + a[1].getType().name + "\") to "
                        + t.name);
            }
            throw PyErr.typeError("'" + a[1].getType().name + "' object cannot be interpreted as an integer");
        };
    }

    private static PyObject ni(PyObject r) {
        return r == null ? PyNotImplemented.NOT_IMPLEMENTED : r;
    }

    private static PyBuiltinFunction.Body wrapperBody(String n) {
        int cmp = indexOf(COMPARE, n);
        if (cmp >= 0) {
            return (a, k) -> {
                return ni(a[0] instanceof Derived ? ((Derived) a[0]).baseRichCompare(a[1], cmp)
                        : a[0].richCompare(a[1], cmp));
            };
        }
        int bop = indexOf(Dunder.BINOP, n);
        if (bop >= 0) {
            return (a, k) -> {
                return ni(a[0] instanceof Derived ? ((Derived) a[0]).baseBinop(bop, a[1]) : a[0].binop(bop, a[1]));
            };
        }
        int rop = indexOf(Dunder.RBINOP, n);
        if (rop >= 0) {
            return (a, k) -> {
                return ni(a[0] instanceof Derived ? ((Derived) a[0]).baseRbinop(rop, a[1]) : a[0].rbinop(rop, a[1]));
            };
        }
        int iop = indexOf(Dunder.IBINOP, n);
        if (iop >= 0) {
            int op = iop + BinOp.INPLACE;
            return (a, k) -> {
                return ni(a[0] instanceof Derived ? ((Derived) a[0]).baseIbinop(op, a[1]) : a[0].ibinop(op, a[1]));
            };
        }
        switch (n) {
            case "__repr__":
                return (a, k) -> {
                    return new PyStr(a[0] instanceof Derived ? ((Derived) a[0]).baseRepr() : a[0].repr());
                };
            case "__str__":
                return (a, k) -> {
                    return new PyStr(a[0] instanceof Derived ? ((Derived) a[0]).baseStr() : a[0].str());
                };
            case "__bool__":
                return (a, k) -> {
                    return PyBool.of(a[0] instanceof Derived ? ((Derived) a[0]).baseIsTrue() : a[0].isTrue());
                };
            case "__hash__":
                return (a, k) -> {
                    return PyInt.of(a[0] instanceof Derived ? ((Derived) a[0]).baseHash() : a[0].pyHash());
                };
            case "__len__":
                return (a, k) -> {
                    return PyInt.of(a[0] instanceof Derived ? ((Derived) a[0]).baseLen() : a[0].len());
                };
            case "__iter__":
                return (a, k) -> {
                    return a[0] instanceof Derived ? ((Derived) a[0]).baseIter() : a[0].iter();
                };
            case "__neg__":
                return (a, k) -> a[0] instanceof Derived ? ((Derived) a[0]).baseNeg() : a[0].neg();
            case "__pos__":
                return (a, k) -> a[0] instanceof Derived ? ((Derived) a[0]).basePos() : a[0].pos();
            case "__invert__":
                return (a, k) -> a[0] instanceof Derived ? ((Derived) a[0]).baseInvert() : a[0].invert();
            case "__contains__":
                return (a, k) -> {
                    return PyBool.of(a[0] instanceof Derived ? ((Derived) a[0]).baseContains(a[1]) : a[0].contains(a[1]));
                };
            case "__getitem__":
                return (a, k) -> {
                    return a[0] instanceof Derived ? ((Derived) a[0]).baseGetItem(a[1]) : a[0].getItem(a[1]);
                };
            case "__setitem__":
                return (a, k) -> {
                    if (a[0] instanceof Derived) {
                        ((Derived) a[0]).baseSetItem(a[1], a[2]);
                    } else {
                        a[0].setItem(a[1], a[2]);
                    }
                    return PyNone.NONE;
                };
            case "__delitem__":
                return (a, k) -> {
                    if (a[0] instanceof Derived) {
                        ((Derived) a[0]).baseDelItem(a[1]);
                    } else {
                        a[0].delItem(a[1]);
                    }
                    return PyNone.NONE;
                };
            case "__init__":
                return Derived::builtinInit;
            default:
                throw new IllegalArgumentException(n);
        }
    }

    /** {@code list.__init__}, {@code dict.__init__}, {@code set.__init__}. */
    private static PyObject builtinInit(PyObject[] a, String[] k) {
        PyObject self = a[0];
        PyObject[] rest = Arrays.copyOfRange(a, 1, a.length);
        if (self instanceof PyList) {
            PyBuiltinFunction.checkArgs("list", rest, k, 0, 1);
            PyList l = (PyList) self;
            if (rest.length > 0) {
                PyObject[] items = Operations.toArray(rest[0]).clone();
                l.items = items.length == 0 ? new PyObject[4] : items;
                l.size = items.length;
            } else {
                l.items = new PyObject[4];
                l.size = 0;
            }
        } else if (self instanceof PyDict) {
            PyDict d = (PyDict) self;
            int npos = rest.length - (k == null ? 0 : k.length);
            if (npos > 1) {
                throw PyErr.typeError("dict expected at most 1 argument, got " + npos);
            }
            if (npos == 1) {
                DictMethods.update(d, rest[0]);
            }
            for (int i = 0; k != null && i < k.length; i++) {
                d.put(new PyStr(k[i]), rest[npos + i]);
            }
        } else if (self instanceof PySet) {
            if (k != null && k.length > 0) {
                throw PyErr.typeError("set() takes no keyword arguments");
            }
            if (rest.length > 1) {
                throw PyErr.typeError("set expected at most 1 argument, got " + rest.length);
            }
            PySet s = (PySet) self;
            s.clear();
            if (rest.length == 1) {
                s.updateInternal(rest[0]);
            }
        }
        return PyNone.NONE;
    }
}
