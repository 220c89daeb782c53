package org.enginehost.python.runtime;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A text file returned by {@code open()} ({@code _io.TextIOWrapper}). Read and read-write modes
 * hold the decoded content in memory; write-only and append modes buffer new text and append it
 * on flush. Newline handling follows io.TextIOWrapper: universal newlines on read when
 * {@code newline=None}, translation of {@code \n} on write when {@code newline} is given.
 */
public final class PyFile extends PyObject {
    public static final PyType TYPE = new PyType("TextIOWrapper", new PyType[] {PyType.OBJECT}, null, "_io");
    public static final PyType UNSUPPORTED_OPERATION =
            new PyType("UnsupportedOperation", new PyType[] {ExceptionTypes.OS_ERROR}, null, "io");

    private final Path path;
    private final String name;
    private final String mode;
    private final Charset charset;
    private final String encodingName;
    private final String newline;
    private final boolean readable;
    private final boolean writable;
    private final boolean append;
    /** Whole content (r, r+, w+, a+); null for streaming writes (w, a, x). */
    private StringBuilder content;
    /** Pending text of a streaming write. */
    private StringBuilder pending;
    private long flushedBytes;
    private int pos;
    private boolean dirty;
    /** True after a read: like CPython's read-ahead, a following write lands after the chunk read. */
    private boolean readAhead;
    private boolean closed;

