package org.enginehost.python.runtime;

/**
 * The methods of {@code object} and {@code type} (their namespaces), and the generic attribute
 * algorithms of instances of user classes (CPython's {@code PyObject_GenericGetAttr/SetAttr}).
 */
public final class ObjectMethods {
    private ObjectMethods() {
    }

    private static PyBuiltinFunction m(String name, PyBuiltinFunction.Body body) {
        return new PyBuiltinFunction(name, body, true);
    }

    public static final PyBuiltinFunction OBJECT_GETATTRIBUTE = m("__getattribute__", (a, k) -> {
        PyBuiltinFunction.checkArgs("__getattribute__", a, k, 2, 2);
        String name = attrName(a[1]);
        return objectGetAttr(a[0], name);
    });
    public static final PyBuiltinFunction OBJECT_SETATTR = m("__setattr__", (a, k) -> {
        PyBuiltinFunction.checkArgs("__setattr__", a, k, 3, 3);
        objectSetAttr(a[0], attrName(a[1]), a[2]);
        return PyNone.NONE;
    });
    public static final PyBuiltinFunction OBJECT_DELATTR = m("__delattr__", (a, k) -> {
        PyBuiltinFunction.checkArgs("__delattr__", a, k, 2, 2);
        objectSetAttr(a[0], attrName(a[1]), null);
        return PyNone.NONE;
    });
    public static final PyBuiltinFunction OBJECT_REPR = m("__repr__", (a, k) -> {
        PyBuiltinFunction.checkArgs("__repr__", a, k, 1, 1);
        return new PyStr(a[0].getType().heap ? defaultRepr(a[0]) : a[0].repr());
    });
    public static final PyBuiltinFunction OBJECT_STR = m("__str__", (a, k) -> {
        PyBuiltinFunction.checkArgs("__str__", a, k, 1, 1);
        return new PyStr(a[0].getType().heap ? a[0].repr() : a[0].str());
    });
    public static final PyBuiltinFunction OBJECT_HASH = m("__hash__", (a, k) -> {
        PyBuiltinFunction.checkArgs("__hash__", a, k, 1, 1);
        return PyInt.of(a[0].getType().heap ? System.identityHashCode(a[0]) : a[0].pyHash());
    });
    public static final PyBuiltinFunction OBJECT_EQ = m("__eq__", (a, k) -> {
        PyBuiltinFunction.checkArgs("__eq__", a, k, 2, 2);
        if (a[0] == a[1]) {
            return PyBool.TRUE;
        }
        if (a[0].getType().heap) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PyObject r = a[0].richCompare(a[1], CompareOp.EQ);
        return r == null ? PyNotImplemented.NOT_IMPLEMENTED : r;
    });
    public static final PyBuiltinFunction OBJECT_NE = m("__ne__", (a, k) -> {
        PyBuiltinFunction.checkArgs("__ne__", a, k, 2, 2);
        PyObject r;
        if (a[0].getType().heap) {
            PyObject eq = a[0].getType().lookup("__eq__");
            r = eq == null ? PyNotImplemented.NOT_IMPLEMENTED : Slots.call1(eq, a[0], a[1]);
        } else {
            r = a[0].richCompare(a[1], CompareOp.NE);
            return r == null ? PyNotImplemented.NOT_IMPLEMENTED : r;
        }
        if (r == PyNotImplemented.NOT_IMPLEMENTED) {
            return r;
        }
        return PyBool.of(!Operations.isTrue(r));
    });
    public static final PyBuiltinFunction OBJECT_LT = ordering("__lt__");
    public static final PyBuiltinFunction OBJECT_LE = ordering("__le__");
    public static final PyBuiltinFunction OBJECT_GT = ordering("__gt__");
    public static final PyBuiltinFunction OBJECT_GE = ordering("__ge__");

    /**
     * object's ordering, as CPython's: always NotImplemented, so the reflected operation or the
     * TypeError follows. (The operators on builtin values compare in Java and never get here.)
     */
    private static PyBuiltinFunction ordering(String name) {
        return m(name, (a, k) -> {
            PyBuiltinFunction.checkArgs(name, a, k, 2, 2);
            return PyNotImplemented.NOT_IMPLEMENTED;
        });
    }

