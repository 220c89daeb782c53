package org.enginehost.python.modules;

import java.util.Arrays;
import org.enginehost.python.runtime.Builtins;
import org.enginehost.python.runtime.ExceptionTypes;
import org.enginehost.python.runtime.ObjectMethods;
import org.enginehost.python.runtime.ReduceMethods;
import org.enginehost.python.runtime.PyBuiltinFunction;
import org.enginehost.python.runtime.PyComplex;
import org.enginehost.python.runtime.PyDict;
import org.enginehost.python.runtime.PyErr;
import org.enginehost.python.runtime.PyException;
import org.enginehost.python.runtime.PyFloat;
import org.enginehost.python.runtime.PyInt;
import org.enginehost.python.runtime.PyList;
import org.enginehost.python.runtime.PyModule;
import org.enginehost.python.runtime.PyNone;
import org.enginehost.python.runtime.PyObject;
import org.enginehost.python.runtime.PyStr;
import org.enginehost.python.runtime.PyTuple;
import org.enginehost.python.runtime.PyType;
import org.enginehost.python.runtime.TypeFactory;

/**
 * The {@code copyreg} module: the reduction registry ({@code dispatch_table}), the extension
 * registry, and the helpers {@code object.__reduce_ex__} refers to ({@code __newobj__},
 * {@code __newobj_ex__}, {@code _reconstructor}, {@code _reduce_ex}, {@code _slotnames}).
 */
public final class CopyregModule {
    private CopyregModule() {
    }

    public static PyModule create() {
        PyModule m = new PyModule("copyreg", null);
        PyDict dispatch = new PyDict();
        PyDict registry = new PyDict();
        PyDict inverted = new PyDict();
        PyDict cache = new PyDict();
        m.define("dispatch_table", dispatch);
        m.define("_extension_registry", registry);
        m.define("_inverted_registry", inverted);
        m.define("_extension_cache", cache);
        m.defineFunction("constructor", (a, k) -> {
            PyBuiltinFunction.checkArgs("constructor", a, k, 1, 1);
            if (!Builtins.isCallable(a[0])) {
                throw PyErr.typeError("constructors must be callable");
            }
            return PyNone.NONE;
        });
        m.defineFunction("pickle", (a, k) -> {
            PyObject[] p = Args.bind("pickle", a, k, new String[] {"ob_type", "pickle_function", "constructor_ob"}, 2, 3);
            if (!Builtins.isCallable(p[1])) {
                throw PyErr.typeError("reduction functions must be callable");
            }
            dispatch.setItem(p[0], p[1]);
            if (p[2] != null && p[2] != PyNone.NONE && !Builtins.isCallable(p[2])) {
                throw PyErr.typeError("constructors must be callable");
            }
            return PyNone.NONE;
        });
        m.defineFunction("__newobj__", (a, k) -> {
            if (a.length < 1) {
                throw PyErr.typeError("__newobj__() missing 1 required positional argument: 'cls'");
            }
            return a[0].getAttr("__new__").call(a, k);
        });
        m.defineFunction("__newobj_ex__", (a, k) -> {
            PyBuiltinFunction.checkArgs("__newobj_ex__", a, k, 3, 3);
            PyObject[] args = ((PyTuple) a[1]).items;
            PyDict kw = (PyDict) a[2];
            PyObject[] full = new PyObject[1 + args.length + kw.size()];
            String[] names = kw.size() == 0 ? null : new String[kw.size()];
            full[0] = a[0];
            System.arraycopy(args, 0, full, 1, args.length);
            int i = 0;
            for (var en : kw.entries()) {
                names[i] = PickleSupport.strValue(en.getKey());
                full[1 + args.length + i++] = en.getValue();
            }
            return a[0].getAttr("__new__").call(full, names);
        });
        m.defineFunction("_reconstructor", (a, k) -> {
            PyBuiltinFunction.checkArgs("_reconstructor", a, k, 3, 3);
            return reconstructor(a[0], a[1], a[2]);
        });
        m.defineFunction("_reduce_ex", (a, k) -> {
            PyBuiltinFunction.checkArgs("_reduce_ex", a, k, 2, 2);
            return reduceEx(m, a[0], (int) Args.toInt(a[1]).value);
        });
        m.defineFunction("_slotnames", (a, k) -> {
            PyBuiltinFunction.checkArgs("_slotnames", a, k, 1, 1);
            return slotnames((PyType) a[0]);
        });
        m.defineFunction("add_extension", (a, k) -> {
            PyBuiltinFunction.checkArgs("add_extension", a, k, 3, 3);
            long code = Args.toInt(a[2]).value;
            if (code < 1 || code > 0x7fffffffL) {
                throw PyErr.valueError("code out of range");
            }
            PyObject key = PyTuple.of(a[0], a[1]);
            PyObject codeObj = PyInt.of(code);
            PyObject old = registry.get(key);
            PyObject oldKey = inverted.get(codeObj);
            if (old != null && old.equals(codeObj) && oldKey != null && oldKey.equals(key)) {
                return PyNone.NONE;
            }
            if (old != null) {
                throw PyErr.valueError("key " + key.repr() + " is already registered with code " + old.repr());
            }
            if (oldKey != null) {
                throw PyErr.valueError("code " + code + " is already in use for key " + oldKey.repr());
            }
            registry.setItem(key, codeObj);
            inverted.setItem(codeObj, key);
            return PyNone.NONE;
        });
        m.defineFunction("remove_extension", (a, k) -> {
            PyBuiltinFunction.checkArgs("remove_extension", a, k, 3, 3);
            PyObject key = PyTuple.of(a[0], a[1]);
            PyObject codeObj = a[2];
            PyObject old = registry.get(key);
            PyObject oldKey = inverted.get(codeObj);
            if (old == null || !old.equals(codeObj) || oldKey == null || !oldKey.equals(key)) {
                throw PyErr.valueError("key " + key.repr() + " is not registered with code " + codeObj.repr());
            }
            registry.delItem(key);
            inverted.delItem(codeObj);
            if (cache.get(codeObj) != null) {
                cache.delItem(codeObj);
            }
            return PyNone.NONE;
        });
        m.defineFunction("clear_extension_cache", (a, k) -> {
            cache.getAttr("clear").call(new PyObject[0], null);
            return PyNone.NONE;
        });
        PyBuiltinFunction pickleComplex = new PyBuiltinFunction("pickle_complex", (a, k) -> {
            PyBuiltinFunction.checkArgs("pickle_complex", a, k, 1, 1);
            PyComplex c = (PyComplex) a[0];
            return PyTuple.of(PyComplex.TYPE, PyTuple.of(new PyFloat(c.real), new PyFloat(c.imag)));
        });
        m.define("pickle_complex", pickleComplex);
        dispatch.setItem(PyComplex.TYPE, pickleComplex);
        return m;
    }

