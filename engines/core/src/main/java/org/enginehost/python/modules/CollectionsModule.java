package org.enginehost.python.modules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.enginehost.python.runtime.BinOp;
import org.enginehost.python.runtime.CompareOp;
import org.enginehost.python.runtime.Operations;
import org.enginehost.python.runtime.PyBool;
import org.enginehost.python.runtime.PyBuiltinFunction;
import org.enginehost.python.runtime.PyDict;
import org.enginehost.python.runtime.PyErr;
import org.enginehost.python.runtime.PyInt;
import org.enginehost.python.runtime.PyJavaIterator;
import org.enginehost.python.runtime.PyList;
import org.enginehost.python.runtime.PyModule;
import org.enginehost.python.runtime.PyNone;
import org.enginehost.python.runtime.PyObject;
import org.enginehost.python.runtime.PyStr;
import org.enginehost.python.runtime.PyTuple;
import org.enginehost.python.runtime.PyType;
import org.enginehost.python.runtime.ReprGuard;

/** The {@code collections} module: deque, defaultdict, Counter, OrderedDict, ChainMap, namedtuple. */
public final class CollectionsModule {
    private CollectionsModule() {
    }

    public static final PyType DEFAULTDICT = new PyType("defaultdict", new PyType[] {PyDict.TYPE},
            (t, a, k) -> DefaultDict.make(a, k), "collections");
    public static final PyType COUNTER = new PyType("Counter", new PyType[] {PyDict.TYPE},
            (t, a, k) -> {
                Counter c = new Counter();
                c.update(a, k, 1);
                return c;
            }, "collections");
    public static final PyType ORDERED_DICT = new PyType("OrderedDict", new PyType[] {PyDict.TYPE},
            (t, a, k) -> {
                OrderedDict d = new OrderedDict();
                PyDict src = (PyDict) PyDict.TYPE.call(a, k);
                for (Map.Entry<PyObject, PyObject> e : src.entries()) {
                    d.put(e.getKey(), e.getValue());
                }
                return d;
            }, "collections");

    static {
        installDefaultDict();
        installCounter();
        installOrderedDict();
    }

    public static PyModule create() {
        PyModule m = new PyModule("collections", null);
        m.define("deque", PyDeque.TYPE);
        m.define("defaultdict", DEFAULTDICT);
        m.define("Counter", COUNTER);
        m.define("OrderedDict", ORDERED_DICT);
        m.define("ChainMap", ChainMap.TYPE);
        m.defineFunction("namedtuple", NamedTuple::factory);
        return m;
    }

    private static void copyInto(PyDict dst, PyDict src) {
        for (Map.Entry<PyObject, PyObject> e : src.entries()) {
            dst.put(e.getKey(), e.getValue());
        }
    }

    // ------------------------------------------------------------------ defaultdict

    static final class DefaultDict extends PyDict {
        PyObject factory;

        static DefaultDict make(PyObject[] a, String[] k) {
            int np = Args.npos(a, k);
            DefaultDict d = new DefaultDict();
            if (np > 0) {
                PyObject f = a[0];
                if (f != PyNone.NONE && !callable(f)) {
                    throw PyErr.typeError("first argument must be callable or None");
                }
                d.factory = f == PyNone.NONE ? null : f;
            }
            PyObject[] rest = java.util.Arrays.copyOfRange(a, Math.min(1, np), a.length);
            copyInto(d, (PyDict) PyDict.TYPE.call(rest, k));
            return d;
        }

        @Override
        public PyType getType() {
            return DEFAULTDICT;
        }

        @Override
        public PyObject getItem(PyObject key) {
            PyObject v = get(key);
            if (v != null) {
                return v;
            }
            if (factory == null) {
                throw PyErr.keyError(key);
            }
            v = factory.call(new PyObject[0], null);
            put(key, v);
            return v;
        }

        @Override
        public String repr() {
            String f = factory == null ? "None" : Operations.repr(factory);
            return "defaultdict(" + f + ", " + super.repr() + ")";
        }