    private PyFile(Path path, String name, String mode, Charset cs, String encodingName, String newline,
                   boolean readable, boolean writable, boolean append) {
        this.path = path;
        this.name = name;
        this.mode = mode;
        this.charset = cs;
        this.encodingName = encodingName;
        this.newline = newline;
        this.readable = readable;
        this.writable = writable;
        this.append = append;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    // ---------------------------------------------------------------- open()

    static PyObject open(PyObject[] a, String[] k) {
        String[] names = {"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"};
        PyObject[] v = new PyObject[names.length];
        int npos = a.length - (k == null ? 0 : k.length);
        if (npos > names.length) {
            throw PyErr.typeError("open() takes at most 8 arguments (" + npos + " given)");
        }
        System.arraycopy(a, 0, v, 0, npos);
        for (int i = 0; k != null && i < k.length; i++) {
            int j = java.util.Arrays.asList(names).indexOf(k[i]);
            if (j < 0) {
                throw PyErr.typeError("'" + k[i] + "' is an invalid keyword argument for open()");
            }
            v[j] = a[npos + i];
        }
        if (v[0] == null) {
            throw PyErr.typeError("open() missing required argument 'file' (pos 1)");
        }
        String file = pathArgument(v[0]);
        String mode = v[1] == null ? "r" : strArg("open", "mode", v[1]);
        String enc = v[3] == null || v[3] == PyNone.NONE ? null : strArg("open", "encoding", v[3]);
        String nl = v[5] == null || v[5] == PyNone.NONE ? null : strArg("open", "newline", v[5]);
        boolean r = false;
        boolean w = false;
        boolean x = false;
        boolean ap = false;
        boolean plus = false;
        boolean bin = false;
        boolean text = false;
        for (char c : mode.toCharArray()) {
            boolean dup;
            switch (c) {
                case 'r': dup = r; r = true; break;
                case 'w': dup = w; w = true; break;
                case 'x': dup = x; x = true; break;
                case 'a': dup = ap; ap = true; break;
                case '+': dup = plus; plus = true; break;
                case 'b': dup = bin; bin = true; break;
                case 't': dup = text; text = true; break;
                default: throw PyErr.valueError("invalid mode: '" + mode + "'");
            }
            if (dup) {
                throw PyErr.valueError("invalid mode: '" + mode + "'");
            }
        }
        int kinds = (r ? 1 : 0) + (w ? 1 : 0) + (x ? 1 : 0) + (ap ? 1 : 0);
        if (bin && text) {
            throw PyErr.valueError("can't have text and binary mode at once");
        }
        if (kinds > 1) {
            throw PyErr.valueError("must have exactly one of create/read/write/append mode");
        }
        if (kinds == 0) {
            throw PyErr.valueError("Must have exactly one of create/read/write/append mode and at most one plus");
        }
        if (bin) {
            if (enc != null) {
                throw PyErr.valueError("binary mode doesn't take an encoding argument");
            }
            return PyBinaryFile.open(file, mode, r, w, x, ap, plus);
        }
        if (nl != null && !nl.isEmpty() && !nl.equals("\n") && !nl.equals("\r") && !nl.equals("\r\n")) {
            throw PyErr.valueError("illegal newline value: " + nl);
        }
        Charset cs;
        String encName = enc == null ? "UTF-8" : enc;
        try {
            cs = enc == null ? StandardCharsets.UTF_8 : Charset.forName(enc.replace('_', '-'));
        } catch (RuntimeException e) {
            throw PyErr.format(ExceptionTypes.LOOKUP_ERROR, "unknown encoding: " + enc);
        }
        if (r || plus) {
            Sandbox.require(org.enginehost.spi.Permission.FILE_READ, "open(" + v[0].repr() + ", " + new PyStr(mode).repr() + ")");
        }
        if (w || x || ap || plus) {
            Sandbox.require(org.enginehost.spi.Permission.FILE_WRITE, "open(" + v[0].repr() + ", " + new PyStr(mode).repr() + ")");
        }
        Path p = ThreadState.current().interpreter.resolvePath(file);
        PyFile f = new PyFile(p, file, mode, cs, encName, nl, r || plus, w || x || ap || plus, ap);
        try {
            if (Files.isDirectory(p)) {
                throw osError(ExceptionTypes.IS_A_DIRECTORY_ERROR, 21, "Is a directory", file);
            }
            if (r) {
                f.content = new StringBuilder(f.decode(Files.readAllBytes(p)));
            } else if (x) {
                Files.write(p, new byte[0], StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } else if (w) {
                Files.write(p, new byte[0]);
            } else if (!Files.exists(p)) {
                Files.write(p, new byte[0]);
            }
            if (plus && !r) {
                f.content = new StringBuilder(w || x ? "" : f.decode(Files.readAllBytes(p)));
                if (ap) {
                    f.pos = f.content.length();
                }
            } else if (!r) {
                f.pending = new StringBuilder();
                f.flushedBytes = ap ? Files.size(p) : 0;
            }
        } catch (NoSuchFileException e) {
            throw osError(ExceptionTypes.FILE_NOT_FOUND_ERROR, 2, "No such file or directory", file);
        } catch (FileAlreadyExistsException e) {
            throw osError(ExceptionTypes.FILE_EXISTS_ERROR, 17, "File exists", file);
        } catch (AccessDeniedException e) {
            throw osError(ExceptionTypes.PERMISSION_ERROR, 13, "Permission denied", file);
        } catch (IOException e) {
            throw PyErr.format(ExceptionTypes.OS_ERROR, String.valueOf(e.getMessage()));
        }
        return f;
    }

    private static String strArg(String fn, String arg, PyObject o) {
        if (!(o instanceof PyStr)) {
            throw PyErr.typeError(fn + "() argument '" + arg + "' must be str, not " + o.getType().name);
        }
        return ((PyStr) o).value;
    }

    /** open()'s file argument: a str, or an os.PathLike object (pathlib's paths) whose __fspath__ gives one. */
    private static String pathArgument(PyObject file) {
        PyObject p = Operations.fspath(file);
        if (p instanceof PyStr) {
            return ((PyStr) p).value;
        }
        if (p != null) {
            throw PyErr.typeError("expected " + file.getType().name + ".__fspath__() to return str or bytes, not "
                    + p.getType().name);
        }
        throw PyErr.typeError("expected str, bytes or os.PathLike object, not " + file.getType().name);
    }

    public static PyException osError(PyType type, int errno, String strerror, String filename) {
        PyBaseException e = new PyBaseException(type, PyTuple.of(PyInt.of(errno), new PyStr(strerror)));
        e.setAttr("errno", PyInt.of(errno));
        e.setAttr("strerror", new PyStr(strerror));
        e.setAttr("filename", new PyStr(filename));
        return new PyException(e);
    }

    private String decode(byte[] bytes) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw PyErr.format(ExceptionTypes.UNICODE_ERROR, "'" + encodingName.toLowerCase() + "' codec can't decode the file");
        }
    }

