package org.enginehost.python.runtime;

/** The {@code None} singleton. */
public final class PyNone extends PyObject {
    public static final PyType TYPE = PyType.builtin("NoneType", (t, a, k) -> PyNone.NONE);
    public static final PyNone NONE = new PyNone();

    private PyNone() {
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public String repr() {
        return "None";
    }

    @Override
    public boolean isTrue() {
        return false;
    }

    @Override
    public long pyHash() {
        return 0x5f3759df;
    }
}
