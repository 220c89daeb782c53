package org.enginehost.python.runtime;

/**
 * Base of every Python value. Builtin behaviour is expressed as virtual methods (the Java
 * counterpart of CPython's type slots); a return value of {@code null} from the binary and
 * comparison hooks means NotImplemented. Instances of user classes will override these hooks to
 * look up dunder methods.
 */
public abstract class PyObject {

    /** The Python type of this value. */
    public abstract PyType getType();

    /** {@code repr(self)}. */
    public String repr() {
        return ObjectMethods.defaultRepr(this);
    }

    /** {@code str(self)}. */
    public String str() {
        return repr();
    }

    /** {@code bool(self)}. */
    public boolean isTrue() {
        return true;
    }

    /** Attribute lookup: the type's MRO (binding functions), else AttributeError. */
    public PyObject getAttr(String name) {
        PyObject v = Operations.genericGetAttr(this, name);
        if (v == null) {
            throw PyErr.attributeError(this, name);
        }
        return v;
    }

    /**
     * Descriptor {@code __get__}: the value of this class attribute seen through {@code obj}
     * (null when looked up on the type itself), or {@code null} when this is no descriptor.
     */
    public PyObject descrGet(PyObject obj, PyType type) {
        return null;
    }

    /** Whether this class attribute is a data descriptor (defines __set__ or __delete__). */
    public boolean isDataDescriptor() {
        return false;
    }

    /** Descriptor {@code __set__} ({@code value} non-null) or {@code __delete__} (null). */
    public void descrSet(PyObject obj, PyObject value) {
        throw PyErr.format(ExceptionTypes.ATTRIBUTE_ERROR, "'" + getType().name + "' object is not a data descriptor");
    }

    /** Attribute lookup with an already-made str key (LOAD_ATTR); defaults to {@link #getAttr(String)}. */
    public PyObject getAttr(PyStr name) {
        return getAttr(name.value);
    }

    /** Sets ({@code value} non-null) or deletes (null) an attribute. */
    public void setAttr(String name, PyObject value) {
        PyObject d = getType().lookup(name);
        if (d instanceof PyBuiltinAttribute) {
            d.descrSet(this, value); // its own message: the attribute exists but is read-only
        }
        throw PyErr.format(ExceptionTypes.ATTRIBUTE_ERROR,
                "'" + getType().name + "' object has no attribute '" + name + "'");
    }

    /**
     * Calls this object. {@code args} holds the positional arguments followed by the values of
     * the keyword arguments named in {@code kwnames} (which is {@code null} when there are none).
     */
    public PyObject call(PyObject[] args, String[] kwnames) {
        throw PyErr.typeError("'" + getType().name + "' object is not callable");
    }

    public PyObject getItem(PyObject key) {
        throw PyErr.typeError("'" + getType().name + "' object is not subscriptable");
    }

    public void setItem(PyObject key, PyObject value) {
        throw PyErr.typeError("'" + getType().name + "' object does not support item assignment");
    }

    public void delItem(PyObject key) {
        throw PyErr.typeError("'" + getType().name + "' object does not support item deletion");
    }

    /** {@code iter(self)}. */
    public PyObject iter() {
        throw PyErr.typeError("'" + getType().name + "' object is not iterable");
    }

    /** {@code next(self)}: the next item, or {@code null} when exhausted (no StopIteration). */
    public PyObject next() {
        throw PyErr.typeError("'" + getType().name + "' object is not an iterator");
    }

    /** {@code len(self)}. */
    public int len() {
        throw PyErr.typeError("object of type '" + getType().name + "' has no len()");
    }

    /** {@code value in self}. */
    public boolean contains(PyObject value) {
        PyObject it;
        try {
            it = iter();
        } catch (PyException e) {
            throw PyErr.typeError("argument of type '" + getType().name + "' is not iterable");
        }
        for (PyObject x = it.next(); x != null; x = it.next()) {
            if (x == value || Operations.eq(x, value)) {
                return true;
            }
        }
        return false;
    }

    /** {@code self <op> other} for a {@link BinOp} code; {@code null} means NotImplemented. */
    public PyObject binop(int op, PyObject other) {
        return null;
    }

    /** Reflected {@code other <op> self}; {@code null} means NotImplemented. */
    public PyObject rbinop(int op, PyObject other) {
        return null;
    }

    /** In-place {@code self <op>= other}; the default falls back to {@link #binop}. */
    public PyObject ibinop(int op, PyObject other) {
        return binop(op, other);
    }

    /** Rich comparison with a {@link CompareOp} code; {@code null} means NotImplemented. */
    public PyObject richCompare(PyObject other, int op) {
        return null;
    }

    public PyObject neg() {
        throw PyErr.typeError("bad operand type for unary -: '" + getType().name + "'");
    }

    public PyObject pos() {
        throw PyErr.typeError("bad operand type for unary +: '" + getType().name + "'");
    }

    public PyObject invert() {
        throw PyErr.typeError("bad operand type for unary ~: '" + getType().name + "'");
    }

    /** Python's {@code hash()}; identity-based by default. Unhashable types throw TypeError. */
    public long pyHash() {
        return System.identityHashCode(this);
    }

    /** Java hashCode follows Python hashing so that dict keys behave as in Python. */
    @Override
    public int hashCode() {
        return Long.hashCode(pyHash());
    }

    /** Java equality follows Python {@code ==} for builtin value types; identity otherwise. */
    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public String toString() {
        return repr();
    }
}