        @Override
        public PyObject getAttr(String name) {
            if (name.equals("default_factory")) {
                return factory == null ? PyNone.NONE : factory;
            }
            return super.getAttr(name);
        }

        @Override
        public void setAttr(String name, PyObject value) {
            if (name.equals("default_factory")) {
                factory = value == PyNone.NONE ? null : value;
                return;
            }
            super.setAttr(name, value);
        }

        DefaultDict copyDD() {
            DefaultDict d = new DefaultDict();
            d.factory = factory;
            copyInto(d, this);
            return d;
        }
    }

    /**
     * A reduction of a dict-like instance for pickle and copy, as CPython's types give it:
     * {@code (type, args, state, list items, dict items)} (without the dict items when they are
     * null), the state being the instance's own attributes or None.
     */
    static PyObject reduction(PyObject self, PyObject args, PyObject listItems, PyObject dictItems) {
        PyObject attrs = PickleSupport.lookupAttr(self, "__dict__");
        PyObject state = attrs != null && Operations.isTrue(attrs) ? attrs : PyNone.NONE;
        return dictItems == null ? PyTuple.of(self.getType(), args, state, listItems)
                : PyTuple.of(self.getType(), args, state, listItems, dictItems);
    }

    static boolean callable(PyObject f) {
        return f instanceof PyBuiltinFunction || f instanceof PyType
                || f instanceof org.enginehost.python.runtime.PyFunction
                || f instanceof org.enginehost.python.runtime.PyMethod || f.getType().lookup("__call__") != null;
    }

    private static void installDefaultDict() {
        PyType t = DEFAULTDICT;
        t.addMethod("__missing__", (a, k) -> {
            DefaultDict d = (DefaultDict) a[0];
            if (d.factory == null) {
                throw PyErr.keyError(a[1]);
            }
            PyObject v = d.factory.call(new PyObject[0], null);
            d.put(a[1], v);
            return v;
        });
        t.addMethod("copy", (a, k) -> ((DefaultDict) a[0]).copyDD());
        t.addMethod("__copy__", (a, k) -> ((DefaultDict) a[0]).copyDD());
        t.addMethod("__reduce__", (a, k) -> {
            DefaultDict d = (DefaultDict) a[0];
            PyObject args = d.factory == null ? PyTuple.of() : PyTuple.of(d.factory);
            return reduction(d, args, PyNone.NONE, d.getAttr("items").call(new PyObject[0], null).iter());
        });
        t.fixArgs(0, "copy __copy__ __reduce__");
        t.fixArgs(1, "__missing__");
    }

    // ------------------------------------------------------------------ Counter

    static final class Counter extends PyDict {
        @Override
        public PyType getType() {
            return COUNTER;
        }

        @Override
        public PyObject getItem(PyObject key) {
            PyObject v = get(key);
            return v == null ? PyInt.of(0) : v;
        }

        PyObject count(PyObject key) {
            PyObject v = get(key);
            return v == null ? PyInt.of(0) : v;
        }

        /** update (sign 1) or subtract (sign -1) from a mapping, an iterable and keywords. */
        void update(PyObject[] a, String[] k, int sign) {
            int np = Args.npos(a, k);
            if (np > 1) {
                throw PyErr.typeError("expected at most 1 arguments, got " + np);
            }
            int op = sign > 0 ? BinOp.ADD : BinOp.SUB;
            if (np == 1 && a[0] != PyNone.NONE) {
                PyObject src = a[0];
                if (src instanceof PyDict) {
                    for (Map.Entry<PyObject, PyObject> e : ((PyDict) src).entries()) {
                        PyObject cur = get(e.getKey());
                        put(e.getKey(), cur == null ? (sign > 0 ? e.getValue() : Operations.negative(e.getValue()))
                                : Operations.binaryOp(op, cur, e.getValue()));
                    }
                } else {
                    PyObject it = src.iter();
                    PyInt one = PyInt.of(1);
                    for (PyObject x = it.next(); x != null; x = it.next()) {
                        PyObject cur = get(x);
                        put(x, Operations.binaryOp(op, cur == null ? PyInt.of(0) : cur, one));
                    }
                }
            }
            for (int i = 0; k != null && i < k.length; i++) {
                PyStr key = new PyStr(k[i]);
                PyObject cur = get(key);
                PyObject v = a[np + i];
                put(key, cur == null ? (sign > 0 ? v : Operations.negative(v)) : Operations.binaryOp(op, cur, v));
            }
        }

