package org.enginehost.python.runtime;

/**
 * The pickling protocol of the builtin types: {@code object.__reduce_ex__}, {@code __reduce__} and
 * {@code __getstate__} (CPython's {@code reduce_newobj} / {@code copyreg._reduce_ex} logic), and
 * the {@code __reduce__}/{@code __getnewargs__} methods of builtin types whose instances the
 * pickler does not write directly. Types implemented in Java take part in pickling by adding
 * {@code __reduce__} or {@code __reduce_ex__} to their method tables the same way.
 */
public final class ReduceMethods {
    private ReduceMethods() {
    }

    private static PyBuiltinFunction objectMethod(String name, PyBuiltinFunction.Body body) {
        PyBuiltinFunction f = new PyBuiltinFunction(name, body, true);
        f.owner = PyType.OBJECT;
        return f;
    }

    public static final PyBuiltinFunction OBJECT_REDUCE = objectMethod("__reduce__", (a, k) -> {
        PyBuiltinFunction.checkArgs("__reduce__", a, k, 1, 1);
        return commonReduce(a[0], 0);
    });
    public static final PyBuiltinFunction OBJECT_REDUCE_EX = objectMethod("__reduce_ex__", (a, k) -> {
        PyBuiltinFunction.checkArgs("__reduce_ex__", a, k, 2, 2);
        if (!(a[1] instanceof PyInt)) {
            throw PyErr.typeError("'" + a[1].getType().name + "' object cannot be interpreted as an integer");
        }
        PyObject self = a[0];
        PyObject reduce = self.getType().lookup("__reduce__");
        if (reduce != null && reduce != OBJECT_REDUCE) {
            return self.getAttr("__reduce__").call(new PyObject[0], null);
        }
        return commonReduce(self, (int) ((PyInt) a[1]).value);
    });
    public static final PyBuiltinFunction OBJECT_GETSTATE = objectMethod("__getstate__", (a, k) -> {
        PyBuiltinFunction.checkArgs("__getstate__", a, k, 1, 1);
        return getstateDefault(a[0], false);
    });

