package org.enginehost.python.modules;

import java.util.ArrayList;
import java.util.List;
import org.enginehost.python.runtime.CompareOp;
import org.enginehost.python.runtime.Operations;
import org.enginehost.python.runtime.PyBool;
import org.enginehost.python.runtime.PyBuiltinFunction;
import org.enginehost.python.runtime.PyErr;
import org.enginehost.python.runtime.PyJavaIterator;
import org.enginehost.python.runtime.PyList;
import org.enginehost.python.runtime.PyModule;
import org.enginehost.python.runtime.PyNone;
import org.enginehost.python.runtime.PyObject;
import org.enginehost.python.runtime.PyType;

/** The {@code heapq} module: CPython's exact sift algorithms on a list. */
public final class HeapqModule {
    private HeapqModule() {
    }

    private static final PyType MERGE = new PyType("generator", new PyType[] {PyType.OBJECT}, null);

    static boolean lt(PyObject a, PyObject b) {
        return Operations.isTrue(Operations.compare(CompareOp.LT, a, b));
    }

    private static PyList heap(PyObject o) {
        if (!(o instanceof PyList)) {
            throw PyErr.typeError("heap argument must be a list");
        }
        return (PyList) o;
    }

    static void siftDown(PyList heap, int start, int pos) {
        PyObject item = heap.items[pos];
        while (pos > start) {
            int parentPos = (pos - 1) >> 1;
            PyObject parent = heap.items[parentPos];
            if (lt(item, parent)) {
                heap.items[pos] = parent;
                pos = parentPos;
                continue;
            }
            break;
        }
        heap.items[pos] = item;
    }

    static void siftUp(PyList heap, int pos) {
        int end = heap.size;
        int start = pos;
        PyObject item = heap.items[pos];
        int child = 2 * pos + 1;
        while (child < end) {
            int right = child + 1;
            if (right < end && !lt(heap.items[child], heap.items[right])) {
                child = right;
            }
            heap.items[pos] = heap.items[child];
            pos = child;
            child = 2 * pos + 1;
        }
        heap.items[pos] = item;
        siftDown(heap, start, pos);
    }

    public static PyModule create() {
        PyModule m = new PyModule("heapq", null);
        m.defineFunction("heappush", (a, k) -> {
            PyBuiltinFunction.checkArgs("heappush", a, k, 2, 2);
            PyList h = heap(a[0]);
            h.append(a[1]);
            siftDown(h, 0, h.size - 1);
            return PyNone.NONE;
        });
        m.defineFunction("heappop", (a, k) -> {
            PyBuiltinFunction.checkArgs("heappop", a, k, 1, 1);
            PyList h = heap(a[0]);
            if (h.size == 0) {
                throw PyErr.indexError("index out of range");
            }
            PyObject last = h.remove(h.size - 1);
            if (h.size == 0) {
                return last;
            }
            PyObject r = h.items[0];
            h.items[0] = last;
            siftUp(h, 0);
            return r;
        });
        m.defineFunction("heapreplace", (a, k) -> {
            PyBuiltinFunction.checkArgs("heapreplace", a, k, 2, 2);
            PyList h = heap(a[0]);
            if (h.size == 0) {
                throw PyErr.indexError("index out of range");
            }
            PyObject r = h.items[0];
            h.items[0] = a[1];
            siftUp(h, 0);
            return r;
        });
        m.defineFunction("heappushpop", (a, k) -> {
            PyBuiltinFunction.checkArgs("heappushpop", a, k, 2, 2);
            PyList h = heap(a[0]);
            PyObject item = a[1];
            if (h.size > 0 && lt(h.items[0], item)) {
                PyObject top = h.items[0];
                h.items[0] = item;
                item = top;
                siftUp(h, 0);
            }
            return item;
        });
        m.defineFunction("heapify", (a, k) -> {
            PyBuiltinFunction.checkArgs("heapify", a, k, 1, 1);
            PyList h = heap(a[0]);
            for (int i = h.size / 2 - 1; i >= 0; i--) {
                siftUp(h, i);
            }
            return PyNone.NONE;
        });
        m.defineFunction("nsmallest", (a, k) -> nbest("nsmallest", a, k, false));
        m.defineFunction("nlargest", (a, k) -> nbest("nlargest", a, k, true));
        m.defineFunction("merge", (a, k) -> {
            Args.onlyKeywords("merge", k, "key", "reverse");
            PyObject key = Args.keyword(a, k, "key");
            PyObject rev = Args.keyword(a, k, "reverse");
            boolean reverse = rev != null && Operations.isTrue(rev);
            boolean hasKey = key != null && key != PyNone.NONE;
            int n = Args.npos(a, k);
            List<PyObject> its = new ArrayList<>();
            List<PyObject> heads = new ArrayList<>();
            List<PyObject> keys = new ArrayList<>();
            boolean[] started = {false};
            return new PyJavaIterator(MERGE, () -> {
                if (!started[0]) {
                    started[0] = true;
                    for (int i = 0; i < n; i++) {
                        PyObject it = a[i].iter();
                        PyObject x = it.next();
                        if (x != null) {
                            its.add(it);
                            heads.add(x);
                            keys.add(hasKey ? key.call(new PyObject[] {x}, null) : x);
                        }
                    }
                }
                if (heads.isEmpty()) {
                    return null;
                }
                int best = 0;
                for (int i = 1; i < heads.size(); i++) {
                    if (reverse ? lt(keys.get(best), keys.get(i)) : lt(keys.get(i), keys.get(best))) {
                        best = i;
                    }
                }
                PyObject r = heads.get(best);
                PyObject x = its.get(best).next();
                if (x == null) {
                    its.remove(best);
                    heads.remove(best);
                    keys.remove(best);
                } else {
                    heads.set(best, x);
                    keys.set(best, hasKey ? key.call(new PyObject[] {x}, null) : x);
                }
                return r;
            });
        });
        return m;
    }

    /** nsmallest/nlargest: the first n of a stable sort, as the documentation defines them. */
    private static PyObject nbest(String name, PyObject[] a, String[] k, boolean largest) {
        PyObject[] p = Args.bind(name, a, k, new String[] {"n", "iterable", "key"}, 2, 2);
        int n = Args.toSmallInt(p[0], "Python int too large to convert to C ssize_t");
        PyList l = new PyList();
        l.extend(p[1]);
        PyObject key = p[2] == null ? PyNone.NONE : p[2];
        PyList.TYPE.lookup("sort").call(new PyObject[] {l, key, PyBool.of(largest)}, new String[] {"key", "reverse"});
        PyList out = new PyList();
        for (int i = 0; i < Math.min(Math.max(n, 0), l.size); i++) {
            out.append(l.items[i]);
        }
        return out;
    }

}
