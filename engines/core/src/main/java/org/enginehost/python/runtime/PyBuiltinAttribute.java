package org.enginehost.python.runtime;

import java.util.function.Function;

/**
 * A read-only data attribute of a builtin type, as it sits in the type's namespace: CPython's
 * getset descriptor ({@code int.real}: "<attribute 'real' of 'int' objects>") or member
 * descriptor ({@code range.start}: "<member 'start' of 'range' objects>"). It makes the
 * attribute visible where Python code looks for it (the class, {@code dir()}, {@code vars()}).
 */
public final class PyBuiltinAttribute extends PyObject {
    static final PyType GETSET_TYPE = PyType.builtin("getset_descriptor", null);

    private final String name;
    private final PyType owner;
    private final boolean member;
    private final Function<PyObject, PyObject> getter;

    private PyBuiltinAttribute(String name, PyType owner, boolean member, Function<PyObject, PyObject> getter) {
        this.name = name;
        this.owner = owner;
        this.member = member;
        this.getter = getter;
    }

    /** Defines {@code owner.name} as a getset descriptor reading {@code getter(instance)}. */
    public static void attribute(PyType owner, String name, Function<PyObject, PyObject> getter) {
        owner.dict().put(new PyStr(name), new PyBuiltinAttribute(name, owner, false, getter));
    }

    /** Defines {@code owner.name} as a member descriptor reading {@code getter(instance)}. */
    public static void member(PyType owner, String name, Function<PyObject, PyObject> getter) {
        owner.dict().put(new PyStr(name), new PyBuiltinAttribute(name, owner, true, getter));
    }

    @Override
    public PyType getType() {
        return member ? PySlotMember.TYPE : GETSET_TYPE;
    }

    @Override
    public PyObject descrGet(PyObject obj, PyType type) {
        if (obj == null) {
            return this;
        }
        if (!obj.getType().isSubtypeOf(owner)) {
            throw PyErr.typeError("descriptor '" + name + "' for '" + owner.name + "' objects doesn't apply to a '"
                    + obj.getType().name + "' object");
        }
        return getter.apply(obj);
    }

    @Override
    public boolean isDataDescriptor() {
        return true;
    }

    @Override
    public void descrSet(PyObject obj, PyObject value) {
        throw PyErr.format(ExceptionTypes.ATTRIBUTE_ERROR, member ? "readonly attribute"
                : "attribute '" + name + "' of '" + owner.name + "' objects is not writable");
    }

    @Override
    public PyObject getAttr(String attr) {
        switch (attr) {
            case "__name__": return new PyStr(name);
            case "__qualname__": return new PyStr(owner.name + "." + name);
            case "__objclass__": return owner;
            case "__doc__": return PyNone.NONE;
            case "__get__":
                return new PyBuiltinFunction("__get__", (a, k) -> {
                    PyBuiltinFunction.checkArgs("__get__", a, k, 1, 2);
                    return descrGet(a[0] == PyNone.NONE ? null : a[0], a.length > 1 && a[1] instanceof PyType t ? t : null);
                });
            case "__set__":
                return new PyBuiltinFunction("__set__", (a, k) -> {
                    PyBuiltinFunction.checkArgs("__set__", a, k, 2, 2);
                    descrSet(a[0], a[1]);
                    return PyNone.NONE;
                });
            default: return super.getAttr(attr);
        }
    }

    @Override
    public String repr() {
        return (member ? "<member '" : "<attribute '") + name + "' of '" + owner.name + "' objects>";
    }
}
