package org.enginehost.python.runtime;

/** Iterator over the code points of a str, walking char offsets (linear even with surrogates). */
public final class PyStrIterator extends PyObject {
    static final PyType ASCII_TYPE = PyType.builtin("str_ascii_iterator", null);
    static final PyType TYPE = PyType.builtin("str_iterator", null);

    private final String s;
    private int off;
    /** Its type, found on first request (most loops never ask). */
    private PyType type;

    PyStrIterator(String s) {
        this.s = s;
    }

    /** CPython's iterator type over an ASCII str: decided when asked, not by scanning every str iterated. */
    @Override
    public PyType getType() {
        PyType t = type;
        if (t == null) {
            t = ASCII_TYPE;
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) >= 128) {
                    t = TYPE;
                    break;
                }
            }
            type = t;
        }
        return t;
    }

    @Override
    public PyObject iter() {
        return this;
    }

    @Override
    public PyObject next() {
        int i = off;
        if (i >= s.length()) {
            return null;
        }
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
            off = i + 2;
            return new PyStr(s.substring(i, i + 2));
        }
        off = i + 1;
        return Builtins.charStr(c);
    }
}