    /** Called once by {@link MethodTables}. */
    static void install() {
        PyDict o = PyType.OBJECT.dict();
        for (PyBuiltinFunction f : new PyBuiltinFunction[] {OBJECT_REDUCE, OBJECT_REDUCE_EX, OBJECT_GETSTATE}) {
            o.put(new PyStr(f.name), f);
            PyType.OBJECT.invalidate(f.name);
        }
        PyInt.TYPE.addMethod("__getnewargs__", (a, k) -> {
            PyInt v = (PyInt) a[0];
            return PyTuple.of(v.isBig() ? PyInt.of(v.big) : PyInt.of(v.value));
        });
        PyFloat.TYPE.addMethod("__getnewargs__", (a, k) -> PyTuple.of(new PyFloat(((PyFloat) a[0]).value)));
        PyStr.TYPE.addMethod("__getnewargs__", (a, k) -> PyTuple.of(new PyStr(((PyStr) a[0]).value)));
        PyBytes.TYPE.addMethod("__getnewargs__", (a, k) -> PyTuple.of(new PyBytes(((PyBytes) a[0]).toByteArray())));
        PyTuple.TYPE.addMethod("__getnewargs__", (a, k) -> PyTuple.of(new PyTuple(((PyTuple) a[0]).items.clone())));
        PyComplex.TYPE.addMethod("__getnewargs__",
                (a, k) -> PyTuple.of(new PyFloat(((PyComplex) a[0]).real), new PyFloat(((PyComplex) a[0]).imag)));
        PyBuiltinFunction.Body setReduce = (a, k) -> PyTuple.of(a[0].getType(),
                PyTuple.of(new PyList(((PySet) a[0]).toArray())), getstate(a[0]));
        PySet.TYPE.addMethod("__reduce__", setReduce);
        PySet.FROZEN_TYPE.addMethod("__reduce__", setReduce);
        PyByteArray.TYPE.addMethod("__reduce_ex__", (a, k) -> {
            PyBuiltinFunction.checkArgs("__reduce_ex__", a, k, 1, 2);
            return byteArrayReduce(a[0], a.length > 1 ? (int) ((PyInt) a[1]).value : 0);
        });
        PyByteArray.TYPE.addMethod("__reduce__", (a, k) -> byteArrayReduce(a[0], 0));
        PyRange.TYPE.addMethod("__reduce__", (a, k) -> PyTuple.of(PyRange.TYPE,
                PyTuple.of(a[0].getAttr("start"), a[0].getAttr("stop"), a[0].getAttr("step"))));
        PySlice.TYPE.addMethod("__reduce__", (a, k) -> {
            PySlice s = (PySlice) a[0];
            return PyTuple.of(PySlice.TYPE, PyTuple.of(s.start, s.stop, s.step));
        });
        PyEllipsis.TYPE.addMethod("__reduce__", (a, k) -> new PyStr("Ellipsis"));
        PyNotImplemented.TYPE.addMethod("__reduce__", (a, k) -> new PyStr("NotImplemented"));
        PyBuiltinFunction.TYPE.addMethod("__reduce__", (a, k) -> {
            PyObject self = a[0];
            if (self instanceof PyMethod) {
                PyMethod m = (PyMethod) self;
                return PyTuple.of(getattrBuiltin(), PyTuple.of(m.self, new PyStr(((PyBuiltinFunction) m.function).name)));
            }
            PyBuiltinFunction f = (PyBuiltinFunction) self;
            if (f.owner != null) {
                return PyTuple.of(getattrBuiltin(), PyTuple.of(f.owner, new PyStr(f.name)));
            }
            return new PyStr(f.name);
        });
        PyMethod.TYPE.addMethod("__reduce__", (a, k) -> {
            PyMethod m = (PyMethod) a[0];
            return PyTuple.of(getattrBuiltin(), PyTuple.of(m.self, m.function.getAttr("__name__")));
        });
        ExceptionTypes.BASE_EXCEPTION.addMethod("__reduce__", (a, k) -> {
            PyBaseException e = (PyBaseException) a[0];
            if (e.attrs.size() > 0) {
                return PyTuple.of(e.getType(), e.args, e.attrs);
            }
            return PyTuple.of(e.getType(), e.args);
        });
        ExceptionTypes.BASE_EXCEPTION.addMethod("__setstate__", (a, k) -> {
            PyBuiltinFunction.checkArgs("__setstate__", a, k, 2, 2);
            if (a[1] != PyNone.NONE) {
                if (!(a[1] instanceof PyDict)) {
                    throw PyErr.typeError("state is not a dictionary");
                }
                for (var en : ((PyDict) a[1]).entries()) {
                    a[0].setAttr(ObjectMethods.attrName(en.getKey()), en.getValue());
                }
            }
            return PyNone.NONE;
        });
    }

    private static PyObject getattrBuiltin() {
        return ThreadState.current().interpreter.builtins.get("getattr");
    }

    private static PyObject copyreg() {
        return ThreadState.current().interpreter.importName("copyreg", 0, true, null);
    }

    private static PyObject byteArrayReduce(PyObject self, int proto) {
        PyObject dict = self instanceof HasDict ? ((HasDict) self).instanceDict() : null;
        if (dict == null) {
            dict = PyNone.NONE;
        }
        byte[] data = ((PyByteArray) self).toByteArray();
        if (proto < 3) {
            StringBuilder sb = new StringBuilder(data.length);
            for (byte b : data) {
                sb.append((char) (b & 0xff));
            }
            return PyTuple.of(self.getType(), PyTuple.of(new PyStr(sb.toString()), new PyStr("latin-1")), dict);
        }
        return PyTuple.of(self.getType(), PyTuple.of(new PyBytes(data)), dict);
    }

    /** object.__reduce__ and the fallback of object.__reduce_ex__. */
    static PyObject commonReduce(PyObject self, int proto) {
        if (proto >= 2) {
            return reduceNewobj(self);
        }
        return copyreg().getAttr("_reduce_ex").call(new PyObject[] {self, PyInt.of(proto)}, null);
    }

    /** CPython's {@code tp_name}. */
    static String tpName(PyType t) {
        if (t.heap || t.module == null || t.module.equals("builtins")) {
            return t.name;
        }
        return t.module + "." + t.name;
    }

    /** Whether instances carry state the generic reduction cannot see (CPython: a larger basicsize). */
    private static boolean hiddenState(PyType t) {
        return t.solid != PyType.OBJECT;
    }

    private static boolean hasNew(PyType t) {
        PyType s = t.solid;
        return s == PyType.OBJECT || s.constructor() != null || s.lookup("__new__") != null && s.lookup("__new__") != ObjectMethods.OBJECT_NEW;
    }

