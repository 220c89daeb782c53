package org.enginehost.python.modules;

import java.util.ArrayList;
import java.util.List;
import org.enginehost.python.runtime.BinOp;
import org.enginehost.python.runtime.Operations;
import org.enginehost.python.runtime.Index;
import org.enginehost.python.runtime.PyBuiltinFunction;
import org.enginehost.python.runtime.PyErr;
import org.enginehost.python.runtime.PyInt;
import org.enginehost.python.runtime.PyJavaIterator;
import org.enginehost.python.runtime.PyModule;
import org.enginehost.python.runtime.PyNone;
import org.enginehost.python.runtime.PyObject;
import org.enginehost.python.runtime.PyStr;
import org.enginehost.python.runtime.PyTuple;
import org.enginehost.python.runtime.PyType;

/** The {@code itertools} module: every function returns a lazy iterator. */
public final class ItertoolsModule {
    private ItertoolsModule() {
    }

    private static PyType type(PyModule m, String name, PyType.Constructor c) {
        PyType t = new PyType(name, new PyType[] {PyType.OBJECT}, c, "itertools");
        m.define(name, t);
        return t;
    }

    private static PyObject[] tail(PyObject[] a, int from) {
        PyObject[] r = new PyObject[Math.max(0, a.length - from)];
        System.arraycopy(a, from, r, 0, r.length);
        return r;
    }

