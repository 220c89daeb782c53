package org.enginehost.python.modules;

import org.enginehost.python.runtime.ExceptionTypes;
import org.enginehost.python.runtime.PyBool;
import org.enginehost.python.runtime.PyBuiltinFunction;
import org.enginehost.python.runtime.PyErr;
import org.enginehost.python.runtime.PyException;
import org.enginehost.python.runtime.PyInt;
import org.enginehost.python.runtime.PyList;
import org.enginehost.python.runtime.PyModule;
import org.enginehost.python.runtime.PyNone;
import org.enginehost.python.runtime.PyObject;
import org.enginehost.python.runtime.PyStr;
import org.enginehost.python.runtime.PyType;

/** The {@code io} module: StringIO, BytesIO ({@link BytesIO}) and TextIOWrapper ({@link TextIOWrapper}). */
public final class IoModule {
    private IoModule() {
    }

    public static final PyType STRING_IO = new PyType("StringIO", new PyType[] {PyType.OBJECT},
            (t, a, k) -> StringIO.make(a, k), "_io");
    /** One type for every stream of the runtime (files, stdin, StringIO), so that one except clause catches them all. */
    public static final PyType UNSUPPORTED_OPERATION = org.enginehost.python.runtime.PyFile.UNSUPPORTED_OPERATION;

    static {
        installStringIO();
    }

    public static PyModule create() {
        PyModule m = new PyModule("io", null);
        m.define("StringIO", STRING_IO);
        m.define("UnsupportedOperation", UNSUPPORTED_OPERATION);
        m.define("SEEK_SET", PyInt.of(0));
        m.define("SEEK_CUR", PyInt.of(1));
        m.define("SEEK_END", PyInt.of(2));
        m.define("BytesIO", BytesIO.TYPE);
        m.define("TextIOWrapper", TextIOWrapper.TYPE);
        for (String name : new String[] {"BufferedReader", "BufferedWriter", "FileIO"}) {
            m.defineFunction(name, (a, k) -> {
                throw new PyException(PyErr.newException(ExceptionTypes.NOT_IMPLEMENTED_ERROR,
                        "io." + name + " is not supported yet"));
            });
        }
        return m;
    }

    /** {@code io.StringIO}: positions count code points, as in CPython. */
    static final class StringIO extends MemoryStream {
        final StringBuilder buf = new StringBuilder();
        /** Position in chars of {@link #buf}; may exceed its length after a seek past the end. */
        int pos;
        /** null: universal newlines on input; "" none; else the translation of "\n" on write. */
        final String newline;

        StringIO(String newline) {
            this.newline = newline;
        }

        static PyObject make(PyObject[] a, String[] k) {
            PyObject[] p = Args.bind("StringIO", a, k, new String[] {"initial_value", "newline"}, 0, 2);
            String nl = "\n";
            if (p[1] != null) {
                if (p[1] == PyNone.NONE) {
                    nl = null;
                } else if (p[1] instanceof PyStr) {
                    nl = ((PyStr) p[1]).value;
                    if (!nl.isEmpty() && !nl.equals("\n") && !nl.equals("\r") && !nl.equals("\r\n")) {
                        throw PyErr.valueError("illegal newline value: " + PyStr.repr(nl));
                    }
                } else {
                    throw PyErr.typeError("newline must be str or None, not " + p[1].getType().name);
                }
            }
            StringIO s = new StringIO(nl);
            if (p[0] != null && p[0] != PyNone.NONE) {
                if (!(p[0] instanceof PyStr)) {
                    throw PyErr.typeError("initial_value must be str or None, not " + p[0].getType().name);
                }
                s.write(((PyStr) p[0]).value);
                s.pos = 0;
            }
            return s;
        }

        @Override
        public PyType getType() {
            return STRING_IO;
        }

        @Override
        String closedMessage() {
            return "I/O operation on closed file";
        }

        int write(String s) {
            check();
            int n = s.codePointCount(0, s.length());
            if (newline == null) {
                s = s.replace("\r\n", "\n").replace('\r', '\n');
            } else if (!newline.isEmpty() && !newline.equals("\n")) {
                s = s.replace("\n", newline);
            }
            while (buf.length() < pos) {
                buf.append('\0');
            }
            int end = Math.min(buf.length(), pos + s.length());
            buf.replace(pos, end, s);
            pos += s.length();
            return n;
        }

        String read(int size) {
            check();
            int len = buf.length();
            if (pos >= len) {
                return "";
            }
            int end = size < 0 ? len : Math.min(len, offset(pos, size));
            String r = buf.substring(pos, end);
            pos = end;
            return r;
        }

        /** The char index {@code count} code points after {@code from} (clamped to the end). */
        private int offset(int from, int count) {
            int i = from;
            int len = buf.length();
            while (count > 0 && i < len) {
                i += Character.isHighSurrogate(buf.charAt(i)) && i + 1 < len ? 2 : 1;
                count--;
            }
            return i;
        }

