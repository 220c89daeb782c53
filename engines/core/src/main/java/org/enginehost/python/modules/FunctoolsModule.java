package org.enginehost.python.modules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.enginehost.python.runtime.CompareOp;
import org.enginehost.python.runtime.ExceptionTypes;
import org.enginehost.python.runtime.Operations;
import org.enginehost.python.runtime.PyBool;
import org.enginehost.python.runtime.PyBuiltinFunction;
import org.enginehost.python.runtime.PyDict;
import org.enginehost.python.runtime.PyErr;
import org.enginehost.python.runtime.PyException;
import org.enginehost.python.runtime.PyInt;
import org.enginehost.python.runtime.PyModule;
import org.enginehost.python.runtime.PyNone;
import org.enginehost.python.runtime.PyObject;
import org.enginehost.python.runtime.PyStr;
import org.enginehost.python.runtime.PyTuple;
import org.enginehost.python.runtime.PyType;

/** The {@code functools} module. */
public final class FunctoolsModule {
    private FunctoolsModule() {
    }

    static final PyStructSeq.Kind CACHE_INFO = new PyStructSeq.Kind("functools", "CacheInfo", "CacheInfo", 4,
            "hits", "misses", "maxsize", "currsize");
    static final String[] WRAPPER_ASSIGNMENTS = {"__module__", "__name__", "__qualname__", "__doc__"};

    public static final PyType PARTIAL = new PyType("partial", new PyType[] {PyType.OBJECT},
            (t, a, k) -> Partial.make(a, k), "functools");
    public static final PyType LRU = new PyType("_lru_cache_wrapper", new PyType[] {PyType.OBJECT}, null,
            "functools");
    public static final PyType KEY = new PyType("KeyWrapper", new PyType[] {PyType.OBJECT}, null, "functools");

    static {
        for (String name : new String[] {"func", "args", "keywords"}) {
            org.enginehost.python.runtime.PyBuiltinAttribute.member(PARTIAL, name, o -> o.getAttr(name));
        }
    }

    public static PyModule create() {
        PyModule m = new PyModule("functools", null);
        m.define("partial", PARTIAL);
        m.define("WRAPPER_ASSIGNMENTS", tupleOf(WRAPPER_ASSIGNMENTS));
        m.define("WRAPPER_UPDATES", PyTuple.of(new PyStr("__dict__")));
        m.defineFunction("reduce", (a, k) -> {
            PyBuiltinFunction.checkArgs("reduce", a, k, 2, 3);
            PyObject it = a[1].iter();
            PyObject acc = a.length > 2 ? a[2] : it.next();
            if (acc == null) {
                throw PyErr.typeError("reduce() of empty iterable with no initial value");
            }
            PyObject[] pair = new PyObject[2];
            for (PyObject x = it.next(); x != null; x = it.next()) {
                pair[0] = acc;
                pair[1] = x;
                acc = a[0].call(pair.clone(), null);
            }
            return acc;
        });
        m.defineFunction("lru_cache", (a, k) -> {
            PyObject[] p = Args.bind("lru_cache", a, k, new String[] {"maxsize", "typed"}, 0, 2);
            PyObject maxsize = p[0] == null ? PyInt.of(128) : p[0];
            boolean typed = p[1] != null && Operations.isTrue(p[1]);
            if (!(maxsize instanceof PyInt) && maxsize != PyNone.NONE) {
                if (maxsize.getType().lookup("__call__") != null || maxsize instanceof PyBuiltinFunction
                        || maxsize instanceof org.enginehost.python.runtime.PyFunction) {
                    return LruWrapper.wrap(maxsize, PyInt.of(128), typed);
                }
                throw PyErr.typeError("Expected first argument to be an integer, a callable, or None");
            }
            PyObject size = maxsize;
            return new PyBuiltinFunction("decorating_function",
                    (b, kk) -> LruWrapper.wrap(b[0], size, typed));
        });
        m.defineFunction("cache", (a, k) -> {
            PyBuiltinFunction.checkArgs("cache", a, k, 1, 1);
            return LruWrapper.wrap(a[0], PyNone.NONE, false);
        });
        m.defineFunction("update_wrapper", (a, k) -> {
            PyObject[] p = Args.bind("update_wrapper", a, k,
                    new String[] {"wrapper", "wrapped", "assigned", "updated"}, 2, 4);
            return updateWrapper(p[0], p[1], p[2], p[3]);
        });
        m.defineFunction("wraps", (a, k) -> {
            PyObject[] p = Args.bind("wraps", a, k, new String[] {"wrapped", "assigned", "updated"}, 1, 3);
            return new PyBuiltinFunction("wraps", (b, kk) -> {
                PyBuiltinFunction.checkArgs("wraps", b, kk, 1, 1);
                return updateWrapper(b[0], p[0], p[1], p[2]);
            });
        });
        m.defineFunction("cmp_to_key", (a, k) -> {
            PyObject[] p = Args.bind("cmp_to_key", a, k, new String[] {"mycmp"}, 1, 1);
            PyObject cmp = p[0];
            return new PyBuiltinFunction("K", (b, kk) -> {
                PyBuiltinFunction.checkArgs("K", b, kk, 1, 1);
                return new KeyWrapper(cmp, b[0]);
            });
        });
        m.defineFunction("total_ordering", (a, k) -> {
            PyBuiltinFunction.checkArgs("total_ordering", a, k, 1, 1);
            return totalOrdering(a[0]);
        });
        return m;
    }