    /** {@code object.__subclasshook__}: no opinion, so issubclass falls back to the usual rules. */
    public static final PyBuiltinFunction OBJECT_SUBCLASSHOOK = m("__subclasshook__", (a, k) -> {
        if (a.length != 2 || k != null && k.length > 0) {
            throw PyErr.typeError("object.__subclasshook__() takes exactly one argument (" + (a.length - 1) + " given)");
        }
        return PyNotImplemented.NOT_IMPLEMENTED;
    });
    public static final PyBuiltinFunction OBJECT_FORMAT = m("__format__", (a, k) -> {
        PyBuiltinFunction.checkArgs("__format__", a, k, 2, 2);
        if (!(a[1] instanceof PyStr)) {
            throw PyErr.typeError("__format__() argument must be str, not " + a[1].getType().name);
        }
        if (!((PyStr) a[1]).value.isEmpty()) {
            throw PyErr.typeError("unsupported format string passed to " + a[0].getType().name + ".__format__");
        }
        return new PyStr(a[0].str());
    });
    public static final PyBuiltinFunction OBJECT_INIT = m("__init__", (a, k) -> {
        if (a.length > 1) {
            PyType t = a[0].getType();
            if (t.lookup("__init__") != ObjectMethods.OBJECT_INIT) {
                throw PyErr.typeError("object.__init__() takes exactly one argument (the instance to initialize)");
            }
            if (t.lookup("__new__") == ObjectMethods.OBJECT_NEW) {
                throw PyErr.typeError(t.name + "() takes no arguments");
            }
        }
        return PyNone.NONE;
    });
    public static final PyBuiltinFunction OBJECT_NEW = m("__new__", (a, k) -> {
        if (a.length == 0 || !(a[0] instanceof PyType)) {
            throw PyErr.typeError("object.__new__(X): X is not a type object ("
                    + (a.length == 0 ? "NULL" : a[0].getType().name) + ")");
        }
        PyType cls = (PyType) a[0];
        PyObject[] rest = java.util.Arrays.copyOfRange(a, 1, a.length);
        if (rest.length > 0 && cls.solid == PyType.OBJECT) {
            if (cls.lookup("__new__") != ObjectMethods.OBJECT_NEW) {
                throw PyErr.typeError("object.__new__() takes exactly one argument (the type to instantiate)");
            }
            if (cls.lookup("__init__") == OBJECT_INIT) {
                throw PyErr.typeError(cls.name + "() takes no arguments");
            }
        }
        return TypeFactory.newInstance(cls, rest, k);
    });
    public static final PyBuiltinFunction OBJECT_INIT_SUBCLASS = m("__init_subclass__", (a, k) -> {
        if (k != null && k.length > 0) {
            throw PyErr.typeError(((PyType) a[0]).name + ".__init_subclass__() takes no keyword arguments");
        }
        return PyNone.NONE;
    });
    public static final PyBuiltinFunction OBJECT_DIR = m("__dir__", (a, k) -> ClassBuiltins.dir(a[0]));

    public static final PyBuiltinFunction TYPE_CALL = m("__call__", (a, k) -> {
        if (a.length == 0 || !(a[0] instanceof PyType)) {
            throw PyErr.typeError("descriptor '__call__' requires a 'type' object");
        }
        return TypeFactory.typeCall((PyType) a[0], java.util.Arrays.copyOfRange(a, 1, a.length), k);
    });
    public static final PyBuiltinFunction TYPE_NEW = m("__new__", (a, k) -> TypeFactory.typeNewEntry(a, k));
    public static final PyBuiltinFunction TYPE_INIT = m("__init__", (a, k) -> {
        int n = a.length - (k == null ? 0 : k.length);
        if (n != 2 && n != 4) {
            throw PyErr.typeError("type.__init__() takes 1 or 3 arguments");
        }
        return PyNone.NONE;
    });
    public static final PyBuiltinFunction TYPE_REPR = m("__repr__", (a, k) -> new PyStr(((PyType) a[0]).defaultRepr()));

