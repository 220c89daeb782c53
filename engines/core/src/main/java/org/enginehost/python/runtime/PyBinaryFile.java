package org.enginehost.python.runtime;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * A file opened in binary mode ({@code open(name, 'rb')}, {@code 'wb'}, {@code 'ab'}, {@code 'r+b'}
 * …): CPython's {@code BufferedReader}/{@code BufferedWriter}/{@code BufferedRandom}, reading and
 * writing {@code bytes}. The content is held in memory while the file is open and written back on
 * flush and close, so it suits the files scripts pickle to or read whole.
 */
public final class PyBinaryFile extends PyObject {
    public static final PyType READER = new PyType("BufferedReader", new PyType[] {PyType.OBJECT}, null, "_io");
    public static final PyType WRITER = new PyType("BufferedWriter", new PyType[] {PyType.OBJECT}, null, "_io");
    public static final PyType RANDOM = new PyType("BufferedRandom", new PyType[] {PyType.OBJECT}, null, "_io");

    private final Path path;
    private final String name;
    private final String mode;
    private final boolean readable;
    private final boolean writable;
    private final boolean append;
    private byte[] data = new byte[0];
    private int size;
    private int pos;
    private boolean dirty;
    private boolean closed;

    private PyBinaryFile(Path path, String name, String mode, boolean readable, boolean writable, boolean append) {
        this.path = path;
        this.name = name;
        this.mode = mode;
        this.readable = readable;
        this.writable = writable;
        this.append = append;
    }