    static PyTuple tupleOf(String... names) {
        PyObject[] out = new PyObject[names.length];
        for (int i = 0; i < names.length; i++) {
            out[i] = new PyStr(names[i]);
        }
        return new PyTuple(out);
    }

    static PyObject updateWrapper(PyObject wrapper, PyObject wrapped, PyObject assigned, PyObject updated) {
        PyObject[] names = assigned == null ? tupleOf(WRAPPER_ASSIGNMENTS).items : Operations.toArray(assigned);
        for (PyObject n : names) {
            String name = ((PyStr) n).value;
            PyObject v;
            try {
                v = wrapped.getAttr(name);
            } catch (PyException e) {
                if (e.value.isInstance(ExceptionTypes.ATTRIBUTE_ERROR)) {
                    continue;
                }
                throw e;
            }
            wrapper.setAttr(name, v);
        }
        PyObject[] upd = updated == null ? new PyObject[] {new PyStr("__dict__")} : Operations.toArray(updated);
        for (PyObject n : upd) {
            String name = ((PyStr) n).value;
            PyObject src;
            PyObject dst;
            try {
                src = wrapped.getAttr(name);
                dst = wrapper.getAttr(name);
            } catch (PyException e) {
                if (e.value.isInstance(ExceptionTypes.ATTRIBUTE_ERROR)) {
                    continue;
                }
                throw e;
            }
            if (src instanceof PyDict && dst instanceof PyDict) {
                for (var en : ((PyDict) src).entries()) {
                    ((PyDict) dst).put(en.getKey(), en.getValue());
                }
            }
        }
        wrapper.setAttr("__wrapped__", wrapped);
        return wrapper;
    }

    // ------------------------------------------------------------------ partial

    /** {@code functools.partial}. */
    static final class Partial extends PyObject {
        final PyObject func;
        final PyObject[] args;
        final PyDict keywords;

        Partial(PyObject func, PyObject[] args, PyDict keywords) {
            this.func = func;
            this.args = args;
            this.keywords = keywords;
        }

        static PyObject make(PyObject[] a, String[] k) {
            int np = Args.npos(a, k);
            if (np < 1) {
                throw PyErr.typeError("type 'partial' takes at least one argument");
            }
            PyObject func = a[0];
            PyObject[] pre = new PyObject[0];
            PyDict kw = new PyDict();
            if (func instanceof Partial) {
                Partial inner = (Partial) func;
                func = inner.func;
                pre = inner.args;
                kw = inner.keywords.copy();
            }
            if (!(func instanceof PyBuiltinFunction) && func.getType().lookup("__call__") == null
                    && !(func instanceof org.enginehost.python.runtime.PyFunction)
                    && !(func instanceof PyType) && !(func instanceof org.enginehost.python.runtime.PyMethod)
                    && !(func instanceof Partial) && !(func instanceof LruWrapper)) {
                throw PyErr.typeError("the first argument must be callable");
            }
            PyObject[] all = new PyObject[pre.length + np - 1];
            System.arraycopy(pre, 0, all, 0, pre.length);
            System.arraycopy(a, 1, all, pre.length, np - 1);
            if (k != null) {
                for (int i = 0; i < k.length; i++) {
                    kw.put(new PyStr(k[i]), a[np + i]);
                }
            }
            return new Partial(func, all, kw);
        }

        @Override
        public PyType getType() {
            return PARTIAL;
        }

