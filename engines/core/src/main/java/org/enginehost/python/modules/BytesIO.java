package org.enginehost.python.modules;

import java.util.Arrays;
import org.enginehost.python.runtime.PyBool;
import org.enginehost.python.runtime.PyBuiltinFunction;
import org.enginehost.python.runtime.PyBytes;
import org.enginehost.python.runtime.PyErr;
import org.enginehost.python.runtime.PyInt;
import org.enginehost.python.runtime.PyList;
import org.enginehost.python.runtime.PyMemoryView;
import org.enginehost.python.runtime.PyNone;
import org.enginehost.python.runtime.PyObject;
import org.enginehost.python.runtime.PyType;

/** {@code io.BytesIO}: an in-memory binary stream with a position, as CPython's. */
final class BytesIO extends MemoryStream {
    static final PyType TYPE = new PyType("BytesIO", new PyType[] {PyType.OBJECT}, (t, a, k) -> make(a, k), "_io");

    private byte[] buf = new byte[16];
    private int size;
    /** May exceed {@link #size} after a seek past the end; a write there fills the gap with zeros. */
    private int pos;

    static {
        install(TYPE);
    }

    private static PyObject make(PyObject[] a, String[] k) {
        PyObject[] p = Args.bind("BytesIO", a, k, new String[] {"initial_bytes"}, 0, 1);
        BytesIO b = new BytesIO();
        if (p[0] != null && p[0] != PyNone.NONE) {
            b.write(PyMemoryView.bytesLike(p[0]));
            b.pos = 0;
        }
        return b;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    String closedMessage() {
        return "I/O operation on closed file.";
    }

    private int write(byte[] data) {
        check();
        int end = pos + data.length;
        if (end > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(end, buf.length * 2));
        }
        if (pos > size) {
            Arrays.fill(buf, size, pos, (byte) 0);
        }
        System.arraycopy(data, 0, buf, pos, data.length);
        pos = end;
        size = Math.max(size, end);
        return data.length;
    }

    private byte[] read(int n) {
        check();
        if (pos >= size) {
            return new byte[0];
        }
        int end = n < 0 ? size : Math.min(size, pos + n);
        byte[] r = Arrays.copyOfRange(buf, pos, end);
        pos = end;
        return r;
    }

    private byte[] readline(int limit) {
        check();
        if (pos >= size) {
            return new byte[0];
        }
        int end = pos;
        int max = limit < 0 ? size : Math.min(size, pos + limit);
        while (end < max && buf[end] != '\n') {
            end++;
        }
        if (end < max) {
            end++; // the newline
        }
        byte[] r = Arrays.copyOfRange(buf, pos, end);
        pos = end;
        return r;
    }

    @Override
    public PyObject next() {
        byte[] line = readline(-1);
        return line.length == 0 ? null : new PyBytes(line);
    }

    @Override
    public PyObject getAttr(String name) {
        if (name.equals("closed")) {
            return PyBool.of(closed);
        }
        return super.getAttr(name);
    }

    private static BytesIO self(PyObject[] a) {
        return (BytesIO) a[0];
    }

    private static void install(PyType t) {
        t.addMethod("write", (a, k) -> {
            PyBuiltinFunction.checkArgs("write", a, k, 2, 2);
            return PyInt.of(self(a).write(PyMemoryView.bytesLike(a[1])));
        });
        t.addMethod("writelines", (a, k) -> {
            PyBuiltinFunction.checkArgs("writelines", a, k, 2, 2);
            PyObject it = a[1].iter();
            for (PyObject x = it.next(); x != null; x = it.next()) {
                self(a).write(PyMemoryView.bytesLike(x));
            }
            return PyNone.NONE;
        });
        t.addMethod("read", (a, k) -> new PyBytes(self(a).read(sizeArg(a, k, "read"))));
        t.addMethod("read1", (a, k) -> new PyBytes(self(a).read(sizeArg(a, k, "read1"))));
        t.addMethod("readline", (a, k) -> new PyBytes(self(a).readline(sizeArg(a, k, "readline"))));
        t.addMethod("readlines", (a, k) -> {
            int hint = sizeArg(a, k, "readlines");
            PyList out = new PyList();
            int total = 0;
            for (byte[] line = self(a).readline(-1); line.length > 0; line = self(a).readline(-1)) {
                out.append(new PyBytes(line));
                total += line.length;
                if (hint > 0 && total >= hint) {
                    break;
                }
            }
            return out;
        });
        t.addMethod("getvalue", (a, k) -> {
            PyBuiltinFunction.checkArgs("getvalue", a, k, 1, 1);
            self(a).check();
            return new PyBytes(Arrays.copyOf(self(a).buf, self(a).size));
        });
        t.addMethod("tell", (a, k) -> {
            PyBuiltinFunction.checkArgs("tell", a, k, 1, 1);
            self(a).check();
            return PyInt.of(self(a).pos);
        });
        t.addMethod("seek", (a, k) -> {
            PyBuiltinFunction.checkArgs("seek", a, k, 2, 3);
            BytesIO b = self(a);
            b.check();
            long off = Args.toInt(a[1]).value;
            int whence = a.length > 2 ? Args.toSmallInt(a[2], "whence out of range") : 0;
            long target;
            switch (whence) {
                case 0:
                    if (off < 0) {
                        throw PyErr.valueError("negative seek value " + off);
                    }
                    target = off;
                    break;
                case 1:
                    target = Math.max(0, b.pos + off);
                    break;
                case 2:
                    target = Math.max(0, b.size + off);
                    break;
                default:
                    throw PyErr.valueError("invalid whence (" + whence + ", should be 0, 1 or 2)");
            }
            if (target > Integer.MAX_VALUE - 8) {
                throw PyErr.overflow("seek position too large for an in-memory stream");
            }
            b.pos = (int) target;
            return PyInt.of(b.pos);
        });
        t.addMethod("truncate", (a, k) -> {
            PyBuiltinFunction.checkArgs("truncate", a, k, 1, 2);
            BytesIO b = self(a);
            b.check();
            int cut = a.length < 2 || a[1] == PyNone.NONE ? b.pos
                    : Args.toSmallInt(a[1], "cannot fit 'int' into an index-sized integer");
            if (cut < 0) {
                throw PyErr.valueError("negative size value " + cut);
            }
            b.size = Math.min(b.size, cut);
            return PyInt.of(cut);
        });
        installCommon(t);
    }
}
