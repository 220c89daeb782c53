package org.enginehost.python.modules;

import java.util.IdentityHashMap;
import java.util.Map;
import org.enginehost.python.runtime.ExceptionTypes;
import org.enginehost.python.runtime.PyBool;
import org.enginehost.python.runtime.PyBuiltinFunction;
import org.enginehost.python.runtime.PyDict;
import org.enginehost.python.runtime.PyErr;
import org.enginehost.python.runtime.PyException;
import org.enginehost.python.runtime.PyFloat;
import org.enginehost.python.runtime.PyFunction;
import org.enginehost.python.runtime.PyInt;
import org.enginehost.python.runtime.PyList;
import org.enginehost.python.runtime.PyModule;
import org.enginehost.python.runtime.PyNone;
import org.enginehost.python.runtime.PyObject;
import org.enginehost.python.runtime.PyRange;
import org.enginehost.python.runtime.PyStr;
import org.enginehost.python.runtime.PyTuple;
import org.enginehost.python.runtime.PyType;

/** The {@code copy} module: shallow and deep copies with a memo, honouring {@code __copy__}/{@code __deepcopy__}. */
public final class CopyModule {
    private CopyModule() {
    }

    public static PyModule create() {
        PyModule m = new PyModule("copy", null);
        PyType error = new PyType("Error", new PyType[] {ExceptionTypes.EXCEPTION}, null, "copy");
        m.define("Error", error);
        m.define("error", error);
        Map<PyDict, Map<PyObject, PyObject>> memos = new IdentityHashMap<>();
        m.defineFunction("copy", (a, k) -> {
            PyBuiltinFunction.checkArgs("copy", a, k, 1, 1);
            return shallow(a[0]);
        });
        m.defineFunction("deepcopy", (a, k) -> {
            PyObject[] p = Args.bind("deepcopy", a, k, new String[] {"x", "memo"}, 1, 2);
            PyDict memoDict = p[1] instanceof PyDict ? (PyDict) p[1] : new PyDict();
            Map<PyObject, PyObject> memo = memos.get(memoDict);
            boolean top = memo == null;
            if (top) {
                memo = new IdentityHashMap<>();
                memos.put(memoDict, memo);
            }
            try {
                return new Deep(memo, memoDict).copy(p[0]);
            } finally {
                if (top) {
                    memos.remove(memoDict);
                }
            }
        });
        return m;
    }

    static boolean atomic(PyObject x) {
        return x == PyNone.NONE || x instanceof PyInt || x instanceof PyFloat || x instanceof PyStr
                || x instanceof PyBool || x instanceof PyType || x instanceof PyFunction
                || x instanceof PyBuiltinFunction || x instanceof PyRange || x instanceof PyModule
                || x.getType().name.equals("bytes") || x.getType().name.equals("complex");
    }

    static PyObject shallow(PyObject x) {
        if (atomic(x) || x instanceof PyTuple) {
            return x;
        }
        if (x instanceof PyList) {
            return new PyList(((PyList) x).toArray().clone());
        }
        if (x instanceof PyDict && x.getType() == PyDict.TYPE) {
            return ((PyDict) x).copy();
        }
        PyObject hook = x.getType().lookup("__copy__");
        if (hook != null) {
            return hook.call(new PyObject[] {x}, null);
        }
        String tn = x.getType().name;
        if (tn.equals("set") || tn.equals("bytearray") || tn.equals("deque") || tn.equals("defaultdict")
                || tn.equals("OrderedDict") || tn.equals("Counter")) {
            PyObject c = x.getType().lookup("copy");
            if (c != null) {
                return c.call(new PyObject[] {x}, null);
            }
        }
        if (tn.equals("frozenset")) {
            return x;
        }
        return reconstruct(x, null);
    }

    /** A new instance of x's class with x's attributes (deep-copied when {@code deep} is given). */
    static PyObject reconstruct(PyObject x, Deep deep) {
        PyObject dict;
        try {
            dict = x.getAttr("__dict__");
        } catch (PyException e) {
            throw PyErr.typeError("cannot copy object of type '" + x.getType().name + "'");
        }
        PyType cls = x.getType();
        PyObject y = cls.getAttr("__new__").call(new PyObject[] {cls}, null);
        if (deep != null) {
            deep.memo.put(x, y);
        }
        if (dict instanceof PyDict) {
            for (var en : ((PyDict) dict).entries()) {
                PyObject v = deep == null ? en.getValue() : deep.copy(en.getValue());
                y.setAttr(((PyStr) en.getKey()).value, v);
            }
        }
        return y;
    }

    /** One deepcopy traversal. */
    static final class Deep {
        final Map<PyObject, PyObject> memo;
        final PyDict memoDict;

        Deep(Map<PyObject, PyObject> memo, PyDict memoDict) {
            this.memo = memo;
            this.memoDict = memoDict;
        }

        PyObject copy(PyObject x) {
            if (atomic(x)) {
                return x;
            }
            PyObject done = memo.get(x);
            if (done != null) {
                return done;
            }
            if (x instanceof PyList) {
                PyList src = (PyList) x;
                PyList y = new PyList();
                memo.put(x, y);
                for (int i = 0; i < src.size; i++) {
                    y.append(copy(src.items[i]));
                }
                return y;
            }
            if (x instanceof PyTuple) {
                PyObject[] items = ((PyTuple) x).items;
                PyObject[] out = new PyObject[items.length];
                boolean same = true;
                for (int i = 0; i < items.length; i++) {
                    out[i] = copy(items[i]);
                    same &= out[i] == items[i];
                }
                PyObject again = memo.get(x);
                if (again != null) {
                    return again;
                }
                PyObject y = same ? x : new PyTuple(out);
                memo.put(x, y);
                return y;
            }
            if (x instanceof PyDict && x.getType() == PyDict.TYPE) {
                PyDict y = new PyDict();
                memo.put(x, y);
                for (var en : ((PyDict) x).entries()) {
                    y.put(copy(en.getKey()), copy(en.getValue()));
                }
                return y;
            }
            PyObject hook = x.getType().lookup("__deepcopy__");
            if (hook != null) {
                PyObject y = hook.call(new PyObject[] {x, memoDict}, null);
                memo.put(x, y);
                return y;
            }
            String tn = x.getType().name;
            if (tn.equals("set") || tn.equals("frozenset")) {
                PyList items = new PyList();
                PyObject it = x.iter();
                for (PyObject v = it.next(); v != null; v = it.next()) {
                    items.append(copy(v));
                }
                PyObject y = x.getType().call(new PyObject[] {items}, null);
                memo.put(x, y);
                return y;
            }
            return reconstruct(x, this);
        }
    }

}
