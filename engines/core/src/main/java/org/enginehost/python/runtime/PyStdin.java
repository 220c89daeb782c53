package org.enginehost.python.runtime;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.function.Supplier;

/**
 * {@code sys.stdin}: the interpreter's standard input as UTF-8 text with universal newlines
 * ({@code \r\n} and {@code \r} read as {@code \n}). It reads as the input arrives, so a script can
 * answer prompts line by line, and it shares its buffer with {@code input()}.
 */
public final class PyStdin extends PyObject {
    public static final PyType TYPE = new PyType("TextIOWrapper", new PyType[] {PyType.OBJECT}, null, "_io");

    private final Supplier<BufferedReader> source;
    private boolean closed;

    public PyStdin(Supplier<BufferedReader> source) {
        this.source = source;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public String repr() {
        return "<_io.TextIOWrapper name='<stdin>' mode='r' encoding='utf-8'>";
    }

    @Override
    public PyObject iter() {
        checkOpen();
        return this;
    }

    @Override
    public PyObject next() {
        String line = readLine(-1);
        return line.isEmpty() ? null : new PyStr(line);
    }

    private void checkOpen() {
        if (closed) {
            throw PyErr.valueError("I/O operation on closed file.");
        }
    }

    /** One character with newlines translated, or -1 at the end of the input. */
    private int readChar(BufferedReader in) throws IOException {
        int c = in.read();
        if (c == '\r') {
            in.mark(1);
            if (in.read() != '\n') {
                in.reset();
            }
            return '\n';
        }
        return c;
    }

    /** A line with its newline (none at the end of the input), at most {@code limit} characters when not negative. */
    String readLine(long limit) {
        return readChars(limit, true);
    }

    /** Up to {@code n} characters, or everything left when {@code n} is negative. */
    String read(long n) {
        return readChars(n, false);
    }

    private String readChars(long limit, boolean toNewline) {
        checkOpen();
        StringBuilder sb = new StringBuilder();
        try {
            BufferedReader in = source.get();
            while (limit < 0 || sb.length() < limit) {
                int c = readChar(in);
                if (c < 0) {
                    break;
                }
                sb.append((char) c);
                if (toNewline && c == '\n') {
                    break;
                }
            }
        } catch (IOException e) {
            throw PyErr.format(ExceptionTypes.OS_ERROR, String.valueOf(e.getMessage()));
        }
        return sb.toString();
    }

    private static long sizeArg(PyObject[] a) {
        if (a.length < 2 || a[1] == PyNone.NONE) {
            return -1;
        }
        PyInt n = Index.orNull(a[1]);
        if (n == null) {
            throw PyErr.typeError("argument should be integer or None, not '" + a[1].getType().name + "'");
        }
        return Index.clipped(n);
    }

    static void install() {
        PyType t = TYPE;
        t.addMethod("read", (a, k) -> {
            PyBuiltinFunction.checkMethodArgs("read", a, k, 1, 2);
            return new PyStr(((PyStdin) a[0]).read(sizeArg(a)));
        });
        t.addMethod("readline", (a, k) -> {
            PyBuiltinFunction.checkMethodArgs("readline", a, k, 1, 2);
            return new PyStr(((PyStdin) a[0]).readLine(sizeArg(a)));
        });
        t.addMethod("readlines", (a, k) -> {
            PyBuiltinFunction.checkMethodArgs("readlines", a, k, 1, 2);
            PyStdin in = (PyStdin) a[0];
            long hint = sizeArg(a);
            PyList lines = new PyList();
            long total = 0;
            for (String line = in.readLine(-1); !line.isEmpty(); line = in.readLine(-1)) {
                lines.append(new PyStr(line));
                total += line.length();
                if (hint > 0 && total >= hint) {
                    break;
                }
            }
            return lines;
        });
        t.addMethod("__iter__", (a, k) -> a[0].iter());
        t.addMethod("__next__", (a, k) -> {
            PyObject line = a[0].next();
            if (line == null) {
                throw PyErr.format(ExceptionTypes.STOP_ITERATION, null);
            }
            return line;
        });
        t.addMethod("__enter__", (a, k) -> {
            ((PyStdin) a[0]).checkOpen();
            return a[0];
        });
        t.addMethod("__exit__", (a, k) -> {
            ((PyStdin) a[0]).closed = true;
            return PyNone.NONE;
        });
        t.addMethod("close", (a, k) -> {
            ((PyStdin) a[0]).closed = true;
            return PyNone.NONE;
        });
        t.addMethod("readable", (a, k) -> {
            ((PyStdin) a[0]).checkOpen();
            return PyBool.TRUE;
        });
        t.addMethod("writable", (a, k) -> {
            ((PyStdin) a[0]).checkOpen();
            return PyBool.FALSE;
        });
        t.addMethod("seekable", (a, k) -> {
            ((PyStdin) a[0]).checkOpen();
            return PyBool.FALSE;
        });
        t.addMethod("isatty", (a, k) -> {
            ((PyStdin) a[0]).checkOpen();
            return PyBool.of(System.console() != null);
        });
        t.addMethod("write", (a, k) -> {
            throw PyErr.format(PyFile.UNSUPPORTED_OPERATION, "not writable");
        });
        PyBuiltinAttribute.member(t, "closed", o -> PyBool.of(((PyStdin) o).closed));
        PyBuiltinAttribute.member(t, "name", o -> new PyStr("<stdin>"));
        PyBuiltinAttribute.member(t, "mode", o -> new PyStr("r"));
        PyBuiltinAttribute.member(t, "encoding", o -> new PyStr("utf-8"));
    }
}
