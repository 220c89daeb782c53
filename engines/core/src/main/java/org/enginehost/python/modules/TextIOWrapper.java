package org.enginehost.python.modules;

import org.enginehost.python.runtime.Codecs;
import org.enginehost.python.runtime.PyBool;
import org.enginehost.python.runtime.PyBuiltinFunction;
import org.enginehost.python.runtime.PyErr;
import org.enginehost.python.runtime.PyInt;
import org.enginehost.python.runtime.PyList;
import org.enginehost.python.runtime.PyMemoryView;
import org.enginehost.python.runtime.PyNone;
import org.enginehost.python.runtime.PyObject;
import org.enginehost.python.runtime.PyStr;
import org.enginehost.python.runtime.PyType;

/**
 * {@code io.TextIOWrapper} over a binary stream (any object with {@code read} and/or
 * {@code write}, such as BytesIO): text in, encoded bytes out and back. Reading decodes the rest
 * of the stream at the first read (no incremental decoder), with universal newlines.
 */
final class TextIOWrapper extends PyObject {
    static final PyType TYPE = new PyType("TextIOWrapper", new PyType[] {PyType.OBJECT}, (t, a, k) -> make(a, k),
            "_io");

    private final PyObject buffer;
    private final String encoding;
    private final String errors;
    /** The decoded text not yet read; null until the first read. */
    private String pending;
    private int pos;
    private boolean closed;

    static {
        install(TYPE);
    }

    private TextIOWrapper(PyObject buffer, String encoding, String errors) {
        this.buffer = buffer;
        this.encoding = encoding;
        this.errors = errors;
    }

    private static PyObject make(PyObject[] a, String[] k) {
        PyObject[] p = Args.bind("TextIOWrapper", a, k,
                new String[] {"buffer", "encoding", "errors", "newline", "line_buffering", "write_through"}, 1, 6);
        return new TextIOWrapper(p[0], text(p[1], "utf-8", "encoding"), text(p[2], "strict", "errors"));
    }

    private static String text(PyObject o, String dflt, String what) {
        if (o == null || o == PyNone.NONE) {
            return dflt;
        }
        if (!(o instanceof PyStr)) {
            throw PyErr.typeError("TextIOWrapper() argument '" + what + "' must be str or None, not "
                    + o.getType().name);
        }
        return ((PyStr) o).value;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** close() and __exit__: closes the wrapper and its buffer, once. */
    private PyObject close() {
        if (!closed) {
            closed = true;
            buffer.getAttr("close").call(new PyObject[0], null);
        }
        return PyNone.NONE;
    }

    private void check() {
        if (closed) {
            throw PyErr.valueError("I/O operation on closed file.");
        }
    }

    private String text() {
        check();
        if (pending == null) {
            byte[] b = PyMemoryView.bytesLike(buffer.getAttr("read").call(new PyObject[0], null));
            pending = Codecs.decode(b, b.length, encoding, errors).replace("\r\n", "\n").replace('\r', '\n');
        }
        return pending;
    }

    private String read(int n) {
        String t = text();
        int end = n < 0 ? t.length() : Math.min(t.length(), t.offsetByCodePoints(pos,
                Math.min(n, t.codePointCount(pos, t.length()))));
        String r = t.substring(pos, end);
        pos = end;
        return r;
    }

    private String readline() {
        String t = text();
        int nl = t.indexOf('\n', pos);
        int end = nl < 0 ? t.length() : nl + 1;
        String r = t.substring(pos, end);
        pos = end;
        return r;
    }

    @Override
    public PyObject iter() {
        check();
        return this;
    }

    @Override
    public PyObject next() {
        String line = readline();
        return line.isEmpty() ? null : new PyStr(line);
    }

    @Override
    public PyObject getAttr(String name) {
        switch (name) {
            case "closed": return PyBool.of(closed);
            case "buffer": return buffer;
            case "encoding": return new PyStr(encoding);
            case "errors": return new PyStr(errors);
            default: return super.getAttr(name);
        }
    }

    private static TextIOWrapper self(PyObject[] a) {
        return (TextIOWrapper) a[0];
    }

    private static void install(PyType t) {
        t.addMethod("read", (a, k) -> new PyStr(self(a).read(MemoryStream.sizeArg(a, k, "read"))));
        t.addMethod("readline", (a, k) -> {
            PyBuiltinFunction.checkArgs("readline", a, k, 1, 2);
            return new PyStr(self(a).readline());
        });
        t.addMethod("readlines", (a, k) -> {
            PyBuiltinFunction.checkArgs("readlines", a, k, 1, 2);
            PyList out = new PyList();
            for (String line = self(a).readline(); !line.isEmpty(); line = self(a).readline()) {
                out.append(new PyStr(line));
            }
            return out;
        });
        t.addMethod("write", (a, k) -> {
            PyBuiltinFunction.checkArgs("write", a, k, 2, 2);
            TextIOWrapper w = self(a);
            w.check();
            if (!(a[1] instanceof PyStr)) {
                throw PyErr.typeError("write() argument must be str, not " + a[1].getType().name);
            }
            String s = ((PyStr) a[1]).value;
            byte[] b = Codecs.encode(s, w.encoding, w.errors);
            w.buffer.getAttr("write").call(new PyObject[] {new org.enginehost.python.runtime.PyBytes(b)}, null);
            return PyInt.of(s.codePointCount(0, s.length()));
        });
        t.addMethod("flush", (a, k) -> {
            self(a).check();
            PyObject f = self(a).buffer.getAttr("flush");
            return f.call(new PyObject[0], null);
        });
        t.addMethod("close", (a, k) -> self(a).close());
        t.addMethod("detach", (a, k) -> {
            self(a).closed = true;
            return self(a).buffer;
        });
        t.addMethod("readable", (a, k) -> PyBool.TRUE);
        t.addMethod("writable", (a, k) -> PyBool.TRUE);
        t.addMethod("seekable", (a, k) -> PyBool.FALSE);
        t.addMethod("__enter__", (a, k) -> {
            self(a).check();
            return a[0];
        });
        t.addMethod("__exit__", (a, k) -> self(a).close());
        MemoryStream.installIteration(t);
    }
}