        @Override
        public PyObject call(PyObject[] a, String[] k) {
            int np = Args.npos(a, k);
            PyDict merged = keywords.copy();
            if (k != null) {
                for (int i = 0; i < k.length; i++) {
                    merged.put(new PyStr(k[i]), a[np + i]);
                }
            }
            int nk = merged.size();
            PyObject[] full = new PyObject[args.length + np + nk];
            System.arraycopy(args, 0, full, 0, args.length);
            System.arraycopy(a, 0, full, args.length, np);
            String[] names = nk == 0 ? null : new String[nk];
            int i = 0;
            for (var en : merged.entries()) {
                names[i] = ((PyStr) en.getKey()).value;
                full[args.length + np + i] = en.getValue();
                i++;
            }
            return func.call(full, names);
        }

        @Override
        public PyObject getAttr(String name) {
            switch (name) {
                case "func": return func;
                case "args": return new PyTuple(args.clone());
                case "keywords": return keywords;
                default: return super.getAttr(name);
            }
        }

        @Override
        public String repr() {
            StringBuilder sb = new StringBuilder("functools.partial(").append(func.repr());
            for (PyObject x : args) {
                sb.append(", ").append(x.repr());
            }
            for (var en : keywords.entries()) {
                sb.append(", ").append(en.getKey().str()).append('=').append(en.getValue().repr());
            }
            return sb.append(')').toString();
        }
    }

    // ------------------------------------------------------------------ lru_cache

    /** The object {@code lru_cache} returns: call-through with a bounded (or unbounded) cache. */
    static final class LruWrapper extends PyObject {
        static final PyObject KWD_MARK = new PyStr("<kwd_mark>");
        final PyObject func;
        final PyObject maxsize;
        final long limit;
        final boolean typed;
        final LinkedHashMap<PyObject, PyObject> cache;
        long hits;
        long misses;
        PyDict dict = new PyDict();

        LruWrapper(PyObject func, PyObject maxsize, boolean typed) {
            this.func = func;
            this.typed = typed;
            if (maxsize instanceof PyInt && ((PyInt) maxsize).value < 0) {
                maxsize = PyInt.of(0);
            }
            this.maxsize = maxsize;
            this.limit = maxsize == PyNone.NONE ? -1 : ((PyInt) maxsize).value;
            this.cache = new LinkedHashMap<>(16, 0.75f, limit >= 0);
        }

        static PyObject wrap(PyObject func, PyObject maxsize, boolean typed) {
            LruWrapper w = new LruWrapper(func, maxsize, typed);
            for (String name : WRAPPER_ASSIGNMENTS) {
                try {
                    w.dict.put(new PyStr(name), func.getAttr(name));
                } catch (PyException e) {
                    // attribute missing on the wrapped callable: leave it out, as update_wrapper does
                }
            }
            w.dict.put(new PyStr("__wrapped__"), func);
            return w;
        }

        @Override
        public PyType getType() {
            return LRU;
        }

        private PyObject key(PyObject[] a, String[] k) {
            int np = Args.npos(a, k);
            if (k == null && np == 1 && !typed && (a[0] instanceof PyInt || a[0] instanceof PyStr)) {
                return a[0];
            }
            List<PyObject> parts = new ArrayList<>();
            for (int i = 0; i < np; i++) {
                parts.add(a[i]);
            }
            if (k != null && k.length > 0) {
                parts.add(KWD_MARK);
                for (int i = 0; i < k.length; i++) {
                    parts.add(new PyStr(k[i]));
                    parts.add(a[np + i]);
                }
            }
            if (typed) {
                for (int i = 0; i < np; i++) {
                    parts.add(a[i].getType());
                }
            }
            return new PyTuple(parts.toArray(new PyObject[0]));
        }

        @Override
        public PyObject call(PyObject[] a, String[] k) {
            if (limit == 0) {
                misses++;
                return func.call(a, k);
            }
            PyObject key = key(a, k);
            key.pyHash();
            PyObject r = cache.get(key);
            if (r != null) {
                hits++;
                return r;
            }
            misses++;
            r = func.call(a, k);
            if (!cache.containsKey(key)) {
                if (limit > 0 && cache.size() >= limit) {
                    cache.remove(cache.keySet().iterator().next());
                }
                cache.put(key, r);
            }
            return r;
        }

