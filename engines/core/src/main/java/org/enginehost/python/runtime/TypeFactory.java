package org.enginehost.python.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Creating and calling classes: the {@code class} statement ({@code __build_class__}),
 * {@code type.__new__} (C3 MRO, metaclass resolution, {@code __slots__}, {@code __set_name__},
 * {@code __init_subclass__}), {@code type.__call__} ({@code __new__} then {@code __init__}) and
 * attribute access on classes.
 */
public final class TypeFactory {
    private TypeFactory() {
    }

    /** Builtin types that cannot be subclassed. */
    private static final Set<String> FINAL_TYPES = Set.of("bool", "NoneType", "function", "range", "slice",
            "builtin_function_or_method", "method", "NotImplementedType", "ellipsis", "code", "cell", "mappingproxy");

    // ---------------------------------------------------------------- class statement

    /** {@code __build_class__(func, name, *bases, metaclass=..., **kwds)}. */
    public static PyObject buildClass(PyObject[] a, String[] k) {
        int nk = k == null ? 0 : k.length;
        int npos = a.length - nk;
        if (npos < 2 || !(a[0] instanceof PyFunction)) {
            throw PyErr.typeError("__build_class__: func must be a function");
        }
        PyFunction body = (PyFunction) a[0];
        String name = ((PyStr) a[1]).value;
        PyTuple origBases = PyTuple.of(Arrays.copyOfRange(a, 2, npos));
        PyTuple bases = mroEntries(origBases);
        PyObject meta = null;
        List<String> kwn = new ArrayList<>();
        List<PyObject> kwv = new ArrayList<>();
        for (int i = 0; i < nk; i++) {
            if (k[i].equals("metaclass")) {
                meta = a[npos + i];
            } else {
                kwn.add(k[i]);
                kwv.add(a[npos + i]);
            }
        }
        String[] kwnames = kwn.isEmpty() ? null : kwn.toArray(new String[0]);
        if (meta == null) {
            meta = bases.size() == 0 ? PyType.TYPE : bases.get(0).getType();
        }
        if (meta instanceof PyType) {
            meta = calculateMeta((PyType) meta, bases.items);
        }
        PyObject prep;
        try {
            prep = meta.getAttr("__prepare__");
        } catch (PyException e) {
            prep = null;
        }
        PyObject ns;
        if (prep == null) {
            ns = new PyDict();
        } else {
            PyObject[] pa = new PyObject[2 + kwv.size()];
            pa[0] = new PyStr(name);
            pa[1] = bases;
            for (int i = 0; i < kwv.size(); i++) {
                pa[2 + i] = kwv.get(i);
            }
            ns = prep.call(pa, kwnames);
        }
        if (!(ns instanceof PyDict)) {
            String mn = meta instanceof PyType ? ((PyType) meta).name : "<metaclass>";
            throw PyErr.typeError(mn + ".__prepare__() must return a mapping, not " + ns.getType().name);
        }
        ThreadState.current().interpreter.runClassBody(body, (PyDict) ns);
        if (bases != origBases) {
            ((PyDict) ns).put(new PyStr("__orig_bases__"), origBases);
        }
        PyObject[] ca = new PyObject[3 + kwv.size()];
        ca[0] = new PyStr(name);
        ca[1] = bases;
        ca[2] = ns;
        for (int i = 0; i < kwv.size(); i++) {
            ca[3 + i] = kwv.get(i);
        }
        return meta.call(ca, kwnames);
    }

    /**
     * PEP 560: a base that is not a class but has {@code __mro_entries__} (such as
     * {@code Box[int]}) is replaced by the classes that method returns; {@code bases} itself when
     * nothing changes.
     */
    private static PyTuple mroEntries(PyTuple bases) {
        List<PyObject> out = null;
        for (int i = 0; i < bases.size(); i++) {
            PyObject b = bases.get(i);
            PyObject m = null;
            if (!(b instanceof PyType)) {
                try {
                    m = b.getAttr("__mro_entries__");
                } catch (PyException e) {
                    if (!e.value.isInstance(ExceptionTypes.ATTRIBUTE_ERROR)) {
                        throw e;
                    }
                }
            }
            if (m == null) {
                if (out != null) {
                    out.add(b);
                }
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(Arrays.asList(bases.items).subList(0, i));
            }
            PyObject r = m.call(new PyObject[] {bases}, null);
            if (!(r instanceof PyTuple)) {
                throw PyErr.typeError("__mro_entries__ must return a tuple");
            }
            out.addAll(Arrays.asList(((PyTuple) r).items));
        }
        return out == null ? bases : PyTuple.of(out.toArray(new PyObject[0]));
    }

