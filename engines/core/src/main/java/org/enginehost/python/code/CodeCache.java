package org.enginehost.python.code;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.function.BiFunction;
import org.enginehost.python.runtime.Annotations;
import org.enginehost.python.runtime.ClassBuiltins;
import org.enginehost.python.runtime.PyBool;
import org.enginehost.python.runtime.PyBytes;
import org.enginehost.python.runtime.PyComplex;
import org.enginehost.python.runtime.PyEllipsis;
import org.enginehost.python.runtime.PyFloat;
import org.enginehost.python.runtime.PyInt;
import org.enginehost.python.runtime.PyNone;
import org.enginehost.python.runtime.PyObject;
import org.enginehost.python.runtime.PyStr;
import org.enginehost.python.runtime.PyTuple;

/**
 * Compiled source files kept on disk between runs, as CPython keeps {@code __pycache__}: a file
 * compiled once is read back as its code objects next time, as long as its text is the same.
 * Compiling a 150-line script in a fresh JVM cost 25-30 ms, mostly loading and first running the
 * tokenizer's, parser's and compiler's classes; reading the code back needs none of them.
 *
 * <p>Off unless the system property {@value #PROPERTY} names a directory (bin/host passes one per
 * build of the distribution, so a rebuilt compiler never meets code compiled by the last one; an
 * embedding application chooses for itself). Each entry holds the file's name and its whole text,
 * compared byte for byte before the code is used; anything unexpected in an entry (another format,
 * a short file, a constant this format does not know) means the source is compiled as without a
 * cache. Entries are written whole under a temporary name and renamed into place, so concurrent
 * runs never read a partial one.
 */
public final class CodeCache {
    /** The system property naming the cache directory. */
    public static final String PROPERTY = "enginehost.codeCache";

    private static final int MAGIC = 0x50594343; // "PYCC"
    private static final int FORMAT = 1;

    private CodeCache() {
    }

    /** The code of {@code source} from the cache, or {@code compiler}'s, which is then cached. */
    public static CodeObject compile(String source, String filename, BiFunction<String, String, CodeObject> compiler) {
        String dir = System.getProperty(PROPERTY);
        if (dir == null || dir.isEmpty() || filename.startsWith("<")) {
            return compiler.apply(source, filename); // off, or not a file (-c, stdin): nothing to key it by
        }
        byte[] text = source.getBytes(StandardCharsets.UTF_8);
        Path entry;
        try {
            entry = Path.of(dir, entryName(filename));
        } catch (RuntimeException e) {
            return compiler.apply(source, filename);
        }
        CodeObject cached = read(entry, filename, text);
        if (cached != null) {
            return cached;
        }
        CodeObject code = compiler.apply(source, filename);
        write(entry, filename, text, code);
        return code;
    }

    /** A file name for the entry of {@code filename}: two independent hashes of it, in hex. */
    private static String entryName(String filename) {
        long h = 1125899906842597L;
        for (int i = 0; i < filename.length(); i++) {
            h = 31 * h + filename.charAt(i);
        }
        return Long.toHexString(h) + Integer.toHexString(filename.hashCode()) + ".code";
    }

    private static CodeObject read(Path entry, String filename, byte[] text) {
        try (InputStream raw = Files.newInputStream(entry);
             DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
            if (in.readInt() != MAGIC || in.readInt() != FORMAT || !in.readUTF().equals(filename)) {
                return null;
            }
            byte[] stored = new byte[in.readInt()];
            in.readFully(stored);
            if (!Arrays.equals(stored, text)) {
                return null;
            }
            return readCode(in);
        } catch (IOException | RuntimeException e) {
            return null; // no entry, or one this build cannot use: compile
        }
    }