        String readline(int size) {
            check();
            int len = buf.length();
            if (pos >= len) {
                return "";
            }
            int limit = size < 0 ? len : Math.min(len, offset(pos, size));
            int i = pos;
            String term = newline == null || newline.isEmpty() ? null : newline;
            while (i < limit) {
                char c = buf.charAt(i++);
                if (term == null || term.equals("\n")) {
                    if (c == '\n') {
                        break;
                    }
                    if (newline != null && newline.isEmpty() && c == '\r') {
                        if (i < limit && buf.charAt(i) == '\n') {
                            i++;
                        }
                        break;
                    }
                } else if (term.equals("\r")) {
                    if (c == '\r') {
                        break;
                    }
                } else if (c == '\n' && i >= 2 && buf.charAt(i - 2) == '\r') {
                    break;
                }
            }
            String r = buf.substring(pos, i);
            pos = i;
            return r;
        }

        @Override
        public PyObject next() {
            String line = readline(-1);
            return line.isEmpty() ? null : new PyStr(line);
        }

        @Override
        public PyObject getAttr(String name) {
            switch (name) {
                case "closed": return PyBool.of(closed);
                case "newlines": return PyNone.NONE;
                case "line_buffering": return PyBool.FALSE;
                default: return super.getAttr(name);
            }
        }
    }

    private static StringIO self(PyObject[] a) {
        return (StringIO) a[0];
    }

    private static void installStringIO() {
        PyType t = STRING_IO;
        t.addMethod("write", (a, k) -> {
            PyBuiltinFunction.checkArgs("write", a, k, 2, 2);
            if (!(a[1] instanceof PyStr)) {
                throw PyErr.typeError("string argument expected, got '" + a[1].getType().name + "'");
            }
            return PyInt.of(self(a).write(((PyStr) a[1]).value));
        });
        t.addMethod("writelines", (a, k) -> {
            PyBuiltinFunction.checkArgs("writelines", a, k, 2, 2);
            PyObject it = a[1].iter();
            for (PyObject x = it.next(); x != null; x = it.next()) {
                if (!(x instanceof PyStr)) {
                    throw PyErr.typeError("string argument expected, got '" + x.getType().name + "'");
                }
                self(a).write(((PyStr) x).value);
            }
            return PyNone.NONE;
        });
        t.addMethod("read", (a, k) -> new PyStr(self(a).read(MemoryStream.sizeArg(a, k, "read"))));
        t.addMethod("readline", (a, k) -> new PyStr(self(a).readline(MemoryStream.sizeArg(a, k, "readline"))));
        t.addMethod("readlines", (a, k) -> {
            int hint = MemoryStream.sizeArg(a, k, "readlines");
            StringIO s = self(a);
            PyList out = new PyList();
            int total = 0;
            while (true) {
                String line = s.readline(-1);
                if (line.isEmpty()) {
                    break;
                }
                out.append(new PyStr(line));
                total += line.length();
                if (hint > 0 && total >= hint) {
                    break;
                }
            }
            return out;
        });
        t.addMethod("getvalue", (a, k) -> {
            PyBuiltinFunction.checkArgs("getvalue", a, k, 1, 1);
            self(a).check();
            return new PyStr(self(a).buf.toString());
        });
        t.addMethod("tell", (a, k) -> {
            PyBuiltinFunction.checkArgs("tell", a, k, 1, 1);
            StringIO s = self(a);
            s.check();
            int len = s.buf.length();
            int p = Math.min(s.pos, len);
            return PyInt.of(s.buf.codePointCount(0, p) + (s.pos - p));
        });
        t.addMethod("seek", (a, k) -> {
            PyBuiltinFunction.checkArgs("seek", a, k, 2, 3);
            StringIO s = self(a);
            s.check();
            long off = Args.toInt(a[1]).value;
            int whence = a.length > 2 ? Args.toSmallInt(a[2], "whence") : 0;
            if (whence < 0 || whence > 2) {
                throw PyErr.valueError("Invalid whence (" + whence + ", should be 0, 1 or 2)");
            }
            if (whence == 0 && off < 0) {
                throw PyErr.valueError("Negative seek position " + off);
            }
            if (whence != 0 && off != 0) {
                throw new PyException(PyErr.newException(UNSUPPORTED_OPERATION,
                        "Can't do nonzero cur-relative seeks"));
            }
            int len = s.buf.length();
            if (whence == 2) {
                s.pos = len;
            } else if (whence == 0) {
                int cpLen = s.buf.codePointCount(0, len);
                s.pos = off <= cpLen ? s.buf.offsetByCodePoints(0, (int) off) : len + (int) Math.min(off - cpLen,
                        Integer.MAX_VALUE - len);
            }
            int p = Math.min(s.pos, len);
            return PyInt.of(s.buf.codePointCount(0, p) + (s.pos - p));
        });
        t.addMethod("truncate", (a, k) -> {
            PyBuiltinFunction.checkArgs("truncate", a, k, 1, 2);
            StringIO s = self(a);
            s.check();
            int len = s.buf.length();
            int cut;
            if (a.length < 2 || a[1] == PyNone.NONE) {
                cut = Math.min(s.pos, len);
            } else {
                long n = Args.toInt(a[1]).value;
                if (n < 0) {
                    throw PyErr.valueError("Negative size value " + n);
                }
                int cpLen = s.buf.codePointCount(0, len);
                cut = n >= cpLen ? len : s.buf.offsetByCodePoints(0, (int) n);
            }
            if (cut < len) {
                s.buf.setLength(cut);
            }
            return PyInt.of(s.buf.codePointCount(0, Math.min(cut, s.buf.length())));
        });
        MemoryStream.installCommon(t);
    }
}