    /** The class body's frame: its namespace is {@code ns}; cells as for a call. */
    public static Frame classBodyFrame(PyFunction fn, PyDict ns) {
        org.enginehost.python.code.CodeObject code = fn.code;
        Frame f = new Frame(code, fn.globals, fn.builtins, ns);
        int base = code.nlocals;
        for (int i = 0; i < code.cellvars.length; i++) {
            f.slots[base + i] = new PyCell(null);
        }
        for (int i = 0; i < code.freevars.length; i++) {
            f.slots[base + code.cellvars.length + i] = fn.closure[i];
        }
        return f;
    }

    static PyType calculateMeta(PyType meta, PyObject[] bases) {
        PyType winner = meta;
        for (PyObject b : bases) {
            PyType bt = b.getType();
            if (winner.isSubtypeOf(bt)) {
                continue;
            }
            if (bt.isSubtypeOf(winner)) {
                winner = bt;
                continue;
            }
            throw PyErr.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                    + "subclass of the metaclasses of all its bases");
        }
        return winner;
    }

    // ---------------------------------------------------------------- type.__new__

    /** {@code type.__new__(mcls, name, bases, ns, **kw)} as found in type's namespace. */
    static PyObject typeNewEntry(PyObject[] a, String[] k) {
        int npos = a.length - (k == null ? 0 : k.length);
        if (npos == 0 || !(a[0] instanceof PyType)) {
            throw PyErr.typeError("type.__new__(X): X is not a type object");
        }
        PyType mcls = (PyType) a[0];
        if (npos == 2 && mcls == PyType.TYPE) {
            return a[1].getType();
        }
        if (npos != 4) {
            throw PyErr.typeError("type.__new__() takes exactly 3 arguments (" + (npos - 1) + " given)");
        }
        if (!(a[1] instanceof PyStr)) {
            throw PyErr.typeError("type.__new__() argument 1 must be str, not " + a[1].getType().name);
        }
        if (!(a[2] instanceof PyTuple)) {
            throw PyErr.typeError("type.__new__() argument 2 must be tuple, not " + a[2].getType().name);
        }
        if (!(a[3] instanceof PyDict)) {
            throw PyErr.typeError("type.__new__() argument 3 must be dict, not " + a[3].getType().name);
        }
        String[] kwn = null;
        PyObject[] kwv = new PyObject[0];
        if (k != null) {
            kwn = k;
            kwv = Arrays.copyOfRange(a, npos, a.length);
        }
        return newType(mcls, ((PyStr) a[1]).value, ((PyTuple) a[2]).items, (PyDict) a[3], kwv, kwn);
    }

    static PyType newType(PyType meta, String name, PyObject[] baseObjs, PyDict ns, PyObject[] kwv, String[] kwn) {
        PyType winner = calculateMeta(meta, baseObjs);
        if (winner != meta && winner.lookup("__new__") != ObjectMethods.TYPE_NEW) {
            PyObject[] args = new PyObject[4 + kwv.length];
            args[0] = winner;
            args[1] = new PyStr(name);
            args[2] = PyTuple.of(baseObjs);
            args[3] = ns;
            System.arraycopy(kwv, 0, args, 4, kwv.length);
            PyObject nf = winner.lookup("__new__");
            return (PyType) (nf instanceof PyStaticMethod ? ((PyStaticMethod) nf).function : nf).call(args, kwn);
        }
        PyType[] bases = new PyType[baseObjs.length == 0 ? 1 : baseObjs.length];
        if (baseObjs.length == 0) {
            bases[0] = PyType.OBJECT;
        }
        for (int i = 0; i < baseObjs.length; i++) {
            if (!(baseObjs[i] instanceof PyType)) {
                throw PyErr.typeError("bases must be types");
            }
            PyType b = (PyType) baseObjs[i];
            if (!b.heap && FINAL_TYPES.contains(b.name)) {
                throw PyErr.typeError("type '" + b.name + "' is not an acceptable base type");
            }
            for (int j = 0; j < i; j++) {
                if (bases[j] == b) {
                    throw PyErr.typeError("duplicate base class " + b.name);
                }
            }
            bases[i] = b;
        }
        PyType solid = null;
        for (PyType b : bases) {
            PyType s = b.solid;
            if (s == PyType.OBJECT) {
                continue;
            }
            if (solid == null || s.isSubtypeOf(solid)) {
                solid = s;
            } else if (!solid.isSubtypeOf(s)) {
                throw PyErr.typeError("multiple bases have instance lay-out conflict");
            }
        }
        PyType[] mro = c3(bases);
        PyDict dict = ns.copy();
        PyType cls = new PyType(winner, name, bases, mro, dict);
        PyObject qn = dict.remove(new PyStr("__qualname__"));
        if (qn != null) {
            if (!(qn instanceof PyStr)) {
                throw PyErr.typeError("type __qualname__ must be a str, not " + qn.getType().name);
            }
            cls.qualname = ((PyStr) qn).value;
        }
        PyObject mod = dict.get("__module__");
        if (mod == null) {
            mod = new PyStr("__main__");
            dict.put(new PyStr("__module__"), mod);
        }
        cls.module = mod instanceof PyStr ? ((PyStr) mod).value : mod.str();
        if (dict.get("__doc__") == null) {
            dict.put(new PyStr("__doc__"), PyNone.NONE);
        }
        PyObject cell = dict.remove(new PyStr("__classcell__"));
        if (cell instanceof PyCell) {
            ((PyCell) cell).ref = cls;
        }
        setupSlots(cls, bases, dict);
        if (dict.get("__eq__") != null && dict.get("__hash__") == null) {
            dict.put(new PyStr("__hash__"), PyNone.NONE);
        }
        PyObject nf = dict.get("__new__");
        if (nf instanceof PyFunction) {
            dict.put(new PyStr("__new__"), new PyStaticMethod(nf));
        }
        for (String cm : new String[] {"__init_subclass__", "__class_getitem__"}) {
            PyObject f = dict.get(cm);
            if (f instanceof PyFunction) {
                dict.put(new PyStr(cm), new PyClassMethod(f));
            }
        }
        for (PyType b : bases) {
            b.addSubclass(cls);
        }
        for (Map.Entry<PyObject, PyObject> e : dict.entries()) {
            PyObject v = e.getValue();
            if (v instanceof PyProperty) {
                ((PyProperty) v).name = e.getKey().str();
                continue;
            }
            PyObject sn = v.getType().lookup("__set_name__");
            if (sn != null) {
                Slots.callMethod(sn, v, new PyObject[] {cls, e.getKey()}, null);
            }
        }
        PyObject init = cls.lookupAfter(cls, "__init_subclass__");
        if (init != null) {
            PyObject bound = init.descrGet(null, cls);
            (bound != null ? bound : init).call(kwv, kwn);
        }
        return cls;
    }

    private static void setupSlots(PyType cls, PyType[] bases, PyDict dict) {
        int inherited = 0;
        boolean baseDict = false;
        for (PyType b : bases) {
            inherited = Math.max(inherited, b.slotCount);
            if (b.heap && b.instancesHaveDict) {
                baseDict = true;
            }
        }
        PyObject slots = dict.get("__slots__");
        if (slots == null) {
            cls.instancesHaveDict = true;
            cls.slotCount = inherited;
            return;
        }
        PyObject[] names = slots instanceof PyStr ? new PyObject[] {slots} : Operations.toArray(slots);
        boolean wantDict = false;
        int n = inherited;
        for (PyObject o : names) {
            if (!(o instanceof PyStr)) {
                throw PyErr.typeError("__slots__ items must be strings, not '" + o.getType().name + "'");
            }
            String s = ((PyStr) o).value;
            if (s.equals("__dict__")) {
                wantDict = true;
                continue;
            }
            s = privateName(cls.name, s);
            if (dict.get(s) != null) {
                throw PyErr.valueError(PyStr.repr(((PyStr) o).value) + " in __slots__ conflicts with class variable");
            }
            dict.put(new PyStr(s), new PySlotMember(s, cls, n++));
        }
        cls.slotCount = n;
        cls.instancesHaveDict = wantDict || baseDict;
    }

    /**
     * A private name ({@code __x}, not {@code __x__}) as code in class {@code className} spells it
     * ({@code _Class__x}): slot names are mangled like the attribute names in the class's code.
     * Unchanged when the class name is only underscores.
     */
    public static String privateName(String className, String name) {
        if (!name.startsWith("__") || name.endsWith("__") || name.indexOf('.') >= 0) {
            return name;
        }
        int i = 0;
        while (i < className.length() && className.charAt(i) == '_') {
            i++;
        }
        return i == className.length() ? name : "_" + className.substring(i) + name;
    }

    /** C3 linearisation of a new class with {@code bases} (the class itself not included). */
    static PyType[] c3(PyType[] bases) {
        List<List<PyType>> seqs = new ArrayList<>();
        for (PyType b : bases) {
            seqs.add(new ArrayList<>(Arrays.asList(b.mro)));
        }
        seqs.add(new ArrayList<>(Arrays.asList(bases)));
        List<PyType> out = new ArrayList<>();
        out.add(null);
        for (;;) {
            seqs.removeIf(List::isEmpty);
            if (seqs.isEmpty()) {
                break;
            }
            PyType cand = null;
            for (List<PyType> s : seqs) {
                PyType h = s.get(0);
                boolean inTail = false;
                for (List<PyType> o : seqs) {
                    if (o.indexOf(h) > 0) {
                        inTail = true;
                        break;
                    }
                }
                if (!inTail) {
                    cand = h;
                    break;
                }
            }
            if (cand == null) {
                Set<String> heads = new LinkedHashSet<>();
                for (List<PyType> s : seqs) {
                    heads.add(s.get(0).name);
                }
                throw PyErr.typeError("Cannot create a consistent method resolution\norder (MRO) for bases "
                        + String.join(", ", heads));
            }
            out.add(cand);
            for (List<PyType> s : seqs) {
                if (s.get(0) == cand) {
                    s.remove(0);
                }
            }
        }
        return out.toArray(new PyType[0]);
    }

    // ---------------------------------------------------------------- type.__call__

    /**
     * The {@code __init__} of a class whose instances a frame loop may create itself: a plain
     * class (metaclass type, object's {@code __new__}, no builtin base) with a Python
     * {@code __init__}; null for any other class, which goes through {@link #typeCall}. The loop
     * then makes the instance and runs {@code __init__} as an ordinary frame.
     */
    public static PyFunction plainInit(PyType cls) {
        if (!cls.heap || cls.metatype != null && cls.metatype != PyType.TYPE || cls.solid != PyType.OBJECT) {
            return null;
        }
        PyObject init = cls.lookup("__init__");
        if (!(init instanceof PyFunction) || PyGenerator.isGeneratorCode(((PyFunction) init).code)
                || cls.lookup("__new__") != ObjectMethods.OBJECT_NEW) {
            return null;
        }
        return (PyFunction) init;
    }

    /** The result of {@code cls(...)} once {@code __init__} returned {@code r}: the instance. */
    public static PyObject initialized(PyObject r, PyObject self) {
        if (r != PyNone.NONE) {
            throw PyErr.typeError("__init__() should return None, not '" + r.getType().name + "'");
        }
        return self;
    }

    /** {@code cls(*args, **kw)}: {@code __new__} then {@code __init__}. */
    public static PyObject typeCall(PyType cls, PyObject[] args, String[] kw) {
        if (cls == PyType.TYPE) {
            int npos = args.length - (kw == null ? 0 : kw.length);
            if (npos == 1 && kw == null) {
                return args[0].getType();
            }
            if (npos != 3) {
                throw PyErr.typeError("type() takes 1 or 3 arguments");
            }
            PyObject[] full = new PyObject[args.length + 1];
            full[0] = PyType.TYPE;
            System.arraycopy(args, 0, full, 1, args.length);
            PyObject t = typeNewEntry(full, kw);
            return t;
        }
        if (!cls.heap) {
            return cls.constructBuiltin(cls, args, kw);
        }
        PyObject newFn = cls.lookup("__new__");
        PyObject init = cls.lookup("__init__");
        PyObject obj;
        if (newFn == ObjectMethods.OBJECT_NEW) {
            if (args.length > 0 && cls.solid == PyType.OBJECT && init == ObjectMethods.OBJECT_INIT) {
                throw PyErr.typeError(cls.name + "() takes no arguments");
            }
            obj = newInstance(cls, args, kw);
        } else {
            PyObject f = newFn instanceof PyStaticMethod ? ((PyStaticMethod) newFn).function : newFn;
            PyObject[] full = new PyObject[args.length + 1];
            full[0] = cls;
            System.arraycopy(args, 0, full, 1, args.length);
            obj = f.call(full, kw);
        }
        if (!obj.getType().isSubtypeOf(cls)) {
            return obj;
        }
        if (init != ObjectMethods.OBJECT_INIT && init != null) {
            PyObject r = Slots.callMethod(init, obj, args, kw);
            if (r != PyNone.NONE) {
                throw PyErr.typeError("__init__() should return None, not '" + r.getType().name + "'");
            }
        }
        return obj;
    }

    /** object.__new__(cls): an empty instance laid out for cls's builtin base. */
    static PyObject newInstance(PyType cls, PyObject[] args, String[] kw) {
        PyType solid = cls.solid;
        if (solid == PyType.OBJECT) {
            return new PyInstance(cls);
        }
        if (solid.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION_GROUP)) {
            return ExceptionGroups.construct(cls, args, kw); // checks and keeps the exceptions
        }
        if (solid.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION)) {
            int npos = args.length - (kw == null ? 0 : kw.length);
            return new PyBaseException(cls, PyTuple.of(Arrays.copyOf(args, npos)));
        }
        return Derived.newInstance(cls, solid, args, kw);
    }

    // ---------------------------------------------------------------- attributes of classes

    /** Attribute lookup on a class; {@code null} when missing. */
    static PyObject typeGetAttr(PyType type, String name) {
        PyType meta = type.getType();
        PyObject metaAttr = meta == PyType.TYPE ? null : meta.lookup(name);
        if (metaAttr != null && metaAttr.isDataDescriptor()) {
            PyObject d = metaAttr.descrGet(type, meta);
            return d != null ? d : metaAttr;
        }
        switch (name) {
            case "__name__": return new PyStr(type.name);
            case "__qualname__": return new PyStr(type.qualname);
            case "__bases__": return PyTuple.of(type.bases.clone());
            case "__base__": return type.bases.length == 0 ? PyNone.NONE : type.bases[0];
            case "__mro__": return PyTuple.of(type.mro.clone());
            case "__dict__":
                MethodTables.ensureInstalled(); // vars(int) before any lookup must see the methods too
                return new PyMappingProxy(type.dict());
            case "__class__": return meta;
            case "__module__":
                if (!type.heap) {
                    return new PyStr(type.module == null ? "builtins" : type.module);
                }
                break;
            case "__doc__":
                if (!type.heap) {
                    PyObject d = type.dict().get("__doc__");
                    return d == null ? PyNone.NONE : d;
                }
                break;
            default:
                break;
        }
        PyObject v = type.lookup(name);
        if (v != null) {
            PyObject d = v.descrGet(null, type);
            return d != null ? d : v;
        }
        if (metaAttr == null && meta == PyType.TYPE) {
            metaAttr = PyType.TYPE.lookup(name);
        }
        if (metaAttr != null) {
            PyObject d = metaAttr.descrGet(type, meta);
            return d != null ? d : metaAttr;
        }
        return null;
    }

    static void typeSetAttr(PyType type, String name, PyObject value) {
        if (!type.heap && !type.writableAttributes) {
            throw PyErr.typeError("cannot set '" + name + "' attribute of immutable type '" + type.name + "'");
        }
        switch (name) {
            case "__name__":
                type.name = Slots.strArg(value, "can only assign string to " + type.name + ".__name__, not '"
                        + (value == null ? "NoneType" : value.getType().name) + "'");
                return;
            case "__qualname__":
                type.qualname = Slots.strArg(value, "can only assign string to " + type.name + ".__qualname__");
                return;
            default:
                break;
        }
        PyType meta = type.getType();
        if (meta != PyType.TYPE) {
            PyObject d = meta.lookup(name);
            if (d != null && d.isDataDescriptor()) {
                d.descrSet(type, value);
                return;
            }
        }
        PyStr key = new PyStr(name);
        if (value == null) {
            if (type.dict().remove(key) == null) {
                throw PyErr.format(ExceptionTypes.ATTRIBUTE_ERROR,
                        "type object '" + type.name + "' has no attribute '" + name + "'");
            }
        } else {
            type.dict().put(key, value);
            if (name.equals("__module__")) {
                type.module = value.str();
            }
        }
        type.invalidate(name);
    }
}