    private static void write(Path entry, String filename, byte[] text, CodeObject code) {
        Path tmp = null;
        try {
            Files.createDirectories(entry.getParent());
            tmp = Files.createTempFile(entry.getParent(), "entry", ".tmp");
            try (OutputStream raw = Files.newOutputStream(tmp);
                 DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16))) {
                out.writeInt(MAGIC);
                out.writeInt(FORMAT);
                out.writeUTF(filename);
                out.writeInt(text.length);
                out.write(text);
                writeCode(out, code);
            }
            Files.move(tmp, entry, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            tmp = null;
        } catch (IOException | RuntimeException e) {
            // Not cacheable here (a read-only directory, a constant of an unknown kind): only slower next time.
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    // left for the next writer's rename to ignore
                }
            }
        }
    }

    // ------------------------------------------------------------------ the format

    static void writeCode(DataOutputStream out, CodeObject c) throws IOException {
        writeInts(out, c.code);
        out.writeInt(c.consts.length);
        for (PyObject k : c.consts) {
            writeConst(out, k);
        }
        writeStrings(out, c.names);
        writeStrings(out, c.varnames);
        writeStrings(out, c.cellvars);
        writeStrings(out, c.freevars);
        out.writeInt(c.argcount);
        out.writeInt(c.posonlyargcount);
        out.writeInt(c.kwonlyargcount);
        out.writeInt(c.flags);
        out.writeInt(c.stackSize);
        out.writeUTF(c.name);
        out.writeUTF(c.qualname);
        out.writeUTF(c.filename);
        out.writeInt(c.firstLineNumber);
        writeInts(out, c.lineTable);
        out.writeInt(c.exceptionTable.length);
        for (CodeObject.ExceptionEntry e : c.exceptionTable) {
            out.writeInt(e.start());
            out.writeInt(e.end());
            out.writeInt(e.handler());
            out.writeInt(e.depth());
        }
    }

    static CodeObject readCode(DataInputStream in) throws IOException {
        int[] code = readInts(in);
        PyObject[] consts = new PyObject[in.readInt()];
        for (int i = 0; i < consts.length; i++) {
            consts[i] = readConst(in);
        }
        String[] names = readStrings(in);
        String[] varnames = readStrings(in);
        String[] cellvars = readStrings(in);
        String[] freevars = readStrings(in);
        int argcount = in.readInt();
        int posonly = in.readInt();
        int kwonly = in.readInt();
        int flags = in.readInt();
        int stackSize = in.readInt();
        String name = in.readUTF();
        String qualname = in.readUTF();
        String filename = in.readUTF();
        int firstLine = in.readInt();
        int[] lineTable = readInts(in);
        CodeObject.ExceptionEntry[] table = new CodeObject.ExceptionEntry[in.readInt()];
        for (int i = 0; i < table.length; i++) {
            table[i] = new CodeObject.ExceptionEntry(in.readInt(), in.readInt(), in.readInt(), in.readInt());
        }
        return new CodeObject(code, consts, names, varnames, cellvars, freevars, argcount, posonly, kwonly, flags,
                stackSize, name, qualname, filename, firstLine, lineTable, table);
    }

    // Constant tags.
    private static final int NONE = 0;
    private static final int FALSE = 1;
    private static final int TRUE = 2;
    private static final int INT = 3;
    private static final int BIG_INT = 4;
    private static final int FLOAT = 5;
    private static final int COMPLEX = 6;
    private static final int STR = 7;
    private static final int BYTES = 8;
    private static final int TUPLE = 9;
    private static final int CODE = 10;
    private static final int ELLIPSIS = 11;
    private static final int SETUP_ANNOTATIONS = 12;
    private static final int BUILD_CLASS = 13;

    private static void writeConst(DataOutputStream out, PyObject k) throws IOException {
        // Exact classes only: a subclass's value would not come back as itself.
        if (k == PyNone.NONE) {
            out.writeByte(NONE);
        } else if (k == PyBool.FALSE || k == PyBool.TRUE) {
            out.writeByte(k == PyBool.TRUE ? TRUE : FALSE);
        } else if (k.getClass() == PyInt.class) {
            PyInt i = (PyInt) k;
            if (i.isBig()) {
                out.writeByte(BIG_INT);
                byte[] b = i.big.toByteArray();
                out.writeInt(b.length);
                out.write(b);
            } else {
                out.writeByte(INT);
                out.writeLong(i.value);
            }
        } else if (k.getClass() == PyFloat.class) {
            out.writeByte(FLOAT);
            out.writeLong(Double.doubleToRawLongBits(((PyFloat) k).value));
        } else if (k.getClass() == PyComplex.class) {
            out.writeByte(COMPLEX);
            out.writeLong(Double.doubleToRawLongBits(((PyComplex) k).real));
            out.writeLong(Double.doubleToRawLongBits(((PyComplex) k).imag));
        } else if (k.getClass() == PyStr.class) {
            out.writeByte(STR);
            writeString(out, ((PyStr) k).value);
        } else if (k.getClass() == PyBytes.class) {
            out.writeByte(BYTES);
            byte[] b = ((PyBytes) k).toByteArray();
            out.writeInt(b.length);
            out.write(b);
        } else if (k.getClass() == PyTuple.class) {
            PyObject[] items = ((PyTuple) k).items;
            out.writeByte(TUPLE);
            out.writeInt(items.length);
            for (PyObject item : items) {
                writeConst(out, item);
            }
        } else if (k instanceof CodeObject) {
            out.writeByte(CODE);
            writeCode(out, (CodeObject) k);
        } else if (k == PyEllipsis.ELLIPSIS) {
            out.writeByte(ELLIPSIS);
        } else if (k == Annotations.SETUP) {
            out.writeByte(SETUP_ANNOTATIONS);
        } else if (k == ClassBuiltins.BUILD_CLASS) {
            out.writeByte(BUILD_CLASS);
        } else {
            throw new IllegalArgumentException("no cache format for a constant of type " + k.getClass().getName());
        }
    }

    private static PyObject readConst(DataInputStream in) throws IOException {
        int tag = in.readByte();
        switch (tag) {
            case NONE: return PyNone.NONE;
            case FALSE: return PyBool.FALSE;
            case TRUE: return PyBool.TRUE;
            case INT: return PyInt.of(in.readLong());
            case BIG_INT: {
                byte[] b = new byte[in.readInt()];
                in.readFully(b);
                return PyInt.of(new BigInteger(b));
            }
            case FLOAT: return new PyFloat(Double.longBitsToDouble(in.readLong()));
            case COMPLEX: return new PyComplex(Double.longBitsToDouble(in.readLong()), Double.longBitsToDouble(in.readLong()));
            case STR: return new PyStr(readString(in));
            case BYTES: {
                byte[] b = new byte[in.readInt()];
                in.readFully(b);
                return new PyBytes(b);
            }
            case TUPLE: {
                PyObject[] items = new PyObject[in.readInt()];
                for (int i = 0; i < items.length; i++) {
                    items[i] = readConst(in);
                }
                return new PyTuple(items);
            }
            case CODE: return readCode(in);
            case ELLIPSIS: return PyEllipsis.ELLIPSIS;
            case SETUP_ANNOTATIONS: return Annotations.SETUP;
            case BUILD_CLASS: return ClassBuiltins.BUILD_CLASS;
            default: throw new IOException("unknown constant tag " + tag);
        }
    }

    private static void writeInts(DataOutputStream out, int[] a) throws IOException {
        out.writeInt(a.length);
        for (int v : a) {
            out.writeInt(v);
        }
    }

    private static int[] readInts(DataInputStream in) throws IOException {
        int[] a = new int[in.readInt()];
        for (int i = 0; i < a.length; i++) {
            a[i] = in.readInt();
        }
        return a;
    }

    private static void writeStrings(DataOutputStream out, String[] a) throws IOException {
        out.writeInt(a.length);
        for (String s : a) {
            writeString(out, s);
        }
    }

    private static String[] readStrings(DataInputStream in) throws IOException {
        String[] a = new String[in.readInt()];
        for (int i = 0; i < a.length; i++) {
            a[i] = readString(in);
        }
        return a;
    }

    /**
     * A string of any length and content, lone surrogates included (a str constant may hold one),
     * as its UTF-16 units: writeUTF stops at 64 KB.
     */
    private static void writeString(DataOutputStream out, String s) throws IOException {
        out.writeInt(s.length());
        out.writeChars(s);
    }

    private static String readString(DataInputStream in) throws IOException {
        char[] c = new char[in.readInt()];
        for (int i = 0; i < c.length; i++) {
            c[i] = in.readChar();
        }
        return new String(c);
    }
}