    /** Opens {@code file}; the flags are the parsed mode letters (validated by the caller). */
    static PyBinaryFile open(String file, String mode, boolean r, boolean w, boolean x, boolean a, boolean plus) {
        Path p = ThreadState.current().interpreter.resolvePath(file);
        PyBinaryFile f = new PyBinaryFile(p, file, mode, r || plus, w || x || a || plus, a);
        try {
            if (Files.isDirectory(p)) {
                throw PyFile.osError(ExceptionTypes.IS_A_DIRECTORY_ERROR, 21, "Is a directory", file);
            }
            if (r || (a && Files.exists(p))) {
                f.data = Files.readAllBytes(p);
                f.size = f.data.length;
            } else if (x) {
                Files.write(p, new byte[0], StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } else {
                Files.write(p, new byte[0]);
            }
            if (a) {
                f.pos = f.size;
            }
        } catch (NoSuchFileException e) {
            throw PyFile.osError(ExceptionTypes.FILE_NOT_FOUND_ERROR, 2, "No such file or directory", file);
        } catch (FileAlreadyExistsException e) {
            throw PyFile.osError(ExceptionTypes.FILE_EXISTS_ERROR, 17, "File exists", file);
        } catch (AccessDeniedException e) {
            throw PyFile.osError(ExceptionTypes.PERMISSION_ERROR, 13, "Permission denied", file);
        } catch (IOException e) {
            throw PyErr.format(ExceptionTypes.OS_ERROR, String.valueOf(e.getMessage()));
        }
        return f;
    }

    @Override
    public PyType getType() {
        return readable && writable ? RANDOM : writable ? WRITER : READER;
    }

    private void checkOpen() {
        if (closed) {
            throw PyErr.valueError(readable && !writable ? "read of closed file" : "I/O operation on closed file.");
        }
    }

    private static PyException unsupported(String what) {
        return new PyException(PyErr.newException(PyFile.UNSUPPORTED_OPERATION, what));
    }

    public PyBytes read(long n) {
        checkOpen();
        if (!readable) {
            throw unsupported("read");
        }
        int end = n < 0 ? size : (int) Math.min(size, pos + n);
        byte[] out = Arrays.copyOfRange(data, Math.min(pos, end), end);
        pos = Math.max(pos, end);
        return new PyBytes(out);
    }

    public PyBytes readline(long limit) {
        checkOpen();
        if (!readable) {
            throw unsupported("readline");
        }
        int end = pos;
        while (end < size && (limit < 0 || end - pos < limit)) {
            if (data[end++] == '\n') {
                break;
            }
        }
        byte[] out = Arrays.copyOfRange(data, pos, end);
        pos = end;
        return new PyBytes(out);
    }

    public int write(PyObject b) {
        checkOpen();
        if (!writable) {
            throw unsupported("write");
        }
        if (b instanceof PyMemoryView) {
            b = new PyBytes(((PyMemoryView) b).toByteArray());
        }
        if (!(b instanceof BytesBase)) {
            throw PyErr.typeError("a bytes-like object is required, not '" + b.getType().name + "'");
        }
        byte[] src = ((BytesBase) b).toByteArray();
        if (append) {
            pos = size;
        }
        int end = pos + src.length;
        if (end > data.length) {
            data = Arrays.copyOf(data, Math.max(end, data.length * 2));
        }
        System.arraycopy(src, 0, data, pos, src.length);
        pos = end;
        size = Math.max(size, end);
        dirty = true;
        return src.length;
    }

    public void flush() {
        checkOpen();
        if (dirty) {
            try {
                Files.write(path, Arrays.copyOf(data, size));
            } catch (IOException e) {
                throw PyErr.format(ExceptionTypes.OS_ERROR, String.valueOf(e.getMessage()));
            }
            dirty = false;
        }
    }

    public void close() {
        if (!closed) {
            flush();
            closed = true;
        }
    }

    @Override
    public PyObject iter() {
        checkOpen();
        return this;
    }

    @Override
    public PyObject next() {
        PyBytes line = readline(-1);
        return line.toByteArray().length == 0 ? null : line;
    }

    @Override
    public PyObject getAttr(String attr) {
        switch (attr) {
            case "closed": return PyBool.of(closed);
            case "name": return new PyStr(name);
            case "mode": return new PyStr(mode);
            default: return super.getAttr(attr);
        }
    }

    @Override
    public String repr() {
        return "<_io." + getType().name + " name=" + new PyStr(name).repr() + ">";
    }

    private static PyBinaryFile self(PyObject o) {
        return (PyBinaryFile) o;
    }

    private static long sizeArg(PyObject[] a) {
        return a.length < 2 || a[1] == PyNone.NONE ? -1 : ((PyInt) a[1]).value;
    }

    static {
        for (PyType t : new PyType[] {READER, WRITER, RANDOM}) {
            t.addMethod("read", (a, k) -> self(a[0]).read(sizeArg(a)));
            t.addMethod("read1", (a, k) -> self(a[0]).read(sizeArg(a)));
            t.addMethod("readline", (a, k) -> self(a[0]).readline(sizeArg(a)));
            t.addMethod("readlines", (a, k) -> {
                PyList out = new PyList();
                for (PyObject line; (line = self(a[0]).next()) != null;) {
                    out.append(line);
                }
                return out;
            });
            t.addMethod("write", (a, k) -> {
                PyBuiltinFunction.checkArgs("write", a, k, 2, 2);
                return PyInt.of(self(a[0]).write(a[1]));
            });
            t.addMethod("writelines", (a, k) -> {
                PyBuiltinFunction.checkArgs("writelines", a, k, 2, 2);
                PyObject it = a[1].iter();
                for (PyObject v; (v = it.next()) != null;) {
                    self(a[0]).write(v);
                }
                return PyNone.NONE;
            });
            t.addMethod("seek", (a, k) -> {
                PyBuiltinFunction.checkArgs("seek", a, k, 2, 3);
                PyBinaryFile f = self(a[0]);
                f.checkOpen();
                long off = ((PyInt) a[1]).value;
                int whence = a.length > 2 ? (int) ((PyInt) a[2]).value : 0;
                long base = whence == 0 ? 0 : whence == 1 ? f.pos : f.size;
                if (whence < 0 || whence > 2) {
                    throw PyErr.valueError("invalid whence (" + whence + ", should be 0, 1 or 2)");
                }
                if (base + off < 0) {
                    throw PyErr.valueError("negative seek position " + off);
                }
                f.pos = (int) (base + off);
                return PyInt.of(f.pos);
            });
            t.addMethod("tell", (a, k) -> {
                self(a[0]).checkOpen();
                return PyInt.of(self(a[0]).pos);
            });
            t.addMethod("flush", (a, k) -> {
                self(a[0]).flush();
                return PyNone.NONE;
            });
            t.addMethod("close", (a, k) -> {
                self(a[0]).close();
                return PyNone.NONE;
            });
            t.addMethod("readable", (a, k) -> PyBool.of(self(a[0]).readable));
            t.addMethod("writable", (a, k) -> PyBool.of(self(a[0]).writable));
            t.addMethod("seekable", (a, k) -> PyBool.TRUE);
            t.addMethod("__enter__", (a, k) -> {
                self(a[0]).checkOpen();
                return a[0];
            });
            t.addMethod("__exit__", (a, k) -> {
                self(a[0]).close();
                return PyBool.FALSE;
            });
        }
    }
}