    /** Protocol 0/1 reconstruction: {@code object.__new__(cls)} or {@code base.__new__(cls, state)}. */
    static PyObject reconstructor(PyObject cls, PyObject base, PyObject state) {
        PyObject obj;
        if (base == PyType.OBJECT) {
            obj = ObjectMethods.OBJECT_NEW.call(new PyObject[] {cls}, null);
        } else {
            obj = base.getAttr("__new__").call(new PyObject[] {cls, state}, null);
            PyObject init = ((PyType) base).lookup("__init__");
            if (init != null && init != ObjectMethods.OBJECT_INIT) {
                base.getAttr("__init__").call(new PyObject[] {obj, state}, null);
            }
        }
        return obj;
    }

    /** {@code copyreg._reduce_ex}: the reduction of object.__reduce_ex__ for protocols 0 and 1. */
    static PyObject reduceEx(PyModule copyreg, PyObject self, int proto) {
        PyType cls = (PyType) self.getAttr("__class__");
        PyType base = PyType.OBJECT;
        for (PyType b : cls.mro) {
            if (!b.heap) {
                base = b;
                break;
            }
        }
        PyObject state;
        if (base == PyType.OBJECT) {
            state = PyNone.NONE;
        } else {
            if (base == cls) {
                throw PyErr.typeError("cannot pickle '" + cls.name + "' object");
            }
            state = base.call(new PyObject[] {self}, null);
        }
        PyTuple args = PyTuple.of(cls, base, state);
        PyObject dict;
        PyObject getstate = PickleSupport.lookupAttr(self, "__getstate__");
        if (getstate == null) {
            PyObject slots = PickleSupport.lookupAttr(self, "__slots__");
            if (slots != null && slots.isTrue()) {
                throw PyErr.typeError("cannot pickle '" + cls.name + "' object: a class that defines __slots__ without "
                        + "defining __getstate__ cannot be pickled with protocol " + proto);
            }
            dict = PickleSupport.lookupAttr(self, "__dict__");
        } else {
            PyObject slots = PickleSupport.lookupAttr(self, "__slots__");
            if (cls.lookup("__getstate__") == ReduceMethods.OBJECT_GETSTATE && slots != null && slots.isTrue()) {
                throw PyErr.typeError("a class that defines __slots__ without defining __getstate__ cannot be pickled");
            }
            dict = getstate.call(new PyObject[0], null);
        }
        PyObject recon = copyreg.getAttr("_reconstructor");
        if (dict != null && dict.isTrue()) {
            return PyTuple.of(recon, args, dict);
        }
        return PyTuple.of(recon, args);
    }

    /** The names of the {@code __slots__} of cls and its bases (mangled), cached as {@code __slotnames__}. */
    static PyObject slotnames(PyType cls) {
        PyObject cached = cls.dict().get(new PyStr("__slotnames__"));
        if (cached != null) {
            return cached;
        }
        PyList names = new PyList();
        boolean any = false;
        for (PyType c : cls.mro) {
            PyObject slots = c.dict().get(new PyStr("__slots__"));
            if (slots == null) {
                continue;
            }
            any = true;
            PyObject[] items = slots instanceof PyStr ? new PyObject[] {slots} : iterate(slots);
            for (PyObject s : items) {
                String name = PickleSupport.strValue(s);
                if (name.equals("__dict__") || name.equals("__weakref__")) {
                    continue;
                }
                names.append(new PyStr(TypeFactory.privateName(c.name, name)));
            }
        }
        try {
            cls.setAttr("__slotnames__", names);
        } catch (PyException e) {
            if (!e.value.isInstance(ExceptionTypes.TYPE_ERROR) && !e.value.isInstance(ExceptionTypes.ATTRIBUTE_ERROR)) {
                throw e;
            }
        }
        return names;
    }

    private static PyObject[] iterate(PyObject o) {
        PyObject it = o.iter();
        PyObject[] out = new PyObject[4];
        int n = 0;
        for (PyObject x = it.next(); x != null; x = it.next()) {
            if (n == out.length) {
                out = Arrays.copyOf(out, n * 2);
            }
            out[n++] = x;
        }
        return Arrays.copyOf(out, n);
    }
}
