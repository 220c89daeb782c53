package org.enginehost.python.modules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.enginehost.python.runtime.ExceptionTypes;
import org.enginehost.python.runtime.Operations;
import org.enginehost.python.runtime.PyDict;
import org.enginehost.python.runtime.PyErr;
import org.enginehost.python.runtime.PyException;
import org.enginehost.python.runtime.PyList;
import org.enginehost.python.runtime.PyNone;
import org.enginehost.python.runtime.PyObject;
import org.enginehost.python.runtime.PySeqIterator;
import org.enginehost.python.runtime.PyTuple;
import org.enginehost.python.runtime.PyType;

/** {@code collections.ChainMap}: lookups search a list of mappings; writes go to the first. */
final class ChainMap extends PyObject {
    static final PyType TYPE = new PyType("ChainMap", new PyType[] {PyType.OBJECT}, (t, a, k) -> {
        PyBuiltinCheck.noKeywords("ChainMap", k);
        PyList maps = new PyList();
        for (PyObject m : a) {
            maps.append(m);
        }
        if (a.length == 0) {
            maps.append(new PyDict());
        }
        return new ChainMap(maps);
    }, "collections");

    PyList maps;

    ChainMap(PyList maps) {
        this.maps = maps;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    private static boolean isKeyError(PyException e) {
        return e.value.isInstance(ExceptionTypes.KEY_ERROR);
    }

    @Override
    public PyObject getItem(PyObject key) {
        for (int i = 0; i < maps.size; i++) {
            PyObject m = maps.items[i];
            if (m instanceof PyDict) {
                PyObject v = ((PyDict) m).get(key);
                if (v != null) {
                    return v;
                }
                continue;
            }
            try {
                return m.getItem(key);
            } catch (PyException e) {
                if (!isKeyError(e)) {
                    throw e;
                }
            }
        }
        throw PyErr.keyError(key);
    }

    @Override
    public void setItem(PyObject key, PyObject value) {
        maps.items[0].setItem(key, value);
    }

    @Override
    public void delItem(PyObject key) {
        try {
            maps.items[0].delItem(key);
        } catch (PyException e) {
            if (isKeyError(e)) {
                throw PyErr.format(ExceptionTypes.KEY_ERROR, "Key not found in the first mapping: "
                        + Operations.repr(key));
            }
            throw e;
        }
    }

    /** Keys in CPython's order: the union built from the last mapping to the first. */
    private Map<PyObject, Boolean> keySet() {
        Map<PyObject, Boolean> d = new LinkedHashMap<>();
        for (int i = maps.size - 1; i >= 0; i--) {
            PyObject it = maps.items[i].iter();
            for (PyObject x = it.next(); x != null; x = it.next()) {
                d.put(x, Boolean.TRUE);
            }
        }
        return d;
    }

    @Override
    public int len() {
        return keySet().size();
    }

    @Override
    public boolean isTrue() {
        for (int i = 0; i < maps.size; i++) {
            if (Operations.isTrue(maps.items[i])) {
                return true;
            }
        }
        return false;
    }

    @Override
    public PyObject iter() {
        return new PySeqIterator(new PyList(keySet().keySet().toArray(new PyObject[0])));
    }

    @Override
    public boolean contains(PyObject key) {
        for (int i = 0; i < maps.size; i++) {
            if (maps.items[i].contains(key)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String repr() {
        StringBuilder sb = new StringBuilder("ChainMap(");
        for (int i = 0; i < maps.size; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(Operations.repr(maps.items[i]));
        }
        return sb.append(')').toString();
    }

    @Override
    public PyObject getAttr(String name) {
        if (name.equals("maps")) {
            return maps;
        }
        if (name.equals("parents")) {
            PyList rest = new PyList();
            for (int i = 1; i < maps.size; i++) {
                rest.append(maps.items[i]);
            }
            if (rest.size == 0) {
                rest.append(new PyDict());
            }
            return new ChainMap(rest);
        }
        return super.getAttr(name);
    }

    private PyDict flat() {
        PyDict d = new PyDict();
        for (PyObject k : keySet().keySet()) {
            d.put(k, getItem(k));
        }
        return d;
    }

    static {
        TYPE.addMethod("get", (a, k) -> {
            ChainMap c = (ChainMap) a[0];
            PyObject dflt = a.length > 2 ? a[2] : PyNone.NONE;
            return c.contains(a[1]) ? c.getItem(a[1]) : dflt;
        });
        TYPE.addMethod("keys", (a, k) -> ((ChainMap) a[0]).flat().getAttr("keys").call(new PyObject[0], null));
        TYPE.addMethod("values", (a, k) -> ((ChainMap) a[0]).flat().getAttr("values").call(new PyObject[0], null));
        TYPE.addMethod("items", (a, k) -> ((ChainMap) a[0]).flat().getAttr("items").call(new PyObject[0], null));
        TYPE.addMethod("new_child", (a, k) -> {
            ChainMap c = (ChainMap) a[0];
            PyList l = new PyList();
            l.append(a.length > 1 && a[1] != PyNone.NONE ? a[1] : new PyDict());
            for (int i = 0; i < c.maps.size; i++) {
                l.append(c.maps.items[i]);
            }
            return new ChainMap(l);
        });
        TYPE.addMethod("copy", (a, k) -> {
            ChainMap c = (ChainMap) a[0];
            PyList l = new PyList();
            l.append(c.maps.items[0].getAttr("copy").call(new PyObject[0], null));
            for (int i = 1; i < c.maps.size; i++) {
                l.append(c.maps.items[i]);
            }
            return new ChainMap(l);
        });
        TYPE.addMethod("pop", (a, k) -> {
            ChainMap c = (ChainMap) a[0];
            PyObject first = c.maps.items[0];
            if (first.contains(a[1])) {
                PyObject v = first.getItem(a[1]);
                first.delItem(a[1]);
                return v;
            }
            if (a.length > 2) {
                return a[2];
            }
            throw PyErr.format(ExceptionTypes.KEY_ERROR, "Key not found in the first mapping: " + Operations.repr(a[1]));
        });
        TYPE.addMethod("clear", (a, k) -> {
            ((ChainMap) a[0]).maps.items[0].getAttr("clear").call(new PyObject[0], null);
            return PyNone.NONE;
        });
    }

    /** Tiny local helper to keep the constructor readable. */
    static final class PyBuiltinCheck {
        static void noKeywords(String f, String[] k) {
            if (k != null && k.length > 0) {
                throw PyErr.typeError(f + "() got an unexpected keyword argument '" + k[0] + "'");
            }
        }
    }
}