        List<Map.Entry<PyObject, PyObject>> mostCommon() {
            List<Map.Entry<PyObject, PyObject>> items = new ArrayList<>(entries());
            items.sort((x, y) -> lt(y.getValue(), x.getValue()) ? -1 : lt(x.getValue(), y.getValue()) ? 1 : 0);
            return items;
        }

        @Override
        public String repr() {
            if (size() == 0) {
                return "Counter()";
            }
            if (!ReprGuard.enter(this)) {
                return "...";
            }
            try {
                StringBuilder sb = new StringBuilder("Counter({");
                boolean first = true;
                List<Map.Entry<PyObject, PyObject>> items;
                try {
                    items = mostCommon();
                } catch (org.enginehost.python.runtime.PyException e) {
                    items = entries();
                }
                for (Map.Entry<PyObject, PyObject> e : items) {
                    if (!first) {
                        sb.append(", ");
                    }
                    first = false;
                    sb.append(Operations.repr(e.getKey())).append(": ").append(Operations.repr(e.getValue()));
                }
                return sb.append("})").toString();
            } finally {
                ReprGuard.exit(this);
            }
        }

        @Override
        public PyObject richCompare(PyObject other, int op) {
            if (other instanceof Counter && (op == CompareOp.EQ || op == CompareOp.NE)) {
                Counter o = (Counter) other;
                boolean eq = sameCounts(this, o) && sameCounts(o, this);
                return PyBool.of(eq == (op == CompareOp.EQ));
            }
            return super.richCompare(other, op);
        }