    private byte[] encode(CharSequence s) {
        try {
            ByteBuffer b = charset.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(s));
            byte[] out = new byte[b.remaining()];
            b.get(out);
            return out;
        } catch (CharacterCodingException e) {
            throw PyErr.format(ExceptionTypes.UNICODE_ERROR, "'" + encodingName.toLowerCase() + "' codec can't encode characters");
        }
    }

    // ---------------------------------------------------------------- operations

    private void checkOpen() {
        if (closed) {
            throw PyErr.valueError("I/O operation on closed file.");
        }
    }

    private void checkReadable() {
        checkOpen();
        if (!readable) {
            throw new PyException(PyErr.newException(UNSUPPORTED_OPERATION, "not readable"));
        }
    }

    private void checkWritable() {
        checkOpen();
        if (!writable) {
            throw new PyException(PyErr.newException(UNSUPPORTED_OPERATION, "not writable"));
        }
    }

    /** Reads up to {@code n} characters (all when negative), translating newlines as configured. */
    public String read(long n) {
        checkReadable();
        readAhead = true;
        StringBuilder sb = new StringBuilder();
        StringBuilder c = content;
        int len = c.length();
        while (pos < len && (n < 0 || sb.length() < n)) {
            char ch = c.charAt(pos++);
            if (ch == '\r' && newline == null) {
                if (pos < len && c.charAt(pos) == '\n') {
                    pos++;
                }
                ch = '\n';
            }
            sb.append(ch);
        }
        return sb.toString();
    }

    /** Reads one line including its terminator (at most {@code limit} chars when non-negative). */
    public String readline(long limit) {
        checkReadable();
        readAhead = true;
        StringBuilder sb = new StringBuilder();
        StringBuilder c = content;
        int len = c.length();
        while (pos < len && (limit < 0 || sb.length() < limit)) {
            char ch = c.charAt(pos++);
            if (ch == '\r' && (newline == null || newline.isEmpty() || newline.equals("\r") || newline.equals("\r\n"))) {
                boolean crlf = pos < len && c.charAt(pos) == '\n';
                if (newline == null) {
                    if (crlf) {
                        pos++;
                    }
                    sb.append('\n');
                    break;
                }
                if (newline.equals("\r")) {
                    sb.append('\r');
                    break;
                }
                if (crlf) {
                    pos++;
                    sb.append("\r\n");
                    break;
                }
                sb.append('\r');
                if (newline.isEmpty()) {
                    break;
                }
                continue;
            }
            sb.append(ch);
            if (ch == '\n' && (newline == null || newline.isEmpty() || newline.equals("\n"))) {
                break;
            }
        }
        return sb.toString();
    }

    public int write(String s) {
        checkWritable();
        String out = s;
        if (newline != null && !newline.isEmpty() && !newline.equals("\n")) {
            out = s.replace("\n", newline);
        }
        if (pending != null) {
            pending.append(out);
            if (pending.length() > 1 << 16) {
                flush();
            }
        } else {
            if (append) {
                pos = content.length();
            } else if (readAhead) {
                pos = (int) Math.min(content.length(), ((long) pos / 8192 + 1) * 8192);
            }
            readAhead = false;
            int end = Math.min(pos + out.length(), content.length());
            content.replace(pos, end, out);
            pos += out.length();
            dirty = true;
        }
        return s.codePointCount(0, s.length());
    }

    public void flush() {
        checkOpen();
        try {
            if (pending != null && pending.length() > 0) {
                byte[] b = encode(pending);
                Files.write(path, b, StandardOpenOption.APPEND);
                flushedBytes += b.length;
                pending.setLength(0);
            } else if (content != null && dirty) {
                Files.write(path, encode(content));
                dirty = false;
            }
        } catch (IOException e) {
            throw PyErr.format(ExceptionTypes.OS_ERROR, String.valueOf(e.getMessage()));
        }
    }

    public void close() {
        if (!closed) {
            flush();
            closed = true;
        }
    }

    public long tell() {
        checkOpen();
        if (pending != null) {
            return flushedBytes + encode(pending).length;
        }
        return encode(content.subSequence(0, pos)).length;
    }

    public long seek(long offset, int whence) {
        checkOpen();
        if (whence == 1 && offset != 0) {
            throw new PyException(PyErr.newException(UNSUPPORTED_OPERATION, "can't do nonzero cur-relative seeks"));
        }
        if (whence == 2 && offset != 0) {
            throw new PyException(PyErr.newException(UNSUPPORTED_OPERATION, "can't do nonzero end-relative seeks"));
        }
        if (whence < 0 || whence > 2) {
            throw PyErr.valueError("invalid whence (" + whence + ", should be 0, 1 or 2)");
        }
        if (whence == 0 && offset < 0) {
            throw PyErr.valueError("negative seek position " + offset);
        }
        readAhead = false;
        if (pending != null) {
            flush();
            return flushedBytes;
        }
        if (whence == 1) {
            return tell();
        }
        if (whence == 2) {
            pos = content.length();
            return tell();
        }
        // offset is a byte position: find the char index whose encoded prefix has that length
        int p = 0;
        long bytes = 0;
        while (p < content.length() && bytes < offset) {
            int cp = Character.codePointAt(content, p);
            int n = Character.charCount(cp);
            bytes += encode(content.subSequence(p, p + n)).length;
            p += n;
        }
        pos = p;
        return offset;
    }

    // ---------------------------------------------------------------- Python protocol

    @Override
    public PyObject iter() {
        checkOpen();
        return this;
    }

    @Override
    public PyObject next() {
        String line = readline(-1);
        return line.isEmpty() ? null : new PyStr(line);
    }

    @Override
    public PyObject getAttr(String attr) {
        switch (attr) {
            case "closed": return PyBool.of(closed);
            case "name": return new PyStr(name);
            case "mode": return new PyStr(mode);
            case "encoding": return new PyStr(encodingName);
            case "newlines": return PyNone.NONE;
            default: return super.getAttr(attr);
        }
    }

    @Override
    public String repr() {
        if (closed) {
            return "<_io.TextIOWrapper name=" + PyStr.repr(name) + " mode=" + PyStr.repr(mode) + " encoding="
                    + PyStr.repr(encodingName) + ">";
        }
        return "<_io.TextIOWrapper name=" + PyStr.repr(name) + " mode=" + PyStr.repr(mode) + " encoding="
                + PyStr.repr(encodingName) + ">";
    }

    private static long intArg(PyObject[] a, int i, long dflt) {
        if (a.length <= i || a[i] == PyNone.NONE) {
            return dflt;
        }
        return Sequences.asIndex(a[i]);
    }

    static void install(PyType t) {
        t.addMethod("read", (a, k) -> {
            PyBuiltinFunction.checkArgs("read", a, k, 1, 2);
            return new PyStr(((PyFile) a[0]).read(intArg(a, 1, -1)));
        });
        t.addMethod("readline", (a, k) -> {
            PyBuiltinFunction.checkArgs("readline", a, k, 1, 2);
            return new PyStr(((PyFile) a[0]).readline(intArg(a, 1, -1)));
        });
        t.addMethod("readlines", (a, k) -> {
            PyBuiltinFunction.checkArgs("readlines", a, k, 1, 2);
            PyFile f = (PyFile) a[0];
            long hint = intArg(a, 1, -1);
            PyList out = new PyList();
            long total = 0;
            for (String line = f.readline(-1); !line.isEmpty(); line = f.readline(-1)) {
                out.append(new PyStr(line));
                total += line.length();
                if (hint > 0 && total >= hint) {
                    break;
                }
            }
            return out;
        });
        t.addMethod("write", (a, k) -> {
            PyBuiltinFunction.checkArgs("write", a, k, 2, 2);
            if (!(a[1] instanceof PyStr)) {
                throw PyErr.typeError("write() argument must be str, not " + a[1].getType().name);
            }
            return PyInt.of(((PyFile) a[0]).write(((PyStr) a[1]).value));
        });
        t.addMethod("writelines", (a, k) -> {
            PyBuiltinFunction.checkArgs("writelines", a, k, 2, 2);
            PyFile f = (PyFile) a[0];
            PyObject it = Operations.iter(a[1]);
            for (PyObject x = it.next(); x != null; x = it.next()) {
                if (!(x instanceof PyStr)) {
                    throw PyErr.typeError("write() argument must be str, not " + x.getType().name);
                }
                f.write(((PyStr) x).value);
            }
            return PyNone.NONE;
        });
        t.addMethod("seek", (a, k) -> {
            PyBuiltinFunction.checkArgs("seek", a, k, 2, 3);
            return PyInt.of(((PyFile) a[0]).seek(intArg(a, 1, 0), (int) intArg(a, 2, 0)));
        });
        t.addMethod("tell", (a, k) -> PyInt.of(((PyFile) a[0]).tell()));
        t.addMethod("flush", (a, k) -> {
            ((PyFile) a[0]).flush();
            return PyNone.NONE;
        });
        t.addMethod("close", (a, k) -> {
            ((PyFile) a[0]).close();
            return PyNone.NONE;
        });
        t.addMethod("readable", (a, k) -> {
            ((PyFile) a[0]).checkOpen();
            return PyBool.of(((PyFile) a[0]).readable);
        });
        t.addMethod("writable", (a, k) -> {
            ((PyFile) a[0]).checkOpen();
            return PyBool.of(((PyFile) a[0]).writable);
        });
        t.addMethod("seekable", (a, k) -> {
            ((PyFile) a[0]).checkOpen();
            return PyBool.TRUE;
        });
        t.addMethod("__enter__", (a, k) -> {
            ((PyFile) a[0]).checkOpen();
            return a[0];
        });
        t.addMethod("__exit__", (a, k) -> {
            ((PyFile) a[0]).close();
            return PyNone.NONE;
        });
        t.addMethod("__iter__", (a, k) -> a[0].iter());
        t.addMethod("__next__", (a, k) -> {
            PyObject v = a[0].next();
            if (v == null) {
                throw new PyException(new PyBaseException(ExceptionTypes.STOP_ITERATION, PyTuple.EMPTY));
            }
            return v;
        });
    }
}
