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
import org.enginehost.spi.JavaInterop;

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

        @Override
        public <T> T as(Class<T> iface) {
            if (!(owner instanceof PythonInterpreter interp)) {
                throw new UnsupportedOperationException("this handle belongs to no interpreter");
            }
            return CallableProxies.create(interp, value, iface);
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

    private final Map<List<Object>, org.enginehost.python.runtime.PyType> exposedTypes = new java.util.HashMap<>();

    /** One Python type per exposed class, type name and set of allowed methods. */
    synchronized org.enginehost.python.runtime.PyType exposedType(org.enginehost.spi.Exposed e,
            java.util.function.Supplier<org.enginehost.python.runtime.PyType> make) {
        List<Object> key = List.of(e.target().getClass(), e.typeName(), List.copyOf(e.methodNames()));
        return exposedTypes.computeIfAbsent(key, k -> make.get());
    }

    /** The interpreter whose values these are. */
    Object owner() {
        return owner;
    }

    /**
     * Python to Java: None to null, bool to Boolean, int to Long (BigInteger when it does not fit),
     * float to Double, str to String, bytes/bytearray to a copy as byte[], list and tuple to an
     * unmodifiable List, dict to an unmodifiable (insertion-ordered) Map, a Java object a host
     * function returned to that object, set/frozenset to an unmodifiable Set, a Java function or
     * exposed object that came from Java to its Java object, anything else to an opaque Handle.
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
        if (v instanceof JavaFunction f) {
            return f.target;
        }
        if (v instanceof ExposedObject e) {
            return e.exposed.target();
        }
        if (v instanceof org.enginehost.python.runtime.PySet set) {
            java.util.Set<Object> out = new java.util.LinkedHashSet<>();
            for (PyObject x : set.toArray()) {
                out.add(toJava(x));
            }
            return Collections.unmodifiableSet(out);
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
     * Object[] (a new tuple), Set (a new set), Map (a new dict; List keys become tuples), a Handle
     * of this interpreter, a script callable turned into a Java interface (the callable itself),
     * an {@link org.enginehost.spi.Exposed} object, and a Java function (a lambda, method
     * reference or instance of one functional interface, see
     * {@link JavaInterop#functionalMethodOf}) as a callable. Throws IllegalArgumentException for
     * values with no Python form.
     */
    public PyObject toPython(Object o) {
        PyObject p = convert(o, false);
        if (p == null) {
            throw new IllegalArgumentException("no Python form for " + o.getClass().getName());
        }
        return p;
    }

    /**
     * A host function's result to Python: as {@link #toPython}, except that a Java object with no
     * Python form (also inside lists and maps) becomes an opaque {@code java_object}.
     */
    public PyObject fromHost(Object o) {
        PyObject p = convert(o, true);
        return p != null ? p : new JavaObject(o);
    }

    /** Java to Python; null when {@code o} has no Python form (and {@code opaque} is false at top level). */
    private PyObject convert(Object o, boolean opaque) {
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
        if (o instanceof List<?> l) {
            return new PyList(items(l.toArray(), opaque));
        }
        if (o instanceof Object[] a) {
            return new PyTuple(items(a, opaque));
        }
        if (o instanceof Map<?, ?> m) {
            PyDict d = new PyDict();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                d.put(key(e.getKey(), opaque), item(e.getValue(), opaque));
            }
            return d;
        }
        if (o instanceof java.util.Set<?> set) {
            org.enginehost.python.runtime.PySet out = new org.enginehost.python.runtime.PySet(false);
            for (Object x : set) {
                out.add(key(x, opaque));
            }
            return out;
        }
        if (o instanceof PyHandle h) {
            if (h.owner != owner) {
                throw new IllegalArgumentException("handle belongs to another interpreter");
            }
            return h.value;
        }
        if (o instanceof PyObject) {
            throw new IllegalArgumentException("engine-internal values cannot be passed in");
        }
        if (o instanceof org.enginehost.spi.Exposed e) {
            return new ExposedObject(this, e);
        }
        PyObject callable = CallableProxies.unwrap(o, owner);
        if (callable != null) {
            return callable;
        }
        java.lang.reflect.Method m = JavaInterop.functionalMethodOf(o);
        if (m != null) {
            return new JavaFunction(this, o, m);
        }
        return null;
    }

    private PyObject[] items(Object[] values, boolean opaque) {
        PyObject[] items = new PyObject[values.length];
        for (int i = 0; i < items.length; i++) {
            items[i] = item(values[i], opaque);
        }
        return items;
    }

    private PyObject item(Object v, boolean opaque) {
        PyObject p = convert(v, opaque);
        if (p != null) {
            return p;
        }
        if (opaque) {
            return new JavaObject(v);
        }
        throw new IllegalArgumentException("no Python form for " + v.getClass().getName());
    }

    /** A dict key or set element: a List becomes a tuple (lists are not hashable); unhashable values are refused. */
    private PyObject key(Object k, boolean opaque) {
        PyObject p = k instanceof List<?> l ? new PyTuple(keys(l.toArray(), opaque)) : item(k, opaque);
        if (p instanceof PyDict || p instanceof PyList || p instanceof org.enginehost.python.runtime.PySet) {
            throw new IllegalArgumentException("a " + p.getType().name + " cannot be a dict key or set element: " + k);
        }
        return p;
    }

    private PyObject[] keys(Object[] values, boolean opaque) {
        PyObject[] items = new PyObject[values.length];
        for (int i = 0; i < items.length; i++) {
            items[i] = key(values[i], opaque);
        }
        return items;
    }
}