    private static PyObject reduceNewobj(PyObject obj) {
        PyType t = obj.getType();
        if (!hasNew(t)) {
            throw PyErr.typeError("cannot pickle '" + tpName(t) + "' object");
        }
        PyObject args = null;
        PyObject kwargs = null;
        if (t.lookup("__getnewargs_ex__") != null) {
            PyObject r = obj.getAttr("__getnewargs_ex__").call(new PyObject[0], null);
            if (!(r instanceof PyTuple)) {
                throw PyErr.typeError("__getnewargs_ex__ should return a tuple, not '" + r.getType().name + "'");
            }
            PyObject[] items = ((PyTuple) r).items;
            if (items.length != 2) {
                throw PyErr.typeError("__getnewargs_ex__ should return a tuple of length 2, not " + items.length);
            }
            if (!(items[0] instanceof PyTuple)) {
                throw PyErr.typeError("first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '"
                        + items[0].getType().name + "'");
            }
            if (!(items[1] instanceof PyDict)) {
                throw PyErr.typeError("second item of the tuple returned by __getnewargs_ex__ must be a dict, not '"
                        + items[1].getType().name + "'");
            }
            args = items[0];
            kwargs = items[1];
        } else if (t.lookup("__getnewargs__") != null) {
            args = obj.getAttr("__getnewargs__").call(new PyObject[0], null);
            if (!(args instanceof PyTuple)) {
                throw PyErr.typeError("__getnewargs__ should return a tuple, not '" + args.getType().name + "'");
            }
        }
        PyObject copyreg = copyreg();
        boolean hasargs = args != null;
        PyObject newobj;
        PyTuple newargs;
        if (kwargs == null || ((PyDict) kwargs).size() == 0) {
            newobj = copyreg.getAttr("__newobj__");
            PyObject[] a = args == null ? new PyObject[0] : ((PyTuple) args).items;
            PyObject[] na = new PyObject[a.length + 1];
            na[0] = t;
            System.arraycopy(a, 0, na, 1, a.length);
            newargs = new PyTuple(na);
        } else {
            newobj = copyreg.getAttr("__newobj_ex__");
            newargs = PyTuple.of(t, args, kwargs);
        }
        PyObject state = objectGetstate(obj, !(hasargs || obj instanceof PyList || obj instanceof PyDict));
        PyObject listitems = obj instanceof PyList ? obj.iter() : PyNone.NONE;
        PyObject dictitems = obj instanceof PyDict
                ? obj.getAttr("items").call(new PyObject[0], null).iter() : PyNone.NONE;
        return PyTuple.of(newobj, newargs, state, listitems, dictitems);
    }

    /** {@code _PyObject_GetState}: the object's __getstate__(), not requiring a plain layout. */
    static PyObject getstate(PyObject obj) {
        return objectGetstate(obj, false);
    }

    private static PyObject objectGetstate(PyObject obj, boolean required) {
        PyObject getstate = obj.getType().lookup("__getstate__");
        if (getstate == OBJECT_GETSTATE) {
            return getstateDefault(obj, required);
        }
        return obj.getAttr("__getstate__").call(new PyObject[0], null);
    }

    private static PyObject getstateDefault(PyObject obj, boolean required) {
        PyType t = obj.getType();
        PyObject state = PyNone.NONE;
        if (obj instanceof HasDict) {
            PyDict d = ((HasDict) obj).instanceDict();
            if (d != null && d.size() > 0) {
                state = d;
            }
        }
        if (required && hiddenState(t)) {
            throw PyErr.typeError("cannot pickle '" + tpName(t) + "' object");
        }
        if (!t.heap) {
            return state;
        }
        PyObject names = copyreg().getAttr("_slotnames").call(new PyObject[] {t}, null);
        if (names instanceof PyList && ((PyList) names).size > 0) {
            PyDict slots = new PyDict();
            PyList l = (PyList) names;
            for (int i = 0; i < l.size; i++) {
                PyObject name = l.items[i];
                PyObject value;
                try {
                    value = obj.getAttr(ObjectMethods.attrName(name));
                } catch (PyException e) {
                    if (!e.value.isInstance(ExceptionTypes.ATTRIBUTE_ERROR)) {
                        throw e;
                    }
                    continue;
                }
                slots.put(name, value);
            }
            if (slots.size() > 0) {
                state = PyTuple.of(state, slots);
            }
        }
        return state;
    }
}
