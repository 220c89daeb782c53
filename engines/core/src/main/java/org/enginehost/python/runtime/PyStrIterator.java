package org.enginehost.python.runtime;

/** Iterator over the code points of a str, walking char offsets (linear even with surrogates). */
public final class PyStrIterator extends PyObject {
    static final PyType ASCII_TYPE = PyType.builtin("str_ascii_iterator", null);
    static final PyType TYPE = PyType.builtin("str_iterator", null);

    private final String s;
    private final boolean ascii;
    private int off;

    PyStrIterator(String s, boolean ascii) {
        this.s = s;
        this.ascii = ascii;
    }

    @Override
    public PyType getType() {
        return ascii ? ASCII_TYPE : TYPE;
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