        private static boolean sameCounts(Counter a, Counter b) {
            for (Map.Entry<PyObject, PyObject> e : a.entries()) {
                if (!Operations.eq(e.getValue(), b.count(e.getKey()))) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public PyObject binop(int op, PyObject other) {
            int base = op >= BinOp.INPLACE ? op - BinOp.INPLACE : op;
            if (!(other instanceof Counter) || (base != BinOp.ADD && base != BinOp.SUB && base != BinOp.OR
                    && base != BinOp.AND)) {
                return null;
            }
            Counter o = (Counter) other;
            Counter r = new Counter();
            PyInt zero = PyInt.of(0);
            for (Map.Entry<PyObject, PyObject> e : entries()) {
                PyObject c = e.getValue();
                PyObject oc = o.count(e.getKey());
                PyObject n;
                switch (base) {
                    case BinOp.ADD: n = Operations.binaryOp(BinOp.ADD, c, oc); break;
                    case BinOp.SUB: n = Operations.binaryOp(BinOp.SUB, c, oc); break;
                    case BinOp.OR: n = lt(c, oc) ? oc : c; break;
                    default: n = lt(c, oc) ? c : oc;
                }
                if (lt(zero, n)) {
                    r.put(e.getKey(), n);
                }
            }
            if (base != BinOp.AND) {
                for (Map.Entry<PyObject, PyObject> e : o.entries()) {
                    if (get(e.getKey()) != null) {
                        continue;
                    }
                    PyObject c = e.getValue();
                    if (base == BinOp.SUB) {
                        if (lt(c, zero)) {
                            r.put(e.getKey(), Operations.binaryOp(BinOp.SUB, zero, c));
                        }
                    } else if (lt(zero, c)) {
                        r.put(e.getKey(), c);
                    }
                }
            }
            if (op >= BinOp.INPLACE) {
                clear();
                copyInto(this, r);
                return this;
            }
            return r;
        }

        Counter keepPositive(boolean negate) {
            Counter r = new Counter();
            PyInt zero = PyInt.of(0);
            for (Map.Entry<PyObject, PyObject> e : entries()) {
                PyObject c = e.getValue();
                if (negate ? lt(c, zero) : lt(zero, c)) {
                    r.put(e.getKey(), negate ? Operations.binaryOp(BinOp.SUB, zero, c) : c);
                }
            }
            return r;
        }

        @Override
        public PyObject pos() {
            return keepPositive(false);
        }

        @Override
        public PyObject neg() {
            return keepPositive(true);
        }
    }

    static boolean lt(PyObject a, PyObject b) {
        return Operations.isTrue(Operations.compare(CompareOp.LT, a, b));
    }

    private static void installCounter() {
        PyType t = COUNTER;
        t.addMethod("most_common", (a, k) -> {
            PyObject[] p = Args.bind("most_common", java.util.Arrays.copyOfRange(a, 1, a.length), k,
                    new String[] {"n"}, 0, 1);
            List<Map.Entry<PyObject, PyObject>> items = ((Counter) a[0]).mostCommon();
            int n = items.size();
            if (p[0] != null && p[0] != PyNone.NONE) {
                n = (int) Math.max(0, Math.min(n, Args.toInt(p[0]).value));
            }
            PyList out = new PyList();
            for (int i = 0; i < n; i++) {
                out.append(PyTuple.of(items.get(i).getKey(), items.get(i).getValue()));
            }
            return out;
        });
        t.addMethod("elements", (a, k) -> {
            List<Map.Entry<PyObject, PyObject>> items = ((Counter) a[0]).entries();
            int[] idx = {0};
            long[] left = {0};
            return new PyJavaIterator(PyDeque.ITER, () -> {
                while (left[0] <= 0) {
                    if (idx[0] >= items.size()) {
                        return null;
                    }
                    PyObject c = items.get(idx[0]).getValue();
                    left[0] = Args.toInt(c).value;
                    idx[0]++;
                }
                left[0]--;
                return items.get(idx[0] - 1).getKey();
            });
        });
        t.addMethod("update", (a, k) -> {
            ((Counter) a[0]).update(java.util.Arrays.copyOfRange(a, 1, a.length), k, 1);
            return PyNone.NONE;
        });
        t.addMethod("subtract", (a, k) -> {
            ((Counter) a[0]).update(java.util.Arrays.copyOfRange(a, 1, a.length), k, -1);
            return PyNone.NONE;
        });
        t.addMethod("total", (a, k) -> {
            PyObject s = PyInt.of(0);
            for (Map.Entry<PyObject, PyObject> e : ((Counter) a[0]).entries()) {
                s = Operations.binaryOp(BinOp.ADD, s, e.getValue());
            }
            return s;
        });
        t.addMethod("copy", (a, k) -> {
            Counter c = new Counter();
            copyInto(c, (Counter) a[0]);
            return c;
        });
        t.addMethod("__missing__", (a, k) -> PyInt.of(0));
        // As collections.Counter: the class and a plain dict of the counts.
        t.addMethod("__reduce__", (a, k) -> {
            PyDict counts = new PyDict();
            copyInto(counts, (Counter) a[0]);
            return PyTuple.of(a[0].getType(), PyTuple.of(counts));
        });
        t.fixArgs(0, "elements total copy __reduce__");
        t.fixArgs(1, "__missing__");
        // A classmethod: a plain function in the type's dict, so that no receiver is bound.
        t.dict().put(new PyStr("fromkeys"), new PyBuiltinFunction("fromkeys", (a, k) -> {
            PyBuiltinFunction.checkPythonClassMethodArgs("Counter.fromkeys", a, k, 2, 3, "iterable", "v");
            throw new org.enginehost.python.runtime.PyException(PyErr.newException(
                    org.enginehost.python.runtime.ExceptionTypes.NOT_IMPLEMENTED_ERROR,
                    "Counter.fromkeys() is undefined.  Use Counter(iterable) instead."));
        }));
    }

    // ------------------------------------------------------------------ OrderedDict

    static final class OrderedDict extends PyDict {
        @Override
        public PyType getType() {
            return ORDERED_DICT;
        }

        @Override
        public String repr() {
            if (size() == 0) {
                return "OrderedDict()";
            }
            if (!ReprGuard.enter(this)) {
                return "...";
            }
            try {
                StringBuilder sb = new StringBuilder("OrderedDict([");
                boolean first = true;
                for (Map.Entry<PyObject, PyObject> e : entries()) {
                    if (!first) {
                        sb.append(", ");
                    }
                    first = false;
                    sb.append('(').append(Operations.repr(e.getKey())).append(", ")
                            .append(Operations.repr(e.getValue())).append(')');
                }
                return sb.append("])").toString();
            } finally {
                ReprGuard.exit(this);
            }
        }

        @Override
        public PyObject richCompare(PyObject other, int op) {
            if (other instanceof OrderedDict && (op == CompareOp.EQ || op == CompareOp.NE)) {
                List<Map.Entry<PyObject, PyObject>> x = entries();
                List<Map.Entry<PyObject, PyObject>> y = ((OrderedDict) other).entries();
                boolean eq = x.size() == y.size();
                for (int i = 0; eq && i < x.size(); i++) {
                    eq = Operations.eq(x.get(i).getKey(), y.get(i).getKey())
                            && Operations.eq(x.get(i).getValue(), y.get(i).getValue());
                }
                return PyBool.of(eq == (op == CompareOp.EQ));
            }
            return super.richCompare(other, op);
        }

        void moveToEnd(PyObject key, boolean last) {
            PyObject v = get(key);
            if (v == null) {
                throw PyErr.keyError(key);
            }
            if (last) {
                remove(key);
                put(key, v);
                return;
            }
            List<Map.Entry<PyObject, PyObject>> all = entries();
            clear();
            put(key, v);
            for (Map.Entry<PyObject, PyObject> e : all) {
                if (!Operations.eq(e.getKey(), key)) {
                    put(e.getKey(), e.getValue());
                }
            }
        }
    }

    private static void installOrderedDict() {
        PyType t = ORDERED_DICT;
        t.addMethod("move_to_end", (a, k) -> {
            PyObject[] p = Args.bind("move_to_end", java.util.Arrays.copyOfRange(a, 1, a.length), k,
                    new String[] {"key", "last"}, 1, 2);
            ((OrderedDict) a[0]).moveToEnd(p[0], p[1] == null || Operations.isTrue(p[1]));
            return PyNone.NONE;
        });
        t.addMethod("popitem", (a, k) -> {
            PyObject[] p = Args.bind("popitem", java.util.Arrays.copyOfRange(a, 1, a.length), k,
                    new String[] {"last"}, 0, 1);
            OrderedDict d = (OrderedDict) a[0];
            if (d.size() == 0) {
                throw PyErr.format(org.enginehost.python.runtime.ExceptionTypes.KEY_ERROR, "dictionary is empty");
            }
            List<PyObject> keys = d.keys();
            PyObject key = p[0] == null || Operations.isTrue(p[0]) ? keys.get(keys.size() - 1) : keys.get(0);
            PyObject v = d.remove(key);
            return PyTuple.of(key, v);
        });
        t.addMethod("copy", (a, k) -> {
            OrderedDict c = new OrderedDict();
            copyInto(c, (OrderedDict) a[0]);
            return c;
        });
        t.addMethod("__reduce__", (a, k) -> reduction(a[0], PyTuple.of(), PyNone.NONE,
                a[0].getAttr("items").call(new PyObject[0], null).iter()));
        t.fixArgs(0, "copy __reduce__");
    }
}
