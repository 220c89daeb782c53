package org.enginehost.python.runtime;

/**
 * Installs the methods of the builtin types, once, on first attribute lookup. Kept out of the
 * types' static initialisers so that class initialisation order can never matter.
 */
final class MethodTables {
    static {
        StrMethods.install(PyStr.TYPE);
        ListMethods.install(PyList.TYPE);
        DictMethods.install(PyDict.TYPE);
        SetMethods.install(PySet.TYPE, PySet.FROZEN_TYPE);
        PyTuple.TYPE.addMethod("index", (a, k) -> PyInt.of(
                ListMethods.indexOf(((PyTuple) a[0]).items, ((PyTuple) a[0]).items.length, a, "tuple")));
        PyTuple.TYPE.addMethod("count", (a, k) -> PyInt.of(
                ListMethods.count(((PyTuple) a[0]).items, ((PyTuple) a[0]).items.length, a[1])));
        PyRange.TYPE.addMethod("index", (a, k) -> {
            PyBuiltinFunction.checkMethodArgs("range.index", a, k, 2, 2);
            return ((PyRange) a[0]).index(a[1]);
        });
        PyRange.TYPE.addMethod("count", (a, k) -> {
            PyBuiltinFunction.checkMethodArgs("range.count", a, k, 2, 2);
            return ((PyRange) a[0]).count(a[1]);
        });
        // range's protocol as methods too, as CPython's slot wrappers (hasattr(range(3), "__iter__")).
        PyRange.TYPE.addMethod("__len__", (a, k) -> PyInt.of(a[0].len()));
        PyRange.TYPE.addMethod("__iter__", (a, k) -> a[0].iter());
        PyRange.TYPE.addMethod("__bool__", (a, k) -> PyBool.of(a[0].isTrue()));
        PyRange.TYPE.addMethod("__contains__", (a, k) -> PyBool.of(a[0].contains(a[1])));
        PyRange.TYPE.addMethod("__getitem__", (a, k) -> a[0].getItem(a[1]));
        PyRange.TYPE.addMethod("__reversed__", (a, k) -> ((PyRange) a[0]).reversedIter());
        for (String name : new String[] {"start", "stop", "step"}) {
            PyBuiltinAttribute.member(PyRange.TYPE, name, o -> o.getAttr(name));
            PyBuiltinAttribute.member(PySlice.TYPE, name, o -> o.getAttr(name));
        }
        PyRange.TYPE.fixSlotArgs(0, "__len__ __iter__ __bool__");
        PyRange.TYPE.fixSlotArgs(1, "__contains__ __getitem__");
        PyRange.TYPE.fixArgs(0, "__reversed__");
        PyMappingProxy.install();
        IteratorMethods.installBuiltins();
        ExceptionGroups.install();
        installTextIO(PyTextIO.TYPE);
        PyStdin.install();
        PyFile.install(PyFile.TYPE);
        PySlice.install();
        BytesMethods.install(PyBytes.TYPE);
        BytesMethods.install(PyByteArray.TYPE);
        PyMemoryView.install();
        IntMethods.install(PyInt.TYPE);
        FloatMethods.install(PyFloat.TYPE);
        PyComplex.install(PyComplex.TYPE);
        Derived.installWrappers();
        ObjectMethods.install();
        ReduceMethods.install();
        MethodArity.apply();
    }

    private MethodTables() {
    }

    /** Triggers the one-time installation (the JVM runs the static block exactly once). */
    static void ensureInstalled() {
        // nothing: loading this class did the work
    }

    static void installTextIO(PyType t) {
        t.addMethod("write", (a, k) -> {
            PyBuiltinFunction.checkMethodArgs("TextIOWrapper.write", a, k, 2, 2);
            if (!(a[1] instanceof PyStr)) {
                throw PyErr.typeError("write() argument must be str, not " + a[1].getType().name);
            }
            PyStr s = (PyStr) a[1];
            ((PyTextIO) a[0]).write(s.value);
            return PyInt.of(s.codePointLength());
        });
        t.addMethod("flush", (a, k) -> {
            ((PyTextIO) a[0]).flush();
            return PyNone.NONE;
        });
        t.addMethod("writable", (a, k) -> PyBool.TRUE);
        t.addMethod("readable", (a, k) -> PyBool.FALSE);
        PyBuiltinAttribute.member(t, "name", o -> new PyStr(((PyTextIO) o).name()));
        PyBuiltinAttribute.member(t, "mode", o -> new PyStr("w"));
        PyBuiltinAttribute.member(t, "encoding", o -> new PyStr("utf-8"));
        PyBuiltinAttribute.member(t, "closed", o -> PyBool.FALSE);
    }

}
