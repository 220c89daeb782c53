package org.enginehost.python.modules;

import java.util.IdentityHashMap;
import java.util.Map;
import org.enginehost.python.runtime.ExceptionTypes;
import org.enginehost.python.runtime.Operations;
import org.enginehost.python.runtime.PyBool;
import org.enginehost.python.runtime.PyBuiltinFunction;
import org.enginehost.python.runtime.PyDict;
import org.enginehost.python.runtime.PyErr;
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
        if (atomic(x) || x.getType() == PyTuple.TYPE) {
            return x;
        }
        if (x.getType() == PyList.TYPE) {
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

    /**
     * Any other object, copied through its reduction as CPython's copy module does:
     * {@code __reduce_ex__(4)} (or {@code __reduce__}) gives a callable and its arguments, then
     * optionally the state (given to {@code __setstate__}, else the instance dict and the slots),
     * list items to append and dict items to set; everything is deep-copied when {@code deep} is
     * given. A string reduction means a global, which is its own copy.
     */
    static PyObject reconstruct(PyObject x, Deep deep) {
        PyObject rv;
        PyObject reductor = PickleSupport.lookupAttr(x, "__reduce_ex__");
        if (reductor != null) {
            rv = reductor.call(new PyObject[] {PyInt.of(4)}, null);
        } else {
            reductor = PickleSupport.lookupAttr(x, "__reduce__");
            if (reductor == null) {
                throw PyErr.typeError("un" + (deep == null ? "(shallow)" : "(deep)") + "copyable object of type "
                        + x.getType().name);
            }
            rv = reductor.call(new PyObject[0], null);
        }
        if (rv instanceof PyStr) {
            return x;
        }
        PyObject[] parts = Operations.toArray(rv);
        if (parts.length < 2 || parts.length > 5) {
            throw PyErr.typeError("_reconstruct() takes from 4 to 7 positional arguments but " + (parts.length + 2)
                    + " were given");
        }
        PyObject args = parts[1];
        if (deep != null && Operations.isTrue(args)) {
            args = deep.copy(args);
        }
        PyObject y = parts[0].call(Operations.toArray(args).clone(), null);
        if (deep != null) {
            deep.memo.put(x, y);
        }
        PyObject state = parts.length > 2 ? parts[2] : PyNone.NONE;
        if (state != PyNone.NONE) {
            setState(y, deep == null ? state : deep.copy(state));
        }
        if (parts.length > 3 && parts[3] != PyNone.NONE) {
            PyObject append = y.getAttr("append");
            PyObject it = parts[3].iter();
            for (PyObject item = it.next(); item != null; item = it.next()) {
                append.call(new PyObject[] {deep == null ? item : deep.copy(item)}, null);
            }
        }
        if (parts.length > 4 && parts[4] != PyNone.NONE) {
            PyObject it = parts[4].iter();
            for (PyObject pair = it.next(); pair != null; pair = it.next()) {
                PyObject[] kv = Operations.unpack(pair, 2);
                y.setItem(deep == null ? kv[0] : deep.copy(kv[0]), deep == null ? kv[1] : deep.copy(kv[1]));
            }
        }
        return y;
    }

    /** A reduction's state: {@code __setstate__}, else the instance dict's update and, for a (dict, slots) pair, the slots. */
    private static void setState(PyObject y, PyObject state) {
        PyObject setstate = PickleSupport.lookupAttr(y, "__setstate__");
        if (setstate != null) {
            setstate.call(new PyObject[] {state}, null);
            return;
        }
        PyObject slots = null;
        if (state instanceof PyTuple && ((PyTuple) state).items.length == 2) {
            slots = ((PyTuple) state).items[1];
            state = ((PyTuple) state).items[0];
        }
        if (state != PyNone.NONE) {
            y.getAttr("__dict__").getAttr("update").call(new PyObject[] {state}, null);
        }
        if (slots != null && slots != PyNone.NONE) {
            PyObject it = slots.getAttr("items").call(new PyObject[0], null).iter();
            for (PyObject pair = it.next(); pair != null; pair = it.next()) {
                PyObject[] kv = Operations.unpack(pair, 2);
                if (!(kv[0] instanceof PyStr)) {
                    throw PyErr.typeError("attribute name must be string, not '" + kv[0].getType().name + "'");
                }
                y.setAttr(((PyStr) kv[0]).value, kv[1]);
            }
        }
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
            if (x.getType() == PyList.TYPE) {
                PyList src = (PyList) x;
                PyList y = new PyList();
                memo.put(x, y);
                for (int i = 0; i < src.size; i++) {
                    y.append(copy(src.items[i]));
                }
                return y;
            }
            if (x.getType() == PyTuple.TYPE) {
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
