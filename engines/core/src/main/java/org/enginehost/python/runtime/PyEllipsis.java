package org.enginehost.python.runtime;

/** The {@code Ellipsis} singleton ({@code ...}). */
public final class PyEllipsis extends PyObject {
    public static final PyType TYPE = PyType.builtin("ellipsis", (t, a, k) -> PyEllipsis.ELLIPSIS);
    public static final PyEllipsis ELLIPSIS = new PyEllipsis();

    private PyEllipsis() {
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public String repr() {
        return "Ellipsis";
    }
}