    /** Fills the namespaces of object and type; called once by {@link MethodTables}. */
    static void install() {
        PyDict o = PyType.OBJECT.dict();
        for (PyBuiltinFunction f : new PyBuiltinFunction[] {OBJECT_GETATTRIBUTE, OBJECT_SETATTR, OBJECT_DELATTR,
            OBJECT_REPR, OBJECT_STR, OBJECT_HASH, OBJECT_EQ, OBJECT_NE, OBJECT_LT, OBJECT_LE, OBJECT_GT, OBJECT_GE,
            OBJECT_FORMAT, OBJECT_INIT, OBJECT_NEW, OBJECT_DIR}) {
            o.put(new PyStr(f.name), f);
            f.owner = PyType.OBJECT;
            f.slotWrapper = f != OBJECT_FORMAT && f != OBJECT_DIR && f != OBJECT_NEW;
        }
        o.put(new PyStr("__init_subclass__"), new PyClassMethod(OBJECT_INIT_SUBCLASS));
        o.put(new PyStr("__subclasshook__"), new PyClassMethod(OBJECT_SUBCLASSHOOK));
        o.put(new PyStr("__doc__"), new PyStr("The base class of the class hierarchy.\n\n"
                + "When called, it accepts no arguments and returns a new featureless\n"
                + "instance that has no instance attributes and cannot be given any.\n"));
        PyDict t = PyType.TYPE.dict();
        for (PyBuiltinFunction f : new PyBuiltinFunction[] {TYPE_CALL, TYPE_NEW, TYPE_INIT, TYPE_REPR}) {
            t.put(new PyStr(f.name), f);
        }
        t.put(new PyStr("mro"), m("mro", (a, k) -> new PyList(((PyType) a[0]).mro.clone())));
        t.put(new PyStr("__subclasses__"), m("__subclasses__",
                (a, k) -> new PyList(((PyType) a[0]).subclasses().toArray(new PyObject[0]))));
        t.put(new PyStr("__instancecheck__"), m("__instancecheck__",
                (a, k) -> PyBool.of(a[1].getType().isSubtypeOf((PyType) a[0]))));
        t.put(new PyStr("__subclasscheck__"), m("__subclasscheck__",
                (a, k) -> PyBool.of(ClassBuiltins.asType(a[1], "issubclass() arg 1 must be a class")
                        .isSubtypeOf((PyType) a[0]))));
        for (String name : new String[] {"__call__", "__new__", "__init__", "__repr__", "mro", "__subclasses__",
            "__instancecheck__", "__subclasscheck__"}) {
            ((PyBuiltinFunction) t.get(new PyStr(name))).owner = PyType.TYPE; // so calls check their receiver
        }
        t.put(new PyStr("__prepare__"), new PyClassMethod(m("__prepare__", (a, k) -> new PyDict())));
        ExceptionMethods.install();
    }

    static String attrName(PyObject n) {
        if (!(n instanceof PyStr)) {
            throw PyErr.typeError("attribute name must be string, not '" + n.getType().name + "'");
        }
        return ((PyStr) n).value;
    }

    /** {@code <__main__.C object at 0x...>}. */
    public static String defaultRepr(PyObject o) {
        PyType t = o.getType();
        String mod = t.module;
        String prefix = mod == null || mod.equals("builtins") ? "" : mod + ".";
        return "<" + prefix + t.qualname + " object at " + Operations.address(o) + ">";
    }

    // ---------------------------------------------------------------- generic attribute access

    /** object.__getattribute__: the generic lookup with no user hooks; raises when missing. */
    static PyObject objectGetAttr(PyObject obj, String name) {
        if (obj instanceof HasDict) {
            PyObject v = genericGetAttr(obj, name, new PyStr(name), ((HasDict) obj).instanceDict());
            if (v == null) {
                throw PyErr.attributeError(obj, name);
            }
            return v;
        }
        return obj.getAttr(name);
    }

    /** object.__setattr__ / __delattr__ ({@code value} null). */
    static void objectSetAttr(PyObject obj, String name, PyObject value) {
        if (obj instanceof HasDict) {
            genericSetAttr(obj, name, value, ((HasDict) obj).instanceDict());
        } else if (obj instanceof PyType) {
            TypeFactory.typeSetAttr((PyType) obj, name, value);
        } else {
            obj.setAttr(name, value);
        }
    }

