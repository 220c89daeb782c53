package org.enginehost.python;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.enginehost.python.runtime.PyBool;
import org.enginehost.python.runtime.PyDict;
import org.enginehost.python.runtime.PyFloat;
import org.enginehost.python.runtime.PyInt;
import org.enginehost.python.runtime.PyList;
import org.enginehost.python.runtime.PyNone;
import org.enginehost.python.runtime.PyObject;
import org.enginehost.python.runtime.PyStr;
import org.enginehost.python.runtime.PyTuple;
import org.enginehost.spi.Handle;

/** Converts values across the SPI boundary. */
public final class Conversions {

    /** An opaque reference to a Python value, valid only in the interpreter that made it. */
    static final class PyHandle implements Handle {
        final PyObject value;
        final Object owner;

        PyHandle(PyObject value, Object owner) {
            this.value = value;
            this.owner = owner;
        }

        @Override
        public String typeName() {
            return value.getType().name;
        }

        @Override
        public String toString() {
            return value.repr();
        }
    }

    /**
     * A Java object a host function returned that has no Python form: scripts can hold it and
     * pass it back to host functions, but see nothing inside it (no attributes, no methods).
     */
    static final class JavaObject extends PyObject {
        static final org.enginehost.python.runtime.PyType TYPE =
                org.enginehost.python.runtime.PyType.builtin("java_object", null);
        final Object value;

        JavaObject(Object value) {
            this.value = value;
        }

        @Override
        public org.enginehost.python.runtime.PyType getType() {
            return TYPE;
        }

        @Override
        public String repr() {
            return "<java object " + value.getClass().getName() + ">";
        }
    }

    private final Object owner;

    Conversions(Object owner) {
        this.owner = owner;
    }

    /**
     * Python to Java: None to null, bool to Boolean, int to Long (BigInteger when it does not fit),
     * float to Double, str to String, bytes/bytearray to a copy as byte[], list and tuple to an
     * unmodifiable List, dict to an unmodifiable (insertion-ordered) Map, a Java object a host
     * function returned to that object, anything else to an opaque Handle.
     */
    public Object toJava(PyObject v) {
        if (v == null || v == PyNone.NONE) {
            return null;
        }
        if (v instanceof PyBool) {
            return v == PyBool.TRUE;
        }
        if (v instanceof PyInt) {
            PyInt i = (PyInt) v;
            return i.isBig() ? i.big : (Object) i.value;
        }
        if (v instanceof PyFloat) {
            return ((PyFloat) v).value;
        }
        if (v instanceof PyStr) {
            return ((PyStr) v).value;
        }
        if (v instanceof PyList || v instanceof PyTuple) {
            PyObject[] items = v instanceof PyList ? ((PyList) v).toArray() : ((PyTuple) v).items;
            List<Object> out = new ArrayList<>(items.length);
            for (PyObject x : items) {
                out.add(toJava(x));
            }
            return Collections.unmodifiableList(out);
        }
        if (v instanceof org.enginehost.python.runtime.BytesBase b) {
            return b.toByteArray();
        }
        if (v instanceof JavaObject j) {
            return j.value;
        }
        if (v instanceof PyDict) {
            Map<Object, Object> out = new LinkedHashMap<>();
            for (Map.Entry<PyObject, PyObject> e : ((PyDict) v).entries()) {
                out.put(toJava(e.getKey()), toJava(e.getValue()));
            }
            return Collections.unmodifiableMap(out);
        }
        return new PyHandle(v, owner);
    }

    /**
     * Java to Python, the reverse of {@link #toJava}: null, Boolean, Long/Integer/Short/Byte,
     * BigInteger, Double/Float, String/Character, byte[] (copied into bytes), List (a new list),
     * Map (a new dict), a Handle of this interpreter. Throws IllegalArgumentException for values
     * with no Python form.
     */
    public PyObject toPython(Object o) {
        if (o == null) {
            return PyNone.NONE;
        }
        if (o instanceof Boolean) {
            return PyBool.of((Boolean) o);
        }
        if (o instanceof Long || o instanceof Integer || o instanceof Short || o instanceof Byte) {
            return PyInt.of(((Number) o).longValue());
        }
        if (o instanceof BigInteger) {
            return PyInt.of((BigInteger) o);
        }
        if (o instanceof Double || o instanceof Float) {
            return new PyFloat(((Number) o).doubleValue());
        }
        if (o instanceof String) {
            return new PyStr((String) o);
        }
        if (o instanceof Character) {
            return new PyStr(o.toString());
        }
        if (o instanceof byte[] b) {
            return new org.enginehost.python.runtime.PyBytes(b.clone());
        }
        if (o instanceof List) {
            List<?> l = (List<?>) o;
            PyObject[] items = new PyObject[l.size()];
            for (int i = 0; i < items.length; i++) {
                items[i] = toPython(l.get(i));
            }
            return new PyList(items);
        }
        if (o instanceof Map) {
            PyDict d = new PyDict();
            for (Map.Entry<?, ?> e : ((Map<?, ?>) o).entrySet()) {
                d.put(toPython(e.getKey()), toPython(e.getValue()));
            }
            return d;
        }
        if (o instanceof PyHandle) {
            PyHandle h = (PyHandle) o;
            if (h.owner != owner) {
                throw new IllegalArgumentException("handle belongs to another interpreter");
            }
            return h.value;
        }
        if (o instanceof PyObject) {
            throw new IllegalArgumentException("engine-internal values cannot be passed in");
        }
        throw new IllegalArgumentException("no Python form for " + o.getClass().getName());
    }

    /**
     * A host function's result to Python: as {@link #toPython}, except that a Java object with no
     * Python form (also inside lists and maps) becomes an opaque {@code java_object}.
     */
    public PyObject fromHost(Object o) {
        if (o instanceof List<?> l) {
            PyObject[] items = new PyObject[l.size()];
            for (int i = 0; i < items.length; i++) {
                items[i] = fromHost(l.get(i));
            }
            return new PyList(items);
        }
        if (o instanceof Map<?, ?> m) {
            PyDict d = new PyDict();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                d.put(fromHost(e.getKey()), fromHost(e.getValue()));
            }
            return d;
        }
        if (o == null || o instanceof Boolean || o instanceof Number && isPlainNumber(o) || o instanceof String
                || o instanceof Character || o instanceof byte[] || o instanceof PyHandle) {
            return toPython(o);
        }
        if (o instanceof PyObject) {
            throw new IllegalArgumentException("engine-internal values cannot be passed in");
        }
        return new JavaObject(o);
    }

    private static boolean isPlainNumber(Object o) {
        return o instanceof Long || o instanceof Integer || o instanceof Short || o instanceof Byte
                || o instanceof BigInteger || o instanceof Double || o instanceof Float;
    }
}