    public static PyModule create() {
        PyModule m = new PyModule("itertools", null);
        PyType[] self = new PyType[1];
        self[0] = type(m, "count", (t, a, k) -> {
            PyObject[] p = Args.bind("count", a, k, new String[] {"start", "step"}, 0, 2);
            PyObject[] cur = {p[0] == null ? PyInt.of(0) : p[0]};
            PyObject step = p[1] == null ? PyInt.of(1) : p[1];
            return new PyJavaIterator(t, () -> {
                PyObject v = cur[0];
                cur[0] = Operations.binaryOp(BinOp.ADD, v, step);
                return v;
            });
        });
        type(m, "cycle", (t, a, k) -> {
            PyBuiltinFunction.checkArgs("cycle", a, k, 1, 1);
            PyObject it = a[0].iter();
            List<PyObject> saved = new ArrayList<>();
            int[] pos = {-1};
            return new PyJavaIterator(t, () -> {
                if (pos[0] < 0) {
                    PyObject x = it.next();
                    if (x != null) {
                        saved.add(x);
                        return x;
                    }
                    if (saved.isEmpty()) {
                        return null;
                    }
                    pos[0] = 0;
                }
                PyObject x = saved.get(pos[0]);
                pos[0] = (pos[0] + 1) % saved.size();
                return x;
            });
        });
        type(m, "repeat", (t, a, k) -> {
            PyObject[] p = Args.bind("repeat", a, k, new String[] {"object", "times"}, 1, 2);
            long[] left = {p[1] == null ? -1 : Math.max(0, Args.toInt(p[1]).value)};
            PyObject obj = p[0];
            return new PyJavaIterator(t, () -> {
                if (left[0] == 0) {
                    return null;
                }
                if (left[0] > 0) {
                    left[0]--;
                }
                return obj;
            });
        });
        type(m, "accumulate", (t, a, k) -> {
            PyObject[] p = Args.bind("accumulate", a, k, new String[] {"iterable", "func", "initial"}, 1, 2);
            PyObject it = p[0].iter();
            PyObject func = p[1] == null ? PyNone.NONE : p[1];
            PyObject[] total = {p[2] == PyNone.NONE ? null : p[2]};
            boolean[] first = {true};
            return new PyJavaIterator(t, () -> {
                if (first[0]) {
                    first[0] = false;
                    if (total[0] != null) {
                        return total[0];
                    }
                }
                PyObject x = it.next();
                if (x == null) {
                    return null;
                }
                if (total[0] == null) {
                    total[0] = x;
                } else if (func == PyNone.NONE) {
                    total[0] = Operations.binaryOp(BinOp.ADD, total[0], x);
                } else {
                    total[0] = func.call(new PyObject[] {total[0], x}, null);
                }
                return total[0];
            });
        });
        PyType chain = type(m, "chain", (t, a, k) -> {
            PyBuiltinFunction.noKeywords("chain", k);
            return chainOf(t, PyTuple.of(a.clone()).iter());
        });
        chain.dict().put(new PyStr("from_iterable"), new PyBuiltinFunction("from_iterable", (a, k) -> {
            PyBuiltinFunction.checkArgs("from_iterable", a, k, 1, 1);
            return chainOf(chain, a[0].iter());
        }));
        type(m, "compress", (t, a, k) -> {
            PyObject[] p = Args.bind("compress", a, k, new String[] {"data", "selectors"}, 2, 2);
            PyObject d = p[0].iter();
            PyObject s = p[1].iter();
            return new PyJavaIterator(t, () -> {
                while (true) {
                    PyObject x = d.next();
                    PyObject y = x == null ? null : s.next();
                    if (y == null) {
                        return null;
                    }
                    if (Operations.isTrue(y)) {
                        return x;
                    }
                }
            });
        });
        type(m, "dropwhile", (t, a, k) -> {
            PyBuiltinFunction.checkArgs("dropwhile", a, k, 2, 2);
            PyObject pred = a[0];
            PyObject it = a[1].iter();
            boolean[] dropping = {true};
            return new PyJavaIterator(t, () -> {
                for (PyObject x = it.next(); x != null; x = it.next()) {
                    if (!dropping[0] || !Operations.isTrue(pred.call(new PyObject[] {x}, null))) {
                        dropping[0] = false;
                        return x;
                    }
                }
                return null;
            });
        });
        type(m, "takewhile", (t, a, k) -> {
            PyBuiltinFunction.checkArgs("takewhile", a, k, 2, 2);
            PyObject pred = a[0];
            PyObject it = a[1].iter();
            return new PyJavaIterator(t, () -> {
                PyObject x = it.next();
                if (x == null || !Operations.isTrue(pred.call(new PyObject[] {x}, null))) {
                    return null;
                }
                return x;
            });
        });
        type(m, "filterfalse", (t, a, k) -> {
            PyBuiltinFunction.checkArgs("filterfalse", a, k, 2, 2);
            PyObject pred = a[0];
            PyObject it = a[1].iter();
            return new PyJavaIterator(t, () -> {
                for (PyObject x = it.next(); x != null; x = it.next()) {
                    PyObject r = pred == PyNone.NONE ? x : pred.call(new PyObject[] {x}, null);
                    if (!Operations.isTrue(r)) {
                        return x;
                    }
                }
                return null;
            });
        });
        PyType grouper = new PyType("_grouper", new PyType[] {PyType.OBJECT}, null, "itertools");
        type(m, "groupby", (t, a, k) -> {
            PyObject[] p = Args.bind("groupby", a, k, new String[] {"iterable", "key"}, 1, 2);
            return new GroupBy(t, grouper, p[0].iter(), p[1] == null ? PyNone.NONE : p[1]).iterator();
        });
        type(m, "islice", (t, a, k) -> {
            PyBuiltinFunction.checkArgs("islice", a, k, 2, 4);
            PyObject it = a[0].iter();
            long start = 0;
            long stop;
            long step = 1;
            if (a.length == 2) {
                stop = sliceArg(a[1], "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
            } else {
                start = sliceArg(a[1], "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
                stop = sliceArg(a[2], "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
                if (start < 0) {
                    start = 0;
                }
                if (a.length == 4) {
                    step = a[3] == PyNone.NONE ? 1 : sliceArg(a[3], "");
                    if (step <= 0) {
                        throw PyErr.valueError("Step for islice() must be a positive integer or None.");
                    }
                }
            }
            long[] st = {0, start, stop, step};
            return new PyJavaIterator(t, () -> {
                long next = st[1];
                if (st[2] >= 0 && next >= st[2]) {
                    while (st[0] < st[2]) {
                        if (it.next() == null) {
                            break;
                        }
                        st[0]++;
                    }
                    return null;
                }
                while (st[0] < next) {
                    if (it.next() == null) {
                        return null;
                    }
                    st[0]++;
                }
                PyObject x = it.next();
                if (x == null) {
                    return null;
                }
                st[0]++;
                st[1] = next + st[3];
                return x;
            });
        });
        type(m, "starmap", (t, a, k) -> {
            PyBuiltinFunction.checkArgs("starmap", a, k, 2, 2);
            PyObject f = a[0];
            PyObject it = a[1].iter();
            return new PyJavaIterator(t, () -> {
                PyObject x = it.next();
                return x == null ? null : f.call(Operations.toArray(x), null);
            });
        });
        PyType teeType = new PyType("_tee", new PyType[] {PyType.OBJECT}, null, "itertools");
        m.defineFunction("tee", (a, k) -> {
            PyBuiltinFunction.checkArgs("tee", a, k, 1, 2);
            int n = a.length > 1 ? Args.toSmallInt(a[1], "Python int too large to convert to C ssize_t") : 2;
            if (n < 0) {
                throw PyErr.valueError("n must be >= 0");
            }
            PyObject it = a[0].iter();
            Link head = new Link();
            PyObject[] out = new PyObject[n];
            for (int i = 0; i < n; i++) {
                Link[] cur = {head};
                out[i] = new PyJavaIterator(teeType, () -> {
                    Link c = cur[0];
                    if (c.next == null) {
                        PyObject x = it.next();
                        if (x == null) {
                            return null;
                        }
                        c.value = x;
                        c.next = new Link();
                    }
                    cur[0] = c.next;
                    return c.value;
                });
            }
            return new PyTuple(out);
        });
        type(m, "zip_longest", (t, a, k) -> {
            Args.onlyKeywords("zip_longest", k, "fillvalue");
            PyObject fv = Args.keyword(a, k, "fillvalue");
            PyObject fill = fv == null ? PyNone.NONE : fv;
            int n = Args.npos(a, k);
            PyObject[] its = new PyObject[n];
            for (int i = 0; i < n; i++) {
                its[i] = a[i].iter();
            }
            int[] active = {n};
            return new PyJavaIterator(t, () -> {
                if (n == 0 || active[0] == 0) {
                    return null;
                }
                PyObject[] row = new PyObject[n];
                for (int i = 0; i < n; i++) {
                    PyObject x = its[i] == null ? null : its[i].next();
                    if (x == null) {
                        if (its[i] != null) {
                            its[i] = null;
                            if (--active[0] == 0) {
                                return null;
                            }
                        }
                        x = fill;
                    }
                    row[i] = x;
                }
                return new PyTuple(row);
            });
        });
        type(m, "pairwise", (t, a, k) -> {
            PyBuiltinFunction.checkArgs("pairwise", a, k, 1, 1);
            PyObject it = a[0].iter();
            PyObject[] prev = {null};
            return new PyJavaIterator(t, () -> {
                if (prev[0] == null) {
                    prev[0] = it.next();
                    if (prev[0] == null) {
                        return null;
                    }
                }
                PyObject x = it.next();
                if (x == null) {
                    return null;
                }
                PyTuple r = PyTuple.of(prev[0], x);
                prev[0] = x;
                return r;
            });
        });
        type(m, "product", (t, a, k) -> {
            Args.onlyKeywords("product", k, "repeat");
            PyObject rp = Args.keyword(a, k, "repeat");
            int repeat = rp == null ? 1 : Args.toSmallInt(rp, "Python int too large to convert to C ssize_t");
            if (repeat < 0) {
                throw PyErr.valueError("repeat argument cannot be negative");
            }
            int n = Args.npos(a, k);
            PyObject[][] pools = new PyObject[n * repeat][];
            for (int i = 0; i < n; i++) {
                pools[i] = Operations.toArray(a[i]);
            }
            for (int r = 1; r < repeat; r++) {
                System.arraycopy(pools, 0, pools, r * n, n);
            }
            return indexIterator(t, pools.length, (idx, first) -> {
                if (first) {
                    for (PyObject[] p : pools) {
                        if (p.length == 0) {
                            return false;
                        }
                    }
                    return true;
                }
                for (int i = pools.length - 1; i >= 0; i--) {
                    if (++idx[i] < pools[i].length) {
                        return true;
                    }
                    idx[i] = 0;
                }
                return false;
            }, idx -> {
                PyObject[] row = new PyObject[pools.length];
                for (int i = 0; i < row.length; i++) {
                    row[i] = pools[i][idx[i]];
                }
                return new PyTuple(row);
            });
        });
        type(m, "combinations", (t, a, k) -> {
            PyObject[] p = Args.bind("combinations", a, k, new String[] {"iterable", "r"}, 2, 2);
            PyObject[] pool = Operations.toArray(p[0]);
            int r = nonNegative(p[1]);
            int n = pool.length;
            return indexIterator(t, r, (idx, first) -> {
                if (first) {
                    for (int i = 0; i < r; i++) {
                        idx[i] = i;
                    }
                    return r <= n;
                }
                int i = r - 1;
                while (i >= 0 && idx[i] == i + n - r) {
                    i--;
                }
                if (i < 0) {
                    return false;
                }
                idx[i]++;
                for (int j = i + 1; j < r; j++) {
                    idx[j] = idx[j - 1] + 1;
                }
                return true;
            }, idx -> pick(pool, idx));
        });
        type(m, "combinations_with_replacement", (t, a, k) -> {
            PyObject[] p = Args.bind("combinations_with_replacement", a, k, new String[] {"iterable", "r"}, 2, 2);
            PyObject[] pool = Operations.toArray(p[0]);
            int r = nonNegative(p[1]);
            int n = pool.length;
            return indexIterator(t, r, (idx, first) -> {
                if (first) {
                    return n > 0 || r == 0;
                }
                int i = r - 1;
                while (i >= 0 && idx[i] == n - 1) {
                    i--;
                }
                if (i < 0) {
                    return false;
                }
                int v = idx[i] + 1;
                for (int j = i; j < r; j++) {
                    idx[j] = v;
                }
                return true;
            }, idx -> pick(pool, idx));
        });
        type(m, "permutations", (t, a, k) -> {
            PyObject[] p = Args.bind("permutations", a, k, new String[] {"iterable", "r"}, 1, 2);
            PyObject[] pool = Operations.toArray(p[0]);
            int n = pool.length;
            int r = p[1] == null || p[1] == PyNone.NONE ? n : nonNegative(p[1]);
            int[] indices = new int[n];
            int[] cycles = new int[Math.max(r, 0)];
            return indexIterator(t, r, (idx, first) -> {
                if (first) {
                    if (r > n) {
                        return false;
                    }
                    for (int i = 0; i < n; i++) {
                        indices[i] = i;
                    }
                    for (int i = 0; i < r; i++) {
                        cycles[i] = n - i;
                        idx[i] = i;
                    }
                    return true;
                }
                for (int i = r - 1; i >= 0; i--) {
                    cycles[i]--;
                    if (cycles[i] == 0) {
                        int x = indices[i];
                        System.arraycopy(indices, i + 1, indices, i, n - i - 1);
                        indices[n - 1] = x;
                        cycles[i] = n - i;
                    } else {
                        int j = cycles[i];
                        int x = indices[i];
                        indices[i] = indices[n - j];
                        indices[n - j] = x;
                        System.arraycopy(indices, 0, idx, 0, r);
                        return true;
                    }
                }
                return false;
            }, idx -> pick(pool, idx));
        });
        return m;
    }

    private static final class Link {
        PyObject value;
        Link next;
    }

    private static PyObject chainOf(PyType t, PyObject sources) {
        PyObject[] cur = {null};
        return new PyJavaIterator(t, () -> {
            while (true) {
                if (cur[0] == null) {
                    PyObject src = sources.next();
                    if (src == null) {
                        return null;
                    }
                    cur[0] = src.iter();
                }
                PyObject x = cur[0].next();
                if (x != null) {
                    return x;
                }
                cur[0] = null;
            }
        });
    }

    private static long sliceArg(PyObject o, String msg) {
        if (o == PyNone.NONE) {
            return -1;
        }
        PyInt i = Index.orNull(o);
        if (i == null || i.isBig() || i.value < 0) {
            throw PyErr.valueError(msg);
        }
        return i.value;
    }

    private static int nonNegative(PyObject o) {
        int r = Args.toSmallInt(o, "Python int too large to convert to C ssize_t");
        if (r < 0) {
            throw PyErr.valueError("r must be non-negative");
        }
        return r;
    }

    private static PyTuple pick(PyObject[] pool, int[] idx) {
        PyObject[] row = new PyObject[idx.length];
        for (int i = 0; i < row.length; i++) {
            row[i] = pool[idx[i]];
        }
        return new PyTuple(row);
    }

    /** Advances an index vector; {@code first} is true on the first call. */
    private interface Step {
        boolean advance(int[] idx, boolean first);
    }

    private interface Emit {
        PyObject emit(int[] idx);
    }

    private static PyObject indexIterator(PyType t, int size, Step step, Emit emit) {
        int[] idx = new int[size];
        int[] state = {0};
        return new PyJavaIterator(t, () -> {
            if (state[0] == 2) {
                return null;
            }
            boolean ok = step.advance(idx, state[0] == 0);
            state[0] = 1;
            if (!ok) {
                state[0] = 2;
                return null;
            }
            return emit.emit(idx);
        });
    }

    /** CPython's groupby: the groups share the underlying iterator. */
    private static final class GroupBy {
        final PyType type;
        final PyType grouperType;
        final PyObject it;
        final PyObject keyFunc;
        PyObject tgtKey;
        PyObject currKey;
        PyObject currValue;
        Object currGrouper;
        boolean exhausted;

        GroupBy(PyType type, PyType grouperType, PyObject it, PyObject keyFunc) {
            this.type = type;
            this.grouperType = grouperType;
            this.it = it;
            this.keyFunc = keyFunc;
        }

        boolean step() {
            PyObject v = it.next();
            if (v == null) {
                exhausted = true;
                return false;
            }
            currKey = keyFunc == PyNone.NONE ? v : keyFunc.call(new PyObject[] {v}, null);
            currValue = v;
            return true;
        }

        PyObject iterator() {
            return new PyJavaIterator(type, () -> {
                currGrouper = null;
                if (currValue == null) {
                    if (exhausted || !step()) {
                        return null;
                    }
                } else if (tgtKey != null) {
                    while (Operations.eq(tgtKey, currKey)) {
                        if (!step()) {
                            return null;
                        }
                    }
                }
                tgtKey = currKey;
                Object token = new Object();
                currGrouper = token;
                PyObject key = currKey;
                return PyTuple.of(key, new PyJavaIterator(grouperType, () -> {
                    if (currGrouper != token) {
                        return null;
                    }
                    if (currValue == null) {
                        if (exhausted || !step()) {
                            return null;
                        }
                    }
                    if (!Operations.eq(key, currKey)) {
                        return null;
                    }
                    PyObject r = currValue;
                    currValue = null;
                    return r;
                }));
            });
        }
    }
}