        @Override
        public PyObject getAttr(String name) {
            switch (name) {
                case "cache_info":
                    return new PyBuiltinFunction("cache_info", (a, k) -> new PyStructSeq(CACHE_INFO, PyInt.of(hits),
                            PyInt.of(misses), maxsize, PyInt.of(cache.size())));
                case "cache_clear":
                    return new PyBuiltinFunction("cache_clear", (a, k) -> {
                        cache.clear();
                        hits = 0;
                        misses = 0;
                        return PyNone.NONE;
                    });
                case "cache_parameters":
                    return new PyBuiltinFunction("cache_parameters", (a, k) -> {
                        PyDict d = new PyDict();
                        d.put(new PyStr("maxsize"), maxsize);
                        d.put(new PyStr("typed"), PyBool.of(typed));
                        return d;
                    });
                case "__dict__":
                    return dict;
                default:
                    PyObject v = dict.get(new PyStr(name));
                    return v != null ? v : super.getAttr(name);
            }
        }

        @Override
        public void setAttr(String name, PyObject value) {
            dict.put(new PyStr(name), value);
        }

        @Override
        public String repr() {
            return "<functools._lru_cache_wrapper object at " + Operations.address(this) + ">";
        }
    }

    // ------------------------------------------------------------------ cmp_to_key

    /** The key objects of {@code cmp_to_key}: comparisons call the user's cmp. */
    static final class KeyWrapper extends PyObject {
        final PyObject cmp;
        final PyObject obj;

        KeyWrapper(PyObject cmp, PyObject obj) {
            this.cmp = cmp;
            this.obj = obj;
        }

        @Override
        public PyType getType() {
            return KEY;
        }

        @Override
        public PyObject richCompare(PyObject other, int op) {
            if (!(other instanceof KeyWrapper)) {
                throw PyErr.typeError("other argument must be K instance");
            }
            PyObject r = cmp.call(new PyObject[] {obj, ((KeyWrapper) other).obj}, null);
            return Operations.compare(op, r, PyInt.of(0));
        }

        @Override
        public long pyHash() {
            throw PyErr.typeError("unhashable type: 'functools.KeyWrapper'");
        }

        @Override
        public PyObject getAttr(String name) {
            if (name.equals("obj")) {
                return obj;
            }
            return super.getAttr(name);
        }
    }

    // ------------------------------------------------------------------ total_ordering

    private static final String[] ORDER = {"__lt__", "__le__", "__gt__", "__ge__"};

    static PyObject totalOrdering(PyObject cls) {
        if (!(cls instanceof PyType)) {
            throw PyErr.typeError("total_ordering expects a class");
        }
        PyType t = (PyType) cls;
        String root = null;
        boolean[] defined = new boolean[4];
        for (int i = 0; i < 4; i++) {
            PyObject own = t.dict().get(new PyStr(ORDER[i]));
            PyObject inherited = PyType.OBJECT.lookup(ORDER[i]);
            defined[i] = own != null && own != inherited;
        }
        for (int i = 0; i < 4; i++) {
            if (defined[i]) {
                root = ORDER[i];
                break;
            }
        }
        if (root == null) {
            throw PyErr.valueError("must define at least one ordering operation: < > <= >=");
        }
        String r = root;
        for (int i = 0; i < 4; i++) {
            if (defined[i]) {
                continue;
            }
            String target = ORDER[i];
            cls.setAttr(target, new PyBuiltinFunction(target, (a, k) -> derived(r, target, a[0], a[1]), true));
        }
        return cls;
    }

    /** The derived comparison {@code target} from {@code root}, as in CPython's functools. */
    private static PyObject derived(String root, String target, PyObject self, PyObject other) {
        PyObject op = callDunder(self, root, other);
        boolean v = Operations.isTrue(op);
        boolean eq = Operations.eq(self, other);
        switch (root + target) {
            case "__lt____gt__": return PyBool.of(!v && !eq);
            case "__lt____le__": return PyBool.of(v || eq);
            case "__lt____ge__": return PyBool.of(!v);
            case "__le____ge__": return PyBool.of(!v || eq);
            case "__le____lt__": return PyBool.of(v && !eq);
            case "__le____gt__": return PyBool.of(!v);
            case "__gt____lt__": return PyBool.of(!v && !eq);
            case "__gt____ge__": return PyBool.of(v || eq);
            case "__gt____le__": return PyBool.of(!v);
            case "__ge____le__": return PyBool.of(!v || eq);
            case "__ge____gt__": return PyBool.of(v && !eq);
            default: return PyBool.of(!v);
        }
    }

    private static PyObject callDunder(PyObject self, String name, PyObject other) {
        int op = name.equals("__lt__") ? CompareOp.LT : name.equals("__le__") ? CompareOp.LE
                : name.equals("__gt__") ? CompareOp.GT : CompareOp.GE;
        return Operations.compare(op, self, other);
    }
}