    /**
     * Data descriptors on the type, then the instance dict, then other class attributes
     * (binding functions); {@code null} when missing.
     */
    static PyObject genericGetAttr(PyObject obj, String name, PyStr key, PyDict dict) {
        PyType t = obj.getType();
        PyObject descr = t.lookup(name);
        if (descr != null && !(descr instanceof PyFunction) && descr.isDataDescriptor()) {
            PyObject d = descr.descrGet(obj, t);
            return d != null ? d : descr;
        }
        if (dict != null) {
            PyObject v = dict.get(key);
            if (v != null) {
                return v;
            }
        }
        if (descr != null) {
            PyObject d = descr.descrGet(obj, t);
            return d != null ? d : descr;
        }
        switch (name) {
            case "__class__": return t;
            case "__dict__": return dict;
            default: return null;
        }
    }

    static PyObject getAttrWithHooks(PyObject obj, String name, PyStr key, PyDict dict, int fl) {
        PyType t = obj.getType();
        boolean hasGetattr = (fl & PyType.HAS_GETATTR) != 0;
        try {
            if ((fl & PyType.CUSTOM_GETATTRIBUTE) != 0) {
                return Slots.call1(t.lookup("__getattribute__"), obj, key);
            }
            PyObject v = genericGetAttr(obj, name, key, dict);
            if (v != null) {
                return v;
            }
            if (!hasGetattr) {
                throw PyErr.attributeError(obj, name);
            }
        } catch (PyException e) {
            if (!hasGetattr || !e.value.isInstance(ExceptionTypes.ATTRIBUTE_ERROR)) {
                throw e;
            }
        }
        return Slots.call1(t.lookup("__getattr__"), obj, key);
    }

    static void setAttrWithHooks(PyObject obj, String name, PyObject value) {
        PyType t = obj.getType();
        if (value != null) {
            Slots.callMethod(t.lookup("__setattr__"), obj, new PyObject[] {new PyStr(name), value}, null);
        } else {
            Slots.call1(t.lookup("__delattr__"), obj, new PyStr(name));
        }
    }

    static void genericSetAttr(PyObject obj, String name, PyObject value, PyDict dict) {
        PyType t = obj.getType();
        PyObject descr = t.lookup(name);
        if (descr != null && !(descr instanceof PyFunction) && descr.isDataDescriptor()) {
            descr.descrSet(obj, value);
            return;
        }
        if (obj instanceof Derived && (name.equals("__class__") || name.equals("__dict__") && dict != null)) {
            Derived d = (Derived) obj;
            if (name.equals("__class__")) {
                if (!(value instanceof PyType) || !((PyType) value).heap || ((PyType) value).solid != t.solid) {
                    throw PyErr.typeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
                }
                d.setInstanceType((PyType) value);
            } else {
                if (!(value instanceof PyDict)) {
                    throw PyErr.typeError("__dict__ must be set to a dictionary, not a '"
                            + (value == null ? "NoneType" : value.getType().name) + "'");
                }
                d.setInstanceDict((PyDict) value);
            }
            return;
        }
        if (obj instanceof PyInstance) {
            PyInstance inst = (PyInstance) obj;
            if (name.equals("__class__")) {
                if (!(value instanceof PyType) || !((PyType) value).heap) {
                    throw PyErr.typeError("__class__ must be set to a class, not '" + (value == null ? "NULL"
                            : value.getType().name) + "' object");
                }
                inst.type = (PyType) value;
                return;
            }
            if (name.equals("__dict__") && dict != null) {
                if (!(value instanceof PyDict)) {
                    throw PyErr.typeError("__dict__ must be set to a dictionary, not a '"
                            + (value == null ? "NoneType" : value.getType().name) + "'");
                }
                inst.dict = (PyDict) value;
                return;
            }
        }
        if (dict != null) {
            if (value != null) {
                dict.put(new PyStr(name), value);
            } else if (dict.remove(new PyStr(name)) == null) {
                throw PyErr.attributeError(obj, name);
            }
            return;
        }
        throw PyErr.attributeError(obj, name);
    }
}
